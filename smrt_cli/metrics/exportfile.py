"""Recognise an export file and open it as the import reads it, before anything is stored."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from ..errors import Problem, UserError, msg
from ..models import Registry
from .detect import BY_NAME, FormatSpec, detect, supported
from .readers import Columns, csv_problem, delimiter


@dataclass(frozen=True)
class Prepared:
    """A file whose format is known and whose options are complete, not yet imported."""

    path: Path
    display: str
    spec: FormatSpec
    unit: str | None  # --upt: the unit of a per-unit export, or of rows with an empty upt cell
    size: int
    row_units: bool  # the file has a upt column naming each row's unit
    delimiter: str


def _undecodable_line(path: Path) -> int:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 1


def not_utf8(display: str, path: Path) -> UserError:
    return UserError(Problem(display, _undecodable_line(path), None, msg("message.csv.not_utf8")))


def open_export(path: Path, display: str) -> io.TextIOWrapper:
    try:
        binary = path.open("rb")
    except OSError as exc:
        raise UserError(
            msg("message.csv.unreadable_file", file=display, why=exc.strerror)
        ) from None
    # utf-8-sig drops the byte-order mark Meta and TikTok put first; newline="" is csv's rule.
    return io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")


# A workbook saved instead of the CSV: its first bytes say so before any decoding fails.
_WORKBOOKS = {
    b"PK\x03\x04": "message.csv.workbook.xlsx",
    b"\xd0\xcf\x11\xe0": "message.csv.workbook.xls",
}


def _refuse_workbook(display: str, start: bytes) -> None:
    for magic, what in _WORKBOOKS.items():
        if start.startswith(magic):
            raise UserError(msg("message.csv.workbook", file=display, what=msg(what)))


def prepare(
    path: Path,
    display: str,
    registry: Registry,
    *,
    format_name: str = "auto",
    unit: str | None = None,
    year: int | None = None,
) -> Prepared:
    """Recognise the file and check that the options it needs are given, before any import."""
    if unit is not None and unit not in {u.id for u in registry.upts}:
        known = ", ".join(u.id for u in registry.upts)
        raise UserError(msg("message.metrics.unknown_unit", unit=unit, known=known))
    with open_export(path, display) as fh:
        _refuse_workbook(display, cast(io.BufferedReader, fh.buffer).peek(8)[:8])
        try:
            sep = delimiter(_first_line(fh))
            fh.seek(0)
            # strict, as the import reads it: a header cut inside quotes is refused here
            reader = csv.reader(fh, delimiter=sep, strict=True)
            header = header_row(reader)
            at = reader.line_num  # the header's line: blank lines may come before it
        except UnicodeDecodeError:
            raise not_utf8(display, path) from None
        except csv.Error as exc:
            line = max(reader.line_num, 1)  # where the reading stopped, after any blank lines
            problem = msg("message.csv.in_header", problem=csv_problem(exc))
            raise UserError(Problem(display, line, None, problem)) from None
        size = path.stat().st_size
    if not any(h.strip() for h in header):
        raise UserError(msg("message.csv.empty", file=display))
    if format_name == "auto":
        spec = detect(header)
        if spec is None:
            shown = ",".join(header)[:120]
            problem = msg("message.csv.unrecognised", header=shown, formats=supported())
            raise UserError(Problem(display, at, None, problem))
    else:
        spec = BY_NAME[format_name]
        cols = Columns(header)
        missing = [c for c in spec.signature if not cols.has(c)]
        if missing:
            columns = ", ".join(f'"{c}"' for c in missing)
            problem = msg("message.csv.not_format_file", format=spec.name, columns=columns)
            raise UserError(Problem(display, at, None, problem))
    if unit is None and not (spec.row_units and Columns(header).has("upt")):
        key = "message.csv.one_unit_or_column" if spec.row_units else "message.csv.one_unit"
        raise UserError(msg(key, file=display, format=spec.name))
    if spec.needs_year and year is None:
        raise UserError(msg("message.csv.needs_year", file=display, format=spec.name))
    row_units = spec.row_units and Columns(header).has("upt")
    return Prepared(path, display, spec, unit, size, row_units, sep)


def _first_line(fh: io.TextIOWrapper) -> str:
    """The first line with text in it, for telling the delimiter."""
    for line in iter(fh.readline, ""):
        if line.strip(" \t\r\n,;"):
            return line
    return ""


def header_row(reader: Iterator[list[str]]) -> list[str]:
    """The header row: blank lines above it (a spreadsheet's empty rows) are skipped."""
    for row in reader:
        if any(cell.strip() for cell in row):
            return row
    return []
