"""The pillar-mix pass after construction (planner/rebalance.py, issue 16)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from smrt_cli.calendar import Week, national_holidays
from smrt_cli.models import Registry, localize
from smrt_cli.plan_file import WeekPlan
from smrt_cli.planner import plan_week, week
from tests.helpers.optimum_cases import families, generated, halved, sample, sample_weeks


def _deviation(registry: Registry, plan: WeekPlan) -> float:
    """The region's pillar-mix L1 deviation in items (as tests/helpers/optimum_model.py)."""
    shares = {p.id: p.target_share / 100.0 for p in registry.pillars}
    counts = dict.fromkeys(shares, 0)
    for u in plan.upts:
        for s in u.slots:
            counts[s.pillar] += 1
    total = sum(counts.values())
    return sum(abs(n - shares[p] * total) for p, n in counts.items())


# The exact model's least pillar deviation for the sample's 2026-W50 (no history, so the same
# week whatever the planner did before), with the total shortfall held at its optimum (0):
# tests/helpers/optimum_model.min_pillar_deviation, HiGHS 1.16, measured on 5 December 2026;
# not proven within 240 s on a loaded machine: the best plan found was 13.5 and the solver's
# lower bound 9.6 (9.9 in a second run). Issue 16 gives the sample's weeks 1.5-9.9.
W50_OPTIMUM_BOUND = 9.6

# The planner's own figures, weeks 2026-W50 ... 2027-W02 planned in turn; before the pass
# (5 December) they were 45.1, 60.1, 55.5, 31.5, 25.0 and 27.1, and 13.3, 12.9, 14.1, 14.3,
# 16.1 and 11.0 while the pass kept every greeting and one item of every event a unit had.
SAMPLE_DEVIATIONS = [9.9, 12.9, 5.5, 14.9, 11.5, 15.6]


def test_the_sample_weeks_pillar_mix() -> None:
    family = families("full")[0]
    got = [round(_deviation(family.registry, plan), 1) for *_, plan in sample_weeks()]
    assert got == SAMPLE_DEVIATIONS
    # issue 16's aim, 1.5 x the optimum + 2 items, met where the optimum is known
    assert got[0] <= 1.5 * W50_OPTIMUM_BOUND + 2


_CASES: dict[str, tuple[Callable[[], Registry], tuple[int, int]]] = {
    "sample": (sample, (2026, 50)),
    "sample W52": (sample, (2026, 52)),
    "halved": (lambda: halved(sample()), (2026, 50)),
    "generated": (lambda: generated(30, 150), (2026, 50)),
}


@pytest.mark.parametrize("name", list(_CASES))
def test_the_pass_keeps_every_slot_and_rule_and_lowers_the_deviation(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    build, (year, number) = _CASES[name]
    registry, w = build(), Week(year, number)
    holidays = national_holidays(w.start, w.end, registry.settings.language)
    with_pass = plan_week(registry, w, holidays=holidays)
    monkeypatch.setattr(week, "rebalance", lambda *args: 0)
    without = plan_week(registry, w, holidays=holidays)
    assert _deviation(registry, with_pass) < _deviation(registry, without)
    units = {u.id: u for u in registry.upts}
    ideas = {i.id: i for i in registry.ideas}
    variety: dict[tuple[object, str], set[str]] = {}
    for plan_a, plan_b in zip(with_pass.upts, without.upts, strict=True):
        # the same shortfall, the same number of posts per platform
        assert plan_a.shortfalls == plan_b.shortfalls
        assert _per_platform(plan_a.slots) == _per_platform(plan_b.slots)
        unit = units[plan_a.id]
        assert plan_a.planned_hours <= unit.capacity_hours + 1e-9
        moments = [(s.date, s.time, s.platform) for s in plan_a.slots]
        assert len(moments) == len(set(moments))  # one post per posting time
        hours: dict[str, float] = {}
        for s in plan_a.slots:
            idea = ideas[s.idea_id]
            assert idea.trigger != "reactive" and s.platform in idea.platforms
            assert s.pillar == idea.pillar
            hours[s.owner] = hours.get(s.owner, 0.0) + s.effort_hours
            if not idea.events and not idea.holidays:
                variety.setdefault((s.date, s.idea_id), set()).add(plan_a.id)
            if not s.adaptation:
                # made once a week, cross-posted only after it is made
                made = [x for x in plan_a.slots if x.idea_id == s.idea_id and not x.adaptation]
                assert made == [s]
                assert all(
                    (x.date, x.time) > (s.date, s.time)
                    for x in plan_a.slots
                    if x.idea_id == s.idea_id and x.adaptation
                )
        for owner, booked in hours.items():
            # a role's hours: every member of the unit with that role
            limit = sum(
                m.hours_per_week for m in unit.team if localize(m.role, with_pass.language) == owner
            )
            assert limit == 0 or booked <= limit + 1e-9, (plan_a.id, owner)
    limit = max(1, len(registry.upts) // 3)
    assert all(len(u) <= limit for u in variety.values())


def _per_platform(slots: list[object]) -> dict[str, int]:
    found: dict[str, int] = {}
    for s in slots:
        platform = getattr(s, "platform")  # noqa: B009 - slots of either plan
        found[platform] = found.get(platform, 0) + 1
    return found
