"""Issue 16's instance families for comparing the planner with the exact model.

Each family is a registry and a run of weeks; the planner plans the weeks in turn, each with
the plans before it as history, and the model sees that same history and the same holidays.
"""

from __future__ import annotations

import functools
import itertools
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from smrt_cli.calendar import Week, national_holidays
from smrt_cli.models import Registry
from smrt_cli.plan_file import PlanEvent, WeekPlan
from smrt_cli.planner import plan_week

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "smrt_cli" / "data" / "upt.yaml"
SAMPLE_WEEKS = ((2026, 50), (2026, 51), (2026, 52), (2026, 53), (2027, 1), (2027, 2))


def sample() -> Registry:
    return Registry.model_validate(_sample_data())


@functools.cache
def _sample_data() -> Any:
    # parsed once per process (a tenth of a second each time); every caller validates its own
    # copy, and validating never changes the data it reads
    return yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))


def _edit(registry: Registry, change: Callable[[dict[str, Any]], None]) -> Registry:
    data = registry.model_dump(by_alias=True, exclude_none=True)
    change(data)
    return Registry.model_validate(data)


def halved(registry: Registry) -> Registry:
    """Every member's hours halved."""

    def change(data: dict[str, Any]) -> None:
        for unit in data["upts"]:
            for member in unit["team"]:
                member["hours_per_week"] = member["hours_per_week"] / 2

    return _edit(registry, change)


def only_units(registry: Registry, ids: Sequence[str]) -> Registry:
    """The registry with these units only (the first one coordinates)."""

    def change(data: dict[str, Any]) -> None:
        data["upts"] = [u for u in data["upts"] if u["id"] in ids]
        data["settings"]["coordinator"] = data["upts"][0]["id"]

    return _edit(registry, change)


def thin(registry: Registry, keep_every: int = 3) -> Registry:
    """A thin idea bank: one idea in `keep_every` (by id), event ideas included."""

    def change(data: dict[str, Any]) -> None:
        ideas = sorted(data["ideas"], key=lambda i: i["id"])
        data["ideas"] = ideas[::keep_every]

    return _edit(registry, change)


def many_events(registry: Registry, week: Week, per_event: int = 3) -> Registry:
    """A commemoration on every day of `week`, each with `per_event` ideas of its own: copies of
    ordinary ideas (every kind of effort and platform) linked to it."""

    def change(data: dict[str, Any]) -> None:
        plain = [
            i
            for i in sorted(data["ideas"], key=lambda i: i["id"])
            if not i.get("events")
            and not i.get("holidays")
            and i.get("trigger", "planned") == "planned"
            and not i.get("on_site")
            and i.get("timing", "any") == "any"
        ]
        for k, day in enumerate(week.days):
            event_id = f"acara-{k + 1}"
            data["events"].append(
                {
                    "id": event_id,
                    "name": f"Acara {k + 1}",
                    "fixed": f"{day.month:02d}-{day.day:02d}",
                }
            )
            for j in range(per_event):
                base = dict(plain[(k * per_event + j) * 2 % len(plain)])
                base["id"] = f"{event_id}-{base['id']}"[:60]
                base["events"] = [event_id]
                base["cooldown_weeks"] = 52
                base.pop("season", None)
                data["ideas"].append(base)

    return _edit(registry, change)


@functools.cache
def generated(units: int, ideas: int) -> Registry:
    """benchmarks/gen_registry.py's national-scale registry, at a small size (made once per
    process; planning reads a registry and never changes it)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gen_registry import registry_yaml

    return Registry.model_validate(yaml.safe_load(registry_yaml(units, ideas)))


@dataclass(frozen=True)
class Family:
    """A registry and the weeks it is planned for, in turn."""

    name: str
    registry: Registry
    weeks: tuple[tuple[int, int], ...]


def weeks_planned(
    family: Family,
) -> Iterator[tuple[Week, list[PlanEvent], list[WeekPlan], WeekPlan]]:
    """(week, holidays, history, the planner's plan) for each week of the family, in turn."""
    history: list[WeekPlan] = []
    for year, number in family.weeks:
        week = Week(year, number)
        holidays = national_holidays(week.start, week.end, family.registry.settings.language)
        plan = plan_week(family.registry, week, history=history, holidays=holidays)
        yield week, holidays, list(history), plan
        history.append(plan)


def first_weeks(
    family: Family, count: int
) -> list[tuple[Week, list[PlanEvent], list[WeekPlan], WeekPlan]]:
    """weeks_planned's first `count` weeks, the later ones not planned at all."""
    return list(itertools.islice(weeks_planned(family), count))


@functools.cache
def sample_weeks() -> tuple[tuple[Week, list[PlanEvent], list[WeekPlan], WeekPlan], ...]:
    """The sample family's six weeks as the planner plans them, once per test process: the
    optimality and the pillar-mix tests both read them (and change nothing)."""
    return tuple(weeks_planned(families("full")[0]))


@functools.cache
def families(scale: str = "full") -> list[Family]:
    """The issue's families; `small` keeps a few units so the exact model solves in moments.

    Built once per process (half a second): the families are frozen and nothing plans into
    their registries, so every test may share them.
    """
    base = sample()
    w50 = Week(2026, 50)
    if scale == "small":
        few = ("upp-tahuna", "upp-melonguane", "upp-kotabunan")
        small = only_units(base, few)
        return [
            Family("sample (3 units)", small, SAMPLE_WEEKS[:2]),
            Family("halved hours (3 units)", halved(small), SAMPLE_WEEKS[:2]),
            Family(
                "halved hours, many events (3 units)",
                halved(many_events(small, w50)),
                SAMPLE_WEEKS[:1],
            ),
            Family("thin idea bank (3 units)", thin(small), SAMPLE_WEEKS[:2]),
            Family("generated, 6 units", generated(6, 60), SAMPLE_WEEKS[:2]),
        ]
    return [
        Family("sample", base, SAMPLE_WEEKS),
        Family("every member's hours halved", halved(base), SAMPLE_WEEKS),
        Family(
            "halved hours and many events",
            halved(many_events(many_events(base, w50), Week(2026, 51))),
            SAMPLE_WEEKS[:2],
        ),
        Family("thin idea bank", thin(base), SAMPLE_WEEKS),
        Family("30 generated units", generated(30, 150), SAMPLE_WEEKS[:3]),
    ]


MINIMA = ROOT / "tests" / "fixtures" / "optimum_minima.json"


def unit_minima(family: Family, time_limit: float = 60.0) -> dict[str, Any]:
    """week -> unit -> {its key: [least shortfall, proven]} for every unit the planner leaves
    short in `family`'s weeks: what tests/planner/test_optimality.py compares the planner with."""
    from optimum_model import plan_shortfall, unit_key, unit_minimum, week_case

    found: dict[str, Any] = {}
    for week, holidays, history, plan in weeks_planned(family):
        case = week_case(family.registry, week, holidays, history)
        for unit_id, missing in sorted(plan_shortfall(plan).items()):
            if missing:
                least, proven = unit_minimum(case, unit_id, time_limit)
                row = found.setdefault(week.label, {}).setdefault(unit_id, {})
                row[unit_key(case, unit_id)] = [least, proven]
    return found


def write_minima(names: Sequence[str], time_limit: float) -> None:
    """The families' unit minima into MINIMA (the planner's history decides the cool-downs,
    so a planner that plans differently needs them solved again)."""
    import json

    stored = {f.name: unit_minima(f, time_limit) for f in families("full") if f.name in names}
    MINIMA.write_text(json.dumps(stored, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    # python tests/helpers/optimum_cases.py [seconds per unit]: writes tests/fixtures/optimum_minima.json
    sys.path.insert(0, str(ROOT / "tests"))
    write_minima(("sample",), float(sys.argv[1]) if sys.argv[1:] else 60.0)
