"""Imports point down the layers and module-level imports make no cycle (an AST check)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.helpers import source

PACKAGE = source.PACKAGE

# The layers, lowest first; a module may import its own layer and those before it. A name
# ending in "." is a package prefix. docs/architecture.md draws the same picture.
LAYERS: list[tuple[str, list[str]]] = [
    (
        "base: errors, files, cache, texts, models and their sources",
        [
            "records",
            "background",
            "errors",
            "catalogue",
            "language",
            "files",
            "cache",
            "links",
            "weeks",
            "models",
            "document",
            "i18n",
            "yamlsource",
            "jsonsource",
            "metrics.coverage",
            "metrics.numbers",
            "metrics.records",
        ],
    ),
    (
        "inputs: registry, plans, periods, calendar, scores, measured values",
        [
            "registry_file",
            "plan_file",
            "periods",
            "calendar",
            "scores",
            "measured",
            "officehours",
            "approvals",
            "roster",
            "reason_texts",
        ],
    ),
    (
        "core: pure functions from models to models",
        ["planner", "planner.", "evaluation", "evaluation_file", "insights", "learning", "inbox"],
    ),
    ("metrics: the store, the readers, the importer, measurement", ["metrics."]),
    (
        "documents: the plan's rows, the report and slides as models",
        ["plan_rows", "report_model", "report_insights", "deck"],
    ),
    ("render: models to bytes (Markdown, HTML, DOCX, XLSX, ICS, CSV, charts)", ["render."]),
    ("workspace: the folder's paths and registry", ["workspace"]),
    ("jobs: what a command does, returning files and notes", ["jobs."]),
    ("cli: options, printing, writing", ["cli", "cli.", "__main__", ""]),
]


def layer_of(module: str) -> int:
    """The index of the module's layer ("" is the package itself)."""
    best, found = -1, -1
    for index, (_, names) in enumerate(LAYERS):
        for name in names:
            if module == name or (name.endswith(".") and module.startswith(name)):
                size = len(name) + (1 if module == name else 0)  # exact names win
                if size > best:
                    best, found = size, index
    assert found >= 0, f"smrt_cli.{module}: in no layer of tests/test_layers.py — add it"
    return found


def modules() -> dict[str, Path]:
    found = {}
    for path in source.modules():
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _targets(module: str, is_package: bool, node: ast.ImportFrom, known: set[str]) -> list[str]:
    """The smrt_cli modules a `from … import …` names (relative or absolute)."""
    if node.level:
        base = module.split(".") if module else []
        base = base if is_package else base[:-1]
        base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
        target = ".".join([*base, *([node.module] if node.module else [])])
    elif node.module and (node.module == "smrt_cli" or node.module.startswith("smrt_cli.")):
        target = node.module.removeprefix("smrt_cli").removeprefix(".")
    else:
        return []
    subs = [f"{target}.{a.name}".lstrip(".") for a in node.names]
    named = [s for s in subs if s in known]
    return named or [target]


def imports(module: str, path: Path, known: set[str]) -> Iterator[tuple[str, bool, int]]:
    """(imported module, at module level, line) for each import; TYPE_CHECKING ones skipped
    (annotations only: no runtime dependency)."""
    walked = source.nodes(path)
    tree = walked[0]
    assert isinstance(tree, ast.Module)
    skipped: set[int] = set()
    for node in walked:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for sub in node.body for n in ast.walk(sub))
    top = {id(n) for n in tree.body}
    is_package = path.name == "__init__.py"
    for node in walked:
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module != "__future__":
            for target in _targets(module, is_package, node, known):
                if target != module:
                    yield target, id(node) in top, node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("smrt_cli"):
                    yield (
                        alias.name.removeprefix("smrt_cli").removeprefix("."),
                        id(node) in top,
                        node.lineno,
                    )


def test_every_import_points_down_the_layers() -> None:
    found = modules()
    upward = []
    for module, path in found.items():
        for target, _, line in imports(module, path, set(found)):
            if layer_of(target) > layer_of(module):
                mine, theirs = LAYERS[layer_of(module)][0], LAYERS[layer_of(target)][0]
                upward.append(
                    f"smrt_cli/{path.relative_to(PACKAGE)}:{line}: {module or 'smrt_cli'} "
                    f"({mine.split(':')[0]}) imports {target} ({theirs.split(':')[0]})"
                )
    assert upward == []


def test_module_level_imports_make_no_cycle() -> None:
    found = modules()
    graph = {
        m: sorted({t for t, top, _ in imports(m, p, set(found)) if top}) for m, p in found.items()
    }
    assert find_cycle(graph) is None


def find_cycle(graph: dict[str, list[str]]) -> list[str] | None:
    """One cycle of the graph as the path that closes it, or None."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)) is not None:
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)) is not None:
            return cycle
    return None


def test_the_checks_can_fail() -> None:
    assert find_cycle({"calendar": ["plans"], "plans": ["calendar"]}) == [
        "calendar",
        "plans",
        "calendar",
    ]
    assert find_cycle({"calendar": ["plans"], "plans": ["weeks"]}) is None
    assert layer_of("planner") > layer_of("metrics.records")
    assert layer_of("metrics.coverage") < layer_of("evaluation") < layer_of("metrics.measure")
    assert layer_of("render.markdown_text") > layer_of("report_model") > layer_of("evaluation")
    assert layer_of("cli.export") > layer_of("jobs.report") > layer_of("workspace")
