"""The weekly planner: a pure function from registry, week, history and holidays to a WeekPlan."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .calendar import Week, event_window, is_joint_leave, sort_events
from .i18n import PLATFORM_NAMES, plan_text, short_date
from .models import PLATFORMS, Idea, Registry, Upt, localize
from .plans import PlanEvent, Shortfall, Slot, UptPlan, WeekPlan

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
# mix; rotation and cost only order ideas within a pillar.
EVENT_BONUS = 40.0
CROSS_POST_BONUS = 6.0
UNIT_DEFICIT_WEIGHT = 4.0
REGION_DEFICIT_WEIGHT = 2.0
ROTATION_CAP = 12  # weeks; anything unused longer (or never) is equally fresh
COST_WEIGHT = 0.25
EPS = 1e-9


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
    event_counts: dict[str, int] = field(default_factory=dict)
    member_hours: list[float] = field(default_factory=list)
    lang: str = "id"


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


def _format_for(idea: Idea, platform: str) -> str:
    allowed = PLATFORM_FORMATS.get(platform, frozenset())
    for fmt in idea.formats:
        if fmt in allowed:
            return fmt
    return idea.formats[0]


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
) -> WeekPlan:
    """Plan every selected unit's posts for `week`; deterministic, no I/O, no clock.

    History is earlier weeks' plans, or just `used`: (unit id, idea id) -> the Monday of the
    latest week that planned it, which is all the planner reads from them.
    """
    language = lang or registry.settings.language
    settings = registry.settings
    start, end = week.start, week.end
    days = week.days
    workdays = days[:5]

    holiday_list = [h for h in holidays if start <= h.date <= end]
    day_off = {h.date for h in holiday_list if h.day_off}
    # Holiday ideas (greetings, service hours) go with the week's public holiday, or with its
    # joint leave when the week has only that.
    days_off = sorted((h for h in holiday_list if h.day_off), key=lambda h: (h.date, h.id))
    main_holiday = next((h for h in days_off if not is_joint_leave(h.name)), None) or next(
        iter(days_off), None
    )
    events_by_id = {e.id: e for e in registry.events}
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
            )
        )

    # --- the week's usable ideas, once ------------------------------------------------------
    ideas: list[_Idea] = []
    for idea in sorted(registry.ideas, key=lambda i: i.id):
        if not _in_season(idea, week):
            continue
        linked = [e for e in idea.events if e in week_event_ids]
        if idea.events and not linked:
            continue  # an event idea outside its event's week would be out of place
        event_id = linked[0] if linked else None
        window = week_event_ids[event_id] if event_id else None
        event_day = None
        reason = ""
        if idea.holidays and event_id is None:
            if main_holiday is None:
                continue  # a holiday greeting in an ordinary week would be out of place
            # Treated as the holiday's event: on the day (or before), exempt from the variety
            # limit, since the same greeting from every unit is the point.
            event_id = main_holiday.id
            event_day = main_holiday.date
            window = (start, event_day)
            reason = f"{main_holiday.name} ({short_date(event_day, language)})"
        elif event_id is not None and window is not None:
            ev = events_by_id[event_id]
            name = localize(ev.name, language)
            if ev.kind == "campaign":
                reason = plan_text("reason.campaign", language, name=name)
            else:
                event_day = window[0]
                reason = f"{name} ({short_date(event_day, language)})"
        ideas.append(
            _Idea(
                idea=idea,
                title=localize(idea.title, language),
                platforms=frozenset(idea.platforms),
                formats={p: _format_for(idea, p) for p in idea.platforms},
                event_id=event_id,
                window=window,
                event_day=event_day,
                event_reason=reason,
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
    variety_limit = max(1, len(selected) // 3)
    region_day_idea: dict[tuple[dt.date, str], set[str]] = {}
    region_pillars: dict[str, int] = dict.fromkeys(pillar_ids, 0)
    region_total = 0
    light = settings.light_item_hours
    posting_times: dict[str, list[str]] = {str(p): t for p, t in settings.posting_times.items()}
    adaptation = settings.adaptation_hours

    # Units with the same type and capabilities can make the same ideas: index them once.
    by_signature: dict[tuple[str, frozenset[str]], dict[str, dict[str, list[_Idea]]]] = {}
    # Event ideas first, then cheaper, then by id: the per-pillar scan can stop early.
    ranked = sorted(ideas, key=lambda i: (i.event_id is None, i.idea.effort_hours, i.idea.id))
    # Ideas needing the same capabilities and unit types stand or fall together.
    needs: dict[tuple[frozenset[str], tuple[str, ...] | None], Idea] = {}
    need_of: list[tuple[frozenset[str], tuple[str, ...] | None]] = []
    for item in ranked:
        types = tuple(sorted(item.idea.upt_types)) if item.idea.upt_types is not None else None
        key = (frozenset(item.idea.requires), types)
        needs.setdefault(key, item.idea)
        need_of.append(key)

    def candidates(upt: Upt) -> dict[str, dict[str, list[_Idea]]]:
        sig = (upt.type, frozenset(upt.capabilities))
        if sig not in by_signature:
            fits = {key: upt.can_produce(example) for key, example in needs.items()}
            table: dict[str, dict[str, list[_Idea]]] = {}
            for item, key in zip(ranked, need_of, strict=True):
                if fits[key]:
                    for platform in item.platforms:
                        table.setdefault(platform, {}).setdefault(item.idea.pillar, []).append(item)
            by_signature[sig] = table
        return by_signature[sig]

    upt_plans: list[UptPlan] = []
    for upt in selected:
        state = _Unit(
            upt=upt,
            remaining=upt.capacity_hours,
            member_hours=[0.0] * len(upt.team),
            lang=language,
        )
        table = candidates(upt)
        targets: dict[str, int] = {str(p): n for p, n in upt.targets.items() if n > 0}
        # Round-robin over platforms so no platform eats the capacity before the others start.
        order: list[str] = []
        for k in range(max(targets.values(), default=0)):
            order.extend(p for p in PLATFORMS if targets.get(p, 0) > k)
        placed: dict[str, int] = dict.fromkeys(targets, 0)
        missing_reason: dict[str, str] = {}
        attempts: dict[str, int] = {}
        tz = registry.upt_timezone(upt)

        for platform in order:
            prefer = _even_day(workdays, attempts.get(platform, 0), targets[platform])
            attempts[platform] = attempts.get(platform, 0) + 1
            spread_day = _spread_day(state, platform, workdays, day_off, prefer)
            choice, why_not = _choose(
                state,
                platform,
                table.get(platform, {}),
                posting_times.get(platform) or ["09:00"],
                by_id,
                spread_day,
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
                len(selected),
                last_use,
                week,
                region_day_idea,
                variety_limit,
                language,
            )
            if choice is None:
                missing_reason.setdefault(
                    platform,
                    plan_text(why_not, language),
                )
                continue
            slot = _place(state, platform, choice, posting_times.get(platform) or ["09:00"])
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


def _spread_day(
    state: _Unit,
    platform: str,
    workdays: list[dt.date],
    day_off: set[dt.date],
    prefer: dt.date | None = None,
) -> dt.date:
    """The day with the fewest of this platform's posts, then the fewest posts overall, then
    nearest the day an even spread of the platform's posts would give."""
    return min(
        workdays,
        key=lambda d: (
            len(state.day_platform.get((d, platform), ())),
            state.day_counts.get(d, 0) + (1 if d in day_off else 0),
            abs((d - prefer).days) if prefer is not None else 0,
            d,
        ),
    )


def _even_day(workdays: list[dt.date], k: int, n: int) -> dt.date:
    """Where the k-th of n weekly posts of a platform falls when spread evenly over the workdays:
    1 post on Wednesday, 2 on Tuesday and Thursday, 3 on Monday, Wednesday and Friday."""
    index = math.floor((k + 0.5) * len(workdays) / n)
    return workdays[min(index, len(workdays) - 1)]


def _allowed(day: dt.date, effort: float, day_off: set[dt.date], light: float) -> bool:
    return day not in day_off or effort <= light + EPS


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
) -> dt.date | None:
    """On the event's day, or the latest allowed day before it; a campaign within its days."""
    if item.window is None:
        return None
    lo, hi = item.window
    lo = max(lo, not_before)
    if item.event_day is not None:
        day = item.event_day
        while day >= not_before:
            if _allowed(day, effort, day_off, light):
                return day
            day -= dt.timedelta(days=1)
        return None
    options = [d for d in workdays if lo <= d <= hi and _allowed(d, effort, day_off, light)]
    if not options:
        options = [d for d in days if lo <= d <= hi and _allowed(d, effort, day_off, light)]
    if not options:
        return None
    return _spread_day(state, platform, options, set())


def _choose(
    state: _Unit,
    platform: str,
    per_pillar: dict[str, list[_Idea]],
    times: list[str],
    by_id: dict[str, _Idea],
    spread_day: dt.date,
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
    lang: str,
) -> tuple[_Choice | None, str]:
    """The best idea for one slot, and the text key of what stood in the way if none."""
    upt_id = state.upt.id
    unit_total = len(state.slots)
    blocked_by_capacity = False
    blocked_by_holiday = False
    best: _Choice | None = None

    def pillar_score(pillar: str) -> tuple[float, float]:
        unit_def = shares.get(pillar, 0.0) * (unit_total + 1) - state.pillar_counts.get(pillar, 0)
        region_def = (
            shares.get(pillar, 0.0) * (region_total + 1) - region_pillars.get(pillar, 0)
        ) / max(1, n_units)
        return UNIT_DEFICIT_WEIGHT * unit_def + REGION_DEFICIT_WEIGHT * region_def, unit_def

    def rotation(idea_id: str) -> int:
        when = last_use.get((upt_id, idea_id))
        if when is None:
            return ROTATION_CAP
        return min(ROTATION_CAP, (week.start - when).days // 7)

    def blocked(item: _Idea) -> bool:
        idea = item.idea
        if (idea.id, platform) in state.used:
            return True
        when = last_use.get((upt_id, idea.id))
        return when is not None and (week.start - when).days // 7 < idea.cooldown_weeks

    def consider(item: _Idea, pscore: float, unit_def: float) -> bool:
        """Score one idea for the slot; False when it cannot take it."""
        nonlocal best, blocked_by_capacity, blocked_by_holiday
        idea = item.idea
        cross = idea.id in state.produced
        cost = adaptation if cross else idea.effort_hours
        # a cross-post goes out strictly after the item it is adapted from
        first = _first_day_after(state.produced[idea.id], times) if cross else days[0]
        if item.event_id is not None:
            if item.event_day is not None and first > item.event_day:
                return False
            day = _event_day(item, cost, state, platform, workdays, days, day_off, light, first)
        elif cross:
            later = [d for d in workdays if d >= first] or [d for d in days if d >= first]
            later = [d for d in later if _allowed(d, cost, day_off, light)]
            if not later:
                blocked_by_holiday = True
                return False
            day = _spread_day(state, platform, later, day_off, prefer)
        elif _allowed(spread_day, cost, day_off, light):
            day = spread_day
        else:
            open_days = [d for d in workdays if d not in day_off]
            if not open_days:
                blocked_by_holiday = True  # a week of holidays carries light items only
                return False
            day = _spread_day(state, platform, open_days, set(), prefer)
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
        rot = rotation(idea.id)
        score = pscore + rot - COST_WEIGHT * cost
        if item.event_id is not None:
            score += EVENT_BONUS / (1 + state.event_counts.get(item.event_id, 0))
        if cross:
            score += CROSS_POST_BONUS
        key = (score, -cost)
        if (
            best is None
            or key > (best.score, -best.cost)
            or (key == (best.score, -best.cost) and idea.id < best.idea.idea.id)
        ):
            # the reason's words are made once, for the winner
            best = _Choice(item, day, cost, cross, score, "", unit_def, rot)
        return True

    pscores = {p: pillar_score(p) for p in per_pillar}
    # Cross-posts first: few, and usually the winners.
    for idea_id in sorted(state.produced):
        item_ = by_id[idea_id]
        if platform in item_.platforms and not blocked(item_):
            consider(item_, *pillar_score(item_.idea.pillar))
    for pillar in sorted(per_pillar):
        pscore, unit_def = pscores[pillar]
        for item in per_pillar[pillar]:
            if item.idea.id in state.produced or blocked(item):
                continue
            if item.event_id is None and item.idea.effort_hours > state.remaining + EPS:
                # sorted by effort: every later idea of this pillar costs as much or more
                blocked_by_capacity = True
                break
            # Sorted by (event, effort, id): once a fresh non-event idea fits, the rest of
            # this pillar cannot beat it (same rotation, higher cost).
            if (
                consider(item, pscore, unit_def)
                and item.event_id is None
                and rotation(item.idea.id) == ROTATION_CAP
            ):
                break
    if best is not None:
        best.reason = _reason(best, platform, lang)
    if blocked_by_capacity:
        return best, "short.capacity"
    return best, "short.holiday" if blocked_by_holiday else "short.no_idea"


def _reason(choice: _Choice, platform: str, lang: str) -> str:
    """A few words on why this idea got this slot: event, cross-post, pillar, rotation, target."""
    if choice.idea.event_id is not None:
        return choice.idea.event_reason
    if choice.adaptation:
        return plan_text("reason.crosspost", lang)
    if choice.unit_deficit >= 1.0 - EPS:
        return plan_text("reason.pillar", lang)
    if choice.rotation < ROTATION_CAP:
        return plan_text("reason.rotation", lang)
    return plan_text("reason.target", lang, platform=PLATFORM_NAMES.get(platform, platform))


def _place(state: _Unit, platform: str, choice: _Choice, times: list[str]) -> Slot:
    idea = choice.idea.idea
    day = choice.day
    taken = state.day_platform.setdefault((day, platform), [])
    k = sum(1 for (_, p), v in state.day_platform.items() if p == platform for _ in v)
    time = times[k % len(times)]
    for i in range(len(times)):
        candidate = times[(k + i) % len(times)]
        if candidate not in taken:
            time = candidate
            break
    if choice.adaptation and state.produced[idea.id].date == day:
        # an adaptation goes out after the item it is adapted from (the choice made sure a
        # later time exists), at a time of its own on this platform where one is free
        made_at = state.produced[idea.id].time
        later = [t for t in times if t > made_at]
        time = next((t for t in later if t not in taken), later[0])
    taken.append(time)
    if choice.adaptation:
        owner = state.produced[idea.id].owner
    else:
        team = state.upt.team
        # the member with the most hours still free carries the production
        index = max(
            range(len(team)),
            key=lambda i: (team[i].hours_per_week - state.member_hours[i], -i),
        )
        state.member_hours[index] += choice.cost
        owner = localize(team[index].role, state.lang)
    slot = Slot(
        date=day,
        time=time,
        platform=platform,
        format=choice.idea.formats.get(platform, idea.formats[0]),
        idea_id=idea.id,
        pillar=idea.pillar,
        effort_hours=round(choice.cost, 2),
        owner=owner,
        reason=choice.reason,
        title=choice.idea.title,
        adaptation=choice.adaptation,
    )
    state.slots.append(slot)
    state.used.add((idea.id, platform))
    if not choice.adaptation:
        state.produced[idea.id] = slot
    state.remaining -= choice.cost
    state.pillar_counts[idea.pillar] = state.pillar_counts.get(idea.pillar, 0) + 1
    state.day_counts[day] = state.day_counts.get(day, 0) + 1
    if choice.idea.event_id is not None:
        state.event_counts[choice.idea.event_id] = (
            state.event_counts.get(choice.idea.event_id, 0) + 1
        )
    return slot
