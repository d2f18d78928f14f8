"""How much an idea is worth in a slot: every weight of the planner, in one place."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from .model import Budget, WeekIdea

if TYPE_CHECKING:
    from .learn import Learn

# Score weights. Events lead, then cross-posting (the small team's friend), then the pillar
# mix; rotation, format and cost order ideas within a pillar.
EVENT_BONUS = 40.0
CROSS_POST_BONUS = 6.0
UNIT_DEFICIT_WEIGHT = 4.0
REGION_DEFICIT_WEIGHT = 2.0
ROTATION_CAP = 12  # weeks; anything unused longer (or never) is equally fresh
COST_WEIGHT = 0.25
# With hours to spare, a richer format and an item sized to the hours the unit can give each
# remaining production are worth most of a pillar step, never an event or a cross-post.
RICH_BONUS = 3.0
FIT_WEIGHT = 2.0
# Beyond what the reserve for later slots allows, cheaper is all that counts.
OVER_WEIGHT = 10.0
# Of two greetings for one holiday, the one written for it (a Christmas card linked to Nataru)
# before the all-purpose one; only one of them is posted.
SPECIFIC_GREETING_BONUS = 0.1
# Learning from the region's results (issue 13). A lift of 2 (the cap) is worth half a
# pillar step for an idea or a format and for a pillar: enough to choose between ideas the
# mix finds equal, never enough to override an event, a cross-post or a real deficit.
IDEA_LIFT_WEIGHT = 2.0
FORMAT_LIFT_WEIGHT = 1.0
PILLAR_LIFT_WEIGHT = 2.0
# A preferred pillar may run ahead of its share of the unit's week by at most this many items.
MIX_TOLERANCE = 1.0
# An idea the last evaluation recommended to the unit goes first where it fits: above the
# pillar mix and rotation, below an event of the week.
RECOMMENDED_BONUS = 20.0
# An idea that fell below the unit's median twice in a row rests this many times its cooldown.
REST_FACTOR = 2


def slot_score(
    item: WeekIdea,
    platform: str,
    *,
    cost: float,
    cross: bool,
    over: bool,
    pillar: float,
    rotation: int,
    budget: Budget,
    event_items: int,
    learn: Learn | None,
) -> float:
    """An idea's score for one slot: its pillar's score, rotation, then cost and format
    (or, beyond the budget, cost alone), an event, a cross-post and what results taught.

    `pillar` is `pillar_scores`'s, `event_items` the unit's items of the idea's event so far.
    The terms are added in this order: the same order gives the same floating-point sums.
    """
    score = pillar + rotation
    if over:
        score -= OVER_WEIGHT * cost
    else:
        score += quality(cost, item.rich[platform], cross, budget) - COST_WEIGHT * cost
    if item.event_id is not None:
        score += EVENT_BONUS / (1 + event_items)
        if item.specific:
            score += SPECIFIC_GREETING_BONUS
    if cross:
        score += CROSS_POST_BONUS
    if learn is not None:
        score += learned_bonus(learn, item, platform, cross)
    return score


def quality(cost: float, rich: bool, cross: bool, budget: Budget) -> float:
    """With hours to spare, a richer format and an item sized to the hours per production."""
    if not budget.slack:
        return 0.0  # no hours to spare: the cheapest item keeps every target reachable
    if cross:
        return RICH_BONUS * rich + FIT_WEIGHT  # already made: the reserve counted it
    per_item = budget.per_item
    fit = cost / per_item if cost < per_item else per_item / cost
    return RICH_BONUS * rich + FIT_WEIGHT * fit


def bucket_bound(effort: float, rich: bool, budget: Budget) -> float:
    """Minus the most cost and format add to any fresh idea of this (effort, rich) bucket
    within the budget: the search ranks buckets by it and stops where none can win."""
    if not budget.slack:
        return COST_WEIGHT * effort
    per_item = budget.per_item
    return (
        COST_WEIGHT * effort
        - RICH_BONUS * rich
        - FIT_WEIGHT * (effort / per_item if effort < per_item else per_item / effort)
    )


def fresh_ceiling(budget: Budget, cheapest: float, lifted: float) -> float:
    """The most cost, format and a measured lift add to any fresh production's score."""
    return (RICH_BONUS + FIT_WEIGHT if budget.slack else 0.0) - COST_WEIGHT * cheapest + lifted


def pillar_scores(
    pillars: Iterable[str],
    shares: Mapping[str, float],
    unit_counts: Mapping[str, int],
    unit_n: int,
    region_counts: Mapping[str, int],
    region_n: int,
    per_unit: float,
    learn: Learn | None,
) -> dict[str, tuple[float, float]]:
    """pillar -> (its pull on the next item, the unit's deficit in it).

    The pull is the unit's and (per unit) the region's deficit against the pillar's share
    once this item is counted (`unit_n`, `region_n`), and a measured lift while the pillar is
    not far ahead. Written out as one loop: this runs for every slot.
    """
    scores: dict[str, tuple[float, float]] = {}
    for pillar in pillars:
        share = shares.get(pillar, 0.0)
        unit_def = share * unit_n - unit_counts.get(pillar, 0)
        region_def = (share * region_n - region_counts.get(pillar, 0)) * per_unit
        score = UNIT_DEFICIT_WEIGHT * unit_def + REGION_DEFICIT_WEIGHT * region_def
        if learn is not None:
            score += pillar_bonus(learn, pillar, unit_def)
        scores[pillar] = (score, unit_def)
    return scores


def pillar_bonus(learn: Learn, pillar: str, unit_def: float) -> float:
    """A pillar with a measured lift is preferred while it runs at most MIX_TOLERANCE items
    ahead of its share of the unit's week."""
    lift = learn.pillars.get(pillar)
    if lift is None or unit_def <= -MIX_TOLERANCE:
        return 0.0
    return PILLAR_LIFT_WEIGHT * (lift - 1.0)


def lift_bonus(learn: Learn, idea_id: str, fmt: str) -> float:
    """What a measured lift adds to an idea's score in a slot of this format."""
    value = 0.0
    lift = learn.ideas.get(idea_id)
    if lift is not None:
        value += IDEA_LIFT_WEIGHT * (lift - 1.0)
    lift = learn.formats.get(fmt)
    if lift is not None:
        value += FORMAT_LIFT_WEIGHT * (lift - 1.0)
    return value


def learned_bonus(learn: Learn, item: WeekIdea, platform: str, cross: bool) -> float:
    """A measured lift, and the last evaluation's recommendation for a fresh production."""
    bonus = lift_bonus(learn, item.idea.id, item.formats[platform])
    if not cross and item.idea.id in learn.recommended:
        bonus += RECOMMENDED_BONUS
    return bonus


def max_lift_bonus(idea_top: float, format_top: float) -> float:
    """The most `lift_bonus` can give any idea, from the largest idea and format lifts."""
    return IDEA_LIFT_WEIGHT * max(0.0, idea_top - 1.0) + FORMAT_LIFT_WEIGHT * max(
        0.0, format_top - 1.0
    )
