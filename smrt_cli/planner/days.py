"""Days and times: office hours, the unit's posting policy, the even spread and event days."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from ..models import WEEKDAY_NAMES, PostingPolicy, Registry
from ..plan_file import Slot
from .model import EPS, UnitState, WeekContext, WeekIdea


def office_hours(registry: Registry) -> tuple[str, str, frozenset[int]]:
    """Opening and closing time and open weekdays (0 = Monday) of the region's offices."""
    hours = registry.settings.office_hours
    return hours.open, hours.close, frozenset(WEEKDAY_NAMES.index(d) for d in hours.days)


def apply_policy(
    state: UnitState,
    policy: PostingPolicy,
    days: Sequence[dt.date],
    day_off: frozenset[dt.date],
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


def office_times(times: list[str], office: tuple[str, str] | None) -> list[str]:
    """The posting times within office hours (all of them when there are none to keep)."""
    if office is None:
        return times
    return [t for t in times if office[0] <= t <= office[1]]


def spread_day(
    state: UnitState,
    platform: str,
    workdays: list[dt.date],
    day_off: frozenset[dt.date],
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


def has_time(state: UnitState, platform: str, day: dt.date, times: list[str], after: str) -> bool:
    """Whether the platform has a posting time left on `day` later than `after` ("" for any)."""
    taken = state.day_platform.get((day, platform))
    if not taken:
        return times[-1] > after
    return any(t > after and t not in taken for t in times)


def even_day(workdays: list[dt.date], k: int, n: int) -> dt.date:
    """Where the k-th of n weekly posts of a platform falls when spread evenly over the workdays:
    1 post on Wednesday, 2 on Tuesday and Thursday, 3 on Monday, Wednesday and Friday."""
    index = math.floor((k + 0.5) * len(workdays) / n)
    return workdays[min(index, len(workdays) - 1)]


def allowed(
    day: dt.date,
    effort: float,
    day_off: frozenset[dt.date],
    light: float,
    closed: frozenset[dt.date] = frozenset(),
) -> bool:
    """Whether an item of `effort` hours may go out on `day`: not a closed day, and on a day
    off only a light one."""
    return day not in closed and (day not in day_off or effort <= light + EPS)


def refused(
    days: Sequence[dt.date],
    effort: float,
    day_off: frozenset[dt.date],
    light: float,
    closed: frozenset[dt.date],
) -> str:
    """Why none of `days` may take an item: "weekend" when one of them is refused only by the
    unit's posting policy (its weekends and days off kept free), else "holiday"."""
    if any(d in closed and allowed(d, effort, day_off, light) for d in days):
        return "weekend"
    return "holiday"


def first_day_after(made: Slot, times: list[str]) -> dt.date:
    """The first day a cross-post of `made` can go out strictly after it on another platform."""
    if any(t > made.time for t in times):
        return made.date
    return made.date + dt.timedelta(days=1)


def days_for(state: UnitState, requires: frozenset[str], days: list[dt.date]) -> list[dt.date]:
    """The days on which a member with every capability in `requires` is at work."""
    weekdays: set[int] = set()
    for caps, member_days in zip(state.member_caps, state.member_days, strict=True):
        if requires <= caps:
            if member_days is None:
                return days
            weekdays |= member_days
    return [d for d in days if d.weekday() in weekdays]


def event_day(
    ctx: WeekContext,
    item: WeekIdea,
    effort: float,
    state: UnitState,
    platform: str,
    not_before: dt.date,
    times: list[str],
    made: Slot | None,
    day_cap: int,
    closed: frozenset[dt.date],
    early: bool = False,
) -> tuple[dt.date | None, str]:
    """On the event's day, or the latest allowed day before it; a campaign within its days.

    Only days where the platform still has a posting time (for a cross-post on the day of its
    production, a time after it) count. A campaign's items go on its workdays (its other days
    only when it has no workday the item may go on), and no more of them on one day than
    `day_cap`, the unit's even share of a day: a campaign that opens on a Friday would
    otherwise take the whole week's slots onto that Friday, since the event bonus outbids
    every ordinary idea, and leave the other workdays empty. The day is None when there is
    none, with why: "holiday", "weekend" (only the unit's policy refuses the days), "times"
    (no free posting time) or "full" (the share is used).
    A campaign that needs a daily presence (the unit's policy) goes on any of its days alike;
    `closed` days (the unit's weekends and days off, by its policy) take nothing. `early`: a
    production of a repair's cover, which goes on the first day it may, so that its
    cross-posts find days after it.
    """
    if item.window is None:
        return None, "holiday"
    workdays, days, day_off, light = ctx.workdays, ctx.days, ctx.day_off, ctx.light

    def free(day: dt.date) -> bool:
        after = made.time if made is not None and made.date == day else ""
        return has_time(state, platform, day, times, after)

    if item.event_day is not None:
        # the day is the point (a commemoration, a holiday): no share applies
        day = item.event_day
        why = refused([d for d in days if not_before <= d <= day], effort, day_off, light, closed)
        while day >= not_before:
            full = state.day_counts.get(day, 0) >= state.day_limit and day not in state.exempt
            if allowed(day, effort, day_off, light, closed) and not full:
                if free(day):
                    return day, ""
                why = "times"
            day -= dt.timedelta(days=1)
        return None, why
    lo, hi = item.window
    lo = max(lo, not_before)
    every_day = item.event_id in state.every_day
    options = [
        d
        for d in (days if every_day else workdays)
        if lo <= d <= hi and allowed(d, effort, day_off, light, closed)
    ]
    if not options:
        options = [d for d in days if lo <= d <= hi and allowed(d, effort, day_off, light, closed)]
    if not options:
        return None, refused([d for d in days if lo <= d <= hi], effort, day_off, light, closed)
    options = [d for d in options if free(d)]
    if not options:
        return None, "times"
    day_counts = state.day_counts
    options = [d for d in options if day_counts.get(d, 0) < day_cap]
    if not options:
        return None, "full"
    if every_day:
        # a day someone who can do it is at work (a member's days may leave out the weekend)
        requires = frozenset() if made is not None else item.requires
        options = days_for(state, requires, options) or options
        if early and made is None:
            # its cross-posts, placed after every production of the cover, keep the presence
            return min(options), ""
        # a daily presence: the day with the fewest of the unit's posts first, a weekend day
        # before a workday, so the campaign's weekends are not left empty as the workdays fill
        return min(options, key=lambda d: (day_counts.get(d, 0), d in workdays, d)), ""
    # every option has a free time: the spread cannot come back empty
    return spread_day(state, platform, options, frozenset(), len(times)), ""
