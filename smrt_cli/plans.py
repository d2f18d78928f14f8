"""The weekly plan as data: the plan.json contract that history, evaluation and exports read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import UserError, first_error


class PlanModel(BaseModel):
    # plan.json may gain fields; older readers ignore them rather than fail.
    model_config = ConfigDict(extra="ignore", frozen=True)


class PlanEvent(PlanModel):
    date: dt.date
    id: str
    name: str
    kind: Literal["holiday", "commemoration", "campaign"]
    estimated: bool = False  # a moving holiday the government has not confirmed yet
    day_off: bool = False  # public holiday or joint leave: only light items
    # A period's (campaign's) last day inside the planned week, as `date` is its first: the
    # days the week's plan covers, not the campaign's own end. None for one-day events.
    end: dt.date | None = None


class Slot(PlanModel):
    date: dt.date
    time: str  # local "HH:MM" in the unit's time zone
    platform: str
    format: str
    idea_id: str
    pillar: str
    effort_hours: float
    owner: str
    reason: str
    title: str = ""
    adaptation: bool = False  # a cross-post of an item produced for another slot this week


class Shortfall(PlanModel):
    platform: str
    missing: int
    reason: str


class UptPlan(PlanModel):
    id: str
    name: str = ""
    timezone: str = "Asia/Makassar"
    capacity_hours: float
    planned_hours: float
    slots: list[Slot]
    shortfalls: list[Shortfall]


class WithdrawnSlot(PlanModel):
    """A slot an earlier plan of the week held and a re-plan dropped: calendars cancel it."""

    upt: str
    timezone: str
    date: dt.date
    time: str
    platform: str
    idea_id: str
    title: str = ""


class WeekPlan(PlanModel):
    week: str  # "2026-W49"
    start: dt.date
    end: dt.date
    language: str
    events: list[PlanEvent]
    upts: list[UptPlan]
    # How often the week has been planned again (the calendar's SEQUENCE, so a re-imported
    # calendar takes the new plan), and the slots earlier plans of it held that this one does
    # not (cancelled in the calendar instead of lingering there).
    revision: int = 0
    withdrawn: list[WithdrawnSlot] = Field(default_factory=list)


def plan_json(plan: WeekPlan) -> str:
    """The canonical bytes of plan.json: stable key order, UTF-8, trailing newline."""
    data = plan.model_dump(mode="json")
    if not plan.revision and not plan.withdrawn:
        # a week planned once: plan.json as it has always been
        del data["revision"], data["withdrawn"]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def revise(plan: WeekPlan, previous: WeekPlan) -> WeekPlan:
    """`plan` as the next revision of the week's `previous` plan.

    A slot is the same slot when its unit, day, time and platform are (its calendar UID); the
    previous plan's slots that `plan` lacks, and what it had already withdrawn, are withdrawn,
    unless `plan` has them again.
    """
    kept = {(u.id, s.date, s.time, s.platform) for u in plan.upts for s in u.slots}
    gone: dict[tuple[str, dt.date, str, str], WithdrawnSlot] = {}
    for w in previous.withdrawn:
        key = (w.upt, w.date, w.time, w.platform)
        if key not in kept:
            gone[key] = w
    for u in previous.upts:
        for s in u.slots:
            key = (u.id, s.date, s.time, s.platform)
            if key not in kept:
                gone[key] = WithdrawnSlot(
                    upt=u.id,
                    timezone=u.timezone,
                    date=s.date,
                    time=s.time,
                    platform=s.platform,
                    idea_id=s.idea_id,
                    title=s.title,
                )
    withdrawn = [gone[k] for k in sorted(gone)]
    return plan.model_copy(update={"revision": previous.revision + 1, "withdrawn": withdrawn})


def load_plan(path: Path) -> WeekPlan:
    """Read a plan.json written by `smrt plan week`."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: no plan — run `smrt plan week` for that week first") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            f"{path}: cannot be read as a plan ({exc}) — write it again with "
            "`smrt plan week --force`"
        ) from None
    try:
        return WeekPlan.model_validate_json(text)
    except ValidationError as exc:
        raise UserError(
            f"{path}: not a valid plan.json ({first_error(exc)}) — "
            "write it again with `smrt plan week --force`"
        ) from None
