"""Workbooks opened with openpyxl: real dates, times and numbers, sheets, frozen headers."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from tests.helpers import plan_data as plans
from tests.helpers import report_data as reports
from tests.helpers.cli import run

EPOCH = "1796385600"  # 2026-12-04 12:00 UTC


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def _book(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_plan_workbook_has_a_region_sheet_and_one_per_unit(tmp_path: Path) -> None:
    ws = plans.workspace(tmp_path)
    result = run(ws, "export", "plan", "--week", "2026-W49", "--format", "xlsx")
    assert result.exit_code == 0, result.stderr
    path = ws / "plans" / "2026-W49" / "plan.xlsx"
    assert result.stderr == f"wrote {path}\n"
    book = _book(path.read_bytes())
    assert book.sheetnames == ["Wilayah", "KSOP A", "UPP B"]
    region = book["Wilayah"]
    assert [c.value for c in region[1]] == [
        "UPT",
        "Tanggal",
        "Jam",
        "Zona waktu",
        "Platform",
        "Format",
        "Ide konten",
        "Pilar",
        "Penanggung jawab",
        "Beban kerja (jam)",
        "Status",
    ]
    assert region.max_row == 5  # header and four slots
    first = [c.value for c in region[2]]
    # a real date and time, a real number: Excel sorts, sums and filters them
    assert first == [
        "KSOP A",
        dt.datetime(2026, 11, 30),
        dt.time(9, 0),
        "WITA",
        "Instagram",
        "Carousel",
        "Cara mengurus buku pelaut",
        "Layanan",
        "Operator",
        1.5,
        "DRAF",
    ]
    assert region["B2"].number_format == "[$-421]dddd, d mmmm yyyy"  # Senin, 30 November 2026
    assert region["C2"].number_format == "hh.mm"  # 09.00
    assert region["J2"].number_format == "#,##0.0#"
    assert [region.cell(r, 10).value for r in range(2, 6)] == [1.5, 0.25, 2, 0.5]
    for sheet in book:
        assert sheet.freeze_panes == "A2"
        assert sheet.print_title_rows == "$1:$1"  # the header row on every printed page
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
        assert sheet["A1"].font.b
        assert all(sheet.column_dimensions[c].width > 5 for c in "ABCDEF")
    unit = book["UPP B"]
    assert [c.value for c in unit[1]][-2:] == ["Arahan", "Status"]
    assert unit["A2"].value == dt.datetime(2026, 12, 1)
    assert book.properties.created == dt.datetime(2026, 12, 4, 12, 0)
    # same plan, same bytes
    again = run(
        ws,
        "export",
        "plan",
        "--week",
        "2026-W49",
        "--format",
        "xlsx",
        "-o",
        str(tmp_path / "b.xlsx"),
    )
    assert again.exit_code == 0
    assert (tmp_path / "b.xlsx").read_bytes() == path.read_bytes()


def test_plan_workbook_keeps_formulas_as_text_and_english_dates(tmp_path: Path) -> None:
    registry = plans.FIXTURE.read_text(encoding="utf-8").replace(
        "name: KSOP A", 'name: "=HYPERLINK(\\"http://x\\")"'
    )
    ws = plans.workspace(tmp_path, registry=registry)
    out = tmp_path / "week.xlsx"
    result = run(ws, "export", "plan", "--week", "2026-W49", "-o", str(out), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    book = _book(out.read_bytes())
    assert book.sheetnames[0] == "Region"
    cell = book["Region"]["A2"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"
    assert book["Region"]["B2"].number_format == "[$-809]dddd, d mmmm yyyy"
    assert book["Region"]["K2"].value == "DRAFT"


def test_plan_workbook_cannot_go_to_stdout(tmp_path: Path) -> None:
    result = run(
        plans.workspace(tmp_path),
        "export",
        "plan",
        "--week",
        "2026-W49",
        "--format",
        "xlsx",
        "-o",
        "-",
    )
    assert result.exit_code == 2
    assert result.stderr == "error: -o -: a workbook cannot go to stdout — give a file name\n"


def test_evaluation_workbook_numbers_no_data_and_follow_up(tmp_path: Path) -> None:
    ws = reports.workspace(tmp_path)
    path = ws / "reports" / "2026-11.xlsx"
    result = run(ws, *reports.REPORT, "-o", str(path))
    assert result.exit_code == 0, result.stderr
    book = _book(path.read_bytes())
    assert book.sheetnames == [
        "Peringkat UPT",
        "Skor per kriteria",
        "Rincian per kriteria",
        "Tindak lanjut",
    ]
    league = book["Peringkat UPT"]
    assert [c.value for c in league[2]] == [1, "KSOP A", 78.5, "Kurang", 1.0, 40, 1234]
    assert league["E2"].number_format == "0.0%"
    matrix = book["Skor per kriteria"]
    assert [c.value for c in matrix[1]] == ["UPT", "Konsistensi", "Dukungan pimpinan"]
    # no data is said in words, never a 0 that a sum or an average would take in
    assert [c.value for c in matrix[3]] == ["UPP B", 40, "tidak ada data"]
    follow_up = book["Tindak lanjut"]
    assert [c.value for c in follow_up[1]] == [
        "No.",
        "Tindak lanjut",
        "UPT",
        "Penanggung jawab",
        "Batas waktu",
    ]
    assert follow_up["E2"].value == dt.datetime(2026, 12, 14)
    assert follow_up["E2"].number_format == "[$-421]dddd, d mmmm yyyy"
    assert all(sheet.freeze_panes == "A2" for sheet in book)


def test_evaluation_workbook_is_the_same_bytes_each_time(tmp_path: Path) -> None:
    ws = reports.workspace(tmp_path)
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert run(ws, *reports.REPORT, "-o", str(first)).exit_code == 0
    assert run(ws, *reports.REPORT, "--format", "xlsx", "-o", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    refused = run(ws, *reports.REPORT, "--format", "xlsx", "-o", "-")
    assert refused.exit_code == 2
    assert refused.stderr == "error: -o -: a workbook cannot go to stdout — give a file name\n"


def test_plan_workbook_sets_foreign_terms_in_italic_runs(tmp_path: Path) -> None:
    from openpyxl.cell.rich_text import CellRichText, TextBlock

    registry = plans.FIXTURE.read_text(encoding="utf-8").replace(
        "id: Cara mengurus buku pelaut", "id: Cara upload berkas port clearance"
    )
    out = tmp_path / "week.xlsx"
    ws = plans.workspace(tmp_path, registry=registry)
    assert run(ws, "export", "plan", "--week", "2026-W49", "-o", str(out)).exit_code == 0
    region = openpyxl.load_workbook(out, rich_text=True)["Wilayah"]
    idea = region["G2"].value
    assert isinstance(idea, CellRichText)
    # the term is the italic run, exactly: the words around it keep the cell's upright font
    assert [(str(r), isinstance(r, TextBlock) and bool(r.font.i)) for r in idea] == [
        ("Cara ", False),
        ("upload", True),
        (" berkas ", False),
        ("port clearance", True),
    ]
    fmt = region["F2"].value  # a cell that is the term alone is italic whole
    assert isinstance(fmt, CellRichText) and [(r.text, r.font.i) for r in fmt] == [
        ("Carousel", True)
    ]
    # a date, a time and a number stay typed; a cell without a term stays a plain string
    assert region["B2"].value == dt.datetime(2026, 11, 30) and region["B2"].is_date
    assert region["C2"].value == dt.time(9, 0) and region["J2"].value == 1.5
    assert region["A2"].value == "KSOP A" and not isinstance(region["A2"].value, CellRichText)
    # the header's words have no term: bold white, no rich text
    assert all(isinstance(c.value, str) for c in region[1])


def test_english_workbook_has_no_italic_runs(tmp_path: Path) -> None:
    from openpyxl.cell.rich_text import CellRichText

    out = tmp_path / "week.xlsx"
    ws = plans.workspace(tmp_path)
    result = run(ws, "export", "plan", "--week", "2026-W49", "-o", str(out), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(out, rich_text=True)
    cells = [c.value for sheet in book for row in sheet.iter_rows() for c in row]
    assert "Carousel" in cells
    assert [c for c in cells if isinstance(c, CellRichText)] == []


def test_a_header_term_keeps_the_header_font_in_its_runs() -> None:
    from openpyxl.cell.rich_text import CellRichText

    from smrt_cli.render.xlsx import Column, Sheet, render_workbook

    stamp = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)
    sheet = Sheet("Format", [Column("Format"), Column("Lift pekan ini", "score")], [["Reel", 1.6]])
    data = render_workbook([sheet], "id", stamp, "Uji", "Kantor")
    head = openpyxl.load_workbook(io.BytesIO(data), rich_text=True)["Format"]["B1"].value
    assert isinstance(head, CellRichText)
    # a run with a font of its own takes none of the cell's: bold and white are repeated
    assert [(r.text, bool(r.font.i), r.font.b, r.font.color.rgb) for r in head] == [
        ("Lift", True, True, "00FFFFFF"),
        (" pekan ini", False, True, "00FFFFFF"),
    ]
    cells = openpyxl.load_workbook(io.BytesIO(data), rich_text=True)["Format"][2]
    assert [(r.text, r.font.i) for r in cells[0].value] == [("Reel", True)]
    assert cells[1].value == 1.6 and cells[1].number_format == "0.0"
