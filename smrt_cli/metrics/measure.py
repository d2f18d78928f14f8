"""From store rows, plans and the registry to the measured values of each unit in a period."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..background import started
from ..measured import Evidence, Metrics, PostEvidence, UnitMeasure, counter_hoax_pillars
from ..models import RICH_FORMATS, Registry, Unit
from ..officehours import office_clocks
from ..periods import Period
from ..plan_file import Slot, WeekPlan
from .coverage import Span, covered, days
from .response import UnitHoaxes, UnitResponse, hoaxes, responses

EVIDENCE_POSTS = 3
_T = TypeVar("_T")
_ByUnit = dict[str, list[PostEvidence]]
SNIPPET = 100

# Per unit and platform, one pass over the period's posts; interactions as in PostRecord,
# NULL where the export reports none of them (YouTube's table has no likes or comments):
# not reported is not zero.
_INTER = (
    "(CASE WHEN COALESCE(reactions, comments, shares, saves) IS NULL THEN NULL ELSE"
    " COALESCE(reactions,0)+COALESCE(comments,0)+COALESCE(shares,0)+COALESCE(saves,0) END)"
)
_POST_COLUMNS = "post_id, local_date, permalink, substr(text, 1, 200), format, reach"
# The posts of the covered days only: the period's coverage per (unit, platform) drives
# the join (CROSS JOIN keeps it the outer loop), each span a stretch of the period index.
_COVERED_POSTS = (
    "temp.smrt_covered c CROSS JOIN post p ON p.upt = c.upt"
    " AND p.local_date BETWEEN c.first AND c.last AND p.platform = c.platform"
)
_COVERED_MESSAGES = (
    "temp.smrt_inbox c CROSS JOIN message m ON m.upt = c.upt"
    " AND m.local_date BETWEEN c.first AND c.last"
)


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
    n_inter: int = 0  # posts whose export reports interactions
    n_reach: int = 0
    reach: int = 0
    inter_reach: int = 0
    reach_inter: int = 0  # reach of the posts that report interactions too
    n_views: int = 0
    views: int = 0
    inter_views: int = 0
    views_inter: int = 0
    known_format: int = 0
    rich: int = 0
    classified: int = 0
    public: int = 0
    hoax: int = 0
    follows: dict[str, int] = field(default_factory=dict)  # by platform, where reported
    best: list[PostEvidence] = field(default_factory=list)


@dataclass
class _Covered:
    """The days of the period each unit's imports cover: posts per platform, account, inbox."""

    posts: dict[str, dict[str, list[Span]]] = field(default_factory=dict)
    account: dict[str, dict[str, list[Span]]] = field(default_factory=dict)
    inbound: dict[str, list[Span]] = field(default_factory=dict)
    ever: dict[str, set[str]] = field(default_factory=dict)  # platforms covered at any time


def _covered(conn: sqlite3.Connection, period: Period, wanted: set[str]) -> _Covered:
    """The recorded coverage of the period, and temp tables of it for the joins below."""
    out = _Covered()
    for (unit, data, platform), spans in covered(conn, period.start, period.end, wanted).items():
        if data == "posts":
            out.posts.setdefault(unit, {})[platform] = spans
        elif data == "account":
            out.account.setdefault(unit, {})[platform] = spans
        else:
            out.inbound[unit] = spans
    for unit, platform in conn.execute(
        "SELECT DISTINCT upt, platform FROM coverage WHERE data != 'inbound'"
    ):
        if unit in wanted:
            out.ever.setdefault(unit, set()).add(platform)
    _covered_tables(conn, out)
    return out


def _covered_tables(conn: sqlite3.Connection, cover: _Covered, inbox: bool = True) -> None:
    """The period's coverage as temp tables of `conn`, for the joins below (one per connection)."""
    # Keyed in the order the aggregates group by: scanned in key order, the joined posts come
    # grouped by (unit, platform) already, and SQLite sorts nothing (a million posts: the
    # sort of wide rows cost twice the query).
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS smrt_covered (upt, platform, first, last,"
        " PRIMARY KEY (upt, platform, first)) WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.smrt_covered")
    conn.executemany(
        "INSERT INTO temp.smrt_covered VALUES (?, ?, ?, ?)",
        [
            (unit, platform, a.isoformat(), b.isoformat())
            for unit, by_platform in sorted(cover.posts.items())
            for platform, spans in sorted(by_platform.items())
            for a, b in spans
        ],
    )
    if not inbox:
        return
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS smrt_inbox (upt, first, last,"
        " PRIMARY KEY (upt, first)) WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.smrt_inbox")
    conn.executemany(
        "INSERT INTO temp.smrt_inbox VALUES (?, ?, ?)",
        [
            (unit, a.isoformat(), b.isoformat())
            for unit, spans in sorted(cover.inbound.items())
            for a, b in spans
        ],
    )


def measure(
    conn: sqlite3.Connection,
    registry: Registry,
    period: Period,
    unit_ids: Sequence[str],
    plans: Sequence[WeekPlan] = (),
    days_off: Collection[dt.date] = (),
    helper: Callable[[], sqlite3.Connection] | None = None,
) -> dict[str, UnitMeasure]:
    """Measured values and evidence for each named unit, aggregated in SQL for speed.

    Only the days each unit's imports cover count, platform by platform (the coverage the
    imports recorded): a platform without coverage in the period is "no data", never zero
    posts; its target is left out of the posting target, and the others' are prorated to
    their covered days. Nothing of another unit, nor the day of an import, changes a unit's
    values. `days_off` (public holidays and joint leave) stop the office clock of reply times.
    `helper` opens more readers of the store, for the passes over the posts to run in threads.
    """
    wanted = set(unit_ids)
    cover = _covered(conn, period, wanted)
    posts = _post_passes(helper, conn, registry, wanted, cover)
    clocks = office_clocks(registry, sorted(wanted), days_off)
    replies = responses(conn, registry, _COVERED_MESSAGES, clocks)
    span = [period.start.isoformat(), period.end.isoformat()]
    register = hoaxes(conn, registry, span, f" AND upt IN {_in(wanted)}", clocks)
    acc, best, weakest = posts()
    growth = _follower_growth(conn, registry, period, wanted, acc, cover)
    adherence = _plan_adherence(conn, period, plans, wanted, cover)

    out: dict[str, UnitMeasure] = {}
    for unit in registry.upts:
        if unit.id not in wanted:
            continue
        posts_covered = cover.posts.get(unit.id, {})
        has_posts = bool(posts_covered)
        sums = acc.get(unit.id) or (_Acc() if has_posts else None)
        has_messages = unit.id in cover.inbound
        planned, matched = adherence.get(unit.id, (0, 0))
        metrics: dict[str, Any] = {}
        share = None
        if sums is not None:
            metrics.update(_post_metrics(sums))
            target, share = _posting_target(unit.targets, posts_covered)
            metrics["posting_target_share"] = sums.target_posts / target * 100 if target else None
        reply = replies.get(unit.id) if has_messages else None
        if has_messages:
            metrics.update(_message_metrics(reply))
        found = register.get(unit.id)
        metrics.update(_response_metrics(reply, found))
        value, basis = growth.get(unit.id, (None, None))
        metrics["follower_growth"] = value
        metrics["plan_adherence"] = _adherence_share(unit, planned, matched, has_posts)
        with_data = set(posts_covered) | set(cover.account.get(unit.id, {}))
        out[unit.id] = UnitMeasure(
            metrics=Metrics(**metrics),
            evidence=Evidence(
                has_post_data=has_posts,
                has_message_data=has_messages,
                posts_with_reach=sums.n_reach if sums else 0,
                posts_with_views=sums.n_views if sums else 0,
                posts_with_interactions=sums.n_inter if sums else 0,
                classified_posts=sums.classified if sums else 0,
                messages=reply.total.messages if reply else 0,
                replied_messages=len(reply.total.hours) if reply else 0,
                hoax_reports=reply.hoax_reports if reply else 0,
                **_response_evidence(reply, found),
                planned_slots=planned,
                matched_slots=matched,
                missing_exports=[p for p in unit.accounts if p not in with_data],
                exported_platforms=sorted(cover.ever.get(unit.id, set())),
                covered=dict(sorted(posts_covered.items())),
                covered_inbound=cover.inbound.get(unit.id, []),
                target_data_share=share,
                follower_growth_basis=basis,
                best_posts=best.get(unit.id, []),
                weakest_posts=weakest.get(unit.id, []),
            ),
        )
    return out


def _post_passes(
    helper: Callable[[], sqlite3.Connection] | None,
    conn: sqlite3.Connection,
    registry: Registry,
    wanted: set[str],
    cover: _Covered,
) -> Callable[[], tuple[dict[str, _Acc], _ByUnit, _ByUnit]]:
    """The two passes over the posts, begun; the returned call gives (sums, best, weakest).

    With a `helper` each pass runs on a reader of its own in a thread, beside the reply
    times, which are Python: SQLite lets go of the GIL while it steps.
    """
    sums = _beside(helper, conn, lambda c: _post_sums(_ready(c, conn, cover), registry, wanted))
    weakest_rows = _beside(helper, conn, lambda c: _weakest_rows(_ready(c, conn, cover), wanted))

    def wait() -> tuple[dict[str, _Acc], _ByUnit, _ByUnit]:
        acc = sums()
        return (acc, *_evidence_posts(weakest_rows(), acc))

    return wait


def _beside(
    helper: Callable[[], sqlite3.Connection] | None,
    conn: sqlite3.Connection,
    work: Callable[[sqlite3.Connection], _T],
) -> Callable[[], _T]:
    """Start `work` on a connection of its own in a thread; the returned call waits for it.

    Without a helper the work is done here, on `conn`, before returning.
    """
    if helper is None:
        done = work(conn)
        return lambda: done

    def run() -> _T:
        # a connection is used in the thread that opened it (sqlite3's own rule)
        other = helper()
        try:
            return work(other)
        finally:
            other.close()

    return started(run, "smrt-posts")


def _ready(
    other: sqlite3.Connection, conn: sqlite3.Connection, cover: _Covered
) -> sqlite3.Connection:
    """`other` with the covered days' temp table the joins read (`conn` has its own already)."""
    if other is not conn:
        _covered_tables(other, cover, inbox=False)
    return other


def _adherence_share(unit: Unit, planned: int, matched: int, has_posts: bool) -> float | None:
    """The share of planned slots the posts matched, when there is enough to say."""
    # without any post export, "nothing matched the plan" would be a guess, not a zero;
    # nor is a plan of fewer slots than one week of the unit's targets (a plan made for
    # next week reaching a day into the month) enough to grade a month on
    enough = planned >= max(1, sum(unit.targets.values()))
    return matched / planned * 100 if enough and has_posts else None


def _response_metrics(reply: UnitResponse | None, found: UnitHoaxes | None) -> dict[str, Any]:
    """The office-hour reply measures and the hoax register's, where the unit has them."""
    out: dict[str, Any] = {}
    if reply is not None:
        out["median_first_reply_office_hours"] = reply.median_office_hours
        out["replied_within_target_share"] = reply.within_share
    if found is not None:
        out["median_hoax_clarification_hours"] = found.median_hours
        out["hoax_clarified_within_target_share"] = found.within_share
    return out


def _response_evidence(reply: UnitResponse | None, found: UnitHoaxes | None) -> dict[str, Any]:
    """Reply times per platform and kind, and the register's counts, for the evidence."""
    return {
        "response_times": reply.rows() if reply is not None else [],
        "hoaxes": found.hoaxes if found is not None else 0,
        "hoaxes_clarified": found.clarified if found is not None else 0,
        "hoax_reports_linked": found.linked_reports if found is not None else 0,
    }


def _message_metrics(reply: UnitResponse | None) -> dict[str, Any]:
    """The calendar-hour reply measures of a unit whose message log covers the period."""
    if reply is None:  # covered, and no message came in
        return dict.fromkeys(
            ("median_first_reply_hours", "replied_within_24h_share", "hoax_reports_handled")
        )
    hours, total = reply.total.hours, reply.total.messages
    return {
        "median_first_reply_hours": statistics.median(hours) if hours else None,
        "replied_within_24h_share": reply.within_day / total * 100 if total else None,
        # no hoax report came in: there was nothing to handle, which is not a zero
        "hoax_reports_handled": reply.hoax_handled if reply.hoax_reports else None,
    }


def _posting_target(
    targets: Mapping[Any, int], posts_covered: dict[str, list[Span]]
) -> tuple[float, float | None]:
    """(posts expected on the covered days, share of the weekly target that has coverage).

    Each platform's weekly target counts for the days its exports cover; a platform without
    coverage is left out, and the share says how much of the target the value rests on.
    """
    weekly = sum(n for n in targets.values() if n > 0)
    expected = sum(
        n * days(posts_covered[p]) / 7 for p, n in targets.items() if n > 0 and p in posts_covered
    )
    with_data = sum(n for p, n in targets.items() if n > 0 and p in posts_covered)
    return expected, (with_data / weekly if weekly else None)


def _post_metrics(sums: _Acc) -> dict[str, Any]:
    return {
        "posts": sums.posts,
        "posts_by_platform": dict(sorted(sums.by_platform.items())),
        "interactions": sums.inter if sums.n_inter else None,
        "reach": sums.reach if sums.n_reach else None,
        "engagement_rate_by_reach": sums.inter_reach / sums.reach_inter * 100
        if sums.reach_inter
        else None,
        "engagement_rate_by_impressions": (
            sums.inter_views / sums.views_inter * 100 if sums.views_inter else None
        ),
        # a unit that posted nothing did no counter-hoax work: a real zero
        "counter_hoax_posts": sums.hoax if sums.classified or not sums.posts else None,
        "format_variety": sums.rich / sums.known_format * 100 if sums.known_format else None,
        "public_service_share": sums.public / sums.classified * 100 if sums.classified else None,
    }


def _post_sums(conn: sqlite3.Connection, registry: Registry, wanted: set[str]) -> dict[str, _Acc]:
    """Per unit: the sums of its posts on the covered days, platform by platform."""
    public = {p.id for p in registry.pillars if p.public_service}
    hoax = counter_hoax_pillars(registry)
    acc: dict[str, _Acc] = {}
    targets = {u.id: {p for p, n in u.targets.items() if n > 0} for u in registry.upts}
    # Each per-row expression costs a tenth of a second a million posts, so each is written
    # once where it can be: the interactions summed as their four columns' sums (a post
    # without interactions has all four NULL), "reported" as the COALESCE alone.
    reported = "COALESCE(reactions, comments, shares, saves) IS NOT NULL"
    rich = " ".join(f"WHEN '{f}' THEN 1" for f in sorted(RICH_FORMATS))
    rows = conn.execute(
        "SELECT c.upt, c.platform, COUNT(*),"
        " SUM(reactions), SUM(comments), SUM(shares), SUM(saves),"
        " COUNT(COALESCE(reactions, comments, shares, saves)),"
        f" COUNT(reach), SUM(reach), SUM(CASE WHEN reach IS NOT NULL THEN {_INTER} END),"
        f" SUM(CASE WHEN {reported} THEN reach END),"
        f" COUNT(views), SUM(views), SUM(CASE WHEN views IS NOT NULL THEN {_INTER} END),"
        f" SUM(CASE WHEN {reported} THEN views END),"
        # (a CASE of the three rich formats is a third cheaper than IN's lookup of them)
        f" COUNT(format), SUM(CASE format {rich} END),"
        f" COUNT(pillar), SUM(pillar IN {_in(public)}), SUM(pillar IN {_in(hoax)}),"
        " SUM(follows),"
        # SQLite fills bare columns from the row that holds the one MAX(): each platform's
        # best post comes with the aggregate at no extra pass over a million rows
        f" MAX({_INTER}), {_POST_COLUMNS}"
        f" FROM {_COVERED_POSTS} GROUP BY c.upt, c.platform"
    )
    for unit, platform, n, *r in rows:
        if unit not in wanted:
            continue
        a = acc.setdefault(unit, _Acc())
        a.posts += n
        a.by_platform[platform] = n
        if platform in targets.get(unit, ()):
            a.target_posts += n
        a.inter += (r[0] or 0) + (r[1] or 0) + (r[2] or 0) + (r[3] or 0)
        a.n_inter += r[4]
        a.n_reach += r[5]
        a.reach += r[6] or 0
        a.inter_reach += r[7] or 0
        a.reach_inter += r[8] or 0
        a.n_views += r[9]
        a.views += r[10] or 0
        a.inter_views += r[11] or 0
        a.views_inter += r[12] or 0
        a.known_format += r[13]
        a.rich += r[14] or 0
        a.classified += r[15]
        a.public += r[16] or 0
        a.hoax += r[17] or 0
        if r[18] is not None:
            a.follows[platform] = r[18]
        if r[19] is not None:
            a.best.append(_post(platform, r[19:]))
    return acc


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


def _weakest_rows(conn: sqlite3.Connection, wanted: set[str]) -> list[tuple[Any, ...]]:
    """Each unit's weakest post on each platform, by interactions, as (unit, platform, ...).

    Posts whose export reports no interactions rank nowhere: a YouTube video is not weak
    for likes its table does not carry. One post per platform keeps this to plain
    aggregates: ranking a million posts with window functions costs seconds, a MIN() with
    bare columns a fraction of one.
    """
    return [
        r
        for r in conn.execute(
            f"SELECT c.upt, c.platform, MIN({_INTER}), {_POST_COLUMNS} FROM {_COVERED_POSTS}"
            " GROUP BY c.upt, c.platform"
        )
        if r[0] in wanted and r[2] is not None
    ]


def _evidence_posts(
    weakest_rows: list[tuple[Any, ...]], acc: dict[str, _Acc]
) -> tuple[dict[str, list[PostEvidence]], dict[str, list[PostEvidence]]]:
    """Each unit's best and weakest post on each platform, by interactions."""
    weakest: dict[str, list[PostEvidence]] = {}
    for r in weakest_rows:
        weakest.setdefault(r[0], []).append(_post(r[1], r[2:]))
    best: dict[str, list[PostEvidence]] = {}
    for unit_id, a in acc.items():
        top = sorted(a.best, key=lambda p: (-(p.interactions or 0), p.platform))[:EVIDENCE_POSTS]
        best[unit_id] = top
        shown = {(p.platform, p.post_id) for p in top}
        low = [p for p in weakest.get(unit_id, []) if (p.platform, p.post_id) not in shown]
        weakest[unit_id] = sorted(low, key=lambda p: (p.interactions or 0, p.platform))[
            :EVIDENCE_POSTS
        ]
    return best, weakest


def _follower_growth(
    conn: sqlite3.Connection,
    registry: Registry,
    period: Period,
    wanted: set[str],
    acc: dict[str, _Acc],
    cover: _Covered,
) -> dict[str, tuple[float, str]]:
    """Percent growth and its basis, from the best data the unit's exports hold.

    "followers": daily follower counts (first and last day); "new_followers": new followers
    per day over the registry's follower count (TikTok's overview, X's daily sheet); and only
    when no export gives the account's figures, "post_follows_floor": the follows the posts
    brought (Instagram's and X's post exports), which leave out followers won any other way,
    so a floor, never more than happened.
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
    for unit, platform, day, followers, new_followers in rows:
        if unit not in wanted:
            continue
        key = (unit, platform)
        if followers is not None:
            if key not in first:
                first[key], first_day[key] = followers, day
            last[key] = (day, followers)
        if new_followers is not None:
            new[key] = new.get(key, 0) + new_followers
    # Each unit's keys and new followers, in the order the rows gave them: looked up per unit
    # instead of scanning every unit's for each (units² at national scale).
    keys_of: dict[str, list[tuple[str, str]]] = {}
    for k in first:
        keys_of.setdefault(k[0], []).append(k)
    new_of: dict[str, dict[str, int]] = {}
    for (u, p), n in new.items():
        new_of.setdefault(u, {})[p] = n
    out: dict[str, tuple[float, str]] = {}
    for unit in registry.upts:
        if unit.id not in wanted:
            continue
        keys = [k for k in keys_of.get(unit.id, ()) if last[k][0] > first_day[k]]
        start = sum(first[k] for k in keys)
        if keys and start > 0:
            out[unit.id] = ((sum(last[k][1] for k in keys) - start) / start * 100, "followers")
            continue
        basis = "new_followers"
        gained = _gained(unit.accounts, new_of.get(unit.id, {}))
        if not gained and unit.id in acc:
            basis, gained = "post_follows_floor", _gained(unit.accounts, acc[unit.id].follows)
        base = sum(f for _, f in gained)
        if gained and base > 0:
            out[unit.id] = (sum(n for n, _ in gained) / base * 100, basis)
    return out


def _gained(accounts: Any, new: dict[str, int]) -> list[tuple[int, int]]:
    """(new followers, registry followers) of each platform with both."""
    return [
        (n, accounts[p].followers)
        for p, n in sorted(new.items())
        if p in accounts and accounts[p].followers > 0
    ]


def _plan_adherence(
    conn: sqlite3.Connection,
    period: Period,
    plans: Sequence[WeekPlan],
    wanted: set[str],
    cover: _Covered,
) -> dict[str, tuple[int, int]]:
    """Per unit (planned slots on covered days of their platform, slots matched by a post)."""
    slots: dict[str, list[Slot]] = {}
    seen: set[tuple[str, str, str, str, str]] = set()
    for plan in plans:
        for up in plan.upts:
            if up.id not in wanted:
                continue
            spans = cover.posts.get(up.id, {})
            for s in up.slots:
                key = (up.id, s.date.isoformat(), s.time, s.platform, s.idea_id)
                inside = any(a <= s.date <= b for a, b in spans.get(s.platform, ()))
                if inside and period.start <= s.date <= period.end and key not in seen:
                    seen.add(key)
                    slots.setdefault(up.id, []).append(s)
    if not slots:
        return {}
    lo = (period.start - dt.timedelta(days=1)).isoformat()
    hi = (period.end + dt.timedelta(days=1)).isoformat()
    # Only the slots' platforms can match a slot; naming them lets the period index, led by
    # (upt, platform, local_date), give each unit's platform's days as one stretch.
    # (a plan file's platform is any text: bound, not quoted inline)
    platforms = sorted({s.platform for unit_slots in slots.values() for s in unit_slots})
    posts: dict[str, list[tuple[str, dt.date, str | None, str | None, str]]] = {}
    for unit, platform, day, idea, pillar, post_id in conn.execute(
        "SELECT upt, platform, local_date, idea_id, pillar, post_id FROM post"
        f" WHERE upt IN {_in(slots)} AND platform IN ({','.join('?' * len(platforms))})"
        " AND local_date BETWEEN ? AND ?"
        " ORDER BY upt, local_date, published_at, platform, post_id",
        [*platforms, lo, hi],
    ):
        posts.setdefault(unit, []).append(
            (platform, dt.date.fromisoformat(day), idea, pillar, post_id)
        )
    return {
        unit_id: _match_slots(unit_slots, posts.get(unit_id, []))
        for unit_id, unit_slots in slots.items()
    }


def _match_slots(
    unit_slots: list[Slot], candidates: list[tuple[str, dt.date, str | None, str | None, str]]
) -> tuple[int, int]:
    """(slots, slots matched): first by idea, then by pillar, each post matching one slot."""
    ordered = sorted(unit_slots, key=lambda s: (s.date, s.time, s.platform, s.idea_id))
    used: set[int] = set()
    matched: set[int] = set()
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
    return len(ordered), len(matched)
