"""An import's connection: a new store filled through a rollback journal, then WAL; no
foreign-key lookup per row, and still every row's batch there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from smrt_cli.metrics import store
from tests.helpers.import_cli import db, fx, imp


def test_a_new_store_an_import_filled_is_left_in_wal_mode_with_its_batches(tmp_path: Path) -> None:
    result = imp(tmp_path, fx("canonical.csv"))
    assert result.exit_code == 0, result.stderr
    assert db(tmp_path, "PRAGMA journal_mode") == [("wal",)]
    assert db(tmp_path, "SELECT count(*) FROM post") == [(3,)]
    assert db(tmp_path, "PRAGMA foreign_key_check") == []
    assert not (tmp_path / "smrt.db-journal").exists()
    again = imp(tmp_path, "--upt", "ksop-a", fx("meta_facebook_2026-10.csv"))
    assert again.exit_code == 0, again.stderr
    assert db(tmp_path, "PRAGMA journal_mode") == [("wal",)]
    assert db(tmp_path, "PRAGMA foreign_key_check") == []


def test_a_failed_first_import_leaves_an_empty_store_not_half_of_one(tmp_path: Path) -> None:
    path = fx("x_legacy_bad.csv")
    result = imp(tmp_path, "--upt", "ksop-a", path)
    assert result.exit_code == 2
    assert db(tmp_path, "SELECT count(*) FROM post") == [(0,)]
    assert db(tmp_path, "SELECT count(*) FROM import_batch") == [(0,)]
    assert db(tmp_path, "PRAGMA journal_mode") == [("wal",)]
    assert db(tmp_path, "PRAGMA integrity_check") == [("ok",)]


def test_only_the_import_connection_skips_the_foreign_key_lookup(tmp_path: Path) -> None:
    path = tmp_path / "smrt.db"
    bulk = store.open_store(path, bulk=True)
    assert bulk.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert bulk.execute("PRAGMA foreign_keys").fetchone() == (0,)
    store.close(bulk)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    plain = store.open_store(path)
    assert plain.execute("PRAGMA foreign_keys").fetchone() == (1,)
    plain.close()
    existing = store.open_store(path, bulk=True)  # a store with data stays in WAL throughout
    assert existing.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    store.close(existing)


def _rows(n: int, batch_figure: int) -> list[tuple[object, ...]]:
    """Post store rows; keys repeat (p0 every 50th row, the others every 400th) with other figures."""
    out: list[tuple[object, ...]] = []
    for i in range(n):
        key = f"p{0 if i % 50 == 0 else i % 400}"
        out.append(
            (
                "ksop-a",
                ("x", "facebook")[i % 2],
                key,
                f"2026-11-{1 + i % 28:02d}T01:00:00Z",
                f"2026-11-{1 + i % 28:02d}",
                None,
                None,
                "t",
                str(i * batch_figure),
                "",
                "3",
                "",
                "",
                "",
                "",
                "",
                None,
                None,
            )
        )
    return out


def _loaded(rows: list[tuple[object, ...]], empty_path: bool) -> tuple[object, ...]:
    conn = store.open_store(Path(":memory:"))
    with store.transaction(conn):
        batch = conn.execute(
            "INSERT INTO import_batch (file_name, sha256, format, row_count, imported_at)"
            " VALUES ('f', 's', 'canonical', 0, 't')"
        ).lastrowid
        assert batch is not None
        chunks = [rows[i : i + 97] for i in range(0, len(rows), 97)]
        if empty_path:
            counts = store.upsert(conn, "post", batch, chunks, len(rows))
        else:
            counts = store._upsert_rows(conn, "post", batch, chunks, len(rows))
    stored = conn.execute("SELECT rowid, * FROM post ORDER BY rowid").fetchall()
    # The indexes by name, uniqueness and columns (their SQL text keeps the migration's spacing)
    indexes = [
        (name, unique, conn.execute(f"PRAGMA index_info({name})").fetchall())
        for _, name, unique, *_ in conn.execute("PRAGMA index_list(post)")
    ]
    conn.close()
    return counts, stored, sorted(indexes)


def test_an_empty_table_is_filled_as_the_row_by_row_upsert_fills_it() -> None:
    for rows in (_rows(1000, 1), _rows(300, 1)[::3], [r for r in _rows(400, 2) if r[2] != "p0"]):
        appended = _loaded(rows, empty_path=True)
        assert appended == _loaded(rows, empty_path=False)
    counts, stored, indexes = appended
    assert counts == store.UpsertCounts(rows=392, new=392, updated=0, unchanged=0)
    assert [row[0] for row in stored] == list(range(1, 393))
    assert [(name, unique, len(columns)) for name, unique, columns in indexes] == [
        ("post_by_period", 0, 12),  # schema 8: a covering index for the sums
        ("post_key", 1, 3),
    ]
    repeated = _loaded(_rows(1000, 1), empty_path=True)
    assert repeated[0] == store.UpsertCounts(rows=1000, new=393, updated=0, unchanged=0)
    # p0 keeps its first place and its last row's figures (row 950)
    assert repeated[1][0][:4] == (1, "ksop-a", "x", "p0")
    assert repeated[1][0][9] == 950
