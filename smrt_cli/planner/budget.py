"""The hour budget: what a slot may spend while the later slots keep their reserve, per unit
and per team member."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

from ..calendar import Week
from .ideas import cooling
from .learn import Learn, resting
from .model import EPS, Budget, Table, UnitState, WeekIdea


def reserve_pool(
    table: Table,
    targets: Mapping[str, int],
    unit_id: str,
    last_use: Mapping[tuple[str, str], dt.date],
    week: Week,
    learn: Learn | None = None,
) -> list[tuple[float, str, WeekIdea]]:
    """The ideas outside events the unit can make this week, cheapest first, for `budget`.

    An idea in its cooldown cannot fill a later slot, so it holds no hours for one. Per
    platform only the cheapest are kept, as many as `budget` can ever reach: the platform's
    target (the most fresh productions its later slots need) plus the unit's slots of the week
    (each slot's production takes at most one of them away).
    """
    total = sum(targets.values())
    found: dict[str, tuple[float, str, WeekIdea]] = {}
    for platform, target in targets.items():
        want = target + total
        pools = table.pools.get(platform, {}).values()
        for key in table.keys.get(platform, ()):
            for pool in pools:
                for item in pool.buckets.get(key, ()):
                    idea = item.idea
                    if cooling(idea, last_use.get((unit_id, idea.id)), week) or resting(
                        learn, idea, week
                    ):
                        continue
                    found[idea.id] = (idea.effort_hours, idea.id, item)
                    want -= 1
                    if not want:
                        break
                if not want:
                    break
            if not want:
                break
    return sorted(found.values())  # ids are unique: the ideas themselves are never compared


def budget(
    state: UnitState,
    left: Mapping[str, int],
    pool: Sequence[tuple[float, str, WeekIdea]],
    min_effort: float,
    adaptation: float,
) -> Budget:
    """What this slot may spend while the unit's later target slots keep their cheapest cost.

    Each later slot costs at least an adaptation. A platform needs a fresh production for every
    later slot that no item already made this week can still be cross-posted to, and only an
    idea the unit can still make for that platform (not in its cooldown, not made this week)
    can be it: the cheapest of those are taken in turn, each counting once for every platform
    that still needs one, so one production cross-posted elsewhere is reserved once. The
    cheapest idea overall would be too little when it is in its cooldown or cannot go on the
    platform, and a later slot would find nothing it can afford. A slot no idea is left for
    keeps an adaptation's hours, for an event idea that may still take it.
    """
    later = 0
    busiest = 0
    need: dict[str, int] = {}
    crossable = state.crossable
    for platform, n in left.items():
        if n <= 0:
            continue
        later += n
        fresh = n - crossable.get(platform, 0)
        if fresh > 0:
            need[platform] = fresh
            busiest = max(busiest, fresh)
    productions, hours = _cheapest_productions(state, pool, need)
    afford = state.remaining - hours - (later - productions) * adaptation
    # The size an item is fitted to stays the busiest platform's even share: the count above
    # assumes the cheapest ideas, which cross-post less than the richer items chosen in the
    # end, and fitting to it made plans smaller and plainer without filling more slots.
    adaptations = later - busiest
    per_item = (state.remaining - adaptations * adaptation) / (busiest + 1)
    return Budget(afford, per_item, afford > min_effort + EPS)


def _cheapest_productions(
    state: UnitState, pool: Sequence[tuple[float, str, WeekIdea]], need: dict[str, int]
) -> tuple[int, float]:
    """How many of the cheapest ideas not made yet cover `need` (platform -> fresh productions
    still wanted), and their hours; `need` is used up."""
    productions = 0
    hours = 0.0
    open_platforms = len(need)
    if open_platforms:
        produced = state.produced
        for effort, idea_id, item in pool:
            if idea_id in produced:
                continue
            useful = False
            for platform in item.platforms:
                k = need.get(platform, 0)
                if k > 0:
                    need[platform] = k - 1
                    useful = True
                    if k == 1:
                        open_platforms -= 1
            if useful:
                productions += 1
                hours += effort
                if not open_platforms:
                    break
    return productions, hours


def member_for(
    state: UnitState, requires: frozenset[str], cost: float, day: dt.date, prefer: int
) -> int:
    """The member to do an item: has every capability it needs, works that day and has the
    hours left; `prefer` (the production's maker, for a cross-post) when they can, else the
    one with the most hours free. -1 when none can, -2 when no member has the capabilities."""
    best, best_free, skilled = -1, -math.inf, False
    hours = state.member_hours
    weekday = day.weekday()
    for i, caps in enumerate(state.member_caps):
        if not requires <= caps:
            continue
        skilled = True
        days = state.member_days[i]
        if days is not None and weekday not in days:
            continue
        if day in state.unit.team[i].unavailable:
            continue  # on leave
        free = state.unit.team[i].hours_per_week - hours[i]
        if free + EPS < cost:
            continue
        if i == prefer:
            return i
        if free > best_free + EPS:
            best, best_free = i, free
    return best if best >= 0 or skilled else -2


def missing_skill(state: UnitState, requires: frozenset[str]) -> str:
    """The first capability the idea needs that no member has."""
    have = frozenset().union(*state.member_caps)
    return min(requires - have, default="")
