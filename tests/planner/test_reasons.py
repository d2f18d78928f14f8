"""Reasons in plan.json are codes with values; the pages write their words, in either language,
and a plan.json from before (reasons as words) still reads and renders the same pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smrt_cli.calendar import Week
from smrt_cli.plan_file import PlanEvent, Reason, Shortfall, Slot, UnitPlan, WeekPlan, load_plan
from smrt_cli.planner import plan_week
from smrt_cli.reason_texts import shortfall_reason, skill_names, slot_reason
from smrt_cli.registry_file import load_registry
from smrt_cli.render.plan_markdown import render_plan
from tests.helpers import paths
from tests.helpers.hostile_plans import COMMANDS, FIX, edit, smrt
from tests.helpers.report_data import workspace

SAMPLE = paths.REPO / "data" / "upt.yaml"
GOLDEN = paths.GOLDEN

SLOT = Slot(
    date="2026-12-01",
    time="09:00",
    platform="instagram",
    format="photo",
    idea_id="a",
    pillar="p",
    effort_hours=1,
    owner="Admin",
    reason=[],
)
UNIT = UnitPlan(
    id="u", timezone="Asia/Makassar", capacity_hours=1, planned_hours=1, slots=[], shortfalls=[]
)
EVENTS = [
    PlanEvent(date="2026-12-13", id="hari-nusantara", name="Hari Nusantara", kind="commemoration"),
    PlanEvent(date="2026-12-10", id="nataru", name="Nataru", kind="campaign"),
]


@pytest.mark.parametrize(
    ("reason", "id_words", "en_words"),
    [
        ({"code": "target", "platform": "facebook"}, "target Facebook", "Facebook target"),
        ({"code": "crosspost"}, "adaptasi", "cross-post"),
        ({"code": "pillar"}, "keseimbangan pilar", "pillar balance"),
        ({"code": "rotation"}, "rotasi", "rotation"),
        (
            {"code": "event", "event": "hari-nusantara", "date": "2026-12-13"},
            "Hari Nusantara (13 Des)",
            "Hari Nusantara (13 Dec)",
        ),
        ({"code": "campaign", "event": "nataru"}, "Nataru (kampanye)", "Nataru (campaign)"),
        ({"code": "text", "text": "kata lama"}, "kata lama", "kata lama"),
    ],
)
def test_a_slot_reason_code_is_written_in_the_plans_language(
    reason: dict[str, str], id_words: str, en_words: str
) -> None:
    slot = SLOT.model_copy(update={"reason": [Reason.model_validate(reason)]})
    assert slot_reason(slot, UNIT, EVENTS, "id") == id_words
    assert slot_reason(slot, UNIT, EVENTS, "en") == en_words


def test_a_learned_time_adds_its_why_after_the_choice() -> None:
    reasons = [Reason(code="rotation"), Reason(code="time.unit", posts=12, lift=1.5)]
    slot = SLOT.model_copy(update={"reason": reasons})
    words = slot_reason(slot, UNIT, EVENTS, "id")
    assert words.startswith("rotasi; ")
    assert "09.00 WITA" in words and "12" in words


def test_a_shortfall_names_the_missing_skill_by_its_name() -> None:
    short = Shortfall(platform="instagram", missing=1, reason=Reason(code="skill", skill="video"))
    assert shortfall_reason(short, "id", {"video": "Video"}) == (
        "tidak ada anggota tim dengan keahlian Video"
    )
    assert shortfall_reason(short, "en", {"video": "Video"}) == "no team member has the skill Video"


def test_plan_json_keeps_codes_and_no_words() -> None:
    registry = load_registry(SAMPLE)
    plan = plan_week(registry, Week(2026, 50))
    data = json.loads(plan.model_dump_json())
    reasons = [r for u in data["upts"] for s in u["slots"] for r in s["reason"]]
    assert reasons and all(r["code"] != "text" for r in reasons)
    assert {"code": "target", "platform": "tiktok"} in reasons


def _as_words(plan: WeekPlan, registry_lang: str, skills: dict[str, str]) -> dict[str, object]:
    """plan.json as an older smrt wrote it: each reason already in words."""
    data = json.loads(plan.model_dump_json())
    for unit, raw in zip(plan.upts, data["upts"], strict=True):
        for slot, raw_slot in zip(unit.slots, raw["slots"], strict=True):
            raw_slot["reason"] = slot_reason(slot, unit, plan.events, registry_lang)
        for short, raw_short in zip(unit.shortfalls, raw["shortfalls"], strict=True):
            raw_short["reason"] = shortfall_reason(short, registry_lang, skills)
    return data


@pytest.mark.parametrize("week", ["plan-2026-W50", "plan-2026-W52"])
def test_an_older_plan_json_with_reasons_in_words_renders_the_same_pages(
    tmp_path: Path, week: str
) -> None:
    registry = load_registry(SAMPLE)
    plan = load_plan(GOLDEN / week / "plan.json")
    old = tmp_path / "plan.json"
    old.write_text(
        json.dumps(_as_words(plan, plan.language, skill_names(registry, plan.language))),
        encoding="utf-8",
    )
    again = load_plan(old)
    assert all(r.code == "text" for u in again.upts for s in u.slots for r in s.reason)
    assert render_plan(again, registry) == render_plan(plan, registry)


@pytest.mark.parametrize("command", ["export plan", "plan week"])
def test_an_unknown_reason_code_is_refused_at_its_place(tmp_path: Path, command: str) -> None:
    ws = workspace(tmp_path)
    path, line, column = edit(ws, '"code": "text"', '"code": "guess"')
    code, out, err = smrt(ws, COMMANDS[command])
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {path}:{line}:{column + 8}: upts[0].slots[0].reason[0].code: ")
    assert err.endswith(f"{FIX}\n")
