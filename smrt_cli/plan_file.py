"""The weekly plan as data: the plan.json contract that history, evaluation and exports read."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, cast

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticSerializationError

from . import cache
from .errors import TextError, UserError, msg
from .jsonsource import load_model
from .models import Slug, assembled, known_timezone, new_list
from .weeks import Week, week_from_label


class PlanModel(BaseModel):
    # plan.json may gain fields; older readers ignore them rather than fail. People edit it
    # too, so the values it has are checked as strictly as the registry's (no NaN either).
    model_config = ConfigDict(extra="ignore", frozen=True, allow_inf_nan=False)


P = TypeVar("P", bound=PlanModel)


def built(cls: type[P], **values: Any) -> P:
    """A plan model from values already of its fields' types, every field given in order.

    What model_construct makes, without its search for aliases and defaults field by field: a
    national week builds 21,000 duty days and 7,500 slots from values the planner made from a
    validated registry, and that search was most of their cost.
    """
    if len(values) != len(cls.__pydantic_fields__):  # model_fields is a slow class property
        raise TypeError(f"{cls.__name__} is built with every field, in order")
    return assembled(cls, values)


_CLOCK = re.compile(r"([01]?[0-9]|2[0-3])[:.]([0-5][0-9])")
_TIMES_OF_DAY = frozenset(f"{h:02d}:{m:02d}" for h in range(24) for m in range(60))


def _plan_time(value: object) -> object:
    """'09:00', and the house style '09.00' the plan's pages show (so people type it): 09:00."""
    if not isinstance(value, str):
        return value  # pydantic says it wants text
    if value in _TIMES_OF_DAY:  # as smrt writes it, without a match: a national week has 22,500
        return value
    found = _CLOCK.fullmatch(value.strip())
    if found is None:
        raise TextError("message.value.not_time_of_day", value=repr(value))
    return f"{int(found.group(1)):02d}:{found.group(2)}"


def _plan_zone(value: str) -> str:
    if not known_timezone(value):
        raise TextError(
            "message.registry.timezone", value=repr(value), example="'Asia/Makassar' (WITA)"
        )
    return value


PlanTime = Annotated[str, BeforeValidator(_plan_time)]
Zone = Annotated[str, AfterValidator(_plan_zone)]
Hours = Annotated[float, Field(ge=0, le=1_000_000)]  # finite (allow_inf_nan) and sane


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


# Why the planner chose a slot or left a target short, as a code; the values its words need
# sit beside it (`{"code": "target", "platform": "facebook"}`), and the renderers write the
# words from the catalogue in the language they write in. "text" is a reason as an older
# plan.json wrote it: already words, shown as they are.
ReasonCode = Literal[
    "text",
    # a slot's choice (planner/reasons.py, planner/learn.py)
    "event",  # event: the event's id (its name is in the plan's events), date: its day
    "campaign",  # event: the campaign's id
    "crosspost",
    "pillar",
    "rotation",
    "target",  # platform
    "recommended",  # period: the evaluation's period, as its title names it
    "lift",  # lift: the idea's lift above the unit's median
    # a slot's time learned from results: posts and lift (the time and platform are the slot's)
    "time.unit",
    "time.region",
    # a target left short
    "capacity",
    "no_idea",
    "cooldown",
    "holiday",
    "weekend",  # the unit's posting policy keeps its weekends and days off free
    "skill",  # skill: the capability's id
    "evening",
    "office",
    "times",
]


class Reason(BaseModel):
    """A reason's code and the values its words need (any other key beside `code`)."""

    model_config = ConfigDict(extra="allow", frozen=True, allow_inf_nan=False)
    __pydantic_extra__: dict[str, str | int | float] = Field(init=False)

    code: ReasonCode

    def value(self, key: str, default: str | int | float = "") -> str | int | float:
        """One of the values beside the code; `default` when a hand-edited file lacks it."""
        found: str | int | float = (self.model_extra or {}).get(key, default)
        return found


def _reason_words(value: object) -> object:
    """A reason as an older plan.json wrote it (words) as the code that keeps them."""
    return {"code": "text", "text": value} if isinstance(value, str) else value


def _reasons_words(value: object) -> object:
    """A slot's reasons; older plan.json files held one reason's words."""
    return [_reason_words(value)] if isinstance(value, str) else value


class Slot(PlanModel):
    date: dt.date
    time: PlanTime  # local "HH:MM" in the unit's time zone
    platform: str
    format: str
    idea_id: Slug
    pillar: Slug
    effort_hours: Hours
    owner: str
    # why the idea got the slot, then (when the time was learned) why the time
    reason: Annotated[list[Reason], BeforeValidator(_reasons_words)]
    title: str = ""
    adaptation: bool = False  # a cross-post of an item produced for another slot this week
    # Where the time came from when the plan learned from the store: "unit" or "region" (the
    # best times of `smrt insights`), else "registry". None (left out of plan.json) when the
    # plan was made from the registry alone.
    time_basis: str | None = None


class Shortfall(PlanModel):
    platform: str
    missing: int
    reason: Annotated[Reason, BeforeValidator(_reason_words)]


class Duty(PlanModel):
    """Who watches the unit's inbox on one day; None: nobody can (a shortfall)."""

    date: dt.date
    member: str | None


class ReadyIdea(PlanModel):
    """A reactive idea the unit can make: never scheduled, used when its occasion arises."""

    idea_id: Slug
    title: str = ""
    pillar: str = ""


class UnitPlan(PlanModel):
    id: Slug  # names the unit's page and export files
    name: str = ""
    timezone: Zone = "Asia/Makassar"
    capacity_hours: Hours
    planned_hours: Hours
    slots: list[Slot]
    shortfalls: list[Shortfall]
    duty: list[Duty] = Field(default_factory=new_list)  # the inbox roster ("Jadwal piket")
    ready: list[ReadyIdea] = Field(default_factory=new_list)  # reactive ideas, siap pakai


class WithdrawnSlot(PlanModel):
    """A slot an earlier plan of the week held and a re-plan dropped: calendars cancel it."""

    upt: Slug
    timezone: Zone
    date: dt.date
    time: PlanTime
    platform: str
    idea_id: Slug
    title: str = ""


class Approval(PlanModel):
    """Who approved the week's plan (or one unit's), when, and the exact plan they approved."""

    upt: str | None = None  # None: the whole week
    by: str
    at: dt.datetime  # UTC
    sha256: str  # of the plan it approved: see approvals.plan_digest


class WeekPlan(PlanModel):
    week: str  # "2026-W49"
    start: dt.date
    end: dt.date
    language: str
    events: list[PlanEvent]
    upts: list[UnitPlan]
    # How often the week has been planned again (the calendar's SEQUENCE, so a re-imported
    # calendar takes the new plan), and the slots earlier plans of it held that this one does
    # not (cancelled in the calendar instead of lingering there).
    revision: int = 0
    withdrawn: list[WithdrawnSlot] = Field(default_factory=new_list)
    # `smrt plan approve`; a plan without one is a draft (issue 17)
    approvals: list[Approval] = Field(default_factory=new_list)


def plan_json(plan: WeekPlan) -> str:
    """The canonical bytes of plan.json: stable key order, UTF-8, trailing newline."""
    if _plain_floats(plan):
        # pydantic's serializer writes the same bytes as json.dumps below, ten times faster
        # the same fields left out as below
        exclude = set() if plan.revision or plan.withdrawn else {"revision", "withdrawn"}
        if not plan.approvals:
            exclude.add("approvals")
        try:
            text = plan.model_dump_json(indent=2, exclude=exclude)
        except PydanticSerializationError:
            pass  # a lone surrogate, say: json.dumps below behaves as plan.json always has
        else:
            # A slot's time_basis (its last field) left out when None, as below. A JSON string
            # holds no raw line break, so only that field's own line can match.
            return text.replace(_NO_TIME_BASIS, "\n") + "\n"
    data = plan.model_dump(mode="json")
    if not plan.revision and not plan.withdrawn:
        # a week planned once: plan.json as it has always been
        del data["revision"], data["withdrawn"]
    for unit in data["upts"]:
        for slot in unit["slots"]:
            if slot["time_basis"] is None:
                del slot["time_basis"]  # planned from the registry alone: as it always was
    if not plan.approvals:
        del data["approvals"]  # a draft's plan.json as it has always been
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


_NO_TIME_BASIS = ',\n          "time_basis": null\n'
# The models' float fields: the only values whose JSON spelling differs between pydantic and
# json.dumps (2.5e-05 against 0.000025, NaN against null). A test holds this list complete.
PLAN_FLOATS = {"UnitPlan": ("capacity_hours", "planned_hours"), "Slot": ("effort_hours",)}


def _plain_floats(plan: WeekPlan) -> bool:
    """Whether every float of `plan` is one both serializers spell alike: 0 or 1e-4 to 1e15."""
    for unit in plan.upts:
        for value in (
            unit.capacity_hours,
            unit.planned_hours,
            *(s.effort_hours for s in unit.slots),
        ):
            if type(value) is not float or not (value == 0.0 or 1e-4 <= value <= 1e15):
                return False
    return True


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
        text = path.read_text(encoding="utf-8-sig")  # Notepad saves UTF-8 with a BOM
    except FileNotFoundError:
        said = msg("message.json.no_plan")
        raise UserError(msg("message.json.at", file=path, message=said)) from None
    except (OSError, UnicodeDecodeError) as exc:
        fix = msg("message.rewrite.plan")
        said = msg("message.json.unreadable_plan", error=str(exc), fix=fix)
        raise UserError(msg("message.json.at", file=path, message=said)) from None
    return load_model(WeekPlan, text, str(path), msg("message.rewrite.plan"))


def plan_history(out: Path, target: Week, horizon_weeks: int) -> dict[tuple[str, str], dt.date]:
    """What earlier weeks' plan.json under OUT planned: (unit, idea) -> latest week's Monday.

    Only weeks within `horizon_weeks` matter (the longest cooldown, or the rotation's reach),
    so older plans are not read. Only two fields of each slot matter, so a well-formed file is
    read as plain JSON (a year of national plans would otherwise take seconds to validate);
    anything unexpected goes through load_plan for its one clear error message.
    """
    used: dict[tuple[str, str], dt.date] = {}
    if not out.is_dir():
        return used
    oldest = target.start - dt.timedelta(weeks=horizon_weeks)
    weeks: list[tuple[dt.date, list[tuple[str, str]]]] = []
    for folder in sorted(out.iterdir()):
        week = week_from_label(folder.name)
        if week is None or not oldest <= week.start < target.start or not folder.is_dir():
            continue
        path = folder / "plan.json"
        if not path.is_file():
            continue
        try:
            raw = path.read_bytes()
        except OSError:
            raw = b""
        digest = hashlib.sha256(raw).hexdigest()
        pairs = _cached_pairs(path, digest)
        if pairs is None:
            try:
                pairs = _plan_pairs(json.loads(raw))
            except ValueError:
                pairs = None
            if pairs is None:
                plan = load_plan(path)  # raises the UserError that says what is wrong
                pairs = [(u.id, s.idea_id) for u in plan.upts for s in u.slots]
            pairs = sorted(set(pairs))
            cache.entry("history", digest, path=path).put(json.dumps(pairs, allow_nan=False))
        weeks.append((week.start, pairs))
    # Oldest first, so each pair ends with its latest week (a year of national plans holds
    # 400,000 pairs: one dict update per week, not a comparison per pair).
    for monday, pairs in sorted(weeks, key=lambda w: w[0]):
        used.update(dict.fromkeys(pairs, monday))
    return used


def _cached_pairs(path: Path, digest: str) -> list[tuple[str, str]] | None:
    """A plan's (unit, idea) pairs as cached for exactly these bytes, else None.

    A national plan.json is 3 MB: a year of them took 3.8 s to parse for every new week, their
    pairs (keyed by the file's SHA-256, so an edited plan is read again) take a tenth of that.
    """
    body = cache.entry("history", digest, path=path).get()
    if body is None:
        return None
    try:
        pairs = list(map(tuple, json.loads(body)))
    except (ValueError, TypeError):
        return None
    if not all(len(pair) == 2 for pair in pairs):
        return None
    return cast(list[tuple[str, str]], pairs)


def _plan_pairs(data: object) -> list[tuple[str, str]] | None:
    """(unit id, idea id) of every slot, or None when the JSON is not shaped like a plan."""
    if not isinstance(data, dict) or not isinstance(data.get("upts"), list):
        return None
    pairs = []
    for unit in data["upts"]:
        if not isinstance(unit, dict) or not isinstance(unit.get("id"), str):
            return None
        slots = unit.get("slots")
        if not isinstance(slots, list):
            return None
        for slot in slots:
            if not isinstance(slot, dict) or not isinstance(slot.get("idea_id"), str):
                return None
            pairs.append((unit["id"], slot["idea_id"]))
    return pairs
