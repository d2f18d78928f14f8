"""`smrt export slides`: the Rakor deck opened with python-pptx — titles, real tables, charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from typer.testing import CliRunner, Result

from smrt_cli.cli import app
from tests.helpers import report_data as reports

# the deck's charts are pictures these tests count, never look into: each distinct one drawn
# once per process (tests/helpers/charts_once.py); the same-bytes test draws afresh
pytestmark = pytest.mark.usefixtures("charts_drawn_once")


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", reports.EPOCH)


def slides(ws: Path, *args: str) -> Result:
    return CliRunner().invoke(
        app, ["-w", str(ws), "export", "slides", "--period", "2026-11", *args]
    )


def _table(slide: object) -> list[list[str]]:
    shape = next(s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.TABLE)  # type: ignore[attr-defined]
    return [[c.text for c in row.cells] for row in shape.table.rows]


def test_deck_slides_titles_tables_and_charts(tmp_path: Path) -> None:
    ws = reports.workspace(tmp_path)
    result = slides(ws)
    assert result.exit_code == 0, result.stderr
    path = ws / "reports" / "2026-11.pptx"
    assert result.stderr == f"wrote {path}\n"
    deck = Presentation(str(path))
    titles = [s.shapes.title.text for s in deck.slides]
    assert titles == [
        "Laporan Evaluasi Media Sosial SMRT",
        "Peringkat UPT",
        "Nilai per UPT",
        "Tren nilai per periode",
        "Hasil per UPT",
        "Kelemahan umum wilayah",
        "Tindak lanjut",
    ]
    first = deck.slides[0]
    assert first.placeholders[1].text == (
        "Wilayah Contoh — Periode 2026-11\nBahan Rapat Koordinasi dan Evaluasi\n"
        "Tanggal laporan: 8 Desember 2025"
    )
    # the league table is a real table, as the report has it
    league = _table(deck.slides[1])
    assert league[0] == [
        "Peringkat",
        "UPT",
        "Nilai",
        "Predikat",
        "Cakupan data",
        "Unggahan",
        "Perubahan dari Okt 2026",
    ]
    assert league[1] == ["1", "KSOP A", "78,5", "Kurang", "100%", "40", "+8,5"]
    # the charts are the report's own pictures
    for slide in list(deck.slides)[2:4]:
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1 and pictures[0].image.content_type == "image/png"
        assert pictures[0].left + pictures[0].width <= deck.slide_width
        assert pictures[0].top + pictures[0].height <= deck.slide_height
    units = _table(deck.slides[4])
    assert units[0] == ["UPT", "Hasil"]
    assert units[1][0] == "KSOP A" and units[1][1].startswith("78,5 · Kurang · peringkat 1")
    weak = deck.slides[5].shapes[1].text_frame.text
    assert weak == "• Dukungan pimpinan: 1 dari 2 UPT yang dinilai"
    follow_up = _table(deck.slides[6])
    assert follow_up[0] == ["No.", "Tindak lanjut", "UPT", "Penanggung jawab", "Batas waktu"]
    assert follow_up[1][2:] == ["KSOP A", "Kepala kantor", "Senin, 14 Desember 2026"]
    assert deck.core_properties.created == dt.datetime(2025, 12, 8, 0, 0)
    assert deck.slide_width == 12192000  # 16:9


@pytest.mark.slow
def test_deck_is_the_same_bytes_each_time_and_never_overwritten(
    tmp_path: Path, fresh_charts: None
) -> None:
    ws = reports.workspace(tmp_path)
    out = tmp_path / "rakor.pptx"
    assert slides(ws, "-o", str(out)).exit_code == 0
    first = out.read_bytes()
    refused = slides(ws, "-o", str(out))
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert slides(ws, "-o", str(out), "--force").exit_code == 0
    assert out.read_bytes() == first


def test_long_follow_up_tables_continue_on_the_next_slide(tmp_path: Path) -> None:
    import json

    ws = reports.workspace(tmp_path)
    path = ws / "evaluations" / "2026-11" / "evaluation.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["upts"][0]["recommendations"] = [
        {"criterion": "pimpinan", "text": f"Langkah {n}."} for n in range(1, 6)
    ]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert slides(ws, "-o", str(ws / "r.pptx")).exit_code == 0
    deck = Presentation(str(ws / "r.pptx"))
    titles = [s.shapes.title.text for s in deck.slides]
    assert titles[-2:] == ["Tindak lanjut", "Tindak lanjut (lanjutan)"]
    assert len(_table(deck.slides[len(titles) - 2])) == 5  # header and four actions
    assert [r[0] for r in _table(deck.slides[len(titles) - 1])[1:]] == ["5", "6", "7"]


def test_english_deck(tmp_path: Path) -> None:
    ws = reports.workspace(tmp_path)
    out = tmp_path / "en.pptx"
    assert slides(ws, "-o", str(out), "--lang", "en").exit_code == 0
    titles = [s.shapes.title.text for s in Presentation(str(out)).slides]
    assert titles[1] == "League table" and titles[-1] == "Follow-up"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-o", "-"), "error: -o -: slides cannot go to stdout — give a file name\n"),
        (
            ("-o", "rakor.pdf"),
            "error: -o rakor.pdf: slides are a PowerPoint file — end the name in .pptx\n",
        ),
    ],
)
def test_bad_output_is_exit_2(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = slides(reports.workspace(tmp_path), *args)
    assert result.exit_code == 2
    assert result.stderr == message


def test_missing_evaluation_is_exit_2_with_advice(tmp_path: Path) -> None:
    ws = reports.workspace(tmp_path)
    result = CliRunner().invoke(app, ["-w", str(ws), "export", "slides", "--period", "2026-09"])
    assert result.exit_code == 2
    assert (
        "no evaluation for 2026-09 — run `smrt evaluate upt --period 2026-09` first"
        in result.stderr
    )


def test_a_period_without_any_action_says_so_instead_of_an_empty_table(tmp_path: Path) -> None:
    import json

    ws = reports.workspace(tmp_path)
    path = ws / "evaluations" / "2026-11" / "evaluation.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for unit in data["upts"]:
        unit["recommendations"] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    assert slides(ws).exit_code == 0
    last = list(Presentation(str(ws / "reports" / "2026-11.pptx")).slides)[-1]
    assert last.shapes.title.text == "Tindak lanjut"
    assert last.shapes[1].text_frame.text == "• Tidak ada rekomendasi khusus; pertahankan kinerja."


def test_slides_say_on_stderr_when_advice_cannot_follow_the_language(tmp_path: Path) -> None:
    import json

    ws = reports.workspace(tmp_path)
    path = ws / "evaluations" / "2026-11" / "evaluation.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["language"] = "id"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = slides(ws, "--lang", "en")
    assert result.exit_code == 0
    assert f"note: {path} is in Indonesian; grades are shown in English" in result.stderr


def test_what_worked_tables_get_their_slides(
    tmp_path: Path, demo_exports: Callable[[Path], Path]
) -> None:
    root = tmp_path / "ws"
    demo_exports(root)
    for args in (
        ["metrics", "import", str(root / "demo" / "posts_2026-11-01_2026-11-30.csv")],
        ["evaluate", "upt", "--period", "2026-11"],
    ):
        result = CliRunner().invoke(app, ["-w", str(root), *args])
        assert result.exit_code == 0, result.stderr
    assert slides(root).exit_code == 0
    deck = Presentation(str(root / "reports" / "2026-11.pptx"))
    titles = [s.shapes.title.text for s in deck.slides]
    worked = ["Format terbaik di wilayah", "Pilar terbaik di wilayah"]
    assert titles[titles.index("Hasil per UPT") + 1 : titles.index("Hasil per UPT") + 3] == worked
    formats = _table(deck.slides[titles.index("Format terbaik di wilayah")])
    assert formats[0] == ["Format", "Unggahan", "Median keterlibatan (%)", "Lift"]
    assert formats[1][0] == "Siaran langsung" and formats[1][3].endswith("×")
