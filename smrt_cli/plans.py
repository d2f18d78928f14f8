"""The weekly plan as data: the plan.json contract that history, evaluation and exports read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

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


class WeekPlan(PlanModel):
    week: str  # "2026-W49"
    start: dt.date
    end: dt.date
    language: str
    events: list[PlanEvent]
    upts: list[UptPlan]


def plan_json(plan: WeekPlan) -> str:
    """The canonical bytes of plan.json: stable key order, UTF-8, trailing newline."""
    return json.dumps(plan.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


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
