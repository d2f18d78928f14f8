"""The search for one slot: the best idea the unit can still make or cross-post, on which day
and by whom, and what stood in the way when there is none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from ..plan_file import ReasonCode, Slot
from .budget import member_for, missing_skill
from .days import (
    allowed,
    days_for,
    event_day,
    first_day_after,
    has_time,
    office_times,
    refused,
    spread_day,
)
from .ideas import cooling
from .learn import learned_reason, recommended_items, resting
from .model import EPS, Budget, Choice, Table, Tally, UnitState, WeekContext, WeekIdea
from .reasons import reason_for
from .scoring import (
    ROTATION_CAP,
    bucket_bound,
    fresh_ceiling,
    lift_bonus,
    pillar_scores,
    slot_score,
)

# In the frugal construction, an hour per slot outweighs every other term of the score: the
# other terms only choose among ideas of the same hours per slot.
HOURS_PER_SLOT_WEIGHT = 1000.0

# Placing a cover, a cross-post outweighs even the hours per slot: it waits for the productions.
MAKE_FIRST_WEIGHT = 1000 * HOURS_PER_SLOT_WEIGHT

# What stood in the way of a slot, in the order the shortfall reports them.
_OBSTACLES: tuple[ReasonCode, ...] = ("capacity", "holiday", "weekend", "times", "office")

# No unit posts the idea that day (read only).
_NO_UNITS: Mapping[str, int] = {}


class Search:
    """One slot of one unit: every idea that could take it is weighed, the best kept.

    Ideas within the budget compete on pillar, rotation, format and fit; one beyond it (it
    would eat hours the later target slots need) is taken only when none within it can be,
    and then the cheapest wins.
    """

    def __init__(
        self,
        ctx: WeekContext,
        tally: Tally,
        state: UnitState,
        platform: str,
        table: Table,
        budget: Budget,
        times: list[str],
        prefer: dt.date,
        day_cap: int,
        open_slots: Mapping[str, int] | None = None,
        make_first: bool = False,
    ) -> None:
        self.ctx, self.tally, self.state, self.platform = ctx, tally, state, platform
        self.per_pillar = table.pools.get(platform, {})
        self.event_pillars = table.event_pillars.get(platform, [])
        self.keys = table.keys.get(platform, [])
        self.budget, self.times, self.prefer, self.day_cap = budget, times, prefer, day_cap
        self.afford = budget.afford + EPS
        self.learn = state.learn
        self.unit_id, self.last_use = state.unit.id, ctx.last_use
        self.obstacles: set[str] = set()  # of _OBSTACLES, and "cooldown"
        self.missing_skill = ""  # a capability an idea needs that no member has
        self.best: Choice | None = None
        self.best_over: Choice | None = None
        self._spread: list[dt.date | None] = []  # the day a production would take, once
        # pillar -> (score, the unit's deficit), for the pillars of the platform's ideas
        self.pscores = self._pillar_scores(self.per_pillar)
        # The frugal construction (issue 16): platform -> target slots still open; an idea is
        # then worth first what one slot costs in hours, its production shared with the open
        # slots of its other platforms at an adaptation each.
        self.open = open_slots
        # Placing a repair's cover (see `repair`): every production before any cross-post, so
        # the hours of the members who can make the ideas are not spent on adaptations first.
        self.make_first = make_first
        # (skills, hours, days) -> the days someone able has the hours, once per slot
        self._free_days: dict[tuple[frozenset[str], float, int], list[dt.date]] = {}

    def run(self) -> tuple[Choice | None, ReasonCode, str]:
        """The best idea for the slot, and the code of what stood in the way if none (with
        the capability no member has, for "skill")."""
        self._crossposts_and_events()
        self._within_budget()
        if self.best is None:
            self._beyond_budget()
            self.best = self.best_over
        best = self.best
        if best is not None:
            learn = self.learn
            learned = learned_reason(learn, best) if learn is not None else None
            best.reason = learned or reason_for(best, self.platform)
        for obstacle in _OBSTACLES:
            if obstacle in self.obstacles:
                return best, obstacle, ""
        if self.missing_skill:
            return best, "skill", self.missing_skill
        # "no suitable idea" would send the coordinator to write ideas when the unit has them,
        # only used too recently: that calls for waiting, or for more ideas of the kind
        return best, "cooldown" if "cooldown" in self.obstacles else "no_idea", ""

    def _pillar(self, pillar: str) -> tuple[float, float]:
        """A pillar's score for this slot and the unit's deficit in it."""
        found = self.pscores.get(pillar)
        return found if found is not None else self._pillar_scores((pillar,))[pillar]

    def _pillar_scores(self, pillars: Iterable[str]) -> dict[str, tuple[float, float]]:
        state, tally = self.state, self.tally
        return pillar_scores(
            pillars,
            self.ctx.shares,
            state.pillar_counts,
            len(state.slots) + 1,
            tally.pillars,
            tally.total + 1,
            1.0 / max(1, self.ctx.n_units),
            self.learn,
        )

    def _rotation(self, idea_id: str) -> int:
        """Weeks since the unit last used the idea, capped: fresher is worth more."""
        when = self.last_use.get((self.unit_id, idea_id))
        if when is None:
            return ROTATION_CAP
        return min(ROTATION_CAP, (self.ctx.week.start - when).days // 7)

    def _blocked(self, item: WeekIdea) -> bool:
        """Whether the idea is out of the running: on this platform already, or resting."""
        idea = item.idea
        if (idea.id, self.platform) in self.state.used:
            return True
        week = self.ctx.week
        last = self.last_use.get((self.unit_id, idea.id))
        if cooling(idea, last, week) or resting(self.learn, idea, week):
            self.obstacles.add("cooldown")
            return True
        return False

    def _crossposts_and_events(self) -> None:
        """Cross-posts first (few, and usually the winners), then the week's event ideas and
        the last evaluation's recommendations."""
        state, platform = self.state, self.platform
        for idea_id in sorted(state.produced):
            item = self.ctx.by_id[idea_id]
            if platform in item.platforms and not self._blocked(item):
                self.consider(item, *self._pillar(item.idea.pillar))
        for pillar in self.event_pillars:
            pscore, unit_def = self.pscores[pillar]
            for item in self.per_pillar[pillar].events:
                if item.idea.id not in state.produced and not self._blocked(item):
                    self.consider(item, pscore, unit_def)
        if self.learn is not None:
            for item in recommended_items(self.learn, state, platform, self.ctx.by_id):
                if not self._blocked(item):
                    self.consider(item, *self._pillar(item.idea.pillar))

    def _within_budget(self) -> None:
        """The buckets within the budget, best possible score first, cut short by an exact
        bound once nothing left can beat the best found."""
        pscores, keys, budget, afford = self.pscores, self.keys, self.budget, self.afford
        by_pscore = sorted([(-score, p) for p, (score, _) in pscores.items()])
        # A fresh production's best possible score: when a cross-post or an event item
        # already beats it (about half the slots), the buckets need not be ranked at all. A
        # measured lift may add up to `max_bonus` to any idea.
        lifted = self.learn.max_bonus if self.learn is not None else 0.0
        ceiling = fresh_ceiling(budget, keys[0][0] if keys else 0.0, lifted)
        best = self.best
        if not by_pscore or (
            best is not None and ROTATION_CAP - by_pscore[0][0] + ceiling < best.score - EPS
        ):
            return
        # The same order for every pillar (cheapest first without hours to spare).
        within = [(bucket_bound(e, r, budget), e, r) for e, r in keys if e <= afford]
        if budget.slack:
            within.sort()
        # The likeliest pillar first, so the bound below cuts the others short; the bound is
        # exact, so the order changes nothing but the time taken.
        for _, pillar in by_pscore:
            pool = self.per_pillar[pillar]
            pscore, unit_def = pscores[pillar]
            best = self.best
            if (
                within
                and best is not None
                and pscore + ROTATION_CAP - within[0][0] + lifted < best.score - EPS
            ):
                break  # this pillar cannot win, nor can any after it (lower pillar scores)
            for neg_value, effort, rich in within:
                best = self.best
                if (
                    best is not None
                    and pscore + ROTATION_CAP - neg_value + lifted < best.score - EPS
                ):
                    break  # no idea in this or a later bucket of the pillar can win
                bucket = pool.buckets.get((effort, rich))
                if bucket is not None:
                    self._scan(bucket, pscore, unit_def)

    def _beyond_budget(self) -> None:
        """Nothing fits the budget: the cheapest beyond it, as the unit cannot reach every
        target anyway."""
        state, afford = self.state, self.afford
        beyond = [k for k in self.keys if k[0] > afford]
        for pillar in sorted(self.per_pillar):
            pool = self.per_pillar[pillar]
            pscore, unit_def = self.pscores[pillar]
            for effort, rich in beyond:
                bucket = pool.buckets.get((effort, rich))
                if bucket is None:
                    continue
                if effort > state.remaining + EPS:
                    # cheapest first: from here on every idea of the pillar is too big
                    if any(
                        i.idea.id not in state.produced and not self._blocked(i) for i in bucket
                    ):
                        self.obstacles.add("capacity")
                        break
                    continue
                self._scan(bucket, pscore, unit_def)

    def _scan(self, items: list[WeekIdea], pscore: float, unit_def: float) -> None:
        """One bucket. In id order with equal cost and format: the first fresh one that fits
        is the bucket's best, since only rotation (capped) tells them apart."""
        produced, learn, platform = self.state.produced, self.learn, self.platform
        for i, item in enumerate(items):
            if item.idea.id in produced or self._blocked(item):
                continue
            if self.consider(item, pscore, unit_def) and self._rotation(item.idea.id) == (
                ROTATION_CAP
            ):
                if learn is not None and learn.max_bonus > 0:
                    # a measured lift may still raise a later idea of the bucket above it
                    floor = lift_bonus(learn, item.idea.id, item.formats[platform])
                    for later in items[i + 1 :]:
                        if (
                            lift_bonus(learn, later.idea.id, later.formats[platform]) > floor
                            and later.idea.id not in produced
                            and not self._blocked(later)
                        ):
                            self.consider(later, pscore, unit_def)
                break

    def consider(self, item: WeekIdea, pscore: float, unit_def: float) -> bool:
        """Score one idea for the slot and keep it if it is the best so far; False when it
        cannot take the slot."""
        state, ctx = self.state, self.ctx
        idea = item.idea
        cross = idea.id in state.produced
        cost = ctx.adaptation if cross else idea.effort_hours
        made = state.produced[idea.id] if cross else None
        if item.greeting and not cross:
            # one greeting card per holiday from a unit; its cross-posts are the same card
            greeted = state.greeted.get(item.event_id or "")
            if greeted is not None and greeted != idea.id:
                return False
        day = self._day(item, cost, made)
        if day is None:
            return False
        if item.event_id is None:
            units_that_day = self.tally.day_idea.get((day, idea.id), _NO_UNITS)
            if state.unit.id not in units_that_day and len(units_that_day) >= ctx.variety_limit:
                return False
        if cost > state.remaining + EPS:
            self.obstacles.add("capacity")
            return False
        requires = frozenset() if cross else item.requires
        maker = state.maker.get(idea.id, -1) if cross else state.planned.get(idea.id, -1)
        member = member_for(state, requires, cost, day, maker)
        if member < 0:
            if member == -2:
                self.missing_skill = self.missing_skill or missing_skill(state, requires)
            else:
                self.obstacles.add("capacity")  # the hours of everyone who could are booked
            return False
        rot = self._rotation(idea.id)
        over = cost > self.afford
        score = slot_score(
            item,
            self.platform,
            cost=cost,
            cross=cross,
            over=over,
            pillar=pscore,
            rotation=rot,
            budget=self.budget,
            event_items=0 if item.event_id is None else state.event_counts.get(item.event_id, 0),
            learn=self.learn,
        )
        if self.open is not None:
            if not self.make_first:
                score -= HOURS_PER_SLOT_WEIGHT * self._per_slot(item, cost, cross)
            elif cross:
                score -= MAKE_FIRST_WEIGHT
            else:
                # the production with the most cross-posts to follow goes first, early in the
                # week, so they find their days and times after it
                score += HOURS_PER_SLOT_WEIGHT * self._reach(item)
        current = self.best_over if over else self.best
        key = (score, -cost)
        if (
            current is None
            or key > (current.score, -current.cost)
            or (key == (current.score, -current.cost) and idea.id < current.idea.idea.id)
        ):
            # the reason's words are made once, for the winner
            choice = Choice(item, day, cost, cross, score, None, unit_def, rot, member)
            if over:
                self.best_over = choice
            else:
                self.best = choice
        return True

    def _reach(self, item: WeekIdea) -> int:
        """The open platforms an idea can go on."""
        open_slots = self.open or {}
        return sum(1 for p in item.platforms if open_slots.get(p, 0) > 0)

    def _per_slot(self, item: WeekIdea, cost: float, cross: bool) -> float:
        """Hours per target slot: a production's shared with the open slots it can be
        cross-posted to, each at an adaptation's hours."""
        if cross or self.open is None:
            return cost
        open_slots, platform = self.open, self.platform
        k = 1 + sum(1 for p in item.platforms if p != platform and open_slots.get(p, 0) > 0)
        return (cost + self.ctx.adaptation * (k - 1)) / k

    def _day(self, item: WeekIdea, cost: float, made: Slot | None) -> dt.date | None:
        """The day the idea would go out in this slot; None (and why, in `obstacles`) when
        there is none."""
        state, ctx, platform, times = self.state, self.ctx, self.platform, self.times
        cross = made is not None
        # a cross-post goes out strictly after the item it is adapted from
        first = first_day_after(made, times) if made is not None else ctx.days[0]
        # on-site work is posted in office hours; its cross-posts are ordinary posts
        own_times = times if cross else office_times(times, item.office)
        if not own_times:
            self.obstacles.add("office")
            return None
        closed = frozenset() if item.event_id in state.every_day else state.closed
        if item.event_id is not None:
            if item.event_day is not None and first > item.event_day:
                return None
            day, why = event_day(
                ctx,
                item,
                cost,
                state,
                platform,
                first,
                own_times,
                made,
                self.day_cap,
                closed,
                self.make_first,
            )
            if day is None:
                # a full day is no obstacle to report: other ideas take the slot elsewhere
                if why in ("times", "holiday", "weekend"):
                    self.obstacles.add(why)
                return None
            if not cross and item.only_days is not None and day not in item.only_days:
                return None
            return day
        requires = frozenset() if cross else item.requires
        # the workdays someone who can do it is at work (all of them unless members have days)
        work = (
            ctx.workdays
            if state.any_day
            else self._free(days_for(state, requires, ctx.workdays), requires, cost)
        )
        if made is not None:
            return self._crosspost_day(made, first, cost, work, closed)
        if item.only_days is not None:
            fitting = [
                d
                for d in work
                if d in item.only_days
                and allowed(d, cost, ctx.day_off, ctx.light, closed)
                and has_time(state, platform, d, own_times, "")
            ]
            return self._spread_or(fitting, ctx.day_off, "times")
        day = self._production_day() if state.any_day else self._spread_on(work, ctx.day_off)
        if day is not None and allowed(day, cost, ctx.day_off, ctx.light, closed):
            return day
        open_days = [d for d in work if d not in ctx.day_off and d not in closed]
        if not open_days:
            self.obstacles.add("holiday")  # a week of holidays carries light items only
            return None
        return self._spread_or(open_days, frozenset(), "times")

    def _free(self, days: list[dt.date], requires: frozenset[str], cost: float) -> list[dt.date]:
        """The days on which someone who can do the item is at work with the hours left: a
        day whose only such member has spent their hours would refuse a slot another day
        takes. All of `days` when there is none, for the shortfall's reason."""
        state = self.state
        if not self.make_first:
            # only a repair's cover is placed so (the others are planned as they were, and
            # checking every member for every idea and day would cost them a fifth more)
            return days
        key = (requires, cost, len(days))
        found = self._free_days.get(key)
        if found is None:
            free = [d for d in days if member_for(state, requires, cost, d, -1) >= 0]
            found = self._free_days[key] = free or days
        return found

    def _crosspost_day(
        self,
        made: Slot,
        first: dt.date,
        cost: float,
        work: list[dt.date],
        closed: frozenset[dt.date],
    ) -> dt.date | None:
        """The day for a cross-post of `made`: from `first` on, on a day it may go out."""
        state, ctx, platform = self.state, self.ctx, self.platform
        later = [d for d in work if d >= first] or [
            d for d in days_for(state, frozenset(), ctx.days) if d >= first
        ]
        open_days = [d for d in later if allowed(d, cost, ctx.day_off, ctx.light, closed)]
        if not open_days:
            # a weekend the unit's policy keeps free is not a holiday: say which refused it
            self.obstacles.add(refused(later, cost, ctx.day_off, ctx.light, closed))
            return None
        later = open_days
        # on the production's own day only a time after the production will do
        later = [
            d
            for d in later
            if has_time(state, platform, d, self.times, made.time if d == made.date else "")
        ]
        return self._spread_or(later, ctx.day_off, "times")

    def _spread_or(
        self, days: list[dt.date], day_off: frozenset[dt.date], obstacle: str
    ) -> dt.date | None:
        """The spread's day among `days`; None, noting `obstacle`, when there is none."""
        day = self._spread_on(days, day_off)
        if day is None:
            self.obstacles.add(obstacle)
        return day

    def _spread_on(self, days: list[dt.date], day_off: frozenset[dt.date]) -> dt.date | None:
        return spread_day(self.state, self.platform, days, day_off, len(self.times), self.prefer)

    def _production_day(self) -> dt.date | None:
        """The spread's day over the workdays, worked out once and only when a production
        is considered (it is the same for every idea of the slot)."""
        if not self._spread:
            self._spread.append(self._spread_on(self.ctx.workdays, self.ctx.day_off))
        return self._spread[0]
