"""The open backlog: messages not yet answered and complaints not yet closed, per unit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .models import Deadline, Registry, localize
from .officehours import OfficeClock, Waited, limit_seconds

# The targets an open message can pass, most serious last: the worst one passed is shown.
STAGES = ("first_reply", "follow_up", "settle")


@dataclass(frozen=True, slots=True)
class OpenRow:
    """A stored message that is still open, as the store gives it."""

    upt: str
    platform: str
    kind: str
    received_at: dt.datetime  # aware, UTC
    replied: bool
    topic: str | None = None
    lapor_id: str | None = None
    escalated_to: str | None = None


@dataclass(frozen=True, slots=True)
class OpenMessage:
    """An open message, how long it has waited, and the most serious target it has passed."""

    row: OpenRow
    waited: Waited
    stage: str | None  # one of STAGES, or None while within every target
    deadline: Deadline | None

    @property
    def overdue(self) -> bool:
        return self.stage is not None


@dataclass
class UnitBacklog:
    unit_id: str
    name: str
    messages: list[OpenMessage] = field(default_factory=list)
    overdue: int = 0  # how many of `messages` have passed a target


Limits = list[tuple[str, Deadline, bool, float]]


def _limits(registry: Registry, kind: str, clock: OfficeClock) -> Limits:
    """The kind's deadlines in STAGES order: (stage, deadline, in office time?, seconds)."""
    targets = registry.settings.response.target(kind)
    out = []
    for stage in STAGES:
        deadline: Deadline | None = getattr(targets, stage)
        # only complaints stay open after their reply, for the later targets
        if deadline is not None and (stage == "first_reply" or kind == "complaint"):
            out.append((stage, deadline, *limit_seconds(deadline, clock)))
    return out


def _worst(limits: Limits, replied: bool, took: Waited) -> tuple[str, Deadline] | None:
    found = None
    for stage, deadline, office, limit in limits:
        if stage == "first_reply" and replied:
            continue  # a reply meets the first-reply target
        if (took.office if office else took.calendar) > limit:
            found = (stage, deadline)
    return found


def backlog(
    registry: Registry,
    rows: Sequence[OpenRow],
    clocks: Mapping[str, OfficeClock],
    as_of: dt.datetime,
    lang: str,
) -> list[UnitBacklog]:
    """Per unit (registry order), its open messages in the order given, judged at `as_of`.

    `rows` come as the store gives them: per unit, oldest first. Messages received after
    `as_of` are not there yet; a unit no longer in the registry has nobody to answer for
    it, so its messages are left out.
    """
    units = {u.id: UnitBacklog(u.id, localize(u.name, lang)) for u in registry.upts}
    first = min((r.received_at for r in rows), default=as_of)
    ends: dict[int, int] = {}
    for clock in {id(c): c for c in clocks.values()}.values():
        clock.prepare(min(first, as_of), as_of)
        ends[id(clock)] = clock.position(as_of)
    # Per unit, once: where its messages go, its clock, the clock's reading at `as_of`, and
    # its deadlines per kind. A national backlog holds some 70,000 messages.
    limits: dict[tuple[int, str], Limits] = {}
    per_unit = {
        unit_id: (units[unit_id], clock, ends[id(clock)], id(clock))
        for unit_id, clock in clocks.items()
        if unit_id in units
    }
    for row in rows:
        found = per_unit.get(row.upt)
        if found is None or row.received_at > as_of:
            continue
        unit, clock, end, clock_id = found
        key = (clock_id, row.kind)
        deadlines = limits.get(key)
        if deadlines is None:
            deadlines = limits[key] = _limits(registry, row.kind, clock)
        took = Waited(
            int((as_of - row.received_at).total_seconds()), end - clock.position(row.received_at)
        )
        worst = _worst(deadlines, row.replied, took)
        if worst is None:
            unit.messages.append(OpenMessage(row, took, None, None))
        else:
            unit.messages.append(OpenMessage(row, took, *worst))
            unit.overdue += 1
    return [u for u in units.values() if u.messages]
