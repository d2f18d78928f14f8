"""What the planner learns from insights and the last evaluation: times, lifts, rests, ideas."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field

from .insights import BestTime, Insights

# Lifts count up to this much: one lucky idea must not outbid the pillar mix.
LIFT_CAP = 2.0
# Ideas with a measured lift that each unit gets a preference for, best first: enough to
# change what the week holds, few enough to keep every slot's choice quick.
TOP_IDEAS = 12


class LearnModel(BaseModel):
    model_config = ConfigDict(frozen=True)


class LearnedTime(LearnModel):
    """A unit's best time on one weekday for one platform, and what it stands on."""

    weekday: int
    time: str  # "HH:MM", local
    basis: str  # "unit" or "region"
    posts: int
    lift: float


class UnitLearning(LearnModel):
    """One unit's share of what was learned; empty when nothing was."""

    # platform -> best times, best first (one per weekday)
    times: dict[str, list[LearnedTime]] = Field(default_factory=dict)
    pillar_lift: dict[str, float] = Field(default_factory=dict)  # lift > 1 from enough posts
    idea_lift: dict[str, float] = Field(default_factory=dict)
    format_lift: dict[str, float] = Field(default_factory=dict)
    resting: dict[str, dt.date] = Field(default_factory=dict)  # idea -> Monday of last use
    recommended: list[str] = Field(default_factory=list)  # idea ids, weakest criterion first


class Learned(LearnModel):
    """Everything the planner takes from the region's results, per unit."""

    units: dict[str, UnitLearning] = Field(default_factory=dict)
    recommended_from: str = ""  # the evaluation's period title, "Oktober 2026"

    def unit(self, unit_id: str) -> UnitLearning:
        return self.units.get(unit_id) or UnitLearning()


def _times(rows: Sequence[BestTime]) -> list[LearnedTime]:
    out: list[LearnedTime] = []
    seen: set[int] = set()
    for t in rows:
        if t.basis == "registry" or t.weekday is None or t.lift is None or t.weekday in seen:
            continue
        seen.add(t.weekday)
        out.append(
            LearnedTime(weekday=t.weekday, time=t.time, basis=t.basis, posts=t.posts, lift=t.lift)
        )
    return out


def learn(
    insights: Insights | None,
    recommended: Mapping[str, Sequence[str]] | None = None,
    recommended_from: str = "",
) -> Learned:
    """Per unit: best times (basis unit or region), lifts above the median, resting ideas,
    and the ideas the last evaluation recommended."""
    units: dict[str, dict[str, object]] = {}

    def entry(unit_id: str) -> dict[str, object]:
        return units.setdefault(unit_id, {})

    if insights is not None:
        by_unit: dict[tuple[str, str], list[BestTime]] = {}
        for t in insights.best_times:
            if t.upt is not None:
                by_unit.setdefault((t.upt, t.platform), []).append(t)
        for (unit_id, platform), rows in by_unit.items():
            times = _times(rows)
            if times:
                entry(unit_id).setdefault("times", {})[platform] = times  # type: ignore[index]
        region: dict[tuple[str, str], float] = {}
        for c in insights.content:
            if c.lift is None:
                continue
            if c.upt is None:
                region[(c.dimension, c.key)] = c.lift
            elif c.lift > 1.0:
                field = f"{c.dimension}_lift"
                entry(c.upt).setdefault(field, {})[c.key] = min(c.lift, LIFT_CAP)  # type: ignore[index]
        for r in insights.resting:
            entry(r.upt).setdefault("resting", {})[r.idea_id] = r.last  # type: ignore[index]
        _region_ideas(insights, region, entry)
    for unit_id, ideas in (recommended or {}).items():
        if ideas:
            entry(unit_id)["recommended"] = list(dict.fromkeys(ideas))
    return Learned(
        units={u: UnitLearning.model_validate(v) for u, v in sorted(units.items())},
        recommended_from=recommended_from,
    )


def _region_ideas(
    insights: Insights,
    region: Mapping[tuple[str, str], float],
    entry: object,
) -> None:
    """A unit without enough posts of an idea borrows the region's lift for it; each unit
    keeps only its best TOP_IDEAS ideas."""
    assert callable(entry)
    measured: dict[str, set[str]] = {}
    for c in insights.content:
        if c.upt is not None and c.dimension == "idea" and c.lift is not None:
            measured.setdefault(c.upt, set()).add(c.key)
    # best first as each unit's list ends up ordered (the capped lift, then the id), so a unit
    # need look no further than its first TOP_IDEAS ideas it may borrow
    good = sorted(
        ((k, min(v, LIFT_CAP)) for (d, k), v in region.items() if d == "idea" and v > 1.0),
        key=lambda kv: (-kv[1], kv[0]),
    )
    units = {t.upt for t in insights.best_times if t.upt is not None}
    for unit_id in sorted(units):
        data = entry(unit_id)
        own: dict[str, float] = data.setdefault("idea_lift", {})
        skip = measured.get(unit_id, set())
        borrowed: list[tuple[str, float]] = []
        for key, lift in good:
            if len(borrowed) == TOP_IDEAS:
                break
            if key not in own and key not in skip:
                borrowed.append((key, lift))
        best = sorted([*own.items(), *borrowed], key=lambda kv: (-kv[1], kv[0]))[:TOP_IDEAS]
        data["idea_lift"] = dict(sorted(best))
