"""Evaluation periods: a month, a quarter or a date range, their labels and the period before."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .errors import UserError, msg
from .i18n import SHORT_MONTHS, format_date, format_range, month_name

PeriodKind = Literal["month", "quarter", "range"]

MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")
QUARTER_RE = re.compile(r"^(\d{4})-[Qq](\d)$")
RANGE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$")
ROMAN = ("I", "II", "III", "IV")


class Period(BaseModel):
    """A span of local days [start, end], named by a label that is also its folder name."""

    model_config = ConfigDict(frozen=True)

    label: str  # "2026-10", "2026-Q4" or "2026-10-01_2026-10-15"
    start: dt.date
    end: dt.date
    kind: PeriodKind

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def title(self, lang: str) -> str:
        """'Oktober 2026', 'Triwulan IV 2026' or '1–15 Oktober 2026' (English alike)."""
        if self.kind == "month":
            return f"{month_name(self.start.month, lang)} {self.start.year}"
        if self.kind == "quarter":
            word = "Triwulan" if lang == "id" else "Quarter"
            return f"{word} {ROMAN[(self.start.month - 1) // 3]} {self.start.year}"
        if self.start == self.end:
            return format_date(self.start, lang, weekday=False)
        return format_range(self.start, self.end, lang)

    def short_title(self, lang: str) -> str:
        """'Agu 2026', 'TW IV 2026' or '1–15 Nov 2026' (English 'Aug 2026', 'Q4 2026'): a chart's
        axis label."""
        months = SHORT_MONTHS["en" if lang == "en" else "id"]
        if self.kind == "month":
            return f"{months[self.start.month - 1]} {self.start.year}"
        if self.kind == "quarter":
            number = (self.start.month - 1) // 3
            if lang == "en":
                return f"Q{number + 1} {self.start.year}"
            return f"TW {ROMAN[number]} {self.start.year}"
        first, last = self.start, self.end
        end = f"{last.day} {months[last.month - 1]} {last.year}"
        if first == last:
            return end
        if first.year != last.year:
            return f"{first.day} {months[first.month - 1]} {first.year} – {end}"
        if first.month != last.month:
            return f"{first.day} {months[first.month - 1]} – {end}"
        return f"{first.day}–{end}"

    def previous(self) -> Period:
        """The period of the same length just before: last month, last quarter, or N days."""
        if self.kind == "month":
            last = self.start - dt.timedelta(days=1)
            return month(last.year, last.month)
        if self.kind == "quarter":
            last = self.start - dt.timedelta(days=1)
            return quarter(last.year, (last.month - 1) // 3 + 1)
        end = self.start - dt.timedelta(days=1)
        return date_range(end - dt.timedelta(days=self.days - 1), end)


def month(year: int, number: int) -> Period:
    start = dt.date(year, number, 1)
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    return Period(
        label=f"{year:04d}-{number:02d}",
        start=start,
        end=following - dt.timedelta(days=1),
        kind="month",
    )


def quarter(year: int, number: int) -> Period:
    first = month(year, 3 * number - 2)
    last = month(year, 3 * number)
    return Period(label=f"{year:04d}-Q{number}", start=first.start, end=last.end, kind="quarter")


def date_range(start: dt.date, end: dt.date) -> Period:
    return Period(
        label=f"{start.isoformat()}_{end.isoformat()}", start=start, end=end, kind="range"
    )


def parse_month(text: str) -> Period:
    """--period 2026-10."""
    m = MONTH_RE.match(text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1:
        raise UserError(msg("message.period.not_month", value=repr(text)))
    return month(int(m.group(1)), int(m.group(2)))


def parse_quarter(text: str) -> Period:
    """--quarter 2026-Q4."""
    m = QUARTER_RE.match(text.strip())
    if not m or not 1 <= int(m.group(2)) <= 4 or int(m.group(1)) < 1:
        raise UserError(msg("message.period.not_quarter", value=repr(text)))
    return quarter(int(m.group(1)), int(m.group(2)))


def parse_day(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(msg("message.period.not_date", option=option, value=repr(text))) from None


def parse_label(text: str) -> Period | None:
    """The period a label names (as in folder names and --scores files), or None."""
    text = text.strip()
    try:
        if MONTH_RE.match(text):
            return parse_month(text)
        if QUARTER_RE.match(text):
            return parse_quarter(text)
        m = RANGE_RE.match(text)
        if m:
            start, end = dt.date.fromisoformat(m.group(1)), dt.date.fromisoformat(m.group(2))
            return date_range(start, end) if start <= end else None
    except (UserError, ValueError):
        return None
    return None


def choose_period(
    period: str | None, quarter_text: str | None, start: str | None, end: str | None
) -> Period:
    """Exactly one way of naming the period: --period, --quarter or --from with --to."""
    given = [n for n, v in (("--period", period), ("--quarter", quarter_text)) if v is not None]
    if start is not None or end is not None:
        given.append("--from/--to")
    if len(given) != 1:
        raise UserError(msg("message.period.several" if given else "message.period.none"))
    if period is not None:
        return parse_month(period)
    if quarter_text is not None:
        return parse_quarter(quarter_text)
    if start is None or end is None:
        missing = "--to" if end is None else "--from"
        raise UserError(msg("message.period.half_range", missing=missing))
    first, last = parse_day(start, "--from"), parse_day(end, "--to")
    if last < first:
        raise UserError(
            msg("message.period.reversed", to=last.isoformat(), start=first.isoformat())
        )
    if first.day == 1 and last == month(first.year, first.month).end:
        return month(first.year, first.month)
    return date_range(first, last)
