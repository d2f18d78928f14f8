"""The planner against the exact model (issue 16): optimal shortfall, pillar mix near optimal."""

from __future__ import annotations

import functools
import json

import pytest

pytest.importorskip("highspy", reason="the exact model needs highspy (pip install -e '.[test]')")

from smrt_cli.calendar import Week, national_holidays
from smrt_cli.plan_file import PlanEvent
from smrt_cli.planner import plan_week
from tests.helpers.optimum_cases import (
    MINIMA,
    SAMPLE_WEEKS,
    families,
    first_weeks,
    halved,
    only_units,
    sample,
    sample_weeks,
)
from tests.helpers.optimum_model import (
    UnitCase,
    WeekCase,
    min_shortfall,
    plan_shortfall,
    unit_key,
    unit_minimum,
    week_case,
)


def _unit_minimum(case: WeekCase, unit_id: str) -> int:
    """The unit's least shortfall with the region's variety rule left out: a lower bound."""
    return unit_minimum(case, unit_id)[0]


@functools.cache
def _stored_minima() -> list[tuple[str, str, int, int | None, bool, WeekCase]]:
    """The sample's weeks as the planner plans them, with tests/fixtures/optimum_minima.json's
    minimum for each unit it leaves short: (week, unit, planner's shortfall, minimum, proven,
    the week's case). The minima are solved by `python tests/helpers/optimum_cases.py`, once per
    planner change (its history decides the cool-downs); a unit whose usable ideas are not the
    ones solved for has no minimum (None), and the fixture must be written again."""
    stored = json.loads(MINIMA.read_text(encoding="utf-8"))["sample"]
    family = families("full")[0]
    found = []
    for week, holidays, history, plan in sample_weeks():
        case = week_case(family.registry, week, holidays, history)
        for unit_id, missing in sorted(plan_shortfall(plan).items()):
            if missing:
                entry = stored.get(week.label, {}).get(unit_id, {}).get(unit_key(case, unit_id))
                least, proven = entry if entry is not None else (None, False)
                found.append((week.label, unit_id, missing, least, proven, case))
    return found


def test_the_sample_weeks_reach_the_least_shortfall_the_rules_allow() -> None:
    # A unit the planner takes to its targets is optimal already; for the others the unit's
    # own minimum is a lower bound, so reaching it proves the planner's total optimal.
    got = [(w, u, n, least, proven) for w, u, n, least, proven, _ in _stored_minima()]
    assert all(least is not None for *_, least, _ in got), (
        "python tests/helpers/optimum_cases.py: the fixture's minima are for other cool-downs",
        got,
    )
    assert all(n == least and proven for _, _, n, least, proven in got), got
    # the figures the README quotes: six sample weeks, one of them with a real gap
    weeks = dict.fromkeys((f"{y}-W{n:02d}" for y, n in SAMPLE_WEEKS), 0)
    for w, _, n, _, _ in got:
        weeks[w] += n
    assert list(weeks.values()) == [0, 2, 2, 2, 2, 6]


def test_the_stored_minimum_of_the_smallest_sample_unit_is_solved_again() -> None:
    # the fixture held honest: its smallest instance (fewest usable ideas) solved afresh
    found = [f for f in _stored_minima() if f[3] is not None]
    week, unit_id, _, least, _, case = min(
        found, key=lambda f: (len(_unit(f[5], f[1]).ideas), f[0], f[1])
    )
    assert (week, unit_id, unit_minimum(case, unit_id)) == (week, unit_id, (least, True))


def _unit(case: WeekCase, unit_id: str) -> UnitCase:
    return next(u for u in case.units if u.upt.id == unit_id)


# The small sample, thin idea bank and generated units; the halved-hours families are where the
# planner still leaves avoidable slots unfilled, and their exact solves take minutes: they are
# measured in benchmarks/bench_optimality.py and the README, not here.
@pytest.mark.parametrize("index", [0, 3, 4], ids=lambda i: f"family{i}")
def test_small_instances_of_each_family_reach_the_least_shortfall(index: int) -> None:
    family = families("small")[index]
    for week, holidays, history, plan in first_weeks(family, 1):
        case = week_case(family.registry, week, holidays, history)
        short = plan_shortfall(plan)
        best = {u: _unit_minimum(case, u) for u, n in short.items() if n}
        assert all(short[u] == b for u, b in best.items()), (family.name, week.label, short, best)


def test_the_model_leaves_the_dear_platform_short_to_fill_cheap_slots() -> None:
    # Issue 16's example: 2.5 hours, TikTok's only idea costs 1.5 h, three 0.5 h ideas for
    # Facebook and Instagram: the optimum posts those and leaves TikTok one short.
    registry = only_units(sample(), ["upp-melonguane"])
    data = registry.model_dump(by_alias=True, exclude_none=True)
    unit = data["upts"][0]
    unit["team"] = [{"role": "Admin", "hours_per_week": 2.5}]
    unit["capabilities"] = ["photo", "writing", "phone-video", "video-editing"]
    unit["targets"] = {"facebook": 2, "instagram": 2, "tiktok": 1}
    unit["posting_policy"] = {"weekends": True, "evenings": True, "daily_presence": []}
    base = {"pillar": "layanan-publik", "requires": [], "brief": "b", "cooldown_weeks": 4}
    data["ideas"] = [
        {**base, "id": "video", "title": "V", "formats": ["reel"], "platforms": ["tiktok"]}
        | {"effort_hours": 1.5},
        *(
            {**base, "id": f"foto-{k}", "title": f"F{k}", "formats": ["photo"]}
            | {"platforms": ["facebook", "instagram"], "effort_hours": 0.5}
            for k in range(3)
        ),
    ]
    data["events"] = []
    registry = type(registry).model_validate(data)
    week = Week(2026, 49)
    case = week_case(registry, week, [])
    best = min_shortfall(case)
    # two photos and their cross-posts fill four slots in 1.5 h; the video would leave 1 h
    assert best.shortfall == {"upp-melonguane": 1}
    assert "video" not in {idea for _, idea, *_ in best.posts}
    plan = plan_week(registry, week, holidays=list[PlanEvent]())
    assert plan_shortfall(plan) == {"upp-melonguane": 1}


def test_likupang_makes_one_item_for_three_platforms() -> None:
    # The README's set cover: UPP Likupang in 2026-W50 with its admin's 6 h halved: filling Facebook and Instagram
    # with 0.5 h items first left 0.75 h and TikTok one short; the repair makes one 1 h item
    # and cross-posts it to all three, as the proven optimum does (the pillar pass then picks
    # which ideas: three pillars, one item each).
    registry = halved(only_units(sample(), ["upp-likupang"]))
    week = Week(2026, 50)
    holidays = national_holidays(week.start, week.end, "id")
    best = min_shortfall(week_case(registry, week, holidays))
    assert (best.shortfall, best.proven) == ({"upp-likupang": 0}, True)
    plan = plan_week(registry, week, holidays=holidays)
    assert plan_shortfall(plan) == {"upp-likupang": 0}
    slots = sorted((s.idea_id, s.platform, s.effort_hours) for s in plan.upts[0].slots)
    assert slots == [
        ("info-cuaca-perairan", "facebook", 0.25),
        ("info-cuaca-perairan", "instagram", 0.5),
        ("pengumuman-layanan", "facebook", 0.25),
        ("pengumuman-layanan", "instagram", 0.5),
        ("reels-tren-audio", "facebook", 0.25),
        ("reels-tren-audio", "instagram", 0.25),
        ("reels-tren-audio", "tiktok", 1.0),
    ]
    assert sum(s.effort_hours for s in plan.upts[0].slots) == 3.0


def test_a_halved_hours_week_reaches_the_proven_minimum_of_a_unit() -> None:
    # Every member's hours halved, 2026-W51 after the planner's own W50: the planner's
    # shortfall per unit; UPP Likupang (1 short before the repair) and KSOP Bitung (2) are
    # at their proven minima.
    family = families("full")[1]
    week, holidays, history, plan = first_weeks(family, 2)[1]
    assert week.label == "2026-W51"
    assert {u: n for u, n in plan_shortfall(plan).items() if n} == {
        "ksop-bitung": 1,
        "ksop-manado": 1,
        "upp-amurang": 1,
        "upp-kotabunan": 1,
        "upp-labuhan-uki": 1,
        "upp-melonguane": 1,
        "upp-tahuna": 1,
        "upp-ulu-siau": 2,
    }
    case = week_case(family.registry, week, holidays, history)
    assert unit_minimum(case, "upp-likupang") == (0, True)
    assert unit_minimum(case, "ksop-bitung") == (1, True)


@pytest.mark.parametrize("presence", [True, False])
def test_the_model_keeps_a_daily_presence_as_the_planner_does(presence: bool) -> None:
    # A campaign the unit's policy keeps a daily presence for (Nataru's posko updates) has an
    # item of the unit's every week it can make one: the planner keeps one through its pillar
    # pass, so the exact model must too, or its pillar optimum trades it away. 1 h for two
    # Instagram slots: two 0.5 h photos fill both, the campaign's 1 h item leaves one short.
    registry = only_units(sample(), ["upp-melonguane"])
    data = registry.model_dump(by_alias=True, exclude_none=True)
    unit = data["upts"][0]
    unit["team"] = [{"role": "Admin", "hours_per_week": 1.0}]
    unit["capabilities"] = ["photo"]
    unit["targets"] = {"instagram": 2}
    daily = ["nataru"] if presence else []
    unit["posting_policy"] = {"weekends": True, "evenings": True, "daily_presence": daily}
    base = {"pillar": "layanan-publik", "requires": [], "brief": "b", "cooldown_weeks": 4}
    photo = {"formats": ["photo"], "platforms": ["instagram"]}
    data["ideas"] = [
        {**base, **photo, "id": "posko", "title": "P", "effort_hours": 1.0, "events": ["nataru"]},
        *({**base, **photo, "id": f"foto-{k}", "title": "F", "effort_hours": 0.5} for k in (1, 2)),
    ]
    registry = type(registry).model_validate(data)
    best = min_shortfall(week_case(registry, Week(2026, 52), []))
    made = sorted(idea for _, idea, *_ in best.posts)
    assert (best.total, made) == ((1, ["posko"]) if presence else (0, ["foto-1", "foto-2"]))
