"""PUEBI style over every document the sample makes: Markdown, HTML, DOCX, PPTX, XLSX, WhatsApp."""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from tests.helpers.report_data import ISSUED, demo_evaluated

# Names keep their capital after a semicolon ("…; Facebook 2"); any other word does not.
PROPER = r"(?:Facebook|Instagram|TikTok|YouTube|X|WhatsApp|Meta|KSOP|UPP|UPT|SMRT|Humas|Nataru)\b"
RULES = {
    "capital after a semicolon": re.compile(rf";\s+(?!{PROPER})[A-Z][a-z]"),
    "nested brackets": re.compile(r"\([^()\n]*\([^()\n]*\)[^()\n]*\)"),
    "mixed English and Indonesian": re.compile(r"\bER per\b"),
    "straight quotation mark": re.compile(r"(?<![=\w])\"[A-Za-z]|[a-z.?!]\"(?![\w>])"),
    "straight single quotation marks": re.compile(r"(?<![=\w'])'[A-Za-z][^'\n]{0,40}'(?!\w)"),
    # a command, quoted or not ("Daftarnya: smrt inbox."); "aplikasi smrt" is the tool's name
    "command line": re.compile(
        r"`smrt |`--[a-z]|(?<![\w-])--scores\b"
        r"|\bsmrt (?:plan|evaluate|export|inbox|metrics|insights|validate|init|upt|ideas)\b"
    ),
}


# Every document the sample makes, by the command that makes it (the plans' and evaluations'
# Markdown come from the demo chain itself, the insights' from `smrt insights`).
EXPORTS = (
    (["export", "report", "--period", "2026-11", "--format", "md"], "report.md"),
    (["export", "report", "--period", "2026-11", "--format", "html"], "report.html"),
    (["export", "report", "--period", "2026-11", "--format", "docx"], "report.docx"),
    (["export", "report", "--period", "2026-11", "--format", "xlsx"], "report.xlsx"),
    (["export", "slides", "--period", "2026-11"], "rakor.pptx"),
    (["export", "plan", "--week", "2026-W49", "--format", "html"], "plan.html"),
    (["export", "plan", "--week", "2026-W49", "--format", "docx"], "plan.docx"),
    (["export", "plan", "--week", "2026-W49", "--format", "xlsx"], "plan.xlsx"),
    (["export", "plan", "--week", "2026-W49", "--format", "whatsapp"], "wa.txt"),
)


@pytest.fixture(scope="module")
def sample(
    tmp_path_factory: pytest.TempPathFactory, _demo_exports_once: Path, charts_blank: None
) -> Iterator[list[Path]]:
    """The sample's every generated document, made once for this module's tests.

    Its charts are blank pictures: the rules read words, and a chart's words are inside its
    picture (PNG) or in an <svg> the checks leave out; tests/render/test_charts.py and the
    report tests look at the charts themselves.
    """
    tmp = tmp_path_factory.mktemp("style")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", ISSUED)
        patch.setenv("SMRT_CACHE_DIR", str(tmp / ".smrt-cache"))
        root = demo_evaluated(tmp, lambda r: Path(shutil.copytree(_demo_exports_once, r / "demo")))
        for args, out in EXPORTS:
            result = CliRunner().invoke(app, ["-w", str(root), *args, "-o", str(root / out)])
            assert result.exit_code == 0, (args, result.stderr)
        insights = CliRunner().invoke(app, ["-w", str(root), "insights", "--period", "2026-11"])
        assert insights.exit_code == 0, insights.stderr
        yield [
            *sorted((root / "plans").rglob("*.md")),
            *sorted((root / "evaluations").rglob("*.md")),
            *sorted((root / "insights").rglob("*.md")),
            *(root / out for _, out in EXPORTS),
        ]


def _docx_paragraphs(path: Path) -> list[Any]:
    import docx

    document = docx.Document(str(path))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs += [p for row in table.rows for c in row.cells for p in c.paragraphs]
    return paragraphs


def _pptx_paragraphs(path: Path) -> list[Any]:
    import pptx

    paragraphs = []
    for slide in pptx.Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                paragraphs += shape.text_frame.paragraphs
            if shape.has_table:
                cells = [c for row in shape.table.rows for c in row.cells]
                paragraphs += [p for c in cells for p in c.text_frame.paragraphs]
    return paragraphs


def _italic(run: Any) -> bool:
    return bool(run.italic if hasattr(run, "italic") else run.font.italic)


def _runs_text(paragraphs: list[Any], *, upright: bool) -> str:
    """The paragraphs' text, line by line; `upright`: with every italic run left out."""
    return "\n".join(
        "".join(" " if upright and _italic(run) else run.text for run in p.runs) for p in paragraphs
    )


def _xlsx_text(path: Path) -> str:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    cells = (
        c for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row
    )
    return "\n".join(c for c in cells if isinstance(c, str))


def _readable(path: Path) -> str:
    """The text a reader sees: Markdown links as their text, HTML without tags, styles, charts."""
    if path.suffix == ".docx":
        return _runs_text(_docx_paragraphs(path), upright=False)
    if path.suffix == ".pptx":
        return _runs_text(_pptx_paragraphs(path), upright=False)
    if path.suffix == ".xlsx":
        return _xlsx_text(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"<(style|svg|script)\b.*?</\1>|<[^>]+>", " ", text, flags=re.S)
        return html.unescape(text)
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)


@pytest.mark.slow
def test_every_document_of_the_sample_keeps_the_house_style(sample: list[Path]) -> None:
    assert len(sample) >= 40
    assert {path.suffix for path in sample} == {".md", ".html", ".docx", ".xlsx", ".pptx", ".txt"}
    assert [path.name for path in sample if path.stat().st_size == 0] == []
    found = [
        f"{path.name}: {rule}: {match!r}"
        for path in sample
        for rule, pattern in RULES.items()
        for match in pattern.findall(_readable(path))
    ]
    assert found == []


def _plain(text: str, italic: str) -> str:
    """`text` without its italic spans, link texts (a post's own words, quoted) and hashtags."""
    return re.sub(rf"{italic}|#\w+", " ", text)


# Markdown: *term* (never **bold**) and [link text](address); HTML: <em>, <i> and <a>.
_MD_ITALIC = r"(?<![*\\])\*(?!\*)[^*\n]+?(?<![*\\])\*(?!\*)|\[[^\]]*\]\([^)]*\)"
_HTML_ITALIC = r"<(em|i|a)\b[^>]*>.*?</\1>"


def _upright(path: Path) -> str:
    """What `path` sets upright: its text less italics, link texts and hashtags."""
    if path.suffix == ".docx":
        return _plain(_runs_text(_docx_paragraphs(path), upright=True), r"(?!)")
    if path.suffix == ".pptx":
        return _plain(_runs_text(_pptx_paragraphs(path), upright=True), r"(?!)")
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"<(style|svg|script)\b.*?</\1>", " ", text, flags=re.S)
        return _plain(text, _HTML_ITALIC)
    return _plain(text, _MD_ITALIC)


@pytest.mark.slow
def test_foreign_terms_are_in_italics_in_every_document_that_has_italics(
    sample: list[Path],
) -> None:
    """PUEBI over every Markdown, HTML, DOCX and PPTX document of the sample (the workbooks:
    the next test). WhatsApp's plain text has no italics a reader can rely on in every client.
    """
    from smrt_cli.i18n import foreign_runs

    styled = [p for p in sample if p.suffix in {".md", ".html", ".docx", ".pptx"}]
    # every kind has terms to find: the check cannot pass for want of them
    kinds = {"plans", "evaluations", "insights", "report.md", "report.html", "plan.html"}
    kinds |= {"report.docx", "plan.docx", "rakor.pptx"}
    having = {
        part
        for p in styled
        for part in (p.parts[-3], p.name)
        if part in kinds
        if any(term for _, term in foreign_runs(_readable(p), "id"))
    }
    assert having == kinds
    assert "*Social Media Response Team*" in next(
        p for p in styled if p.name == "report.md"
    ).read_text("utf-8")
    found = {
        f"{path.parts[-3]}/{path.name}": sorted(
            {piece for piece, term in foreign_runs(_upright(path), "id") if term}
        )
        for path in styled
    }
    assert {name: terms for name, terms in found.items() if terms} == {}


def _xlsx_upright(path: Path) -> str:
    """The workbook's text cells less their italic runs (rich text), line by line."""
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock

    book = openpyxl.load_workbook(path, rich_text=True)
    lines = []
    for cell in (c for sheet in book for row in sheet.iter_rows() for c in row):
        if isinstance(cell.value, CellRichText):
            lines.append(
                "".join(
                    " " if isinstance(run, TextBlock) and run.font.i else str(run)
                    for run in cell.value
                )
            )
        elif isinstance(cell.value, str):
            lines.append(cell.value)
    return "\n".join(lines)


@pytest.mark.slow
def test_foreign_terms_are_in_italics_in_the_workbooks(sample: list[Path]) -> None:
    from smrt_cli.i18n import foreign_runs

    books = [p for p in sample if p.suffix == ".xlsx"]
    assert sorted(p.name for p in books) == ["plan.xlsx", "report.xlsx"]
    # both have terms to set (the plan's formats, the report's follow-up), and none upright
    assert all(any(term for _, term in foreign_runs(_readable(p), "id")) for p in books)
    found = {
        path.name: sorted(
            {piece for piece, term in foreign_runs(_xlsx_upright(path), "id") if term}
        )
        for path in books
    }
    assert {name: terms for name, terms in found.items() if terms} == {}
