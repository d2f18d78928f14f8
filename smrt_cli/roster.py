"""The inbox duty roster ("Jadwal piket"): who watches each unit's messages on each day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .models import WEEKDAY_NAMES, Registry, TeamMember, Unit, localize
from .plan_file import Duty, UnitPlan, WeekPlan, built


def watch_days(registry: Registry, unit: Unit, plan: WeekPlan) -> list[dt.date]:
    """The days of the week someone must watch the unit's inbox.

    Every day when the registry says so; otherwise the office's open days, and every day of a
    campaign marked `daily_watch` (Nataru, Angkutan Lebaran), weekends and holidays included.
    """
    days = [plan.start + dt.timedelta(days=i) for i in range((plan.end - plan.start).days + 1)]
    if registry.settings.response.watch_every_day:
        return days
    hours = registry.unit_office_hours(unit)
    off = {e.date for e in plan.events if e.day_off}
    daily = {e.id for e in registry.events if e.daily_watch}
    campaign: set[dt.date] = set()
    for e in plan.events:
        if e.id in daily:
            last = e.end or e.date
            campaign.update(e.date + dt.timedelta(days=i) for i in range((last - e.date).days + 1))
    return [
        d
        for d in days
        if d in campaign or (WEEKDAY_NAMES[d.weekday()] in hours.days and d not in off)
    ]


def _names(team: Sequence[TeamMember], lang: str) -> list[str]:
    """Each member's role as the roster names them; a repeated role gets a number."""
    roles = [localize(m.role, lang) for m in team]
    return [
        role if role not in roles[:i] else f"{role} ({roles[:i].count(role) + 1})"
        for i, role in enumerate(roles)
    ]


def roster(unit: Unit, days: Sequence[dt.date], lang: str) -> list[Duty]:
    """One member per day, balanced by hours: each day goes to the available member whose
    duty days so far are fewest for the hours they give (ties: fewest days, then team order).

    The members with the inbox role watch; a unit that gave the role to nobody has its whole
    team watch. Nobody is put on a day they are not available; such a day has no member.
    """
    names = _names(unit.team, lang)
    watchers = [i for i, m in enumerate(unit.team) if m.inbox] or list(range(len(unit.team)))
    taken = dict.fromkeys(watchers, 0)
    duty = []
    for day in days:
        free = [i for i in watchers if unit.team[i].available(day)]
        if not free:
            duty.append(built(Duty, date=day, member=None))
            continue
        best = min(
            free,
            key=lambda i: ((taken[i] + 1) / unit.team[i].hours_per_week, taken[i], i),
        )
        taken[best] += 1
        # built, not validated: a day of the plan and a registry role (21,000 in a national week)
        duty.append(built(Duty, date=day, member=names[best]))
    return duty


def with_duty(
    plan: WeekPlan, registry: Registry, unit_ids: Sequence[str] | None = None
) -> WeekPlan:
    """The plan with each unit's roster (only `unit_ids`' when given; others keep theirs)."""
    units: list[UnitPlan] = []
    for unit in plan.upts:
        if unit_ids is not None and unit.id not in unit_ids:
            units.append(unit)
            continue
        registered = registry.unit(unit.id)
        duty = roster(registered, watch_days(registry, registered, plan), plan.language)
        units.append(unit.model_copy(update={"duty": duty}))
    return plan.model_copy(update={"upts": units})


def campaign_names(plan: WeekPlan, registry: Registry) -> dict[dt.date, list[str]]:
    """Per day: the names of the daily-watch campaigns and holidays that day, for the table."""
    daily = {e.id for e in registry.events if e.daily_watch}
    out: dict[dt.date, list[str]] = {}
    for e in plan.events:
        if e.kind == "holiday" or e.id in daily:
            last = e.end or e.date
            for i in range((last - e.date).days + 1):
                out.setdefault(e.date + dt.timedelta(days=i), []).append(e.name)
    return out
