"""`smrt plan approve`: recorded in plan.json, carried by every document, voided by re-planning."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner, Result

from smrt_cli.cli import app

WEEK = "2026-W49"
EPOCH = "1796374800"  # 2026-12-04 09:00 UTC, 17.00 WITA
APPROVED = (
    "Disetujui oleh Kepala KSOP Kelas II Bitung pada Jumat, 4 Desember 2026 pukul 17.00 WITA "
    "(SHA-256 rencana {digest})."
)
DRAFT = "DRAF — rencana ini belum disetujui."


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def smrt(ws: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["-w", str(ws), *args])


def planned(ws: Path) -> Path:
    result = smrt(ws, "plan", "week", "--week", WEEK)
    assert result.exit_code == 0, result.stderr
    return ws / "plans" / WEEK


def approve(ws: Path, *extra: str) -> Result:
    return smrt(
        ws, "plan", "approve", "--week", WEEK, "--by", "Kepala KSOP Kelas II Bitung", *extra
    )


def test_approval_is_recorded_with_who_when_and_the_plans_sha256(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    before = (folder / "plan.json").read_bytes()
    result = approve(tmp_path)
    assert result.exit_code == 0, result.stderr
    data = json.loads((folder / "plan.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256(before).hexdigest()  # the plan.json approved, byte for byte
    assert data["approvals"] == [
        {
            "upt": None,
            "by": "Kepala KSOP Kelas II Bitung",
            "at": "2026-12-04T09:00:00Z",
            "sha256": digest,
        }
    ]
    assert (
        "Approved by Kepala KSOP Kelas II Bitung on Friday, 4 December 2026 at 17:00 WITA "
        f"(plan SHA-256 {digest[:12]}).\n"
    ) in result.stderr
    # the rest of plan.json is as it was
    del data["approvals"]
    assert json.dumps(data, ensure_ascii=False, indent=2) + "\n" == before.decode("utf-8")


def test_documents_and_exports_say_draft_then_carry_the_approval(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert readme.split("\n")[2] == f"**{DRAFT}**"
    assert "smrt " not in readme and "--" not in readme.replace("---", "")  # no command line
    whatsapp = smrt(tmp_path, "export", "plan", "--week", WEEK, "--format", "whatsapp").stdout
    assert whatsapp.count(f"*{DRAFT}*") == 10

    assert approve(tmp_path).exit_code == 0
    digest = json.loads((folder / "plan.json").read_text(encoding="utf-8"))["approvals"][0]
    line = APPROVED.format(digest=digest["sha256"][:12])
    for name in ("README.md", "upp-likupang.md"):
        text = (folder / name).read_text(encoding="utf-8")
        assert text.split("\n")[2] == f"**{line}**" and "DRAF" not in text
    whatsapp = smrt(tmp_path, "export", "plan", "--week", WEEK, "--format", "whatsapp").stdout
    assert whatsapp.count(f"*{line}*") == 10 and "DRAF" not in whatsapp

    assert smrt(tmp_path, "export", "plan", "--week", WEEK).exit_code == 0
    rows = list(csv.reader(io.StringIO((folder / "plan.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0][-1] == "Status"
    assert {r[-1] for r in rows[1:]} == {"Disetujui: Kepala KSOP Kelas II Bitung, 2026-12-04"}

    assert smrt(tmp_path, "export", "calendar", "--week", WEEK).exit_code == 0
    events = [  # the posting slots; the all-day inbox-duty events are not the plan's items
        e
        for e in icalendar.Calendar.from_ical((folder / "plan.ics").read_bytes()).walk("VEVENT")
        if not str(e["UID"]).endswith("-piket@smrt")
    ]
    assert {str(e["STATUS"]) for e in events} == {"CONFIRMED"}
    assert all(str(e["DESCRIPTION"]).startswith(line + "\n") for e in events)
    assert not any("DRAF" in str(e["SUMMARY"]) for e in events)


def test_exports_made_before_the_approval_are_named_to_export_again(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    assert smrt(tmp_path, "export", "plan", "--week", WEEK).exit_code == 0
    result = approve(tmp_path)
    assert f"note: {folder / 'plan.csv'} was exported before the approval" in result.stderr
    assert (folder / "plan.csv").exists()  # kept: the person decides


def test_planning_the_week_again_voids_the_approval_and_says_so(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    assert approve(tmp_path).exit_code == 0
    result = smrt(tmp_path, "plan", "week", "--week", WEEK, "--force")
    assert result.exit_code == 0, result.stderr
    assert (
        f"note: the approval of {WEEK} by Kepala KSOP Kelas II Bitung (2026-12-04 09:00 UTC) is "
        "void: the week was planned again"
    ) in result.stderr
    assert "approvals" not in json.loads((folder / "plan.json").read_text(encoding="utf-8"))
    assert (folder / "README.md").read_text(encoding="utf-8").split("\n")[2] == f"**{DRAFT}**"


def test_a_unit_approval_covers_that_unit_and_survives_re_planning_another(
    tmp_path: Path,
) -> None:
    folder = planned(tmp_path)
    assert approve(tmp_path, "--upt", "upp-tahuna").exit_code == 0
    assert "Disetujui oleh" in (folder / "upp-tahuna.md").read_text(encoding="utf-8")
    for other in ("README.md", "upp-likupang.md"):
        assert DRAFT in (folder / other).read_text(encoding="utf-8")
    result = smrt(tmp_path, "plan", "week", "--week", WEEK, "--force", "--upt", "upp-likupang")
    assert result.exit_code == 0 and "void" not in result.stderr
    assert "Disetujui oleh" in (folder / "upp-tahuna.md").read_text(encoding="utf-8")
    result = smrt(tmp_path, "plan", "week", "--week", WEEK, "--force", "--upt", "upp-tahuna")
    assert f"the approval of {WEEK} for upp-tahuna by" in result.stderr
    assert DRAFT in (folder / "upp-tahuna.md").read_text(encoding="utf-8")


def test_a_plan_edited_after_approval_is_a_draft_again(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    assert approve(tmp_path).exit_code == 0
    path = folder / "plan.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["upts"][0]["slots"][0]["time"] = "06:00"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = smrt(tmp_path, "export", "plan", "--week", WEEK, "--format", "whatsapp")
    assert result.exit_code == 0
    assert f"note: {path}: the approval by Kepala KSOP Kelas II Bitung no longer matches" in (
        result.stderr
    )
    assert f"*{DRAFT}*" in result.stdout


def test_status_text_in_english_and_the_regions_time_zone(tmp_path: Path) -> None:
    from smrt_cli.approvals import approve as approve_plan
    from smrt_cli.approvals import status_text
    from smrt_cli.plan_file import load_plan

    folder = planned(tmp_path)
    plan = load_plan(folder / "plan.json")
    assert (
        status_text(plan, None, "en", "Asia/Makassar") == "DRAFT — this plan is not approved yet."
    )
    approved = approve_plan(plan, None, "A. Head", dt.datetime(2026, 12, 4, 1, 30, tzinfo=dt.UTC))
    assert status_text(approved, "upp-tahuna", "en", "Asia/Makassar").startswith(
        "Approved by A. Head on Friday, 4 December 2026 at 09:30 WITA"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--by", "  "), "error: --by: empty — give the approver's name"),
        (("--by", "X", "--upt", "nope"), "error: --upt: 'nope' has no plan in 2026-W49"),
    ],
)
def test_bad_approvals_are_exit_2(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    folder = planned(tmp_path)
    before = (folder / "plan.json").read_bytes()
    result = smrt(tmp_path, "plan", "approve", "--week", WEEK, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert (folder / "plan.json").read_bytes() == before


def test_approving_a_week_not_planned_is_exit_2(tmp_path: Path) -> None:
    result = approve(tmp_path)
    assert result.exit_code == 2
    assert "no plan for 2026-W49 — run `smrt plan week --week 2026-W49` first" in result.stderr
