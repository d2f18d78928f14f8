"""No function in smrt_cli is over 80 lines, decorators and docstring included (an AST check)."""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable

from tests.helpers import source

PACKAGE = source.PACKAGE
LIMIT = 80

# Every function is under the limit: nothing is allowed over it, and nothing may be added here
# without a reason beside it.
ALLOWED: frozenset[str] = frozenset()


def function_lengths(text: str) -> dict[str, int]:
    """Every function's (and method's) length in lines, from its first decorator to its end."""
    return lengths_of(ast.walk(ast.parse(text)))


def lengths_of(nodes: Iterable[ast.AST]) -> dict[str, int]:
    """function_lengths of a module already walked."""
    lengths: dict[str, int] = {}
    for node in nodes:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            assert node.end_lineno is not None
            lengths[node.name] = max(lengths.get(node.name, 0), node.end_lineno - first + 1)
    return lengths


@functools.cache  # two tests read it: the package parsed once
def long_functions() -> dict[str, int]:
    found: dict[str, int] = {}
    for path in source.modules():
        where = path.relative_to(PACKAGE).as_posix()
        for name, lines in lengths_of(source.nodes(path)).items():
            if lines > LIMIT:
                found[f"{where}:{name}"] = lines
    return found


def test_no_function_is_over_80_lines() -> None:
    over = {name: n for name, n in long_functions().items() if name not in ALLOWED}
    assert over == {}, f"split these (lines > {LIMIT}): {over}"


def test_the_allowed_list_names_only_long_functions() -> None:
    # a function split below the limit leaves the list, so the list never hides a new one
    assert sorted(ALLOWED - set(long_functions())) == []


def test_lengths_count_decorators_docstrings_and_nested_functions() -> None:
    text = "@a\n@b\ndef f():\n    '''d'''\n    def g():\n        pass\n    return g\n"
    assert function_lengths(text) == {"f": 7, "g": 2}
