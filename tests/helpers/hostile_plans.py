"""A hand-edited plan.json: the commands that read it, and one edit at a known line and column."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.cli import run

FIX = "write it again with `smrt plan week --force`"
WEEK = "2026-W49"


# Every command that reads the week's plan.json (the report reads the week after November).
COMMANDS = {
    "export calendar": ["export", "calendar", "--week", WEEK, "-o", "-"],
    "export plan": ["export", "plan", "--week", WEEK, "-o", "-"],
    "export report": ["export", "report", "--period", "2026-11", "--format", "md", "-o", "-"],
    "plan week": ["plan", "week", "--week", WEEK, "--force", "--upt", "upp-b"],
    "evaluate upt": ["evaluate", "upt", "--period", "2026-11", "--json"],
}


def edit(ws: Path, old: str, new: str, nth: int = 1) -> tuple[Path, int, int]:
    """Replace the `nth` `old` in plan.json; returns the file and the line and column of it."""
    path = ws / "plans" / WEEK / "plan.json"
    text = path.read_text(encoding="utf-8")
    at = -1
    for _ in range(nth):
        at = text.index(old, at + 1)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    line = text.count("\n", 0, at) + 1
    return path, line, at - text.rfind("\n", 0, at)


def smrt(ws: Path, args: list[str]) -> tuple[int, str, str]:
    result = run(ws, *args, env={"SOURCE_DATE_EPOCH": "0"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr
