"""`smrt export plan` (CSV, WhatsApp) and `smrt export calendar`, parsed back with real parsers."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from smrt_cli.plan_file import Slot, WeekPlan
from tests.helpers.cli import run
from tests.helpers.plan_data import FIXTURE, make_plan, slot, workspace

# --- WhatsApp --------------------------------------------------------------------------------

EXPECTED_WHATSAPP = """\
Yth. rekan-rekan tim SMRT KSOP A,
berikut rencana konten pekan ke-49 (30 November – 6 Desember 2026):

*DRAF — rencana ini belum disetujui.*

*Senin, 30 November 2026*
• 09.00 WITA — Instagram (carousel): _Cara mengurus buku pelaut_
• 10.00 WITA — Facebook (carousel, adaptasi): _Cara mengurus buku pelaut_

*Kamis, 3 Desember 2026* — Hari Contoh
• 19.00 WITA — Instagram (reel): _Di balik layar_

Beban kerja: 4,5 dari kapasitas 6 jam.
Belum terpenuhi:
• Facebook: kurang 1 unggahan (kapasitas habis)

Terima kasih. Salam, Koordinator SMRT Contoh (KSOP A)

——————————

Yth. rekan-rekan tim SMRT UPP B,
berikut rencana konten pekan ke-49 (30 November – 6 Desember 2026):

*DRAF — rencana ini belum disetujui.*

*Selasa, 1 Desember 2026*
• 09.00 WITA — Instagram (foto): _Peringatan cuaca BMKG_

Beban kerja: 0,5 dari kapasitas 2 jam.

Terima kasih. Salam, Koordinator SMRT Contoh (KSOP A)
"""


def test_whatsapp_messages_exactly(tmp_path: Path) -> None:
    result = run(
        workspace(tmp_path), "export", "plan", "--week", "2026-W49", "--format", "whatsapp"
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == EXPECTED_WHATSAPP


def test_whatsapp_one_unit_english(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    result = run(
        ws,
        "export",
        "plan",
        "--week",
        "2026-W49",
        "--format",
        "whatsapp",
        "--upt",
        "upp-b",
        "--lang",
        "en",
    )
    assert result.exit_code == 0
    text = result.stdout
    # no time-of-day greeting: the message is pasted whenever the coordinator gets to it
    assert text.startswith(
        "Dear SMRT team of UPP B,\n"
        "here is the content plan for week 49 (30 November – 6 December 2026):\n"
    )
    assert "*Tuesday, 1 December 2026*" in text
    assert "• 09:00 WITA — Instagram (photo): _BMKG weather warning_" not in text  # no en title
    assert "_Peringatan cuaca BMKG_" in text
    assert "——" not in text  # one unit, no separator
    assert "|" not in text  # never a Markdown table


def test_whatsapp_markup_in_titles_is_neutralised(tmp_path: Path) -> None:
    registry = FIXTURE.read_text(encoding="utf-8").replace(
        "title: Peringatan cuaca BMKG", 'title: "*Awas* _badai_\\nsekarang"'
    )
    ws = workspace(tmp_path, registry=registry)
    result = run(
        ws, "export", "plan", "--week", "2026-W49", "--format", "whatsapp", "--upt", "upp-b"
    )
    assert result.exit_code == 0, result.stderr
    item = next(ln for ln in result.stdout.splitlines() if ln.startswith("•"))
    assert item == "• 09.00 WITA — Instagram (foto): _∗Awas∗ ‗badai‗ sekarang_"


# --- CSV -------------------------------------------------------------------------------------


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.endswith("\r\n")  # RFC 4180 records end in CRLF
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_default_file_parses(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    result = run(ws, "export", "plan", "--week", "2026-W49")
    assert result.exit_code == 0, result.stderr
    path = ws / "plans" / "2026-W49" / "plan.csv"
    assert result.stderr == f"wrote {path}\n"
    rows = _csv_rows(path.read_bytes())
    assert rows[0] == [
        "UPT",
        "Tanggal",
        "Jam",
        "Platform",
        "Format",
        "Ide konten",
        "Pilar",
        "Penanggung jawab",
        "Beban kerja (jam)",
        "Arahan",
        "Status",
    ]
    assert len(rows) == 5
    assert rows[1] == [
        "KSOP A",
        "2026-11-30",
        "09:00",
        "Instagram",
        "Carousel",  # the format as people name it, as the plan does
        "Cara mengurus buku pelaut",
        "Layanan",
        "Operator",
        "1.5",
        "Langkah mengurus buku pelaut.",
        "DRAF",  # until `smrt plan approve`
    ]
    assert [r[8] for r in rows[1:]] == ["1.5", "0.25", "2", "0.5"]  # numbers stay numbers


def test_csv_formula_guard_and_quoting(tmp_path: Path) -> None:
    registry = (
        FIXTURE.read_text(encoding="utf-8")
        .replace("name: KSOP A", 'name: "=HYPERLINK(\\"http://x\\",\\"y\\")"')
        .replace("title: Peringatan cuaca BMKG", 'title: "+cmd"')
        .replace("brief: Bagikan peringatan cuaca.", 'brief: "-1, \\"kutip\\"\\nbaris dua"')
    )
    plan = make_plan()
    ws = workspace(tmp_path, plan, registry)
    result = run(ws, "export", "plan", "--week", "2026-W49", "-o", "-")
    assert result.exit_code == 0, result.stderr
    rows = _csv_rows(result.stdout_bytes)
    assert rows[1][0] == '\'=HYPERLINK("http://x","y")'
    upp = rows[4]
    assert upp[5] == "'+cmd"
    assert upp[9] == '\'-1, "kutip"\nbaris dua'
    for row in rows[1:]:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_csv_refuses_overwrite_without_force(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    out = tmp_path / "rencana.csv"
    out.write_text("mine", encoding="utf-8")
    result = run(ws, "export", "plan", "--week", "2026-W49", "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == f"error: {out}: already exists — pass --force to replace it\n"
    assert out.read_text(encoding="utf-8") == "mine"
    assert run(ws, "export", "plan", "--week", "2026-W49", "-o", str(out), "--force").exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_missing_plan_and_bad_week(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    result = run(ws, "export", "plan", "--week", "2026-W50")
    assert result.exit_code == 2
    path = ws / "plans" / "2026-W50" / "plan.json"
    assert result.stderr == (
        f"error: {path}: no plan for 2026-W50 — run `smrt plan week --week 2026-W50` first\n"
    )
    result = run(ws, "export", "calendar", "--week", "2026-W54")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    result = run(ws, "export", "plan", "--week", "2026-W49", "--upt", "nope")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: --upt: 'nope' has no plan in 2026-W49 — units planned: ksop-a, upp-b\n"
    )


# --- calendar --------------------------------------------------------------------------------


def test_calendar_parses_and_is_stable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    ws = workspace(tmp_path)
    result = run(ws, "export", "calendar", "--week", "2026-W49")
    assert result.exit_code == 0, result.stderr
    data = (ws / "plans" / "2026-W49" / "plan.ics").read_bytes()
    lines = data.split(b"\r\n")
    assert lines[-1] == b""  # CRLF after every line, including the last
    assert all(b"\n" not in line and len(line) <= 75 for line in lines)
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["PRODID"]) == "-//Hubla SMRT//smrt//ID"
    events = cal.walk("VEVENT")
    assert len(events) == 4
    tz = cal.walk("VTIMEZONE")
    assert [str(t["TZID"]) for t in tz] == ["Asia/Makassar"]
    first = events[0]
    # a plan not yet approved is a draft: tentative events whose titles say so
    assert str(first["SUMMARY"]) == "[Instagram] DRAF: Cara mengurus buku pelaut"
    assert str(first["STATUS"]) == "TENTATIVE"
    assert str(first["UID"]) == "2026-W49-ksop-a-20261130T0900-instagram@smrt"
    assert first.decoded("SEQUENCE") == 0
    start = first.decoded("DTSTART")
    assert start.isoformat() == "2026-11-30T09:00:00+08:00"
    assert first["DTSTART"].params["TZID"] == "Asia/Makassar"
    assert first.decoded("DTSTAMP") == dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
    description = str(first["DESCRIPTION"])
    assert description.startswith("DRAF — rencana ini belum disetujui.\nFormat: Carousel")
    assert "Arahan: Langkah mengurus buku pelaut." in description
    assert "Tagar: #BukuPelaut" in description
    assert len({str(e["UID"]) for e in events}) == 4
    # the same plan exported again gives the same bytes
    again = run(ws, "export", "calendar", "--week", "2026-W49", "-o", "-")
    assert again.stdout_bytes == data


def test_calendar_one_unit_with_source_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")  # 2025-11-30 00:00 UTC
    ws = workspace(tmp_path)
    result = run(ws, "export", "calendar", "--week", "2026-W49", "--upt", "upp-b", "-o", "-")
    assert result.exit_code == 0
    cal = icalendar.Calendar.from_ical(result.stdout_bytes)
    (event,) = cal.walk("VEVENT")
    assert str(event["UID"]) == "2026-W49-upp-b-20261201T0900-instagram@smrt"
    assert event.decoded("DTSTAMP") == dt.datetime(2025, 11, 30, tzinfo=dt.UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    result = run(ws, "export", "calendar", "--week", "2026-W49", "-o", "-")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: SOURCE_DATE_EPOCH: 'yesterday'")


def calendar_uids(ws: Path) -> list[str]:
    result = run(ws, "export", "calendar", "--week", "2026-W49", "--upt", "ksop-a", "-o", "-")
    assert result.exit_code == 0, result.stderr
    return [str(e["UID"]) for e in icalendar.Calendar.from_ical(result.stdout_bytes).walk("VEVENT")]


def with_ksop_slots(slots: list[Slot]) -> WeekPlan:
    plan = make_plan()
    ksop = plan.upts[0].model_copy(update={"slots": slots})
    return plan.model_copy(update={"upts": [ksop, *plan.upts[1:]]})


def test_calendar_uid_is_the_slot_not_its_position(tmp_path: Path) -> None:
    (tmp_path / "before").mkdir()
    (tmp_path / "after").mkdir()
    before = calendar_uids(workspace(tmp_path / "before"))
    # re-planned: a new slot first and the others in another order; each kept slot keeps its UID
    kept = make_plan().upts[0].slots
    plan = with_ksop_slots([slot(0, "08:00", "facebook", "cuaca", "keselamatan"), *reversed(kept)])
    after = calendar_uids(workspace(tmp_path / "after", plan))
    assert after[0] == "2026-W49-ksop-a-20261130T0800-facebook@smrt"
    assert after[1:] == list(reversed(before))


def test_calendar_two_slots_of_one_unit_never_share_a_uid(tmp_path: Path) -> None:
    # the same minute on the same platform twice, as a hand-edited plan.json could have it
    twin = slot(0, "09:00", "instagram", "reel-staf", "humanis", format="reel")
    plan = with_ksop_slots([*make_plan().upts[0].slots, twin])
    uids = calendar_uids(workspace(tmp_path, plan))
    assert len(uids) == len(set(uids)) == 4
    assert uids[0] == "2026-W49-ksop-a-20261130T0900-instagram@smrt"
    assert uids[-1] == "2026-W49-ksop-a-20261130T0900-instagram-2@smrt"


def test_every_export_command_has_help_with_example() -> None:
    for command in ("report", "calendar", "plan"):
        result = CliRunner().invoke(app, ["export", command, "--help"])
        assert result.exit_code == 0
        assert "Example: smrt export " + command in result.stdout


# --- the format from -o ----------------------------------------------------------------------


def test_plan_format_follows_the_output_extension(tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir()
    ws = workspace(tmp_path / "ws")
    text = tmp_path / "pesan.txt"
    result = run(ws, "export", "plan", "--week", "2026-W49", "-o", str(text))
    assert result.exit_code == 0, result.stderr
    assert text.read_text(encoding="utf-8") == EXPECTED_WHATSAPP
    sheet = tmp_path / "rencana.CSV"
    assert run(ws, "export", "plan", "--week", "2026-W49", "-o", str(sheet)).exit_code == 0
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf")


def test_plan_format_contradicting_the_extension_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir()
    ws = workspace(tmp_path / "ws")
    out = tmp_path / "rencana.csv"
    result = run(ws, "export", "plan", "--week", "2026-W49", "--format", "whatsapp", "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: -o {out}: a .csv name but --format whatsapp — "
        "drop --format or end the name in .txt\n"
    )
    assert not out.exists()
    result = run(ws, "export", "plan", "--week", "2026-W49", "-o", str(tmp_path / "rencana"))
    assert result.exit_code == 2
    assert (
        "end it in .csv, .txt, .xlsx, .html or .docx, or give --format csv|whatsapp|xlsx|html|docx"
        in result.stderr
    )


# --- the owner in the export's language ------------------------------------------------------


def _bilingual_team(tmp_path: Path) -> Path:
    registry = FIXTURE.read_text(encoding="utf-8").replace(
        "- {role: Operator, hours_per_week: 6}",
        "- {role: {id: Admin media sosial, en: Social media admin}, hours_per_week: 6}",
    )
    plan = make_plan()
    ksop = plan.upts[0]
    slots = [s.model_copy(update={"owner": "Admin media sosial"}) for s in ksop.slots]
    plan = plan.model_copy(
        update={"upts": [ksop.model_copy(update={"slots": slots}), plan.upts[1]]}
    )
    return workspace(tmp_path, plan, registry)


def test_owner_follows_the_export_language(tmp_path: Path) -> None:
    ws = _bilingual_team(tmp_path)
    result = run(ws, "export", "plan", "--week", "2026-W49", "--lang", "en", "-o", "-")
    assert result.exit_code == 0, result.stderr
    rows = _csv_rows(result.stdout_bytes)
    assert rows[0][7] == "Owner"
    # the plan stored the role in Indonesian; the registry has its English name
    assert [r[7] for r in rows[1:]] == ["Social media admin"] * 3 + ["Operator"]
    result = run(ws, "export", "calendar", "--week", "2026-W49", "--lang", "en", "-o", "-")
    assert result.exit_code == 0, result.stderr
    events = icalendar.Calendar.from_ical(result.stdout_bytes).walk("VEVENT")
    assert "Owner: Social media admin ·" in str(events[0]["DESCRIPTION"])
    result = run(ws, "export", "plan", "--week", "2026-W49", "-o", "-")
    assert [r[7] for r in _csv_rows(result.stdout_bytes)[1:]] == ["Admin media sosial"] * 3 + [
        "Operator"
    ]


def test_owner_of_an_english_plan_in_indonesian(tmp_path: Path) -> None:
    ws = _bilingual_team(tmp_path)
    path = ws / "plans" / "2026-W49" / "plan.json"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Admin media sosial", "Social media admin"),
        encoding="utf-8",
    )
    result = run(ws, "export", "plan", "--week", "2026-W49", "--lang", "id", "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert _csv_rows(result.stdout_bytes)[1][7] == "Admin media sosial"


def test_whatsapp_names_each_items_owner_when_a_team_shares_the_week(tmp_path: Path) -> None:
    registry = FIXTURE.read_text(encoding="utf-8").replace(
        "- {role: Operator, hours_per_week: 6}",
        "- {role: {id: Admin media sosial, en: Social media admin}, hours_per_week: 4}\n"
        "      - {role: {id: Desainer grafis, en: Graphic designer}, hours_per_week: 2}",
    )
    plan = make_plan()
    ksop = plan.upts[0]
    owners = ["Admin media sosial", "Admin media sosial", "Desainer grafis"]
    slots = [s.model_copy(update={"owner": o}) for s, o in zip(ksop.slots, owners, strict=True)]
    plan = plan.model_copy(
        update={"upts": [ksop.model_copy(update={"slots": slots}), plan.upts[1]]}
    )
    ws = workspace(tmp_path, plan, registry)
    result = run(ws, "export", "plan", "--week", "2026-W49", "--format", "whatsapp", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    items = [line for line in result.stdout.splitlines() if " WITA — " in line]
    assert items[0] == (
        "• 09:00 WITA — Instagram (carousel): _How to get a seafarer book_ — Social media admin"
    )
    assert items[2].endswith("_Di balik layar_ — Graphic designer")
    # a one-person unit's message names nobody: everything is that person's
    assert items[3] == "• 09:00 WITA — Instagram (photo): _Peringatan cuaca BMKG_"
