"""The store's failures said as what they are: locked, not writable, disk full (exit 1).

Only a file that is not a SQLite database is called one (exit 2, move it away).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from smrt_cli.cli import app
from smrt_cli.errors import UserError, WorkError
from smrt_cli.metrics import store
from tests.helpers import paths

FIXTURES = paths.FIXTURES
EXPORT = FIXTURES / "exports" / "x_content.csv"
LOCKED = (
    "it is locked by another program (another smrt run, or a database viewer that has smrt.db "
    "open) — wait for it to finish or close it, then run again"
)
NOT_WRITABLE = (
    "the store or its folder is not writable — check their permissions, or run smrt in a "
    "workspace you can write to (--workspace DIR)"
)


def smrt(ws: Path, *args: str) -> Result:
    result = CliRunner().invoke(
        app,
        ["--workspace", str(ws), "--data", str(FIXTURES / "minimal.yaml"), *args],
        env={"SOURCE_DATE_EPOCH": "1798675200", "XDG_CACHE_HOME": str(ws / "cache")},
    )
    assert "Traceback" not in result.output
    return result


def imp(ws: Path) -> Result:
    return smrt(ws, "metrics", "import", "--upt", "ksop-a", str(EXPORT))


def posts(ws: Path) -> int:
    with sqlite3.connect(ws / "smrt.db") as conn:
        return int(conn.execute("SELECT count(*) FROM post").fetchone()[0])


@pytest.fixture
def held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A store another program holds: a viewer's open write, the rollback-journal kind."""
    assert imp(tmp_path).exit_code == 0
    monkeypatch.setattr(store, "BUSY_MS", 50)
    other = sqlite3.connect(tmp_path / "smrt.db", isolation_level=None)
    other.execute("PRAGMA journal_mode=DELETE")
    other.execute("BEGIN EXCLUSIVE")
    yield tmp_path
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.parametrize(
    "args",
    [
        ("metrics", "import", "--upt", "ksop-a", str(EXPORT)),
        ("metrics", "show"),
        ("evaluate", "upt", "--period", "2026-11"),
    ],
)
def test_a_locked_store_is_said_to_be_locked(held: Path, args: tuple[str, ...]) -> None:
    result = smrt(held, *args)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"error: {held / 'smrt.db'}: the store cannot be opened: {LOCKED}"
    )


def test_a_full_disk_is_said_to_be_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = store.open_store

    def small_disk(path: Path, **kwargs: bool) -> sqlite3.Connection:
        conn = opened(path, **kwargs)
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        conn.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page
        return conn

    monkeypatch.setattr(store, "open_store", small_disk)
    # more rows than the store's free pages hold
    header = (FIXTURES / "exports" / "canonical.csv").read_text(encoding="utf-8").splitlines()[0]
    rows = [f"ksop-a,x,{i},2026-11-01T09:00:00+08:00,,,{'Halo ' * 40},1,,,,,," for i in range(500)]
    export = tmp_path / "posts.csv"
    export.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    result = smrt(tmp_path, "metrics", "import", str(export))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {export}: not imported, nothing of it kept: the disk is full — free some "
        "space, then run again\n"
    )
    assert posts(tmp_path) == 0


def _failure(name: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("what SQLite says")
    exc.sqlite_errorname = name
    return exc


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("SQLITE_BUSY", LOCKED),
        ("SQLITE_BUSY_SNAPSHOT", LOCKED),
        ("SQLITE_LOCKED", LOCKED),
        ("SQLITE_READONLY", NOT_WRITABLE),
        ("SQLITE_READONLY_DIRECTORY", NOT_WRITABLE),
        ("SQLITE_CANTOPEN", NOT_WRITABLE),
        ("SQLITE_FULL", "the disk is full — free some space, then run again"),
        (
            "SQLITE_IOERR_WRITE",
            "what SQLite says — run again; if it happens again, make a copy of smrt.db and "
            "report it",
        ),
    ],
)
def test_each_failure_is_named_for_what_it_is(name: str, why: str) -> None:
    failure = store.open_failure(Path("ws/smrt.db"), _failure(name))
    assert isinstance(failure, WorkError) and failure.exit_code == 1
    assert str(failure) == f"ws/smrt.db: the store cannot be opened: {why}"


def test_only_a_file_that_is_no_database_is_called_one(tmp_path: Path) -> None:
    (tmp_path / "smrt.db").write_bytes(b"bukan basis data " * 100)
    result = imp(tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {tmp_path / 'smrt.db'}: not a smrt database (file is not a database) — move it "
        "away or name another\n"
    )
    failure = store.open_failure(Path("x.db"), _failure("SQLITE_CORRUPT"))
    assert isinstance(failure, UserError)


def test_a_folder_where_the_store_goes_is_named(tmp_path: Path) -> None:
    (tmp_path / "smrt.db").mkdir()
    result = imp(tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {tmp_path / 'smrt.db'}: is a folder, not the metrics store — move it away\n"
    )


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere"
)
def test_a_workspace_that_is_not_writable_says_so(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    assert imp(ws).exit_code == 0
    os.chmod(ws, 0o555)
    os.chmod(ws / "smrt.db", 0o444)
    try:
        result = imp(ws)
    finally:
        os.chmod(ws, 0o755)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1].endswith(NOT_WRITABLE)


def test_an_error_after_sqlite_rolled_back_itself_is_the_one_raised(tmp_path: Path) -> None:
    """SQLite ends the transaction itself on a full disk; ROLLBACK then fails: not shown."""
    conn = store.open_store(tmp_path / "smrt.db")
    with pytest.raises(sqlite3.OperationalError) as err, store.transaction(conn):
        conn.execute("ROLLBACK")  # as SQLite does after SQLITE_FULL
        raise sqlite3.OperationalError("database or disk is full")
    assert str(err.value) == "database or disk is full"
    assert not conn.in_transaction
