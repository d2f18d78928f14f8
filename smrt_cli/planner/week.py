"""The week's plan: the context every unit shares, then each unit's slots filled in turn."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..calendar import Week, sort_events
from ..models import PLATFORMS, WEEKDAY_NAMES, Registry, Unit, localize
from ..plan_file import PlanEvent, ReadyIdea, Reason, Shortfall, UnitPlan, WeekPlan
from .budget import budget, reserve_pool
from .days import apply_policy, even_day, office_hours
from .ideas import IdeaIndex, IdeaRules, WeekEvents, last_uses, usable_ideas, week_events
from .learn import unit_learn
from .model import EPS, Budget, Choice, Table, Tally, UnitState, WeekContext
from .place import place
from .rebalance import rebalance
from .search import Search

if TYPE_CHECKING:
    from ..learning import Learned  # its type alone: importing it costs the insights module


def plan_week(
    registry: Registry,
    week: Week,
    *,
    history: Sequence[WeekPlan] = (),
    used: Mapping[tuple[str, str], dt.date] | None = None,
    unit_ids: Sequence[str] | None = None,
    lang: str | None = None,
    holidays: Sequence[PlanEvent] = (),
    others: Sequence[UnitPlan] = (),
    learned: Learned | None = None,
) -> WeekPlan:
    """Plan every selected unit's posts for `week`; deterministic, no I/O, no clock.

    History is earlier weeks' plans, or just `used`: (unit id, idea id) -> the Monday of the
    latest week that planned it, which is all the planner reads from them. `others` are this
    week's plans of units not being planned, kept as they are: their slots count toward the
    region's pillar mix and the per-day limit on one idea; they are not in the result.
    `learned` is what the region's results teach (best times, lifts, the last evaluation's
    recommendations); without it the plan comes from the registry alone.
    """
    language = lang or registry.settings.language
    events = week_events(registry, week, holidays, language)
    selected = (
        list(registry.upts)
        if unit_ids is None
        else [u for u in registry.upts if u.id in set(unit_ids)]
    )
    planning = {u.id for u in selected}
    kept = [u for u in others if u.id not in planning]
    # A unit re-planned alone is still one of the region: the limits are the region's.
    ctx = _context(registry, week, events, len(selected) + len(kept), language, history, used)
    tally = Tally(dict.fromkeys((p.id for p in registry.pillars), 0))
    for other in kept:
        for kept_slot in other.slots:
            kept_item = ctx.by_id.get(kept_slot.idea_id)
            tally.add(other.id, kept_slot, None if kept_item is None else kept_item.event_id)
    index = IdeaIndex(list(ctx.by_id.values()))
    built = [_plan_unit(ctx, tally, index, registry, unit, learned) for unit in selected]
    # the region's pillar mix brought toward its targets, slot counts and hours kept
    rebalance(ctx, tally, index, [state for state, _ in built])
    return WeekPlan(
        week=week.label,
        start=week.start,
        end=week.end,
        language=language,
        events=sort_events(events.plan_events),
        upts=[_unit_plan(ctx, registry, state, shortfalls) for state, shortfalls in built],
    )


def _context(
    registry: Registry,
    week: Week,
    events: WeekEvents,
    n_units: int,
    lang: str,
    history: Sequence[WeekPlan],
    used: Mapping[tuple[str, str], dt.date] | None,
) -> WeekContext:
    """What every unit's planning reads: the week's days, usable ideas and the region's rules."""
    settings = registry.settings
    days = week.days
    workdays = days[:5]
    office_open, office_close, office_days = office_hours(registry)
    open_workdays = [d for d in workdays if d not in events.day_off]
    rules = IdeaRules(
        week=week,
        events=events,
        registry_events={e.id: e for e in registry.events},
        public_pillars=frozenset(p.id for p in registry.pillars if p.public_service),
        on_site_days=frozenset(d for d in open_workdays if d.weekday() in office_days),
        office=(office_open, office_close),
        lang=lang,
    )
    ideas, reactive = usable_ideas(registry, rules)
    return WeekContext(
        week=week,
        days=days,
        workdays=workdays,
        day_off=events.day_off,
        light=settings.light_item_hours,
        adaptation=settings.adaptation_hours,
        shares={p.id: p.target_share / 100.0 for p in registry.pillars},
        n_units=n_units,
        variety_limit=max(1, n_units // 3),
        last_use=last_uses(history, used or {}, week),
        by_id={item.idea.id: item for item in ideas},
        reactive=tuple(reactive),
        posting_times={str(p): sorted(set(t)) for p, t in settings.posting_times.items()},
        office_close=office_close,
        open_workdays=len(open_workdays),
        event_days=frozenset(e.date for e in events.plan_events if e.kind != "campaign"),
        lang=lang,
    )


def _new_state(unit: Unit, lang: str) -> UnitState:
    """A unit's state before its first slot: its hours, and its members' skills and days."""
    return UnitState(
        unit=unit,
        remaining=unit.capacity_hours,
        member_hours=[0.0] * len(unit.team),
        member_caps=[
            frozenset(unit.capabilities if m.capabilities is None else m.capabilities)
            for m in unit.team
        ],
        member_days=[
            None if m.days is None else frozenset(WEEKDAY_NAMES.index(d) for d in m.days)
            for m in unit.team
        ],
        any_day=all(m.days is None for m in unit.team),
        lang=lang,
    )


def _plan_unit(
    ctx: WeekContext,
    tally: Tally,
    index: IdeaIndex,
    registry: Registry,
    unit: Unit,
    learned: Learned | None,
) -> tuple[UnitState, list[Shortfall]]:
    """One unit's week: its targets filled slot by slot, and what could not be.

    A unit left short is planned again with the slots taken in other orders (issue 16: one
    order spends the hours on dear platforms first); the fewest missing slots win, the first
    order on a tie, so a unit that reaches its targets is planned exactly as before.
    """
    targets: dict[str, int] = {str(p): n for p, n in unit.targets.items() if n > 0}
    best = _attempt(ctx, tally, index, registry, unit, learned, targets, 0)
    tries: list[tuple[int, str]] = [(v, "") for v in range(1, FRUGAL_VARIANT + 1)]
    again = True
    while sum(best[1].values()) < sum(targets.values()):
        if not tries and again:
            # the frugal order again with each short platform's slots first: the cheapest
            # slots elsewhere may spend the hours a production it shares needs
            tries, again = [(FRUGAL_VARIANT, p) for p in targets if best[1][p] < targets[p]], False
        if not tries:
            break
        variant, first = tries.pop(0)
        _untally(ctx, tally, best[0])
        other = _attempt(ctx, tally, index, registry, unit, learned, targets, variant, first)
        if sum(other[1].values()) > sum(best[1].values()):
            best = other
        else:
            _untally(ctx, tally, other[0])
            for slot in best[0].slots:
                tally.add(unit.id, slot, _event_of(ctx, slot.idea_id))
    while sum(best[1].values()) < sum(targets.values()):
        # each repair that fills more may open the way to a cover that fills more still
        repaired = _repaired(ctx, tally, registry, unit, learned, targets, best, index.table(unit))
        if repaired is best:
            break
        best = repaired
    state, placed, missing_reason = best
    shortfalls = [
        Shortfall(platform=p, missing=targets[p] - placed[p], reason=missing_reason[p])
        for p in PLATFORMS
        if p in targets and placed[p] < targets[p]
    ]
    return state, shortfalls


def _unit_plan(
    ctx: WeekContext, registry: Registry, state: UnitState, shortfalls: list[Shortfall]
) -> UnitPlan:
    """The unit's plan: its slots in time order, its shortfalls and its ready list."""
    unit, language = state.unit, ctx.lang
    tz = registry.unit_timezone(unit)
    platform_rank: dict[str, int] = {str(p): i for i, p in enumerate(PLATFORMS)}
    slots = sorted(
        state.slots,
        key=lambda s: (s.date, s.time, platform_rank.get(s.platform, 9), s.idea_id),
    )
    return UnitPlan(
        id=unit.id,
        name=localize(unit.name, language),
        timezone=tz,
        capacity_hours=unit.capacity_hours,
        planned_hours=round(sum(s.effort_hours for s in slots), 2),
        slots=slots,
        shortfalls=shortfalls,
        ready=[
            ReadyIdea(idea_id=i.id, title=localize(i.title, language), pillar=i.pillar)
            for i in ctx.reactive
            if unit.can_produce(i)
        ],
    )


# The order of slots that is no fixed order: each step takes the open slot, of any platform,
# that costs the fewest hours per target slot (see `_fill_frugal`).
FRUGAL = -1

# How a unit short of its targets is planned again, in turn: an order of its slots (see
# `_slot_order`), and whether the cheapest items go first (frugal: no hours are spent on
# richer formats, since per-member hours, not the unit's, may be what runs out).
ATTEMPTS: tuple[tuple[int, bool], ...] = (
    (0, False),
    (0, True),
    (1, False),
    (1, True),
    (2, True),
    (3, False),
    (FRUGAL, True),
)
FRUGAL_VARIANT = len(ATTEMPTS) - 1
# A repair's cover placed frugally with its productions first (see `_repaired`); not one of
# the plain attempts, whose full idea bank a productions-first order would spend at once.
MAKE_FIRST = -2
MAKE_FIRST_VARIANT = len(ATTEMPTS)
ATTEMPTS = (*ATTEMPTS, (MAKE_FIRST, True))
REALIZE = (MAKE_FIRST_VARIANT, FRUGAL_VARIANT)


def _repaired(
    ctx: WeekContext,
    tally: Tally,
    registry: Registry,
    unit: Unit,
    learned: Learned | None,
    targets: dict[str, int],
    best: Attempt,
    table: Table,
) -> Attempt:
    """A unit still short: each cover the exact search finds (see `repair`) placed in the
    frugal order with only its ideas, the first that fills more slots than `best` kept."""
    # imported here: a week where no unit is short (the sample's) never needs the search, and
    # its module costs 3 ms of a 0.25 s `plan week` to import
    from .repair import unit_covers

    can_post = {p: n for p, n in targets.items() if best[2].get(p, _ANY).code != "evening"}
    filled = sum(best[1].values())
    covers = unit_covers(ctx, best[0], table, can_post, filled)
    for (items, makers), variant in ((c, v) for c in covers for v in REALIZE):
        _untally(ctx, tally, best[0])
        only = IdeaIndex(items)
        other = _attempt(ctx, tally, only, registry, unit, learned, targets, variant, "", makers)
        if sum(other[1].values()) > filled:
            return other
        _untally(ctx, tally, other[0])
        for slot in best[0].slots:
            tally.add(unit.id, slot, _event_of(ctx, slot.idea_id))
    return best


# An attempt at a unit's week: its state, slots placed per platform, why each platform fell short.
Attempt = tuple[UnitState, dict[str, int], dict[str, Reason]]
_ANY = Reason(code="no_idea")


def _event_of(ctx: WeekContext, idea_id: str) -> str | None:
    item = ctx.by_id.get(idea_id)
    return None if item is None else item.event_id


def _untally(ctx: WeekContext, tally: Tally, state: UnitState) -> None:
    for slot in state.slots:
        tally.remove(state.unit.id, slot, _event_of(ctx, slot.idea_id))


def _attempt(
    ctx: WeekContext,
    tally: Tally,
    index: IdeaIndex,
    registry: Registry,
    unit: Unit,
    learned: Learned | None,
    targets: dict[str, int],
    variant: int,
    first: str = "",
    makers: Mapping[str, int] | None = None,
) -> tuple[UnitState, dict[str, int], dict[str, Reason]]:
    """The unit's week planned from scratch with one order of its slots (in the frugal order,
    `first`'s slots before the others)."""
    state = _new_state(unit, ctx.lang)
    state.planned = dict(makers or {})
    if learned is not None:
        tz = registry.unit_timezone(unit)
        state.learn = unit_learn(learned.unit(unit.id), learned, tz)
    policy = unit.posting_policy or registry.settings.posting_policy
    apply_policy(state, policy, ctx.days, ctx.day_off, ctx.event_days, sum(targets.values()))
    state.latest = "23:59" if policy.evenings else ctx.office_close
    unit_times = {
        p: t if policy.evenings else [x for x in t if x <= ctx.office_close]
        for p, t in ctx.posting_times.items()
    }
    order, frugal = ATTEMPTS[variant]
    if order in (FRUGAL, MAKE_FIRST):
        table = index.table(unit)
        placed, missing = _fill_frugal(
            ctx, tally, state, table, targets, unit_times, first, order == MAKE_FIRST
        )
        return state, placed, missing
    placed, missing = _fill(
        ctx,
        tally,
        state,
        index.table(unit),
        targets,
        unit_times,
        _slot_order(targets, order),
        frugal,
    )
    return state, placed, missing


def _slot_order(targets: Mapping[str, int], variant: int) -> list[str]:
    """The order the unit's target slots are filled in.

    0: round-robin over platforms, so no platform eats the capacity before the others start;
    1: the same with video platforms (YouTube, TikTok: the dearest items) after the others;
    2: video platforms last and the rest platform by platform, the biggest target first;
    3: round-robin in reverse, the dear platforms first while the hours are there.
    """
    video = ("youtube", "tiktok")
    platforms = [str(p) for p in PLATFORMS if targets.get(p, 0) > 0]
    if variant == 3:
        platforms.reverse()
    if variant in (1, 2):
        platforms = [p for p in platforms if p not in video] + [p for p in platforms if p in video]
    if variant == 2:
        rest = sorted((p for p in platforms if p not in video), key=lambda p: -targets[p])
        return [p for p in rest for _ in range(targets[p])] + [
            p for p in platforms if p in video for _ in range(targets[p])
        ]
    groups = (
        [platforms]
        if variant != 1
        else [
            [p for p in platforms if p not in video],
            [p for p in platforms if p in video],
        ]
    )
    order: list[str] = []
    for group in groups:
        for k in range(max((targets[p] for p in group), default=0)):
            order.extend(p for p in group if targets[p] > k)
    return order


def _fill(
    ctx: WeekContext,
    tally: Tally,
    state: UnitState,
    table: Table,
    targets: dict[str, int],
    unit_times: Mapping[str, list[str]],
    order: list[str],
    frugal: bool = False,
) -> tuple[dict[str, int], dict[str, Reason]]:
    """The unit's target slots filled in turn: platform -> slots placed, and the reason for
    each platform that fell short."""
    # The unit's even share of a day: what one day may carry of a campaign's items.
    day_cap = max(1, math.ceil(sum(targets.values()) / max(1, ctx.open_workdays)))
    placed: dict[str, int] = dict.fromkeys(targets, 0)
    left: dict[str, int] = dict(targets)  # target slots not yet tried, per platform
    missing_reason: dict[str, Reason] = {}
    attempts: dict[str, int] = {}
    pool = reserve_pool(table, targets, state.unit.id, ctx.last_use, ctx.week, state.learn)
    _evening_short(ctx, targets, unit_times, missing_reason, left)
    for platform in [p for p in order if p not in missing_reason]:
        times = unit_times.get(platform) or ["09:00"]
        prefer = even_day(ctx.workdays, attempts.get(platform, 0), targets[platform])
        attempts[platform] = attempts.get(platform, 0) + 1
        left[platform] -= 1
        slot_budget = budget(state, left, pool, table.min_effort, ctx.adaptation)
        if frugal:
            slot_budget = slot_budget._replace(slack=False)
        search = Search(ctx, tally, state, platform, table, slot_budget, times, prefer, day_cap)
        choice, why_not, skill = search.run()
        if choice is None:
            missing_reason.setdefault(
                platform, Reason(code=why_not, skill=skill) if skill else Reason(code=why_not)
            )
            continue
        slot = place(state, platform, choice, times)
        placed[platform] += 1
        tally.add(state.unit.id, slot, choice.idea.event_id)
    return placed, missing_reason


def _evening_short(
    ctx: WeekContext,
    targets: Mapping[str, int],
    unit_times: Mapping[str, list[str]],
    missing_reason: dict[str, Reason],
    left: dict[str, int],
) -> None:
    """The platforms whose every posting time is in the evening, for a unit that posts none
    then: short for "evening", with no slot left to try."""
    for platform in targets:
        if ctx.posting_times.get(platform) and not unit_times.get(platform):
            missing_reason[platform] = Reason(code="evening")
            left[platform] = 0


def _fill_frugal(
    ctx: WeekContext,
    tally: Tally,
    state: UnitState,
    table: Table,
    targets: dict[str, int],
    unit_times: Mapping[str, list[str]],
    first: str = "",
    make_first: bool = False,
) -> tuple[dict[str, int], dict[str, Reason]]:
    """The unit's slots filled cheapest first across its platforms (issue 16): each step every
    open platform's best idea is weighed by hours per target slot, and the cheapest is placed.

    A team short of hours fills most slots this way: cross-posts and cheap items shared by
    several platforms first, a dear platform's video only with the hours that are left. A
    platform with nothing this step may have a cross-post after a later production, so it
    stays open until no platform has anything.
    """
    day_cap = max(1, math.ceil(sum(targets.values()) / max(1, ctx.open_workdays)))
    placed: dict[str, int] = dict.fromkeys(targets, 0)
    left: dict[str, int] = dict(targets)
    missing_reason: dict[str, Reason] = {}
    _evening_short(ctx, targets, unit_times, missing_reason, left)
    while True:
        best: tuple[Choice, str, list[str]] | None = None
        why: dict[str, Reason] = {}
        best_first = True  # False: `first` had nothing, the others are weighed next
        platforms = [p for p in targets if left[p] > 0]
        if first in platforms:
            platforms = [first]  # its slots first, while it has ideas
        for platform in platforms:
            times = unit_times.get(platform) or ["09:00"]
            # a cover's productions as early as the spread allows: their cross-posts follow
            prefer = (
                ctx.workdays[0]
                if make_first
                else even_day(ctx.workdays, placed[platform], targets[platform])
            )
            spend = Budget(state.remaining, state.remaining, False)
            search = Search(
                ctx, tally, state, platform, table, spend, times, prefer, day_cap, left, make_first
            )
            choice, why_not, skill = search.run()
            if choice is None:
                why[platform] = Reason(code=why_not, skill=skill) if skill else Reason(code=why_not)
                if platform == first:
                    first = ""  # nothing for it now: the others' turn
                    best_first = False
            elif best is None or choice.score > best[0].score + EPS:
                best = (choice, platform, times)
        if best is None and not best_first:
            continue
        if best is None:
            for platform, reason in why.items():
                missing_reason.setdefault(platform, reason)
            return placed, missing_reason
        choice, platform, times = best
        slot = place(state, platform, choice, times)
        placed[platform] += 1
        left[platform] -= 1
        tally.add(state.unit.id, slot, choice.idea.event_id)
