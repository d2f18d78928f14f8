"""An import re-analyses only the units whose posts it changed, and gives a cold run's bytes."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from smrt_cli.metrics import insight_read
from tests.helpers.insight_history import HEADER, history_rows, write_history

runner = CliRunner()


def cli(ws: Path, *args: str) -> tuple[int, str, str]:
    from smrt_cli.cli import app

    result = runner.invoke(app, ["--workspace", str(ws), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("SMRT_CACHE_DIR", raising=False)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    code, _, err = cli(root, "metrics", "import", str(write_history(tmp_path / "history.csv")))
    assert code == 0, err
    return root


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def outputs(ws: Path) -> tuple[str, dict[str, bytes]]:
    """`insights --json` and the learning plan of 2026-W49, as bytes."""
    code, insights, err = cli(ws, "insights", "--json")
    assert code == 0, err
    folder = ws / "plans" / "2026-W49"
    shutil.rmtree(folder, ignore_errors=True)  # a first plan each time, never a revision
    code, _, err = cli(ws, "plan", "week", "--week", "2026-W49")
    assert code == 0, err
    return insights, {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def cold(ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> Any:
    """The same outputs from an empty cache: everything read and analysed again."""
    monkeypatch.setenv("SMRT_CACHE_DIR", str(tmp_path / name))
    try:
        return outputs(ws)
    finally:
        monkeypatch.delenv("SMRT_CACHE_DIR")


class Spy:
    """Records which units' rows the store was asked for and which units were analysed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read: list[list[str] | None] = []
        self.analysed: list[set[str]] = []
        real_read, real_parts = insight_read._read_table, insight_read.unit_parts

        def read(conn: Any, names: Any, start: Any, end: Any, only: Any = None) -> Any:
            self.read.append(None if only is None else sorted(only))
            return real_read(conn, names, start, end, only)

        def parts(cols: Any) -> Any:
            self.analysed.append({cols.upts[int(u)] for u in set(cols.unit.tolist())})
            return real_parts(cols)

        monkeypatch.setattr(insight_read, "_read_table", read)
        monkeypatch.setattr(insight_read, "unit_parts", parts)


def test_a_one_unit_import_redoes_that_unit_alone_and_gives_a_cold_runs_bytes(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = outputs(ws)
    rows = history_rows()
    bitung = [r for r in rows if r[0] == "ksop-bitung"]
    new = [*bitung[0]]
    new[2] = "instagram-new-1"
    new[9] = str(int(new[9]) * 7)  # a strong new post
    changed = [*bitung[5]]
    changed[9] = str(int(changed[9]) + 40)  # a stored post with new counts
    spy = Spy(monkeypatch)
    code, _, err = cli(ws, "metrics", "import", str(write_rows(tmp_path / "b.csv", [new, changed])))
    assert code == 0, err
    assert spy.read == [["ksop-bitung"]]
    assert spy.analysed == [{"ksop-bitung"}]
    after = outputs(ws)
    assert spy.read == [["ksop-bitung"]]  # insights and the plan found it all cached
    assert after != before
    assert after == cold(ws, tmp_path, monkeypatch, "cold")


def test_an_import_that_moves_the_period_redoes_the_units_it_left_behind(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = history_rows()
    first = min(dt.date.fromisoformat(r[3][:10]) for r in rows)
    last = max(dt.date.fromisoformat(r[3][:10]) for r in rows)
    # a post three days after the last moves the 16 weeks three days on
    early = {r[0] for r in rows if dt.date.fromisoformat(r[3][:10]) < first + dt.timedelta(3)}
    later = [*rows[0]]
    later[2] = "later-1"
    later[3] = f"{(last + dt.timedelta(days=3)).isoformat()} 09:00"
    spy = Spy(monkeypatch)
    code, _, err = cli(ws, "metrics", "import", str(write_rows(tmp_path / "l.csv", [later])))
    assert code == 0, err
    (read,) = spy.read
    # the unit of the new post, and those whose posts fell out of the 16 weeks
    assert read is not None and early | {later[0]} <= set(read)
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert outputs(ws) == cold(ws, tmp_path, monkeypatch, "cold")


def test_a_store_made_again_at_the_same_path_is_read_whole(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (ws / "smrt.db").unlink()
    rows = [r for r in history_rows() if r[0] != "ksop-bitung"]
    code, _, err = cli(ws, "metrics", "import", str(write_rows(tmp_path / "o.csv", rows)))
    assert code == 0, err
    assert outputs(ws) == cold(ws, tmp_path, monkeypatch, "cold")


def test_a_cut_short_cache_entry_is_read_again_from_the_store(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = cold(ws, tmp_path, monkeypatch, "cold")
    (entry,) = (tmp_path / "cache" / "smrt" / "insights").iterdir()
    data = entry.read_bytes()
    entry.write_bytes(data[: len(data) // 2])  # the key line intact, the arrays cut short
    spy = Spy(monkeypatch)
    assert outputs(ws) == expected
    assert spy.read == [None]
