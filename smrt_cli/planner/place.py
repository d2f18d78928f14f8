"""Putting a chosen idea into the unit's week: its time, its owner and the unit's counts."""

from __future__ import annotations

from ..models import localize
from ..plan_file import Slot, built
from .days import office_times
from .learn import learned_time, time_basis, time_reason
from .model import Choice, UnitState


def place(state: UnitState, platform: str, choice: Choice, times: list[str]) -> Slot:
    """The slot for `choice` at its posting time, counted in the unit's state."""
    idea = choice.idea.idea
    day = choice.day
    taken = state.day_platform.setdefault((day, platform), [])
    k = state.platform_posts.get(platform, 0)
    state.platform_posts[platform] = k + 1
    # the platform's times in turn, starting from this post's; an adaptation on the day of the
    # item it is adapted from goes out after it
    after = ""
    if choice.adaptation and state.produced[idea.id].date == day:
        after = state.produced[idea.id].time
    learned = learned_time(state.learn, platform, day, taken, after)
    office = None if choice.adaptation else choice.idea.office
    if learned is not None and (
        learned.time > state.latest
        or (office is not None and not office[0] <= learned.time <= office[1])
    ):
        # on-site work is posted in office hours, and a unit without evening posts posts none,
        # whatever the results say
        learned = None
    if learned is not None:
        time = learned.time
    else:
        times = office_times(times, office)
        n = len(times)
        free = [t for t in (times[(k + i) % n] for i in range(n)) if t > after and t not in taken]
        if not free:
            # the choice only offers days with a free time: reaching here is a planner bug,
            # and a second post at a taken time would be a wrong plan rather than a visible one
            raise RuntimeError(f"{state.unit.id}: no free {platform} time on {day}")
        time = free[0] if not after else min(free)
    taken.append(time)
    # the member the choice found: skilled, at work that day, with the hours left
    state.member_hours[choice.member] += choice.cost
    # Built without validation: every value is one the planner made from a validated registry
    # (a time from its posting times, hours rounded), and a national week has 7,500 slots.
    slot = built(
        Slot,
        date=day,
        time=time,
        platform=platform,
        format=choice.idea.formats[platform],
        idea_id=idea.id,
        pillar=idea.pillar,
        effort_hours=round(choice.cost, 2),
        owner=localize(state.unit.team[choice.member].role, state.lang),
        reason=time_reason(state.learn, choice.reason, learned),
        title=choice.idea.title,
        adaptation=choice.adaptation,
        time_basis=time_basis(state.learn, learned),
    )
    _count(state, platform, choice, slot)
    return slot


def _count(state: UnitState, platform: str, choice: Choice, slot: Slot) -> None:
    """The slot in the unit's running counts: hours, pillars, days, what may be cross-posted."""
    idea = choice.idea.idea
    state.slots.append(slot)
    state.used.add((idea.id, platform))
    crossable = state.crossable
    if choice.adaptation:
        # .get: a production the pillar pass swapped in after construction was never counted
        crossable[platform] = crossable.get(platform, 0) - 1
    else:
        for other in choice.idea.platforms:
            if other != platform:
                crossable[other] = crossable.get(other, 0) + 1
        state.produced[idea.id] = slot
        state.maker[idea.id] = choice.member
        if choice.idea.greeting and choice.idea.event_id is not None:
            state.greeted[choice.idea.event_id] = idea.id
    state.remaining -= choice.cost
    state.pillar_counts[idea.pillar] = state.pillar_counts.get(idea.pillar, 0) + 1
    state.day_counts[slot.date] = state.day_counts.get(slot.date, 0) + 1
    event_id = choice.idea.event_id
    if event_id is not None:
        state.event_counts[event_id] = state.event_counts.get(event_id, 0) + 1
