"""What the region's results teach one unit (issue 13), indexed for the slot search.

Every hook calls one of these only when the plan learns (`state.learn` is set), so a plan from
the registry alone is the same, byte for byte, as before learning existed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..calendar import Week
from ..models import Idea
from ..plan_file import Reason
from ..records import record
from .model import Choice, UnitState, WeekIdea
from .scoring import REST_FACTOR, max_lift_bonus

if TYPE_CHECKING:
    # the types alone: learning imports the insights, which a plan without a store never needs
    from ..learning import Learned, LearnedTime, UnitLearning


@record
class Learn:
    """One unit's learning, indexed for the slot loop; see `unit_learn`."""

    zone: str
    times: dict[tuple[str, int], LearnedTime]  # (platform, weekday) -> the best time there
    days: dict[str, frozenset[int]]  # platform -> weekdays holding a best time
    pillars: dict[str, float]  # pillar -> lift above the median
    ideas: dict[str, float]  # idea -> lift above the median
    formats: dict[str, float]  # format -> lift above the median
    resting: dict[str, dt.date]  # idea -> Monday of the last of two weak weeks
    recommended: tuple[str, ...]  # ideas the last evaluation named, in its order
    recommended_from: str  # that evaluation's period, as its title names it; "" unknown
    max_bonus: float  # the most `lift_bonus` can give any idea: the search's bounds allow for it


def unit_learn(unit: UnitLearning, learned: Learned, zone: str) -> Learn:
    """One unit's learning indexed for the slot loop."""
    times: dict[tuple[str, int], LearnedTime] = {}
    days: dict[str, frozenset[int]] = {}
    for platform, best in unit.times.items():
        for t in best:
            times.setdefault((platform, t.weekday), t)
        days[platform] = frozenset(t.weekday for t in best)
    idea_top = max((v for v in unit.idea_lift.values()), default=1.0)
    format_top = max((v for v in unit.format_lift.values()), default=1.0)
    return Learn(
        zone=zone,
        times=times,
        days=days,
        pillars=dict(unit.pillar_lift),
        ideas=dict(unit.idea_lift),
        formats=dict(unit.format_lift),
        resting=dict(unit.resting),
        recommended=tuple(unit.recommended),
        recommended_from=learned.recommended_from,
        max_bonus=max_lift_bonus(idea_top, format_top),
    )


def resting(learn: Learn | None, idea: Idea, week: Week) -> bool:
    """An idea below the unit's median in its last two weeks of use rests REST_FACTOR times
    its cooldown (at least a week each) from the last of them."""
    if learn is None:
        return False
    last = learn.resting.get(idea.id)
    if last is None:
        return False
    return (week.start - last).days // 7 <= REST_FACTOR * max(1, idea.cooldown_weeks)


def recommended_items(
    learn: Learn, state: UnitState, platform: str, by_id: Mapping[str, WeekIdea]
) -> list[WeekIdea]:
    """The evaluation's ideas for this unit that this slot could take, not yet made this week.

    They are weighed on their own, before the search's bounds, which allow for lifts only.
    """
    found = []
    for idea_id in learn.recommended:
        item = by_id.get(idea_id)
        if (
            item is not None
            and idea_id not in state.produced
            and platform in item.platforms
            and item.event_id is None
            and (idea_id, platform) not in state.used
            and state.unit.can_produce(item.idea)
        ):
            found.append(item)
    return found


def learned_reason(learn: Learn, choice: Choice) -> Reason | None:
    """Why a learned preference chose this production; None to give the usual reason."""
    if choice.idea.event_id is not None or choice.adaptation:
        return None
    idea_id = choice.idea.idea.id
    if idea_id in learn.recommended and learn.recommended_from:
        return Reason(code="recommended", period=learn.recommended_from)
    lift = learn.ideas.get(idea_id)
    if lift is not None:
        return Reason(code="lift", lift=lift)
    return None


def learned_time(
    learn: Learn | None, platform: str, day: dt.date, taken: Sequence[str], after: str
) -> LearnedTime | None:
    """The unit's best time for the platform on this weekday, when it is free and late enough."""
    if learn is None:
        return None
    best = learn.times.get((platform, day.weekday()))
    if best is None or best.time in taken or best.time <= after:
        return None
    return best


def time_basis(learn: Learn | None, learned: LearnedTime | None) -> str | None:
    """Where a slot's time came from, for plan.json; None for a plan from the registry alone."""
    if learn is None:
        return None  # a plan from the registry alone: plan.json as it always was
    return learned.basis if learned is not None else "registry"


def time_reason(
    learn: Learn | None, reason: Reason | None, learned: LearnedTime | None
) -> list[Reason]:
    """The slot's reasons: why the idea, then why its time when the time was learned (the
    time and platform are the slot's own)."""
    reasons = [reason] if reason is not None else []
    if learn is None or learned is None:
        return reasons
    code = "time.unit" if learned.basis == "unit" else "time.region"
    return [*reasons, Reason(code=code, posts=learned.posts, lift=learned.lift)]
