"""Recognise an export file and open it as the import reads it, before anything is stored."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from ..errors import UserError
from ..models import Registry
from .detect import BY_NAME, FormatSpec, detect, supported
from .readers import Columns, csv_problem, delimiter


@dataclass(frozen=True)
class Prepared:
    """A file whose format is known and whose options are complete, not yet imported."""

    path: Path
    display: str
    spec: FormatSpec
    upt: str | None  # --upt: the unit of a per-unit export, or of rows with an empty upt cell
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
    return UserError(
        f"{display}:{_undecodable_line(path)}: not UTF-8 text — save the file as "
        "'CSV UTF-8' and import it again"
    )


def open_export(path: Path, display: str) -> io.TextIOWrapper:
    try:
        binary = path.open("rb")
    except OSError as exc:
        raise UserError(f"{display}: cannot be read ({exc.strerror})") from None
    # utf-8-sig drops the byte-order mark Meta and TikTok put first; newline="" is csv's rule.
    return io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")


# A workbook saved instead of the CSV: its first bytes say so before any decoding fails.
_WORKBOOKS = {
    b"PK\x03\x04": "an Excel workbook (.xlsx) or another zip file",
    b"\xd0\xcf\x11\xe0": "an old Excel workbook (.xls)",
}


def _refuse_workbook(display: str, start: bytes) -> None:
    for magic, what in _WORKBOOKS.items():
        if start.startswith(magic):
            raise UserError(
                f"{display}: is {what}, not CSV — download the export as CSV, or in Excel "
                "choose File → Save As → 'CSV UTF-8 (Comma delimited)'"
            )


def prepare(
    path: Path,
    display: str,
    registry: Registry,
    *,
    format_name: str = "auto",
    upt: str | None = None,
    year: int | None = None,
) -> Prepared:
    """Recognise the file and check that the options it needs are given, before any import."""
    if upt is not None and upt not in {u.id for u in registry.upts}:
        known = ", ".join(u.id for u in registry.upts)
        raise UserError(f'--upt: unknown unit "{upt}" — the registry has: {known}')
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
            raise UserError(f"{display}:{line}: in the header, {csv_problem(exc)}") from None
        size = path.stat().st_size
    if not any(h.strip() for h in header):
        raise UserError(f"{display}: the file is empty — download the export again")
    if format_name == "auto":
        spec = detect(header)
        if spec is None:
            shown = ",".join(header)[:120]
            raise UserError(
                f'{display}:{at}: unrecognised export (header "{shown}") — supported formats: '
                f"{supported()}; or pass --format"
            )
    else:
        spec = BY_NAME[format_name]
        cols = Columns(header)
        missing = [c for c in spec.signature if not cols.has(c)]
        if missing:
            raise UserError(
                f"{display}:{at}: not a {spec.name} file — the header has no "
                + ", ".join(f'"{c}"' for c in missing)
                + " column"
            )
    if upt is None and not (spec.row_units and Columns(header).has("upt")):
        hint = ' or add a "upt" column naming each row\'s unit' if spec.row_units else ""
        raise UserError(
            f"{display}: a {spec.name} export holds one unit's figures — pass --upt UNIT-ID{hint}"
        )
    if spec.needs_year and year is None:
        raise UserError(
            f"{display}: {spec.name} dates have no year — pass --year YYYY (the year of the "
            "file's first row)"
        )
    row_units = spec.row_units and Columns(header).has("upt")
    return Prepared(path, display, spec, upt, size, row_units, sep)


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
