"""The planner learns from the store and the last evaluation; --no-learn plans as before."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.calendar import Week
from smrt_cli.evaluation import Recommendation, RegionEvaluation, UnitEvaluation
from smrt_cli.evaluation_file import evaluation_json
from smrt_cli.insights import InsightPost, analyse
from smrt_cli.learning import Learned, UnitLearning, learn
from smrt_cli.periods import date_range, month
from smrt_cli.plan_file import Reason, WeekPlan
from smrt_cli.planner import MIX_TOLERANCE, plan_week
from smrt_cli.registry_file import load_registry
from tests.helpers import paths
from tests.helpers.insight_history import write_history

SAMPLE = paths.SAMPLE
GOLDEN = paths.GOLDEN / "plan-2026-W49"
W49 = Week(2026, 49)
runner = CliRunner()


def cli(ws: Path, *args: str) -> tuple[int, str, str]:
    from smrt_cli.cli import app

    result = runner.invoke(app, ["--workspace", str(ws), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(autouse=True)
def _own_holiday_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    code, _, err = cli(root, "metrics", "import", str(write_history(tmp_path / "history.csv")))
    assert code == 0, err
    return root


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_next_plan_puts_the_units_instagram_at_its_best_time(ws: Path) -> None:
    code, _, err = cli(ws, "plan", "week", "--week", "2026-W49")
    assert code == 0, err
    folder = ws / "plans" / "2026-W49"
    plan = json.loads((folder / "plan.json").read_text(encoding="utf-8"))
    bitung = next(u for u in plan["upts"] if u["id"] == "ksop-bitung")
    thursday = [
        s for s in bitung["slots"] if s["platform"] == "instagram" and s["date"] == "2026-12-03"
    ]
    assert ("19:00", "unit") in [(s["time"], s["time_basis"]) for s in thursday]
    assert "19.00 WITA: waktu terbaik Instagram unit ini, 16 unggahan, 3,0× median" in (
        folder / "ksop-bitung.md"
    ).read_text(encoding="utf-8")
    # every slot of a plan that learned says where its time came from
    bases = {s["time_basis"] for u in plan["upts"] for s in u["slots"]}
    assert bases <= {"unit", "region", "registry"} and "registry" in bases
    # the unit with four posts takes the region's best time, never its own
    likupang = next(u for u in plan["upts"] if u["id"] == "upp-likupang")
    assert {s["time_basis"] for s in likupang["slots"]} <= {"region", "registry"}


def test_no_learn_gives_todays_plan_byte_for_byte(ws: Path, tmp_path: Path) -> None:
    assert cli(ws, "plan", "week", "--week", "2026-W49", "--no-learn")[0] == 0
    plain = tmp_path / "plain"
    plain.mkdir()
    assert cli(plain, "plan", "week", "--week", "2026-W49")[0] == 0
    learned = files(ws / "plans" / "2026-W49")
    assert learned == files(plain / "plans" / "2026-W49")
    for name in ("README.md", "ksop-bitung.md", "upp-likupang.md"):
        assert learned[name] == (GOLDEN / name).read_bytes()
    assert b"time_basis" not in learned["plan.json"]


def test_a_learning_plan_is_the_same_bytes_from_a_cold_or_warm_cache(ws: Path) -> None:
    assert cli(ws, "plan", "week", "--week", "2026-W49")[0] == 0
    folder = ws / "plans" / "2026-W49"
    first = files(folder)
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    assert cli(ws, "plan", "week", "--week", "2026-W49")[0] == 0  # from the cache this time
    assert files(folder) == first


def _evaluation(root: Path, unit_id: str, idea_ids: list[str]) -> None:
    period = month(2026, 10)
    evaluation = RegionEvaluation(
        period=period,
        previous_period=period.previous(),
        language="id",
        upts=[
            UnitEvaluation(
                id=unit_id,
                recommendations=[
                    Recommendation(criterion="keterlibatan", text="Coba ide ini", idea_ids=idea_ids)
                ],
            )
        ],
    )
    folder = root / "evaluations" / period.label
    folder.mkdir(parents=True)
    (folder / "evaluation.json").write_text(
        evaluation_json(evaluation.json_data()), encoding="utf-8"
    )


def test_a_recommended_idea_appears_in_the_units_next_plan(tmp_path: Path) -> None:
    registry = load_registry(SAMPLE)
    plain = plan_week(registry, W49)
    unit = registry.unit("upp-likupang")
    planned = {s.idea_id for u in plain.upts if u.id == unit.id for s in u.slots}
    idea = next(
        i
        for i in sorted(registry.ideas, key=lambda i: i.id)
        if unit.can_produce(i)
        and not i.events
        and not i.holidays
        and i.season is None
        and i.id not in planned
        and "instagram" in i.platforms
    )
    _evaluation(tmp_path, unit.id, [idea.id])
    code, _, err = cli(tmp_path, "plan", "week", "--week", "2026-W49")
    assert code == 0, err
    folder = tmp_path / "plans" / "2026-W49"
    plan = WeekPlan.model_validate_json((folder / "plan.json").read_text(encoding="utf-8"))
    slots = [s for u in plan.upts if u.id == unit.id for s in u.slots if s.idea_id == idea.id]
    production = [s for s in slots if not s.adaptation]
    assert len(production) == 1
    # plan.json keeps the reason's code and value; the page writes its words
    assert production[0].reason == [Reason(code="recommended", period="Oktober 2026")]
    assert "dari rekomendasi evaluasi Oktober 2026" in (folder / "upp-likupang.md").read_text(
        encoding="utf-8"
    )


def test_a_recommendation_the_unit_cannot_make_is_left_out() -> None:
    registry = load_registry(SAMPLE)
    unit = registry.unit("upp-likupang")
    idea = next(i for i in registry.ideas if not unit.can_produce(i) and not i.events)
    learned = learn(None, {unit.id: [idea.id]}, "Oktober 2026")
    plan = plan_week(registry, W49, learned=learned)
    assert idea.id not in {s.idea_id for u in plan.upts if u.id == unit.id for s in u.slots}


def _pillar_posts(unit_id: str, pillar: str) -> list[InsightPost]:
    """20 posts of `pillar` at twice the engagement of the unit's 60 others."""
    posts = []
    for n in range(80):
        day = dt.date(2026, 9, 1) + dt.timedelta(days=n)
        er, key = (2.0, pillar) if n % 4 == 0 else (1.0, "humanis-tren")
        posts.append(InsightPost(unit_id, "instagram", f"{unit_id}-{n}", day, 9, er, pillar=key))
    return posts


def test_a_pillar_with_lift_two_gains_share_within_the_mixs_tolerance() -> None:
    registry = load_registry(SAMPLE)
    pillar = "integritas"
    posts = [p for u in registry.upts for p in _pillar_posts(u.id, pillar)]
    insights = analyse(registry, posts, date_range(dt.date(2026, 9, 1), dt.date(2026, 11, 19)))
    rows = [c for c in insights.content if c.dimension == "pillar" and c.key == pillar]
    assert {(c.posts, c.lift) for c in rows if c.upt is not None} == {(20, 2.0)}
    plain = plan_week(registry, W49)
    learned = plan_week(registry, W49, learned=learn(insights))
    share = registry.pillar(pillar).target_share / 100

    def counts(plan: WeekPlan) -> dict[str, tuple[int, int]]:
        return {
            u.id: (sum(1 for s in u.slots if s.pillar == pillar), len(u.slots)) for u in plan.upts
        }

    before, after = counts(plain), counts(learned)
    assert sum(n for n, _ in after.values()) > sum(n for n, _ in before.values())
    for n, total in after.values():
        assert n <= math.ceil(share * total + MIX_TOLERANCE)


def test_a_resting_idea_waits_twice_its_cooldown() -> None:
    registry = load_registry(SAMPLE)
    plain = plan_week(registry, W49)
    unit = plain.upts[0]
    idea_id = next(s.idea_id for s in unit.slots if not s.adaptation and s.reason)
    idea = next(i for i in registry.ideas if i.id == idea_id)
    weeks = 2 * max(1, idea.cooldown_weeks)
    for gap, planned in ((weeks, False), (weeks + 1, True)):
        last = W49.start - dt.timedelta(weeks=gap)
        learned = Learned(units={unit.id: UnitLearning(resting={idea_id: last})})
        plan = plan_week(registry, W49, learned=learned)
        ids = {s.idea_id for s in plan.upts[0].slots}
        assert (idea_id in ids) is planned, gap


def test_the_report_says_what_worked_with_links(ws: Path) -> None:
    assert cli(ws, "evaluate", "upt", "--period", "2026-10")[0] == 0
    code, out, err = cli(ws, "export", "report", "--period", "2026-10", "--format", "md", "-o", "-")
    assert code == 0, err
    section = out[out.index("Apa yang berhasil") :]
    assert "Waktu unggah terbaik di wilayah:" in section
    assert "| Instagram | Kamis | 19.00 WITA | 2,9× | 5 |" in section
    assert (
        "- [KSOP Kelas II Bitung, Instagram, 1 Oktober 2026: Info layanan pekan 7 — 2,9× median]"
        in section
    )
    assert "— 2,9× median](https://example.org/instagram/80)" in section


def test_whatsapp_names_a_best_time_that_is_not_the_registrys(ws: Path, tmp_path: Path) -> None:
    assert cli(ws, "plan", "week", "--week", "2026-W49")[0] == 0
    args = ["export", "plan", "--week", "2026-W49", "--format", "whatsapp", "--upt", "ksop-bitung"]
    code, out, _ = cli(ws, *args)
    assert code == 0
    assert (
        "\nWaktu unggah terbaik menurut hasil unggahan sebelumnya:\n"
        "• Instagram, Kamis 19.00 WITA (data unit ini)\n\nBeban kerja:"
    ) in out
    assert cli(ws, "plan", "week", "--week", "2026-W49", "--force", "--no-learn")[0] == 0
    assert "Waktu unggah terbaik" not in cli(ws, *args)[1]


def _cache_files(kind: str) -> list[Path]:
    from smrt_cli.cache import cache_dir

    return sorted((cache_dir() / kind).glob("*"))


def test_the_import_leaves_the_analysis_warm_for_the_first_plan_and_insights(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the reference: the same plan and insights from a cold cache
    assert cli(ws, "plan", "week", "--week", "2026-W49")[0] == 0
    cold_plan = files(ws / "plans" / "2026-W49")
    cold_insights = cli(ws, "insights", "--json")[1]
    monkeypatch.setenv("SMRT_CACHE_DIR", str(tmp_path / "fresh-cache"))
    again = tmp_path / "again"
    again.mkdir()
    code, _, err = cli(again, "metrics", "import", str(write_history(tmp_path / "h2.csv")))
    assert code == 0, err
    assert len(_cache_files("learning")) == 1 and len(_cache_files("insights")) == 1
    from smrt_cli.metrics import insight_read

    def no_reading(*args: object) -> object:
        raise AssertionError("the store's posts were read again after the import")

    monkeypatch.setattr(insight_read, "_read_table", no_reading)
    assert cli(again, "plan", "week", "--week", "2026-W49")[0] == 0
    assert files(again / "plans" / "2026-W49") == cold_plan
    assert cli(again, "insights", "--json")[:2] == (0, cold_insights)


def test_a_damaged_or_stale_cache_is_read_again_from_the_store(ws: Path) -> None:
    code, expected, _ = cli(ws, "insights", "--json")
    assert code == 0
    for path in [*_cache_files("learning"), *_cache_files("insights")]:
        key = path.read_bytes().partition(b"\n")[0]
        path.write_bytes(key + b"\nnot what was written")
    assert cli(ws, "insights", "--json")[:2] == (0, expected)
    assert cli(ws, "plan", "week", "--week", "2026-W49")[0] == 0
    # an import changes the key, so nothing cached before it answers after it
    (entry,) = _cache_files("learning")
    before = entry.read_bytes().partition(b"\n")[0]
    extra = ws.parent / "extra.csv"
    lines = write_history(ws.parent / "h3.csv").read_text(encoding="utf-8").splitlines()
    extra.write_text(
        lines[0] + "\n" + lines[1].replace("instagram-00000", "instagram-99999") + "\n",
        encoding="utf-8",
    )
    code, _, err = cli(ws, "metrics", "import", str(extra))
    assert code == 0, err
    assert entry.read_bytes().partition(b"\n")[0] != before
