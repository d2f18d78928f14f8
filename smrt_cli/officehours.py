"""Time measured in a unit's office hours: the clock runs only while the office is open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .models import WEEKDAY_NAMES, Deadline, OfficeHours, Registry

HOUR = 3600
DAY = 86400
_MARGIN = 400  # days the table reaches back before the first day asked about


def _seconds(hhmm: str) -> int:
    return int(hhmm[:2]) * HOUR + int(hhmm[3:]) * 60


class OfficeClock:
    """Counts office seconds between instants for one office (its hours, zone and days off).

    Every instant is placed on one running count of office seconds since a day before the
    earliest one asked about, so a duration is a subtraction: a million messages cost a
    million look-ups, not a walk over the days between each message and its reply. A moment
    before opening counts from the opening, one after closing from the next open day's: the
    clock starts when the office opens, as inbox tools (Agorapulse, Orlo) start it.
    """

    def __init__(self, hours: OfficeHours, zone: ZoneInfo, closed: Collection[dt.date]) -> None:
        self.zone = zone
        self.open = _seconds(hours.open)
        self.length = _seconds(hours.close) - self.open
        self._weekdays = frozenset(WEEKDAY_NAMES.index(d) for d in hours.days)
        self._closed = frozenset(closed)
        self._first = 0  # ordinal of the first day in the table
        self._before: list[int] = []  # office seconds before each day of the table
        self._is_open: list[bool] = []

    def is_open_day(self, day: dt.date) -> bool:
        return day.weekday() in self._weekdays and day not in self._closed

    def _cover(self, ordinal: int) -> None:
        """Grow the table of days so that it holds `ordinal`."""
        if not self._before or ordinal < self._first:
            # Start a year before the day asked about, so that answers (which come after
            # their questions, within days) rarely make the table start again.
            last = self._first + len(self._before) - 1 if self._before else ordinal
            self._first = min(ordinal, last) - _MARGIN
            self._before = [0]
            self._is_open = [self.is_open_day(dt.date.fromordinal(self._first))]
            ordinal = max(ordinal, last)
        while self._first + len(self._before) <= ordinal:
            previous = len(self._before) - 1
            carried = self._before[previous] + (self.length if self._is_open[previous] else 0)
            self._before.append(carried)
            day = dt.date.fromordinal(self._first + len(self._before) - 1)
            self._is_open.append(self.is_open_day(day))

    def _position(self, local: dt.datetime) -> int:
        """Office seconds from the table's origin up to the local time `local`."""
        index = local.toordinal() - self._first
        base = self._before[index]
        if self._is_open[index]:
            into = local.hour * HOUR + local.minute * 60 + local.second - self.open
            base += min(max(into, 0), self.length)
        return base

    def prepare(self, first: dt.datetime, last: dt.datetime) -> None:
        """Make room for every instant between `first` and `last` at once.

        After it, `position` of any instant in between is read straight from the table, and
        positions taken earlier stay comparable (the table's origin no longer moves).
        """
        low, high = first.astimezone(self.zone), last.astimezone(self.zone)
        self._cover(low.toordinal())
        self._cover(high.toordinal())

    def position(self, moment: dt.datetime) -> int:
        """Office seconds from the table's origin up to `moment`, inside what `prepare` made."""
        return self._position(moment.astimezone(self.zone))

    def seconds(self, start: dt.datetime, end: dt.datetime) -> int:
        """Office seconds between two aware instants (0 when `end` is not after `start`)."""
        if end <= start:
            return 0
        first, last = start.astimezone(self.zone), end.astimezone(self.zone)
        if not self._before or first.toordinal() < self._first:
            self._cover(first.toordinal())
        if last.toordinal() >= self._first + len(self._before):
            self._cover(last.toordinal())
        # Both places are read after the table has grown: its origin may have moved.
        return self._position(last) - self._position(first)

    def hours(self, start: dt.datetime, end: dt.datetime) -> float:
        return self.seconds(start, end) / HOUR

    def working_days(self, start: dt.datetime, end: dt.datetime) -> float:
        """Office time between the instants in whole office days (8,5 hours each by default)."""
        return self.seconds(start, end) / self.length


@dataclass(frozen=True, slots=True)
class Waited:
    """How long something took or has waited: calendar and office seconds."""

    calendar: int
    office: int

    @property
    def calendar_hours(self) -> float:
        return self.calendar / HOUR

    @property
    def office_hours(self) -> float:
        return self.office / HOUR


def waited(clock: OfficeClock, start: dt.datetime, end: dt.datetime) -> Waited:
    calendar = max(int((end - start).total_seconds()), 0)
    return Waited(calendar, clock.seconds(start, end))


def limit_seconds(deadline: Deadline, clock: OfficeClock) -> tuple[bool, float]:
    # (Reads only the clock's day length: one answer per deadline and office.)
    """(counted in office time?, the deadline in seconds of that kind of time)."""
    if deadline.unit == "office_hours":
        return True, deadline.within * HOUR
    if deadline.unit == "working_days":
        return True, deadline.within * clock.length
    if deadline.unit == "hours":
        return False, deadline.within * HOUR
    return False, deadline.within * DAY


def passed(deadline: Deadline, clock: OfficeClock, took: Waited) -> bool:
    """The time taken (or waited so far) is beyond the deadline."""
    office, limit = limit_seconds(deadline, clock)
    return (took.office if office else took.calendar) > limit


def within(deadline: Deadline, clock: OfficeClock, took: Waited) -> bool:
    return not passed(deadline, clock, took)


def office_clocks(
    registry: Registry, unit_ids: Iterable[str], closed: Collection[dt.date]
) -> dict[str, OfficeClock]:
    """One clock per unit; units with the same office hours and zone share one."""
    shared: dict[tuple[str, str], OfficeClock] = {}
    units = {u.id: u for u in registry.upts}
    out = {}
    for unit_id in unit_ids:
        unit = units[unit_id]
        hours, zone = registry.unit_office_hours(unit), registry.unit_timezone(unit)
        key = (hours.model_dump_json(), zone)
        if key not in shared:
            shared[key] = OfficeClock(hours, ZoneInfo(zone), closed)
        out[unit_id] = shared[key]
    return out
