"""The embedded SQLite store: schema, forward migrations and the queries the evaluation reads."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from ..errors import Message, UserError, WorkError, msg
from .records import AccountDayRecord, MessageRecord, PostRecord

# The posts' period index as schema 8 has it: the evaluation reads each unit's platforms
# span by span (upt, platform, local_date) and every column it sums from the index alone;
# `metrics show` sums from it too. A large import drops and rebuilds it (upsert()); a later
# migration that changes it changes this too.
PERIOD_INDEX = (
    "CREATE INDEX post_by_period ON post (upt, platform, local_date,"
    " reactions, comments, shares, saves, reach, views, format, pillar, follows)"
)
# The posts' key as schema 4 has it: an import into an empty table builds it after the rows.
KEY_INDEX = "CREATE UNIQUE INDEX post_key ON post (upt, platform, post_id)"

# Each entry moves the schema one version forward; PRAGMA user_version tells a file's version.
# Times are stored as ISO 8601 UTC text ('2026-11-30T01:00:00Z'); `local_date` is the day in the
# unit's own time zone, fixed at import, so months and weeks are counted as the unit lives them.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        format TEXT NOT NULL,
        upt TEXT,
        row_count INTEGER NOT NULL,
        imported_at TEXT NOT NULL
    );
    CREATE TABLE post (
        upt TEXT NOT NULL,
        platform TEXT NOT NULL,
        post_id TEXT NOT NULL,
        published_at TEXT NOT NULL,
        local_date TEXT NOT NULL,
        format TEXT,
        permalink TEXT,
        text TEXT NOT NULL DEFAULT '',
        views INTEGER,
        reach INTEGER,
        reactions INTEGER,
        comments INTEGER,
        shares INTEGER,
        saves INTEGER,
        clicks INTEGER,
        idea_id TEXT,
        pillar TEXT,
        batch_id INTEGER REFERENCES import_batch(id),
        PRIMARY KEY (upt, platform, post_id)
    ) WITHOUT ROWID;
    CREATE INDEX post_by_period ON post (upt, local_date);
    CREATE TABLE message (
        upt TEXT NOT NULL,
        platform TEXT NOT NULL,
        received_at TEXT NOT NULL,
        local_date TEXT NOT NULL,
        first_reply_at TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('question', 'complaint', 'hoax_report', 'other')),
        resolved INTEGER NOT NULL CHECK (resolved IN (0, 1)),
        batch_id INTEGER REFERENCES import_batch(id),
        PRIMARY KEY (upt, platform, received_at, kind)
    ) WITHOUT ROWID;
    CREATE INDEX message_by_period ON message (upt, local_date);
    CREATE TABLE account_day (
        upt TEXT NOT NULL,
        platform TEXT NOT NULL,
        day TEXT NOT NULL,
        followers INTEGER,
        new_followers INTEGER,
        views INTEGER,
        profile_views INTEGER,
        likes INTEGER,
        comments INTEGER,
        shares INTEGER,
        batch_id INTEGER REFERENCES import_batch(id),
        PRIMARY KEY (upt, platform, day)
    ) WITHOUT ROWID;
    """,
    # 2: per-unit monthly sums (metrics show, the evaluation) read this narrow index in key
    # order instead of the wide post rows: a million posts summed in well under a second.
    """
    CREATE INDEX post_sums ON post
        (upt, platform, local_date, reactions, comments, shares, saves, reach, views);
    """,
    # 3: one index instead of two: it still leads with (upt, local_date) for the period
    # queries and still covers the monthly sums, and every imported post updates one index
    # less (a million-post import about a second faster).
    """
    DROP INDEX post_sums;
    DROP INDEX post_by_period;
    CREATE INDEX post_by_period ON post
        (upt, local_date, platform, reactions, comments, shares, saves, reach, views);
    """,
    # 4: rowid tables with a unique index on the key instead of tables clustered on it. An
    # import upserts straight into them in file order: new rows append to the table and only
    # the narrow key index is searched at random, where the clustered tables needed a sorted
    # staging copy of every file first (SQLite work for a million new posts: 10.9 s -> 8.9 s).
    """
    CREATE TABLE post_v4 (
        upt TEXT NOT NULL,
        platform TEXT NOT NULL,
        post_id TEXT NOT NULL,
        published_at TEXT NOT NULL,
        local_date TEXT NOT NULL,
        format TEXT,
        permalink TEXT,
        text TEXT NOT NULL DEFAULT '',
        views INTEGER,
        reach INTEGER,
        reactions INTEGER,
        comments INTEGER,
        shares INTEGER,
        saves INTEGER,
        clicks INTEGER,
        idea_id TEXT,
        pillar TEXT,
        batch_id INTEGER REFERENCES import_batch(id)
    );
    INSERT INTO post_v4 (upt, platform, post_id, published_at, local_date, format, permalink,
        text, views, reach, reactions, comments, shares, saves, clicks, idea_id, pillar,
        batch_id)
        SELECT upt, platform, post_id, published_at, local_date, format, permalink, text,
        views, reach, reactions, comments, shares, saves, clicks, idea_id, pillar, batch_id
        FROM post ORDER BY upt, local_date, platform, post_id;
    DROP TABLE post;
    ALTER TABLE post_v4 RENAME TO post;
    CREATE UNIQUE INDEX post_key ON post (upt, platform, post_id);
    CREATE INDEX post_by_period ON post
        (upt, local_date, platform, reactions, comments, shares, saves, reach, views);
    CREATE TABLE message_v4 (
        upt TEXT NOT NULL,
        platform TEXT NOT NULL,
        received_at TEXT NOT NULL,
        local_date TEXT NOT NULL,
        first_reply_at TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('question', 'complaint', 'hoax_report', 'other')),
        resolved INTEGER NOT NULL CHECK (resolved IN (0, 1)),
        batch_id INTEGER REFERENCES import_batch(id)
    );
    INSERT INTO message_v4 (upt, platform, received_at, local_date, first_reply_at, kind,
        resolved, batch_id)
        SELECT upt, platform, received_at, local_date, first_reply_at, kind, resolved, batch_id
        FROM message ORDER BY upt, local_date, platform, received_at, kind;
    DROP TABLE message;
    ALTER TABLE message_v4 RENAME TO message;
    CREATE UNIQUE INDEX message_key ON message (upt, platform, received_at, kind);
    CREATE INDEX message_by_period ON message (upt, local_date);
    CREATE TABLE account_day_v4 (
        upt TEXT NOT NULL,
        platform TEXT NOT NULL,
        day TEXT NOT NULL,
        followers INTEGER,
        new_followers INTEGER,
        views INTEGER,
        profile_views INTEGER,
        likes INTEGER,
        comments INTEGER,
        shares INTEGER,
        batch_id INTEGER REFERENCES import_batch(id)
    );
    INSERT INTO account_day_v4 (upt, platform, day, followers, new_followers, views,
        profile_views, likes, comments, shares, batch_id)
        SELECT upt, platform, day, followers, new_followers, views, profile_views, likes,
        comments, shares, batch_id FROM account_day ORDER BY upt, platform, day;
    DROP TABLE account_day;
    ALTER TABLE account_day_v4 RENAME TO account_day;
    CREATE UNIQUE INDEX account_day_key ON account_day (upt, platform, day)
    """,
    # 5: the follows a post brought (Instagram "Follows", X "follows" / "New follows"): the
    # follower growth of units whose exports hold no daily follower counts.
    "ALTER TABLE post ADD COLUMN follows INTEGER",
    # 6: what each import covers (unit, platform, first and last local day), which the
    # evaluation counts on instead of guessing from the posts; and a message's identity of
    # its own, so two messages received in the same minute stay two. Stored messages were
    # unique on (upt, platform, received_at, kind): each is the first of its content.
    """
    CREATE TABLE coverage (
        batch_id INTEGER NOT NULL REFERENCES import_batch(id),
        upt TEXT NOT NULL,
        platform TEXT NOT NULL,
        data TEXT NOT NULL CHECK (data IN ('posts', 'account', 'inbound')),
        first_day TEXT NOT NULL,
        last_day TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('name', 'rows', 'explicit', 'migrated')),
        CHECK (first_day <= last_day)
    );
    CREATE INDEX coverage_by_unit ON coverage (upt, data, platform, first_day);
    ALTER TABLE message ADD COLUMN message_key TEXT;
    UPDATE message SET message_key = received_at || '|' || kind || '|#1';
    DROP INDEX message_key;
    CREATE UNIQUE INDEX message_identity ON message (upt, platform, message_key)
    """,
    # 7: the response work (issue 15). Messages keep when a case was closed, where it was
    # escalated (LAPOR!, another office), its LAPOR! number, topic and text; a partial index
    # holds only the open backlog (unanswered, or complaints not closed) with every column
    # `smrt inbox` shows, so it reads that index alone, not a million rows. Hoaxes the units
    # found, and when each was clarified, come from the hoax register.
    """
    ALTER TABLE message ADD COLUMN resolved_at TEXT;
    ALTER TABLE message ADD COLUMN escalated_to TEXT;
    ALTER TABLE message ADD COLUMN lapor_id TEXT;
    ALTER TABLE message ADD COLUMN topic TEXT;
    ALTER TABLE message ADD COLUMN text TEXT;
    CREATE INDEX message_open ON message
        (upt, received_at, platform, kind, first_reply_at, topic, lapor_id, escalated_to)
        WHERE first_reply_at IS NULL OR (kind = 'complaint' AND resolved = 0);
    CREATE TABLE hoax (
        upt TEXT NOT NULL,
        link TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        local_date TEXT NOT NULL,
        topic TEXT,
        clarified_at TEXT,
        clarification_url TEXT,
        batch_id INTEGER REFERENCES import_batch(id)
    );
    CREATE UNIQUE INDEX hoax_key ON hoax (upt, link);
    CREATE INDEX hoax_by_period ON hoax (upt, local_date)
    """,
    # 8: the evaluation's sums from the period index alone (issue 19). Led by (upt, platform,
    # local_date), each covered span of a unit's platform is one stretch of it, where the
    # order of schema 4 read every platform's posts for each; with format, pillar and follows
    # in it, no post is looked up in the table (the sums and the weakest posts of 1,000
    # units x 1M posts: 4.1 s -> 1.8 s of CPU, with the sums' query rewritten).
    # An index a third wider costs a large import about 0.8 s more per million posts.
    """
    DROP INDEX post_by_period;
    CREATE INDEX post_by_period ON post (upt, platform, local_date,
        reactions, comments, shares, saves, reach, views, format, pillar, follows)
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
# Migrations (by the version they lead to) that copy whole tables: the copies' old pages stay
# in the file as free pages, so a store that took one is vacuumed once, after it.
_COPYING = frozenset({4})


MMAP_BYTES = 1 << 30  # address space, not memory: pages stay in the system's file cache


def utc_text(moment: dt.datetime) -> str:
    """The stored form of an aware time: ISO 8601 in UTC with a Z."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to the store")
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_utc_text(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


def open_store(
    path: Path, *, create: bool = True, mapped: bool = False, bulk: bool = False
) -> sqlite3.Connection:
    """Open (and create or migrate) the store; WAL mode and foreign keys on.

    `mapped` reads the file through a memory map, for commands that read much of it. `bulk`
    sets the connection up for an import (see _bulk); close it with `close`.
    """
    if not create and not path.exists():
        raise UserError(msg("message.store.none", path=path))
    if path.is_dir():
        raise UserError(msg("message.store.folder", path=path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkError(msg("message.store.mkdir", folder=path.parent, why=exc.strerror)) from None
    try:
        new = not path.exists() or path.stat().st_size == 0
        conn = sqlite3.connect(path, isolation_level=None)
        # First: a store another program holds is waited for, not taken for a broken file.
        conn.execute(f"PRAGMA busy_timeout={BUSY_MS}")
        if bulk:
            _bulk(conn, new)
        else:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
        # In WAL mode NORMAL never corrupts the file; a power cut may lose the last commit.
        conn.execute("PRAGMA synchronous=NORMAL")
        if mapped:
            # Read pages through a memory map: the evaluation looks up each post of a period
            # in the table, and a national file's posts lie in file order, not unit by unit.
            # (Not for imports: the pages they touch would count as the process's memory.)
            conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise open_failure(path, exc) from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise UserError(
            msg("message.store.newer", path=path, version=version, known=SCHEMA_VERSION)
        )
    for number in range(version, SCHEMA_VERSION):
        try:
            with transaction(conn):
                for statement in _statements(MIGRATIONS[number]):
                    conn.execute(statement)
                if number + 1 in _BACKFILL:
                    _BACKFILL[number + 1](conn)
                conn.execute(f"PRAGMA user_version = {number + 1}")
        except sqlite3.Error as exc:
            raise WorkError(
                msg("message.store.migration", path=path, number=number + 1, error=str(exc))
            ) from exc
    if any(version < v <= SCHEMA_VERSION for v in _COPYING):
        # A store of a million posts would otherwise stay twice its size on disk.
        (free,) = conn.execute("PRAGMA freelist_count").fetchone()
        if free:
            # If another process is writing, the store works as it is, only larger.
            with suppress(sqlite3.OperationalError):
                conn.execute("VACUUM")
    return conn


# How long a command waits for a store another process is writing before it gives up.
BUSY_MS = 5000


def _bulk(conn: sqlite3.Connection, new: bool) -> None:
    """An import's connection: no foreign-key lookup per row, no WAL for a new store.

    Every row an import writes carries the id of the batch row it inserted first in the same
    transaction, so the lookup of that batch for each of a million rows proves nothing. A new
    store is filled through a rollback journal, which holds next to nothing for an empty file,
    instead of writing every page twice (to the WAL, then to the file at the checkpoint);
    `close` turns WAL on after, as every other opening of the store does. The journal stays
    on: a failed first import still leaves an empty store, not half of one.
    """
    conn.execute("PRAGMA journal_mode=DELETE" if new else "PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=OFF")


def close(conn: sqlite3.Connection) -> None:
    """Close the store, in WAL mode (a new store an import filled is not yet)."""
    try:
        with suppress(sqlite3.Error):  # another process holds it: the next opening switches
            conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()


def _kind(exc: sqlite3.Error) -> str:
    """SQLite's primary error name: 'SQLITE_BUSY' for SQLITE_BUSY_SNAPSHOT too."""
    name = str(getattr(exc, "sqlite_errorname", ""))
    return "_".join(name.split("_")[:2])


def open_failure(path: Path, exc: sqlite3.Error) -> UserError | WorkError:
    """Why the store cannot be opened, as what it is and what to do about it."""
    kind = _kind(exc)
    if kind in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
        return UserError(msg("message.store.not_db", path=path, error=str(exc)))
    return write_failure(str(path), exc, msg("message.store.what.open"))


def write_failure(display: str, exc: sqlite3.Error, what: Message) -> WorkError:
    """A store that is locked, not writable or on a full disk, said so (exit 1)."""
    kind = _kind(exc)
    if kind in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        why = msg("message.store.why.locked")
    elif kind == "SQLITE_FULL":
        why = msg("message.store.why.full")
    elif kind in ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"):
        why = msg("message.store.why.readonly")
    else:
        why = msg("message.store.why.other", error=str(exc))
    return WorkError(msg("message.store.failure", file=display, what=what, why=why))


def _backfill_coverage(conn: sqlite3.Connection) -> None:
    """Coverage of the imports made before it was recorded: the file name's range, else rows.

    A batch's rows are those it last changed (an unchanged re-import left the older batch's
    id on them), so the span of its rows is what the store can still vouch for.
    """
    from .coverage import name_range

    formats = {"tiktok-overview": "account", "inbound": "inbound"}  # schema 5 knew no others
    batches = conn.execute("SELECT id, file_name, format, upt FROM import_batch ORDER BY id")
    for batch_id, file_name, format_name, unit_id in batches.fetchall():
        data = formats.get(format_name, "posts")
        if data == "posts":
            sql = "SELECT upt, platform, min(local_date), max(local_date) FROM post"
        elif data == "account":
            sql = "SELECT upt, platform, min(day), max(day) FROM account_day"
        else:
            sql = "SELECT upt, '*', min(local_date), max(local_date) FROM message"
        spans = conn.execute(f"{sql} WHERE batch_id = ? GROUP BY 1, 2", (batch_id,)).fetchall()
        stated = name_range(file_name, format_name)
        if stated is not None and unit_id is not None and format_name in PLATFORM_OF:
            spans = [(unit_id, PLATFORM_OF[format_name], None, None)]
        for unit, plat, first, last in spans:
            if stated is not None:
                first, last = stated[0].isoformat(), stated[1].isoformat()
            conn.execute(
                "INSERT INTO coverage (batch_id, upt, platform, data, first_day, last_day,"
                " source) VALUES (?, ?, ?, ?, ?, ?, 'migrated')",
                (batch_id, unit, plat, data, first, last),
            )


# The schema that brought coverage: the migrations before it made the earlier releases' stores.
COVERAGE_SCHEMA = 6
# Migrations (by the version they lead to) that need Python after their SQL.
_BACKFILL = {COVERAGE_SCHEMA: _backfill_coverage}
# The platform of the exports that hold one platform's figures.
PLATFORM_OF = {
    "meta-facebook": "facebook",
    "meta-instagram": "instagram",
    "x-legacy": "x",
    "x-content": "x",
    "youtube": "youtube",
    "tiktok-overview": "tiktok",
    "x-legacy-daily": "x",
}


def _statements(script: str) -> Iterator[str]:
    for part in script.split(";"):
        if part.strip():
            yield part


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: commit when the block ends normally, roll back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # SQLite has already rolled back after some errors (a full disk): a second ROLLBACK
        # would fail and hide the error that matters.
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


def _where_units(unit_ids: Collection[str] | None) -> tuple[str, list[str]]:
    if unit_ids is None:
        return "", []
    marks = ",".join("?" * len(unit_ids))
    return f" AND upt IN ({marks})", list(unit_ids)


def posts(
    conn: sqlite3.Connection,
    start: dt.date,
    end: dt.date,
    unit_ids: Collection[str] | None = None,
) -> list[PostRecord]:
    """Posts whose local publication day lies in [start, end], in a stable order."""
    units, args = _where_units(unit_ids)
    rows = conn.execute(
        "SELECT upt, platform, post_id, published_at, format, permalink, text, views, reach,"
        " reactions, comments, shares, saves, clicks, follows, idea_id, pillar FROM post"
        f" WHERE local_date BETWEEN ? AND ?{units} ORDER BY upt, published_at, platform, post_id",
        [start.isoformat(), end.isoformat(), *args],
    )
    return [PostRecord(r[0], r[1], r[2], from_utc_text(r[3]), *r[4:]) for r in rows]


def messages(
    conn: sqlite3.Connection,
    start: dt.date,
    end: dt.date,
    unit_ids: Collection[str] | None = None,
) -> list[MessageRecord]:
    """Inbound messages received on a local day in [start, end]."""
    units, args = _where_units(unit_ids)
    rows = conn.execute(
        "SELECT upt, platform, received_at, first_reply_at, kind, resolved FROM message"
        f" WHERE local_date BETWEEN ? AND ?{units} ORDER BY upt, received_at, platform, kind",
        [start.isoformat(), end.isoformat(), *args],
    )
    return [
        MessageRecord(
            r[0],
            r[1],
            from_utc_text(r[2]),
            from_utc_text(r[3]) if r[3] else None,
            r[4],
            bool(r[5]),
        )
        for r in rows
    ]


# The partial index message_open's own condition, word for word: SQLite reads that index for
# a query only when the query's WHERE holds this very expression.
OPEN_MESSAGE = "(first_reply_at IS NULL OR (kind = 'complaint' AND resolved = 0))"


def open_messages(
    conn: sqlite3.Connection, until: dt.datetime, unit_ids: Collection[str] | None = None
) -> Iterator[tuple[str, str, str, str, int, str | None, str | None, str | None]]:
    """Messages still open (no reply; complaints not closed) received up to `until`.

    Rows (upt, platform, received_at, kind, replied, topic, lapor_id, escalated_to), per unit
    oldest first (in the partial index's own order: no sorting); received_at as stored.
    """
    units, args = _where_units(unit_ids)
    yield from conn.execute(
        "SELECT upt, platform, received_at, kind, first_reply_at IS NOT NULL, topic, lapor_id,"
        f" escalated_to FROM message WHERE {OPEN_MESSAGE} AND received_at <= ?{units}"
        " ORDER BY upt, received_at, platform, kind",
        [utc_text(until), *args],
    )


def account_days(
    conn: sqlite3.Connection,
    start: dt.date,
    end: dt.date,
    unit_ids: Collection[str] | None = None,
) -> list[AccountDayRecord]:
    """Account-level daily statistics for local days in [start, end]."""
    units, args = _where_units(unit_ids)
    rows = conn.execute(
        "SELECT upt, platform, day, followers, new_followers, views, profile_views, likes,"
        f" comments, shares FROM account_day WHERE day BETWEEN ? AND ?{units}"
        " ORDER BY upt, platform, day",
        [start.isoformat(), end.isoformat(), *args],
    )
    return [AccountDayRecord(r[0], r[1], dt.date.fromisoformat(r[2]), *r[3:]) for r in rows]


# --- Writing (metrics import) -------------------------------------------------------------

# Per table: the key an export row is upserted by, then the values it carries.
UPSERT_COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "post": (
        ("upt", "platform", "post_id"),
        (
            "published_at",
            "local_date",
            "format",
            "permalink",
            "text",
            "views",
            "reach",
            "reactions",
            "comments",
            "shares",
            "saves",
            "clicks",
            "follows",
            "idea_id",
            "pillar",
        ),
    ),
    # A message is its id where the export gives one, else its content and the number of
    # its occurrence among the file's identical rows (storerows._message_rows).
    "message": (
        ("upt", "platform", "message_key"),
        (
            "received_at",
            "kind",
            "local_date",
            "first_reply_at",
            "resolved",
            "resolved_at",
            "escalated_to",
            "lapor_id",
            "topic",
            "text",
        ),
    ),
    "hoax": (
        ("upt", "link"),
        ("detected_at", "local_date", "topic", "clarified_at", "clarification_url"),
    ),
    "account_day": (
        ("upt", "platform", "day"),
        (
            "followers",
            "new_followers",
            "views",
            "profile_views",
            "likes",
            "comments",
            "shares",
        ),
    ),
}


@dataclass(frozen=True)
class UpsertCounts:
    """What an import did: rows read, posts (keys) new and updated, rows found unchanged.

    rows - new - updated - unchanged rows repeated a key the same file had already written.
    """

    rows: int
    new: int
    updated: int
    unchanged: int


def add_batch(
    conn: sqlite3.Connection,
    file_name: str,
    sha256: str,
    format_name: str,
    unit: str | None,
    imported_at: dt.datetime,
) -> int:
    """Record an import (inside its transaction); its row count is set by finish_batch."""
    cursor = conn.execute(
        "INSERT INTO import_batch (file_name, sha256, format, upt, row_count, imported_at)"
        " VALUES (?, ?, ?, ?, 0, ?)",
        (file_name, sha256, format_name, unit, utc_text(imported_at)),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def finish_batch(conn: sqlite3.Connection, batch_id: int, row_count: int) -> None:
    conn.execute("UPDATE import_batch SET row_count = ? WHERE id = ?", (row_count, batch_id))


# Figures a fast reader may hand over as the digits of the cell ("" for none, never more than
# 18 digits): the columns' INTEGER affinity turns them into numbers in C, nullif() "" into NULL.
FIGURES: dict[str, frozenset[str]] = {
    "post": frozenset(
        {"views", "reach", "reactions", "comments", "shares", "saves", "clicks", "follows"}
    ),
    "message": frozenset(),
    "account_day": frozenset(),
    "hoax": frozenset(),
}
# A post import expected to write this many rows, and at least half as many as the store
# holds, drops the period index first and builds it again at the end: a million new posts in
# random order cost 1.6 s that way and 18 s more kept up row by row. Small monthly imports,
# and re-imports that change little, keep it.
REBUILD_FROM = 50_000
_BEFORE = "temp.smrt_before"
_FIRST_CHANGE = "temp.smrt_first_change"


def upsert(
    conn: sqlite3.Connection,
    table: str,
    batch_id: int,
    chunks: Iterable[list[tuple[object, ...]]],
    expected_rows: int = 0,
) -> UpsertCounts:
    """Upsert rows (key columns, then value columns, in UPSERT_COLUMNS order); latest wins.

    Rows go straight into `table` in file order, a chunk of them at a time, so memory stays
    flat. `new` counts the keys the file added and `updated` the stored keys whose values it
    changed in the end; `unchanged` counts the other rows that found their key stored, and
    the rest (rows - new - updated - unchanged) repeated a key an earlier row had written.
    `expected_rows` (a guess from the file's size) tells when rebuilding the period index
    may pay. Call inside transaction(): an exception from `chunks` leaves nothing behind.
    """
    if table == "post" and not conn.execute("SELECT 1 FROM post LIMIT 1").fetchone():
        return _load_empty(conn, batch_id, chunks)
    return _upsert_rows(conn, table, batch_id, chunks, expected_rows)


def _upsert_rows(
    conn: sqlite3.Connection,
    table: str,
    batch_id: int,
    chunks: Iterable[list[tuple[object, ...]]],
    expected_rows: int,
) -> UpsertCounts:
    """upsert() row by row into a table that holds rows: each is compared with its key's."""
    keys, values = UPSERT_COLUMNS[table]
    columns = (*keys, *values)
    (last_id,) = conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()
    # The values a stored row had when this import first changed it, to tell at the end a
    # post updated from one changed and changed back. A row already written by this import
    # is written again on a repeat (even unchanged), so repeats show in the row count.
    conn.execute(f"CREATE TABLE {_BEFORE} (id INTEGER PRIMARY KEY, {', '.join(values)})")
    conn.execute(
        f"CREATE TRIGGER {_FIRST_CHANGE} AFTER UPDATE ON main.{table}"
        " WHEN old.batch_id IS NOT new.batch_id BEGIN"
        f" INSERT INTO smrt_before VALUES (old.rowid, {', '.join(f'old.{v}' for v in values)});"
        " END"
    )
    marks = _placeholders(table)
    changed = " OR ".join(f"{table}.{v} IS NOT excluded.{v}" for v in values)
    updates = ", ".join(f"{v} = excluded.{v}" for v in (*values, "batch_id"))
    statement = (
        f"INSERT INTO {table} ({', '.join(columns)}, batch_id) VALUES ({marks}, {int(batch_id)})"
        f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"
        f" WHERE {changed} OR {table}.batch_id IS excluded.batch_id"
    )
    read = written = 0
    source = iter(chunks)
    first = next(source, [])
    rebuild = (
        table == "post"
        and expected_rows >= max(REBUILD_FROM, last_id // 2)
        and _writes(conn, first) * expected_rows >= max(REBUILD_FROM, last_id // 2)
    )
    if rebuild:
        # Before any write: an index dropped later leaves its pages scattered in the file.
        conn.execute("DROP INDEX post_by_period")
    for chunk in chain([first], source):
        read += len(chunk)
        # rowcount counts inserts and updates, not the trigger's rows nor unchanged ones.
        written += conn.executemany(statement, chunk).rowcount
    if rebuild:
        # Helper threads sort the index's entries (a million: 1.6 s -> 1.15 s on two cores).
        conn.execute("PRAGMA threads = 2")
        conn.execute(PERIOD_INDEX)
        conn.execute("PRAGMA threads = 0")
    (new,) = conn.execute(f"SELECT count(*) FROM {table} WHERE rowid > ?", (last_id,)).fetchone()
    (first_changes,) = conn.execute(f"SELECT count(*) FROM {_BEFORE}").fetchone()
    differs = " OR ".join(f"t.{v} IS NOT b.{v}" for v in values)
    (updated,) = conn.execute(
        f"SELECT count(*) FROM {_BEFORE} b JOIN main.{table} t ON t.rowid = b.id WHERE {differs}"
    ).fetchone()
    conn.execute(f"DROP TRIGGER {_FIRST_CHANGE}")
    conn.execute(f"DROP TABLE {_BEFORE}")
    unchanged = (read - written) + (first_changes - updated)
    return UpsertCounts(read, new, updated, unchanged)


def _load_empty(
    conn: sqlite3.Connection, batch_id: int, chunks: Iterable[list[tuple[object, ...]]]
) -> UpsertCounts:
    """upsert() into an empty post table: the rows appended as they come, the indexes after.

    Nothing is stored to compare with, so every row is new or repeats a key of the file:
    appending them and sorting the two indexes once costs about a quarter less SQLite work
    than keeping the key index searched row by row (benchmarks/README.md).
    """
    keys, values = UPSERT_COLUMNS["post"]
    columns = ", ".join((*keys, *values, "batch_id"))
    # Before any write: indexes dropped later would leave their pages scattered in the file.
    conn.execute("DROP INDEX post_key")
    conn.execute("DROP INDEX post_by_period")
    statement = f"INSERT INTO post ({columns}) VALUES ({_placeholders('post')}, {int(batch_id)})"
    read = 0
    for chunk in chunks:
        read += len(chunk)
        conn.executemany(statement, chunk)
    # Helper threads sort the indexes' entries (a million: 1.6 s -> 1.15 s on two cores).
    conn.execute("PRAGMA threads = 2")
    try:
        conn.execute(KEY_INDEX)
    except sqlite3.IntegrityError:
        _replay_repeats(conn, keys, values, columns)
    conn.execute(PERIOD_INDEX)
    conn.execute("PRAGMA threads = 0")
    (new,) = conn.execute("SELECT count(*) FROM post").fetchone()
    # Every row wrote (a repeat overwrites the row its key's first row wrote): none unchanged.
    return UpsertCounts(read, new, 0, 0)


def _replay_repeats(
    conn: sqlite3.Connection, keys: tuple[str, ...], values: tuple[str, ...], columns: str
) -> None:
    """The file repeats a key: upsert the appended rows again, in file order, with the key.

    The row a key keeps is then exactly the one upsert() would have kept row by row: the
    first's place (rowid) and the last's values.
    """
    conn.execute(f"CREATE TABLE temp.smrt_loaded AS SELECT {columns} FROM main.post ORDER BY rowid")
    conn.execute("DELETE FROM main.post")
    conn.execute(KEY_INDEX)
    updates = ", ".join(f"{v} = excluded.{v}" for v in (*values, "batch_id"))
    # WHERE true: without it SQLite would read ON CONFLICT as the join's ON.
    conn.execute(
        f"INSERT INTO main.post ({columns}) SELECT {columns} FROM temp.smrt_loaded WHERE true"
        f" ORDER BY rowid ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"
    )
    conn.execute("DROP TABLE temp.smrt_loaded")


def _placeholders(table: str) -> str:
    """One row's parameters for `table`, in UPSERT_COLUMNS order; empty figures become NULL."""
    keys, values = UPSERT_COLUMNS[table]
    return ", ".join("nullif(?, '')" if c in FIGURES[table] else "?" for c in (*keys, *values))


def _writes(conn: sqlite3.Connection, sample: list[tuple[object, ...]]) -> float:
    """The share of `sample`'s post rows that are not stored as they stand (new or changed)."""
    if not sample:
        return 0.0
    keys, values = UPSERT_COLUMNS["post"]
    columns = (*keys, *values)
    conn.execute("CREATE TABLE temp.smrt_sample AS SELECT * FROM main.post WHERE false")
    conn.executemany(
        f"INSERT INTO temp.smrt_sample ({', '.join(columns)}) VALUES ({_placeholders('post')})",
        sample,
    )
    # The key by equality, so the lookup uses the key index; the values may be NULL.
    same = " AND ".join([*(f"t.{k} = s.{k}" for k in keys), *(f"t.{v} IS s.{v}" for v in values)])
    stored: int
    (stored,) = conn.execute(
        f"SELECT count(*) FROM temp.smrt_sample s WHERE EXISTS (SELECT 1 FROM main.post t"
        f" WHERE {same})"
    ).fetchone()
    conn.execute("DROP TABLE temp.smrt_sample")
    return 1 - stored / len(sample)


def monthly(
    conn: sqlite3.Connection, period: str | None = None, unit_id: str | None = None
) -> list[dict[str, object]]:
    """Posts per unit × platform × local month, with interactions, reach and views.

    Interactions are reactions + comments + shares + saves (clicks and views are not);
    each of them is None when the platform reported none of them: not reported is not zero.
    Views are what the export counts as views or impressions of the post (YouTube's views,
    not its thumbnail impressions).
    """
    where, args = [], []
    if period is not None:
        where.append("local_date BETWEEN ? AND ?")
        args += [period + "-01", period + "-31"]
    if unit_id is not None:
        where.append("upt = ?")
        args.append(unit_id)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    # Grouped by day in the index's own order (no sorting), then folded into months here.
    rows = conn.execute(
        "SELECT upt, platform, local_date, count(*),"
        " sum(CASE WHEN coalesce(reactions, comments, shares, saves) IS NOT NULL THEN"
        " coalesce(reactions, 0) + coalesce(comments, 0) + coalesce(shares, 0)"
        " + coalesce(saves, 0) END), sum(reach), sum(views)"
        f" FROM post{clause} GROUP BY upt, platform, local_date",
        args,
    )
    months: dict[tuple[str, str, str], list[int | None]] = {}
    for unit, platform, day, posts_, interactions, reach, views in rows:
        key = (unit, platform, day[:7])
        total = months.get(key)
        if total is None:
            months[key] = [posts_, interactions, reach, views]
            continue
        total[0] = (total[0] or 0) + posts_
        for i, value in ((1, interactions), (2, reach), (3, views)):
            total[i] = value if total[i] is None else total[i] + (value or 0)  # type: ignore[operator]
    names = ("upt", "platform", "period", "posts", "interactions", "reach", "views")
    return [dict(zip(names, (*key, *months[key]), strict=True)) for key in sorted(months)]


def _selection(day: str, period: str | None, unit: str | None) -> tuple[str, list[str]]:
    """A WHERE clause for `metrics show`'s selection: one local month, one unit, or all."""
    where, args = [], []
    if period is not None:
        where.append(f"{day} BETWEEN ? AND ?")
        args += [period + "-01", period + "-31"]
    if unit is not None:
        where.append("upt = ?")
        args.append(unit)
    return (f" WHERE {' AND '.join(where)}" if where else ""), args


def account_day_spans(
    conn: sqlite3.Connection, period: str | None = None, unit: str | None = None
) -> list[tuple[str, str, int, str, str]]:
    """Per unit and platform: the account-level days stored, the first and the last."""
    clause, args = _selection("day", period, unit)
    rows = conn.execute(
        f"SELECT upt, platform, count(*), min(day), max(day) FROM account_day{clause}"
        " GROUP BY upt, platform ORDER BY upt, platform",
        args,
    )
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def hoax_counts(
    conn: sqlite3.Connection, period: str | None = None, unit: str | None = None
) -> list[tuple[str, int]]:
    """Per unit: the hoax-register entries stored, detected on a local day of the selection."""
    clause, args = _selection("local_date", period, unit)
    rows = conn.execute(f"SELECT upt, count(*) FROM hoax{clause} GROUP BY upt ORDER BY upt", args)
    return [(r[0], r[1]) for r in rows]


def message_counts(
    conn: sqlite3.Connection, period: str | None = None, unit: str | None = None
) -> list[tuple[str, int]]:
    """Per unit: the inbound messages stored, received on a local day of the selection."""
    clause, args = _selection("local_date", period, unit)
    rows = conn.execute(
        f"SELECT upt, count(*) FROM message{clause} GROUP BY upt ORDER BY upt", args
    )
    return [(r[0], r[1]) for r in rows]
