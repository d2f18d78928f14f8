"""The regional report as a Word document: real headings, Table Grid tables, PNG charts."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Mapping
from typing import Any

from ..report import Bullets, ChartRef, Paragraph, Report, Table

# Every zip entry gets this time, so the same report gives the same bytes.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# XML 1.0 cannot hold these; python-docx would raise on a post text that carries one.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return _NOT_XML.sub(" ", text)


def _table(doc: Any, table: Table) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    grid = doc.add_table(rows=1, cols=len(table.headers))
    grid.style = "Table Grid"
    for i, header in enumerate(table.headers):
        cell = grid.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(_x(header))
        run.bold = True
    for row in table.rows:
        cells = grid.add_row().cells
        for i, text in enumerate(row):
            cells[i].text = _x(text)
            if i in table.numeric:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def render_docx(report: Report, pngs: Mapping[str, bytes], stamp: dt.datetime) -> bytes:
    """The .docx bytes; `stamp` is the created/modified date, so nothing depends on the clock."""
    import docx
    from docx.shared import Cm

    doc = docx.Document()
    props = doc.core_properties
    props.title = f"{report.title} — {report.subtitle}"
    props.author = report.organisation
    props.last_modified_by = report.organisation
    props.language = report.lang
    props.revision = 1
    naive = stamp.astimezone(dt.UTC).replace(tzinfo=None)
    props.created = naive
    props.modified = naive
    props.last_printed = naive

    doc.add_paragraph(_x(report.organisation.upper())).runs[0].bold = True
    doc.add_heading(_x(report.title), level=0)
    doc.add_paragraph(_x(report.subtitle))
    doc.add_paragraph(_x(f"{report.meeting} · {report.date_text}"))
    for section in report.sections:
        heading = doc.add_heading(_x(section.heading), level=min(section.level, 3))
        if section.page_break:
            heading.paragraph_format.page_break_before = True
        for block in section.blocks:
            if isinstance(block, Paragraph):
                doc.add_paragraph(_x(block.text))
            elif isinstance(block, Bullets):
                for item in block.items:
                    text = item if isinstance(item, str) else f"{item.text} ({item.url})"
                    doc.add_paragraph(_x(text), style="List Bullet")
            elif isinstance(block, Table):
                _table(doc, block)
                doc.add_paragraph()
            elif isinstance(block, ChartRef) and block.chart_id in pngs:
                doc.add_picture(io.BytesIO(pngs[block.chart_id]), width=Cm(16))
                caption = doc.add_paragraph(_x(report.charts[block.chart_id].title))
                caption.style = "Caption"
    _a4(doc)
    raw = io.BytesIO()
    doc.save(raw)
    return _normalise_zip(raw.getvalue())


def _a4(doc: Any) -> None:
    """python-docx's template is US Letter; the offices print on A4 (issue 6).

    Every section, in case a later change adds section breaks. 2.5 cm margins leave
    16 cm of text width, the width the charts are placed at.
    """
    from docx.shared import Cm

    for section in doc.sections:
        section.page_width = Cm(21)
        section.page_height = Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)


def _normalise_zip(data: bytes) -> bytes:
    """python-docx stamps each zip entry with the current time; rewrite them with a fixed one."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
