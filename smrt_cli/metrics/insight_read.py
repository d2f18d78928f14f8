"""The store read behind `smrt insights` and the learning planner: posts as InsightPost rows."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any
from zipfile import BadZipFile
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from .. import cache
from ..errors import UserError, WorkError, msg
from ..insights import (
    Breakout,
    Insights,
    PostColumns,
    Skippable,
    UnitParts,
    analyse,
    merge_parts,
    unit_parts,
)
from ..learning import Learned
from ..models import FORMATS, PLATFORMS, Registry
from ..periods import Period, date_range

DEFAULT_WEEKS = 16

# Interactions as the evaluation counts them, but a post whose export reports none of the four
# counts (a format that leaves them out) has none, not zero: it drops out of the measure.
_INTER = (
    "CASE WHEN reactions IS NULL AND comments IS NULL AND shares IS NULL AND saves IS NULL"
    " THEN NULL ELSE COALESCE(reactions,0)+COALESCE(comments,0)+COALESCE(shares,0)"
    "+COALESCE(saves,0) END"
)


def last_post_day(conn: sqlite3.Connection, before: dt.date | None = None) -> dt.date | None:
    """The latest local day holding a post (before `before` when given), or None."""
    args = [] if before is None else [before.isoformat()]
    row = conn.execute(
        _LAST_DAY.format(before="" if before is None else " AND local_date < ?"), args
    )
    found = row.fetchone()
    return dt.date.fromisoformat(found[0]) if found and found[0] else None


# MAX(local_date) over the whole table walks the period index end to end (0.1 s a million
# posts, and a run asks twice). Led by (upt, platform, local_date), the index answers it per
# unit and platform in one probe: the distinct pairs are found by skipping from one to the next
# (a probe each, upt and platform being NOT NULL), then each pair's last day: 0.01 s.
_LAST_DAY = """WITH RECURSIVE unit(u) AS (
    SELECT MIN(upt) FROM post
    UNION ALL SELECT (SELECT MIN(upt) FROM post WHERE upt > unit.u) FROM unit WHERE u IS NOT NULL
), pair(u, p) AS (
    SELECT u, (SELECT MIN(platform) FROM post WHERE upt = unit.u) FROM unit WHERE u IS NOT NULL
    UNION ALL SELECT u, (SELECT MIN(platform) FROM post WHERE upt = pair.u AND platform > pair.p)
    FROM pair WHERE p IS NOT NULL
)
SELECT MAX((SELECT MAX(local_date) FROM post WHERE upt = pair.u AND platform = pair.p{before}))
FROM pair WHERE p IS NOT NULL"""


def recent_period(last: dt.date, weeks: int = DEFAULT_WEEKS) -> Period:
    """The `weeks` weeks of days that end on `last`."""
    return date_range(last - dt.timedelta(days=7 * weeks - 1), last)


# Each post comes back as two integers packing its codes (and three numbers): a million rows
# of five values cost a fraction of what nine separate columns do. Widths in bits; every
# packed value stays below 2**53, so the table converts to one float array exactly.
UNIT_BITS, PLATFORM_BITS, FORMAT_BITS, PILLAR_BITS = 20, 3, 4, 8
IDEA_BITS, DAY_BITS, MINUTE_BITS = 16, 14, 11
NONE_FORMAT, NONE_PILLAR, NONE_IDEA = 15, 255, (1 << IDEA_BITS) - 1  # the codes of "none"
# A platform the planner does not know gets this code in SQLite and its rows are dropped in
# numpy: a test per row in the statement (`platform IN (...)`) cost 0.14 s a million posts.
OTHER_PLATFORM = (1 << PLATFORM_BITS) - 1
assert len(PLATFORMS) <= OTHER_PLATFORM


Names = tuple[list[str], list[str], list[str]]  # the registry's units, ideas and pillars


def analysed(
    conn: sqlite3.Connection,
    registry: Registry,
    period: Period,
    store: Path | None = None,
) -> tuple[PostColumns, UnitParts]:
    """The measurable posts of the registry's units published on a local day of the period,
    and each unit's part of their analysis (see insights.UnitParts).

    The local hour comes from the stored UTC time and the unit's zone on that day; the day
    itself is the one the import fixed, so weekday and hour agree with the evaluation's days.
    Units, ideas and pillars become codes inside SQLite (see _packed_rows), so Python never
    sees a million strings. Ideas and pillars the registry no longer has count as none; so do
    posts of units it no longer has. With `store` (the file's path) rows and parts are cached
    for the store's state, and a store that an import changed since is read and analysed
    again only for the units whose posts it changed (see _State).
    """
    names = _names(registry, period)
    if store is None:
        table = _read_table(conn, names, period.start, period.end)
        cols = _columns(registry, names, table, period.start)
        return cols, unit_parts(cols)
    latest = last_post_day(conn)
    slot = (
        "insights" if latest is not None and period == recent_period(latest) else "insights-period"
    )
    zones = [registry.unit_timezone(u) for u in registry.upts]
    digest = hashlib.sha256(
        "\x1f".join("\x1e".join(n) for n in (*names, zones)).encode()
    ).hexdigest()
    entry = cache.entry(slot, digest[:16], path=store, code=_CODE, suffix=".npz")
    old = _State.load(entry)
    now = _fingerprint(conn)
    if old is not None and old.fingerprint == now and old.period == (period.start, period.end):
        return _columns(registry, names, old.table, period.start), old.parts
    changed = None if old is None else _changed_units(conn, old, period)
    # most units changed (a national import): reading them all is as quick, and simpler
    if old is None or changed is None or 2 * len(changed) > len(names[0]):
        table = _read_table(conn, names, period.start, period.end)
        cols = _columns(registry, names, table, period.start)
        parts = unit_parts(cols)
    else:
        table, cols, parts = _spliced(conn, registry, names, old, changed, period)
    mark = conn.execute("SELECT MAX(id) FROM import_batch").fetchone()[0] or 0
    _State(table, parts, (period.start, period.end), now, mark, _batch_identity(conn, mark)).save(
        entry
    )
    return cols, parts


def _names(registry: Registry, period: Period) -> Names:
    """The registry's codes, refused when they (or the period) do not fit the packed rows."""
    units = [u.id for u in registry.upts]
    ideas = [i.id for i in registry.ideas]
    pillars = [p.id for p in registry.pillars]
    if (
        len(units) >= 1 << UNIT_BITS
        or len(ideas) >= (1 << IDEA_BITS) - 1
        or len(pillars) >= (1 << PILLAR_BITS) - 1
    ):
        raise UserError(msg("message.insights.too_many"))
    if (period.end - period.start).days >= 1 << DAY_BITS:
        raise UserError(msg("message.insights.too_long"))
    return units, ideas, pillars


def insight_columns(
    conn: sqlite3.Connection,
    registry: Registry,
    start: dt.date,
    end: dt.date,
    store: Path | None = None,
) -> PostColumns:
    """The measurable posts of the registry's units on a local day in [start, end]."""
    return analysed(conn, registry, date_range(start, end), store)[0]


def _unit_of(table: Any) -> Any:
    """The unit code of each packed row."""
    import numpy as np

    return table[:, 0].astype(np.int64) >> (PLATFORM_BITS + FORMAT_BITS + PILLAR_BITS)


def _columns(registry: Registry, names: Names, table: Any, start: dt.date) -> PostColumns:
    """The packed rows unpacked into columns, with each post's local hour."""
    import numpy as np

    units, ideas, pillars = names
    a, b = table[:, 0].astype(np.int64), table[:, 1].astype(np.int64)

    def bits(value: Any, shift: int, width: int) -> Any:
        return (value >> shift) & ((1 << width) - 1)

    unit = _unit_of(table)
    codes = []
    for value, none in (
        (bits(a, PILLAR_BITS, FORMAT_BITS), NONE_FORMAT),
        (bits(a, 0, PILLAR_BITS), NONE_PILLAR),
        (b >> (DAY_BITS + MINUTE_BITS), NONE_IDEA),
    ):
        codes.append(np.where(value == none, -1, value))
    day = bits(b, MINUTE_BITS, DAY_BITS) + start.toordinal()
    hour = _local_hours(registry, units, unit, day, bits(b, 0, MINUTE_BITS))
    return PostColumns(
        upts=units,
        unit=unit,
        platform=bits(a, FORMAT_BITS + PILLAR_BITS, PLATFORM_BITS),
        day=day,
        hour=hour,
        er=table[:, 2].copy(),
        names=(list(FORMATS), pillars, ideas),
        codes=(codes[0], codes[1], codes[2]),
        ref=table[:, 3].astype(np.int64),
    )


def _read_table(
    conn: sqlite3.Connection,
    names: Names,
    start: dt.date,
    end: dt.date,
    only: Collection[str] | None = None,
) -> Any:
    """The packed rows (of the units `only` names, else all) as an n × 4 float array (every
    value fits a double exactly): the codes packed, the engagement, the rowid."""
    import numpy as np

    if only is None:
        _keep_freed_memory()
    values = np.concatenate(
        [np.zeros(0, dtype=np.int64)]
        + [
            # integers as text, parsed in C: a fifth of what a million Python tuples cost
            np.fromstring(text, dtype=np.int64, sep=",")
            for text in _packed_texts(conn, *names, start, end, only)
        ]
    ).reshape(-1, 5)
    platform = (values[:, 0] >> (FORMAT_BITS + PILLAR_BITS)) & OTHER_PLATFORM
    other = platform == OTHER_PLATFORM
    if other.any():
        values = values[~other]
    table = np.empty((len(values), 4), dtype=np.float64)
    table[:, 0] = values[:, 0]
    table[:, 1] = values[:, 1]
    # the same two IEEE operations SQLite's `inter * 100.0 / denominator` does: equal bits
    table[:, 2] = values[:, 2].astype(np.float64) * 100.0 / values[:, 3].astype(np.float64)
    table[:, 3] = values[:, 4]
    return table


@dataclass(frozen=True)
class _State:
    """One store's packed rows for a period and its units' parts, as of `fingerprint`.

    `batch` (the last import batch then, and its identity) tells which imports came after:
    only the units they wrote, and units with posts on days the period has since left, are
    read and analysed again. Cached in one file per store and slot, so a national store
    costs one entry (about 45 MB per million posts), never one per import.
    """

    table: Any
    parts: UnitParts
    period: tuple[dt.date, dt.date]
    fingerprint: str
    batch: int
    identity: str

    @classmethod
    def load(cls, entry: cache.Entry) -> _State | None:
        import numpy as np

        data = entry.get_bytes()
        if data is None:
            return None
        # a damaged entry is read again from the store, never trusted
        with suppress(ValueError, OSError, EOFError, KeyError, IndexError, BadZipFile):
            with np.load(io.BytesIO(data), allow_pickle=False) as z:
                start, end, fingerprint, batch, identity = (str(x) for x in z["meta"])
                table = z["table"]
                parts = UnitParts(**{k: z[k] for k in UnitParts.ARRAYS})
            if table.ndim == 2 and table.shape[1] == 4 and table.dtype == np.float64:
                period = (dt.date.fromisoformat(start), dt.date.fromisoformat(end))
                return cls(table, parts, period, fingerprint, int(batch), identity)
        return None

    def save(self, entry: cache.Entry) -> None:
        import numpy as np

        meta = [*(d.isoformat() for d in self.period), self.fingerprint]
        meta += [str(self.batch), self.identity]
        arrays = {k: getattr(self.parts, k) for k in UnitParts.ARRAYS}
        # written straight to the file: the zip's offsets count from the file's start (after
        # the key's line), which zipfile reading the part after that line allows for
        entry.put_written(
            lambda fh: np.savez(fh, meta=np.asarray(meta), table=self.table, **arrays)
        )


def _batch_identity(conn: sqlite3.Connection, batch: int) -> str:
    """What names an import batch: a store made again from scratch reuses its ids."""
    row = conn.execute(
        "SELECT sha256, imported_at, row_count FROM import_batch WHERE id = ?", [batch]
    ).fetchone()
    return "" if row is None else "/".join(str(v) for v in row)


def _changed_units(conn: sqlite3.Connection, old: _State, period: Period) -> set[str] | None:
    """The units whose posts in `period` may differ from the cached ones; None when the
    store or the period is not a later state of the cached one (then all is read again)."""
    start, end = old.period
    if start > period.start or end > period.end or period.end < start:
        return None
    if old.batch and _batch_identity(conn, old.batch) != old.identity:
        return None
    # an import names its unit when all its rows are that unit's; else its posts tell
    batches = conn.execute("SELECT upt FROM import_batch WHERE id > ?", [old.batch]).fetchall()
    if all(unit is not None for (unit,) in batches):
        changed = {str(unit) for (unit,) in batches}
    else:
        changed = {
            str(unit)
            for (unit,) in conn.execute(
                "SELECT DISTINCT upt FROM post WHERE batch_id > ?", [old.batch]
            )
        }
    if period.start > start:
        # units with posts on the days the period has left
        changed |= {
            str(unit)
            for (unit,) in conn.execute(
                "SELECT DISTINCT upt FROM post WHERE local_date >= ? AND local_date < ?",
                [start.isoformat(), period.start.isoformat()],
            )
        }
    return changed


def _spliced(
    conn: sqlite3.Connection,
    registry: Registry,
    names: Names,
    old: _State,
    changed: set[str],
    period: Period,
) -> tuple[Any, PostColumns, UnitParts]:
    """The cached rows with the changed units' rows read again, and their parts redone; the
    analysis does not depend on the rows' order, so the result is a cold run's."""
    import numpy as np

    codes = [i for i, u in enumerate(names[0]) if u in changed]
    keep = old.table[~np.isin(_unit_of(old.table), codes)]
    shift = (period.start - old.period[0]).days
    if shift:
        keep = keep.copy()
        keep[:, 1] -= float(shift << MINUTE_BITS)  # days count from the period's first
    fresh = _read_table(conn, names, period.start, period.end, [names[0][c] for c in codes])
    table = np.concatenate([keep, fresh]) if len(keep) else fresh
    cols = _columns(registry, names, table, period.start)
    if not codes:
        return table, cols, old.parts
    redo = _columns(registry, names, fresh, period.start)
    return table, cols, merge_parts(old.parts, unit_parts(redo), codes)


def _store_name(store: Path) -> str:
    """A store's name in the cache: its resolved path, hashed."""
    return hashlib.sha256(str(store.resolve()).encode()).hexdigest()[:20]


def _keep_freed_memory() -> None:
    """Ask glibc to keep the memory of freed arrays for the next ones (Linux only; elsewhere
    nothing changes).

    A whole read and its analysis make and free hundreds of megabytes of arrays of a few
    megabytes each. By default glibc maps each anew and gives it back on free, and the kernel
    zero-fills every page again: 145,000 page faults, a sixth of a cold national run's CPU
    (107,000 with this, and 0.4 s less system time). Arrays up to 32 MB now come from the
    heap, which grows in large steps and is not trimmed while the command runs: the memory
    stays the process's until it exits, as its peak was in use anyway.
    """
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return
    with suppress(OSError, AttributeError):
        mallopt = ctypes.CDLL(None).mallopt
        mallopt(-1, 1 << 30)  # M_TRIM_THRESHOLD: keep up to a gigabyte of freed heap
        mallopt(-3, 1 << 25)  # M_MMAP_THRESHOLD: heap, not a fresh map, up to 32 MB
        mallopt(-2, 1 << 28)  # M_TOP_PAD: grow the heap in steps of 256 MB, not page by page


# Rows of the table read per statement: each answers with one text of at most ~70 bytes a row,
# well inside SQLite's limit on a value (a billion bytes) for a store of any size.
_CHUNK_ROWIDS = 1 << 20


def _packed_texts(
    conn: sqlite3.Connection,
    units: list[str],
    ideas: list[str],
    pillars: list[str],
    start: dt.date,
    end: dt.date,
    only: Collection[str] | None = None,
) -> Iterator[str]:
    """Each measurable post (of the units `only` names, else all) as five integers in a
    comma-separated text: (unit, platform, format, pillar) and (idea, day, UTC minutes)
    packed as the *_BITS say, its interactions, the reach (else views) they are divided by,
    and its rowid; in rowid order. Units and ideas are looked up in temporary tables of the
    registry's ids; platforms, formats and pillars (few, and slugs, so safe to write into the
    statement) by CASE, other platforms as OTHER_PLATFORM. One text per range of rowids:
    SQLite formats the integers and numpy parses them, so Python never makes a tuple or an
    object per post."""
    platform_case = " ".join(f"WHEN '{p}' THEN {i}" for i, p in enumerate(PLATFORMS))
    platform_case += f" ELSE {OTHER_PLATFORM}"  # dropped in _read_table
    format_case = " ".join(f"WHEN '{f}' THEN {i}" for i, f in enumerate(FORMATS))
    pillar_case = " ".join(f"WHEN '{p}' THEN {i}" for i, p in enumerate(pillars))
    first = start.toordinal()
    # a few units (an import's): their rows alone, found through the period index (led by
    # upt, platform, local_date: the platforms named let it seek the period's days)
    within = ""
    if only is not None:
        within = f" AND p.upt IN ({','.join('?' * len(only))})"
        within += f" AND p.platform IN ({','.join(repr(p) for p in PLATFORMS)})"
    statement = (
        "SELECT group_concat(format('%d,%d,%d,%d,%d',"
        f" (((u.code << {PLATFORM_BITS}) + CASE p.platform {platform_case} END)"
        f" << {FORMAT_BITS + PILLAR_BITS})"
        f" + (COALESCE(CASE p.format {format_case} END, {NONE_FORMAT}) << {PILLAR_BITS})"
        f" + COALESCE(CASE p.pillar {pillar_case} END, {NONE_PILLAR}),"
        f" (((COALESCE(i.code, {NONE_IDEA}) << {DAY_BITS})"
        f" + CAST(julianday(p.local_date) - 1721424.5 - {first} AS INTEGER)) << {MINUTE_BITS})"
        # the UTC minute of the day (stored as ...THH:MM:SSZ); the modulo of a negative
        # number keeps SQLite's sign, so a day is added before the second one
        " + (unixepoch(p.published_at) % 86400 + 86400) % 86400 / 60,"
        f" {_INTER}, CASE WHEN reach > 0 THEN reach ELSE views END, p.rowid))"
        " FROM post AS p CROSS JOIN temp.insight_unit AS u ON u.id = p.upt"
        " LEFT JOIN temp.insight_idea AS i ON i.id = p.idea_id"
        f" WHERE p.local_date BETWEEN ? AND ?{within}"
        # measurable: a reach or views above zero, and one of the four counts reported
        " AND (reach > 0 OR views > 0) AND NOT (reactions IS NULL AND comments IS NULL"
        " AND shares IS NULL AND saves IS NULL)"
    )
    arguments: list[object] = [start.isoformat(), end.isoformat(), *(only or ())]
    chunks: list[tuple[int, int] | None] = [None]
    if only is None:
        (top,) = conn.execute("SELECT MAX(rowid) FROM post").fetchone()
        chunks = [(low, low + _CHUNK_ROWIDS - 1) for low in range(0, (top or 0) + 1, _CHUNK_ROWIDS)]
        statement += " AND p.rowid BETWEEN ? AND ?"
    for kind in ("unit", "idea"):
        conn.execute(f"DROP TABLE IF EXISTS temp.insight_{kind}")
        conn.execute(
            f"CREATE TEMP TABLE insight_{kind} (id TEXT PRIMARY KEY, code INTEGER) WITHOUT ROWID"
        )
    try:
        for kind, items in (("unit", units), ("idea", ideas)):
            conn.executemany(f"INSERT INTO temp.insight_{kind} VALUES (?, ?)", zip(items, count()))
        for chunk in chunks:
            (text,) = conn.execute(statement, [*arguments, *(chunk or ())]).fetchone()
            if text:
                yield text
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.insight_unit")
        conn.execute("DROP TABLE IF EXISTS temp.insight_idea")


def _local_hours(
    registry: Registry, units: list[str], unit: Any, day: Any, minutes: Sequence[int]
) -> Any:
    """Each post's local hour: its UTC minutes plus its unit's offset on its local day."""
    import numpy as np

    # no post in the period (a store of message logs alone): min() of nothing would raise
    if not units or day.size == 0:
        return np.zeros(0, dtype=np.int64)
    zones = {u.id: registry.unit_timezone(u) for u in registry.upts}
    first, last = int(day.min()), int(day.max())
    # one row per unit, one column per day of the period: the offset in minutes
    table = np.zeros((len(units), last - first + 1), dtype=np.int64)
    by_zone: dict[str, Any] = {}
    for i, unit_id in enumerate(units):
        zone = zones[unit_id]
        if zone not in by_zone:
            info = ZoneInfo(zone)
            by_zone[zone] = np.asarray(
                [
                    int(
                        (
                            dt.datetime.combine(
                                dt.date.fromordinal(d), dt.time(12), info
                            ).utcoffset()
                            or dt.timedelta()
                        ).total_seconds()
                    )
                    // 60
                    for d in range(first, last + 1)
                ],
                dtype=np.int64,
            )
        table[i] = by_zone[zone]
    utc = np.asarray(minutes, dtype=np.int64)
    return ((utc + table[unit, day - first]) % 1440) // 60


def with_links(conn: sqlite3.Connection, insights: Insights) -> Insights:
    """The breakouts with their links and opening words, read for those few posts only."""
    filled: list[Breakout] = []
    refs = sorted({b.ref for b in insights.breakouts})
    found: dict[int, tuple[Any, ...]] = {}
    for at in range(0, len(refs), 500):  # 500 at a time: a national run has 5,000 breakouts
        chunk = refs[at : at + 500]
        found.update(
            (row[0], row[1:])
            for row in conn.execute(
                "SELECT rowid, post_id, permalink, substr(text, 1, 200) FROM post"
                f" WHERE rowid IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    for b in insights.breakouts:
        row = found.get(b.ref)
        if row is None:
            filled.append(b)
            continue
        text = " ".join(str(row[2] or "").split())
        if len(text) > 100:
            text = text[:99].rstrip() + "…"
        filled.append(b.model_copy(update={"post_id": row[0], "permalink": row[1], "text": text}))
    return insights.model_copy(update={"breakouts": filled})


def store_insights(
    conn: sqlite3.Connection,
    registry: Registry,
    period: Period,
    unit_ids: Collection[str] | None = None,
    store: Path | None = None,
    without: Collection[Skippable] = (),
) -> Insights:
    """Read the period's posts and analyse them (breakouts with their links), leaving out the
    lists `without` names (see analyse)."""
    cols, parts = analysed(conn, registry, period, store)
    wanted = list(unit_ids) if unit_ids is not None else None
    return with_links(conn, analyse(registry, cols, period, wanted, parts=parts, without=without))


def _fingerprint(conn: sqlite3.Connection) -> str:
    """Changes whenever an import changed the store: its batches and its posts' extent."""
    batches = conn.execute(
        "SELECT COUNT(*), MAX(id), SUM(row_count), MAX(imported_at) FROM import_batch"
    ).fetchone()
    (rows,) = conn.execute("SELECT MAX(rowid) FROM post").fetchone()
    return f"{batches}:{rows}"


# Whenever the analysis changes, cached learning is stale.
_CODE = ("insights.py", "learning.py", "metrics/insight_read.py")


def planner_learning(
    conn: sqlite3.Connection, registry: Registry, registry_key: str, store: Path, before: dt.date
) -> Learned | None:
    """What the planner learns from the 16 weeks of posts before `before`; None without posts.

    Cached per store and registry: a national store's million posts take seconds to analyse,
    and a plan is made many times over one import. A week after the store's last post (the
    usual plan) reads the entry the import itself left (warm_after_import); an earlier week
    has an entry of its own. The keys change with every import, so the cache never answers
    for a store that has changed.
    """
    state = _fingerprint(conn)
    found = _cached_learning(_latest_entry(store, state, registry_key), before)
    if found is not None:
        return found[1]
    last_of_all = last_post_day(conn)
    if last_of_all is None or last_of_all < before:
        return _latest_learning(conn, registry, registry_key, store, last_of_all)
    earlier = cache.entry(
        "learning-week", state, registry_key, before.isoformat(), path=store, code=_CODE
    )
    body = earlier.get()
    if body is not None:
        with suppress(ValidationError):
            return None if body == "null" else Learned.model_validate_json(body)
    result = _learned_until(conn, registry, store, last_post_day(conn, before))
    earlier.put("null" if result is None else result.model_dump_json())
    return result


def _latest_entry(store: Path, state: str, registry_key: str) -> cache.Entry:
    """Where what the store's last 16 weeks teach is cached, for this state of the store."""
    return cache.entry("learning", state, registry_key, path=store, code=_CODE)


def _cached_learning(
    entry: cache.Entry, before: dt.date
) -> tuple[dt.date | None, Learned | None] | None:
    """The entry for the store's latest posts when it answers for a week from `before`: the
    day of the last post (None: there are none) and what was learned; else None."""
    body = entry.get()
    if body is None:
        return None
    day_text, _, learned = body.partition("\n")
    try:
        last = dt.date.fromisoformat(day_text) if day_text else None
        if last is not None and last >= before:
            return None  # the week lies within the data: the 16 weeks before it differ
        return last, None if learned == "null" else Learned.model_validate_json(learned)
    except (ValueError, ValidationError):
        return None


def _learned_until(
    conn: sqlite3.Connection, registry: Registry, store: Path, last: dt.date | None
) -> Learned | None:
    """What the 16 weeks of posts ending on `last` teach; None when there is no last day."""
    from ..learning import learn

    if last is None:
        return None
    period = recent_period(last)
    cols, parts = analysed(conn, registry, period, store)
    # learning reads best times, content and resting ideas, never breakouts or heatmaps
    return learn(analyse(registry, cols, period, parts=parts, without=("breakouts", "heatmaps")))


def _latest_learning(
    conn: sqlite3.Connection,
    registry: Registry,
    registry_key: str,
    store: Path,
    last: dt.date | None,
) -> Learned | None:
    """Learn from the store's last 16 weeks and cache it for any week after them."""
    result = _learned_until(conn, registry, store, last)
    body = ("" if last is None else last.isoformat()) + "\n"
    body += "null" if result is None else result.model_dump_json()
    _latest_entry(store, _fingerprint(conn), registry_key).put(body)
    return result


def warm_after_import(store: Path, registry: Registry, registry_key: str) -> None:
    """Analyse the store's last 16 weeks once an import has committed, so the next plan and
    the next `smrt insights` find them cached: the import pays for the analysis once rather
    than the first plan after it, and only for the units whose posts it changed (see
    analysed). Never fails the import: the cache only saves time."""
    from .store import open_store

    with suppress(UserError, WorkError, sqlite3.Error, OSError):
        conn = open_store(store, create=False, mapped=True)
        try:
            _latest_learning(conn, registry, registry_key, store, last_post_day(conn))
        finally:
            conn.close()
