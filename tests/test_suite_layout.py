"""The suite's own layout: test modules import helpers, never another test module."""

from __future__ import annotations

import ast

from tests.helpers import paths


def imported_modules(source: str) -> set[str]:
    """Every module an `import` or `from … import` names, at any depth of the code."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def _test_modules() -> set[str]:
    return {p.stem for p in paths.TESTS.rglob("test_*.py")} | {"conftest"}


def test_no_test_module_imports_another() -> None:
    names = _test_modules()
    wrong = []
    for path in sorted(paths.TESTS.rglob("*.py")):
        for module in imported_modules(path.read_text(encoding="utf-8")):
            last = module.rsplit(".", 1)[-1]
            inside = module.startswith("tests.") and not module.startswith("tests.helpers")
            if last in names or inside:
                wrong.append(f"{path.relative_to(paths.TESTS)}: imports {module}")
    assert wrong == [], "move what they share into tests/helpers"


def test_every_test_folder_is_a_package() -> None:
    # same-named modules in two folders (tests/cli/test_inbox.py, tests/test_inbox.py) need it
    folders = {p.parent for p in paths.TESTS.rglob("*.py")}
    assert sorted(str(f) for f in folders if not (f / "__init__.py").is_file()) == []


def test_the_import_check_sees_nested_and_aliased_imports() -> None:
    source = "import test_a as a\ndef f():\n    from tests.cli.test_b import x\n"
    assert imported_modules(source) == {"test_a", "tests.cli.test_b"}
