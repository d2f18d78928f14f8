"""After the week is built, the region's pillar mix brought toward its targets by swaps (issue 16).

Construction fills each slot in turn and an event's bonus outbids the mix, so a commemoration
can take twice its pillar's share of the region's items. This pass changes which idea fills a
slot, never how many slots are filled, when, on which platform or at what hours: an item of a
pillar over its share gives its slots to an idea of a pillar under it that may take every one
of them by the same rules (platforms, cool-down, day, on-site hours, the variety limit, a
member with the skill and the hours), with the same or fewer hours. A swap is made only when
it lowers the region's L1 deviation from the targets, so the pass ends, and the shortfall
cannot change. A unit keeps one item of each campaign its policy keeps a daily presence for;
one short of its targets also keeps its greetings and one item of every event it had. The work
is bounded by counts (sweeps, candidates per slot), not by the clock, and is linear in the slots.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from ..models import localize
from ..plan_file import Reason, Slot
from .budget import member_for
from .days import allowed, office_times
from .ideas import IdeaIndex, cooling
from .learn import resting
from .model import EPS, Budget, Pool, Table, Tally, UnitState, WeekContext, WeekIdea
from .place import place
from .search import Search

# Full passes over the units; a pass that swaps nothing ends it sooner.
MAX_SWEEPS = 3
# A unit takes an idea it would not have made only while it has this many weeks' worth of
# fresh ideas left on each of the idea's platforms: each idea it makes rests for its cool-down,
# and a unit short of ideas next week would pay for this week's mix with missing posts.
RESERVE_WEEKS = 4
# Ideas weighed for one production and one pillar before it is left as it is: a unit with
# hundreds of ideas in a pillar finds a fitting one among the first few, and the cap keeps a
# national week's pass linear when no idea fits.
MAX_TRIES = 8

_PILLAR = Reason(code="pillar")
_CROSSPOST = Reason(code="crosspost")


def rebalance(ctx: WeekContext, tally: Tally, index: IdeaIndex, states: Sequence[UnitState]) -> int:
    """Swap ideas between pillars while that lowers the region's pillar-mix deviation; the
    number of swaps made."""
    swaps = 0
    # what was tried and found nothing, not tried again in a later sweep: (unit, idea or
    # slot, the pillars tried)
    failed: set[tuple[object, ...]] = set()
    for _ in range(MAX_SWEEPS):
        before = swaps
        for state in states:
            counts = state.pillar_counts
            devs = _deviations(ctx, tally)
            if not any(counts.get(p) and d > 0.5 for p, d in devs.items()):
                continue  # nothing of the unit's is in a pillar over its share
            table = index.table(state.unit)
            swaps += _productions(ctx, tally, table, state, failed)
            swaps += _crossposts(ctx, tally, table, state)
            swaps += _elsewhere(ctx, tally, table, state, failed)
        if swaps == before:
            break
    return swaps


def _deviation(ctx: WeekContext, tally: Tally, pillar: str) -> float:
    """The region's items of `pillar` beyond its share (negative: short of it)."""
    return tally.pillars.get(pillar, 0) - ctx.shares.get(pillar, 0.0) * tally.total


def _gain(over: float, under: float, k: int) -> float:
    """How much moving k items from a pillar `over` its share to one `under` it lowers L1."""
    return abs(over) + abs(under) - abs(over - k) - abs(under + k)


def _deviations(ctx: WeekContext, tally: Tally) -> dict[str, float]:
    """Every pillar's `_deviation`, worked out again after each swap (a check reads them)."""
    total = tally.total
    pillars = tally.pillars
    return {p: pillars.get(p, 0) - share * total for p, share in ctx.shares.items()}


def _short_pillars(devs: dict[str, float]) -> list[tuple[float, str]]:
    """The pillars under their share, furthest under first."""
    return sorted((d, p) for p, d in devs.items() if d < -EPS)


def _productions(
    ctx: WeekContext,
    tally: Tally,
    table: Table,
    state: UnitState,
    failed: set[tuple[object, ...]],
) -> int:
    """Swap whole productions (with their cross-posts) of the unit's over-share pillars."""
    swaps = 0
    devs = _deviations(ctx, tally)
    for idea_id in sorted(state.produced, key=lambda i: _when(state.produced[i])):
        item = ctx.by_id[idea_id]
        pillar = item.idea.pillar
        if devs[pillar] <= 0.5 or not _may_give_up(ctx, state, item):
            continue
        group = [i for i, s in enumerate(state.slots) if s.idea_id == idea_id]
        for under, target in _short_pillars(devs):
            if _gain(devs[pillar], under, len(group)) <= EPS:
                continue
            key = (state.unit.id, idea_id, target)
            if key in failed:
                continue
            found = _replacement(ctx, tally, table, state, item, group, target)
            if found is None:
                failed.add(key)
            else:
                _swap(ctx, tally, state, item, group, *found)
                swaps += 1
                devs = _deviations(ctx, tally)
                break
    return swaps


def _when(slot: Slot) -> tuple[object, str, str]:
    return slot.date, slot.time, slot.platform


def _may_give_up(ctx: WeekContext, state: UnitState, item: WeekIdea) -> bool:
    """Whether the unit may lose this production: not what the last evaluation recommended to
    it, not the last of its items for a campaign its policy keeps a daily presence for; and in
    a unit short of its targets, not a holiday greeting nor the last item of any event."""
    learn = state.learn
    if learn is not None and item.idea.id in learn.recommended:
        return False
    event_id = item.event_id
    if event_id is None:
        return True
    # No rule asks a unit for a greeting or an item of a commemoration: the event's bonus put
    # them there. But a unit short of hours that trades them takes ordinary ideas instead,
    # which then rest for their cool-downs, and next week it finds fewer cheap ones to fill
    # its slots (every member's hours halved: 4 more slots short over six weeks).
    short = len(state.slots) < sum(state.unit.targets.values())
    if item.greeting:
        return not short
    if event_id not in state.every_day and not short:
        return True
    by_id = ctx.by_id
    return sum(1 for i in state.produced if by_id[i].event_id == event_id) > 1


def _candidates(table: Table, platform: str, pillar: str, effort: float) -> Iterator[WeekIdea]:
    """The unit's ideas of `pillar` for `platform` outside events at most `effort` hours, the
    nearest in hours (then the richer format) first, each bucket in id order."""
    pool = table.pools.get(platform, {}).get(pillar)
    if pool is None:
        return
    keys = sorted((k for k in pool.buckets if k[0] <= effort + EPS), key=lambda k: (-k[0], -k[1]))
    for key in keys:
        yield from pool.buckets[key]


def _replacement(
    ctx: WeekContext,
    tally: Tally,
    table: Table,
    state: UnitState,
    item: WeekIdea,
    group: list[int],
    pillar: str,
) -> tuple[WeekIdea, int] | None:
    """An idea of `pillar` that may take every slot of `item`'s production and cross-posts,
    and the member who makes it; None when none of the first MAX_TRIES does."""
    slots = [state.slots[i] for i in group]
    made = next(s for s in slots if not s.adaptation)
    platforms = {s.platform for s in slots}
    effort = item.idea.effort_hours
    maker = state.maker[item.idea.id]
    tries = 0
    for other in _candidates(table, made.platform, pillar, effort):
        tries += 1
        if tries > MAX_TRIES:
            return None
        if not _fits(ctx, tally, state, other, slots, made, platforms) or not _plenty(
            ctx, table, state, other
        ):
            continue
        # the hours the production gave back first, so its maker may make the new one
        state.member_hours[maker] -= effort
        member = member_for(state, other.requires, other.idea.effort_hours, made.date, maker)
        state.member_hours[maker] += effort
        if member >= 0:
            return other, member
    return None


def _plenty(
    ctx: WeekContext, table: Table, state: UnitState, other: WeekIdea, extra: int = 1
) -> bool:
    """Whether the unit keeps RESERVE_WEEKS of targets in fresh ideas on every platform of
    `other` after making it (counted until there are enough; `extra`: 1 while `other` is
    not made yet, 0 once it is)."""
    week, unit_id, last_use = ctx.week, state.unit.id, ctx.last_use
    for platform in sorted(other.platforms):
        need = RESERVE_WEEKS * state.unit.targets.get(platform, 0)  # type: ignore[call-overload]
        if need <= 0:
            continue
        need += extra
        for pool in table.pools.get(platform, {}).values():
            for bucket in pool.buckets.values():
                for item in bucket:
                    idea = item.idea
                    if idea.id in state.produced or cooling(
                        idea, last_use.get((unit_id, idea.id)), week
                    ):
                        continue
                    need -= 1
                    if need <= 0:
                        break
                if need <= 0:
                    break
            if need <= 0:
                break
        if need > 0:
            return False
    return True


def _fits(
    ctx: WeekContext,
    tally: Tally,
    state: UnitState,
    other: WeekIdea,
    slots: list[Slot],
    made: Slot,
    platforms: set[str],
) -> bool:
    """Whether `other` may take these slots by every rule but the member's (see `member_for`)."""
    idea = other.idea
    if idea.id in state.produced or not platforms <= other.platforms:
        return False
    week, unit_id = ctx.week, state.unit.id
    if cooling(idea, ctx.last_use.get((unit_id, idea.id)), week) or resting(
        state.learn, idea, week
    ):
        return False
    day = made.date
    # an idea outside events is made on a workday, on a day it may be (on-site, a time of the
    # month), and on-site work at a posting time in office hours
    # (not on a holiday: an ordinary item is no reason to work on one)
    if (
        day not in ctx.workdays
        or day in ctx.day_off
        or (other.only_days is not None and day not in other.only_days)
    ):
        return False
    if other.office is not None and not office_times([made.time], other.office):
        return False
    if not allowed(day, idea.effort_hours, ctx.day_off, ctx.light, state.closed):
        return False
    for slot in slots:
        if slot.adaptation and (
            slot.date not in ctx.workdays
            or not allowed(slot.date, ctx.adaptation, ctx.day_off, ctx.light, state.closed)
        ):
            return False  # an event's daily presence may open a day the unit keeps free
        units = tally.day_idea.get((slot.date, idea.id))
        if units is not None and unit_id not in units and len(units) >= ctx.variety_limit:
            return False
    return True


def _swap(
    ctx: WeekContext,
    tally: Tally,
    state: UnitState,
    item: WeekIdea,
    group: list[int],
    other: WeekIdea,
    member: int,
) -> None:
    """`other` in the slots of `item`'s production and cross-posts, counted everywhere."""
    old, new = item.idea, other.idea
    unit_id = state.unit.id
    maker = state.maker.pop(old.id)
    del state.produced[old.id]
    state.member_hours[maker] -= old.effort_hours
    state.member_hours[member] += new.effort_hours
    state.remaining += old.effort_hours - new.effort_hours
    owner = localize(state.unit.team[member].role, state.lang)
    for i in group:
        slot = state.slots[i]
        tally.remove(unit_id, slot, item.event_id)
        values: dict[str, object] = {
            "idea_id": new.id,
            "pillar": new.pillar,
            "format": other.formats[slot.platform],
            "title": other.title,
            "reason": [_CROSSPOST if slot.adaptation else _PILLAR, *slot.reason[1:]],
        }
        if not slot.adaptation:
            values |= {"effort_hours": round(new.effort_hours, 2), "owner": owner}
        moved = slot.model_copy(update=values)
        state.slots[i] = moved
        state.used.discard((old.id, slot.platform))
        state.used.add((new.id, slot.platform))
        if not slot.adaptation:
            state.produced[new.id] = moved
            state.maker[new.id] = member
        tally.add(unit_id, moved, None)
    _recount(state, item, old.pillar, new.pillar, len(group))


def _recount(state: UnitState, item: WeekIdea, old: str, new: str, k: int) -> None:
    """k of the unit's items moved from pillar `old` to `new` (and out of the item's event)."""
    state.pillar_counts[old] -= k
    state.pillar_counts[new] = state.pillar_counts.get(new, 0) + k
    if item.event_id is not None:
        state.event_counts[item.event_id] -= k


def _crossposts(ctx: WeekContext, tally: Tally, table: Table, state: UnitState) -> int:
    """Give a cross-post of an over-share pillar to another of the unit's productions of a
    pillar under its share, made earlier and not yet on that platform, or else to a new
    production of such a pillar with the hours the unit and a member have left."""
    swaps = 0
    by_id = ctx.by_id
    devs = _deviations(ctx, tally)
    for i, slot in enumerate(state.slots):
        if not slot.adaptation:
            continue
        item = by_id[slot.idea_id]
        pillar = item.idea.pillar
        if devs[pillar] <= 0.5:
            continue
        for under, target in _short_pillars(devs):
            if _gain(devs[pillar], under, 1) <= EPS:
                continue
            other = _crosspost_source(ctx, tally, state, slot, target)
            if other is not None:
                _swap_crosspost(tally, state, i, item, other)
                swaps += 1
                devs = _deviations(ctx, tally)
                break
            if _produce_instead(ctx, tally, table, state, i, item, target):
                swaps += 1
                devs = _deviations(ctx, tally)
                break
    return swaps


def _crosspost_member(state: UnitState, slot: Slot) -> int:
    """The member who does a cross-post: the one whose role is its owner; -1 when two share
    the role (their hours are then left booked, which only errs on the safe side)."""
    found = [i for i, m in enumerate(state.unit.team) if localize(m.role, state.lang) == slot.owner]
    return found[0] if len(found) == 1 else -1


def _produce_instead(
    ctx: WeekContext,
    tally: Tally,
    table: Table,
    state: UnitState,
    i: int,
    item: WeekIdea,
    pillar: str,
) -> bool:
    """A cross-post's slot taken by a new production of `pillar` where the unit and one of
    its members have the hours it needs beyond the adaptation's; whether it was."""
    slot = state.slots[i]
    adaptation = ctx.adaptation
    spare = state.remaining + adaptation
    doer = _crosspost_member(state, slot)
    tries = 0
    # at most a light item in place of a cross-post: the mix is not worth a team's day
    for other in _candidates(table, slot.platform, pillar, min(spare, ctx.light)):
        tries += 1
        if tries > MAX_TRIES:
            return False
        effort = other.idea.effort_hours
        if not _fits(ctx, tally, state, other, [slot], slot, {slot.platform}) or not _plenty(
            ctx, table, state, other
        ):
            continue
        if doer >= 0:
            state.member_hours[doer] -= adaptation
        member = member_for(state, other.requires, effort, slot.date, doer)
        if member < 0:
            if doer >= 0:
                state.member_hours[doer] += adaptation
            continue
        unit_id = state.unit.id
        tally.remove(unit_id, slot, item.event_id)
        moved = _given_to(
            slot,
            other,
            _PILLAR,
            effort_hours=round(effort, 2),
            owner=localize(state.unit.team[member].role, state.lang),
            adaptation=False,
        )
        state.slots[i] = moved
        state.used.discard((item.idea.id, slot.platform))
        state.used.add((other.idea.id, slot.platform))
        state.produced[other.idea.id] = moved
        state.maker[other.idea.id] = member
        state.member_hours[member] += effort
        state.remaining -= effort - adaptation
        tally.add(unit_id, moved, None)
        _recount(state, item, item.idea.pillar, other.idea.pillar, 1)
        return True
    return False


def _crosspost_source(
    ctx: WeekContext, tally: Tally, state: UnitState, slot: Slot, pillar: str
) -> WeekIdea | None:
    """A production of `pillar` outside events that may be cross-posted in `slot`."""
    unit_id = state.unit.id
    for idea_id in sorted(state.produced):
        other = ctx.by_id[idea_id]
        if other.idea.pillar != pillar or other.event_id is not None:
            continue
        if slot.platform not in other.platforms or (idea_id, slot.platform) in state.used:
            continue
        made = state.produced[idea_id]
        # a cross-post goes out strictly after the item it is adapted from
        if (made.date, made.time) >= (slot.date, slot.time):
            continue
        # an ordinary item's cross-post goes out on a workday, as the construction puts it:
        # the weekend is an event's (a commemoration, a campaign's daily presence)
        if slot.date not in ctx.workdays or not allowed(
            slot.date, ctx.adaptation, ctx.day_off, ctx.light, state.closed
        ):
            return None
        units = tally.day_idea.get((slot.date, idea_id))
        if units is not None and unit_id not in units and len(units) >= ctx.variety_limit:
            continue
        return other
    return None


def _swap_crosspost(
    tally: Tally, state: UnitState, i: int, item: WeekIdea, other: WeekIdea
) -> None:
    """The cross-post in slot i now of `other`; the same hours, owner, day and time."""
    slot = state.slots[i]
    unit_id = state.unit.id
    tally.remove(unit_id, slot, item.event_id)
    moved = _given_to(slot, other, _CROSSPOST)
    state.slots[i] = moved
    state.used.discard((item.idea.id, slot.platform))
    state.used.add((other.idea.id, slot.platform))
    tally.add(unit_id, moved, None)
    _recount(state, item, item.idea.pillar, other.idea.pillar, 1)


def _elsewhere(
    ctx: WeekContext,
    tally: Tally,
    table: Table,
    state: UnitState,
    failed: set[tuple[object, ...]],
) -> int:
    """An item of an over-share pillar with nothing cross-posted from it (a cross-post, or a
    production alone) taken out and its slot planned again, on any day the rules allow, from
    the ideas of the pillars under their share; put back as it was when that finds nothing."""
    swaps = 0
    by_id = ctx.by_id
    devs = _deviations(ctx, tally)
    for slot in list(state.slots):
        item = by_id[slot.idea_id]
        pillar = item.idea.pillar
        if devs[pillar] <= 0.5:
            continue
        if not slot.adaptation and (
            not _may_give_up(ctx, state, item)
            or any(s.idea_id == slot.idea_id and s.adaptation for s in state.slots)
        ):
            continue
        over = devs[pillar]
        short = [
            p
            for d, p in _short_pillars(devs)
            if _gain(over, d, 1) > EPS and _has_any(ctx, table, state, slot.platform, p)
        ]
        key = (state.unit.id, slot.date, slot.time, slot.platform, *short)
        if not short or key in failed:
            continue
        before = sum(abs(d) for d in devs.values())
        member = _take_out(ctx, tally, state, slot, item)
        # the unit's productions of other pillars are no cross-post for the slot this time
        hidden = {
            (i, slot.platform)
            for i in state.produced
            if by_id[i].idea.pillar not in short and (i, slot.platform) not in state.used
        }
        state.used |= hidden
        new = _plan_again(ctx, tally, _only(table, slot.platform, short), state, slot)
        state.used -= hidden
        if (
            new is not None
            and _l1(ctx, tally) < before - EPS
            # the weekend stays the events' (see `_fits`)
            and new.date in ctx.workdays
            and (
                new.adaptation
                or (
                    new.effort_hours <= max(slot.effort_hours, ctx.light) + EPS
                    and new.date not in ctx.day_off
                    and _plenty(ctx, table, state, by_id[new.idea_id], 0)
                )
            )
        ):
            swaps += 1
            devs = _deviations(ctx, tally)
            continue
        if new is not None:
            _take_out(ctx, tally, state, new, by_id[new.idea_id])
        _put_back(tally, state, slot, item, member)
        failed.add(key)
    return swaps


def _has_any(ctx: WeekContext, table: Table, state: UnitState, platform: str, pillar: str) -> bool:
    """Whether the unit has any idea of `pillar` outside events for `platform`, made this
    week or not: else planning the slot again from that pillar is sure to find nothing."""
    pool = table.pools.get(platform, {}).get(pillar)
    if pool is not None and pool.buckets:
        return True
    by_id = ctx.by_id
    return any(
        by_id[i].idea.pillar == pillar and platform in by_id[i].platforms for i in state.produced
    )


def _only(table: Table, platform: str, pillars: list[str]) -> Table:
    """The unit's ideas of these pillars outside events, for one platform."""
    per = table.pools.get(platform, {})
    pools = {p: Pool([], per[p].buckets) for p in pillars if p in per}
    return Table({platform: pools}, {}, table.keys, table.min_effort)


def _take_out(ctx: WeekContext, tally: Tally, state: UnitState, slot: Slot, item: WeekIdea) -> int:
    """The slot out of the unit's week and the region's counts; the member whose hours it
    gave back (-1: not known, left booked)."""
    idea_id, platform = slot.idea_id, slot.platform
    state.slots.remove(slot)
    state.used.discard((idea_id, platform))
    if slot.adaptation:
        member = _crosspost_member(state, slot)
    else:
        member = state.maker.pop(idea_id)
        del state.produced[idea_id]
    if member >= 0:
        state.member_hours[member] -= slot.effort_hours
    state.remaining += slot.effort_hours
    state.pillar_counts[slot.pillar] -= 1
    state.day_counts[slot.date] -= 1
    state.day_platform[(slot.date, platform)].remove(slot.time)
    state.platform_posts[platform] -= 1
    if item.event_id is not None:
        state.event_counts[item.event_id] -= 1
    tally.remove(state.unit.id, slot, item.event_id)
    return member


def _put_back(tally: Tally, state: UnitState, slot: Slot, item: WeekIdea, member: int) -> None:
    """`_take_out` undone."""
    idea_id, platform = slot.idea_id, slot.platform
    state.slots.append(slot)
    state.used.add((idea_id, platform))
    if not slot.adaptation:
        state.maker[idea_id] = member
        state.produced[idea_id] = slot
    if member >= 0:
        state.member_hours[member] += slot.effort_hours
    state.remaining -= slot.effort_hours
    state.pillar_counts[slot.pillar] += 1
    state.day_counts[slot.date] += 1
    state.day_platform[(slot.date, platform)].append(slot.time)
    state.platform_posts[platform] += 1
    if item.event_id is not None:
        state.event_counts[item.event_id] += 1
    tally.add(state.unit.id, slot, item.event_id)


def _l1(ctx: WeekContext, tally: Tally) -> float:
    """The region's pillar-mix L1 deviation in items."""
    return sum(abs(_deviation(ctx, tally, p)) for p in ctx.shares)


def _plan_again(
    ctx: WeekContext, tally: Tally, table: Table, state: UnitState, slot: Slot
) -> Slot | None:
    """The slot's platform planned once more from `table`: the new slot, or None."""
    platform = slot.platform
    times = [t for t in ctx.posting_times.get(platform) or ["09:00"] if t <= state.latest]
    if not times:
        return None
    targets = sum(n for n in state.unit.targets.values())
    day_cap = max(1, math.ceil(targets / max(1, ctx.open_workdays)))
    spend = Budget(state.remaining, state.remaining, False)
    search = Search(ctx, tally, state, platform, table, spend, times, slot.date, day_cap)
    choice, _, _ = search.run()
    if choice is None:
        return None
    new = place(state, platform, choice, times)
    tally.add(state.unit.id, new, choice.idea.event_id)
    return new


def _given_to(slot: Slot, other: WeekIdea, why: Reason, **more: object) -> Slot:
    """`slot` taken by `other` (its idea, pillar, format and title), `why` its first reason."""
    update: dict[str, object] = {
        "idea_id": other.idea.id,
        "pillar": other.idea.pillar,
        "format": other.formats[slot.platform],
        "title": other.title,
        "reason": [why, *slot.reason[1:]],
        **more,
    }
    return slot.model_copy(update=update)
