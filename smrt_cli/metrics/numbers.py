"""Counts as English and Indonesian exports write them: one rule, used by every reader."""

# English writes twelve thousand and a half as 12,000.5, Indonesian as 12.000,5. A count is
# a whole number, which settles most cells on their own: "1.234" can only be 1234 and "1,5K"
# only 1500. Of the few that could mean two counts, "12.000" is twelve thousand unless the
# file's other cells show that its point separates decimals, and "1.234K" (1234 or 1234000)
# needs such a cell; a cell whose only reading contradicts the rest of the file is refused
# too. Never a guess: docs/metrics-formats.md gives the rule with examples.

from __future__ import annotations

import csv
import enum
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from ..errors import Message, Text, UserError, msg

# Where a row came from: its physical start line in the file and its cells.
Row = tuple[int, list[str]]

# Cells that mean "the platform reports nothing here".
EMPTY = frozenset({"", "-", "--", "n/a", "N/A", "null", "None"})
# SQLite stores integers in 64 bits; a larger "count" is a broken cell, not a figure.
TOO_LARGE = 2**63
# K, M, B as the English exports abbreviate; rb (ribu) and jt (juta) as Indonesian does.
_SCALE = {"": 1, "k": 1_000, "m": 1_000_000, "b": 1_000_000_000, "rb": 1_000, "jt": 1_000_000}
# The longest way to write a count below TOO_LARGE: 19 digits, 6 separators, decimals.
_LONGEST = 40
# Spaces group thousands in both notations (and in Excel's French-style output).
_SPACES = " \u00a0\u202f"
_NO_SPACES = str.maketrans("", "", _SPACES)
_KNOWN = 4096  # texts whose count a file remembers
# Sign, number, optional space and K/M/B: the outer shape, before any notation is chosen.
_SHAPE = re.compile(rf"([+-]?)([0-9.,{_SPACES}]*[0-9])[{_SPACES}]?((?i:[kmb]|rb|jt)?)", re.ASCII)
# What Excel writes for a number too long for its cell, digits lost: 1.22158E+17.
_SCIENTIFIC = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]+")
# Columns that hold decimals (rates, hours, percentages): not stored, but they show how the
# file writes numbers ("0.0132" in X's "engagement rate", "80.2" in YouTube's watch time).
DECIMAL_COLUMN = re.compile(r"\brate\b|%|\bhours\b|percentage|\baverage\b", re.IGNORECASE)


class Style(enum.Enum):
    """A notation, named by the character that separates decimals."""

    ENGLISH = "."
    INDONESIAN = ","

    @property
    def group(self) -> str:
        return "," if self is Style.ENGLISH else "."

    @property
    def other(self) -> Style:
        return Style.INDONESIAN if self is Style.ENGLISH else Style.ENGLISH

    @property
    def label(self) -> Text:
        return msg(f"message.count.style.{self.name.lower()}")


def _grammar(style: Style) -> re.Pattern[str]:
    """A number in `style`: digits, or groups of three after one to three digits, then decimals."""
    group, point = re.escape(style.group), re.escape(style.value)
    grouped = rf"[1-9][0-9]{{0,2}}(?:(?:{group}[0-9]{{3}})+|(?:[{_SPACES}][0-9]{{3}})+)"
    return re.compile(rf"(?:[0-9]+|{grouped})(?:{point}[0-9]+)?|{point}[0-9]+", re.ASCII)


_GRAMMARS = {style: _grammar(style) for style in Style}


@dataclass(frozen=True)
class Reading:
    """What a cell can mean: its value in each notation under which it is a number at all."""

    negative: bool
    suffix: str  # "", "k", "m", "b", "rb" or "jt"
    values: Mapping[Style, tuple[int, int]]  # exact: numerator, power-of-ten denominator

    def wholes(self) -> dict[Style, int]:
        """The readings that are whole numbers: the only ones a count can be."""
        return {s: n // d for s, (n, d) in self.values.items() if n % d == 0}


def read(text: str) -> Reading | None:
    """The readings of `text` (stripped), or None when it is a number in no notation."""
    if len(text) > 4 * _LONGEST:
        return None  # Python will not even convert thousands of digits
    shape = _SHAPE.fullmatch(text)
    if shape is None:
        return None
    sign, body, suffix = shape.groups()
    scale = _SCALE[suffix.lower()]
    values: dict[Style, tuple[int, int]] = {}
    for style, grammar in _GRAMMARS.items():
        if grammar.fullmatch(body):
            whole, _, decimals = body.replace(style.group, "").partition(style.value)
            if not whole.isdigit():
                whole = whole.translate(_NO_SPACES) or "0"
            # exact, as floats are not: 1.1K is 1100
            values[style] = (int(whole + decimals) * scale, 10 ** len(decimals))
    return Reading(sign == "-", suffix.lower(), values) if values else None


@dataclass(frozen=True)
class Clue:
    """A cell that can be read in one notation only, and so shows the file's notation."""

    style: Style
    line: int
    column: str
    text: str

    def said(self) -> Text:
        return msg(
            "message.count.clue",
            line=self.line,
            text=self.text,
            column=self.column,
            style=self.style.label,
        )

    def __str__(self) -> str:
        return str(self.said())


@dataclass(frozen=True)
class Witnesses:
    """What a file's cells show of its notation: the first cell of each kind."""

    # cells whole in one notation only: 1.234, 3423.0, 1,5K, or a rate such as 0.0132
    notation: Mapping[Style, Clue] = field(default_factory=dict)
    # cells the rule reads as grouped thousands: 12.000 (Indonesian), 1,000 (English)
    grouping: Mapping[Style, Clue] = field(default_factory=dict)


class NotACount(ValueError):
    """Why a cell is no count; the caller says which file, line and column."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))  # English, as a log or a test reads it
        self.message = message


Clues = Callable[[], Witnesses]


def count_value(text: str, clues: Clues) -> int | None:
    """The count `text` (stripped) stands for, None when not reported; NotACount if unclear.

    `clues` is asked only for a cell with a point or a comma, so a file of plain digits is
    never read twice.
    """
    if text in EMPTY:
        return None
    if len(text) > _LONGEST and _SHAPE.fullmatch(text):
        raise NotACount(msg("message.count.too_large"))  # and too long to convert at all
    reading = read(text)
    if reading is None:
        if _SCIENTIFIC.fullmatch(text):
            raise NotACount(msg("message.count.scientific"))
        raise NotACount(msg("message.count.not_number"))
    if reading.negative and any(n for n, _ in reading.values.values()):
        # "-" alone is "not reported" (above); "-40" is a figure, and no count goes below zero.
        raise NotACount(msg("message.count.negative"))
    wholes = reading.wholes()
    if not wholes:
        raise NotACount(msg("message.count.not_whole"))
    value = _choose(reading, wholes, clues)
    if value >= TOO_LARGE:
        raise NotACount(msg("message.count.too_large"))
    return value


def _choose(reading: Reading, wholes: dict[Style, int], clues: Clues) -> int:
    """One count from the whole readings, with the file's clues as witness where it matters."""
    values = set(wholes.values())
    if len(values) == 1 and len(reading.values) == len(wholes) == len(Style):
        return values.pop()  # "42", "1 234": the same count in either notation
    witnesses = clues()
    found = witnesses.notation
    if len(wholes) == 1:
        ((style, value),) = wholes.items()
        against = found.get(style.other)
        if against is None:
            return value
        raise NotACount(
            msg("message.count.would_be", value=value, style=style.label, against=against.said())
        )
    # Two counts: "12.000" (12 or 12000), "1,000" (1000 or 1), "1.234K" (1234 or 1234000).
    low, high = sorted(values)
    styles = set(found)
    if len(styles) == 1:
        (style,) = styles
        if reading.suffix or wholes[style] == high:
            return wholes[style]
    elif not styles and not reading.suffix:
        # A count is whole: a separator before exactly three digits groups thousands,
        # unless the file groups thousands with the other separator as well.
        grouped = max(wholes, key=wholes.__getitem__)
        against = witnesses.grouping.get(grouped.other)
        if against is None:
            return high
        found = {grouped.other: against}
    # a tuple of texts is said as 'a; b' in the message's language
    why = tuple(found[s].said() for s in Style if s in found) or msg("message.count.no_witness")
    raise NotACount(msg("message.count.may_be", low=low, high=high, why=why))


def clues_in(rows: Iterable[Row], names: Sequence[str], counts: Iterable[int]) -> Witnesses:
    """The first witnesses of each notation among the count and decimal columns of `rows`."""
    count_columns = set(counts)
    decimals = [
        i for i, n in enumerate(names) if i not in count_columns and DECIMAL_COLUMN.search(n)
    ]
    watched = [(i, True) for i in sorted(count_columns)] + [(i, False) for i in decimals]
    found: dict[Style, Clue] = {}
    grouping: dict[Style, Clue] = {}
    seen: set[tuple[str, bool]] = set()  # a text shows the same notation on every row
    for line, cells in rows:
        for i, whole in watched:
            raw = cells[i].strip() if i < len(cells) else ""
            if ("." not in raw and "," not in raw) or (raw, whole) in seen:
                continue
            if len(seen) >= _KNOWN:
                seen.clear()
            seen.add((raw, whole))
            # "3,5 %" shows its notation as well as "3,5"
            reading = read(raw) if whole else read(raw.removesuffix("%").rstrip())
            if reading is None:
                continue
            styles = reading.wholes() if whole else reading.values
            if len(styles) == 1:
                (style,) = styles
                found.setdefault(style, Clue(style, line, names[i], raw))
            elif whole and len(styles) == 2 and not reading.suffix:
                style = max(styles, key=styles.__getitem__)  # 12.000: 12000 if grouped
                grouping.setdefault(style, Clue(style, line, names[i], raw))
        if len(found) == len(Style):
            break
    return Witnesses(found, grouping)


def file_rows(path: Path, delimiter: str) -> Callable[[], Iterator[Row]]:
    """The data rows of a CSV file with their start lines, read afresh at each call.

    For the clues only: what cannot be read is left to the import, which refuses it.
    """

    def scan() -> Iterator[Row]:
        try:
            with path.open(encoding="utf-8-sig", errors="replace", newline="") as fh:
                reader = csv.reader(fh, delimiter=delimiter)
                for header in reader:  # blank lines may come before the header
                    if any(c.strip() for c in header):
                        break
                start = reader.line_num + 1
                for cells in reader:
                    yield start, cells
                    start = reader.line_num + 1
        except (OSError, csv.Error):
            return

    return scan


class Figures:
    """One file's counts, read cell by cell with the file's notation as witness."""

    def __init__(self, file: str, source: Callable[[], Iterator[Row]] | None = None) -> None:
        self.file = file
        self._source = source
        self._names: Sequence[str] = ()
        self._counts: list[int] | None = None
        self._clues: Witnesses | None = None
        self._known: dict[str, object] = {}

    def expect(self, names: Sequence[str], counts: Iterable[int | None]) -> None:
        """Which columns the reader takes as counts; the first call of a file settles it."""
        if self._counts is None:
            self._names = names
            self._counts = [i for i in counts if i is not None]

    def clues(self) -> Witnesses:
        """The file's witnesses of its notation, looked for once, when first needed."""
        if self._clues is None:
            self._clues = Witnesses()
            if self._source is not None:
                # Every reader names its count columns (a test sees to it); were one to
                # forget, every column would be looked at rather than none.
                counts = range(len(self._names)) if self._counts is None else self._counts
                self._clues = clues_in(self._source(), self._names, counts)
        return self._clues

    def count(self, line: int, names: Sequence[str], i: int, raw: str) -> int | None:
        """The count in column `i` of the row at `line`: a UserError when it is unclear."""
        if not self._names:
            self._names = names  # the header, should the reader have named no count column
        # A cell's count depends on its text and the file's clues only: exports repeat
        # their "0.0" and "1.0" on every row, so each text is worked out once.
        known = self._known.get(raw, self)
        if known is self:
            try:
                known = count_value(raw.strip(), self.clues)
            except NotACount as exc:
                raise UserError(
                    msg(
                        "message.count.cell",
                        file=self.file,
                        line=line,
                        column=names[i],
                        raw=raw,
                        problem=exc.message,
                    )
                ) from None
            if len(self._known) >= _KNOWN:
                self._known.clear()  # a bound, so memory stays flat
            self._known[raw] = known
        return cast(int | None, known)
