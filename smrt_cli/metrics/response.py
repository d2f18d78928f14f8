"""Reply times in calendar and office hours, and hoax clarification times, per unit."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
from dataclasses import dataclass, field

from ..measured import ResponseTime
from ..models import Deadline, Registry
from ..officehours import DAY, HOUR, OfficeClock, Waited, limit_seconds, passed

# Reports of a hoax's topic this many days before the register found it are the same hoax:
# the clock starts at the first of them. Older ones were about an earlier rumour.
LINK_DAYS = 7
_HOAX_DEFAULT = Deadline(within=24, unit="hours")


@dataclass
class _Group:
    messages: int = 0
    hours: list[float] = field(default_factory=list)
    office: list[float] = field(default_factory=list)
    within: int = 0
    closed: list[float] = field(default_factory=list)  # hours to resolution
    closed_office: list[float] = field(default_factory=list)

    def row(self, by: str, key: str) -> ResponseTime:
        return ResponseTime(
            by=by,
            key=key,
            messages=self.messages,
            replied=len(self.hours),
            median_hours=_median(self.hours),
            median_office_hours=_median(self.office),
            within_target_share=round(self.within / self.messages * 100, 2)
            if self.messages
            else None,
            resolved=len(self.closed),
            median_resolution_hours=_median(self.closed),
            median_resolution_office_hours=_median(self.closed_office),
        )


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


@dataclass
class UnitResponse:
    """One unit's reply times: overall, per platform and per kind; and the day-reply counts."""

    total: _Group = field(default_factory=_Group)
    platforms: dict[str, _Group] = field(default_factory=dict)
    kinds: dict[str, _Group] = field(default_factory=dict)
    within_day: int = 0  # replied within 24 calendar hours
    hoax_handled: int = 0  # hoax reports replied to or marked resolved

    @property
    def hoax_reports(self) -> int:
        found = self.kinds.get("hoax_report")
        return found.messages if found is not None else 0

    def rows(self) -> list[ResponseTime]:
        return [
            *(self.platforms[k].row("platform", k) for k in sorted(self.platforms)),
            *(self.kinds[k].row("kind", k) for k in sorted(self.kinds)),
        ]

    @property
    def median_office_hours(self) -> float | None:
        return _median(self.total.office)

    @property
    def within_share(self) -> float | None:
        t = self.total
        return t.within / t.messages * 100 if t.messages else None


def responses(
    conn: sqlite3.Connection, registry: Registry, source: str, clocks: dict[str, OfficeClock]
) -> dict[str, UnitResponse]:
    """Per unit: its messages, replied or not, grouped three ways.

    `source` joins the units (as c) to their messages (as m): the measure's covered days.
    """
    target = registry.settings.response.answered_within
    parse = dt.datetime.fromisoformat
    out: dict[str, UnitResponse] = {}
    # (unit, platform, kind) -> the three groups a message of them counts in
    groups_of: dict[tuple[str, str, str], tuple[_Group, _Group, _Group]] = {}
    # per clock: (the target counted in office time?, its seconds), read once, not per reply
    limits: dict[int, tuple[bool, float]] = {}
    # A national quarter holds 300,000 messages: one reading of each, no object per message.
    for unit, platform, kind, received, replied, resolved, closed_flag in conn.execute(
        "SELECT c.upt, m.platform, m.kind, m.received_at, m.first_reply_at, m.resolved_at,"
        f" m.resolved FROM {source}"
    ):
        clock = clocks.get(unit)
        if clock is None:
            continue
        groups = groups_of.get((unit, platform, kind))
        if groups is None:
            groups = groups_of[unit, platform, kind] = _groups(out, unit, platform, kind)
        if kind == "hoax_report" and (replied is not None or closed_flag == 1):
            out[unit].hoax_handled += 1
        if resolved is not None:
            start, end = parse(received), parse(resolved)
            closed = max((end - start).total_seconds(), 0) / HOUR
            closed_office = clock.seconds(start, end) / HOUR
            for g in groups:
                g.closed.append(closed)
                g.closed_office.append(closed_office)
        if replied is None:
            for g in groups:
                g.messages += 1
            continue
        start, end = parse(received), parse(replied)
        calendar = max(int((end - start).total_seconds()), 0)
        office = clock.seconds(start, end)
        limit = limits.get(id(clock))
        if limit is None:
            limit = limits[id(clock)] = limit_seconds(target, clock)
        # as passed(): beyond the target is more than its seconds, in the target's own time
        ok = (office if limit[0] else calendar) <= limit[1]
        hours, office_hours = calendar / HOUR, office / HOUR
        for g in groups:
            g.messages += 1
            g.hours.append(hours)
            g.office.append(office_hours)
            g.within += ok
        out[unit].within_day += calendar <= DAY
    return out


def _groups(
    out: dict[str, UnitResponse], unit_id: str, platform: str, kind: str
) -> tuple[_Group, _Group, _Group]:
    """The unit's overall group and those of its platform and kind, made when first met."""
    unit = out.get(unit_id)
    if unit is None:
        unit = out[unit_id] = UnitResponse()
    by_platform = unit.platforms.get(platform)
    if by_platform is None:
        by_platform = unit.platforms[platform] = _Group()
    by_kind = unit.kinds.get(kind)
    if by_kind is None:
        by_kind = unit.kinds[kind] = _Group()
    return unit.total, by_platform, by_kind


@dataclass
class UnitHoaxes:
    hoaxes: int = 0
    clarified: int = 0
    within: int = 0
    linked_reports: int = 0
    hours: list[float] = field(default_factory=list)

    @property
    def median_hours(self) -> float | None:
        return _median(self.hours)

    @property
    def within_share(self) -> float | None:
        return self.within / self.hoaxes * 100 if self.hoaxes else None


def hoaxes(
    conn: sqlite3.Connection,
    registry: Registry,
    span: list[str],
    only: str,
    clocks: dict[str, OfficeClock],
) -> dict[str, UnitHoaxes]:
    """Per unit: the register's hoaxes detected in the period and how fast each was clarified.

    The clock starts at the first hoax_report message of the same topic received up to
    LINK_DAYS before detection, when there is one (the public saw it first), else at
    detection. A hoax not clarified is not clarified within the target.
    """
    deadline = registry.settings.response.target("hoax_report").follow_up or _HOAX_DEFAULT
    parse = dt.datetime.fromisoformat
    (held,) = conn.execute(
        f"SELECT EXISTS(SELECT 1 FROM hoax WHERE local_date BETWEEN ? AND ?{only})", span
    ).fetchone()
    if not held:
        return {}  # no register for the period: the messages need not be read for topics
    reports: dict[tuple[str, str], list[dt.datetime]] = {}
    for unit_id, topic, received in conn.execute(
        "SELECT upt, topic, received_at FROM message WHERE kind = 'hoax_report'"
        f" AND topic IS NOT NULL{only} ORDER BY received_at"
    ):
        reports.setdefault((unit_id, topic), []).append(parse(received))
    out: dict[str, UnitHoaxes] = {}
    for unit_id, topic, detected_text, clarified_text in conn.execute(
        "SELECT upt, topic, detected_at, clarified_at FROM hoax"
        f" WHERE local_date BETWEEN ? AND ?{only} ORDER BY upt, detected_at",
        span,
    ):
        clock = clocks.get(unit_id)
        if clock is None:
            continue
        unit = out.setdefault(unit_id, UnitHoaxes())
        unit.hoaxes += 1
        start = parse(detected_text)
        earliest = start - dt.timedelta(days=LINK_DAYS)
        linked = [r for r in reports.get((unit_id, topic), []) if earliest <= r <= start]
        unit.linked_reports += len(linked)
        if linked:
            start = linked[0]
        if clarified_text is None:
            continue
        end = parse(clarified_text)
        took = Waited(max(int((end - start).total_seconds()), 0), clock.seconds(start, end))
        unit.clarified += 1
        unit.hours.append(took.calendar / HOUR)
        unit.within += not passed(deadline, clock, took)
    return out
