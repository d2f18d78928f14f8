"""What the region's results teach one unit (issue 13), indexed for the slot search.

Every hook calls one of these only when the plan learns (`state.learn` is set), so a plan from
the registry alone is the same, byte for byte, as before learning existed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..calendar import Week
from ..i18n import PLATFORM_NAMES, insight_text, lift_text
from ..learning import Learned, LearnedTime, UnitLearning
from ..models import Idea
from .model import Choice, UnitState, WeekIdea
from .scoring import REST_FACTOR, max_lift_bonus


@dataclass(frozen=True)
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
    recommended_reason: str
    lang: str
    max_bonus: float  # the most `lift_bonus` can give any idea: the search's bounds allow for it


def unit_learn(unit: UnitLearning, learned: Learned, zone: str, lang: str) -> Learn:
    """One unit's learning indexed for the slot loop."""
    times: dict[tuple[str, int], LearnedTime] = {}
    days: dict[str, frozenset[int]] = {}
    for platform, best in unit.times.items():
        for t in best:
            times.setdefault((platform, t.weekday), t)
        days[platform] = frozenset(t.weekday for t in best)
    idea_top = max((v for v in unit.idea_lift.values()), default=1.0)
    format_top = max((v for v in unit.format_lift.values()), default=1.0)
    reason = ""
    if unit.recommended and learned.recommended_from:
        reason = insight_text("recommended", lang, period=learned.recommended_from)
    return Learn(
        zone=zone,
        times=times,
        days=days,
        pillars=dict(unit.pillar_lift),
        ideas=dict(unit.idea_lift),
        formats=dict(unit.format_lift),
        resting=dict(unit.resting),
        recommended=tuple(unit.recommended),
        recommended_reason=reason,
        lang=lang,
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
            and state.upt.can_produce(item.idea)
        ):
            found.append(item)
    return found


def learned_reason(learn: Learn, choice: Choice) -> str | None:
    """Why a learned preference chose this production; None to give the usual reason."""
    if choice.idea.event_id is not None or choice.adaptation:
        return None
    idea_id = choice.idea.idea.id
    if idea_id in learn.recommended and learn.recommended_reason:
        return learn.recommended_reason
    lift = learn.ideas.get(idea_id)
    if lift is not None:
        return insight_text("lift_reason", learn.lang, lift=lift_text(lift, learn.lang))
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
    learn: Learn | None, platform: str, time: str, reason: str, learned: LearnedTime | None
) -> str:
    """The slot's reason, and why its time when the time was learned."""
    if learn is None or learned is None:
        return reason
    from ..i18n import format_time

    why = insight_text(
        f"time.{learned.basis}",
        learn.lang,
        time=format_time(time, learn.zone, learn.lang),
        platform=PLATFORM_NAMES.get(platform, platform),
        posts=learned.posts,
        lift=lift_text(learned.lift, learn.lang),
    )
    return f"{reason}; {why}" if reason else why
