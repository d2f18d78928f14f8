"""ISO weeks: the unit a plan is made for, with no other dependency (calendar and plans use it)."""

from __future__ import annotations

import datetime as dt
import re

from .records import ordered_record

WEEK_RE = re.compile(r"^(\d{4})-?[Ww](\d{1,2})$")


@ordered_record
class Week:
    """One ISO week: Monday to Sunday."""

    year: int
    number: int

    @property
    def start(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 1)

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=6)

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    @property
    def days(self) -> list[dt.date]:
        start = self.start
        return [start + dt.timedelta(days=i) for i in range(7)]

    def next(self) -> Week:
        return week_of(self.start + dt.timedelta(days=7))


def week_of(day: dt.date) -> Week:
    iso = day.isocalendar()
    return Week(iso.year, iso.week)


def weeks_in_year(year: int) -> int:
    # 28 December always falls in the year's last ISO week.
    return dt.date(year, 12, 28).isocalendar().week


def week_from_label(label: str) -> Week | None:
    """The week of a plan folder or plan.json 'week' field; None when it is not one."""
    m = WEEK_RE.match(label)
    if not m:
        return None
    year, number = int(m.group(1)), int(m.group(2))
    if not 1 <= year <= 9998 or not 1 <= number <= weeks_in_year(year):
        return None
    return Week(year, number)
