"""A plan's reasons in words: the codes plan.json keeps, written from the catalogue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .catalogue import t
from .i18n import PLATFORM_NAMES, format_time, lift_text, short_date
from .models import Registry, localize
from .plan_file import PlanEvent, Reason, Shortfall, Slot, UnitPlan

# The slot reasons whose words are one catalogue text without values.
_PLAIN = frozenset(("crosspost", "pillar", "rotation"))


def slot_reason(
    slot: Slot, unit: UnitPlan, events: Mapping[str, PlanEvent] | list[PlanEvent], lang: str
) -> str:
    """Why the slot's idea got it (and why its time, when learned), as the plan's page says."""
    by_id = events if isinstance(events, Mapping) else event_index(events)
    return "; ".join(_slot_words(r, slot, unit, by_id, lang) for r in slot.reason)


def event_index(events: list[PlanEvent]) -> dict[str, PlanEvent]:
    """The plan's events by id, for the reasons that name one (the first of an id wins)."""
    found: dict[str, PlanEvent] = {}
    for event in events:
        found.setdefault(event.id, event)
    return found


def shortfall_reason(
    shortfall: Shortfall, lang: str, skills: Mapping[str, str] | None = None
) -> str:
    """Why a target was left short; `skills` names capabilities (their ids without it)."""
    reason = shortfall.reason
    if reason.code == "text":
        return str(reason.value("text"))
    skill = str(reason.value("skill"))
    return t(f"plan.short.{reason.code}", lang, skill=(skills or {}).get(skill, skill))


def skill_names(registry: Registry, lang: str) -> dict[str, str]:
    """Capability id -> its name, for the shortfall a missing skill causes."""
    return {c.id: localize(c.name, lang) for c in registry.settings.capabilities}


def _slot_words(
    reason: Reason, slot: Slot, unit: UnitPlan, events: Mapping[str, PlanEvent], lang: str
) -> str:
    code = reason.code
    if code in _PLAIN:
        return t(f"plan.reason.{code}", lang)
    if code == "target":
        platform = str(reason.value("platform", slot.platform))
        return t("plan.reason.target", lang, platform=PLATFORM_NAMES.get(platform, platform))
    if code in ("event", "campaign"):
        event_id = str(reason.value("event"))
        event = events.get(event_id)
        name = event.name if event is not None else event_id
        if code == "campaign":
            return t("plan.reason.campaign", lang, name=name)
        day = _date(reason.value("date"), event)
        return f"{name} ({short_date(day, lang)})" if day is not None else name
    if code == "recommended":
        return t("insight.recommended", lang, period=reason.value("period"))
    if code == "lift":
        return t("insight.lift_reason", lang, lift=lift_text(_number(reason, "lift"), lang))
    if code in ("time.unit", "time.region"):
        return t(
            f"insight.{code}",
            lang,
            time=format_time(slot.time, unit.timezone, lang),
            platform=PLATFORM_NAMES.get(slot.platform, slot.platform),
            posts=reason.value("posts", 0),
            lift=lift_text(_number(reason, "lift"), lang),
        )
    if code == "text":
        return str(reason.value("text"))
    # a shortfall's code on a slot (a hand-edited plan): its words all the same
    return t(f"plan.short.{code}", lang, skill=reason.value("skill"))


def _date(value: object, event: PlanEvent | None) -> dt.date | None:
    """The reason's day, else its event's first day."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return event.date if event is not None else None


def _number(reason: Reason, key: str) -> float:
    value = reason.value(key, 1.0)
    return float(value) if isinstance(value, int | float) else 1.0
