"""Office-hour durations, computed by hand: weekends, holidays, joint leave, after closing."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smrt_cli.calendar import days_off
from smrt_cli.models import Deadline, OfficeHours
from smrt_cli.officehours import OfficeClock, passed, waited

WITA = ZoneInfo("Asia/Makassar")
# Christmas 2026 (Friday) and its joint leave (Thursday 24 December), Independence Day
# (Monday 17 August 2026): as the holidays package gives them.
CLOSED = {dt.date(2026, 12, 24), dt.date(2026, 12, 25), dt.date(2026, 8, 17)}


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=WITA)


def clock(closed: set[dt.date] = CLOSED) -> OfficeClock:
    return OfficeClock(OfficeHours(), WITA, closed)


def test_the_calendar_closes_the_same_days() -> None:
    found = days_off(dt.date(2026, 8, 1), dt.date(2026, 12, 31))
    assert found >= CLOSED
    assert dt.date(2026, 12, 23) not in found


@pytest.mark.parametrize(
    ("received", "replied", "office_hours", "calendar_hours"),
    [
        # same morning: 08.00 -> 09.15
        ("2026-12-01 08:00", "2026-12-01 09:15", 1.25, 1.25),
        # after closing on Monday, answered Tuesday 08.00: the clock starts at 07.30
        ("2026-11-30 18:00", "2026-12-01 08:00", 0.5, 14),
        # before opening: 06.00 -> 07.45 counts from 07.30
        ("2026-12-01 06:00", "2026-12-01 07:45", 0.25, 1.75),
        # over a weekend: Friday 15.30-16.00 and Monday 07.30-08.30
        ("2026-12-04 15:30", "2026-12-07 08:30", 1.5, 65),
        # a public holiday (Monday 17 August) after a Friday message left after closing
        ("2026-08-14 16:30", "2026-08-18 07:45", 0.25, 87.25),
        # joint leave (Thursday 24 December), Christmas (Friday) and the weekend:
        # Wednesday 15.00-16.00, then Monday 07.30-09.00
        ("2026-12-23 15:00", "2026-12-28 09:00", 2.5, 114),
        # a message on Christmas Day answered on it: no office time at all
        ("2026-12-25 10:00", "2026-12-25 11:00", 0, 1),
        # a whole working week: five days of 8.5 hours
        ("2026-11-30 07:30", "2026-12-04 16:00", 42.5, 104.5),
    ],
)
def test_office_hours_by_hand(
    received: str, replied: str, office_hours: float, calendar_hours: float
) -> None:
    took = waited(clock(), at(received), at(replied))
    assert took.office_hours == office_hours
    assert took.calendar_hours == calendar_hours


def test_instants_in_utc_are_placed_in_the_office_zone() -> None:
    # 23.30 UTC on Sunday is 07.30 WITA on Monday; 01.00 UTC is 09.00 WITA
    start = dt.datetime(2026, 11, 29, 23, 30, tzinfo=dt.UTC)
    end = dt.datetime(2026, 11, 30, 1, 0, tzinfo=dt.UTC)
    assert clock().hours(start, end) == 1.5


def test_working_days_and_deadlines() -> None:
    c = clock()
    # Monday 30 November 07.30 to Monday 7 December 07.30: five working days exactly
    took = waited(c, at("2026-11-30 07:30"), at("2026-12-07 07:30"))
    assert c.working_days(at("2026-11-30 07:30"), at("2026-12-07 07:30")) == 5
    assert not passed(Deadline(within=5, unit="working_days"), c, took)
    later = waited(c, at("2026-11-30 07:30"), at("2026-12-07 07:31"))
    assert passed(Deadline(within=5, unit="working_days"), c, later)
    # calendar deadlines count nights and holidays
    assert passed(Deadline(within=24, unit="hours"), c, took)
    assert not passed(Deadline(within=7, unit="days"), c, took)


def test_other_office_hours_and_days() -> None:
    saturday_office = OfficeHours(
        days=["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
        open="08:00",
        close="12:00",
    )
    c = OfficeClock(saturday_office, WITA, set())
    # Friday 11.00 -> Monday 09.00: Friday 1 h, Saturday 4 h, Monday 1 h
    assert c.hours(at("2026-12-04 11:00"), at("2026-12-07 09:00")) == 6


def test_asking_about_an_earlier_day_later_still_counts_right() -> None:
    c = clock()
    assert c.hours(at("2026-12-28 08:00"), at("2026-12-28 09:00")) == 1
    assert c.hours(at("2026-12-23 15:00"), at("2026-12-28 09:00")) == 2.5


moments = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 12, 31)).map(
    lambda d: d.replace(tzinfo=WITA, microsecond=0)
)


@given(moments, moments, moments)
def test_office_time_adds_up_and_never_exceeds_the_calendar(
    a: dt.datetime, b: dt.datetime, c: dt.datetime
) -> None:
    first, middle, last = sorted((a, b, c))
    office = clock()
    assert office.seconds(first, last) == office.seconds(first, middle) + office.seconds(
        middle, last
    )
    assert office.seconds(first, last) <= (last - first).total_seconds()
    assert office.seconds(last, first) == 0
