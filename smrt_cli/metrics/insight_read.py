"""The store read behind `smrt insights` and the learning planner: posts as InsightPost rows."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import sqlite3
from collections.abc import Collection, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from .. import cache
from ..errors import UserError, WorkError, msg
from ..insights import Breakout, Insights, PostColumns, analyse
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
# ÷ reach, else ÷ views; NULL (not measurable) when neither was reported above zero
_ER = f"({_INTER}) * 100.0 / (CASE WHEN reach > 0 THEN reach WHEN views > 0 THEN views END)"


def last_post_day(conn: sqlite3.Connection, before: dt.date | None = None) -> dt.date | None:
    """The latest local day holding a post (before `before` when given), or None."""
    if before is None:
        row = conn.execute("SELECT MAX(local_date) FROM post").fetchone()
    else:
        row = conn.execute(
            "SELECT MAX(local_date) FROM post WHERE local_date < ?", [before.isoformat()]
        ).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def recent_period(last: dt.date, weeks: int = DEFAULT_WEEKS) -> Period:
    """The `weeks` weeks of days that end on `last`."""
    return date_range(last - dt.timedelta(days=7 * weeks - 1), last)


# Each post comes back as two integers packing its codes (and two numbers): a million rows
# of four values cost a third of what nine separate columns do. Widths in bits; every packed
# value stays below 2**53, so the whole result converts to one float array exactly.
UNIT_BITS, PLATFORM_BITS, FORMAT_BITS, PILLAR_BITS = 20, 3, 4, 8
IDEA_BITS, DAY_BITS, MINUTE_BITS = 16, 14, 11
NONE_FORMAT, NONE_PILLAR, NONE_IDEA = 15, 255, (1 << IDEA_BITS) - 1  # the codes of "none"


def insight_columns(
    conn: sqlite3.Connection,
    registry: Registry,
    start: dt.date,
    end: dt.date,
    store: Path | None = None,
) -> PostColumns:
    """The measurable posts of the registry's units published on a local day in [start, end].

    The local hour comes from the stored UTC time and the unit's zone on that day; the day
    itself is the one the import fixed, so weekday and hour agree with the evaluation's days.
    Units, ideas and pillars become codes inside SQLite (see _packed_rows), so Python never
    sees a million strings. Ideas and pillars the registry no longer has count as none; so do
    posts of units it no longer has. With `store` (the file's path) the packed rows are cached
    for that store's state (see _cached_table).
    """
    import numpy as np

    upts = [u.id for u in registry.upts]
    ideas = [i.id for i in registry.ideas]
    pillars = [p.id for p in registry.pillars]
    if (
        len(upts) >= 1 << UNIT_BITS
        or len(ideas) >= (1 << IDEA_BITS) - 1
        or len(pillars) >= (1 << PILLAR_BITS) - 1
    ):
        raise UserError(msg("message.insights.too_many"))
    if (end - start).days >= 1 << DAY_BITS:
        raise UserError(msg("message.insights.too_long"))
    table = _cached_table(conn, (upts, ideas, pillars), start, end, store)
    a, b = table[:, 0].astype(np.int64), table[:, 1].astype(np.int64)

    def bits(value: Any, shift: int, width: int) -> Any:
        return (value >> shift) & ((1 << width) - 1)

    unit = a >> (PLATFORM_BITS + FORMAT_BITS + PILLAR_BITS)
    codes = []
    for value, none in (
        (bits(a, PILLAR_BITS, FORMAT_BITS), NONE_FORMAT),
        (bits(a, 0, PILLAR_BITS), NONE_PILLAR),
        (b >> (DAY_BITS + MINUTE_BITS), NONE_IDEA),
    ):
        codes.append(np.where(value == none, -1, value))
    day = bits(b, MINUTE_BITS, DAY_BITS) + start.toordinal()
    hour = _local_hours(registry, upts, unit, day, bits(b, 0, MINUTE_BITS))
    return PostColumns(
        upts=upts,
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
    names: tuple[list[str], list[str], list[str]],
    start: dt.date,
    end: dt.date,
) -> Any:
    """The packed rows as an n × 4 float array (every value fits a double exactly)."""
    import numpy as np

    rows = _packed_rows(conn, *names, start, end)
    # one flat pass over the tuples: quicker than numpy inspecting a list of sequences
    flat = itertools.chain.from_iterable(rows)
    return np.fromiter(flat, dtype=np.float64, count=4 * len(rows)).reshape(len(rows), 4)


def _cached_table(
    conn: sqlite3.Connection,
    names: tuple[list[str], list[str], list[str]],
    start: dt.date,
    end: dt.date,
    store: Path | None,
) -> Any:
    """The packed rows, from the per-user cache when this store, these codes and this
    period were read before (or warmed by the import, see warm_after_import).

    Reading a million rows out of SQLite is most of `smrt insights`; loading them back as
    one array takes a few hundredths of a second. The key holds the store's fingerprint, so
    an import (the only writer of posts) makes the entry miss.
    """
    import numpy as np

    if store is None:
        return _read_table(conn, names, start, end)
    digest = hashlib.sha256("\x1f".join("\x1e".join(n) for n in names).encode()).hexdigest()
    key = "|".join(
        (_fingerprint(conn), digest[:16], start.isoformat(), end.isoformat(), _code_fingerprint())
    )
    name = f"insights/{_store_name(store)}.npy"
    data = cache.read_keyed_bytes(name, key)
    if data is not None:
        # a damaged entry is read again from the store, never trusted
        with suppress(ValueError, OSError, EOFError):
            table = np.load(io.BytesIO(data), allow_pickle=False)
            if table.ndim == 2 and table.shape[1] == 4 and table.dtype == np.float64:
                return table
    table = _read_table(conn, names, start, end)
    out = io.BytesIO()
    np.save(out, table, allow_pickle=False)
    cache.write_keyed_bytes(name, key, out.getvalue())
    return table


def _store_name(store: Path) -> str:
    """A store's name in the cache: its resolved path, hashed."""
    return hashlib.sha256(str(store.resolve()).encode()).hexdigest()[:20]


def _packed_rows(
    conn: sqlite3.Connection,
    upts: list[str],
    ideas: list[str],
    pillars: list[str],
    start: dt.date,
    end: dt.date,
) -> list[tuple[int, int, float, int]]:
    """(unit, platform, format, pillar), (idea, day, UTC minutes), engagement and rowid of
    each measurable post, the codes packed as the *_BITS say. Units and ideas are looked up
    in a temporary table of the registry's ids; platforms, formats and pillars (few, and
    slugs, so safe to write into the statement) by CASE."""
    platform_case = " ".join(f"WHEN '{p}' THEN {i}" for i, p in enumerate(PLATFORMS))
    format_case = " ".join(f"WHEN '{f}' THEN {i}" for i, f in enumerate(FORMATS))
    # pillars are few: a CASE is cheaper than a lookup (their ids are slugs: safe to inline)
    pillar_case = " ".join(f"WHEN '{p}' THEN {i}" for i, p in enumerate(pillars))
    first = start.toordinal()
    conn.execute("DROP TABLE IF EXISTS temp.insight_code")
    conn.execute(
        "CREATE TEMP TABLE insight_code (kind INTEGER, id TEXT, code INTEGER,"
        " PRIMARY KEY (kind, id)) WITHOUT ROWID"
    )
    try:
        conn.executemany(
            "INSERT INTO temp.insight_code VALUES (?, ?, ?)",
            [
                (kind, item, code)
                for kind, items in enumerate((upts, ideas))
                for code, item in enumerate(items)
            ],
        )
        rows: list[tuple[int, int, float, int]] = conn.execute(
            f"SELECT (((u.code << {PLATFORM_BITS}) + CASE p.platform {platform_case} END)"
            f" << {FORMAT_BITS + PILLAR_BITS})"
            f" + (COALESCE(CASE p.format {format_case} END, {NONE_FORMAT}) << {PILLAR_BITS})"
            f" + COALESCE(CASE p.pillar {pillar_case} END, {NONE_PILLAR}),"
            f" (((COALESCE(i.code, {NONE_IDEA}) << {DAY_BITS})"
            f" + CAST(julianday(p.local_date) - 1721424.5 - {first} AS INTEGER)) << {MINUTE_BITS})"
            " + CAST(substr(p.published_at, 12, 2) AS INTEGER) * 60"
            " + CAST(substr(p.published_at, 15, 2) AS INTEGER),"
            " p.er, p.rid"
            " FROM (SELECT upt, platform, local_date, published_at, format, pillar, idea_id,"
            f" rowid AS rid, {_ER} AS er FROM post WHERE local_date BETWEEN ? AND ?) AS p"
            " CROSS JOIN temp.insight_code AS u ON u.kind = 0 AND u.id = p.upt"
            " LEFT JOIN temp.insight_code AS i ON i.kind = 1 AND i.id = p.idea_id"
            " WHERE p.er IS NOT NULL AND p.platform IN"
            f" ({','.join(repr(p) for p in PLATFORMS)})",
            [start.isoformat(), end.isoformat()],
        ).fetchall()
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.insight_code")
    return rows


def _local_hours(
    registry: Registry, upts: list[str], unit: Any, day: Any, minutes: Sequence[int]
) -> Any:
    """Each post's local hour: its UTC minutes plus its unit's offset on its local day."""
    import numpy as np

    # no post in the period (a store of message logs alone): min() of nothing would raise
    if not upts or day.size == 0:
        return np.zeros(0, dtype=np.int64)
    zones = {u.id: registry.upt_timezone(u) for u in registry.upts}
    first, last = int(day.min()), int(day.max())
    # one row per unit, one column per day of the period: the offset in minutes
    table = np.zeros((len(upts), last - first + 1), dtype=np.int64)
    by_zone: dict[str, Any] = {}
    for i, upt in enumerate(upts):
        zone = zones[upt]
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
    for b in insights.breakouts:
        row = conn.execute(
            "SELECT post_id, permalink, substr(text, 1, 200) FROM post WHERE rowid = ?", [b.ref]
        ).fetchone()
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
    upt_ids: Collection[str] | None = None,
    store: Path | None = None,
) -> Insights:
    """Read the period's posts and analyse them (breakouts with their links)."""
    posts = insight_columns(conn, registry, period.start, period.end, store)
    result = analyse(registry, posts, period, list(upt_ids) if upt_ids is not None else None)
    return with_links(conn, result)


def _fingerprint(conn: sqlite3.Connection) -> str:
    """Changes whenever an import changed the store: its batches and its posts' extent."""
    batches = conn.execute(
        "SELECT COUNT(*), MAX(id), SUM(row_count), MAX(imported_at) FROM import_batch"
    ).fetchone()
    (rows,) = conn.execute("SELECT MAX(rowid) FROM post").fetchone()
    return f"{batches}:{rows}"


# Whenever the analysis changes, cached learning is stale.
_CODE = ("insights.py", "learning.py", "metrics/insight_read.py")


def _code_fingerprint() -> str:
    """Changes whenever the analysis does, so cached learning is never stale."""
    return cache.code_fingerprint(_CODE)[:16]


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
    base = "|".join((_fingerprint(conn), registry_key, _code_fingerprint()))
    name = _store_name(store)
    found = _cached_learning(f"learning/{name}.latest.json", base, before)
    if found is not None:
        return found[1]
    last_of_all = last_post_day(conn)
    if last_of_all is None or last_of_all < before:
        return _latest_learning(conn, registry, base, store, last_of_all)
    key = f"{base}|{before.isoformat()}"
    earlier = f"learning/{name}.json"
    body = cache.read_keyed(earlier, key)
    if body is not None:
        with suppress(ValidationError):
            return None if body == "null" else Learned.model_validate_json(body)
    result = _learned_until(conn, registry, store, last_post_day(conn, before))
    cache.write_keyed(earlier, key, "null" if result is None else result.model_dump_json())
    return result


def _cached_learning(
    name: str, key: str, before: dt.date
) -> tuple[dt.date | None, Learned | None] | None:
    """The entry for the store's latest posts when it answers for a week from `before`: the
    day of the last post (None: there are none) and what was learned; else None."""
    body = cache.read_keyed(name, key)
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
    posts = insight_columns(conn, registry, period.start, period.end, store)
    return learn(analyse(registry, posts, period))


def _latest_learning(
    conn: sqlite3.Connection,
    registry: Registry,
    base: str,
    store: Path,
    last: dt.date | None,
) -> Learned | None:
    """Learn from the store's last 16 weeks and cache it for any week after them."""
    result = _learned_until(conn, registry, store, last)
    body = ("" if last is None else last.isoformat()) + "\n"
    body += "null" if result is None else result.model_dump_json()
    cache.write_keyed(f"learning/{_store_name(store)}.latest.json", base, body)
    return result


def warm_after_import(store: Path, registry: Registry, registry_key: str) -> None:
    """Analyse the store's last 16 weeks once an import has committed, so the next plan and
    the next `smrt insights` find them cached: the import pays for the analysis once rather
    than the first plan after it. Never fails the import: the cache only saves time."""
    from .store import open_store

    with suppress(UserError, WorkError, sqlite3.Error, OSError):
        conn = open_store(store, create=False, mapped=True)
        try:
            base = "|".join((_fingerprint(conn), registry_key, _code_fingerprint()))
            _latest_learning(conn, registry, base, store, last_post_day(conn))
        finally:
            conn.close()
