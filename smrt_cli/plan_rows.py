"""The plan row by row, every text resolved from the registry: for CSV, WhatsApp, calendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .errors import UserError, msg
from .models import Registry, localize
from .plan_file import UnitPlan, WeekPlan


@dataclass(frozen=True)
class PlanRow:
    """One planned slot with every text an export shows, resolved from the registry."""

    unit_id: str
    unit_name: str
    timezone: str
    n: int  # 1-based position of the slot within its unit's plan
    date: dt.date
    time: str
    platform: str
    format: str
    idea_id: str
    idea_title: str
    pillar: str
    owner: str
    effort_hours: float
    brief: str
    adaptation: bool
    hashtags: tuple[str, ...] = ()
    checklist: tuple[str, ...] = ()


def unit_name(registry: Registry, unit_id: str, fallback: str, lang: str) -> str:
    try:
        return localize(registry.unit(unit_id).name, lang)
    except KeyError:
        return fallback or unit_id


def plan_units(plan: WeekPlan, unit: str | None) -> list[UnitPlan]:
    """The plan's units, or only `upt` (a user error when it has no plan that week)."""
    if unit is None:
        return list(plan.upts)
    chosen = [u for u in plan.upts if u.id == unit]
    if not chosen:
        known = ", ".join(u.id for u in plan.upts) or msg("message.none")
        raise UserError(
            msg("message.report.unit_no_plan", unit=repr(unit), week=plan.week, known=known)
        )
    return chosen


def idea_title(registry: Registry, idea_id: str, fallback: str, lang: str) -> str:
    """An idea's title in `lang`; `fallback` (the title a plan kept) for one no longer listed."""
    for idea in registry.ideas:
        if idea.id == idea_id:
            return localize(idea.title, lang)
    return fallback or idea_id


def owner_names(registry: Registry, unit_ids: list[str] | None, lang: str) -> dict[str, str]:
    """A stored owner (a team role, in whichever language the plan was made) -> its `lang` name.

    plan.json keeps the role's text, not an id, so it is matched against every language the
    registry gives the role, among the teams of `unit_ids` (every unit's for None).
    """
    names: dict[str, str] = {}
    for unit in registry.upts:
        if unit_ids is not None and unit.id not in unit_ids:
            continue
        for member in unit.team:
            texts = [member.role] if isinstance(member.role, str) else member.role.values()
            for text in texts:
                names.setdefault(text, localize(member.role, lang))
    return names


def plan_rows(registry: Registry, unit: UnitPlan, lang: str) -> list[PlanRow]:
    """The unit's slots in plan order, with idea, pillar, owner and unit texts in `lang`."""
    ideas = {i.id: i for i in registry.ideas}
    name = unit_name(registry, unit.id, unit.name, lang)
    owners = owner_names(registry, [unit.id], lang)
    if any(slot.owner not in owners for slot in unit.slots):
        # a role since moved to another unit, or renamed: any unit's team may still know it
        owners = owner_names(registry, None, lang) | owners  # the unit's own team first
    rows = []
    for n, slot in enumerate(unit.slots, start=1):
        idea = ideas.get(slot.idea_id)
        try:
            pillar = localize(registry.pillar(slot.pillar).name, lang)
        except KeyError:
            pillar = slot.pillar
        rows.append(
            PlanRow(
                unit_id=unit.id,
                unit_name=name,
                timezone=unit.timezone,
                n=n,
                date=slot.date,
                time=slot.time,
                platform=slot.platform,
                format=slot.format,
                idea_id=slot.idea_id,
                idea_title=localize(idea.title, lang) if idea else (slot.title or slot.idea_id),
                pillar=pillar,
                owner=owners.get(slot.owner, slot.owner),
                effort_hours=slot.effort_hours,
                brief=localize(idea.brief, lang).strip() if idea else "",
                adaptation=slot.adaptation,
                hashtags=tuple(idea.hashtags) if idea else (),
                checklist=tuple(localize(c, lang) for c in idea.checklist) if idea else (),
            )
        )
    return rows
