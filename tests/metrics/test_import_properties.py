"""Property: importing exports in any order of overlap never double-counts; the last file wins."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smrt_cli.metrics import store
from smrt_cli.metrics.importer import import_file, prepare
from smrt_cli.registry_file import load_registry
from tests.helpers import paths

# every test here runs on both import paths (conftest.import_path)
pytestmark = pytest.mark.usefixtures("import_path")

REGISTRY = load_registry(paths.MINIMAL)
HEADER = "upt,platform,post_id,published_at,text,views,likes"

# A post: (id, views, likes); the publication time follows from the id.
posts = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 10**6), st.none() | st.integers(0, 999)),
    max_size=25,
)


def write(folder: Path, name: str, rows: list[tuple[int, int, int | None]]) -> Path:
    path = folder / name
    lines = [HEADER] + [
        f"ksop-a,x,{i},2026-10-{1 + i % 28:02d}T17:30:00Z,cuaca {i},{v},{'' if lk is None else lk}"
        for i, v, lk in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(conn: sqlite3.Connection, path: Path) -> store.UpsertCounts:
    summary = import_file(
        conn,
        prepare(path, path.name, REGISTRY),
        REGISTRY,
        year=None,
        imported_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
    )
    return store.UpsertCounts(summary.rows, summary.new, summary.updated, summary.unchanged)


@pytest.mark.slow
def test_overlapping_exports_keep_one_row_per_post_with_the_latest_figures(
    import_path: str,
) -> None:
    # each import forks a process on the worker path: fewer examples there, the same property
    examples = 50 if import_path == "in-process" else 15

    @settings(max_examples=examples, deadline=None)
    @given(first=posts, second=posts)
    def check(
        first: list[tuple[int, int, int | None]], second: list[tuple[int, int, int | None]]
    ) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            conn = store.open_store(Path(":memory:"))
            run(conn, write(folder, "a.csv", first))
            before = {
                pid: (views, likes)
                for pid, views, likes in conn.execute("SELECT post_id, views, reactions FROM post")
            }
            counts = run(conn, write(folder, "b.csv", second))
            again = run(conn, write(folder, "b.csv", second))
            expected: dict[str, tuple[int, int | None]] = {}
            for i, v, lk in [*first, *second]:
                expected[str(i)] = (v, lk)
            stored = {
                pid: (views, likes)
                for pid, views, likes in conn.execute("SELECT post_id, views, reactions FROM post")
            }
            local = {
                d for (d,) in conn.execute("SELECT DISTINCT substr(local_date, 1, 7) FROM post")
            }
            conn.close()
        assert stored == expected
        assert local <= {"2026-10", "2026-11"}
        # New and updated count posts: those the file added, and stored ones whose figures it
        # changed in the end. Every other row either left a stored post as it was (unchanged)
        # or repeated a post an earlier row of the file had written (counted once).
        keys = {str(i) for i, _, _ in second}
        assert counts.new == len(keys - before.keys())
        assert counts.updated == sum(1 for k in keys & before.keys() if stored[k] != before[k])
        assert counts.new + counts.updated + counts.unchanged <= counts.rows == len(second)
        assert (again.new, again.updated) == (0, 0)
        if len(keys) == len(second):  # no post twice: every row is one post
            assert counts.new + counts.updated + counts.unchanged == len(keys)
            assert again.unchanged == len(keys)

    check()
