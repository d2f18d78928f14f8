"""The open backlog: messages not yet answered and complaints not yet closed, per unit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .models import Deadline, Registry, localize
from .officehours import OfficeClock, Waited, passed, waited

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
    upt: str
    name: str
    messages: list[OpenMessage] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return sum(m.overdue for m in self.messages)


def _worst(
    registry: Registry, row: OpenRow, clock: OfficeClock, took: Waited
) -> tuple[str, Deadline] | None:
    targets = registry.settings.response.target(row.kind)
    found = None
    for stage in STAGES:
        deadline: Deadline | None = getattr(targets, stage)
        if deadline is None:
            continue
        # a reply meets the first-reply target; only complaints stay open for the later ones
        if stage == "first_reply" and row.replied:
            continue
        if stage != "first_reply" and row.kind != "complaint":
            continue
        if passed(deadline, clock, took):
            found = (stage, deadline)
    return found


def backlog(
    registry: Registry,
    rows: Iterable[OpenRow],
    clocks: Mapping[str, OfficeClock],
    as_of: dt.datetime,
    lang: str,
) -> list[UnitBacklog]:
    """Per unit (registry order), its open messages oldest first, judged at `as_of`.

    `rows` come oldest first per unit; messages received after `as_of` are not there yet.
    """
    units = {u.id: UnitBacklog(u.id, localize(u.name, lang)) for u in registry.upts}
    for row in rows:
        unit = units.get(row.upt)
        if unit is None or row.received_at > as_of:
            continue  # a unit no longer in the registry has nobody to answer for it
        clock = clocks[row.upt]
        took = waited(clock, row.received_at, as_of)
        worst = _worst(registry, row, clock, took)
        stage, deadline = worst if worst is not None else (None, None)
        unit.messages.append(OpenMessage(row, took, stage, deadline))
    for unit in units.values():
        unit.messages.sort(key=lambda m: (m.row.received_at, m.row.platform, m.row.kind))
    return [u for u in units.values() if u.messages]
