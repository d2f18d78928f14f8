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
