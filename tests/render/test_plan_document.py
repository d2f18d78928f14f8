"""The week's plan as a printable document (HTML, DOCX) for the head of office to approve."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from tests.helpers import plan_data as plans
from tests.helpers import report_data as reports
from tests.helpers.cli import run


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", reports.EPOCH)  # 8 December 2025


def _workspace(tmp_path: Path) -> Path:
    return plans.workspace(tmp_path, registry=reports.registry_text())


def test_docx_plan_has_overview_units_status_and_signature(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    result = run(ws, "export", "plan", "--week", "2026-W49", "--format", "docx")
    assert result.exit_code == 0, result.stderr
    path = ws / "plans" / "2026-W49" / "plan.docx"
    assert result.stderr == f"wrote {path}\n"
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        "1. Ikhtisar",
        "2. Rencana per UPT",
        "2.1 KSOP A",
        "2.2 UPP B",
        "3. Persetujuan",
    ]
    texts = [p.text for p in document.paragraphs]
    assert "DRAF — rencana ini belum disetujui." in texts
    assert texts[-2:] == ["Nama Penanda Tangan", "NIP 198001012005011001"]
    assert "Bitung, 8 Desember 2025" in texts
    # overview, pillar mix, and one table per unit
    assert len(document.tables) == 4
    assert [c.text for c in document.tables[2].rows[1].cells][:3] == [
        "Senin, 30 November 2026",
        "09.00 WITA",
        "Instagram (Carousel)",
    ]


def test_html_plan_carries_the_approval_once_given(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    draft = run(ws, "export", "plan", "--week", "2026-W49", "--format", "html", "-o", "-")
    assert draft.exit_code == 0, draft.stderr
    assert "<p>DRAF — rencana ini belum disetujui.</p>" in draft.stdout
    approved = CliRunner().invoke(
        app, ["-w", str(ws), "plan", "approve", "--week", "2026-W49", "--by", "Kepala KSOP A"]
    )
    assert approved.exit_code == 0, approved.stderr
    html = run(ws, "export", "plan", "--week", "2026-W49", "-o", "-", "--format", "html").stdout
    assert "<p>Disetujui oleh Kepala KSOP A pada Senin, 8 Desember 2025 pukul 08.00 WITA" in html
    assert "DRAF" not in html
    assert '<div class="signature">' in html


def test_one_units_plan_document(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    out = tmp_path / "b.html"
    result = run(ws, "export", "plan", "--week", "2026-W49", "--upt", "upp-b", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "<h3>2.1 UPP B</h3>" in html and "KSOP A</h3>" not in html
