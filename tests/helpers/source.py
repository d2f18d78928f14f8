"""smrt_cli's modules parsed once per test process: the layer, message and length checks walk
every one of them, and parsing and walking the package is most of what those tests cost."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

from tests.helpers import paths

PACKAGE = paths.REPO.resolve() / "smrt_cli"


@functools.cache
def modules() -> tuple[Path, ...]:
    """Every module of the package, in path order."""
    return tuple(sorted(PACKAGE.rglob("*.py")))


@functools.cache
def nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of the module at `path`, as ast.walk gives them (its tree first).

    Shared by every caller: a check reads the nodes and never changes them.
    """
    return tuple(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
