"""The store read behind `smrt insights` and the learning planner: posts as InsightPost rows."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import sqlite3
from collections.abc import Collection
from contextlib import suppress
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from .. import cache
from ..insights import Breakout, InsightPost, Insights, analyse
from ..learning import Learned
from ..models import Registry
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


def insight_posts(
    conn: sqlite3.Connection, registry: Registry, start: dt.date, end: dt.date
) -> list[InsightPost]:
    """Every post of the registry's units published on a local day in [start, end].

    The local hour comes from the stored UTC time and the unit's zone on that day; the day
    itself is the one the import fixed, so weekday and hour agree with the evaluation's days.
    """
    zones = {u.id: registry.upt_timezone(u) for u in registry.upts}
    offsets: dict[tuple[str, str], int] = {}
    dates: dict[str, dt.date] = {}
    out: list[InsightPost] = []
    append = out.append
    rows = conn.execute(
        "SELECT upt, platform, post_id, local_date, substr(published_at, 12, 2),"
        f" substr(published_at, 15, 2), {_ER}, format, pillar, idea_id FROM post"
        " WHERE local_date BETWEEN ? AND ?",
        [start.isoformat(), end.isoformat()],
    )
    for upt, platform, post_id, day, hh, mm, er, fmt, pillar, idea in rows:
        zone = zones.get(upt)
        if zone is None:
            continue  # a unit the registry no longer has
        key = (zone, day)
        offset = offsets.get(key)
        if offset is None:
            date = dates.get(day)
            if date is None:
                date = dates[day] = dt.date.fromisoformat(day)
            noon = dt.datetime.combine(date, dt.time(12), ZoneInfo(zone))
            delta = noon.utcoffset() or dt.timedelta()
            offset = offsets[key] = int(delta.total_seconds()) // 60
        minutes = (int(hh) * 60 + int(mm) + offset) % 1440
        append(
            InsightPost(
                upt,
                platform,
                post_id,
                dates[day],
                minutes // 60,
                er,
                fmt,
                pillar,
                idea,
            )
        )
    # the store's order is its file's; a stable order keeps every median and tie the same
    out.sort(key=lambda p: (p.upt, p.platform, p.local_date, p.hour, p.post_id))
    return out


def with_links(conn: sqlite3.Connection, insights: Insights) -> Insights:
    """The breakouts with their links and opening words, read for those few posts only."""
    filled: list[Breakout] = []
    for b in insights.breakouts:
        row = conn.execute(
            "SELECT permalink, substr(text, 1, 200) FROM post"
            " WHERE upt = ? AND platform = ? AND post_id = ?",
            [b.upt, b.platform, b.post_id],
        ).fetchone()
        if row is None:
            filled.append(b)
            continue
        text = " ".join(str(row[1] or "").split())
        if len(text) > 100:
            text = text[:99].rstrip() + "…"
        filled.append(b.model_copy(update={"permalink": row[0], "text": text}))
    return insights.model_copy(update={"breakouts": filled})


def store_insights(
    conn: sqlite3.Connection,
    registry: Registry,
    period: Period,
    upt_ids: Collection[str] | None = None,
) -> Insights:
    """Read the period's posts and analyse them (breakouts with their links)."""
    posts = insight_posts(conn, registry, period.start, period.end)
    result = analyse(registry, posts, period, list(upt_ids) if upt_ids is not None else None)
    return with_links(conn, result)


def _fingerprint(conn: sqlite3.Connection) -> str:
    """Changes whenever an import changed the store: its batches and its posts' extent."""
    batches = conn.execute(
        "SELECT COUNT(*), MAX(id), SUM(row_count), MAX(imported_at) FROM import_batch"
    ).fetchone()
    (rows,) = conn.execute("SELECT MAX(rowid) FROM post").fetchone()
    return f"{batches}:{rows}"


@functools.cache
def _code_fingerprint() -> str:
    """Changes whenever the analysis does, so cached learning is never stale."""
    digest = hashlib.sha256()
    root = Path(__file__).parent.parent
    for module in ("insights.py", "learning.py", "metrics/insight_read.py"):
        digest.update((root / module).read_bytes())
    return digest.hexdigest()[:16]


def planner_learning(
    conn: sqlite3.Connection, registry: Registry, registry_key: str, store: Path, before: dt.date
) -> Learned | None:
    """What the planner learns from the 16 weeks of posts before `before`; None without posts.

    Cached per store, registry and week: a national store's million posts take seconds to
    analyse, and a plan is made many times over one import. The key changes with every
    import, so the cache never answers for a store that has changed.
    """
    from ..learning import learn

    key = "|".join((_fingerprint(conn), registry_key, before.isoformat(), _code_fingerprint()))
    name = "learning/" + hashlib.sha256(str(store.resolve()).encode()).hexdigest()[:20] + ".json"
    body = cache.read_keyed(name, key)
    if body is not None:
        with suppress(ValidationError):
            return None if body == "null" else Learned.model_validate_json(body)
    last = last_post_day(conn, before)
    result: Learned | None = None
    if last is not None:
        period = recent_period(last)
        posts = insight_posts(conn, registry, period.start, period.end)
        result = learn(analyse(registry, posts, period))
    cache.write_keyed(name, key, "null" if result is None else result.model_dump_json())
    return result
