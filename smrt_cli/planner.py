"""The weekly planner: a pure function from registry, week, history and holidays to a WeekPlan."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from .calendar import Week, event_window, is_joint_leave, sort_events
from .catalogue import t
from .i18n import PLATFORM_NAMES, lift_text, short_date
from .learning import Learned, LearnedTime, UnitLearning
from .models import (
    PLATFORMS,
    RICH_FORMATS,
    WEEKDAY_NAMES,
    Idea,
    PostingPolicy,
    Registry,
    Upt,
    localize,
)
from .plans import PlanEvent, ReadyIdea, Shortfall, Slot, UptPlan, WeekPlan

# Formats each platform can carry; an idea's first format the platform takes is used.
PLATFORM_FORMATS: dict[str, frozenset[str]] = {
    "facebook": frozenset(
        ("photo", "carousel", "reel", "video", "story", "text", "infographic", "live")
    ),
    "instagram": frozenset(("photo", "carousel", "reel", "video", "story", "infographic", "live")),
    "x": frozenset(("text", "photo", "infographic", "video", "carousel")),
    "youtube": frozenset(("video", "live", "reel")),
    "tiktok": frozenset(("reel", "video", "live", "carousel", "photo")),
}


# Score weights. Events lead, then cross-posting (the small team's friend), then the pillar
# mix; rotation, format and cost order ideas within a pillar.
EVENT_BONUS = 40.0
CROSS_POST_BONUS = 6.0
UNIT_DEFICIT_WEIGHT = 4.0
REGION_DEFICIT_WEIGHT = 2.0
ROTATION_CAP = 12  # weeks; anything unused longer (or never) is equally fresh
COST_WEIGHT = 0.25
# With hours to spare, a richer format and an item sized to the hours the unit can give each
# remaining production are worth most of a pillar step, never an event or a cross-post.
RICH_BONUS = 3.0
FIT_WEIGHT = 2.0
# Beyond what the reserve for later slots allows, cheaper is all that counts.
OVER_WEIGHT = 10.0
EPS = 1e-9
# Of two greetings for one holiday, the one written for it (a Christmas card linked to Nataru)
# before the all-purpose one; only one of them is posted.
SPECIFIC_GREETING_BONUS = 0.1
# Learning from the region's results (issue 13). A lift of 2 (the cap) is worth half a
# pillar step for an idea or a format and for a pillar: enough to choose between ideas the
# mix finds equal, never enough to override an event, a cross-post or a real deficit.
IDEA_LIFT_WEIGHT = 2.0
FORMAT_LIFT_WEIGHT = 1.0
PILLAR_LIFT_WEIGHT = 2.0
# A preferred pillar may run ahead of its share of the unit's week by at most this many items.
MIX_TOLERANCE = 1.0
# An idea the last evaluation recommended to the unit goes first where it fits: above the
# pillar mix and rotation, below an event of the week.
RECOMMENDED_BONUS = 20.0
# An idea that fell below the unit's median twice in a row rests this many times its cooldown.
REST_FACTOR = 2


@dataclass(frozen=True)
class _Idea:
    """An idea with what the planner needs precomputed for the week."""

    idea: Idea
    title: str
    platforms: frozenset[str]
    formats: dict[str, str]  # platform -> format used there
    event_id: str | None  # the week's event it belongs to, if any
    window: tuple[dt.date, dt.date] | None  # days it may go out (an event's)
    event_day: dt.date | None  # a commemoration's day; None for campaign periods
    event_reason: str
    rich: dict[str, bool]  # platform -> the format used there counts as format variety
    requires: frozenset[str]  # capabilities its production needs
    greeting: bool = False  # a holiday idea that goes on the holiday itself
    specific: bool = False  # a greeting linked to one of the week's events, not all-purpose
    # The only days its production may go out (on-site work, a time of the month); None: any.
    only_days: frozenset[dt.date] | None = None
    # On-site work: its production goes out at a posting time within these office hours.
    office: tuple[str, str] | None = None


@dataclass(frozen=True)
class _Pool:
    """One pillar's ideas for one platform: event ideas, then the rest by (effort, rich)."""

    events: list[_Idea]
    buckets: dict[tuple[float, bool], list[_Idea]]  # ideas in id order


@dataclass(frozen=True)
class _Table:
    """What units of one profile can make, per platform and pillar."""

    pools: dict[str, dict[str, _Pool]]  # platform -> pillar -> pool
    event_pillars: dict[str, list[str]]  # platform -> pillars with event ideas, sorted
    keys: dict[str, list[tuple[float, bool]]]  # platform -> every (effort, rich), cheapest first
    min_effort: float  # the cheapest item outside events: below it no slot has hours to spare


class _Budget(NamedTuple):
    """What one slot may spend: the rest is kept for the unit's later target slots."""

    afford: float  # hours this slot may take and still leave the reserve
    per_item: float  # hours per remaining production if spread evenly
    slack: bool  # more than the cheapest item fits: richer content is worth choosing


@dataclass
class _Unit:
    """Running state of one unit while its slots are filled."""

    upt: Upt
    remaining: float
    slots: list[Slot] = field(default_factory=list)
    produced: dict[str, Slot] = field(default_factory=dict)  # idea id -> production slot
    used: set[tuple[str, str]] = field(default_factory=set)  # (idea, platform)
    pillar_counts: dict[str, int] = field(default_factory=dict)
    day_counts: dict[dt.date, int] = field(default_factory=dict)
    day_platform: dict[tuple[dt.date, str], list[str]] = field(default_factory=dict)
    platform_posts: dict[str, int] = field(default_factory=dict)  # platform -> slots so far
    # platform -> items made this week that could still be cross-posted there
    crossable: dict[str, int] = field(default_factory=dict)
    event_counts: dict[str, int] = field(default_factory=dict)
    member_hours: list[float] = field(default_factory=list)  # hours booked per member
    member_caps: list[frozenset[str]] = field(default_factory=list)
    member_days: list[frozenset[int] | None] = field(default_factory=list)  # None: any day
    maker: dict[str, int] = field(default_factory=dict)  # idea id -> member who produced it
    any_day: bool = True  # no member keeps to certain days
    # Days the unit's policy keeps free of scheduled posts (weekends, days off), except for the
    # campaigns in `every_day` that need a daily presence (Nataru posko updates).
    closed: frozenset[dt.date] = frozenset()
    every_day: frozenset[str] = frozenset()
    # No working day carries more than the unit's even share plus one, except `exempt` days
    # (event days, days off, the weekend).
    day_limit: int = 1_000_000
    latest: str = "23:59"  # the latest posting time the unit's policy allows
    exempt: frozenset[dt.date] = frozenset()
    lang: str = "id"
    greeted: dict[str, str] = field(default_factory=dict)  # holiday id -> greeting idea made
    learn: _Learn | None = None  # what the region's results teach this unit; None: nothing


@dataclass
class _Choice:
    idea: _Idea
    day: dt.date
    cost: float
    adaptation: bool
    score: float
    reason: str
    unit_deficit: float = 0.0
    rotation: int = 0
    member: int = 0  # the team member who does it


@dataclass(frozen=True)
class _Learn:
    """One unit's learning (issue 13), indexed for the slot loop; see `_unit_learn`."""

    zone: str
    times: dict[tuple[str, int], LearnedTime]  # (platform, weekday) -> the best time there
    days: dict[str, frozenset[int]]  # platform -> weekdays holding a best time
    pillars: dict[str, float]  # pillar -> lift above the median
    ideas: dict[str, float]  # idea -> lift above the median
    formats: dict[str, float]  # format -> lift above the median
    resting: dict[str, dt.date]  # idea -> Monday of the last of two weak weeks
    recommended: tuple[str, ...]  # ideas the last evaluation named, in its order
    recommended_reason: str
    lang: str
    max_bonus: float  # the most `bonus` can give any idea: the search's bounds allow for it

    def bonus(self, idea_id: str, fmt: str) -> float:
        """What a measured lift adds to an idea's score in a slot of this format."""
        value = 0.0
        lift = self.ideas.get(idea_id)
        if lift is not None:
            value += IDEA_LIFT_WEIGHT * (lift - 1.0)
        lift = self.formats.get(fmt)
        if lift is not None:
            value += FORMAT_LIFT_WEIGHT * (lift - 1.0)
        return value


_IDEA_ID = attrgetter("idea.id")


def _event_order(item: _Idea) -> tuple[float, str]:
    return item.idea.effort_hours, item.idea.id


def _in_season(idea: Idea, week: Week) -> bool:
    if idea.season is None:
        return True
    lo, hi = idea.season.from_, idea.season.to
    for day in week.days:
        md = f"{day.month:02d}-{day.day:02d}"
        inside = lo <= md <= hi if lo <= hi else (md >= lo or md <= hi)
        if inside:
            return True
    return False


def _format_for(idea: Idea, platform: str) -> str | None:
    """The idea's first format the platform can carry; None when it can carry none of them."""
    allowed = PLATFORM_FORMATS.get(platform, frozenset())
    return next((fmt for fmt in idea.formats if fmt in allowed), None)


def _cooling(idea: Idea, last: dt.date | None, week: Week) -> bool:
    """Whether the unit used `idea` within its cooldown_weeks before `week`.

    cooldown_weeks N means no idea again for a unit within N weeks: planned in week W, it is
    blocked through W+N and free again from W+N+1. So 1 keeps it out of the next week, 4 used
    in W45 frees it in W50, and 0 only keeps it from repeating on a platform within the week.
    """
    return last is not None and (week.start - last).days // 7 <= idea.cooldown_weeks


def _last_use(
    history: Sequence[WeekPlan], used: Mapping[tuple[str, str], dt.date], week: Week
) -> dict[tuple[str, str], dt.date]:
    """(unit, idea) -> Monday of the latest earlier week that planned it."""
    last: dict[tuple[str, str], dt.date] = {}
    for key, monday in used.items():
        if monday < week.start and (key not in last or last[key] < monday):
            last[key] = monday
    for plan in history:
        if plan.start >= week.start:
            continue  # only weeks before the planned one are history
        for unit in plan.upts:
            for slot in unit.slots:
                key = (unit.id, slot.idea_id)
                if key not in last or last[key] < plan.start:
                    last[key] = plan.start
    return last


def plan_week(
    registry: Registry,
    week: Week,
    *,
    history: Sequence[WeekPlan] = (),
    used: Mapping[tuple[str, str], dt.date] | None = None,
    upt_ids: Sequence[str] | None = None,
    lang: str | None = None,
    holidays: Sequence[PlanEvent] = (),
    others: Sequence[UptPlan] = (),
    learned: Learned | None = None,
) -> WeekPlan:
    """Plan every selected unit's posts for `week`; deterministic, no I/O, no clock.

    History is earlier weeks' plans, or just `used`: (unit id, idea id) -> the Monday of the
    latest week that planned it, which is all the planner reads from them. `others` are this
    week's plans of units not being planned, kept as they are: their slots count toward the
    region's pillar mix and the per-day limit on one idea; they are not in the result.
    `learned` is what the region's results teach (best times, lifts, the last evaluation's
    recommendations); without it the plan comes from the registry alone.
    """
    language = lang or registry.settings.language
    settings = registry.settings
    start, end = week.start, week.end
    days = week.days
    workdays = days[:5]

    holiday_list = [h for h in holidays if start <= h.date <= end]
    day_off = {h.date for h in holiday_list if h.day_off}
    open_workdays = [d for d in workdays if d not in day_off]
    days_off = sorted((h for h in holiday_list if h.day_off), key=lambda h: (h.date, h.id))
    events_by_id = {e.id: e for e in registry.events}
    public_pillar = {p.id: p.public_service for p in registry.pillars}
    week_event_ids: dict[str, tuple[dt.date, dt.date]] = {}
    plan_events: list[PlanEvent] = list(holiday_list)
    for event in registry.events:
        window = event_window(event, start, end)
        if window is None:
            continue
        week_event_ids[event.id] = window
        plan_events.append(
            PlanEvent(
                date=window[0],
                id=event.id,
                name=localize(event.name, language),
                kind=event.kind,
                # a period keeps its length; without it only its first day in the week remained
                end=window[1] if event.start is not None and event.end is not None else None,
            )
        )

    office_open, office_close, office_days = office_hours(registry)
    # days the week's commemorations and holidays fall on: exempt from the even spread
    event_days = frozenset(e.date for e in plan_events if e.kind != "campaign")
    on_site_days = frozenset(d for d in open_workdays if d.weekday() in office_days)

    # --- the week's usable ideas, once ------------------------------------------------------
    ideas: list[_Idea] = []
    reactive: list[Idea] = []
    for idea in sorted(registry.ideas, key=lambda i: i.id):
        if idea.trigger == "reactive":
            # it answers what happens (a hoax, an accident): never invented in advance
            reactive.append(idea)
            continue
        if not _in_season(idea, week):
            continue
        only_days = _idea_days(idea, days, on_site_days)
        if only_days is not None and not only_days:
            continue  # not its time of the month, or no working day this week
        linked = [e for e in idea.events if e in week_event_ids]
        if idea.events and not linked:
            continue  # an event idea outside its event's week would be out of place
        event_id = linked[0] if linked else None
        window = week_event_ids[event_id] if event_id else None
        event_day = None
        reason = ""
        greeting = False
        if idea.holidays:
            # A holiday idea linked to events (a Christmas card linked to the Nataru campaign)
            # is for a day off within their days: without one, a greeting would go out during
            # the campaign's first week, days before its holiday.
            offs = days_off
            if linked:
                spans = [week_event_ids[e] for e in linked]
                offs = [h for h in days_off if any(lo <= h.date <= hi for lo, hi in spans)]
            holiday = _main_holiday(offs)
            if holiday is None:
                continue  # a holiday greeting in an ordinary week would be out of place
            # Treated as the holiday's event: on the day (or before), exempt from the variety
            # limit, since the same greeting from every unit is the point.
            event_id = holiday.id
            event_day = holiday.date
            if public_pillar.get(idea.pillar, False):
                # what the public must know (service hours) goes out before the days off start,
                # a greeting on the day itself
                before = [d for d in workdays if d < offs[0].date and d not in day_off]
                if before:
                    event_day = before[-1]
            else:
                greeting = True
            window = (start, event_day)
            reason = f"{holiday.name} ({short_date(holiday.date, language)})"
        elif event_id is not None and window is not None:
            ev = events_by_id[event_id]
            name = localize(ev.name, language)
            if ev.kind == "campaign":
                reason = t("plan.reason.campaign", language, name=name)
            else:
                event_day = window[0]
                reason = f"{name} ({short_date(event_day, language)})"
        # An idea goes only where one of its formats fits: a text-only idea listed for
        # Instagram would otherwise be planned as an Instagram "text" post nobody can publish.
        formats: dict[str, str] = {}
        for where in idea.platforms:
            fmt = _format_for(idea, where)
            if fmt is not None:
                formats[where] = fmt
        if not formats:
            continue
        ideas.append(
            _Idea(
                idea=idea,
                title=localize(idea.title, language),
                platforms=frozenset(formats),
                formats=formats,
                event_id=event_id,
                window=window,
                event_day=event_day,
                event_reason=reason,
                rich={p: f in RICH_FORMATS for p, f in formats.items()},
                requires=frozenset(idea.requires),
                greeting=greeting,
                specific=greeting and bool(linked),
                only_days=only_days,
                office=(office_open, office_close) if idea.on_site else None,
            )
        )

    by_id = {item.idea.id: item for item in ideas}
    selected = (
        list(registry.upts)
        if upt_ids is None
        else [u for u in registry.upts if u.id in set(upt_ids)]
    )
    pillar_ids = [p.id for p in registry.pillars]
    shares = {p.id: p.target_share / 100.0 for p in registry.pillars}
    last_use = _last_use(history, used or {}, week)
    planning = {u.id for u in selected}
    kept = [u for u in others if u.id not in planning]
    # A unit re-planned alone is still one of the region: the limits are the region's.
    n_units = len(selected) + len(kept)
    variety_limit = max(1, n_units // 3)
    region_day_idea: dict[tuple[dt.date, str], set[str]] = {}
    region_pillars: dict[str, int] = dict.fromkeys(pillar_ids, 0)
    region_total = 0
    for other in kept:
        for kept_slot in other.slots:
            region_pillars[kept_slot.pillar] = region_pillars.get(kept_slot.pillar, 0) + 1
            region_total += 1
            kept_item = by_id.get(kept_slot.idea_id)
            if kept_item is None or kept_item.event_id is None:  # as for planned slots below
                region_day_idea.setdefault((kept_slot.date, kept_slot.idea_id), set()).add(other.id)
    light = settings.light_item_hours
    # Sorted and unique: a time listed twice would let two posts of one platform share it, and
    # "a later time the same day" needs them in order.
    posting_times: dict[str, list[str]] = {
        str(p): sorted(set(t)) for p, t in settings.posting_times.items()
    }
    adaptation = settings.adaptation_hours

    # Units with the same type and capabilities can make the same ideas: index them once.
    by_signature: dict[tuple[str, frozenset[str]], _Table] = {}
    # Event ideas first, then cheaper, then by id: each pool keeps this order.
    ranked = sorted(ideas, key=lambda i: (i.event_id is None, i.idea.effort_hours, i.idea.id))
    # Ideas needing the same capabilities and unit types stand or fall together.
    Need = tuple[frozenset[str], tuple[str, ...] | None]
    needs: dict[Need, Idea] = {}
    need_min: dict[Need, float] = {}  # cheapest idea outside events, per need
    # Where each need's ideas go in a profile's table, worked out once: (platform, pillar,
    # bucket) -> ideas, the bucket None for event ideas.
    PoolKey = tuple[str, str, tuple[float, bool] | None]
    grouped: dict[Need, dict[PoolKey, list[_Idea]]] = {}
    for item in ranked:
        idea_ = item.idea
        types = tuple(sorted(idea_.upt_types)) if idea_.upt_types is not None else None
        need: Need = (frozenset(idea_.requires), types)
        needs.setdefault(need, idea_)
        if item.event_id is None:
            need_min[need] = min(need_min.get(need, math.inf), idea_.effort_hours)
        groups = grouped.setdefault(need, {})
        for platform in item.platforms:
            bucket = (
                None if item.event_id is not None else (idea_.effort_hours, item.rich[platform])
            )
            groups.setdefault((platform, idea_.pillar, bucket), []).append(item)

    def candidates(upt: Upt) -> _Table:
        sig = (upt.type, frozenset(upt.capabilities))
        if sig not in by_signature:
            fitting = [need for need, example in needs.items() if upt.can_produce(example)]
            flat: dict[PoolKey, list[_Idea]] = {}
            for need in fitting:
                for entry, items in grouped[need].items():
                    found = flat.get(entry)
                    if found is None:
                        flat[entry] = list(items)
                    else:
                        found.extend(items)
            pools: dict[str, dict[str, _Pool]] = {}
            keys: dict[str, set[tuple[float, bool]]] = {}
            for (platform, pillar, bucket), items in flat.items():
                per_pillar = pools.setdefault(platform, {})
                pool = per_pillar.get(pillar)
                if pool is None:
                    pool = per_pillar[pillar] = _Pool([], {})
                if bucket is None:
                    pool.events.extend(items)
                else:
                    if len(fitting) > 1:
                        items.sort(key=_IDEA_ID)  # needs came in turn: back to id order
                    pool.buckets[bucket] = items
                    keys.setdefault(platform, set()).add(bucket)
            for per_pillar in pools.values():
                for pool in per_pillar.values():
                    pool.events.sort(key=_event_order)
            cheapest = min((need_min[n] for n in fitting if n in need_min), default=0.0)
            by_signature[sig] = _Table(
                pools=pools,
                event_pillars={
                    p: sorted(pillar for pillar, pool in per.items() if pool.events)
                    for p, per in pools.items()
                },
                keys={p: sorted(k) for p, k in keys.items()},
                min_effort=cheapest,
            )
        return by_signature[sig]

    skill_names = {c.id: localize(c.name, language) for c in settings.capabilities}
    upt_plans: list[UptPlan] = []
    for upt in selected:
        state = _Unit(
            upt=upt,
            remaining=upt.capacity_hours,
            member_hours=[0.0] * len(upt.team),
            member_caps=[
                frozenset(upt.capabilities if m.capabilities is None else m.capabilities)
                for m in upt.team
            ],
            member_days=[
                None if m.days is None else frozenset(WEEKDAY_NAMES.index(d) for d in m.days)
                for m in upt.team
            ],
            any_day=all(m.days is None for m in upt.team),
            lang=language,
        )
        tz = registry.upt_timezone(upt)
        if learned is not None:
            state.learn = _unit_learn(learned.unit(upt.id), learned, tz, language)
        table = candidates(upt)
        targets: dict[str, int] = {str(p): n for p, n in upt.targets.items() if n > 0}
        policy = upt.posting_policy or settings.posting_policy
        _apply_policy(state, policy, days, day_off, event_days, sum(targets.values()))
        state.latest = "23:59" if policy.evenings else office_close
        unit_times = {
            p: t if policy.evenings else [x for x in t if x <= office_close]
            for p, t in posting_times.items()
        }
        # Round-robin over platforms so no platform eats the capacity before the others start.
        order: list[str] = []
        for k in range(max(targets.values(), default=0)):
            order.extend(p for p in PLATFORMS if targets.get(p, 0) > k)
        # The unit's even share of a day: what one day may carry of a campaign's items.
        day_cap = max(1, math.ceil(sum(targets.values()) / max(1, len(open_workdays))))
        placed: dict[str, int] = dict.fromkeys(targets, 0)
        left: dict[str, int] = dict(targets)  # target slots not yet tried, per platform
        missing_reason: dict[str, str] = {}
        attempts: dict[str, int] = {}
        reserve_pool = _reserve_pool(table, targets, upt.id, last_use, week, state.learn)

        for platform in targets:
            if posting_times.get(platform) and not unit_times.get(platform):
                # every posting time is in the evening, and the unit posts none then
                missing_reason[platform] = t("plan.short.evening", language)
                left[platform] = 0
        order = [p for p in order if p not in missing_reason]

        for platform in order:
            times = unit_times.get(platform) or ["09:00"]
            prefer = _even_day(workdays, attempts.get(platform, 0), targets[platform])
            attempts[platform] = attempts.get(platform, 0) + 1
            left[platform] -= 1
            choice, why_not, skill = _choose(
                state,
                platform,
                table.pools.get(platform, {}),
                table.event_pillars.get(platform, []),
                table.keys.get(platform, []),
                _budget(state, left, reserve_pool, table.min_effort, adaptation),
                times,
                by_id,
                prefer,
                workdays,
                days,
                day_off,
                light,
                adaptation,
                shares,
                pillar_ids,
                region_pillars,
                region_total,
                n_units,
                last_use,
                week,
                region_day_idea,
                variety_limit,
                day_cap,
                language,
            )
            if choice is None:
                missing_reason.setdefault(
                    platform,
                    t(f"plan.{why_not}", language, skill=skill_names.get(skill, skill)),
                )
                continue
            slot = _place(state, platform, choice, times)
            placed[platform] += 1
            region_pillars[slot.pillar] = region_pillars.get(slot.pillar, 0) + 1
            region_total += 1
            if choice.idea.event_id is None:
                region_day_idea.setdefault((slot.date, slot.idea_id), set()).add(upt.id)

        shortfalls = [
            Shortfall(platform=p, missing=targets[p] - placed[p], reason=missing_reason[p])
            for p in PLATFORMS
            if p in targets and placed[p] < targets[p]
        ]
        platform_rank: dict[str, int] = {str(p): i for i, p in enumerate(PLATFORMS)}
        slots = sorted(
            state.slots,
            key=lambda s: (s.date, s.time, platform_rank.get(s.platform, 9), s.idea_id),
        )
        upt_plans.append(
            UptPlan(
                id=upt.id,
                name=localize(upt.name, language),
                timezone=tz,
                capacity_hours=upt.capacity_hours,
                planned_hours=round(sum(s.effort_hours for s in slots), 2),
                slots=slots,
                shortfalls=shortfalls,
                ready=[
                    ReadyIdea(idea_id=i.id, title=localize(i.title, language), pillar=i.pillar)
                    for i in reactive
                    if upt.can_produce(i)
                ],
            )
        )

    return WeekPlan(
        week=week.label,
        start=start,
        end=end,
        language=language,
        events=sort_events(plan_events),
        upts=upt_plans,
    )


def office_hours(registry: Registry) -> tuple[str, str, frozenset[int]]:
    """Opening and closing time and open weekdays (0 = Monday) of the region's offices."""
    hours = registry.settings.office_hours
    return hours.open, hours.close, frozenset(WEEKDAY_NAMES.index(d) for d in hours.days)


def _idea_days(
    idea: Idea, days: Sequence[dt.date], on_site_days: frozenset[dt.date]
) -> frozenset[dt.date] | None:
    """The days of the week the idea's production may go out; None when any day will do."""
    if idea.timing == "any" and not idea.on_site:
        return None
    allowed = frozenset(days) if not idea.on_site else on_site_days
    if idea.timing == "month_start":
        allowed = frozenset(d for d in allowed if d.day <= 7)
    elif idea.timing == "month_end":
        # the month's last seven days: the day a week later is in the next month
        allowed = frozenset(d for d in allowed if (d + dt.timedelta(days=7)).month != d.month)
    return allowed


def _apply_policy(
    state: _Unit,
    policy: PostingPolicy,
    days: Sequence[dt.date],
    day_off: set[dt.date],
    event_days: frozenset[dt.date],
    total: int,
) -> None:
    """The unit's closed days, daily-presence campaigns and the most a working day carries."""
    off_days = frozenset(days[5:]) | frozenset(day_off)
    state.closed = frozenset() if policy.weekends else off_days
    state.every_day = frozenset(policy.daily_presence)
    open_days = [d for d in days[:5] if d not in day_off]
    # its even share plus one: floor(share) + 1 days hold every item, whatever the share
    state.day_limit = total // max(1, len(open_days)) + 1
    state.exempt = event_days | off_days


def _office_times(times: list[str], office: tuple[str, str] | None) -> list[str]:
    """The posting times within office hours (all of them when there are none to keep)."""
    if office is None:
        return times
    return [t for t in times if office[0] <= t <= office[1]]


def _main_holiday(days_off: Sequence[PlanEvent]) -> PlanEvent | None:
    """The day a holiday idea goes with: the first public holiday, else the first joint leave
    (a joint-leave day is attached to a holiday, and the greeting is for the holiday)."""
    return next((h for h in days_off if not is_joint_leave(h.name)), None) or next(
        iter(days_off), None
    )


def _spread_day(
    state: _Unit,
    platform: str,
    workdays: list[dt.date],
    day_off: set[dt.date],
    n_times: int,
    prefer: dt.date | None = None,
) -> dt.date | None:
    """The day with the fewest of this platform's posts, then the fewest posts overall, then
    nearest the day an even spread of the platform's posts would give; None when every one of
    the days has all of the platform's `n_times` posting times taken."""
    # a plain loop: this runs for most candidate ideas, and a key function per day costs more
    day_platform, day_counts = state.day_platform, state.day_counts
    # a weekday holding the unit's best time for the platform comes first (learning only)
    best_days = state.learn.days.get(platform) if state.learn is not None else None
    limit, exempt = state.day_limit, state.exempt
    best_key: tuple[int, int, int, int, dt.date] | None = None
    for d in workdays:
        on_platform = len(day_platform.get((d, platform), ()))
        if on_platform >= n_times:
            continue  # a second post at a time already taken would collide with the first
        if day_counts.get(d, 0) >= limit and d not in exempt:
            continue  # the day has its even share plus one
        key = (
            on_platform,
            0 if best_days is None or d.weekday() in best_days else 1,
            day_counts.get(d, 0) + (1 if d in day_off else 0),
            abs((d - prefer).days) if prefer is not None else 0,
            d,
        )
        if best_key is None or key < best_key:
            best_key = key
    return None if best_key is None else best_key[4]


def _has_time(state: _Unit, platform: str, day: dt.date, times: list[str], after: str) -> bool:
    """Whether the platform has a posting time left on `day` later than `after` ("" for any)."""
    taken = state.day_platform.get((day, platform))
    if not taken:
        return times[-1] > after
    return any(t > after and t not in taken for t in times)


def _even_day(workdays: list[dt.date], k: int, n: int) -> dt.date:
    """Where the k-th of n weekly posts of a platform falls when spread evenly over the workdays:
    1 post on Wednesday, 2 on Tuesday and Thursday, 3 on Monday, Wednesday and Friday."""
    index = math.floor((k + 0.5) * len(workdays) / n)
    return workdays[min(index, len(workdays) - 1)]


def _allowed(
    day: dt.date,
    effort: float,
    day_off: set[dt.date],
    light: float,
    closed: frozenset[dt.date] = frozenset(),
) -> bool:
    return day not in closed and (day not in day_off or effort <= light + EPS)


def _reserve_pool(
    table: _Table,
    targets: Mapping[str, int],
    upt_id: str,
    last_use: Mapping[tuple[str, str], dt.date],
    week: Week,
    learn: _Learn | None = None,
) -> list[tuple[float, str, _Idea]]:
    """The ideas outside events the unit can make this week, cheapest first, for `_budget`.

    An idea in its cooldown cannot fill a later slot, so it holds no hours for one. Per
    platform only the cheapest are kept, as many as `_budget` can ever reach: the platform's
    target (the most fresh productions its later slots need) plus the unit's slots of the week
    (each slot's production takes at most one of them away).
    """
    total = sum(targets.values())
    found: dict[str, tuple[float, str, _Idea]] = {}
    for platform, target in targets.items():
        want = target + total
        pools = table.pools.get(platform, {}).values()
        for key in table.keys.get(platform, ()):
            for pool in pools:
                for item in pool.buckets.get(key, ()):
                    idea = item.idea
                    if _cooling(idea, last_use.get((upt_id, idea.id)), week) or _resting(
                        learn, idea, week
                    ):
                        continue
                    found[idea.id] = (idea.effort_hours, idea.id, item)
                    want -= 1
                    if not want:
                        break
                if not want:
                    break
            if not want:
                break
    return sorted(found.values())  # ids are unique: the ideas themselves are never compared


def _budget(
    state: _Unit,
    left: Mapping[str, int],
    pool: Sequence[tuple[float, str, _Idea]],
    min_effort: float,
    adaptation: float,
) -> _Budget:
    """What this slot may spend while the unit's later target slots keep their cheapest cost.

    Each later slot costs at least an adaptation. A platform needs a fresh production for every
    later slot that no item already made this week can still be cross-posted to, and only an
    idea the unit can still make for that platform (not in its cooldown, not made this week)
    can be it: the cheapest of those are taken in turn, each counting once for every platform
    that still needs one, so one production cross-posted elsewhere is reserved once. The
    cheapest idea overall would be too little when it is in its cooldown or cannot go on the
    platform, and a later slot would find nothing it can afford. A slot no idea is left for
    keeps an adaptation's hours, for an event idea that may still take it.
    """
    later = 0
    busiest = 0
    need: dict[str, int] = {}
    crossable = state.crossable
    for platform, n in left.items():
        if n <= 0:
            continue
        later += n
        fresh = n - crossable.get(platform, 0)
        if fresh > 0:
            need[platform] = fresh
            busiest = max(busiest, fresh)
    productions = 0
    hours = 0.0
    open_platforms = len(need)
    if open_platforms:
        produced = state.produced
        for effort, idea_id, item in pool:
            if idea_id in produced:
                continue
            useful = False
            for platform in item.platforms:
                k = need.get(platform, 0)
                if k > 0:
                    need[platform] = k - 1
                    useful = True
                    if k == 1:
                        open_platforms -= 1
            if useful:
                productions += 1
                hours += effort
                if not open_platforms:
                    break
    afford = state.remaining - hours - (later - productions) * adaptation
    # The size an item is fitted to stays the busiest platform's even share: the count above
    # assumes the cheapest ideas, which cross-post less than the richer items chosen in the
    # end, and fitting to it made plans smaller and plainer without filling more slots.
    adaptations = later - busiest
    per_item = (state.remaining - adaptations * adaptation) / (busiest + 1)
    return _Budget(afford, per_item, afford > min_effort + EPS)


def _first_day_after(made: Slot, times: list[str]) -> dt.date:
    """The first day a cross-post of `made` can go out strictly after it on another platform."""
    if any(t > made.time for t in times):
        return made.date
    return made.date + dt.timedelta(days=1)


def _event_day(
    item: _Idea,
    effort: float,
    state: _Unit,
    platform: str,
    workdays: list[dt.date],
    days: list[dt.date],
    day_off: set[dt.date],
    light: float,
    not_before: dt.date,
    times: list[str],
    made: Slot | None,
    day_cap: int,
    closed: frozenset[dt.date] = frozenset(),
) -> tuple[dt.date | None, str]:
    """On the event's day, or the latest allowed day before it; a campaign within its days.

    Only days where the platform still has a posting time (for a cross-post on the day of its
    production, a time after it) count. A campaign's items go on its workdays (its other days
    only when it has no workday the item may go on), and no more of them on one day than
    `day_cap`, the unit's even share of a day: a campaign that opens on a Friday would
    otherwise take the whole week's slots onto that Friday, since the event bonus outbids
    every ordinary idea, and leave the other workdays empty. The day is None when there is
    none, with why: "holiday", "times" (no free posting time) or "full" (the share is used).
    A campaign that needs a daily presence (the unit's policy) goes on any of its days alike;
    `closed` days (the unit's weekends and days off, by its policy) take nothing.
    """
    if item.window is None:
        return None, "holiday"

    def has_time(day: dt.date) -> bool:
        after = made.time if made is not None and made.date == day else ""
        return _has_time(state, platform, day, times, after)

    lo, hi = item.window
    lo = max(lo, not_before)
    if item.event_day is not None:
        # the day is the point (a commemoration, a holiday): no share applies
        day = item.event_day
        why = "holiday"
        while day >= not_before:
            full = state.day_counts.get(day, 0) >= state.day_limit and day not in state.exempt
            if _allowed(day, effort, day_off, light, closed) and not full:
                if has_time(day):
                    return day, ""
                why = "times"
            day -= dt.timedelta(days=1)
        return None, why
    every_day = item.event_id in state.every_day
    options = [
        d
        for d in (days if every_day else workdays)
        if lo <= d <= hi and _allowed(d, effort, day_off, light, closed)
    ]
    if not options:
        options = [d for d in days if lo <= d <= hi and _allowed(d, effort, day_off, light, closed)]
    if not options:
        return None, "holiday"
    options = [d for d in options if has_time(d)]
    if not options:
        return None, "times"
    day_counts = state.day_counts
    options = [d for d in options if day_counts.get(d, 0) < day_cap]
    if not options:
        return None, "full"
    if every_day:
        # a daily presence: the day with the fewest of the unit's posts first, a weekend day
        # before a workday, so the campaign's weekends are not left empty as the workdays fill
        return min(options, key=lambda d: (day_counts.get(d, 0), d in workdays, d)), ""
    # every option has a free time: the spread cannot come back empty
    return _spread_day(state, platform, options, set(), len(times)), ""


def _member_for(
    state: _Unit, requires: frozenset[str], cost: float, day: dt.date, prefer: int
) -> int:
    """The member to do an item: has every capability it needs, works that day and has the
    hours left; `prefer` (the production's maker, for a cross-post) when they can, else the
    one with the most hours free. -1 when none can, -2 when no member has the capabilities."""
    best, best_free, skilled = -1, -math.inf, False
    hours = state.member_hours
    weekday = day.weekday()
    for i, caps in enumerate(state.member_caps):
        if not requires <= caps:
            continue
        skilled = True
        days = state.member_days[i]
        if days is not None and weekday not in days:
            continue
        if day in state.upt.team[i].unavailable:
            continue  # on leave
        free = state.upt.team[i].hours_per_week - hours[i]
        if free + EPS < cost:
            continue
        if i == prefer:
            return i
        if free > best_free + EPS:
            best, best_free = i, free
    return best if best >= 0 or skilled else -2


def _days_for(state: _Unit, requires: frozenset[str], days: list[dt.date]) -> list[dt.date]:
    """The days on which a member with every capability in `requires` is at work."""
    weekdays: set[int] = set()
    for caps, member_days in zip(state.member_caps, state.member_days, strict=True):
        if requires <= caps:
            if member_days is None:
                return days
            weekdays |= member_days
    return [d for d in days if d.weekday() in weekdays]


def _missing_skill(state: _Unit, requires: frozenset[str]) -> str:
    """The first capability the idea needs that no member has."""
    have = frozenset().union(*state.member_caps)
    return min(requires - have, default="")


def _choose(
    state: _Unit,
    platform: str,
    per_pillar: dict[str, _Pool],
    event_pillars: list[str],
    keys: list[tuple[float, bool]],
    budget: _Budget,
    times: list[str],
    by_id: dict[str, _Idea],
    prefer: dt.date,
    workdays: list[dt.date],
    days: list[dt.date],
    day_off: set[dt.date],
    light: float,
    adaptation: float,
    shares: dict[str, float],
    pillar_ids: list[str],
    region_pillars: dict[str, int],
    region_total: int,
    n_units: int,
    last_use: dict[tuple[str, str], dt.date],
    week: Week,
    region_day_idea: dict[tuple[dt.date, str], set[str]],
    variety_limit: int,
    day_cap: int,
    lang: str,
) -> tuple[_Choice | None, str, str]:
    """The best idea for one slot, and the text key of what stood in the way if none (with the
    capability no member has, for "short.skill").

    Ideas within the budget compete on pillar, rotation, format and fit; one beyond it (it
    would eat hours the later target slots need) is taken only when none within it can be,
    and then the cheapest wins.
    """
    upt_id = state.upt.id
    unit_total = len(state.slots)
    blocked_by_capacity = False
    blocked_by_holiday = False
    blocked_by_times = False  # every posting time of the platform on the open days is taken
    blocked_by_cooldown = False  # a suitable idea was passed over for its cooldown
    blocked_by_office = False  # on-site work, and no posting time within office hours
    missing_skill = ""  # a capability an idea needs that no member has
    best: _Choice | None = None
    best_over: _Choice | None = None
    afford = budget.afford + EPS

    slack, per_item = budget.slack, budget.per_item
    n_times = len(times)
    spread_days: list[dt.date | None] = []

    def spread() -> dt.date | None:
        # the day a production would take; worked out once, and only when one is considered
        if not spread_days:
            spread_days.append(_spread_day(state, platform, workdays, day_off, n_times, prefer))
        return spread_days[0]

    def quality(cost: float, rich: bool, cross: bool) -> float:
        if not slack:
            return 0.0  # no hours to spare: the cheapest item keeps every target reachable
        if cross:
            return RICH_BONUS * rich + FIT_WEIGHT  # already made: the reserve counted it
        fit = cost / per_item if cost < per_item else per_item / cost
        return RICH_BONUS * rich + FIT_WEIGHT * fit

    # pillar -> (score, the unit's deficit), written out: this runs for every slot
    pillar_counts = state.pillar_counts
    unit_n, region_n, per_unit = unit_total + 1, region_total + 1, 1.0 / max(1, n_units)
    pscores: dict[str, tuple[float, float]] = {}
    learn = state.learn
    for pillar in per_pillar:
        share = shares.get(pillar, 0.0)
        unit_def = share * unit_n - pillar_counts.get(pillar, 0)
        region_def = (share * region_n - region_pillars.get(pillar, 0)) * per_unit
        pscores[pillar] = (
            UNIT_DEFICIT_WEIGHT * unit_def
            + REGION_DEFICIT_WEIGHT * region_def
            + (_pillar_bonus(learn, pillar, unit_def) if learn is not None else 0.0),
            unit_def,
        )

    def pillar_score(pillar: str) -> tuple[float, float]:
        if pillar in pscores:
            return pscores[pillar]
        share = shares.get(pillar, 0.0)
        unit_def = share * unit_n - pillar_counts.get(pillar, 0)
        region_def = (share * region_n - region_pillars.get(pillar, 0)) * per_unit
        score = UNIT_DEFICIT_WEIGHT * unit_def + REGION_DEFICIT_WEIGHT * region_def
        if learn is not None:
            score += _pillar_bonus(learn, pillar, unit_def)
        return score, unit_def

    def rotation(idea_id: str) -> int:
        when = last_use.get((upt_id, idea_id))
        if when is None:
            return ROTATION_CAP
        return min(ROTATION_CAP, (week.start - when).days // 7)

    def blocked(item: _Idea) -> bool:
        nonlocal blocked_by_cooldown
        idea = item.idea
        if (idea.id, platform) in state.used:
            return True
        if _cooling(idea, last_use.get((upt_id, idea.id)), week) or _resting(learn, idea, week):
            blocked_by_cooldown = True
            return True
        return False

    def consider(item: _Idea, pscore: float, unit_def: float) -> bool:
        """Score one idea for the slot; False when it cannot take it."""
        nonlocal best, best_over, blocked_by_capacity, blocked_by_holiday, blocked_by_times
        nonlocal blocked_by_office, missing_skill
        idea = item.idea
        cross = idea.id in state.produced
        cost = adaptation if cross else idea.effort_hours
        made = state.produced[idea.id] if cross else None
        if item.greeting and not cross:
            # one greeting card per holiday from a unit; its cross-posts are the same card
            greeted = state.greeted.get(item.event_id or "")
            if greeted is not None and greeted != idea.id:
                return False
        # a cross-post goes out strictly after the item it is adapted from
        first = _first_day_after(made, times) if made is not None else days[0]
        # on-site work is posted in office hours; its cross-posts are ordinary posts
        own_times = times if cross else _office_times(times, item.office)
        if not own_times:
            blocked_by_office = True
            return False
        requires = frozenset() if cross else item.requires
        closed = frozenset() if item.event_id in state.every_day else state.closed
        # the workdays someone who can do it is at work (all of them unless members have days)
        work = workdays if state.any_day else _days_for(state, requires, workdays)
        day: dt.date | None
        if item.event_id is not None:
            if item.event_day is not None and first > item.event_day:
                return False
            day, why = _event_day(
                item,
                cost,
                state,
                platform,
                workdays,
                days,
                day_off,
                light,
                first,
                own_times,
                made,
                day_cap,
                closed,
            )
            if day is None:
                # a full day is no obstacle to report: other ideas take the slot elsewhere
                blocked_by_times = blocked_by_times or why == "times"
                blocked_by_holiday = blocked_by_holiday or why == "holiday"
                return False
            if not cross and item.only_days is not None and day not in item.only_days:
                return False
        elif made is not None:
            later = [d for d in work if d >= first] or [
                d for d in _days_for(state, requires, days) if d >= first
            ]
            later = [d for d in later if _allowed(d, cost, day_off, light, closed)]
            if not later:
                blocked_by_holiday = True
                return False
            # on the production's own day only a time after the production will do
            later = [
                d
                for d in later
                if _has_time(state, platform, d, times, made.time if d == made.date else "")
            ]
            day = _spread_day(state, platform, later, day_off, n_times, prefer)
            if day is None:
                blocked_by_times = True
                return False
        elif item.only_days is not None:
            fitting = [
                d
                for d in work
                if d in item.only_days
                and _allowed(d, cost, day_off, light, closed)
                and _has_time(state, platform, d, own_times, "")
            ]
            day = _spread_day(state, platform, fitting, day_off, n_times, prefer)
            if day is None:
                blocked_by_times = True
                return False
        elif (
            spread_day := spread()
            if state.any_day
            else _spread_day(state, platform, work, day_off, n_times, prefer)
        ) is not None and _allowed(spread_day, cost, day_off, light, closed):
            day = spread_day
        else:
            open_days = [d for d in work if d not in day_off and d not in closed]
            if not open_days:
                blocked_by_holiday = True  # a week of holidays carries light items only
                return False
            day = _spread_day(state, platform, open_days, set(), n_times, prefer)
            if day is None:
                blocked_by_times = True
                return False
        if day is None:
            blocked_by_holiday = True
            return False
        if item.event_id is None:
            units_that_day = region_day_idea.get((day, idea.id), set())
            if upt_id not in units_that_day and len(units_that_day) >= variety_limit:
                return False
        if cost > state.remaining + EPS:
            blocked_by_capacity = True
            return False
        member = _member_for(state, requires, cost, day, state.maker.get(idea.id, -1))
        if member < 0:
            if member == -2:
                missing_skill = missing_skill or _missing_skill(state, requires)
            else:
                blocked_by_capacity = True  # the hours of everyone who could are booked
            return False
        rot = rotation(idea.id)
        over = cost > afford
        score = pscore + rot
        if over:
            score -= OVER_WEIGHT * cost
        else:
            score += quality(cost, item.rich[platform], cross) - COST_WEIGHT * cost
        if item.event_id is not None:
            score += EVENT_BONUS / (1 + state.event_counts.get(item.event_id, 0))
            if item.specific:
                score += SPECIFIC_GREETING_BONUS
        if cross:
            score += CROSS_POST_BONUS
        if learn is not None:
            score += _learned_bonus(learn, item, platform, cross)
        current = best_over if over else best
        key = (score, -cost)
        if (
            current is None
            or key > (current.score, -current.cost)
            or (key == (current.score, -current.cost) and idea.id < current.idea.idea.id)
        ):
            # the reason's words are made once, for the winner
            choice = _Choice(item, day, cost, cross, score, "", unit_def, rot, member)
            if over:
                best_over = choice
            else:
                best = choice
        return True

    def scan(items: list[_Idea], pscore: float, unit_def: float) -> None:
        # In id order with equal cost and format: the first fresh one that fits is the
        # bucket's best, since only rotation (capped) tells them apart.
        for i, item in enumerate(items):
            if item.idea.id in state.produced or blocked(item):
                continue
            if consider(item, pscore, unit_def) and rotation(item.idea.id) == ROTATION_CAP:
                if learn is not None and learn.max_bonus > 0:
                    # a measured lift may still raise a later idea of the bucket above it
                    floor = learn.bonus(item.idea.id, item.formats[platform])
                    for later in items[i + 1 :]:
                        if (
                            learn.bonus(later.idea.id, later.formats[platform]) > floor
                            and later.idea.id not in state.produced
                            and not blocked(later)
                        ):
                            consider(later, pscore, unit_def)
                break

    by_pscore = sorted([(-score, p) for p, (score, _) in pscores.items()])
    # Cross-posts first: few, and usually the winners.
    for idea_id in sorted(state.produced):
        item_ = by_id[idea_id]
        if platform in item_.platforms and not blocked(item_):
            consider(item_, *pillar_score(item_.idea.pillar))
    for pillar in event_pillars:
        pscore, unit_def = pscores[pillar]
        for item in per_pillar[pillar].events:
            if item.idea.id not in state.produced and not blocked(item):
                consider(item, pscore, unit_def)
    if learn is not None:
        for item in _recommended_items(learn, state, platform, by_id):
            if not blocked(item):
                consider(item, *pillar_score(item.idea.pillar))
    # A fresh production's best possible score: when a cross-post or an event item already
    # beats it (about half the slots), the buckets need not be ranked at all. A measured
    # lift may add up to `max_bonus` to any idea.
    lifted = learn.max_bonus if learn is not None else 0.0
    ceiling = (
        (RICH_BONUS + FIT_WEIGHT if budget.slack else 0.0)
        - COST_WEIGHT * (keys[0][0] if keys else 0.0)
        + lifted
    )
    if by_pscore and (best is None or ROTATION_CAP - by_pscore[0][0] + ceiling >= best.score - EPS):
        # Buckets within the budget, best possible score first; the same order for every
        # pillar.
        if budget.slack:
            per_item = budget.per_item
            within = sorted(
                [
                    (
                        COST_WEIGHT * effort
                        - RICH_BONUS * rich
                        - FIT_WEIGHT
                        * (effort / per_item if effort < per_item else per_item / effort),
                        effort,
                        rich,
                    )
                    for effort, rich in keys
                    if effort <= afford
                ]
            )
        else:
            within = [
                (COST_WEIGHT * effort, effort, rich) for effort, rich in keys if effort <= afford
            ]
        # The likeliest pillar first, so the bound below cuts the others short; the bound is
        # exact, so the order changes nothing but the time taken.
        for _, pillar in by_pscore:
            pool = per_pillar[pillar]
            pscore, unit_def = pscores[pillar]
            if (
                within
                and best is not None
                and pscore + ROTATION_CAP - within[0][0] + lifted < best.score - EPS
            ):
                break  # this pillar cannot win, nor can any after it (lower pillar scores)
            for neg_value, effort, rich in within:
                if (
                    best is not None
                    and pscore + ROTATION_CAP - neg_value + lifted < best.score - EPS
                ):
                    break  # no idea in this or a later bucket of the pillar can win
                bucket = pool.buckets.get((effort, rich))
                if bucket is not None:
                    scan(bucket, pscore, unit_def)
    if best is None:
        # Nothing fits the budget: the cheapest beyond it, as the unit cannot reach every
        # target anyway.
        beyond = [k for k in keys if k[0] > afford]
        for pillar in sorted(per_pillar):
            pool = per_pillar[pillar]
            pscore, unit_def = pscores[pillar]
            for effort, rich in beyond:
                bucket = pool.buckets.get((effort, rich))
                if bucket is None:
                    continue
                if effort > state.remaining + EPS:
                    # cheapest first: from here on every idea of the pillar is too big
                    if any(i.idea.id not in state.produced and not blocked(i) for i in bucket):
                        blocked_by_capacity = True
                        break
                    continue
                scan(bucket, pscore, unit_def)
        best = best_over
    if best is not None:
        learned_reason = _learned_reason(learn, best) if learn is not None else None
        best.reason = learned_reason or _reason(best, platform, lang)
    if blocked_by_capacity:
        return best, "short.capacity", ""
    if blocked_by_holiday:
        return best, "short.holiday", ""
    if blocked_by_times:
        return best, "short.times", ""
    if blocked_by_office:
        return best, "short.office", ""
    if missing_skill:
        return best, "short.skill", missing_skill
    # "no suitable idea" would send the coordinator to write ideas when the unit has them,
    # only used too recently: that calls for waiting, or for more ideas of the kind
    return best, "short.cooldown" if blocked_by_cooldown else "short.no_idea", ""


def _reason(choice: _Choice, platform: str, lang: str) -> str:
    """A few words on why this idea got this slot: event, cross-post, pillar, rotation, target."""
    if choice.idea.event_id is not None:
        return choice.idea.event_reason
    if choice.adaptation:
        return t("plan.reason.crosspost", lang)
    if choice.unit_deficit >= 1.0 - EPS:
        return t("plan.reason.pillar", lang)
    if choice.rotation < ROTATION_CAP:
        return t("plan.reason.rotation", lang)
    return t("plan.reason.target", lang, platform=PLATFORM_NAMES.get(platform, platform))


def _place(state: _Unit, platform: str, choice: _Choice, times: list[str]) -> Slot:
    idea = choice.idea.idea
    day = choice.day
    taken = state.day_platform.setdefault((day, platform), [])
    k = state.platform_posts.get(platform, 0)
    state.platform_posts[platform] = k + 1
    # the platform's times in turn, starting from this post's; an adaptation on the day of the
    # item it is adapted from goes out after it
    after = ""
    if choice.adaptation and state.produced[idea.id].date == day:
        after = state.produced[idea.id].time
    learned = _learned_time(state.learn, platform, day, taken, after)
    office = None if choice.adaptation else choice.idea.office
    if learned is not None and (
        learned.time > state.latest
        or (office is not None and not office[0] <= learned.time <= office[1])
    ):
        # on-site work is posted in office hours, and a unit without evening posts posts none,
        # whatever the results say
        learned = None
    if learned is not None:
        time = learned.time
    else:
        times = _office_times(times, office)
        n = len(times)
        free = [t for t in (times[(k + i) % n] for i in range(n)) if t > after and t not in taken]
        if not free:
            # the choice only offers days with a free time: reaching here is a planner bug,
            # and a second post at a taken time would be a wrong plan rather than a visible one
            raise RuntimeError(f"{state.upt.id}: no free {platform} time on {day}")
        time = free[0] if not after else min(free)
    taken.append(time)
    # the member the choice found: skilled, at work that day, with the hours left
    state.member_hours[choice.member] += choice.cost
    owner = localize(state.upt.team[choice.member].role, state.lang)
    slot = Slot(
        date=day,
        time=time,
        platform=platform,
        format=choice.idea.formats[platform],
        idea_id=idea.id,
        pillar=idea.pillar,
        effort_hours=round(choice.cost, 2),
        owner=owner,
        reason=_time_reason(state.learn, platform, time, choice.reason, learned),
        title=choice.idea.title,
        adaptation=choice.adaptation,
        time_basis=_time_basis(state.learn, learned),
    )
    state.slots.append(slot)
    state.used.add((idea.id, platform))
    crossable = state.crossable
    if choice.adaptation:
        crossable[platform] -= 1
    else:
        for other in choice.idea.platforms:
            if other != platform:
                crossable[other] = crossable.get(other, 0) + 1
    if not choice.adaptation:
        state.produced[idea.id] = slot
        state.maker[idea.id] = choice.member
        if choice.idea.greeting and choice.idea.event_id is not None:
            state.greeted[choice.idea.event_id] = idea.id
    state.remaining -= choice.cost
    state.pillar_counts[idea.pillar] = state.pillar_counts.get(idea.pillar, 0) + 1
    state.day_counts[day] = state.day_counts.get(day, 0) + 1
    if choice.idea.event_id is not None:
        state.event_counts[choice.idea.event_id] = (
            state.event_counts.get(choice.idea.event_id, 0) + 1
        )
    return slot


# --- learning from the region's results (issue 13) -------------------------------------------
# Every hook above calls one of these only when the plan learns (`state.learn` is set), so a
# plan from the registry alone is the same, byte for byte, as before learning existed.


def _unit_learn(unit: UnitLearning, learned: Learned, zone: str, lang: str) -> _Learn:
    """One unit's learning indexed for the slot loop."""
    times: dict[tuple[str, int], LearnedTime] = {}
    days: dict[str, frozenset[int]] = {}
    for platform, best in unit.times.items():
        for best_time in best:
            times.setdefault((platform, best_time.weekday), best_time)
        days[platform] = frozenset(t.weekday for t in best)
    idea_top = max((v for v in unit.idea_lift.values()), default=1.0)
    format_top = max((v for v in unit.format_lift.values()), default=1.0)
    reason = ""
    if unit.recommended and learned.recommended_from:
        reason = t("insight.recommended", lang, period=learned.recommended_from)
    return _Learn(
        zone=zone,
        times=times,
        days=days,
        pillars=dict(unit.pillar_lift),
        ideas=dict(unit.idea_lift),
        formats=dict(unit.format_lift),
        resting=dict(unit.resting),
        recommended=tuple(unit.recommended),
        recommended_reason=reason,
        lang=lang,
        max_bonus=IDEA_LIFT_WEIGHT * max(0.0, idea_top - 1.0)
        + FORMAT_LIFT_WEIGHT * max(0.0, format_top - 1.0),
    )


def _pillar_bonus(learn: _Learn, pillar: str, unit_def: float) -> float:
    """A pillar with a measured lift is preferred while it runs at most MIX_TOLERANCE items
    ahead of its share of the unit's week."""
    lift = learn.pillars.get(pillar)
    if lift is None or unit_def <= -MIX_TOLERANCE:
        return 0.0
    return PILLAR_LIFT_WEIGHT * (lift - 1.0)


def _resting(learn: _Learn | None, idea: Idea, week: Week) -> bool:
    """An idea below the unit's median in its last two weeks of use rests REST_FACTOR times
    its cooldown (at least a week each) from the last of them."""
    if learn is None:
        return False
    last = learn.resting.get(idea.id)
    if last is None:
        return False
    return (week.start - last).days // 7 <= REST_FACTOR * max(1, idea.cooldown_weeks)


def _learned_bonus(learn: _Learn, item: _Idea, platform: str, cross: bool) -> float:
    bonus = learn.bonus(item.idea.id, item.formats[platform])
    if not cross and item.idea.id in learn.recommended:
        bonus += RECOMMENDED_BONUS
    return bonus


def _recommended_items(
    learn: _Learn, state: _Unit, platform: str, by_id: Mapping[str, _Idea]
) -> list[_Idea]:
    """The evaluation's ideas for this unit that this slot could take, not yet made this week.

    They are weighed on their own, before the search's bounds, which allow for lifts only.
    """
    found = []
    for idea_id in learn.recommended:
        item = by_id.get(idea_id)
        if (
            item is not None
            and idea_id not in state.produced
            and platform in item.platforms
            and item.event_id is None
            and (idea_id, platform) not in state.used
            and state.upt.can_produce(item.idea)
        ):
            found.append(item)
    return found


def _learned_reason(learn: _Learn, choice: _Choice) -> str | None:
    """Why a learned preference chose this production; None to give the usual reason."""
    if choice.idea.event_id is not None or choice.adaptation:
        return None
    idea_id = choice.idea.idea.id
    if idea_id in learn.recommended and learn.recommended_reason:
        return learn.recommended_reason
    lift = learn.ideas.get(idea_id)
    if lift is not None:
        return t("insight.lift_reason", learn.lang, lift=lift_text(lift, learn.lang))
    return None


def _learned_time(
    learn: _Learn | None, platform: str, day: dt.date, taken: Sequence[str], after: str
) -> LearnedTime | None:
    """The unit's best time for the platform on this weekday, when it is free and late enough."""
    if learn is None:
        return None
    best = learn.times.get((platform, day.weekday()))
    if best is None or best.time in taken or best.time <= after:
        return None
    return best


def _time_basis(learn: _Learn | None, learned: LearnedTime | None) -> str | None:
    if learn is None:
        return None  # a plan from the registry alone: plan.json as it always was
    return learned.basis if learned is not None else "registry"


def _time_reason(
    learn: _Learn | None, platform: str, time: str, reason: str, learned: LearnedTime | None
) -> str:
    """The slot's reason, and why its time when the time was learned."""
    if learn is None or learned is None:
        return reason
    from .i18n import format_time

    why = t(
        f"insight.time.{learned.basis}",
        learn.lang,
        time=format_time(time, learn.zone, learn.lang),
        platform=PLATFORM_NAMES.get(platform, platform),
        posts=learned.posts,
        lift=lift_text(learned.lift, learn.lang),
    )
    return f"{reason}; {why}" if reason else why
