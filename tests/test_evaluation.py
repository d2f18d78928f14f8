"""Measured values and scores computed by hand for the small October 2026 fixture region.

ksop-a (WITA, targets instagram 3 + facebook 2 a week) in October 2026 (31 days):
- posts p1 (5 Oct, reel, 50 interactions, reach 1000), p3 (16:30 UTC 30 Sep = 1 Oct WITA,
  6 interactions, reach 300, kontra-hoaks), p4 (carousel, 20 interactions, views 800, no reach),
  p5 (14 interactions, reach 700, no pillar); p2 at 17:30 UTC 31 Oct is 1 Nov WITA: not counted.
- posting_target_share = 4 / (5 x 31/7) x 100 = 18.06 -> score 18.06
- engagement_rate_by_reach = (50 + 6 + 14) / (1000 + 300 + 700) x 100 = 3.5 -> 3.5/5 = 70
- messages: replies after 1 h, 26 h, 3 h and one never -> median 3 h (replied only):
  (3 - 48) / (2 - 48) = 97.83; within 24 h 2 of 4 = 50 % -> 50/90 = 55.56
- counter-hoax posts 1 -> band 60; format variety 2 of 4 = 50 % -> 100; manual 3 on 1-5 -> 50
- score = (20x18.0645 + 20x70 + 10x97.826 + 10x55.556 + 10x60 + 10x100 + 20x50) / 100 = 58.95
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from smrt_cli.evaluation import (
    CriterionResult,
    Metrics,
    RegionEvaluation,
    UnitEvaluation,
    UnitMeasure,
    criterion_score,
    evaluate,
    ranks,
    weighted_score,
)
from smrt_cli.metrics.measure import measure
from smrt_cli.metrics.store import open_store
from smrt_cli.models import Registry
from smrt_cli.periods import parse_month
from smrt_cli.plan_file import load_plan
from smrt_cli.registry_file import BUNDLED_SAMPLE, load_registry
from tests.helpers.evaluation_data import (
    MANUAL,
    OCTOBER,
    REGION,
    batch,
    cover,
    evaluate_october,
    message,
    post,
    previous_evaluation,
    region_store,
    write_plan,
)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(REGION)


@pytest.fixture
def measures(tmp_path: Path, registry: Registry) -> dict[str, UnitMeasure]:
    region_store(tmp_path / "smrt.db")
    write_plan(tmp_path)
    plans = [load_plan(p) for p in sorted((tmp_path / "plans").glob("*/plan.json"))]
    conn = open_store(tmp_path / "smrt.db", create=False)
    try:
        return measure(conn, registry, OCTOBER, [u.id for u in registry.upts], plans)
    finally:
        conn.close()


def test_time_zone_edges_count_posts_on_the_units_local_day(
    measures: dict[str, UnitMeasure],
) -> None:
    m = measures["ksop-a"].metrics
    assert m.posts == 4
    assert m.posts_by_platform == {"facebook": 2, "instagram": 2}


def test_post_metrics_by_hand(measures: dict[str, UnitMeasure]) -> None:
    m = measures["ksop-a"].metrics.rounded()
    # 4 posts against 5 a week over the 31 covered days (22.14): 18.06 %, shown 18.1
    assert m.posting_target_share == 18.1
    assert m.interactions == 90
    assert m.reach == 2000
    assert m.engagement_rate_by_reach == 3.5
    assert m.engagement_rate_by_impressions == 2.5
    assert m.counter_hoax_posts == 1
    assert m.format_variety == 50.0
    assert m.public_service_share == 66.7  # 2 of the 3 posts with a pillar
    assert m.follower_growth == 3.0  # 1000 -> 1030 followers


def test_unanswered_messages_count_as_late_and_the_median_is_over_replies(
    measures: dict[str, UnitMeasure],
) -> None:
    m = measures["ksop-a"].metrics
    assert m.median_first_reply_hours == 3.0
    assert m.replied_within_24h_share == 50.0
    assert m.hoax_reports_handled == 1
    e = measures["ksop-a"].evidence
    assert (e.messages, e.replied_messages, e.hoax_reports) == (4, 3, 2)


def test_plan_adherence_matches_by_idea_or_pillar_within_a_day(
    measures: dict[str, UnitMeasure],
) -> None:
    # 6 Oct instagram (layanan) <- p1 on 5 Oct by pillar; 8 Oct facebook unmatched;
    # 9 Oct facebook (humanis) <- p4 on 10 Oct; 20 and 21 Oct unmatched; the 29 Sep slot is
    # outside the period
    assert measures["ksop-a"].metrics.plan_adherence == pytest.approx(40.0)
    assert measures["ksop-a"].evidence.planned_slots == 5


def test_fewer_planned_slots_than_a_week_of_targets_grade_no_adherence(
    tmp_path: Path, registry: Registry
) -> None:
    region_store(tmp_path / "smrt.db")
    write_plan(tmp_path)
    # week 41 alone: three of ksop-a's October slots, against five posts a week of targets
    plans = [load_plan(tmp_path / "plans" / "2026-W41" / "plan.json")]
    conn = open_store(tmp_path / "smrt.db", create=False)
    try:
        got = measure(conn, registry, OCTOBER, ["ksop-a"], plans)["ksop-a"]
    finally:
        conn.close()
    assert got.metrics.plan_adherence is None
    assert (got.evidence.planned_slots, got.evidence.matched_slots) == (3, 2)


def test_best_and_weakest_post_of_each_platform_by_interactions(
    measures: dict[str, UnitMeasure],
) -> None:
    e = measures["ksop-a"].evidence
    # one per platform: instagram p1 (50) and p5 (14), facebook p4 (20) and p3 (6)
    assert [p.post_id for p in e.best_posts] == ["p1", "p4"]
    assert [p.post_id for p in e.weakest_posts] == ["p3", "p5"]
    assert e.best_posts[0].engagement_rate_by_reach == 5.0


def test_exports_without_posts_in_the_period_are_a_measured_zero(
    measures: dict[str, UnitMeasure],
) -> None:
    m = measures["upp-b"].metrics
    assert (m.posts, m.posting_target_share, m.counter_hoax_posts) == (0, 0.0, 0)
    assert m.engagement_rate_by_reach is None  # no post reports reach: not measurable
    assert m.format_variety is None
    assert m.median_first_reply_hours is None  # no messages ever: no data
    assert m.follower_growth == 2.0  # 6 new follows over the registry's 300 followers


def test_without_follower_days_the_follows_posts_brought_are_the_growth(
    tmp_path: Path, registry: Registry
) -> None:
    region_store(tmp_path / "smrt.db")
    conn = open_store(tmp_path / "smrt.db", create=False)
    try:
        with conn:
            conn.execute("DELETE FROM account_day WHERE upt = 'ksop-a'")
            # p1 and p5 (Instagram, October) brought 12 and 3 follows; p2 is November's
            for post_id, follows in (("p1", 12), ("p5", 3), ("p2", 40)):
                conn.execute("UPDATE post SET follows = ? WHERE post_id = ?", [follows, post_id])
        got = measure(conn, registry, OCTOBER, ["ksop-a"], [])
    finally:
        conn.close()
    assert got["ksop-a"].metrics.follower_growth == 1.5  # 15 over the registry's 1000 on Instagram


def test_a_unit_that_never_imported_has_no_data(measures: dict[str, UnitMeasure]) -> None:
    m = measures["upp-c"]
    assert all(v is None for v in m.metrics.model_dump().values())
    assert m.evidence.missing_exports == ["instagram"]
    assert not m.evidence.has_post_data


def test_scores_by_hand(registry: Registry, measures: dict[str, UnitMeasure]) -> None:
    units = evaluate_october(registry, measures, MANUAL)
    a = units["ksop-a"]
    scores = {c.id: c.score for c in a.criteria}
    # each scored from its value as shown (one decimal, half up), and shown as scored
    assert scores == {
        "aktif": 18.1,  # 18.06 % shown 18.1
        "keterlibatan": 70.0,  # 3.5 % of 5 %
        "respons": 97.8,  # (3 - 48) / (2 - 48)
        "balas-24": 55.6,  # 50 % of 90 %
        "kontra-hoaks": 60.0,
        "variasi": 100.0,
        "pimpinan": 50.0,
    }
    # (20*18.1 + 20*70 + 10*97.8 + 10*55.6 + 10*60 + 10*100 + 20*50) / 100 = 58.96 -> 59.0
    assert (a.score, a.coverage, a.grade, a.rank, a.change) == (59.0, 100.0, "Cukup", 1, 9.0)


def test_no_data_ties_and_coverage(registry: Registry, measures: dict[str, UnitMeasure]) -> None:
    units = evaluate_october(registry, measures, MANUAL)
    b, c, d = units["upp-b"], units["upp-c"], units["upp-d"]
    # aktif (20) and kontra-hoaks (10) have data: 30 % of the weight, both scoring 0
    assert (b.score, b.coverage, b.rank) == (0.0, 30.0, 2)
    assert (d.score, d.coverage, d.rank) == (0.0, 30.0, 2)
    assert (c.score, c.coverage, c.rank, c.grade) == (None, 0.0, None, None)


def test_manual_score_on_a_one_to_five_scale(registry: Registry) -> None:
    pimpinan = next(c for c in registry.criteria if c.id == "pimpinan")
    assert [criterion_score(pimpinan, v) for v in (1, 2, 3, 4, 5)] == [0, 25, 50, 75, 100]


def test_target_bands_and_lower_is_better(registry: Registry) -> None:
    by_id = {c.id: c for c in registry.criteria}
    assert criterion_score(by_id["aktif"], 150) == 100  # clamped
    assert criterion_score(by_id["respons"], 2) == 100
    assert criterion_score(by_id["respons"], 48) == 0
    assert criterion_score(by_id["respons"], 100) == 0
    assert criterion_score(by_id["respons"], 25) == 50
    assert [criterion_score(by_id["kontra-hoaks"], v) for v in (0, 1, 3, 4, 9)] == [
        0,
        60,
        80,
        100,
        100,
    ]
    assert criterion_score(by_id["aktif"], None) is None


def test_ranks_share_ties() -> None:
    got = ranks({"a": 80.0, "b": 70.0, "c": 70.0, "d": 60.0, "e": None})
    assert got == {"a": 1, "b": 2, "c": 2, "d": 4}


def test_weighted_score_ignores_criteria_without_data() -> None:
    results = [
        CriterionResult(id="x", name="x", source="posts", value=1, score=80, weight=30),
        CriterionResult(id="y", name="y", source="posts", value=None, score=None, weight=50),
        CriterionResult(id="z", name="z", source="posts", value=1, score=40, weight=20),
    ]
    score, coverage = weighted_score(results)
    assert score == pytest.approx(64.0)
    assert coverage == pytest.approx(50.0)


def test_recommendations_point_at_ideas_the_unit_can_make(
    registry: Registry, measures: dict[str, UnitMeasure]
) -> None:
    low_variety = Metrics(format_variety=10.0, posts=10)
    units = evaluate_october(
        registry,
        {
            **measures,
            "upp-d": UnitMeasure(metrics=low_variety),
            "upp-b": UnitMeasure(metrics=low_variety),
        },
        [],
    )
    d_recs = {r.criterion: r for r in units["upp-d"].recommendations}
    # upp-d has phone-video but is no KSOP: the drone idea is for KSOPs only
    assert d_recs["variasi"].idea_ids == ["video-cuaca", "reel-staf"]
    b_recs = {r.criterion: r for r in units["upp-b"].recommendations}
    assert b_recs["variasi"].idea_ids == []  # photo only: no video idea fits
    c_recs = units["upp-c"].recommendations
    assert "Meta Business Suite" in c_recs[0].text
    assert "Instagram" in c_recs[0].text


def test_common_weaknesses_and_grade_distribution(
    registry: Registry, measures: dict[str, UnitMeasure]
) -> None:
    result = evaluate(
        registry,
        OCTOBER,
        OCTOBER.previous(),
        measures,
        MANUAL,
        None,
        ["ksop-a", "upp-b", "upp-c", "upp-d"],
        "id",
    )
    assert result.common_weaknesses == [("aktif", 3), ("kontra-hoaks", 2), ("balas-24", 1)]
    assert result.grade_distribution == {"Baik": 0, "Cukup": 1, "Kurang": 2}


def test_missing_values_say_why(registry: Registry) -> None:
    from smrt_cli.evaluation import Evidence

    posted = UnitMeasure(
        metrics=Metrics(posts=5, posting_target_share=50.0, counter_hoax_posts=1),
        evidence=Evidence(has_post_data=True),
    )
    units = evaluate_october(registry, {"ksop-a": posted}, [])
    texts = {r.criterion: r.text for r in units["ksop-a"].recommendations}
    assert texts["keterlibatan"].startswith("Ekspor unggahan tidak memuat jangkauan (Reach)")
    assert texts["variasi"].startswith("Format unggahan tidak diketahui")
    assert texts["respons"].startswith("Belum ada data pesan publik")


def test_a_plan_without_any_post_export_is_not_zero_adherence(
    tmp_path: Path, registry: Registry
) -> None:
    # upp-c never imported a post: whether it followed its plan is unknown, not 0 %
    from smrt_cli.plan_file import Slot, UnitPlan, WeekPlan, plan_json

    region_store(tmp_path / "smrt.db")
    slot = Slot(
        date="2026-10-06",
        time="09:00",
        platform="instagram",
        format="photo",
        idea_id="x",
        pillar="layanan",
        effort_hours=1.0,
        owner="Admin",
        reason="target",
    )
    plan = WeekPlan(
        week="2026-W41",
        start="2026-10-05",
        end="2026-10-11",
        language="id",
        events=[],
        upts=[UnitPlan(id="upp-c", capacity_hours=4, planned_hours=1, slots=[slot], shortfalls=[])],
    )
    conn = open_store(tmp_path / "smrt.db", create=False)
    try:
        got = measure(
            conn, registry, OCTOBER, ["upp-c"], [WeekPlan.model_validate_json(plan_json(plan))]
        )
    finally:
        conn.close()
    assert got["upp-c"].metrics.plan_adherence is None
    # and the advice is to send the export, not to make a plan it already has
    (unit,) = evaluate(registry, OCTOBER, OCTOBER.previous(), got, [], None, ["upp-c"], "id").upts
    codes = [r.code for r in unit.recommendations]
    assert "no_plan" not in codes
    assert {"export", "no_posts"} & set(codes)  # the export to compare the plan with


def test_recommended_ideas_are_evergreen() -> None:
    # advice read in June must not point at a Christmas post or a maritime-day greeting
    from smrt_cli.evaluation import producible

    sample = load_registry(BUNDLED_SAMPLE)
    for unit in sample.upts:
        for idea in producible(sample, unit):
            assert not idea.events and idea.season is None and not idea.holidays, idea.id


def test_a_period_no_export_reaches_is_no_data_not_zero(tmp_path: Path, registry: Registry) -> None:
    # December 2026: every import stops in November, so no unit has data, whatever it sent before
    region_store(tmp_path / "smrt.db")
    conn = open_store(tmp_path / "smrt.db", create=False)
    try:
        got = measure(conn, registry, parse_month("2026-12"), [u.id for u in registry.upts])
    finally:
        conn.close()
    for unit, m in got.items():
        assert m.metrics.posts is None, unit
        assert m.metrics.posting_target_share is None, unit
        assert m.metrics.replied_within_24h_share is None, unit
        assert not m.evidence.has_post_data, unit


def test_no_hoax_report_means_nothing_to_handle(tmp_path: Path, registry: Registry) -> None:
    # in October ksop-a had two hoax reports and handled one (see the module docstring)
    region_store(tmp_path / "smrt.db")
    conn = open_store(tmp_path / "smrt.db", create=False)
    try:
        message(conn, "upp-b", "2026-09-01T01:00:00Z", None)
        message(conn, "upp-b", "2026-11-01T01:00:00Z", None)
        cover(conn, "upp-b", "*", "2026-09-01", "2026-11-01", "inbound")
        got = measure(conn, registry, OCTOBER, ["ksop-a", "upp-b"])
    finally:
        conn.close()
    assert got["ksop-a"].metrics.hoax_reports_handled == 1
    # upp-b's message log covers October without a message in it: response data exists (no
    # message to answer), no hoax report
    assert got["upp-b"].metrics.hoax_reports_handled is None
    assert got["upp-b"].evidence.has_message_data


def test_missing_exports_are_asked_for_under_a_criterion_they_feed(registry: Registry) -> None:
    from smrt_cli.evaluation import Evidence, recommendations

    ksop = next(u for u in registry.upts if u.id == "ksop-a")
    no_facebook_target = ksop.model_copy(update={"targets": {"instagram": 3}})

    def asked(unit: object, missing: list[str]) -> list[str]:
        evidence = Evidence(has_post_data=True, missing_exports=missing)
        recs = recommendations(registry, unit, [], [], evidence, "id")  # type: ignore[arg-type]
        return [r.criterion for r in recs]

    # Facebook carries a posting target: its missing export bears on the target itself.
    assert asked(ksop, ["facebook"]) == ["aktif"]
    # Without one, the export feeds engagement and the rest, not the posting target.
    assert asked(no_facebook_target, ["facebook"]) == ["keterlibatan"]


def test_a_plan_too_short_to_grade_says_so() -> None:
    from smrt_cli.evaluation import Evidence, recommendations

    sample = load_registry(BUNDLED_SAMPLE)
    unit = sample.upts[0]
    evidence = Evidence(has_post_data=True, planned_slots=2)
    recs = recommendations(sample, unit, [], ["kepatuhan-rencana"], evidence, "id")
    assert [r.text for r in recs] == [
        "Rencana mingguan baru mencakup 2 slot dalam periode ini, kurang dari sepekan target "
        "unggahan, sehingga kepatuhan pada rencana belum dinilai; susun rencana tiap pekan."
    ]
    assert [(r.code, r.values) for r in recs] == [("few_slots", {"n": 2})]


def _x_only(path: Path) -> sqlite3.Connection:
    """ksop-a sent only its X export, for October: six posts on X, nothing else covered."""
    conn = open_store(path)
    with conn:
        batch(conn, "ksop-a", "x-legacy")
        for day in (1, 5, 9, 14, 20, 31):
            post(conn, "ksop-a", "x", f"x-{day}", f"2026-10-{day:02d}T03:00:00Z", reactions=2)
        # a Facebook post of a file whose coverage was never recorded: counts nowhere
        post(conn, "ksop-a", "facebook", "fb-stray", "2026-10-03T03:00:00Z", reactions=9)
        cover(conn, "ksop-a", "x", "2026-10-01", "2026-10-31")
    return conn


def _with_x_target(registry: Registry) -> Registry:
    """ksop-a with an X account and two X posts a week beside Instagram's 3 and Facebook's 2."""
    units = []
    for u in registry.upts:
        if u.id == "ksop-a":
            x = u.accounts["instagram"].model_copy(update={"handle": "ksop_a"})
            u = u.model_copy(
                update={
                    "targets": {**u.targets, "x": 2},
                    "accounts": {**u.accounts, "x": x},
                }
            )
        units.append(u)
    return registry.model_copy(update={"upts": units})


def test_a_unit_with_only_an_x_export_leaves_the_other_targets_out(
    tmp_path: Path, registry: Registry
) -> None:
    registry = _with_x_target(registry)
    conn = _x_only(tmp_path / "smrt.db")
    try:
        got = measure(conn, registry, OCTOBER, ["ksop-a"])["ksop-a"]
    finally:
        conn.close()
    # 6 X posts against X's 2 a week over 31 days (8.857): 67.74 %; Instagram's and
    # Facebook's targets have no export and are left out, never counted as zero posts
    assert got.metrics.posting_target_share == pytest.approx(6 / (2 * 31 / 7) * 100)
    assert got.metrics.posts_by_platform == {"x": 6}
    assert got.evidence.target_data_share == pytest.approx(2 / 7)
    assert got.evidence.missing_exports == ["instagram", "facebook"]
    (unit,) = evaluate(registry, OCTOBER, OCTOBER.previous(), {"ksop-a": got}, [], None,
                       ["ksop-a"], "id").upts  # fmt: skip
    aktif = next(c for c in unit.criteria if c.id == "aktif")
    assert (aktif.value, aktif.score, aktif.data_share) == (67.7, 67.7, 0.29)
    # aktif weighs 20 * 0.29 = 5.8; variasi 10 (six photos: 0 % rich formats, score 0);
    # kontra-hoaks has no data (no pillar): (5.8 * 67.7 + 10 * 0) / 15.8 = 24.85 -> 24.9,
    # resting on 15.8 % of the weight
    assert (unit.score, unit.coverage) == (24.9, 15.8)


def test_a_quarter_partly_covered_is_prorated_and_says_so(
    tmp_path: Path, registry: Registry
) -> None:
    from smrt_cli.i18n import coverage_text
    from smrt_cli.periods import parse_quarter

    registry = _with_x_target(registry)
    q4 = parse_quarter("2026-Q4")
    conn = _x_only(tmp_path / "smrt.db")
    try:
        got = measure(conn, registry, q4, ["ksop-a"])
    finally:
        conn.close()
    # the quarter's target is prorated to X's 31 covered days: the same 67.74 % as October
    assert got["ksop-a"].metrics.posting_target_share == pytest.approx(6 / (2 * 31 / 7) * 100)
    (unit,) = evaluate(registry, q4, q4.previous(), got, [], None, ["ksop-a"], "id").upts
    assert (unit.covered_days, unit.period_days) == (31, 92)
    assert coverage_text(unit, q4.start, q4.end, "en") == (
        "covered 1–31 October 2026 of 1 October – 31 December 2026"
    )
    assert coverage_text(unit, q4.start, q4.end, "id") == (
        "mencakup 1–31 Oktober 2026 dari 1 Oktober – 31 Desember 2026"
    )


def test_another_units_import_changes_nothing_of_a_unit(tmp_path: Path, registry: Registry) -> None:
    conn = _x_only(tmp_path / "smrt.db")
    try:
        ids = [u.id for u in registry.upts]
        before = measure(conn, registry, parse_month("2026-09"), ids)
        with conn:
            # upp-b's May-August export, imported later: September stays uncovered for it
            batch(conn, "upp-b", "x-content", "2026-12-04T01:00:00Z")
            post(conn, "upp-b", "x", "x-may", "2026-05-20T03:00:00Z")
            post(conn, "upp-b", "x", "x-aug", "2026-08-22T03:00:00Z")
            cover(conn, "upp-b", "x", "2026-05-25", "2026-08-22")
        after = measure(conn, registry, parse_month("2026-09"), ids)
    finally:
        conn.close()
    assert {u: m for u, m in after.items() if u != "upp-b"} == {
        u: m for u, m in before.items() if u != "upp-b"
    }
    assert not after["upp-b"].evidence.has_post_data  # no data, not 0.0


def test_the_day_of_the_import_changes_nothing(tmp_path: Path, registry: Registry) -> None:
    results = []
    for imported in ("2026-11-05T01:00:00Z", "2026-12-04T01:00:00Z"):
        conn = open_store(tmp_path / f"{imported[:10]}.db")
        with conn:
            batch(conn, "ksop-a", imported_at=imported)
            post(conn, "ksop-a", "instagram", "p", "2026-10-20T03:00:00Z", reactions=1)
            cover(conn, "ksop-a", "instagram", "2026-10-01", "2026-10-31")
        from smrt_cli.periods import parse_quarter

        results.append(measure(conn, registry, parse_quarter("2026-Q4"), ["ksop-a"]))
        conn.close()
    assert results[0] == results[1]
    # October alone is covered: 1 post against Instagram's 3 a week over 31 days
    share = results[0]["ksop-a"].metrics.posting_target_share
    assert share == pytest.approx(1 / (3 * 31 / 7) * 100)


def test_a_covered_period_without_a_post_is_a_real_zero(tmp_path: Path, registry: Registry) -> None:
    conn = open_store(tmp_path / "smrt.db")
    with conn:
        batch(conn, "ksop-a")
        cover(conn, "ksop-a", "instagram", "2026-10-01", "2026-10-31")
    try:
        got = measure(conn, registry, OCTOBER, ["ksop-a"])["ksop-a"]
    finally:
        conn.close()
    assert (got.metrics.posts, got.metrics.posting_target_share) == (0, 0.0)
    assert got.evidence.covered == {"instagram": [(dt.date(2026, 10, 1), dt.date(2026, 10, 31))]}


def test_plan_slots_on_uncovered_days_are_not_graded(tmp_path: Path, registry: Registry) -> None:
    region_store(tmp_path / "smrt.db")
    write_plan(tmp_path)
    plans = [load_plan(p) for p in sorted((tmp_path / "plans").glob("*/plan.json"))]
    conn = open_store(tmp_path / "smrt.db", create=False)
    try:
        with conn:
            conn.execute("DELETE FROM coverage WHERE upt = 'ksop-a' AND platform = 'facebook'")
        got = measure(conn, registry, OCTOBER, ["ksop-a"], plans)["ksop-a"]
    finally:
        conn.close()
    # only the Instagram slots (6 and 20 October) lie on covered days; 2 < a week's 5 slots
    assert (got.evidence.planned_slots, got.evidence.matched_slots) == (2, 1)
    assert got.metrics.plan_adherence is None


def _unit(score: float, days: int, platforms: list[str]) -> UnitEvaluation:
    return UnitEvaluation(
        id="ksop-a", score=score, covered_days=days, period_days=30, covered_platforms=platforms
    )


@pytest.mark.parametrize(
    ("days", "platforms", "change", "why"),
    [
        (30, ["facebook", "instagram"], 9.0, None),
        (15, ["facebook", "instagram"], 9.0, None),  # half the days is enough
        (2, ["facebook", "instagram"], None, "thin"),  # September on one post, two days
        (30, ["instagram"], None, "platforms"),
    ],
)
def test_a_change_only_against_a_comparable_period(
    registry: Registry,
    measures: dict[str, UnitMeasure],
    days: int,
    platforms: list[str],
    change: float | None,
    why: str | None,
) -> None:
    september = previous_evaluation({"ksop-a": 50.0}, days, tuple(platforms))
    result = evaluate(
        registry, OCTOBER, OCTOBER.previous(), measures, MANUAL, september, ["ksop-a"], "id"
    )
    (a,) = result.upts
    assert (a.score, a.change, a.change_withheld, a.previous_score) == (59.0, change, why, 50.0)


def test_an_evaluation_from_before_coverage_is_no_base_for_a_change(
    registry: Registry, measures: dict[str, UnitMeasure]
) -> None:
    from smrt_cli.i18n import change_withheld_text

    september = OCTOBER.previous()
    old = RegionEvaluation(
        period=september,
        previous_period=september.previous(),
        upts=[UnitEvaluation(id="ksop-a", score=50.0)],
    )
    (a,) = evaluate(registry, OCTOBER, september, measures, MANUAL, old, ["ksop-a"], "en").upts
    assert (a.change, a.change_withheld) == (None, "unrecorded")
    assert change_withheld_text(a, "Sep 2026", "en") == (
        "not compared: the coverage of Sep 2026 is not recorded — evaluate Sep 2026 again"
    )


def test_scores_use_the_value_as_shown() -> None:
    from smrt_cli.evaluation import half_up
    from smrt_cli.i18n import format_number

    # 6 of 13 is 46.1538...; 46.15 and 1.25 sit on the half: up, as people round
    assert [half_up(6 / 13 * 100), half_up(46.15), half_up(1.25), half_up(2.25)] == [
        46.2,
        46.2,
        1.3,
        2.3,
    ]
    assert [format_number(46.15, "id", 1), format_number(1.25, "id", 1)] == ["46,2", "1,3"]


def test_the_passes_over_the_posts_on_readers_of_their_own_measure_the_same(
    tmp_path: Path, registry: Registry, measures: dict[str, UnitMeasure]
) -> None:
    # the evaluate job runs the passes over the posts on readers of their own, in threads
    db = tmp_path / "smrt.db"
    plans = [load_plan(p) for p in sorted((tmp_path / "plans").glob("*/plan.json"))]
    opened: list[sqlite3.Connection] = []

    def helper() -> sqlite3.Connection:
        opened.append(open_store(db, create=False))
        return opened[-1]

    conn = open_store(db, create=False)
    try:
        got = measure(conn, registry, OCTOBER, [u.id for u in registry.upts], plans, (), helper)
    finally:
        conn.close()
    assert len(opened) == 2  # one reader for each pass over the posts
    assert got == measures
    assert got["ksop-a"].evidence.best_posts  # the fixture has posts to compare


def test_an_error_of_a_helper_reader_reaches_the_caller(tmp_path: Path, registry: Registry) -> None:
    region_store(tmp_path / "smrt.db")

    def helper() -> sqlite3.Connection:
        raise sqlite3.OperationalError("disk I/O error")

    conn = open_store(tmp_path / "smrt.db", create=False)
    try:
        with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
            measure(conn, registry, OCTOBER, ["ksop-a"], (), (), helper)
    finally:
        conn.close()
