"""The cell parsers every reader shares: counts, days and the record start lines."""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smrt_cli.errors import UserError
from smrt_cli.metrics.readers import Columns, ReadContext, count, delimiter, parse_day, rows

CTX = ReadContext("f.csv", "ksop-a", {"ksop-a": ZoneInfo("Asia/Makassar")})
COLS = Columns(["Reach"])


def n(text: str) -> int | None:
    return count(CTX, 7, COLS, [text], 0)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10**12))
def test_every_way_platforms_write_a_count(value: int) -> None:
    for text in (str(value), f"{value}.0", f"{value:,}", f" {value} "):
        assert n(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.2K", 1200), ("3M", 3_000_000), ("0.5k", 500), ("", None), ("-", None), ("n/a", None)],
)
def test_suffixes_and_not_reported(text: str, value: int | None) -> None:
    assert n(text) == value


@pytest.mark.parametrize("text", ["abc", "1.2X", "nan", "inf", "-inf", "--5"])
def test_not_a_number(text: str) -> None:
    with pytest.raises(UserError) as err:
        n(text)
    assert str(err.value) == f'f.csv:7: column "Reach": "{text}" is not a number'


@pytest.mark.parametrize("text", ["-5", "-40", " -1.2K ", "-1,234", "-3.0"])
def test_negative_count(text: str) -> None:
    # (a lone "-" stays "not reported": test_suffixes_and_not_reported)
    with pytest.raises(UserError) as err:
        n(text)
    assert str(err.value) == (
        f'f.csv:7: column "Reach": "{text}" is negative — counts cannot be negative; '
        "correct the cell or download the export again"
    )


@pytest.mark.parametrize(
    ("text", "year", "day"),
    [
        ("Sun, Aug 30, 2026", None, dt.date(2026, 8, 30)),
        ("Sep 27, 2024", None, dt.date(2024, 9, 27)),
        ("April 12", 2025, dt.date(2025, 4, 12)),
        ("2026-08-30", None, dt.date(2026, 8, 30)),
    ],
)
def test_days(text: str, year: int | None, day: dt.date) -> None:
    assert parse_day(CTX, 3, "Date", text, year) == day


def test_day_without_year_needs_one() -> None:
    with pytest.raises(UserError, match=r'f.csv:3: column "Date": "April 12" has no year'):
        parse_day(CTX, 3, "Date", "April 12", None)


def test_bad_day() -> None:
    with pytest.raises(UserError, match=r'"Foo 31, 2026" is not a date like "Aug 30, 2026"'):
        parse_day(CTX, 3, "Date", "Foo 31, 2026", None)


def test_rows_start_lines_across_multiline_fields_and_blank_lines() -> None:
    text = 'h1,h2\na,"one\ntwo\nthree"\n\nb,c\n"d\n",e\n'
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    next(reader)
    assert [line for line, _ in rows(CTX, reader, lambda: reader.line_num, 2)] == [2, 6, 7]


def test_delimiter() -> None:
    assert delimiter('"Post ID","Reactions, Comments and Shares";x\n') == ","
    assert delimiter('"Post ID";"Publish time";Reach\n') == ";"
