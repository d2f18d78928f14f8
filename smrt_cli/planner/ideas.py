"""Which ideas are usable this week, and the index of them each unit profile searches."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from operator import attrgetter

from ..calendar import Week, event_window, is_joint_leave
from ..models import RICH_FORMATS, Event, Idea, Registry, Unit, localize
from ..plan_file import PlanEvent, Reason, WeekPlan
from ..records import record
from .model import Pool, Table, WeekIdea

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

_IDEA_ID = attrgetter("idea.id")
# Ideas needing the same capabilities and unit types stand or fall together: a need.
_Need = tuple[frozenset[str], tuple[str, ...] | None]
# Where ideas go in a profile's table: (platform, pillar, bucket), the bucket None for events.
_PoolKey = tuple[str, str, tuple[float, bool] | None]


@record
class WeekEvents:
    """The week's holidays and registry events, as the plan lists them and the ideas use them."""

    plan_events: list[PlanEvent]  # holidays, then the registry's events of the week
    windows: dict[str, tuple[dt.date, dt.date]]  # event id -> its days within the week
    days_off: list[PlanEvent]  # the week's days off, by date
    day_off: frozenset[dt.date]


@record
class IdeaRules:
    """What decides whether and when an idea goes out this week, beyond the idea itself."""

    week: Week
    events: WeekEvents
    registry_events: Mapping[str, Event]  # the registry's events by id
    public_pillars: frozenset[str]  # pillars of what the public must know (service hours)
    on_site_days: frozenset[dt.date]  # open working days the offices are open
    office: tuple[str, str]  # office hours: opening and closing time
    lang: str


def week_events(
    registry: Registry, week: Week, holidays: Sequence[PlanEvent], lang: str
) -> WeekEvents:
    """The holidays within the week and the registry's events that touch it."""
    start, end = week.start, week.end
    holiday_list = [h for h in holidays if start <= h.date <= end]
    windows: dict[str, tuple[dt.date, dt.date]] = {}
    plan_events: list[PlanEvent] = list(holiday_list)
    for event in registry.events:
        window = event_window(event, start, end)
        if window is None:
            continue
        windows[event.id] = window
        plan_events.append(
            PlanEvent(
                date=window[0],
                id=event.id,
                name=localize(event.name, lang),
                kind=event.kind,
                # a period keeps its length; without it only its first day in the week remained
                end=window[1] if event.start is not None and event.end is not None else None,
            )
        )
    return WeekEvents(
        plan_events=plan_events,
        windows=windows,
        days_off=sorted((h for h in holiday_list if h.day_off), key=lambda h: (h.date, h.id)),
        day_off=frozenset(h.date for h in holiday_list if h.day_off),
    )


def in_season(idea: Idea, week: Week) -> bool:
    """Whether one of the week's days falls within the idea's season (always, without one)."""
    if idea.season is None:
        return True
    lo, hi = idea.season.from_, idea.season.to
    for day in week.days:
        md = f"{day.month:02d}-{day.day:02d}"
        inside = lo <= md <= hi if lo <= hi else (md >= lo or md <= hi)
        if inside:
            return True
    return False


def format_for(idea: Idea, platform: str) -> str | None:
    """The idea's first format the platform can carry; None when it can carry none of them."""
    allowed = PLATFORM_FORMATS.get(platform, frozenset())
    return next((fmt for fmt in idea.formats if fmt in allowed), None)


def cooling(idea: Idea, last: dt.date | None, week: Week) -> bool:
    """Whether the unit used `idea` within its cooldown_weeks before `week`.

    cooldown_weeks N means no idea again for a unit within N weeks: planned in week W, it is
    blocked through W+N and free again from W+N+1. So 1 keeps it out of the next week, 4 used
    in W45 frees it in W50, and 0 only keeps it from repeating on a platform within the week.
    """
    return last is not None and (week.start - last).days // 7 <= idea.cooldown_weeks


def last_uses(
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


def idea_days(
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


def main_holiday(days_off: Sequence[PlanEvent]) -> PlanEvent | None:
    """The day a holiday idea goes with: the first public holiday, else the first joint leave
    (a joint-leave day is attached to a holiday, and the greeting is for the holiday)."""
    return next((h for h in days_off if not is_joint_leave(h.name)), None) or next(
        iter(days_off), None
    )


def usable_ideas(registry: Registry, rules: IdeaRules) -> tuple[list[WeekIdea], list[Idea]]:
    """The week's plannable ideas in id order, and the reactive ones (listed ready to use)."""
    ideas: list[WeekIdea] = []
    reactive: list[Idea] = []
    for idea in sorted(registry.ideas, key=lambda i: i.id):
        if idea.trigger == "reactive":
            # it answers what happens (a hoax, an accident): never invented in advance
            reactive.append(idea)
            continue
        item = _week_idea(idea, rules)
        if item is not None:
            ideas.append(item)
    return ideas, reactive


# An idea's place in the week: (event id, window, the event's day, the reason, a greeting)
_Placing = tuple[str | None, tuple[dt.date, dt.date] | None, dt.date | None, Reason | None, bool]


def _week_idea(idea: Idea, rules: IdeaRules) -> WeekIdea | None:
    """The idea as this week plans it; None when it does not belong in the week."""
    week = rules.week
    if not in_season(idea, week):
        return None
    only_days = idea_days(idea, week.days, rules.on_site_days)
    if only_days is not None and not only_days:
        return None  # not its time of the month, or no working day this week
    linked = [e for e in idea.events if e in rules.events.windows]
    if idea.events and not linked:
        return None  # an event idea outside its event's week would be out of place
    placing = _placing(idea, linked, rules)
    if placing is None:
        return None
    event_id, window, event_day, reason, greeting = placing
    # An idea goes only where one of its formats fits: a text-only idea listed for
    # Instagram would otherwise be planned as an Instagram "text" post nobody can publish.
    formats: dict[str, str] = {}
    for where in idea.platforms:
        fmt = format_for(idea, where)
        if fmt is not None:
            formats[where] = fmt
    if not formats:
        return None
    return WeekIdea(
        idea=idea,
        title=localize(idea.title, rules.lang),
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
        office=rules.office if idea.on_site else None,
    )


def _placing(idea: Idea, linked: list[str], rules: IdeaRules) -> _Placing | None:
    """Which of the week's events the idea belongs to and when it may go out; None when it
    is a holiday idea in a week without its holiday."""
    windows = rules.events.windows
    event_id = linked[0] if linked else None
    window = windows[event_id] if event_id else None
    if idea.holidays:
        return _holiday_placing(idea, linked, rules)
    if event_id is not None and window is not None:
        if rules.registry_events[event_id].kind == "campaign":
            return event_id, window, None, Reason(code="campaign", event=event_id), False
        reason = Reason(code="event", event=event_id, date=window[0].isoformat())
        return event_id, window, window[0], reason, False
    return event_id, window, None, None, False


def _holiday_placing(idea: Idea, linked: list[str], rules: IdeaRules) -> _Placing | None:
    """A holiday idea's day: the holiday itself for a greeting, the last working day before
    the days off for what the public must know; None in a week without its holiday."""
    events = rules.events
    # A holiday idea linked to events (a Christmas card linked to the Nataru campaign)
    # is for a day off within their days: without one, a greeting would go out during
    # the campaign's first week, days before its holiday.
    offs = events.days_off
    if linked:
        spans = [events.windows[e] for e in linked]
        offs = [h for h in events.days_off if any(lo <= h.date <= hi for lo, hi in spans)]
    holiday = main_holiday(offs)
    if holiday is None:
        return None  # a holiday greeting in an ordinary week would be out of place
    # Treated as the holiday's event: on the day (or before), exempt from the variety
    # limit, since the same greeting from every unit is the point.
    event_day = holiday.date
    greeting = False
    if idea.pillar in rules.public_pillars:
        # what the public must know (service hours) goes out before the days off start,
        # a greeting on the day itself
        week = rules.week
        before = [d for d in week.days[:5] if d < offs[0].date and d not in events.day_off]
        if before:
            event_day = before[-1]
    else:
        greeting = True
    reason = Reason(code="event", event=holiday.id, date=holiday.date.isoformat())
    return holiday.id, (rules.week.start, event_day), event_day, reason, greeting


class IdeaIndex:
    """The week's ideas indexed once, and per unit profile (type and capabilities) the table
    of what it can make, built the first time a unit of the profile asks."""

    def __init__(self, ideas: list[WeekIdea]) -> None:
        self._tables: dict[tuple[str, frozenset[str]], Table] = {}
        # Event ideas first, then cheaper, then by id: each pool keeps this order.
        ranked = sorted(ideas, key=lambda i: (i.event_id is None, i.idea.effort_hours, i.idea.id))
        # Ideas needing the same capabilities and unit types stand or fall together.
        self._needs: dict[_Need, Idea] = {}
        self._need_min: dict[_Need, float] = {}  # cheapest idea outside events, per need
        # Where each need's ideas go in a profile's table, worked out once: (platform, pillar,
        # bucket) -> ideas, the bucket None for event ideas.
        self._grouped: dict[_Need, dict[_PoolKey, list[WeekIdea]]] = {}
        for item in ranked:
            idea_ = item.idea
            types = tuple(sorted(idea_.upt_types)) if idea_.upt_types is not None else None
            need: _Need = (frozenset(idea_.requires), types)
            self._needs.setdefault(need, idea_)
            if item.event_id is None:
                self._need_min[need] = min(self._need_min.get(need, math.inf), idea_.effort_hours)
            groups = self._grouped.setdefault(need, {})
            for platform in item.platforms:
                bucket = (
                    None if item.event_id is not None else (idea_.effort_hours, item.rich[platform])
                )
                groups.setdefault((platform, idea_.pillar, bucket), []).append(item)

    def table(self, unit: Unit) -> Table:
        """What units of `upt`'s profile can make, per platform and pillar."""
        sig = (unit.type, frozenset(unit.capabilities))
        found = self._tables.get(sig)
        if found is None:
            found = self._tables[sig] = self._build(unit)
        return found

    def _build(self, unit: Unit) -> Table:
        fitting = [need for need, example in self._needs.items() if unit.can_produce(example)]
        flat: dict[_PoolKey, list[WeekIdea]] = {}
        for need in fitting:
            for entry, items in self._grouped[need].items():
                found = flat.get(entry)
                if found is None:
                    flat[entry] = list(items)
                else:
                    found.extend(items)
        pools: dict[str, dict[str, Pool]] = {}
        keys: dict[str, set[tuple[float, bool]]] = {}
        for (platform, pillar, bucket), items in flat.items():
            per_pillar = pools.setdefault(platform, {})
            pool = per_pillar.get(pillar)
            if pool is None:
                pool = per_pillar[pillar] = Pool([], {})
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
        cheapest = min((self._need_min[n] for n in fitting if n in self._need_min), default=0.0)
        return Table(
            pools=pools,
            event_pillars={
                p: sorted(pillar for pillar, pool in per.items() if pool.events)
                for p, per in pools.items()
            },
            keys={p: sorted(k) for p, k in keys.items()},
            min_effort=cheapest,
        )


def _event_order(item: WeekIdea) -> tuple[float, str]:
    return item.idea.effort_hours, item.idea.id
