"""What every export reader shares: cells to numbers and times, rows with their start lines."""

from __future__ import annotations

import csv
import datetime as dt
import html
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import InitVar, dataclass, field
from zoneinfo import ZoneInfo

from ..errors import Message, Problem, Text, UserError, msg
from .numbers import TOO_LARGE, Figures
from .numbers import Row as Row
from .records import AccountDayRecord, HoaxRecord, MessageRecord, PostRecord

Record = PostRecord | MessageRecord | AccountDayRecord | HoaxRecord
# Excel turns long numeric ids into scientific notation, losing digits for good.
MANGLED_ID = re.compile(r"^\d(\.\d+)?[eE]\+\d+$")
MAX_TEXT = 500
# Posts, messages and days outside these years are typing errors (0202 for 2020), and the
# far ones cannot even be converted between zones; --year takes the same range.
YEARS = (2000, 2100)


@dataclass
class ReadContext:
    """What a reader needs beyond the file: unit, zones, year, and where to report."""

    file: str
    unit_id: str | None  # --upt
    zones: Mapping[str, ZoneInfo]
    year: int | None = None
    warnings: list[Message] = field(default_factory=list)
    mangled_ids: int = 0
    skipped: int = 0
    # The file's rows read afresh, for the cells that show how it writes numbers.
    source: InitVar[Callable[[], Iterator[Row]] | None] = None
    figures: Figures = field(init=False)

    def __post_init__(self, source: Callable[[], Iterator[Row]] | None) -> None:
        self.figures = Figures(self.file, source)

    def fail(self, line: int, message: Message) -> UserError:
        return UserError(Problem(self.file, line, None, message))

    def unit(self, line: int, value: str | None = None) -> str:
        """The row's unit: its own `upt` cell if any, else --upt; unknown ids are errors."""
        unit = (value or "").strip() or self.unit_id
        if unit is None:
            raise self.fail(line, msg("message.csv.no_unit"))
        if unit not in self.zones:
            known = ", ".join(sorted(self.zones))
            raise self.fail(line, msg("message.csv.unknown_unit", unit=unit, known=known))
        return unit

    def file_unit(self) -> str:
        """The unit of a per-unit export: --upt, which the command checks before reading."""
        if self.unit_id is None or self.unit_id not in self.zones:
            raise UserError(msg("message.import.one_unit_posts", file=self.file))
        return self.unit_id

    def zone(self, unit: str) -> ZoneInfo:
        return self.zones[unit]


class Columns:
    """Header names to positions, matched without regard to case or surrounding spaces."""

    def __init__(self, header: Sequence[str]) -> None:
        self.names = [h.strip() for h in header]
        self.index: dict[str, int] = {}
        for i, name in enumerate(self.names):
            self.index.setdefault(name.lower(), i)

    def has(self, *names: str) -> bool:
        return all(n.lower() in self.index for n in names)

    def find(self, *names: str) -> int | None:
        """Position of the first of `names` present (older and newer spellings)."""
        for n in names:
            i = self.index.get(n.lower())
            if i is not None:
                return i
        return None


def cell(row: list[str], i: int | None) -> str:
    if i is None or i >= len(row):
        return ""
    return row[i].strip()


def count(ctx: ReadContext, line: int, cols: Columns, row: list[str], i: int | None) -> int | None:
    """A count as the exports write it: '42', '"3423.0"', '1,234', '12.000', '1,5K', '-' (none).

    The rule for points and commas is numbers.count_value's, the same for every format.
    """
    if i is None or i >= len(row):
        return None
    raw = row[i]
    if raw.isdigit() and raw.isascii() and len(raw) < 20:  # the common case, quickly
        value = int(raw)
        if value < TOO_LARGE:
            return value
    return ctx.figures.count(line, cols.names, i, raw)


def expect_counts(ctx: ReadContext, cols: Columns, *indices: int | None) -> None:
    """Name the columns a reader takes as counts, so their cells can witness the notation."""
    ctx.figures.expect(cols.names, indices)


def post_id(ctx: ReadContext, line: int, cols: Columns, row: list[str], i: int | None) -> str:
    """The platform's id; a leading apostrophe or space is dropped, an empty id is an error."""
    text = cell(row, i).lstrip("'").strip()
    if not text:
        name = cols.names[i] if i is not None else "id"
        raise ctx.fail(line, msg("message.csv.no_id", column=name))
    if "+" in text and MANGLED_ID.match(text):
        ctx.mangled_ids += 1
    return text


def clean_text(text: str) -> str:
    """Post text as people read it: HTML entities undone, Windows line ends made plain, cut."""
    if "&" in text:
        text = html.unescape(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()[:MAX_TEXT]


def local_time(
    ctx: ReadContext, line: int, column: str, raw: str, formats: Sequence[str], zone: ZoneInfo
) -> dt.datetime:
    """A wall-clock time in one of `formats`; without an offset it is the unit's local time."""
    text = raw.strip()
    for fmt in formats:
        try:
            moment = dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        return _in_years(ctx, line, column, raw, moment, zone)
    example = dt.datetime(2026, 11, 30, 9, 0).strftime(formats[0])
    raise ctx.fail(line, msg("message.csv.not_time", column=column, raw=raw, example=example))


def iso_time(ctx: ReadContext, line: int, column: str, raw: str, zone: ZoneInfo) -> dt.datetime:
    """ISO 8601 with an offset (converted) or without one (the unit's local time)."""
    text = raw.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ctx.fail(
            line,
            msg("message.csv.not_iso_time", column=column, raw=raw),
        ) from None
    return _in_years(ctx, line, column, raw, moment, zone)


def _outside_years(ctx: ReadContext, line: int, column: str, raw: str) -> UserError:
    first, last = YEARS
    return ctx.fail(
        line,
        msg("message.csv.years", column=column, raw=raw, first=first, last=last),
    )


def _in_years(
    ctx: ReadContext, line: int, column: str, raw: str, moment: dt.datetime, zone: ZoneInfo
) -> dt.datetime:
    """The time in UTC, if its year is one a post can have (else a zone could overflow)."""
    if not YEARS[0] <= moment.year <= YEARS[1]:
        raise _outside_years(ctx, line, column, raw)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(dt.UTC)


def noon(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    """Exports that give only a day are placed at local noon, so the local day stays that day."""
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=zone).astimezone(dt.UTC)


def rows(
    ctx: ReadContext, reader: Iterator[list[str]], line_num: Callable[[], int], width: int
) -> Iterator[Row]:
    """Data rows with the line each starts on (csv's line_num is where a record ends).

    Every row must have the header's `width` of fields. The platforms write every row whole
    (all real exports and fixtures do, empty cells included), so a shorter row is a file cut
    short, and a longer one a text whose separator lost its quotes: either would put figures
    under the wrong column or none, so the file is refused rather than guessed at.
    """
    start = line_num() + 1
    try:
        for cells in reader:
            # Blank rows are skipped; a first cell with text settles it without looking further.
            if cells and ((cells[0] and not cells[0].isspace()) or any(c.strip() for c in cells)):
                if len(cells) != width:
                    raise _wrong_width(ctx, start, len(cells), width)
                yield start, cells
            start = line_num() + 1
    except csv.Error as exc:
        raise ctx.fail(start, csv_problem(exc)) from None


def csv_problem(exc: csv.Error) -> Text:
    """What a CSV error means for the person who has to mend the file."""
    if "unexpected end of data" in str(exc):
        return msg("message.csv.unclosed")
    return msg("message.csv.unreadable", error=str(exc))


def _wrong_width(ctx: ReadContext, line: int, fields: int, width: int) -> UserError:
    hint = msg("message.csv.cut_short" if fields < width else "message.csv.lost_quotes")
    return ctx.fail(line, msg("message.csv.width", fields=fields, width=width, hint=hint))


Reader = Callable[[ReadContext, Columns, Iterator[Row]], Iterator[Record]]


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# "Sun, Aug 30, 2026", "Sep 27, 2024", "April 12" (no year), or ISO "2026-08-30".
_DAY = re.compile(r"^(?:[A-Za-z]{3,9},\s*)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$")


def parse_day(
    ctx: ReadContext,
    line: int,
    column: str,
    raw: str,
    year: int | None,
    example: str = "Aug 30, 2026",
) -> dt.date:
    """A day as the platforms' English exports write it; `year` fills in a missing year.

    `example` is the form the message shows for a day that cannot be read: the reader's own.
    """
    day = _day(ctx, line, column, raw, year, example)
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise _outside_years(ctx, line, column, raw)
    return day


def _day(
    ctx: ReadContext, line: int, column: str, raw: str, year: int | None, example: str
) -> dt.date:
    """The day as written, before its year is checked."""
    text = raw.strip()
    match = _DAY.match(text)
    try:
        if match is None:
            return dt.date.fromisoformat(text)
        month = _MONTHS[match.group(1).lower()]
        if match.group(3) is None:
            if year is None:
                raise ctx.fail(
                    line,
                    msg("message.csv.no_year", column=column, raw=raw),
                )
            return dt.date(year, month, int(match.group(2)))
        return dt.date(int(match.group(3)), month, int(match.group(2)))
    except (KeyError, ValueError):
        raise ctx.fail(
            line, msg("message.csv.not_date", column=column, raw=raw, example=example)
        ) from None


def delimiter(first_line: str) -> str:
    """Comma as the platforms write it; a semicolon when Excel in an Indonesian locale saved it."""
    outside = re.sub(r'"[^"]*"', "", first_line)
    return ";" if outside.count(";") > outside.count(",") else ","


def permalink(
    ctx: ReadContext, line: int, cols: Columns, row: list[str], i: int | None
) -> str | None:
    """A post's address; one with a line break or another control character is refused.

    Stored, it would end the scorecard's table row it is shown in, and no platform writes one.
    """
    text = cell(row, i)
    bad = next((ch for ch in text if _CONTROL.match(ch)), None)
    if bad is not None:
        name = cols.names[i] if i is not None else "permalink"
        what = (
            msg("message.csv.line_break")
            if bad in "\r\n\u2028\u2029"
            else msg("message.csv.control", code=f"U+{ord(bad):04X}")
        )
        raise ctx.fail(line, msg("message.csv.address", column=name, what=what))
    return text or None


# Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
