"""The Rakor slides as a PowerPoint file (python-pptx, imported only here): editable tables."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Mapping
from typing import Any

from ..deck import BulletSlide, ChartSlide, Deck, TableSlide, TitleSlide
from ..document import texts
from ..i18n import foreign_runs
from .report_docx import normalise_zip

# 16:9 in EMU (914400 to the inch): 13.333 × 7.5 inches, PowerPoint's own widescreen size
WIDTH, HEIGHT = 12192000, 6858000
MARGIN = 457200  # half an inch
NAVY = (0x0B, 0x3D, 0x6E)
# XML 1.0 cannot hold these; a post or unit text carrying one would stop python-pptx
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# layouts of python-pptx's default template
TITLE_LAYOUT, TITLE_ONLY_LAYOUT = 0, 5


def _x(text: str) -> str:
    return _NOT_XML.sub(" ", text)


def _runs(paragraph: Any, text: str, lang: str) -> list[Any]:
    """`text` set in `paragraph` as runs, its foreign terms in italics (PUEBI), as in the DOCX."""
    runs = []
    for piece, italic in foreign_runs(text, lang):
        run = paragraph.add_run()
        run.text = _x(piece)
        if italic:
            run.font.italic = True
        runs.append(run)
    return runs


def _title(slide: Any, text: str) -> None:
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Pt

    shape = slide.shapes.title
    shape.left, shape.top = Emu(MARGIN), Emu(MARGIN // 2)
    shape.width, shape.height = Emu(WIDTH - 2 * MARGIN), Emu(900000)
    shape.text = _x(text)
    for paragraph in shape.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(30)
            run.font.bold = True
            run.font.color.rgb = RGBColor(*NAVY)  # type: ignore[no-untyped-call]


def _title_slide(slide: Any, spec: TitleSlide, lang: str) -> None:
    """The template's 4:3 placeholders, stretched across the 16:9 slide."""
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Pt

    title, body = slide.shapes.title, slide.placeholders[1]
    for shape, top, height in ((title, 1600000, 1500000), (body, 3300000, 2600000)):
        shape.left, shape.top = Emu(MARGIN), Emu(top)
        shape.width, shape.height = Emu(WIDTH - 2 * MARGIN), Emu(height)
    title.text = _x(spec.title)
    frame = body.text_frame
    for i, line in enumerate([spec.subtitle, *spec.lines]):
        _runs(frame.paragraphs[0] if i == 0 else frame.add_paragraph(), line, lang)
    for paragraph in title.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size, run.font.bold = Pt(40), True
            run.font.color.rgb = RGBColor(*NAVY)  # type: ignore[no-untyped-call]
    for paragraph in body.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(22)


def _table(slide: Any, spec: TableSlide, lang: str) -> None:
    """A real table: each cell editable text, the header row navy, numbers right-aligned."""
    from pptx.dml.color import RGBColor
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Emu, Pt

    table = spec.table
    headers, cells = texts(table)
    rows, cols = len(cells) + 1, len(headers)
    top = MARGIN // 2 + 1000000
    width = WIDTH - 2 * MARGIN
    height = min(HEIGHT - top - MARGIN, 370000 * rows)
    frame = slide.shapes.add_table(rows, cols, Emu(MARGIN), Emu(top), Emu(width), Emu(height))
    grid = frame.table
    for i, share in enumerate(spec.widths):
        grid.columns[i].width = Emu(int(width * share))
    # sentences (the follow-up) in a smaller size than names and numbers (the league)
    size = Pt(11) if max((len(c) for r in cells for c in r), default=0) > 60 else Pt(14)
    for r, values in enumerate([headers, *cells]):
        for c, text in enumerate(values):
            cell = grid.cell(r, c)
            _runs(cell.text_frame.paragraphs[0], text, lang)
            for paragraph in cell.text_frame.paragraphs:
                if c in table.numeric:
                    paragraph.alignment = PP_ALIGN.RIGHT
                for run in paragraph.runs:
                    run.font.size = min(size, Pt(12)) if r == 0 else size
                    run.font.bold = r == 0
            if r == 0:
                cell.fill.solid()
                cell.fill.fore_color.rgb = RGBColor(*NAVY)  # type: ignore[no-untyped-call]


def _picture(slide: Any, png: bytes) -> None:
    """The chart the report draws, as large as the slide allows, its proportions kept."""
    from pptx.util import Emu

    top = MARGIN // 2 + 1000000
    picture = slide.shapes.add_picture(io.BytesIO(png), Emu(MARGIN), Emu(top))
    box_w, box_h = WIDTH - 2 * MARGIN, HEIGHT - top - MARGIN // 2
    scale = min(box_w / picture.width, box_h / picture.height)
    picture.width, picture.height = int(picture.width * scale), int(picture.height * scale)
    picture.left = int((WIDTH - picture.width) / 2)


def _bullets(slide: Any, items: tuple[str, ...], lang: str) -> None:
    from pptx.util import Emu, Pt

    top = MARGIN // 2 + 1100000
    box = slide.shapes.add_textbox(
        Emu(MARGIN), Emu(top), Emu(WIDTH - 2 * MARGIN), Emu(HEIGHT - top - MARGIN)
    )
    frame = box.text_frame
    frame.word_wrap = True
    for i, item in enumerate(items):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        _runs(paragraph, f"• {item}", lang)
        paragraph.space_after = Pt(10)
        for run in paragraph.runs:
            run.font.size = Pt(22)


def render_pptx(deck: Deck, pngs: Mapping[str, bytes], stamp: dt.datetime) -> bytes:
    """The .pptx bytes; `stamp` is its created/modified time, so nothing reads the clock."""
    from pptx import Presentation
    from pptx.util import Emu

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDTH), Emu(HEIGHT)
    for spec in deck.slides:
        if isinstance(spec, TitleSlide):
            _title_slide(prs.slides.add_slide(prs.slide_layouts[TITLE_LAYOUT]), spec, deck.lang)
            continue
        slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY_LAYOUT])
        _title(slide, spec.title)
        if isinstance(spec, TableSlide):
            _table(slide, spec, deck.lang)
        elif isinstance(spec, ChartSlide) and spec.chart_id in pngs:
            _picture(slide, pngs[spec.chart_id])
        elif isinstance(spec, BulletSlide):
            _bullets(slide, spec.items, deck.lang)
    props = prs.core_properties
    props.title = _x(deck.title)
    props.author = props.last_modified_by = _x(deck.organisation)
    props.language = deck.lang
    props.revision = 1
    naive = stamp.astimezone(dt.UTC).replace(tzinfo=None)
    props.created = props.modified = naive
    props.last_printed = naive
    raw = io.BytesIO()
    prs.save(raw)
    return normalise_zip(raw.getvalue())
