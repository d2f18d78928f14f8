"""ISO weeks, the registry's events and Indonesia's holidays resolved for a week."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from smrt_cli import calendar
from smrt_cli.cache import cache_dir
from smrt_cli.calendar import (
    Week,
    event_dates,
    national_holidays,
    nth_weekday,
    parse_week,
    registry_events,
    week_of,
)
from smrt_cli.errors import UserError
from smrt_cli.models import Event
from smrt_cli.registry_file import BUNDLED_SAMPLE, load_registry

TODAY = dt.date(2026, 11, 27)  # a Friday in 2026-W48


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-W49", Week(2026, 49)),
        ("2026-W1", Week(2026, 1)),
        ("2026-W01", Week(2026, 1)),
        ("2026w05", Week(2026, 5)),
        ("next", Week(2026, 49)),
        ("NEXT", Week(2026, 49)),
        ("2026-W53", Week(2026, 53)),
    ],
)
def test_parse_week_accepts_the_documented_forms(text: str, expected: Week) -> None:
    assert parse_week(text, TODAY) == expected


def test_week_53_of_2026_runs_from_28_december_to_3_january() -> None:
    week = parse_week("2026-W53", TODAY)
    assert (week.start, week.end, week.label) == (
        dt.date(2026, 12, 28),
        dt.date(2027, 1, 3),
        "2026-W53",
    )


def test_2025_has_no_week_53_and_the_message_names_it() -> None:
    with pytest.raises(UserError) as exc:
        parse_week("2025-W53", TODAY)
    assert str(exc.value) == "--week: 2025-W53 does not exist — 2025 has ISO weeks W01 to W52"


@pytest.mark.parametrize("text", ["2026-W0", "2026-W54", "W49", "2026-49", "soon"])
def test_parse_week_refuses_what_is_not_a_week(text: str) -> None:
    with pytest.raises(UserError):
        parse_week(text, TODAY)


def test_next_week_crosses_the_year_end() -> None:
    assert parse_week("next", dt.date(2026, 12, 30)) == Week(2027, 1)
    assert week_of(dt.date(2027, 1, 1)) == Week(2026, 53)


def test_last_thursday_of_september() -> None:
    assert nth_weekday(2026, 9, "thursday", -1) == dt.date(2026, 9, 24)
    assert nth_weekday(2027, 9, "thursday", -1) == dt.date(2027, 9, 30)
    assert nth_weekday(2026, 9, "monday", 1) == dt.date(2026, 9, 7)
    assert nth_weekday(2026, 2, "monday", 5) is None


def _event(**fields: object) -> Event:
    return Event.model_validate({"id": "e", "name": "E", **fields})


def test_event_dates_for_each_kind_of_date() -> None:
    w39 = Week(2026, 39)  # 21-27 September 2026
    assert event_dates(_event(fixed="09-23"), w39.start, w39.end) == [dt.date(2026, 9, 23)]
    rule = {"month": 9, "weekday": "thursday", "nth": -1}
    assert event_dates(_event(rule=rule), w39.start, w39.end) == [dt.date(2026, 9, 24)]
    assert event_dates(_event(date="2026-09-21"), w39.start, w39.end) == [dt.date(2026, 9, 21)]
    assert event_dates(_event(date="2026-10-21"), w39.start, w39.end) == []
    period = _event(kind="campaign", start="2026-09-01", end="2026-09-22")
    assert event_dates(period, w39.start, w39.end) == [dt.date(2026, 9, 21)]
    later = _event(kind="campaign", start="2026-09-28", end="2026-10-02")
    assert event_dates(later, w39.start, w39.end) == []


def test_fixed_day_in_week_53_spanning_the_new_year() -> None:
    w53 = Week(2026, 53)
    assert event_dates(_event(fixed="01-01"), w53.start, w53.end) == [dt.date(2027, 1, 1)]
    assert event_dates(_event(fixed="12-28"), w53.start, w53.end) == [dt.date(2026, 12, 28)]


def test_29_february_only_in_leap_years() -> None:
    leap = week_of(dt.date(2028, 2, 29))
    assert event_dates(_event(fixed="02-29"), leap.start, leap.end) == [dt.date(2028, 2, 29)]
    plain = week_of(dt.date(2027, 2, 28))
    assert event_dates(_event(fixed="02-29"), plain.start, plain.end) == []


def test_sample_maritime_days_of_2026_w39() -> None:
    reg = load_registry(BUNDLED_SAMPLE)
    w39 = Week(2026, 39)
    events = {e.id: e.date for e in registry_events(reg, w39.start, w39.end, "id")}
    assert events["hari-mercusuar"] == dt.date(2026, 9, 22)
    assert events["hari-maritim-nasional"] == dt.date(2026, 9, 23)
    assert events["hari-maritim-sedunia"] == dt.date(2026, 9, 24)


def test_christmas_week_holidays(tmp_path: Path) -> None:
    w52 = Week(2026, 52)
    events = national_holidays(w52.start, w52.end, "id")
    assert [(e.date, e.name, e.day_off, e.kind) for e in events] == [
        (dt.date(2026, 12, 24), "Cuti Bersama Hari Raya Natal", True, "holiday"),
        (dt.date(2026, 12, 25), "Hari Raya Natal", True, "holiday"),
    ]
    assert not any(e.estimated for e in events)


def test_english_holiday_names(tmp_path: Path) -> None:
    w52 = Week(2026, 52)
    names = [e.name for e in national_holidays(w52.start, w52.end, "en")]
    assert names == ["Christmas Joint Holiday", "Christmas Day"]


def test_unconfirmed_islamic_holidays_are_marked_estimated(tmp_path: Path) -> None:
    start, end = dt.date(2030, 2, 1), dt.date(2030, 2, 10)
    events = national_holidays(start, end, "id")
    eid = [e for e in events if e.date == dt.date(2030, 2, 4)]
    assert eid[0].name == "Hari Raya Idul Fitri (perkiraan)"
    assert eid[0].estimated is True


def test_holiday_cache_is_used_and_gives_the_same_events(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w52 = Week(2026, 52)
    first = national_holidays(w52.start, w52.end, "id")
    assert (cache_dir() / "holidays-ID.json").is_file()

    def boom(year: int, lang: str) -> list[tuple[str, str]]:
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(calendar, "compute_holidays", boom)
    assert national_holidays(w52.start, w52.end, "id") == first


def test_unreadable_or_stale_cache_is_recomputed(tmp_path: Path) -> None:
    w52 = Week(2026, 52)
    expected = national_holidays(w52.start, w52.end, "id")
    (cache_dir() / "holidays-ID.json").write_text("{not json", encoding="utf-8")
    assert national_holidays(w52.start, w52.end, "id") == expected
    stale = {"package": "another-release", "years": {"2026:id": [["2026-12-22", "Fake"]]}}
    (cache_dir() / "holidays-ID.json").write_text(json.dumps(stale), encoding="utf-8")
    assert national_holidays(w52.start, w52.end, "id") == expected
