"""From store rows, plans and the registry to the measured values of each unit in a period."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..evaluation import Evidence, Metrics, PostEvidence, UnitMeasure, counter_hoax_pillars
from ..models import Registry
from ..periods import Period
from ..plans import Slot, WeekPlan
from .records import RICH_FORMATS

EVIDENCE_POSTS = 3
SNIPPET = 100
DAY_SECONDS = 86_400

# Per unit and platform, one pass over the period's posts; interactions as in PostRecord.
_INTER = "(COALESCE(reactions,0)+COALESCE(comments,0)+COALESCE(shares,0)+COALESCE(saves,0))"
_POST_COLUMNS = "post_id, local_date, permalink, substr(text, 1, 200), format, reach"


def _in(values: Collection[str]) -> str:
    # ids are registry slugs ([a-z0-9-]), so quoting them inline is safe and keeps one statement
    return "(" + ",".join(f"'{v}'" for v in sorted(values)) + ")" if values else "(NULL)"


@dataclass
class _Acc:
    """Running sums of one unit while the platform rows of the aggregate come in."""

    posts: int = 0
    by_platform: dict[str, int] = field(default_factory=dict)
    target_posts: int = 0
    inter: int = 0
    n_reach: int = 0
    reach: int = 0
    inter_reach: int = 0
    n_views: int = 0
    views: int = 0
    inter_views: int = 0
    known_format: int = 0
    rich: int = 0
    classified: int = 0
    public: int = 0
    hoax: int = 0
    follows: dict[str, int] = field(default_factory=dict)  # by platform, where reported
    best: list[PostEvidence] = field(default_factory=list)


# A post this many days before (after) the period: the exports that hold it ran into the
# period, so its first (last) days are covered even if no unit happened to post on them.
NEIGHBOUR_DAYS = 31


def covered_days(
    conn: sqlite3.Connection, registry: Registry, period: Period
) -> tuple[dt.date, dt.date] | None:
    """The days of `period` that the region's imported posts reach, when not all of them.

    The region's exports are downloaded together. The period's start is covered when some
    unit has a post in the month before it (the exports ran into the period), else from the
    region's first post inside it; its end when some unit has a post in the month after it,
    else up to the last post inside it, or to the day before the latest export holding posts
    of the period was imported. Days beyond are not yet in the store (the month is not over,
    its exports are still to come), not days on which every unit stayed silent. One unit's
    export of 2016 says nothing of October 2026; an August export imported today says
    nothing of November.

    None when the posts reach the whole period; an empty span (its last day before its first)
    when they reach none of it.
    """
    span = (period.start.isoformat(), period.end.isoformat())
    month_before = (period.start - dt.timedelta(days=NEIGHBOUR_DAYS)).isoformat()
    day_before = (period.start - dt.timedelta(days=1)).isoformat()
    day_after = (period.end + dt.timedelta(days=1)).isoformat()
    month_after = (period.end + dt.timedelta(days=NEIGHBOUR_DAYS)).isoformat()
    first = last = None
    before = after = False
    for upt in registry.upts:
        # Lookups on the unit's stretch of the period index (a min() and a max() in one
        # SELECT would read the whole stretch instead: 0.13 s for 1000 units).
        low, high, earlier, later = conn.execute(
            "SELECT (SELECT min(local_date) FROM post WHERE upt = ?1 AND local_date >= ?2"
            " AND local_date <= ?3), (SELECT max(local_date) FROM post WHERE upt = ?1"
            " AND local_date >= ?2 AND local_date <= ?3),"
            " EXISTS(SELECT 1 FROM post WHERE upt = ?1 AND local_date BETWEEN ?4 AND ?5),"
            " EXISTS(SELECT 1 FROM post WHERE upt = ?1 AND local_date BETWEEN ?6 AND ?7)",
            (upt.id, *span, month_before, day_before, day_after, month_after),
        ).fetchone()
        before = before or bool(earlier)
        after = after or bool(later)
        if low is not None:
            first = low if first is None else min(first, low)
            last = high if last is None else max(last, high)
    nothing = (period.start, period.start - dt.timedelta(days=1))
    start = period.start if before else (dt.date.fromisoformat(first) if first else None)
    if start is None:
        return nothing
    if after:
        end = period.end
    elif last is not None:
        end = min(period.end, _imported_reach(conn, span, dt.date.fromisoformat(last)))
    else:
        return nothing  # posts up to just before the period, none in or after it yet
    if (start, end) == (period.start, period.end):
        return None
    return start, end


def _imported_reach(conn: sqlite3.Connection, span: tuple[str, str], last: dt.date) -> dt.date:
    """`last`, or the day before the latest post export holding posts of the period came in.

    An export reaches at least the day before it was imported: a month whose last day no unit
    happened to post on is still whole when its exports came in after it. Only the exports
    that could reach past `last` are looked at, latest first, until one holds such a post.
    """
    batches = conn.execute(
        "SELECT id, upt, substr(imported_at, 1, 10) FROM import_batch"
        " WHERE format NOT IN (?, ?) AND substr(imported_at, 1, 10) > ?"
        " ORDER BY imported_at DESC, id DESC",
        ("inbound", "tiktok-overview", (last + dt.timedelta(days=1)).isoformat()),
    ).fetchall()
    for batch_id, upt, day in batches:
        # A post keeps the id of the import that last changed it: an export that changed
        # nothing of the period holds none of it here, and counts as reaching no further.
        # A unit's export: its stretch of the period index. A file of several units: one
        # plain pass over the table (0.1 s a million posts; through the index, a row lookup
        # for each entry, 1.3 s), which stops at the first post of the period it holds.
        if upt is not None:
            sql = "upt = ? AND local_date BETWEEN ? AND ? AND batch_id = ?"
            args: list[object] = [upt, *span, batch_id]
        else:
            sql = "batch_id = ? AND local_date BETWEEN ? AND ?"
            args = [batch_id, *span]
        (held,) = conn.execute(f"SELECT EXISTS(SELECT 1 FROM post WHERE {sql})", args).fetchone()
        if held:
            return max(last, dt.date.fromisoformat(day) - dt.timedelta(days=1))
    return last


def measure(
    conn: sqlite3.Connection,
    registry: Registry,
    period: Period,
    upt_ids: Sequence[str],
    plans: Sequence[WeekPlan] = (),
    covered: tuple[dt.date, dt.date] | None = None,
) -> dict[str, UnitMeasure]:
    """Measured values and evidence for each named unit, aggregated in SQL for speed.

    `covered` (from covered_days) limits the posting target and the plan's slots to the days
    the region's posts reach; None means the whole period, an empty span none of it.
    """
    wanted = set(upt_ids)
    every = wanted == {u.id for u in registry.upts}
    only = "" if every else f" AND upt IN {_in(wanted)}"
    span = [period.start.isoformat(), period.end.isoformat()]
    public = {p.id for p in registry.pillars if p.public_service}
    hoax = counter_hoax_pillars(registry)

    acc: dict[str, _Acc] = {}
    targets = {u.id: {p for p, n in u.targets.items() if n > 0} for u in registry.upts}
    rows = conn.execute(
        f"SELECT upt, platform, COUNT(*), SUM({_INTER}),"
        " COUNT(reach), SUM(reach), SUM(CASE WHEN reach IS NOT NULL THEN " + _INTER + " END),"
        " COUNT(views), SUM(views), SUM(CASE WHEN views IS NOT NULL THEN " + _INTER + " END),"
        f" COUNT(format), SUM(format IN {_in(RICH_FORMATS)}),"
        f" COUNT(pillar), SUM(pillar IN {_in(public)}), SUM(pillar IN {_in(hoax)}),"
        " SUM(follows),"
        # SQLite fills bare columns from the row that holds the one MAX(): each platform's
        # best post comes with the aggregate at no extra pass over a million rows
        f" MAX({_INTER}), {_POST_COLUMNS}"
        f" FROM post WHERE local_date BETWEEN ? AND ?{only} GROUP BY upt, platform",
        span,
    )
    for r in rows:
        if r[0] not in wanted:
            continue
        a = acc.setdefault(r[0], _Acc())
        a.posts += r[2]
        a.by_platform[r[1]] = r[2]
        if r[1] in targets.get(r[0], ()):
            a.target_posts += r[2]
        a.inter += r[3] or 0
        a.n_reach += r[4]
        a.reach += r[5] or 0
        a.inter_reach += r[6] or 0
        a.n_views += r[7]
        a.views += r[8] or 0
        a.inter_views += r[9] or 0
        a.known_format += r[10]
        a.rich += r[11] or 0
        a.classified += r[12]
        a.public += r[13] or 0
        a.hoax += r[14] or 0
        if r[15] is not None:
            a.follows[r[1]] = r[15]
        a.best.append(_post(r[1], r[16:]))

    # A unit has post data for the period when it posted in it, or when its imported posts lie
    # on both sides of it (exports covering the period that hold no post of it: a real zero).
    # Posts only before, only after, or an account-level file alone say nothing of the period;
    # nor do they when no unit has a post in it (covered_days() found no day of it).
    first, last = covered or (period.start, period.end)
    reached = first <= last
    with_posts_ever = set(acc) | (_spanning(conn, "post", span, wanted) if reached else set())

    best, weakest = _evidence_posts(conn, span, only, wanted, acc)
    msgs = _messages(conn, span, only, wanted)
    with_messages_ever = set(msgs) | _spanning(conn, "message", span, wanted)
    growth = _follower_growth(conn, registry, period, wanted, acc)
    accounts_with_data = _platforms_with_data(conn, registry, wanted, acc)
    adherence = _plan_adherence(conn, period, plans, wanted, first, last)

    out: dict[str, UnitMeasure] = {}
    for upt in registry.upts:
        if upt.id not in wanted:
            continue
        has_posts = upt.id in with_posts_ever
        sums = acc.get(upt.id) or (_Acc() if has_posts else None)
        m = msgs.get(upt.id)
        has_messages = upt.id in with_messages_ever
        planned, matched = adherence.get(upt.id, (0, 0))
        metrics: dict[str, Any] = {}
        if sums is not None:
            weekly = sum(upt.targets.values())
            expected = weekly * ((last - first).days + 1) / 7
            metrics.update(
                posts=sums.posts,
                posts_by_platform=dict(sorted(sums.by_platform.items())),
                posting_target_share=sums.target_posts / expected * 100 if expected else None,
                interactions=sums.inter,
                reach=sums.reach if sums.n_reach else None,
                engagement_rate_by_reach=sums.inter_reach / sums.reach * 100
                if sums.reach
                else None,
                engagement_rate_by_impressions=(
                    sums.inter_views / sums.views * 100 if sums.views else None
                ),
                # a unit that posted nothing did no counter-hoax work: a real zero
                counter_hoax_posts=sums.hoax if sums.classified or not sums.posts else None,
                format_variety=sums.rich / sums.known_format * 100 if sums.known_format else None,
                public_service_share=sums.public / sums.classified * 100
                if sums.classified
                else None,
            )
        if has_messages:
            total, replied, within, hoax_reports, handled, hours = m or (0, 0, 0, 0, 0, [])
            metrics.update(
                median_first_reply_hours=statistics.median(hours) if hours else None,
                replied_within_24h_share=within / total * 100 if total else None,
                # no hoax report came in: there was nothing to handle, which is not a zero
                hoax_reports_handled=handled if hoax_reports else None,
            )
        else:
            total = replied = hoax_reports = 0
        metrics["follower_growth"] = growth.get(upt.id)
        # without any post export, "nothing matched the plan" would be a guess, not a zero;
        # nor is a plan of fewer slots than one week of the unit's targets (a plan made for
        # next week reaching a day into the month) enough to grade a month on
        enough = planned >= max(1, sum(upt.targets.values()))
        adhered = matched / planned * 100 if enough and has_posts else None
        metrics["plan_adherence"] = adhered
        missing = [p for p in upt.accounts if p not in accounts_with_data.get(upt.id, set())]
        out[upt.id] = UnitMeasure(
            metrics=Metrics(**metrics),
            evidence=Evidence(
                has_post_data=has_posts,
                has_message_data=has_messages,
                posts_with_reach=sums.n_reach if sums else 0,
                posts_with_views=sums.n_views if sums else 0,
                classified_posts=sums.classified if sums else 0,
                messages=total,
                replied_messages=replied,
                hoax_reports=hoax_reports,
                planned_slots=planned,
                matched_slots=matched,
                missing_exports=missing,
                best_posts=best.get(upt.id, []),
                weakest_posts=weakest.get(upt.id, []),
            ),
        )
    return out


def _post(platform: str, r: Sequence[Any]) -> PostEvidence:
    """A post cited as evidence from (interactions, *_POST_COLUMNS)."""
    text = " ".join(str(r[4] or "").split())
    if len(text) > SNIPPET:
        text = text[: SNIPPET - 1].rstrip() + "…"
    return PostEvidence(
        platform=platform,
        post_id=r[1],
        date=r[2],
        permalink=r[3],
        text=text,
        format=r[5],
        interactions=r[0],
        reach=r[6],
        engagement_rate_by_reach=round(r[0] / r[6] * 100, 2) if r[6] else None,
    )


def _evidence_posts(
    conn: sqlite3.Connection,
    span: list[str],
    only: str,
    wanted: set[str],
    acc: dict[str, _Acc],
) -> tuple[dict[str, list[PostEvidence]], dict[str, list[PostEvidence]]]:
    """Each unit's best and weakest post on each platform, by interactions.

    One post per platform keeps this to plain aggregates: ranking a million posts with window
    functions costs seconds, a MIN() with bare columns a fraction of one.
    """
    weakest: dict[str, list[PostEvidence]] = {}
    for r in conn.execute(
        f"SELECT upt, platform, MIN({_INTER}), {_POST_COLUMNS} FROM post"
        f" WHERE local_date BETWEEN ? AND ?{only} GROUP BY upt, platform",
        span,
    ):
        if r[0] in wanted:
            weakest.setdefault(r[0], []).append(_post(r[1], r[2:]))
    best: dict[str, list[PostEvidence]] = {}
    for upt_id, a in acc.items():
        top = sorted(a.best, key=lambda p: (-p.interactions, p.platform))[:EVIDENCE_POSTS]
        best[upt_id] = top
        shown = {(p.platform, p.post_id) for p in top}
        low = [p for p in weakest.get(upt_id, []) if (p.platform, p.post_id) not in shown]
        weakest[upt_id] = sorted(low, key=lambda p: (p.interactions, p.platform))[:EVIDENCE_POSTS]
    return best, weakest


def _messages(
    conn: sqlite3.Connection, span: list[str], only: str, wanted: set[str]
) -> dict[str, tuple[int, int, int, int, int, list[float]]]:
    """Per unit: (messages, replied, replied within 24 h, hoax reports, handled, reply hours)."""
    gap = "(strftime('%s', first_reply_at) - strftime('%s', received_at))"
    out: dict[str, tuple[int, int, int, int, int, list[float]]] = {}
    hours: dict[str, list[float]] = {}
    for upt, secs in conn.execute(
        f"SELECT upt, {gap} FROM message WHERE local_date BETWEEN ? AND ?{only}"
        f" AND first_reply_at IS NOT NULL ORDER BY upt, 2",
        span,
    ):
        hours.setdefault(upt, []).append(max(0, secs) / 3600)
    for r in conn.execute(
        "SELECT upt, COUNT(*), COUNT(first_reply_at),"
        f" SUM(first_reply_at IS NOT NULL AND {gap} <= {DAY_SECONDS}),"
        " SUM(kind = 'hoax_report'),"
        " SUM(kind = 'hoax_report' AND (first_reply_at IS NOT NULL OR resolved = 1))"
        f" FROM message WHERE local_date BETWEEN ? AND ?{only} GROUP BY upt",
        span,
    ):
        if r[0] in wanted:
            out[r[0]] = (r[1], r[2], r[3] or 0, r[4] or 0, r[5] or 0, hours.get(r[0], []))
    return out


def _follower_growth(
    conn: sqlite3.Connection,
    registry: Registry,
    period: Period,
    wanted: set[str],
    acc: dict[str, _Acc],
) -> dict[str, float]:
    """Percent growth from daily follower counts, else new follows over registry followers.

    New follows come from account-level days (TikTok's overview) or, for a platform without
    them, from the follows the posts brought (Instagram's and X's post exports): those count
    only followers a post won, so the growth they give is a floor, never more than happened.
    """
    first: dict[tuple[str, str], int] = {}
    last: dict[tuple[str, str], tuple[str, int]] = {}
    first_day: dict[tuple[str, str], str] = {}
    new: dict[tuple[str, str], int] = {}
    rows = conn.execute(
        "SELECT upt, platform, day, followers, new_followers FROM account_day"
        " WHERE day BETWEEN ? AND ? ORDER BY upt, platform, day",
        [period.start.isoformat(), period.end.isoformat()],
    )
    for upt, platform, day, followers, new_followers in rows:
        if upt not in wanted:
            continue
        key = (upt, platform)
        if followers is not None:
            if key not in first:
                first[key], first_day[key] = followers, day
            last[key] = (day, followers)
        if new_followers is not None:
            new[key] = new.get(key, 0) + new_followers
    for upt_id, a in acc.items():
        for platform, follows in a.follows.items():
            new.setdefault((upt_id, platform), follows)
    out: dict[str, float] = {}
    for upt in registry.upts:
        if upt.id not in wanted:
            continue
        keys = [k for k in first if k[0] == upt.id and last[k][0] > first_day[k]]
        start = sum(first[k] for k in keys)
        if keys and start > 0:
            out[upt.id] = (sum(last[k][1] for k in keys) - start) / start * 100
            continue
        gained = [
            (n, upt.accounts[p].followers)
            for (u, p), n in new.items()
            if u == upt.id and p in upt.accounts and upt.accounts[p].followers > 0
        ]
        base = sum(f for _, f in gained)
        if gained and base > 0:
            out[upt.id] = sum(n for n, _ in gained) / base * 100
    return out


def _platforms_with_data(
    conn: sqlite3.Connection, registry: Registry, wanted: set[str], acc: dict[str, _Acc]
) -> dict[str, set[str]]:
    """Platforms of each unit with any export in the store (posts or account days, any time)."""
    out: dict[str, set[str]] = {}
    for upt in registry.upts:
        if upt.id not in wanted:
            continue
        have = set(acc[upt.id].by_platform) if upt.id in acc else set()
        for platform in upt.accounts:
            if platform in have:
                continue
            found = conn.execute(
                "SELECT EXISTS(SELECT 1 FROM post WHERE upt = ? AND platform = ?)"
                " OR EXISTS(SELECT 1 FROM account_day WHERE upt = ? AND platform = ?)",
                [upt.id, platform, upt.id, platform],
            ).fetchone()[0]
            if found:
                have.add(platform)
        out[upt.id] = have
    return out


def _spanning(conn: sqlite3.Connection, table: str, span: list[str], wanted: set[str]) -> set[str]:
    """Units whose rows in `table` lie both before and after the period's local days."""
    rows = conn.execute(
        f"SELECT upt FROM {table} GROUP BY upt HAVING MIN(local_date) < ? AND MAX(local_date) > ?",
        span,
    )
    return {r[0] for r in rows if r[0] in wanted}


def _plan_adherence(
    conn: sqlite3.Connection,
    period: Period,
    plans: Sequence[WeekPlan],
    wanted: set[str],
    first: dt.date,
    last: dt.date,
) -> dict[str, tuple[int, int]]:
    """Per unit (planned slots on the days first..last, slots matched by a post within a day)."""
    slots: dict[str, list[Slot]] = {}
    seen: set[tuple[str, str, str, str, str]] = set()
    for plan in plans:
        for up in plan.upts:
            if up.id not in wanted:
                continue
            for s in up.slots:
                key = (up.id, s.date.isoformat(), s.time, s.platform, s.idea_id)
                if first <= s.date <= last and key not in seen:
                    seen.add(key)
                    slots.setdefault(up.id, []).append(s)
    if not slots:
        return {}
    lo = (period.start - dt.timedelta(days=1)).isoformat()
    hi = (period.end + dt.timedelta(days=1)).isoformat()
    posts: dict[str, list[tuple[str, dt.date, str | None, str | None, str]]] = {}
    for upt, platform, day, idea, pillar, post_id in conn.execute(
        "SELECT upt, platform, local_date, idea_id, pillar, post_id FROM post"
        f" WHERE local_date BETWEEN ? AND ? AND upt IN {_in(slots)}"
        " ORDER BY upt, local_date, published_at, platform, post_id",
        [lo, hi],
    ):
        posts.setdefault(upt, []).append(
            (platform, dt.date.fromisoformat(day), idea, pillar, post_id)
        )
    out: dict[str, tuple[int, int]] = {}
    for upt_id, unit_slots in slots.items():
        ordered = sorted(unit_slots, key=lambda s: (s.date, s.time, s.platform, s.idea_id))
        candidates = posts.get(upt_id, [])
        used: set[int] = set()
        matched: set[int] = set()
        # first by idea, then the remaining slots by pillar, each post matching one slot
        for by in ("idea", "pillar"):
            for n, s in enumerate(ordered):
                if n in matched:
                    continue
                best: tuple[int, int] | None = None
                for i, (platform, day, idea, pillar, _) in enumerate(candidates):
                    if i in used or platform != s.platform:
                        continue
                    distance = abs((day - s.date).days)
                    if distance > 1:
                        continue
                    same = idea == s.idea_id if by == "idea" else pillar == s.pillar
                    if same and (best is None or distance < best[0]):
                        best = (distance, i)
                if best is not None:
                    used.add(best[1])
                    matched.add(n)
        out[upt_id] = (len(ordered), len(matched))
    return out
