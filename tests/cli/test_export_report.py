"""`smrt export report`: Markdown, HTML and DOCX parsed back, escaping, determinism, errors."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from typer.testing import CliRunner, Result

from smrt_cli.cli import app
from tests.helpers.cli import run
from tests.helpers.report_data import (
    EPOCH,
    FIXTURE,
    REPORT,
    demo_workspace,
    evaluation,
    workspace,
)

SECTIONS_ID = [
    "1. Pendahuluan",
    "2. Ringkasan",
    "3. Hasil Evaluasi",
    "4. Kendala",
    "5. Rekomendasi dan Tindak Lanjut",
    "6. Penutup",
    "7. Lampiran",
]


# the report's structure, not its drawing: each distinct chart drawn once (tests/helpers)
pytestmark = pytest.mark.usefixtures("charts_drawn_once")


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_structure_and_chart_files(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    result = run(ws, *REPORT, "--format", "md")
    assert result.exit_code == 0, result.stderr
    path = ws / "reports" / "2026-11.md"
    assert result.stderr == f"wrote {path}\n"
    text = path.read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    h2 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.tag == "h2" and t.nesting == 1]
    assert h2 == SECTIONS_ID
    h1 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.tag == "h1" and t.nesting == 1]
    assert h1 == ["Laporan Evaluasi Media Sosial SMRT"]
    images = [
        c.attrs["src"]
        for t in tokens
        if t.type == "inline"
        for c in (t.children or [])
        if c.type == "image"
    ]
    assert images == [
        "2026-11-files/scores.svg",
        "2026-11-files/heatmap.svg",
        "2026-11-files/trend.svg",
        "2026-11-files/pillars.svg",
    ]
    for src in images:
        root = ElementTree.parse(path.parent / src).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
    # league, two units' criteria, follow-up, plan overview, pillar mix: each unit's week is
    # the plan's own document, not the report's appendix
    assert sum(1 for t in tokens if t.type == "table_open") == 6
    assert "| 1 | KSOP A | 78,5 | Kurang | 100% | 40 | +8,5 |" in text
    assert "- UPP B: belum ada ekspor data dari Instagram" in text
    assert (
        "[Instagram, 3 November 2026: Buku pelaut — 120 interaksi](https://www.instagram.com/p/abc/)"
        in text
    )
    assert "Facebook, 4 November 2026: Cuaca &lt;b&gt; — 50 interaksi (javascript:alert(1))" in text
    # Recommendations read as plain text: a command is quoted, not left in backticks, and the
    # ideas are named once (the list is added only when the text does not name them already).
    assert (
        "Libatkan pimpinan \\| dalam konten layanan. Ide yang dapat dibuat: Cara mengurus" in text
    )
    # the meeting reads no command line: the tool is named, not its command
    assert "impor dengan aplikasi smrt." in text and "`" not in text.replace("\\`", "")
    assert (
        "| Dukungan pimpinan — Buat konten, misalnya “Cara mengurus buku pelaut”. | UPP B |" in text
    )


def test_units_lacking_the_same_criteria_share_one_constraint(tmp_path: Path) -> None:
    ws = workspace(tmp_path, earlier=False)
    path = ws / "evaluations" / "2026-11" / "evaluation.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["upts"][0]["criteria"][1].update(value=None, score=None)
    data["upts"][0]["coverage"] = 60
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run(ws, *REPORT, "--format", "md", "-o", "-")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    kendala = text[text.index("## 4. Kendala") : text.index("## 5.")]
    assert kendala.count("tidak ada data untuk") == 1
    assert (
        "\n- KSOP A dan UPP B: tidak ada data untuk Dukungan pimpinan; nilai hanya bertumpu "
        "pada 60% bobot.\n- KSOP A: beban rencana"
    ) in kendala


def test_markdown_escapes_registry_text(tmp_path: Path) -> None:
    registry = FIXTURE.read_text(encoding="utf-8").replace(
        "name: KSOP A", 'name: "<b>KSOP</b> | A\\nbaris"'
    )
    ws = workspace(tmp_path, registry=registry)
    result = run(ws, *REPORT, "--format", "md", "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.endswith(
        "note: charts are not written when the Markdown report goes to stdout\n"
    )
    tokens = MarkdownIt("commonmark").enable("table").parse(result.stdout)
    assert not [t for t in tokens if t.type == "html_block"]
    inline = [c for t in tokens if t.type == "inline" for c in (t.children or [])]
    assert not [c for c in inline if c.type == "html_inline"]
    # the league table keeps seven cells in every row: the "|" in the name did not split it
    rows: list[list[str]] = []
    for i, t in enumerate(tokens):
        if t.type == "tr_open":
            rows.append([])
        elif t.type == "inline" and tokens[i - 1].type in ("td_open", "th_open") and rows:
            rows[-1].append(t.content)
    assert ["1", "<b>KSOP</b> | A baris", "78,5", "Kurang", "100%", "40", "+8,5"] in [
        [MarkdownIt().renderInline(c).replace("&lt;", "<").replace("&gt;", ">") for c in r]
        for r in rows
    ]


# --- HTML ------------------------------------------------------------------------------------


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.style = ""
        self.headings: list[str] = []
        self._in_style = False
        self._in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"
        self._in_heading = tag in ("h2", "h3", "h4", "h5", "h6")
        if self._in_heading:
            self.headings.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = self._in_heading = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data
        if self._in_heading:
            self.headings[-1] += data
        self.text.append(data)


def _parse_html(text: str) -> Collector:
    parser = Collector()
    parser.feed(text)
    parser.close()
    return parser


def test_html_standalone_phone_and_print_ready(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    result = run(ws, *REPORT, "--format", "html")
    assert result.exit_code == 0, result.stderr
    text = (ws / "reports" / "2026-11.html").read_text(encoding="utf-8")
    doc = _parse_html(text)
    names = [t for t, _ in doc.tags]
    assert names.count("svg") == 4
    assert "script" not in names and "link" not in names and "img" not in names
    for tag, attrs in doc.tags:
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            if value.startswith(("http", "//")):
                assert tag == "a" and value == "https://www.instagram.com/p/abc/", (tag, value)
    assert (
        "meta",
        {"name": "viewport", "content": "width=device-width, initial-scale=1"},
    ) in doc.tags
    assert "@page { size: A4" in doc.style
    # units follow one another on paper: a page each made nine half-empty pages
    assert "page-break-before" not in doc.style
    assert "overflow-x: auto" in doc.style
    assert not any(t == "section" for t, _ in doc.tags)
    h2 = [t for t, _ in doc.tags if t == "h2"]
    assert len(h2) == 7
    body = " ".join(doc.text)
    assert "Tanggal laporan: 8 Desember 2025" in body
    assert "javascript:alert(1)" in body  # shown as text, never as a link
    ids = [a["id"] for _, a in doc.tags if a.get("id")]
    assert len(ids) == len(set(ids))  # the inlined charts' ids do not collide


def test_html_print_css_keeps_headings_with_tables(tmp_path: Path) -> None:
    """Without Chromium at hand: the rules the print test above relies on are there."""
    ws = workspace(tmp_path)
    result = run(ws, *REPORT, "--format", "html", "-o", "-")
    assert result.exit_code == 0, result.stderr
    doc = _parse_html(result.stdout)
    print_css = doc.style[doc.style.index("@media print") :]
    assert "h1, h2, h3, h4, h5, h6 { page-break-after: avoid; break-after: avoid;" in print_css
    assert "thead { display: table-header-group; }" in print_css
    assert "th.num { text-align: right; white-space: nowrap" not in doc.style  # headers wrap
    # the league table is names and numbers: its names never wrap, its numbers neither
    league = result.stdout[result.stdout.index("<table") : result.stdout.index("</table>")]
    assert '<td class="label">KSOP A</td>' in league
    assert '<td class="num">78,5</td>' in league
    # a date breaks after its weekday only: day, month and year stay together
    assert "Senin, 14\u00a0Desember\u00a02026" in result.stdout


def test_html_escapes_unit_names(tmp_path: Path) -> None:
    registry = FIXTURE.read_text(encoding="utf-8").replace("name: KSOP A", 'name: "<b>x</b>"')
    ws = workspace(tmp_path, registry=registry)
    result = run(ws, *REPORT, "--format", "html", "-o", "-")
    assert result.exit_code == 0, result.stderr
    doc = _parse_html(result.stdout)
    assert "b" not in [t for t, _ in doc.tags]
    assert "<b>x</b>" in " ".join(doc.text)


def test_english_headings(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    result = run(ws, *REPORT, "--format", "html", "--lang", "en", "-o", "-")
    assert result.exit_code == 0
    doc = _parse_html(result.stdout)
    body = " ".join(doc.text)
    for heading in ("1. Introduction", "3. Evaluation Results", "4. Constraints", "7. Appendix"):
        assert heading in body


ENGLISH_GRADES = FIXTURE.read_text(encoding="utf-8").replace(
    "    - {min: 80, name: Baik}\n    - {min: 0, name: Kurang}\n",
    "    - {min: 80, name: {id: Baik, en: Good}}\n    - {min: 0, name: {id: Kurang, en: Poor}}\n",
)


def _in_indonesian(ws: Path) -> Path:
    path = ws / "evaluations" / "2026-11" / "evaluation.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["language"] = "id"  # as `smrt evaluate upt` records it
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_english_report_of_an_indonesian_evaluation(tmp_path: Path) -> None:
    assert "en: Poor" in ENGLISH_GRADES  # the fixture lines were found and replaced
    ws = workspace(tmp_path, registry=ENGLISH_GRADES)
    path = _in_indonesian(ws)
    result = run(ws, *REPORT, "--format", "md", "--lang", "en", "-o", "-")
    assert result.exit_code == 0, result.stderr
    # grades follow the report's language, re-derived from the registry's bands
    assert "| 1 | KSOP A | 78,5 | Poor |" in result.stdout.replace("78.5", "78,5")
    assert "Kurang" not in result.stdout
    # a command in the stored Indonesian advice is named in Indonesian, not half-translated
    assert "lalu impor dengan aplikasi smrt." in result.stdout
    # recommendations cannot be re-rendered: the note says so and how to get them in English
    assert (
        f"note: {path} is in Indonesian; grades are shown in English, recommendation texts "
        "stay in Indonesian — run `smrt evaluate upt --period 2026-11 --lang en --force` "
        "to have them in English\n"
    ) in result.stderr
    # the evaluation's own language: stored grades, no note
    same = run(ws, *REPORT, "--format", "md", "--lang", "id", "-o", "-")
    assert "| 1 | KSOP A | 78,5 | Kurang |" in same.stdout
    assert "is in Indonesian" not in same.stderr


# --- DOCX ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def default_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The DOCX report of workspace(), made once for the tests that only read it."""
    root = tmp_path_factory.mktemp("docx")
    with pytest.MonkeyPatch.context() as env:  # as the autouse fixtures set them for a test
        env.setenv("SOURCE_DATE_EPOCH", EPOCH)
        env.setenv("SMRT_LANG", "en")
        env.setenv("SMRT_CACHE_DIR", str(root / ".smrt-cache"))
        ws = workspace(root / "ws")
        result = run(ws, *REPORT, "--format", "docx")
    assert result.exit_code == 0, result.stderr
    return ws / "reports" / "2026-11.docx"


@pytest.mark.slow
def test_docx_headings_tables_pictures_and_fixed_dates(tmp_path: Path, fresh_charts: None) -> None:
    import docx

    ws = workspace(tmp_path)
    result = run(ws, *REPORT, "--format", "docx")
    assert result.exit_code == 0, result.stderr
    path = ws / "reports" / "2026-11.docx"
    first = path.read_bytes()
    document = docx.Document(str(path))
    h1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert h1 == SECTIONS_ID
    h2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "3.1 KSOP A" in h2 and "3.2 UPP B" in h2
    assert len(document.tables) == 6
    assert {t.style.name for t in document.tables} == {"Table Grid"}
    assert document.tables[0].rows[1].cells[1].text == "KSOP A"
    assert len(document.inline_shapes) == 4
    created = dt.datetime.fromtimestamp(int(EPOCH), tz=dt.UTC)
    assert document.core_properties.created == created
    assert document.core_properties.modified == created
    again = run(ws, *REPORT, "--format", "docx", "--force")
    assert again.exit_code == 0
    assert path.read_bytes() == first  # same inputs, same bytes


def test_docx_pages_are_a4(default_docx: Path) -> None:
    import docx

    document = docx.Document(str(default_docx))
    assert document.sections
    for section in document.sections:
        # Word stores lengths in twentieths of a point, so compare to the tenth of a millimetre
        sizes = (section.page_width, section.page_height, section.left_margin)
        sizes += (section.right_margin, section.top_margin, section.bottom_margin)
        assert [round(size.cm, 2) for size in sizes] == [21.0, 29.7, 2.5, 2.5, 2.5, 2.5]


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _docx_part(path: Path, name: str) -> ElementTree.Element:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return ElementTree.fromstring(z.read(name))


@pytest.mark.parametrize(("lang", "word"), [("id", "Halaman"), ("en", "Page")])
def test_docx_footer_numbers_the_pages(tmp_path: Path, lang: str, word: str) -> None:
    import docx

    ws = workspace(tmp_path)
    assert run(ws, *REPORT, "--format", "docx", "--lang", lang).exit_code == 0
    path = ws / "reports" / "2026-11.docx"
    for section in docx.Document(str(path)).sections:
        footer = section.footer._element
        assert not section.footer.is_linked_to_previous
        text = "".join(t.text or "" for t in footer.iter(f"{W}t"))
        assert text.startswith(word + " ")
        fields = [i.text or "" for i in footer.iter(f"{W}instrText")]
        assert [f.strip() for f in fields] == ["PAGE"]


def test_docx_table_headers_repeat_and_rows_stay_whole(default_docx: Path) -> None:
    body = _docx_part(default_docx, "word/document.xml")
    tables = list(body.iter(f"{W}tbl"))
    assert len(tables) == 6
    for table in tables:
        rows = table.findall(f"{W}tr")
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
        assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
        # the header row keeps with the first row, so a heading never ends a page with it
        assert all(p.find(f"{W}pPr/{W}keepNext") is not None for p in rows[0].iter(f"{W}p"))


def test_docx_tables_fill_the_text_width_and_give_names_the_room(tmp_path: Path) -> None:
    import docx

    registry = FIXTURE.read_text(encoding="utf-8").replace(
        "name: KSOP A", "name: Distrik Navigasi Kelas I Bitung"
    )
    ws = workspace(tmp_path, registry=registry)
    assert run(ws, *REPORT, "--format", "docx").exit_code == 0
    document = docx.Document(str(ws / "reports" / "2026-11.docx"))
    for table in document.tables:
        widths = [column.width for column in table.columns]
        assert round(sum(w.cm for w in widths), 1) == 16.0  # the text width between margins
        for row in table.rows:  # Word reads each cell's width, LibreOffice the grid's
            assert [c.width for c in row.cells] == widths
    league = document.tables[0]
    unit = league.columns[1].width
    assert all(unit > column.width for i, column in enumerate(league.columns) if i != 1)


def test_docx_post_links_are_hyperlinks(default_docx: Path) -> None:
    import zipfile

    path = default_docx
    body = _docx_part(path, "word/document.xml")
    rels = _docx_part(path, "word/_rels/document.xml.rels")
    targets = {r.get("Id"): (r.get("Target"), r.get("TargetMode")) for r in rels}
    links = [
        (targets[h.get(R_ID)], "".join(t.text or "" for t in h.iter(f"{W}t")))
        for h in body.iter(f"{W}hyperlink")
    ]
    assert links == [
        (
            ("https://www.instagram.com/p/abc/", "External"),
            "Instagram, 3 November 2026: Buku pelaut — 120 interaksi",
        )
    ]
    with zipfile.ZipFile(path) as z:
        # a javascript: address stays text, never a link
        assert b"javascript:alert(1)" not in z.read("word/_rels/document.xml.rels")
        assert b"(javascript:alert(1))" in z.read("word/document.xml")


def test_docx_core_properties_name_the_office_not_the_library(default_docx: Path) -> None:
    import zipfile

    import docx

    path = default_docx
    props = docx.Document(str(path)).core_properties
    assert props.title.startswith("Laporan Evaluasi Media Sosial SMRT — Wilayah Contoh — ")
    assert props.author == "Direktorat Jenderal Perhubungan Laut"
    assert props.last_modified_by == "Direktorat Jenderal Perhubungan Laut"
    assert props.subject == "Bahan Rapat Koordinasi dan Evaluasi"
    assert props.language == "id"
    created = dt.datetime.fromtimestamp(int(EPOCH), tz=dt.UTC)
    assert (props.created, props.modified, props.last_printed) == (created, created, None)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            assert b"python-docx" not in z.read(name), name
        assert "docProps/thumbnail.jpeg" not in z.namelist()  # the template's blank page
        assert b"thumbnail" not in z.read("_rels/.rels")


@pytest.mark.slow
def test_docx_dates_without_source_date_epoch_are_the_report_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_charts: None
) -> None:
    import docx

    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    ws = workspace(tmp_path)
    before = dt.date.today()
    assert run(ws, *REPORT, "--format", "docx").exit_code == 0
    after = dt.date.today()
    path = ws / "reports" / "2026-11.docx"
    first = path.read_bytes()
    props = docx.Document(str(path)).core_properties
    # the day it is made, not the period's last day (a report made on 4 December for November)
    days = {dt.datetime.combine(d, dt.time(0, 0), tzinfo=dt.UTC) for d in (before, after)}
    assert props.created == props.modified and props.created in days
    assert run(ws, *REPORT, "--format", "docx", "--force").exit_code == 0
    assert path.read_bytes() == first


def test_docx_cannot_go_to_stdout(tmp_path: Path) -> None:
    result = run(workspace(tmp_path), *REPORT, "--format", "docx", "-o", "-")
    assert result.exit_code == 2
    assert result.stderr == "error: -o -: a DOCX report cannot go to stdout — give a file name\n"


# --- behaviour -------------------------------------------------------------------------------


def test_same_inputs_same_bytes(tmp_path: Path, fresh_charts: None) -> None:
    ws = workspace(tmp_path)
    for fmt in ("md", "html"):
        one = run(ws, *REPORT, "--format", fmt, "-o", "-").stdout_bytes
        two = run(ws, *REPORT, "--format", fmt, "-o", "-").stdout_bytes
        assert one == two and one


def test_bad_evaluation_names_line_and_column(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    path = ws / "evaluations" / "2026-11" / "evaluation.json"
    path.write_text('{"period": {\n  "label": 2026-11}', encoding="utf-8")
    result = run(ws, *REPORT, "--format", "md", "-o", "-")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {path}:2:")
    assert "not valid JSON" in result.stderr


def test_existing_report_needs_force(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    out = ws / "reports" / "2026-11.html"
    out.parent.mkdir()
    out.write_text("edited by hand", encoding="utf-8")
    result = run(ws, *REPORT, "--format", "html")
    assert result.exit_code == 2
    assert result.stderr == f"error: {out}: already exists — pass --force to replace it\n"
    assert out.read_text(encoding="utf-8") == "edited by hand"
    assert run(ws, *REPORT, "--format", "html", "--force").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_missing_plan_is_said_in_the_appendix(tmp_path: Path) -> None:
    ws = workspace(tmp_path, plan=False, earlier=False)
    result = run(ws, *REPORT, "--format", "md", "-o", "-")
    assert result.exit_code == 0, result.stderr
    # the operator is told how to make it; the meeting's document only says it is missing
    assert "run `smrt plan week --week 2026-W49`" in result.stderr
    assert (
        "## 7.1 Rencana konten pekan ke-49 (30 November – 6 Desember 2026)\n\n"
        "Belum ada rencana untuk pekan ke-49.\n" in result.stdout
    )
    assert "smrt plan" not in result.stdout
    assert "Perubahan" not in result.stdout  # no earlier period, no change column


# --- headless Chromium -----------------------------------------------------------------------


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _png_pixels(data: bytes) -> tuple[int, int, int, bytes]:
    """(width, height, bytes per pixel, unfiltered rows) of an 8-bit RGB/RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    height = depth = color = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert depth == 8 and color in (2, 6)
    bpp = 3 if color == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    out = bytearray()
    prev = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        out += line
        prev = line
    return width, height, bpp, bytes(out)


@pytest.mark.slow
@pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed: no screenshot test")
def test_html_report_screenshot_is_not_blank(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "ws")
    assert run(ws, *REPORT, "--format", "html").exit_code == 0
    html = ws / "reports" / "2026-11.html"
    shot = tmp_path / "shot.png"
    _headless(html, f"--screenshot={shot}", "--window-size=800,1000")
    width, height, bpp, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (800, 1000)
    total = width * height
    non_white = sum(1 for i in range(0, len(pixels), bpp) if min(pixels[i : i + 3]) < 200)
    # text, headings, the navy rule and the first chart: far more than nothing, far from all
    assert 0.01 * total < non_white < 0.6 * total


def _print_pdf(html: Path, pdf: Path) -> None:
    _headless(html, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")


def _headless(html: Path, *what: str) -> None:
    """Open `html` in headless Chromium with its own throwaway profile, doing `what`."""
    browser = _chromium()
    assert browser is not None
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                *what,
                html.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


@pytest.mark.slow
@pytest.mark.skipif(
    _chromium() is None or shutil.which("pdftotext") is None,
    reason="Chromium or pdftotext (poppler-utils) is not installed: no print test",
)
def test_printed_report_fits_twelve_pages_keeps_headings_with_tables_and_names_on_one_line(
    tmp_path: Path, demo_exports: Callable[[Path], Path]
) -> None:
    ws = demo_workspace(tmp_path / "ws", demo_exports)
    html = tmp_path / "report.html"
    assert run(ws, *REPORT, "-o", str(html)).exit_code == 0
    pdf = tmp_path / "report.pdf"
    _print_pdf(html, pdf)
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")
    doc = _parse_html(html.read_text(encoding="utf-8"))
    headings = {" ".join(t.split()) for t in doc.headings}
    alone = []
    for number, page in enumerate(pages, start=1):
        lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        if lines and lines[-1] in headings:
            alone.append((number, lines[-1]))
    assert alone == []  # no heading sits at the foot of a page, its table on the next
    # the league table: a unit's name on one line beside its numbers
    text = "\f".join(pages)
    assert re.search(r"Distrik Navigasi Kelas I Bitung +\d+,\d", text), "name wrapped"
    # nine scored units and one without data: no page per unit, no week's plan unit by unit
    # (that is the plan's own document), so the meeting's copy is at most twelve pages
    assert 10 <= len([p for p in pages if p.strip()]) <= 12
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert not any(line.startswith("Tanggal Jam Platform") for line in lines)
    assert any(line.startswith("UPT Unggahan Jam direncanakan") for line in lines)


# --- the core and the escaping, without the CLI -----------------------------------------------


def test_unit_without_data_has_no_score_and_says_so() -> None:
    from smrt_cli.document import Bullets, Paragraph, Table
    from smrt_cli.evaluation import RegionEvaluation as Evaluation
    from smrt_cli.registry_file import load_registry
    from smrt_cli.report_model import build_report

    registry = load_registry(FIXTURE, "minimal.yaml")
    data = evaluation("2026-11", "2026-11-01", "2026-11-30", (78.5, None))
    report = build_report(
        registry, Evaluation.model_validate(data), None, "2026-W49", "id", dt.date(2026, 11, 30)
    )
    hasil = next(s for s in report.sections if s.title == "Hasil Evaluasi")
    league = hasil.blocks[0]
    assert isinstance(league, Table)
    assert league.rows[1][:5] == ["–", "UPP B", "tidak ada data", "–", "0%"]
    # one line for the units without data, not a section with a table of "no data" each
    assert not any(s.title == "UPP B" and s.page_break for s in report.sections)
    assert hasil.blocks[-1] == Paragraph(
        "Tanpa data pada periode ini, sehingga tidak diberi nilai maupun peringkat: UPP B."
    )
    kendala = next(s for s in report.sections if s.title == "Kendala").blocks[0]
    assert isinstance(kendala, Bullets)
    assert "UPP B: tidak ada data sama sekali — unduh ekspor platform unit ini." in kendala.items
    scores = report.charts["scores"]
    assert scores.labels == ["KSOP A", "UPP B"]  # type: ignore[union-attr]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=4))
def test_markdown_table_cells_never_break_the_table(cells: list[str]) -> None:
    from smrt_cli.document import Table
    from smrt_cli.render.report_markdown import _table, one_line

    text = "\n".join(_table(Table(["a"] * len(cells), [cells])))
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert sum(1 for t in tokens if t.type == "tr_open") == 2
    assert sum(1 for t in tokens if t.type == "td_open") == len(cells)
    contents = [
        "".join(c.content for c in (tokens[i + 1].children or []))
        for i, t in enumerate(tokens)
        if t.type == "td_open"
    ]
    # every cell reads back as its text, on one line: nothing became markup, nothing was lost
    assert contents == [one_line(c) for c in cells]


def test_the_appendix_week_is_the_one_after_the_period() -> None:
    import datetime as dt

    from smrt_cli.report_model import week_after

    assert week_after(dt.date(2026, 11, 30)) == "2026-W49"  # November ends on a Monday
    assert week_after(dt.date(2026, 10, 31)) == "2026-W45"  # October ends on a Saturday
    assert week_after(dt.date(2026, 12, 31)) == "2027-W01"  # a Thursday: W53 is mostly 2026


# --- the format from -o, and the period's advice ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "magic"),
    [
        ("laporan.docx", b"PK\x03\x04"),
        ("laporan.DOCX", b"PK\x03\x04"),
        ("laporan.html", b"<!DOCTYPE html>"),
        ("laporan.htm", b"<!DOCTYPE html>"),
        ("laporan.md", b"# Laporan"),
    ],
)
def test_format_follows_the_output_extension(tmp_path: Path, name: str, magic: bytes) -> None:
    ws = workspace(tmp_path / "ws")
    out = tmp_path / name
    result = run(ws, *REPORT, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(magic)


def test_format_contradicting_the_extension_is_exit_2(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "ws")
    out = tmp_path / "laporan.docx"
    result = run(ws, *REPORT, "--format", "html", "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: -o {out}: a .docx name but --format html — "
        "drop --format or end the name in .html or .htm\n"
    )
    assert not out.exists()


def test_unknown_extension_without_format_is_exit_2(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "ws")
    out = tmp_path / "laporan.pdf"
    result = run(ws, *REPORT, "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: -o {out}: cannot tell the format from the name — "
        "end it in .md, .html, .htm, .docx or .xlsx, or give --format md|html|docx|xlsx\n"
    )
    assert not out.exists()
    # with --format the name is the person's choice
    assert run(ws, *REPORT, "--format", "md", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# ")


def report_for(ws: Path, period: str) -> Result:
    return CliRunner().invoke(app, ["-w", str(ws), "export", "report", "--period", period])


@pytest.mark.parametrize(
    ("period", "command"),
    [
        ("2026-09", "--period 2026-09"),
        ("2026-Q4", "--quarter 2026-Q4"),
        ("2026-11-25_2026-12-05", "--from 2026-11-25 --to 2026-12-05"),
    ],
)
def test_missing_evaluation_advises_evaluate_in_its_own_words(
    tmp_path: Path, period: str, command: str
) -> None:
    ws = workspace(tmp_path)
    result = report_for(ws, period)
    assert result.exit_code == 2
    path = ws / "evaluations" / period / "evaluation.json"
    assert result.stderr == (
        f"error: {path}: no evaluation for {period} — run `smrt evaluate upt {command}` first "
        "(evaluated so far: 2026-10, 2026-11)\n"
    )


@pytest.mark.parametrize(
    "period", ["2026-13", "2026-00", "2026-Q5", "2026-12-05_2026-11-25", "2026-11-31_2026-12-01"]
)
def test_impossible_period_is_refused_before_any_advice(tmp_path: Path, period: str) -> None:
    result = report_for(workspace(tmp_path), period)
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: --period: {period!r} is not a period — write a month (2026-11), a quarter "
        "(2026-Q4) or a date range as `smrt evaluate upt --from … --to …` names it "
        "(2026-11-25_2026-12-05)\n"
    )


def test_period_label_is_normalised(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    folder = ws / "evaluations" / "2026-Q4"
    folder.mkdir()
    data = evaluation("2026-Q4", "2026-10-01", "2026-12-31", (80.0, 60.0))
    data["period"]["kind"] = "quarter"
    (folder / "evaluation.json").write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["-w", str(ws), "export", "report", "--period", "2026-q4", "-o", "-"]
    )
    assert result.exit_code == 0, result.stderr


def test_report_help_names_every_period_form() -> None:
    result = CliRunner().invoke(app, ["export", "report", "--help"], terminal_width=200)
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "2026-11" in text and "2026-Q4" in text and "2026-11-25_2026-12-05" in text
    assert "extension" in text


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("id", "## 7.1 Rencana konten pekan ke-49 (30 November – 6 Desember 2026)"),
        ("en", "## 7.1 Content plan for week 49 (30 November – 6 December 2026)"),
    ],
)
def test_appendix_names_the_week_as_people_do(tmp_path: Path, lang: str, title: str) -> None:
    result = run(workspace(tmp_path), *REPORT, "--format", "md", "-o", "-", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    assert title + "\n" in result.stdout
    assert "2026-W49" not in result.stdout  # the ISO label is for the command line


def test_a_period_without_imported_posts_is_said_in_the_purpose() -> None:
    from smrt_cli.document import Paragraph
    from smrt_cli.evaluation import RegionEvaluation as Evaluation
    from smrt_cli.registry_file import load_registry
    from smrt_cli.report_model import build_report

    registry = load_registry(FIXTURE, "minimal.yaml")
    data = evaluation("2026-11", "2026-11-01", "2026-11-30", (None, None))
    data["nothing_covered"] = True
    report = build_report(
        registry, Evaluation.model_validate(data), None, "2026-W49", "id", dt.date(2026, 11, 30)
    )
    tujuan = next(s for s in report.sections if s.title == "Tujuan")
    assert tujuan.blocks[-1] == Paragraph(
        "Belum ada ekspor yang mencakup periode ini: kriteria yang diukur dari unggahan "
        "tidak ada datanya (bukan nol)."
    )


def test_a_unit_whose_imports_miss_the_period_is_not_said_to_have_no_data_at_all() -> None:
    from smrt_cli.document import Bullets
    from smrt_cli.evaluation import RegionEvaluation as Evaluation
    from smrt_cli.registry_file import load_registry
    from smrt_cli.report_model import build_report

    registry = load_registry(FIXTURE, "minimal.yaml")
    data = evaluation("2026-11", "2026-11-01", "2026-11-30", (None, None))
    # KSOP A has an Instagram export in the store, none of it in November
    data["upts"][0].update(rank=None, grade=None, coverage=0)
    data["upts"][0]["evidence"]["missing_exports"] = ["facebook"]
    data["upts"][0]["evidence"]["exported_platforms"] = ["instagram"]
    report = build_report(
        registry, Evaluation.model_validate(data), None, "2026-W49", "id", dt.date(2026, 11, 30)
    )
    kendala = next(s for s in report.sections if s.title == "Kendala").blocks[0]
    assert isinstance(kendala, Bullets)
    assert kendala.items[:2] == [
        "KSOP A: ekspor yang sudah diimpor tidak memuat data periode ini — unduh dan impor "
        "ekspor yang mencakup periode ini.",
        "KSOP A: belum ada ekspor data dari Facebook — unduh dan impor ekspornya.",
    ]
    assert "UPP B: tidak ada data sama sekali — unduh ekspor platform unit ini." in kendala.items


def _report_with_earlier(
    earlier: dict[str, tuple[str, str, float | None]], lang: str = "id"
) -> Any:
    """The November report with earlier evaluations {label: (start, end, KSOP A's score)}."""
    from smrt_cli.evaluation import RegionEvaluation as Evaluation
    from smrt_cli.registry_file import load_registry
    from smrt_cli.report_model import build_report

    registry = load_registry(FIXTURE, "minimal.yaml")
    november = Evaluation.model_validate(
        evaluation("2026-11", "2026-11-01", "2026-11-30", (78.5, 40.0))
    )
    others = [
        Evaluation.model_validate(evaluation(label, start, end, (score, None)))
        for label, (start, end, score) in earlier.items()
    ]
    return build_report(registry, november, None, "2026-W49", lang, dt.date(2026, 11, 30), others)


def test_the_change_is_against_the_month_before_only() -> None:
    from smrt_cli.document import Table, Trend

    # August and November evaluated, September and October not: no change to show
    report = _report_with_earlier({"2026-08": ("2026-08-01", "2026-08-31", 63.2)})
    hasil = next(s for s in report.sections if s.title == "Hasil Evaluasi")
    league = hasil.blocks[0]
    assert isinstance(league, Table)
    assert league.headers[-1] == "Unggahan"
    assert league.rows[0] == ["1", "KSOP A", "78,5", "Kurang", "100%", "40"]
    # the trend shows the months between, empty, so no line joins August to November
    trend = report.charts["trend"]
    assert isinstance(trend, Trend)
    assert trend.periods == ["Agu 2026", "Sep 2026", "Okt 2026", "Nov 2026"]
    assert trend.series[0] == ("KSOP A", [63.2, None, None, 78.5])

    # with October evaluated the change is against October, and the column says so
    report = _report_with_earlier(
        {
            "2026-08": ("2026-08-01", "2026-08-31", 63.2),
            "2026-10": ("2026-10-01", "2026-10-31", 70.0),
        },
        lang="en",
    )
    hasil = next(s for s in report.sections if s.title == "Evaluation Results")
    league = hasil.blocks[0]
    assert isinstance(league, Table)
    assert league.headers[-1] == "Change from Oct 2026"
    assert league.rows[0][-1] == "+8.5"
    assert report.charts["trend"].periods == ["Aug 2026", "Sep 2026", "Oct 2026", "Nov 2026"]


def test_a_thin_previous_period_shows_no_change_and_says_why() -> None:
    from smrt_cli.document import Table
    from smrt_cli.evaluation import RegionEvaluation as Evaluation
    from smrt_cli.registry_file import load_registry
    from smrt_cli.report_model import build_report

    registry = load_registry(FIXTURE, "minimal.yaml")
    november = evaluation("2026-11", "2026-11-01", "2026-11-30", (78.5, 40.0))
    # November covered on 1-15 November only: the report says so
    november["upts"][0].update(
        covered_days=15,
        covered_spans=[["2026-11-01", "2026-11-15"]],
        evidence={**november["upts"][0]["evidence"], "covered": {"instagram": [
            ["2026-11-01", "2026-11-15"]]}},
    )  # fmt: skip
    # October "evaluated" on one post, two days covered; August on Facebook only
    october = evaluation("2026-10", "2026-10-01", "2026-10-31", (41.5, None))
    october["upts"][0]["covered_days"] = 2
    august = evaluation("2026-08", "2026-08-01", "2026-08-31", (60.0, None))
    august["upts"][0]["covered_platforms"] = ["facebook"]
    september = evaluation("2026-09", "2026-09-01", "2026-09-30", (70.0, None))
    report = build_report(
        registry,
        Evaluation.model_validate(november),
        None,
        "2026-W49",
        "en",
        dt.date(2026, 11, 30),
        [Evaluation.model_validate(e) for e in (august, september, october)],
    )
    hasil = next(s for s in report.sections if s.title == "Evaluation Results")
    league = hasil.blocks[0]
    assert isinstance(league, Table)
    assert league.rows[0][-1] == "not compared: Oct 2026 covered only 2 of 31 days"
    # the trend leaves out August (other platforms) and October (thin): gaps, not progress
    assert report.charts["trend"].series[0] == ("KSOP A", [None, 70.0, None, 78.5])
    tujuan = next(s for s in report.sections if s.title == "Purpose")
    assert (
        tujuan.blocks[-1].items
        == [
            "KSOP A: covered 1–15 November 2026 of 1–30 November 2026",
            "UPP B: covered 1–15 November 2026 of 1–30 November 2026",
        ]
        or tujuan.blocks[-1].items[0] == "KSOP A: covered 1–15 November 2026 of 1–30 November 2026"
    )


def test_the_trend_breaks_its_line_where_a_period_is_missing() -> None:
    from smrt_cli.document import Trend
    from smrt_cli.render.charts import _draw

    chart = Trend("trend", "Tren", ["Agu 2026", "Sep 2026", "Okt 2026", "Nov 2026"],
                  [("KSOP A", [63.2, None, 70.0, 78.5])])  # fmt: skip
    fig = _draw(chart)
    (ax,) = fig.axes
    (line,) = ax.lines
    xs, ys = line.get_xdata(), line.get_ydata()
    assert list(xs) == [0, 1, 2, 3]
    assert ys[1] != ys[1]  # NaN: matplotlib draws no segment through it
    assert [t.get_text() for t in ax.get_xticklabels()] == chart.periods


def test_quarters_and_ranges_compare_with_the_same_span_before() -> None:
    from smrt_cli.periods import date_range, parse_quarter

    q4 = parse_quarter("2026-Q4")
    assert q4.short_title("id") == "TW IV 2026" and q4.short_title("en") == "Q4 2026"
    assert q4.previous().label == "2026-Q3"
    half = date_range(dt.date(2026, 11, 16), dt.date(2026, 11, 30))
    assert half.previous().label == "2026-11-01_2026-11-15"
    assert half.short_title("id") == "16–30 Nov 2026"
    assert date_range(dt.date(2026, 12, 20), dt.date(2027, 1, 3)).short_title("en") == (
        "20 Dec 2026 – 3 Jan 2027"
    )


def test_the_report_reads_only_the_periods_just_before(tmp_path: Path) -> None:
    ws = workspace(tmp_path, earlier=False)
    folder = ws / "evaluations" / "2026-08"
    folder.mkdir(parents=True)
    data = evaluation("2026-08", "2026-08-01", "2026-08-31", (63.2, None))
    (folder / "evaluation.json").write_text(json.dumps(data), encoding="utf-8")
    result = run(ws, *REPORT, "--format", "md")
    assert result.exit_code == 0, result.stderr
    text = (ws / "reports" / "2026-11.md").read_text(encoding="utf-8")
    assert "Perubahan" not in text and "+15,3" not in text
    svg = (ws / "reports" / "2026-11-files" / "trend.svg").read_text(encoding="utf-8")
    assert "Agu 2026" in svg and "2026-08" not in svg


def test_markdown_keeps_a_hand_made_chart_without_force(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    charts = ws / "reports" / "2026-11-files"
    charts.mkdir(parents=True)
    (charts / "scores.svg").write_text("<svg>digambar sendiri</svg>", encoding="utf-8")
    result = run(ws, *REPORT, "--format", "md")
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {charts / 'scores.svg'}: already exists — pass --force to replace it\n"
    )
    assert (charts / "scores.svg").read_text(encoding="utf-8") == "<svg>digambar sendiri</svg>"
    assert not (ws / "reports" / "2026-11.md").exists()
    assert run(ws, *REPORT, "--format", "md", "--force").exit_code == 0
    assert (charts / "scores.svg").read_text(encoding="utf-8").startswith("<?xml")


def test_a_name_too_long_is_refused_and_a_long_legal_one_written(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    long = "l" * 296 + ".md"
    result = run(ws, *REPORT, "-o", str(ws / long))
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: -o: the name "{"l" * 24}…" is 299 bytes long; file systems allow at most 255'
        " — choose a shorter name\n"
    )
    legal = ws / ("r" * 246 + ".html")  # 251 bytes: the temporary file must not add to it
    result = run(ws, *REPORT, "-o", str(legal))
    assert result.exit_code == 0, result.stderr
    assert legal.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not [p for p in ws.iterdir() if p.name.endswith(".tmp")]


def test_a_linked_charts_folder_is_refused(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "scores.svg").write_text("<svg/>", encoding="utf-8")
    (ws / "reports").mkdir()
    (ws / "reports" / "2026-11-files").symlink_to(elsewhere, target_is_directory=True)
    result = run(ws, *REPORT, "--format", "md", "--force")
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {ws / 'reports' / '2026-11-files'}: is a symbolic link (to {elsewhere}) — smrt "
        "replaces only real folders; remove the link, or write the report elsewhere with -o\n"
    )
    assert (elsewhere / "scores.svg").read_text(encoding="utf-8") == "<svg/>"


def test_kendala_lists_the_overdue_backlog_per_unit(tmp_path: Path) -> None:
    ws = workspace(tmp_path, earlier=False)
    inbound = tmp_path / "inbound.csv"
    inbound.write_text(
        "upt,received_at,first_reply_at,platform,kind,resolved\n"
        # answered, never closed: past 5 working days on 8 December 2025 (SOURCE_DATE_EPOCH)
        "ksop-a,2025-10-27T10:15:00+08:00,2025-10-27T11:00:00+08:00,facebook,complaint,no\n"
        "ksop-a,2025-11-28T10:00:00+08:00,,instagram,question,no\n"
        # answered: not open
        "upp-b,2025-11-28T10:00:00+08:00,2025-11-28T10:30:00+08:00,instagram,question,no\n",
        encoding="utf-8",
    )
    imported = CliRunner().invoke(app, ["-w", str(ws), "metrics", "import", str(inbound)])
    assert imported.exit_code == 0, imported.stderr
    result = run(ws, *REPORT, "--format", "md", "-o", "-")
    assert result.exit_code == 0, result.stderr
    kendala = result.stdout[result.stdout.index("## 4. Kendala") : result.stdout.index("## 5.")]
    assert (
        "\n- KSOP A: 2 pesan publik lewat batas waktu tanggap; yang tertua pengaduan "
        "Senin, 27 Oktober 2025, lewat batas 5 hari kerja.\n"
    ) in kendala
    # the command that lists them is advice for the operator: on stderr, not in the report
    assert "smrt inbox" not in result.stdout
    assert result.stderr == (
        "note: the report's Kendala names public messages past their response targets — "
        "`smrt inbox` lists every one\n"
        "note: charts are not written when the Markdown report goes to stdout\n"
    )
    assert "UPP B: " not in kendala.split("lewat batas waktu")[0].rsplit("\n", 1)[-1]
