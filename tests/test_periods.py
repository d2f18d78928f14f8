"""Periods: parsing --period/--quarter/--from/--to, the previous period and the labels."""

from __future__ import annotations

import datetime as dt

import pytest

from smrt_cli.errors import UserError
from smrt_cli.periods import choose_period, parse_label, parse_month, parse_quarter


def test_month() -> None:
    p = parse_month("2026-10")
    assert (p.label, p.start, p.end, p.days) == (
        "2026-10",
        dt.date(2026, 10, 1),
        dt.date(2026, 10, 31),
        31,
    )
    assert p.title("id") == "Oktober 2026"
    assert p.title("en") == "October 2026"
    assert parse_month("2026-12").end == dt.date(2026, 12, 31)
    assert parse_month("2028-02").end == dt.date(2028, 2, 29)


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026-1x", "oktober", "2026"])
def test_bad_month(text: str) -> None:
    with pytest.raises(UserError) as err:
        parse_month(text)
    assert str(err.value) == (
        f"--period: {text!r} is not a month — write YYYY-MM with a month 01-12, e.g. 2026-10"
    )


def test_quarter() -> None:
    q = parse_quarter("2026-Q4")
    assert (q.start, q.end) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert q.title("id") == "Triwulan IV 2026"
    assert q.title("en") == "Quarter IV 2026"
    assert q.previous().label == "2026-Q3"
    assert parse_quarter("2026-Q1").previous().label == "2025-Q4"
    with pytest.raises(UserError, match="not a quarter"):
        parse_quarter("2026-Q5")


def test_previous_of_the_same_length() -> None:
    assert parse_month("2026-01").previous().label == "2025-12"
    r = choose_period(None, None, "2026-10-01", "2026-10-15")
    assert r.label == "2026-10-01_2026-10-15"
    assert r.title("id") == "1–15 Oktober 2026"
    prev = r.previous()
    assert (prev.start, prev.end, prev.days) == (dt.date(2026, 9, 16), dt.date(2026, 9, 30), 15)


def test_a_whole_month_as_a_range_is_that_month() -> None:
    assert choose_period(None, None, "2026-10-01", "2026-10-31").label == "2026-10"


def test_exactly_one_period() -> None:
    with pytest.raises(UserError, match="no periods given"):
        choose_period(None, None, None, None)
    with pytest.raises(UserError, match="several periods given"):
        choose_period("2026-10", "2026-Q4", None, None)
    with pytest.raises(UserError, match="--to is missing"):
        choose_period(None, None, "2026-10-01", None)
    with pytest.raises(UserError, match="before --from"):
        choose_period(None, None, "2026-10-05", "2026-10-01")
    with pytest.raises(UserError, match="is not a date"):
        choose_period(None, None, "2026-10-32", "2026-11-01")


def test_labels_round_trip() -> None:
    for label in ("2026-10", "2026-Q4", "2026-10-01_2026-10-15"):
        period = parse_label(label)
        assert period is not None and period.label == label
    assert parse_label("2026-13") is None
    assert parse_label("nonsense") is None
