"""The regional report as a Word document: real headings, Table Grid tables, PNG charts."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Mapping
from typing import Any

from ..catalogue import t
from ..document import (
    Bullets,
    ChartRef,
    Link,
    Paragraph,
    Quote,
    Report,
    Signature,
    Table,
    plain,
    plain_item,
    texts,
)
from ..i18n import foreign_runs
from ..links import web_link

# Every zip entry gets this time, so the same report gives the same bytes.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# XML 1.0 cannot hold these; python-docx would raise on a post text that carries one.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_THUMBNAIL = "docProps/thumbnail.jpeg"
_THUMBNAIL_REL = re.compile(rb'<Relationship [^>]*Target="docProps/thumbnail\.jpeg"/>')


def _x(text: str) -> str:
    return _NOT_XML.sub(" ", text)


def _element(tag: str, **attrs: str) -> Any:
    """A WordprocessingML element, attributes by prefixed name ("w:val")."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(name.replace("_", ":")), value)
    return element


def _row_props(row: Any, header: bool) -> None:
    """A row never splits across pages; the header row repeats on every page of its table."""
    props = row._tr.get_or_add_trPr()
    props.append(_element("w:cantSplit"))  # the schema orders cantSplit before tblHeader
    if header:
        props.append(_element("w:tblHeader"))


# Tables a point smaller than the body text: a unit's name fits beside six numbers.
TABLE_FONT = 127000  # 10 pt in EMU (12700 to the point)
# The text width of an A4 page with 2.5 cm margins (see _a4), in EMU (914400 to the inch).
TEXT_WIDTH_EMU = 5760720  # 16 cm
# A text column's share grows with its longest cell up to this many characters; beyond it,
# sentences wrap rather than squeeze every other column.
TEXT_CHARS_CAP = 32


def _column_widths(table: Table) -> list[int]:
    """Each column's width in EMU, in proportion to what it holds, together the text width.

    python-docx gives every column the same width, so a unit's name broke into four lines
    beside a rank column as wide as it. A number column needs its longest value or word
    (a header and 'tidak ada data' may wrap between words); a text column its longest cell,
    up to TEXT_CHARS_CAP.
    """
    headers, rows = texts(table)
    weights = []
    for i, header in enumerate(headers):
        cells = [row[i] for row in rows if i < len(row)]
        # a header is bold, a little wider than the same letters in a cell
        longest_word = max(
            [*(len(w) * 1.35 for w in header.split()), *(len(w) for c in cells for w in c.split())],
            default=1,
        )
        if i in table.numeric:
            need = max([longest_word, *(len(c) for c in cells if any(ch.isdigit() for ch in c))])
        else:
            need = max(longest_word, min(max((len(c) for c in cells), default=1), TEXT_CHARS_CAP))
        weights.append(need + 2.5)  # the cell's own margins, about two letters and a half
    total = sum(weights)
    widths = [int(TEXT_WIDTH_EMU * w / total) for w in weights]
    widths[-1] += TEXT_WIDTH_EMU - sum(widths)  # rounding: the columns add up exactly
    return widths


def _runs(paragraph: Any, text: str, lang: str) -> list[Any]:
    """`text` added to `paragraph` as runs, its foreign terms in italics (PUEBI)."""
    runs = []
    for piece, italic in foreign_runs(text, lang):
        run = paragraph.add_run(_x(piece))
        run.italic = italic or None
        runs.append(run)
    return runs


def _table(doc: Any, table: Table, lang: str = "") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Emu

    headers, rows = texts(table)
    grid = doc.add_table(rows=1, cols=len(headers))
    grid.style = "Table Grid"
    grid.autofit = False
    _row_props(grid.rows[0], header=True)
    for i, header in enumerate(headers):
        paragraph = grid.rows[0].cells[i].paragraphs[0]
        # the header row goes with the first row, as the heading goes with the header row
        paragraph.paragraph_format.keep_with_next = True
        for run in _runs(paragraph, header, lang):
            run.bold = True
            run.font.size = TABLE_FONT
    for row in rows:
        added = grid.add_row()
        _row_props(added, header=False)
        cells = added.cells
        for i, text in enumerate(row):
            paragraph = cells[i].paragraphs[0]
            for run in _runs(paragraph, text, lang):
                run.font.size = TABLE_FONT
            if i in table.numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # Word lays a table out by its cells' widths, LibreOffice by the grid's: both are set
    widths = (
        [int(TEXT_WIDTH_EMU * share) for share in table.widths]
        if len(table.widths) == len(headers)
        else _column_widths(table)
    )
    for i, width in enumerate(widths):
        grid.columns[i].width = Emu(width)
        for cell in grid.columns[i].cells:
            cell.width = Emu(width)


def _signature(doc: Any, block: Signature) -> None:
    """The closing block on the right half of the page, kept on one page, room to sign."""
    from docx.shared import Cm

    lines = [block.place_date, block.title, "", "", "", block.name or "(………………………………)"]
    if block.nip:
        lines.append(block.nip)
    doc.add_paragraph()
    for n, line in enumerate(lines):
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(8.5)
        paragraph.paragraph_format.space_after = 0
        paragraph.paragraph_format.keep_with_next = n < len(lines) - 1
        run = paragraph.add_run(_x(line))
        if n == 5 and block.name:
            run.bold = run.underline = True


def _bullet(doc: Any, item: str | Link, style: str = "List Bullet", lang: str = "") -> None:
    """A bullet; a post with a web address is a real hyperlink, any other address stays text."""
    if isinstance(item, str):
        _runs(doc.add_paragraph(style=style), item, lang)
        return
    if not web_link(item.url):
        doc.add_paragraph(_x(f"{item.text} ({item.url})"), style=style)
        return
    from docx.opc.constants import RELATIONSHIP_TYPE

    paragraph = doc.add_paragraph(style=style)
    rel_id = paragraph.part.relate_to(_x(item.url), RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = _element("w:hyperlink", r_id=rel_id)
    run = _element("w:r")
    # the template has no Hyperlink style: Word's own blue and underline, set on the run
    props = _element("w:rPr")
    props.append(_element("w:color", w_val="0563C1"))
    props.append(_element("w:u", w_val="single"))
    run.append(props)
    text = _element("w:t", xml_space="preserve")
    text.text = _x(item.text)
    run.append(text)
    link.append(run)
    paragraph._p.append(link)


def _page_numbers(doc: Any, word: str) -> None:
    """'Halaman 3' centred in every section's footer: a PAGE field Word fills in as it lays out."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for section in doc.sections:
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(f"{word} ")
        begin, code, separate, shown, end = (paragraph.add_run() for _ in range(5))
        begin._r.append(_element("w:fldChar", w_fldCharType="begin"))
        instruction = _element("w:instrText", xml_space="preserve")
        instruction.text = " PAGE "
        code._r.append(instruction)
        separate._r.append(_element("w:fldChar", w_fldCharType="separate"))
        shown.text = "1"  # shown until the reader updates the field, as Word does on opening
        end._r.append(_element("w:fldChar", w_fldCharType="end"))


def render_docx(report: Report, pngs: Mapping[str, bytes], stamp: dt.datetime) -> bytes:
    """The .docx bytes; `stamp` is the created/modified date, so nothing depends on the clock."""
    import docx
    from docx.shared import Cm

    doc = docx.Document()
    props = doc.core_properties
    # The template's own say "python-docx"; every field a file manager shows is the report's.
    props.title = f"{report.title} — {report.subtitle}"
    props.subject = report.meeting
    props.author = report.organisation
    props.last_modified_by = report.organisation
    props.comments = report.subtitle
    props.keywords = f"SMRT, {report.region}, {report.period}"
    props.language = report.lang
    props.revision = 1
    naive = stamp.astimezone(dt.UTC).replace(tzinfo=None)
    props.created = naive
    props.modified = naive

    doc.add_paragraph(_x(report.organisation.upper())).runs[0].bold = True
    doc.add_heading(_x(report.title), level=0)
    doc.add_paragraph(_x(report.subtitle))
    doc.add_paragraph(_x(f"{report.meeting} · {report.date_text}"))
    for section in report.sections:
        # a plan's heading may be an idea's title ("Reels tren: …"): its term in italics too
        _runs(doc.add_heading("", level=min(section.level, 3)), section.heading, report.lang)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                _runs(doc.add_paragraph(), plain(block.text), report.lang)
            elif isinstance(block, Bullets):
                style = "List Number" if block.numbered else "List Bullet"
                for item in block.items:
                    _bullet(doc, plain_item(item), style, report.lang)
            elif isinstance(block, Signature):
                _signature(doc, block)
            elif isinstance(block, Table):
                _table(doc, block, report.lang)
                doc.add_paragraph()
            elif isinstance(block, Quote):
                for said in block.paragraphs:
                    _runs(doc.add_paragraph(style="Quote"), plain(said), report.lang)
            elif isinstance(block, ChartRef) and block.chart_id in pngs:
                doc.add_picture(io.BytesIO(pngs[block.chart_id]), width=Cm(16))
                caption = doc.add_paragraph(_x(report.charts[block.chart_id].title))
                caption.style = "Caption"
    _a4(doc)
    _page_numbers(doc, t("export.r.page", report.lang))
    raw = io.BytesIO()
    doc.save(raw)
    return normalise_zip(raw.getvalue())


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


def normalise_zip(data: bytes) -> bytes:
    """python-docx stamps each zip entry with the current time; rewrite them with a fixed one.

    The template's thumbnail goes too: a picture of its empty page, which file managers would
    show as the report's preview.
    """
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            if info.filename == _THUMBNAIL:
                continue
            content = src.read(info.filename)
            if info.filename == "_rels/.rels":
                content = _THUMBNAIL_REL.sub(b"", content)
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, content)
    return out.getvalue()
