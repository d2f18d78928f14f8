"""`smrt metrics import` in-process on the minimal registry, a fixed clock; the store it fills."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import Result

from tests.helpers import paths
from tests.helpers.cli import run

EXPORTS = paths.FIXTURES / "exports"


def smrt(ws: Path, *args: str) -> Result:
    """Run smrt in workspace `ws` with the minimal registry and a fixed clock."""
    env = {"SOURCE_DATE_EPOCH": "1798675200", "NO_COLOR": "1"}
    result = run(ws, *args, data=paths.MINIMAL, env=env)
    assert "Traceback" not in result.output
    return result


def imp(ws: Path, *args: str) -> Result:
    return smrt(ws, "metrics", "import", *args)


def db(ws: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(ws / "smrt.db") as conn:
        return conn.execute(sql, params).fetchall()


def fx(name: str) -> str:
    return str(EXPORTS / name)
