"""Generated hostile registries and plan files: no traceback, every refusal located, strict JSON."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from smrt_cli.cli import app
from tests.helpers.registry_data import MINIMAL
from tests.helpers.report_data import workspace
from tests.helpers.strict_json import strict

runner = CliRunner()
LINES = MINIMAL.splitlines()
# Lines holding `key: value` with a value that is one scalar: the places a person types into.
SCALAR_LINES = [i for i, line in enumerate(LINES) if re.match(r"^\s*(- )?[a-z_]+: [^\[{]+$", line)]
# What people and attackers put there: YAML's surprises, dates that never happen, tags, NaN.
TOKENS = [
    ".nan",
    ".inf",
    "-.inf",
    "1.0e+400",
    "-1",
    "0",
    "99999999999999999999",
    "no",
    "9:30",
    '"02-30"',
    '"04-31"',
    "2026-02-30",
    "!!binary aGVsbG8=",
    "!!float x",
    "!!set {a, b}",
    "<<: 5",
    "*nowhere",
    "&a x",
    "~",
    "[]",
    "{}",
    '" "',
    '"\\t"',
    "Asia",
    "America",
    "A" * 300,
    "u" * 300,
    '"#Nataru"',
    "'",
    "|",
    "[" * 600 + "]" * 600,
    '"\\ud800"',
    '"\\x07"',
]
values = st.one_of(
    st.sampled_from(TOKENS),
    st.text(max_size=40).map(json.dumps),  # any text, as a double-quoted YAML string
    st.floats().map(lambda f: json.dumps(f).replace("NaN", ".nan").replace("Infinity", ".inf")),
    st.integers().map(str),
)
edits = st.lists(
    st.tuples(st.sampled_from(SCALAR_LINES), values) | st.tuples(st.just(-1), st.integers(0, 90)),
    min_size=1,
    max_size=3,
)

# More examples for a bug hunt: SMRT_HOSTILE_EXAMPLES=2000 python -m pytest tests/test_hostile_...
EXAMPLES = int(os.environ.get("SMRT_HOSTILE_EXAMPLES", "80"))
LOCATED = re.compile(r"^error: (.+?):(\d+)(:\d+)?: ")


def registry(changes: list[tuple[int, Any]]) -> str:
    lines = list(LINES)
    for index, value in changes:
        if index == -1:  # delete a line: a missing field or a broken structure
            del lines[min(value, len(lines) - 1)]
            continue
        if index < len(lines):
            key = lines[index].split(":", 1)[0]
            lines[index] = f"{key}: {value}"
    return "\n".join(lines) + "\n"


def no_traceback(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 2), result.output


def located(result: Result, file: Path) -> None:
    """Every error line names the file and a line (a problem count is the one exception)."""
    for line in result.stderr.splitlines():
        if not line.startswith("error: ") or re.match(r"error: … and \d+ more", line):
            continue
        found = LOCATED.match(line)
        assert found is not None and found.group(1) == str(file), line


@pytest.mark.slow
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits)
def test_generated_registries_never_crash_and_always_locate(changes: list[tuple[int, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / "upt.yaml"
        path.write_text(registry(changes), encoding="utf-8")
        result = runner.invoke(app, ["-w", folder, "validate", str(path)])
        no_traceback(result)
        if result.exit_code == 2:
            located(result, path)
            return
        for args in (["plan", "week", "--week", "2026-W49", "--json"], ["upt", "list", "--json"]):
            result = runner.invoke(app, ["-w", folder, "--data", str(path), *args])
            no_traceback(result)
            assert result.exit_code == 0, result.output
            strict(result.stdout, " ".join(args))


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(data, dict):
        return [path] + [p for k, v in data.items() for p in _paths(v, (*path, k))]
    if isinstance(data, list):
        return [path] + [p for i, v in enumerate(data) for p in _paths(v, (*path, i))]
    return [path]


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    data[path[0]] = _set(data[path[0]], path[1:], value)
    return data


json_values = st.one_of(
    st.sampled_from(
        ["09.00", "25:00", "9:7", "", "Asia", "Mars/Base", "../x", "A" * 300, "\ud800", None]
    ),
    st.text(max_size=20),
    st.floats(),  # NaN and Infinity included: json.dumps writes them as Python does
    st.integers(),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
PLAN_COMMANDS = [
    ["export", "calendar", "--week", "2026-W49", "-o", "-"],
    ["export", "plan", "--week", "2026-W49", "-o", "-"],
    ["export", "report", "--period", "2026-11", "--format", "md", "-o", "-"],
    ["plan", "week", "--week", "2026-W49", "--force", "--upt", "upp-b", "--json"],
    ["evaluate", "upt", "--period", "2026-11", "--json"],
]


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES // 2,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_generated_plan_files_never_crash_and_always_locate(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        ws = workspace(Path(folder))
        path = ws / "plans" / "2026-W49" / "plan.json"
        plan = json.loads(path.read_text(encoding="utf-8"))
        for _ in range(data.draw(st.integers(1, 3))):
            paths = _paths(plan)
            leaves = [p for p in paths if not isinstance(_get(plan, p), (dict, list))]
            # mostly one value changed, as a person edits; sometimes a whole list or object
            # (a plan already replaced by an empty list or object has no leaf left)
            anywhere = st.sampled_from(paths)
            where = data.draw(st.sampled_from(leaves) | anywhere if leaves else anywhere)
            plan = _set(plan, where, data.draw(json_values))
        path.write_text(json.dumps(plan, indent=2), encoding="utf-8")
        command = data.draw(st.sampled_from(PLAN_COMMANDS))
        result = runner.invoke(app, ["-w", str(ws), *command], env={"SOURCE_DATE_EPOCH": "0"})
        no_traceback(result)
        if result.exit_code == 2:
            located(result, path)
        elif command[-1] == "--json":
            strict(result.stdout, " ".join(command))
            strict(path.read_text(encoding="utf-8"), str(path))
