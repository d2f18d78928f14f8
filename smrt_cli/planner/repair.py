"""The repair of a unit left short (issue 16): which productions to make, found by an exact
search over the unit's week with days set aside, for the planner to place again.

The slot-by-slot construction cannot see a set-cover choice: UPP Likupang, 3 h a week, fills
Facebook and Instagram with 0.5 h items and their cross-posts and has 0.75 h left for TikTok,
where one 1 h reel cross-posted to all three fills every slot. With days and times set aside a
unit's week is small (a few hours, a handful of kinds of idea): how many ideas of each kind to
make is searched exhaustively, branch and bound on the slots filled, bounded by a count of
steps rather than the clock so the result is the same on every machine. The search is a
relaxation (every rule it leaves out only removes plans), so when its best fills no more slots
than the plan has, the plan is optimal and nothing is placed again.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .ideas import cooling
from .learn import resting
from .model import EPS, Table, UnitState, WeekContext, WeekIdea

# The most steps (kinds tried at some count) one unit's search takes: far more than a sample
# unit's week needs, and a bound on the time a pathological registry can cost.
MAX_STEPS = 20_000

# The covers handed back, best first: each is placed in full by the construction, which may
# find one of them impossible on the week's days.
MAX_COVERS = 4


@dataclass(frozen=True)
class Kind:
    """Ideas alike for the shortfall: the same hours, target platforms and skills."""

    effort: float
    platforms: frozenset[str]
    requires: frozenset[str]
    ideas: tuple[WeekIdea, ...]  # in the order they are taken
    cap: int  # the most of them a week can use
    dated: bool = False  # an event's or a time of the month's: its days are few


@dataclass(frozen=True)
class Capacity:
    """A unit's week as the search sees it: targets, hours, and who may spend them."""

    targets: Mapping[str, int]  # platform -> target slots the unit can post at all
    hours: float  # the unit's hours
    adaptation: float  # a cross-post's hours
    skill_hours: Mapping[str, float]  # capability -> hours of the members who have it
    members: tuple[tuple[float, frozenset[str]], ...] = ()  # each member's hours and skills


# effort, target platforms, skills, the holiday of a card, an event's days, the only days
_KindKey = tuple[
    float,
    tuple[str, ...],
    tuple[str, ...],
    str,
    tuple[dt.date, dt.date] | None,
    tuple[dt.date, ...] | None,
]


def kinds(
    items: Iterable[WeekIdea],
    targets: Mapping[str, int],
    most_hours: Mapping[frozenset[str], float],
) -> list[Kind]:
    """The unit's usable ideas grouped by kind, dearest first (so the search's first branches
    settle the hours); `most_hours` gives, per skill set, the most hours one member able to
    do it has (an idea bigger than that cannot be made). A holiday card is a kind of its own:
    one per holiday."""
    grouped: dict[_KindKey, list[WeekIdea]] = {}
    for item in items:
        platforms = frozenset(p for p in item.platforms if targets.get(p, 0) > 0)
        effort = item.idea.effort_hours
        if not platforms or effort > most_hours.get(item.requires, 0.0) + EPS:
            continue
        card = item.event_id if item.greeting else None
        # an event's ideas go out in its days only: not one of a kind with ideas for any day
        key = (
            effort,
            tuple(sorted(platforms)),
            tuple(sorted(item.requires)),
            card or "",
            item.window,
            None if item.only_days is None else tuple(sorted(item.only_days)),
        )
        grouped.setdefault(key, []).append(item)
    found = []
    for key, group in grouped.items():
        effort, platforms = key[0], frozenset(key[1])
        most = max(targets[p] for p in platforms)
        cap = 1 if key[3] else min(len(group), most)
        dated = key[4] is not None or key[5] is not None
        found.append(Kind(effort, platforms, group[0].requires, tuple(group), cap, dated))
    found.sort(
        key=lambda k: (-k.effort, -len(k.platforms), sorted(k.platforms), sorted(k.requires))
    )
    return found


@dataclass(order=True, frozen=True)
class Cover:
    """A choice of how many ideas of each kind to make, and the slots it fills."""

    # (-slots, hours, dated ideas): fewer hours on a tie, then fewer ideas whose few days may
    # leave their cross-posts none
    rank: tuple[int, float, int]
    counts: tuple[int, ...]  # per kind, in the search's order
    makers: tuple[int, ...] = ()  # the member who makes each idea, kind by kind


def covers(week: Capacity, found: Sequence[Kind], at_least: int) -> list[Cover]:
    """The best covers filling at least `at_least` slots, best first (at most MAX_COVERS)."""
    search = _Search(week, found, at_least)
    search.branch(0, [0] * len(found), 0.0, {p: 0 for p in week.targets})
    return sorted(search.kept)


class _Search:
    """Depth first over the kinds, each at every count from its cap down to none."""

    def __init__(self, week: Capacity, found: Sequence[Kind], at_least: int) -> None:
        self.week, self.found, self.at_least = week, found, at_least
        self.kept: list[Cover] = []
        self.steps = 0
        # platform -> how many ideas the kinds from index i on can still bring to it
        self.rest: list[dict[str, int]] = [{} for _ in range(len(found) + 1)]
        for i in range(len(found) - 1, -1, -1):
            row = dict(self.rest[i + 1])
            for p in found[i].platforms:
                row[p] = row.get(p, 0) + found[i].cap
            self.rest[i] = row
        cheapest = min((k.effort for k in found), default=week.adaptation)
        self.cheapest_post = max(EPS, min(week.adaptation, cheapest))

    def slots(self, counts: Sequence[int], effort: float, on: Mapping[str, int]) -> int:
        """The slots a choice fills: its ideas on every target platform they fit, as far as
        the hours left after making them pay for cross-posts."""
        made = sum(counts)
        reach = sum(min(t, on[p]) for p, t in self.week.targets.items())
        spare = self.week.hours - effort
        return min(reach, made + math.floor(spare / self.week.adaptation + EPS))

    def bound(self, i: int, counts: Sequence[int], effort: float, on: Mapping[str, int]) -> int:
        """The most slots any choice extending this one can fill."""
        rest = self.rest[i]
        reach = sum(min(t, on[p] + rest.get(p, 0)) for p, t in self.week.targets.items())
        spare = self.week.hours - effort
        return min(reach, sum(counts) + math.floor(spare / self.cheapest_post + EPS))

    def worst_kept(self) -> int:
        if len(self.kept) < MAX_COVERS:
            return self.at_least
        return max(self.at_least, -max(self.kept).rank[0])

    def branch(self, i: int, counts: list[int], effort: float, on: dict[str, int]) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS or self.bound(i, counts, effort, on) < self.worst_kept():
            return
        if i == len(self.found):
            self.keep(counts, effort, on)
            return
        kind = self.found[i]
        for n in range(kind.cap, -1, -1):
            counts[i] = 0  # not counted in its own skill check
            extra = n * kind.effort
            if effort + extra > self.week.hours + EPS or not self._skills(kind, n, counts):
                continue
            counts[i] = n
            for p in kind.platforms:
                on[p] += n
            self.branch(i + 1, counts, effort + extra, on)
            for p in kind.platforms:
                on[p] -= n
        counts[i] = 0

    def _skills(self, kind: Kind, n: int, counts: Sequence[int]) -> bool:
        """Whether the members with each skill have the hours for the ideas needing it."""
        if not n or not kind.requires:
            return True
        for skill in kind.requires:
            need = n * kind.effort + sum(
                c * k.effort
                for c, k in zip(counts, self.found, strict=False)
                if skill in k.requires
            )
            if need > self.week.skill_hours.get(skill, 0.0) + EPS:
                return False
        return True

    def _makers(self, counts: Sequence[int]) -> tuple[int, ...] | None:
        jobs = [(k.effort, k.requires) for k, n in zip(self.found, counts, strict=True)]
        jobs = [job for job, n in zip(jobs, counts, strict=True) for _ in range(n)]
        steps = [self.steps]
        found = _fits(jobs, self.week.members, steps)
        self.steps = steps[0]
        return found

    def keep(self, counts: Sequence[int], effort: float, on: Mapping[str, int]) -> None:
        filled = self.slots(counts, effort, on)
        made = sum(counts)
        if filled < self.worst_kept() or filled < made:
            return  # an idea with no slot of its own is hours for nothing
        makers = self._makers(counts)
        if makers is None:
            return  # no member with the skills has the hours for some production
        hours = effort + (filled - made) * self.week.adaptation
        dated = sum(n for n, k in zip(counts, self.found, strict=True) if k.dated)
        self.kept.append(Cover((-filled, round(hours, 6), dated), tuple(counts), makers))
        self.kept.sort()
        del self.kept[MAX_COVERS:]


def _fits(
    jobs: Sequence[tuple[float, frozenset[str]]],
    members: Sequence[tuple[float, frozenset[str]]],
    steps: list[int],
) -> tuple[int, ...] | None:
    """A member for each production (dearest first): one with its skills and the hours; the
    fewest skills first, so a specialist keeps the hours only they can spend. Members alike
    in hours left and skills are tried once. `steps` counts the work (shared with the search)."""
    free = [h for h, _ in members]
    order = sorted(range(len(members)), key=lambda m: (len(members[m][1]), m))
    out: list[int] = []

    def place(j: int) -> bool:
        steps[0] += 1
        if j == len(jobs):
            return True
        if steps[0] > MAX_STEPS:
            return False
        effort, requires = jobs[j]
        tried: set[tuple[float, frozenset[str]]] = set()
        for m in order:
            caps = members[m][1]
            if not requires <= caps or free[m] + EPS < effort or (free[m], caps) in tried:
                continue
            tried.add((free[m], caps))
            free[m] -= effort
            out.append(m)
            if place(j + 1):
                return True
            free[m] += effort
            out.pop()
        return False

    return tuple(out) if place(0) else None


def chosen(
    found: Sequence[Kind], cover: Cover, first: Iterable[str]
) -> tuple[list[WeekIdea], dict[str, int]]:
    """The ideas a cover makes, and who makes each: of each kind, those in `first` (the plan
    so far) before the others, which keeps the plan's own choices where the cover allows."""
    rank = {idea_id: k for k, idea_id in enumerate(first)}
    picked: list[WeekIdea] = []
    for kind, n in zip(found, cover.counts, strict=True):
        order = sorted(
            kind.ideas, key=lambda w: (rank.get(w.idea.id, len(rank)), w.event_id is not None)
        )
        picked.extend(order[:n])
    return picked, {w.idea.id: m for w, m in zip(picked, cover.makers, strict=True)}


def unit_covers(
    ctx: WeekContext, state: UnitState, table: Table, targets: Mapping[str, int], filled: int
) -> list[tuple[list[WeekIdea], dict[str, int]]]:
    """The ideas to make for each cover that fills more than `filled` slots of `targets`
    (platform -> slots the unit can post at all), best first; `state` is the plan so far, whose
    ideas a cover keeps where it can."""
    unit = state.unit
    caps = state.member_caps
    hours = [m.hours_per_week for m in unit.team]
    items = _usable(ctx, state, table, targets)
    most: dict[frozenset[str], float] = {}
    for item in items:
        if item.requires not in most:
            able = [h for h, c in zip(hours, caps, strict=True) if item.requires <= c]
            most[item.requires] = max(able, default=0.0)
    skills = {c for cs in caps for c in cs}
    week = Capacity(
        targets=targets,
        hours=sum(hours),
        adaptation=ctx.adaptation,
        members=tuple(zip(hours, caps, strict=True)),
        skill_hours={
            c: sum(h for h, cs in zip(hours, caps, strict=True) if c in cs) for c in skills
        },
    )
    found = kinds(items, targets, most)
    first = [s.idea_id for s in state.slots]
    return [chosen(found, c, first) for c in covers(week, found, filled + 1)]


def _usable(
    ctx: WeekContext, state: UnitState, table: Table, targets: Mapping[str, int]
) -> list[WeekIdea]:
    """The ideas the unit may make this week for its target platforms, in id order."""
    unit_id, week, learn = state.unit.id, ctx.week, state.learn
    found: dict[str, WeekIdea] = {}
    for platform in targets:
        for pool in table.pools.get(platform, {}).values():
            for group in (pool.events, *pool.buckets.values()):
                for item in group:
                    idea = item.idea
                    if idea.id in found:
                        continue
                    if cooling(idea, ctx.last_use.get((unit_id, idea.id)), week) or resting(
                        learn, idea, week
                    ):
                        continue
                    found[idea.id] = item
    return [found[k] for k in sorted(found)]
