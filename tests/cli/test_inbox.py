"""`smrt inbox`: the open backlog per unit, waited office hours, targets passed, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from smrt_cli.cli import app
from tests.helpers import paths

REGISTRY = paths.SAMPLE
runner = CliRunner()

HEADER = "upt,received_at,first_reply_at,platform,kind,resolved,resolved_at,escalated_to,lapor_id,topic\n"
ROWS = (
    # answered the same hour, closed: not open
    "ksop-bitung,2026-12-01T09:00:00+08:00,2026-12-01T09:30:00+08:00,facebook,question,yes,,,,\n"
    # Thursday 09.00, unanswered: at Friday 16.00 it has waited 7 + 8.5 = 15.5 office hours
    "ksop-bitung,2026-12-03T09:00:00+08:00,,facebook,question,no,,,,\n"
    # a complaint of 27 October, answered but never closed: past its 5 working days
    "upp-likupang,2026-10-27T10:15:00+08:00,2026-10-27T11:00:00+08:00,facebook,complaint,no,,"
    "LAPOR!,LPR-7731,tiket\n"
    # Friday 15.00, unanswered: one office hour, within the 2-hour target
    "upp-likupang,2026-12-04T15:00:00+08:00,,instagram,question,no,,,,\n"
    # a complaint closed with a time: not open
    "upp-tahuna,2026-11-02T10:00:00+08:00,2026-11-02T10:30:00+08:00,x,complaint,,"
    "2026-11-03T10:00:00+08:00,,,\n"
)


def smrt(ws: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(
        app, ["--workspace", str(ws), *args], env={"NO_COLOR": "1", "SOURCE_DATE_EPOCH": None}
    )
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def workspace(tmp_path: Path, rows: str = ROWS) -> Path:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "upt.yaml").write_bytes(REGISTRY.read_bytes())
    path = tmp_path / "inbound.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    code, _, err = smrt(tmp_path, "metrics", "import", str(path))
    assert code == 0, err
    return tmp_path


def test_the_backlog_oldest_first_with_the_target_passed(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    code, out, err = smrt(ws, "inbox", "--as-of", "2026-12-04T16:00")
    assert (code, err) == (1, "")
    assert out == (
        "Pesan terbuka per Jumat, 4 Desember 2026 16.00 WITA\n"
        "\n"
        "KSOP Kelas II Bitung (ksop-bitung): 1 pesan terbuka, 1 lewat batas\n"
        "  Kamis, 3 Desember 2026 09.00 WITA — Facebook, pertanyaan, belum dibalas: "
        "menunggu 15,5 jam kerja (31 jam) — lewat batas 2 jam kerja\n"
        "\n"
        "UPP Kelas III Likupang (upp-likupang): 2 pesan terbuka, 1 lewat batas\n"
        "  Selasa, 27 Oktober 2026 10.15 WITA — Facebook, pengaduan, diteruskan ke LAPOR! "
        "(LPR-7731), topik: tiket, belum selesai: menunggu 243,8 jam kerja (918 jam) — "
        "lewat batas 5 hari kerja\n"
        "  Jumat, 4 Desember 2026 15.00 WITA — Instagram, pertanyaan, belum dibalas: "
        "menunggu 1 jam kerja (1 jam)\n"
        "\n"
        "2 dari 3 pesan terbuka lewat batas.\n"
    )


def test_nothing_overdue_exits_0(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    code, out, _ = smrt(ws, "inbox", "--upt", "upp-likupang", "--as-of", "2026-10-27T10:30")
    assert code == 0
    # the 4 December message has not arrived yet; the complaint has waited a quarter hour
    assert "1 pesan terbuka, 0 lewat batas" in out
    code, out, _ = smrt(ws, "inbox", "--upt", "upp-tahuna", "--as-of", "2026-12-04T16:00")
    assert (code, out.splitlines()[-1]) == (0, "Tidak ada pesan terbuka.")


def test_the_clock_defaults_to_source_date_epoch(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    result = runner.invoke(
        app,
        ["--workspace", str(ws), "inbox", "--json"],
        env={"SOURCE_DATE_EPOCH": "1796371200"},  # 2026-12-04T08:00:00Z = 16.00 WITA
    )
    data = json.loads(result.stdout)
    assert result.exit_code == 1
    assert (data["as_of"], data["open"], data["overdue"]) == ("2026-12-04T08:00:00Z", 3, 2)
    complaint = data["upts"][1]["messages"][0]
    assert complaint["waited_office_hours"] == 243.75
    assert complaint["passed"] == {"target": "follow_up", "within": 5.0, "unit": "working_days"}


def test_a_complaint_past_sixty_days_says_so(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    code, out, _ = smrt(
        ws, "inbox", "--upt", "upp-likupang", "--as-of", "2026-12-30T08:00", "--lang", "en"
    )
    assert code == 1
    assert "complaint, escalated to LAPOR! (LPR-7731), topic: tiket, not closed" in out
    assert out.count("past the 60 days limit") == 1


def test_bad_as_of_and_unit_are_usage_errors(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    code, out, err = smrt(ws, "inbox", "--as-of", "kemarin")
    assert (code, out) == (2, "")
    assert err == (
        "error: --as-of: 'kemarin' is not a date and time — write it as YYYY-MM-DDTHH:MM "
        "(for example 2026-12-04T16:00), optionally with an offset such as +08:00\n"
    )
    code, _, err = smrt(ws, "inbox", "--upt", "upp-likupan")
    assert code == 2
    assert err == "error: --upt: unknown unit 'upp-likupan' — did you mean 'upp-likupang'?\n"


def test_no_store_yet(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "upt.yaml").write_bytes(REGISTRY.read_bytes())
    code, _, err = smrt(tmp_path, "inbox")
    assert code == 2
    assert "no metrics store yet" in err
