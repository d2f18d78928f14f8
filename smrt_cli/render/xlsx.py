"""Workbooks with openpyxl (imported only here, on demand): typed cells, Indonesian display.

A cell holds a real date, time or number; its number format decides how it reads. Date formats
carry the language's locale code ([$-421] is Indonesian), so "Senin, 30 November 2026" shows in
any Excel; decimal and thousands separators follow the reader's own settings, as numbers do.
A text cell sets its foreign terms (i18n.FOREIGN_TERMS) in italics as rich text, as every
other document does (PUEBI).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..i18n import foreign_runs

# Excel's locale codes: Indonesian and English (United Kingdom: day before month)
LOCALES = {"id": "[$-421]", "en": "[$-809]"}
HEADER_FILL = "0B3D6E"  # the report's navy
# Sheet names: at most 31 characters, none of these
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
MAX_WIDTH = 60


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text, date, time, hours, int, score, percent, wrap
    width: float | None = None  # None: from the longest value


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)


def number_format(kind: str, lang: str) -> str | None:
    """The display format of a column kind in `lang`; None leaves a text cell as it is."""
    locale = LOCALES.get(lang, LOCALES["id"])
    if kind == "date":
        return f"{locale}dddd, d mmmm yyyy"
    if kind == "time":
        # 09.00: the house style's point between hours and minutes (the zone has its column)
        return "hh.mm" if lang == "id" else "hh:mm"
    if kind == "hours":
        return "#,##0.0#"
    if kind == "int":
        return "#,##0"
    if kind == "score":
        return "0.0"
    if kind == "percent":
        return "0.0%"
    return None


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unique sheet name: no []:*?/\\, at most 31 characters."""
    base = _SHEET_BAD.sub("-", text).strip("'") or "Sheet"
    title, n = base[:31], 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _width(column: Column, values: Sequence[Any], lang: str) -> float:
    if column.width is not None:
        return column.width
    longest = len(column.header)
    for value in values:
        if isinstance(value, dt.date):
            longest = max(longest, 27)  # "Minggu, 27 September 2026"
        elif isinstance(value, dt.time):
            longest = max(longest, 11)
        elif value is not None:
            longest = max(longest, len(str(value)))
    return float(min(longest + 2, MAX_WIDTH))


def render_workbook(
    sheets: Sequence[Sheet],
    lang: str,
    stamp: dt.datetime,
    title: str,
    author: str,
) -> bytes:
    """The .xlsx bytes: each sheet with a bold, frozen, filterable header row and sized columns.

    `stamp` is the file's created and modified time, so the same data gives the same bytes.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for spec in sheets:
        ws = book.create_sheet(spec.title)
        ws.append([c.header for c in spec.columns])
        for cell in ws[1]:
            cell.font, cell.fill, cell.alignment = header_font, header_fill, wrap
            cell.value = _rich(cell.value, lang, header=True)
        for row in spec.rows:
            ws.append(row)
        for i, column in enumerate(spec.columns, start=1):
            letter = get_column_letter(i)
            fmt = number_format(column.kind, lang)
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                if isinstance(cell.value, str):
                    # text is text: "=…" from a unit or idea name must never run as a formula;
                    # its foreign terms in italics
                    if (rich := _rich(cell.value, lang)) is not cell.value:
                        cell.value = rich
                    cell.data_type = "s"
                elif fmt is not None and cell.value is not None:
                    cell.number_format = fmt
                cell.alignment = wrap if column.kind == "wrap" else top
            values = [r[i - 1] for r in spec.rows if i - 1 < len(r)]
            ws.column_dimensions[letter].width = _width(column, values, lang)
        _row_heights(ws, spec)
        ws.freeze_panes = "A2"
        if spec.rows:
            ws.auto_filter.ref = ws.dimensions
        # printed: A4 landscape, as wide as the page, the header row on every page
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
    props = book.properties
    naive = stamp.astimezone(dt.UTC).replace(tzinfo=None)
    props.created = props.modified = naive
    props.creator = props.lastModifiedBy = author
    props.title = title
    props.language = lang
    raw = io.BytesIO()
    book.save(raw)
    return _fixed(raw.getvalue(), naive)


# Memoised: a plan's cells repeat the same formats, pillars and owners; one rich text may be
# the value of many cells, as openpyxl only reads it when it writes them.
@functools.lru_cache(maxsize=4096)
def _rich(text: str, lang: str, *, header: bool = False) -> Any:
    """`text` itself, or as rich text when it holds a foreign term: the term an italic run.

    A run with a font of its own takes none of the cell's, so a header's runs repeat its bold
    white; a plain data run has no font and keeps the cell's.
    """
    runs = foreign_runs(text, lang)
    if not any(italic for _, italic in runs):
        return text
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    def font(italic: bool) -> InlineFont:
        if header:
            return InlineFont(b=True, color="FFFFFF", i=italic or None)
        return InlineFont(i=True)

    return CellRichText(
        [TextBlock(font(italic), piece) if italic or header else piece for piece, italic in runs]
    )


LINE_POINTS = 15  # one line of 11-point text


def _row_heights(ws: Any, spec: Sheet) -> None:
    """Rows tall enough for their wrapped text: a file sets no height, and LibreOffice then
    draws wrapped lines over the next row. Estimated from characters per column width."""
    wrapped = [
        (i, column.width or MAX_WIDTH)
        for i, column in enumerate(spec.columns)
        if column.kind == "wrap"
    ]
    if not wrapped:
        return
    for n, row in enumerate(spec.rows, start=2):
        lines = max(
            -(-len(str(row[i] or "")) // max(int(width) - 1, 1))
            for i, width in wrapped
            if i < len(row)
        )
        if lines > 1:
            ws.row_dimensions[n].height = LINE_POINTS * lines


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _fixed(data: bytes, stamp: dt.datetime) -> bytes:
    """openpyxl writes the save time as 'modified' and into the zip: both become `stamp`."""
    import zipfile

    from .report_docx import normalise_zip

    when = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _MODIFIED.sub(rb"\g<1>" + when + rb"\g<2>", content)
            dst.writestr(info, content)
    return normalise_zip(out.getvalue())
