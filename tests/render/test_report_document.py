"""The report as a document an office signs: Dasar, follow-up table, signature, no command line."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from tests.helpers import paths
from tests.helpers.cli import UPDATE_GOLDEN, run
from tests.helpers.report_data import (
    EPOCH,
    ISSUED,
    REPORT,
    demo_evaluated,
    registry_text,
    workspace,
)

GOLDEN = paths.GOLDEN / "report-2026-11.md"
# A command line as an operator types it: `smrt plan week`, `--scores`, `smrt metrics import`
COMMAND = re.compile(r"\bsmrt (plan|metrics|evaluate|export|init|validate)\b|(?<![\w-])--[a-z]")


# the documents' content, not their drawing: each distinct chart drawn once (tests/helpers)
pytestmark = pytest.mark.usefixtures("charts_drawn_once")


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def _md(ws: Path) -> str:
    result = run(ws, *REPORT, "--format", "md", "-o", "-")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_dasar_lists_the_registry_legal_bases_numbered(tmp_path: Path) -> None:
    text = _md(workspace(tmp_path))
    assert (
        "### 1.2 Dasar\n\n"
        "1. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik\n"
        "2. Pedoman SMRT\n\n### 1.3 Tujuan\n"
    ) in text


def test_no_dasar_section_without_legal_bases(tmp_path: Path) -> None:
    registry = registry_text()
    start = registry.index("  legal_bases:")
    registry = registry[:start] + registry[registry.index("  signatory:") :]
    text = _md(workspace(tmp_path, registry=registry))
    assert "Dasar" not in text and "### 1.2 Tujuan" in text


def test_follow_up_table_names_unit_person_in_charge_and_next_rakor(tmp_path: Path) -> None:
    text = _md(workspace(tmp_path))
    chapter = text[text.index("## 5. Rekomendasi") : text.index("## 6. Penutup")]
    rows = [line for line in chapter.splitlines() if line.startswith("|")]
    assert rows[0] == "| No. | Tindak lanjut | UPT | Penanggung jawab | Batas waktu |"
    assert rows[2] == (
        "| 1 | Dukungan pimpinan — Libatkan pimpinan \\| dalam konten layanan. Ide yang dapat "
        "dibuat: Cara mengurus buku pelaut | KSOP A | Kepala kantor | Senin, 14 Desember 2026 |"
    )
    assert rows[3].startswith("| 2 | Konsistensi — Unduh ekspor, lalu impor dengan aplikasi smrt.")
    assert len(rows) == 5  # header, rule, three actions


def test_same_advice_to_several_units_is_one_row(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    path = ws / "evaluations" / "2026-11" / "evaluation.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["upts"][0]["recommendations"] = [data["upts"][1]["recommendations"][0]]
    path.write_text(json.dumps(data), encoding="utf-8")
    registry = registry_text().replace(
        "    team:\n      - {role: Operator, hours_per_week: 2}",
        "    lead: Kepala Seksi Tata Usaha\n    team:\n      - {role: Operator, hours_per_week: 2}",
    )
    (ws / "data" / "upt.yaml").write_text(registry, encoding="utf-8")
    md = _md(ws)
    assert (
        "| 1 | Konsistensi — Unduh ekspor, lalu impor dengan aplikasi smrt. | KSOP A dan UPP B "
        "| Kepala kantor dan Kepala Seksi Tata Usaha | Senin, 14 Desember 2026 |"
    ) in md


def test_plans_too_thin_to_grade_are_one_row_with_the_span_of_slots(tmp_path: Path) -> None:
    # two units told their plans hold too few slots, 2 and 5: one action for the meeting
    ws = workspace(tmp_path)
    path = ws / "evaluations" / "2026-11" / "evaluation.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for unit, n in zip(data["upts"][:2], (5, 2), strict=True):
        unit["recommendations"] = [
            {"criterion": "plan_adherence", "code": "few_slots", "values": {"n": n}}
        ]
    path.write_text(json.dumps(data), encoding="utf-8")
    md = _md(ws)
    chapter = md[md.index("## 5. Rekomendasi") : md.index("## 6. Penutup")]
    rows = [line for line in chapter.splitlines() if line.startswith("| 1 ")]
    assert len(rows) == 1
    assert "baru mencakup 2–5 slot dalam periode ini" in rows[0]
    assert "| KSOP A dan UPP B |" in rows[0]
    assert "| 2 " not in chapter


def test_a_past_next_rakor_reads_the_next_rakor_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", ISSUED)  # 4 December 2026; the fixture's is 14 Dec
    registry = registry_text().replace("2026-12-14", "2026-11-02")
    ws = workspace(tmp_path, registry=registry)
    result = run(ws, *REPORT, "--format", "md", "-o", "-")
    assert result.exit_code == 0
    assert "| KSOP A | Kepala kantor | Rakor berikutnya |" in result.stdout
    assert (
        "note: settings.next_rakor (2026-11-02) is before the report's date (2026-12-04)"
        in result.stderr
    )


def test_signature_block_with_place_date_title_name_and_nip(tmp_path: Path) -> None:
    text = _md(workspace(tmp_path))
    closing = text[text.index("## 6. Penutup") : text.index("## 7. Lampiran")]
    # the fixture names no place: the coordinator's city; the date is the day of issue
    assert closing.endswith(
        "Bitung, 8 Desember 2025  \nKepala KSOP A\n\n&nbsp;\n\n&nbsp;\n\n&nbsp;\n\n"
        "**Nama Penanda Tangan**  \nNIP 198001012005011001\n\n"
    )
    assert "Tanggal laporan: 8 Desember 2025" in text


def test_without_a_signatory_the_block_leaves_the_name_to_write_and_stderr_says_so(
    tmp_path: Path,
) -> None:
    registry = registry_text()
    start = registry.index("  signatory:")
    registry = registry[:start] + registry[registry.index("  next_rakor:") :]
    ws = workspace(tmp_path, registry=registry)
    result = run(ws, *REPORT, "--format", "md", "-o", "-")
    assert result.exit_code == 0
    assert "Bitung, 8 Desember 2025  \nKoordinator SMRT Wilayah Contoh\n" in result.stdout
    assert "(………………………………)\n" in result.stdout
    assert "note: the registry names no signatory" in result.stderr


def test_the_mean_says_over_how_many_units(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    path = ws / "evaluations" / "2026-11" / "evaluation.json"
    text = path.read_text(encoding="utf-8").replace('"score": 40.0', '"score": null')
    path.write_text(text, encoding="utf-8")
    assert "- Rata-rata nilai 1 dari 2 UPT: 78,5.\n" in _md(ws)
    english = run(ws, *REPORT, "--format", "md", "-o", "-", "--lang", "en").stdout
    assert "- Mean score of 1 of 2 units: 78.5.\n" in english


def _docx_text(path: Path) -> tuple[list[str], list[list[list[str]]]]:
    import docx

    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    return paragraphs, tables


def test_docx_has_dasar_follow_up_table_and_signature_block(tmp_path: Path) -> None:
    import docx

    ws = workspace(tmp_path)
    assert run(ws, *REPORT, "--format", "docx").exit_code == 0
    path = ws / "reports" / "2026-11.docx"
    document = docx.Document(str(path))
    numbered = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert numbered == [
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        "Pedoman SMRT",
    ]
    paragraphs, tables = _docx_text(path)
    follow_up = next(t for t in tables if t[0][0] == "No.")
    assert follow_up[0] == ["No.", "Tindak lanjut", "UPT", "Penanggung jawab", "Batas waktu"]
    assert [row[4] for row in follow_up[1:]] == ["Senin, 14 Desember 2026"] * 3
    # the signature block closes chapter 6: place and date, title, room, name, NIP
    start = paragraphs.index("Bitung, 8 Desember 2025")
    block = paragraphs[start : start + 7]
    room = ["", "", ""]
    title = ["Bitung, 8 Desember 2025", "Kepala KSOP A"]
    assert block == [*title, *room, "Nama Penanda Tangan", "NIP 198001012005011001"]
    assert paragraphs[start + 7] == "7. Lampiran"
    # the action gets the room, "No." and the deadline little: widths from the model
    grid = next(t for t in document.tables if t.rows[0].cells[0].text == "No.")
    widths = [c.width for c in grid.columns]
    # 16 cm, the text width; Word keeps each column's width in whole twips (635 EMU)
    assert sum(widths) == pytest.approx(5760720, abs=635 * len(widths))
    assert widths[1] == max(widths) and widths[0] == min(widths)
    name = document.paragraphs[start + 5]
    assert name.runs[0].bold and name.runs[0].underline
    # the block stays on one page: every line but the last keeps with the next
    kept = [p.paragraph_format.keep_with_next for p in document.paragraphs[start : start + 7]]
    assert kept == [True] * 6 + [False]


def test_html_has_an_ordered_dasar_and_a_signature_block(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    result = run(ws, *REPORT, "--format", "html", "-o", "-")
    assert result.exit_code == 0
    html = result.stdout
    assert "<ol><li>Undang-Undang Nomor 14 Tahun 2008" in html
    assert '<colgroup><col style="width: 6%"><col style="width: 46%">' in html
    assert (
        '<div class="signature"><p>Bitung, 8 Desember 2025</p><p>Kepala KSOP A</p>'
        '<p class="room"></p><p class="name">Nama Penanda Tangan</p>'
        "<p>NIP 198001012005011001</p></div>"
    ) in html


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_no_command_line_in_any_document(tmp_path: Path, fmt: str) -> None:
    ws = workspace(tmp_path, plan=False)
    out = tmp_path / f"report.{fmt}"
    result = run(ws, *REPORT, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    if fmt == "docx":
        paragraphs, tables = _docx_text(out)
        text = "\n".join(paragraphs + [c for t in tables for row in t for c in row])
    else:
        text = out.read_text(encoding="utf-8")
        text = re.sub(r"<style>.*?</style>", "", text, flags=re.S)  # CSS has --navy
    assert COMMAND.findall(text) == []
    assert "smrt plan week --week 2026-W49" in result.stderr  # the advice went to stderr


def test_the_appendix_says_whether_the_plan_is_approved(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    assert "Rencana konten pekan ke-49 (30 November – 6 Desember 2026)\n\nDRAF — rencana" in _md(ws)
    result = CliRunner().invoke(
        app, ["-w", str(ws), "plan", "approve", "--week", "2026-W49", "--by", "Kepala KSOP A"]
    )
    assert result.exit_code == 0, result.stderr
    assert (
        "Rencana konten pekan ke-49 (30 November – 6 Desember 2026)\n\nDisetujui oleh Kepala "
        "KSOP A pada Senin, 8 Desember 2025 pukul 08.00 WITA (SHA-256 rencana "
    ) in _md(ws)


# --- the sample report, golden ----------------------------------------------------------------


@pytest.mark.slow
def test_an_english_report_of_an_indonesian_evaluation_is_english_throughout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_exports: Callable[[Path], Path]
) -> None:
    """Recommendations are codes: the English report makes English sentences of them."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", ISSUED)
    root = demo_evaluated(tmp_path, demo_exports)
    stored = json.loads((root / "evaluations" / "2026-11" / "evaluation.json").read_text("utf-8"))
    assert stored["language"] == "id"
    assert all(r["code"] for u in stored["upts"] for r in u["recommendations"])
    args = ["export", "report", "--period", "2026-11", "-o", "-", "--format", "md", "--lang", "en"]
    result = CliRunner().invoke(app, ["-w", str(root), *args])
    assert result.exit_code == 0, result.stderr
    assert "recommendation texts stay" not in result.stderr
    follow_up = result.stdout.split("Follow-up")[-1]
    rows = [line for line in follow_up.splitlines() if re.match(r"\| \d+ \|", line)]
    assert rows
    indonesian = re.compile(r"\b(Belum|impor|aplikasi|rencana|Tingkatkan|Ajak|Perluas|dan)\b")
    assert [row for row in rows if indonesian.search(row)] == []


@pytest.mark.slow
def test_sample_report_markdown_is_golden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_exports: Callable[[Path], Path]
) -> None:
    """The README's demo chain on the bundled sample; regenerate with SMRT_UPDATE_GOLDEN=1."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", ISSUED)
    root = demo_evaluated(tmp_path, demo_exports)
    result = CliRunner().invoke(
        app,
        ["-w", str(root), "export", "report", "--period", "2026-11", "-o", "-", "--format", "md"],
    )
    assert result.exit_code == 0, result.stderr
    if UPDATE_GOLDEN:
        GOLDEN.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == GOLDEN.read_text(encoding="utf-8")
    assert COMMAND.findall(result.stdout) == []
    assert '"' not in result.stdout  # one kind of quotation mark: “ and ”


def test_a_bad_nip_is_one_message_with_line_and_column(tmp_path: Path) -> None:
    registry = registry_text().replace('nip: "198001012005011001"', 'nip: "1980-01"')
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "upt.yaml").write_text(registry, encoding="utf-8")
    result = CliRunner().invoke(app, ["-w", str(tmp_path), "validate"])
    assert result.exit_code == 2
    line = registry.splitlines().index('    nip: "1980-01"') + 1
    assert result.stderr == (
        f"error: {tmp_path / 'data' / 'upt.yaml'}:{line}:10: settings.signatory.nip: '1980-01' "
        'is not a NIP — write its 18 digits, grouped or not, for example "19800101 200501 1 001"\n'
    )


def test_foreign_terms_are_italic_in_every_format(tmp_path: Path) -> None:
    import docx

    ws = workspace(tmp_path)
    md = _md(ws)
    assert "memiliki *Social Media Response Team* (SMRT) yang" in md
    assert "2. Pedoman SMRT" in md  # no foreign term, no markup
    html = run(ws, *REPORT, "--format", "html", "-o", "-").stdout
    assert "memiliki <em>Social Media Response Team</em> (SMRT) yang" in html
    assert run(ws, *REPORT, "--format", "docx").exit_code == 0
    document = docx.Document(str(ws / "reports" / "2026-11.docx"))
    latar = next(p for p in document.paragraphs if p.text.startswith("Sejak 2018"))
    italic = [r.text for r in latar.runs if r.italic]
    assert italic == ["Social Media Response Team"]
    assert "".join(r.text for r in latar.runs) == latar.text
    # English has no foreign terms to mark
    english = run(ws, *REPORT, "--format", "md", "-o", "-", "--lang", "en").stdout
    assert "*Social" not in english and "Social Media Response Team (SMRT)" in english


def test_foreign_runs_keep_every_character() -> None:
    from smrt_cli.i18n import foreign_runs

    text = "Reels tren; carousel, port clearance dan reels-nya di speedboat2"
    runs = foreign_runs(text, "id")
    assert "".join(piece for piece, _ in runs) == text
    assert [piece for piece, italic in runs if italic] == [
        "Reels",
        "carousel",
        "port clearance",
        "reels",
    ]  # "speedboat2" is not the word speedboat
    assert foreign_runs(text, "en") == [(text, False)]


def test_hashtags_and_idea_ids_stay_as_written_affixed_terms_do_not() -> None:
    from smrt_cli.i18n import foreign_runs

    text = "Info #reels (reels-tren-audio, penumpang-speedboat); di-upload, story-mu, reel-ku2"
    assert [piece for piece, italic in foreign_runs(text, "id") if italic] == ["upload", "story"]


def test_the_markdown_writer_sets_terms_in_italics_in_headings_headers_and_advice() -> None:
    from smrt_cli.document import Bullets, Code, Section, Table
    from smrt_cli.render.markdown import page

    body = [
        Section("Reels tren", 1, [Table(["Format", "Reel"], [["Story", "1"]])]),
        Section("Saran", 1, [Bullets([Code("Unggah reels: `smrt plan week`")])]),
    ]
    assert page("Judul", [], body, "id") == (
        "# Judul\n\n## *Reels* tren\n\n| Format | *Reel* |\n| --- | --- |\n| *Story* | 1 |\n"
        "\n## Saran\n\n- Unggah *reels*: `smrt plan week`\n"
    )
    # no language, no italics: the writer's output for "" is unchanged
    assert "*" not in page("Judul", [], body[:1], "")
