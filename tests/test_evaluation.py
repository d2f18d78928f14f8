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
from test_evaluation_data import REGION, batch, post, region_store, write_plan

from smrt_cli.evaluation import (
    CriterionResult,
    Metrics,
    UnitMeasure,
    UptEvaluation,
    criterion_score,
    evaluate,
    ranks,
    weighted_score,
)
from smrt_cli.metrics.measure import measure
from smrt_cli.metrics.store import open_store
from smrt_cli.models import Registry
from smrt_cli.periods import parse_month
from smrt_cli.plans import load_plan
from smrt_cli.registry import BUNDLED_SAMPLE, load_registry
from smrt_cli.scores import ScoreEntry

OCTOBER = parse_month("2026-10")


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
    assert m.posting_target_share == 18.06
    assert m.interactions == 90
    assert m.reach == 2000
    assert m.engagement_rate_by_reach == 3.5
    assert m.engagement_rate_by_impressions == 2.5
    assert m.counter_hoax_posts == 1
    assert m.format_variety == 50.0
    assert m.public_service_share == 66.67  # 2 of the 3 posts with a pillar
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


def _evaluate(
    registry: Registry, measures: dict[str, UnitMeasure], manual: list[ScoreEntry]
) -> dict[str, UptEvaluation]:
    result = evaluate(
        registry,
        OCTOBER,
        OCTOBER.previous(),
        measures,
        manual,
        {"ksop-a": 50.0},
        [u.id for u in registry.upts],
        "id",
    )
    return {u.id: u for u in result.upts}


MANUAL = [ScoreEntry(upt="ksop-a", criterion="pimpinan", score=3, evidence="ok", assessor="Humas")]


def test_scores_by_hand(registry: Registry, measures: dict[str, UnitMeasure]) -> None:
    units = _evaluate(registry, measures, MANUAL)
    a = units["ksop-a"]
    scores = {c.id: c.score for c in a.criteria}
    assert scores == {
        "aktif": 18.06,
        "keterlibatan": 70.0,
        "respons": 97.83,
        "balas-24": 55.56,
        "kontra-hoaks": 60.0,
        "variasi": 100.0,
        "pimpinan": 50.0,
    }
    assert (a.score, a.coverage, a.grade, a.rank, a.change) == (
        58.95,
        100.0,
        "Cukup",
        1,
        8.95,
    )


def test_no_data_ties_and_coverage(registry: Registry, measures: dict[str, UnitMeasure]) -> None:
    units = _evaluate(registry, measures, MANUAL)
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
    units = _evaluate(
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
        {},
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
    units = _evaluate(registry, {"ksop-a": posted}, [])
    texts = {r.criterion: r.text for r in units["ksop-a"].recommendations}
    assert texts["keterlibatan"].startswith("Ekspor unggahan tidak memuat jangkauan (Reach)")
    assert texts["variasi"].startswith("Format unggahan tidak diketahui")
    assert texts["respons"].startswith("Belum ada data pesan publik")


def test_a_plan_without_any_post_export_is_not_zero_adherence(
    tmp_path: Path, registry: Registry
) -> None:
    # upp-c never imported a post: whether it followed its plan is unknown, not 0 %
    from smrt_cli.plans import Slot, UptPlan, WeekPlan, plan_json

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
        upts=[UptPlan(id="upp-c", capacity_hours=4, planned_hours=1, slots=[slot], shortfalls=[])],
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
    (unit,) = evaluate(registry, OCTOBER, OCTOBER.previous(), got, [], {}, ["upp-c"], "id").upts
    advice = [r.text for r in unit.recommendations]
    assert not any("smrt plan week" in text for text in advice)
    assert any("smrt metrics import" in text for text in advice)


def test_recommended_ideas_are_evergreen() -> None:
    # advice read in June must not point at a Christmas post or a maritime-day greeting
    from smrt_cli.evaluation import producible

    sample = load_registry(BUNDLED_SAMPLE)
    for upt in sample.upts:
        for idea in producible(sample, upt):
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
        conn.execute(
            "INSERT INTO message VALUES ('upp-b', 'instagram', '2026-09-01T01:00:00Z',"
            " '2026-09-01', NULL, 'question', 0, NULL)"
        )
        conn.execute(
            "INSERT INTO message VALUES ('upp-b', 'instagram', '2026-11-01T01:00:00Z',"
            " '2026-11-01', NULL, 'question', 0, NULL)"
        )
        got = measure(conn, registry, OCTOBER, ["ksop-a", "upp-b"])
    finally:
        conn.close()
    assert got["ksop-a"].metrics.hoax_reports_handled == 1
    # upp-b's messages span October without one in it: response data exists, no hoax report
    assert got["upp-b"].metrics.hoax_reports_handled is None
    assert got["upp-b"].evidence.has_message_data


def test_missing_exports_are_asked_for_under_a_criterion_they_feed(registry: Registry) -> None:
    from smrt_cli.evaluation import Evidence, recommendations

    ksop = next(u for u in registry.upts if u.id == "ksop-a")
    no_facebook_target = ksop.model_copy(update={"targets": {"instagram": 3}})

    def asked(upt: object, missing: list[str]) -> list[str]:
        evidence = Evidence(has_post_data=True, missing_exports=missing)
        recs = recommendations(registry, upt, [], [], evidence, "id")  # type: ignore[arg-type]
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
        "unggahan, sehingga kepatuhan pada rencana belum dinilai; susun rencana tiap pekan "
        "dengan `smrt plan week`."
    ]


def test_the_posting_target_counts_only_the_days_the_posts_reach(
    tmp_path: Path, registry: Registry
) -> None:
    from smrt_cli.metrics.measure import covered_days
    from smrt_cli.periods import parse_quarter

    region_store(tmp_path / "smrt.db")
    conn = open_store(tmp_path / "smrt.db", create=False)
    try:
        q4 = parse_quarter("2026-Q4")
        assert covered_days(conn, registry, OCTOBER) is None  # posts on both sides of it
        covered = covered_days(conn, registry, q4)
        assert covered is not None
        assert [d.isoformat() for d in covered] == ["2026-10-01", "2026-11-10"]
        ids = [u.id for u in registry.upts]
        whole = measure(conn, registry, q4, ids)["ksop-a"].metrics.posting_target_share
        part = measure(conn, registry, q4, ids, (), covered)["ksop-a"].metrics.posting_target_share
    finally:
        conn.close()
    assert whole is not None and part is not None
    assert part == pytest.approx(whole * 92 / 41)  # the quarter's 92 days against 41


def test_a_month_whose_exports_came_in_after_it_is_whole(
    tmp_path: Path, registry: Registry
) -> None:
    from smrt_cli.metrics.measure import covered_days

    region_store(tmp_path / "smrt.db")
    conn = open_store(tmp_path / "smrt.db", create=False)
    try:
        november = parse_month("2026-11")
        # the fixture's posts end on 10 November and its exports came in on 1 November
        assert [d.isoformat() for d in covered_days(conn, registry, november) or ()] == [
            "2026-11-01",
            "2026-11-10",
        ]
        with conn:
            batch(conn, "upp-b", "x-content", "2026-12-02T01:00:00Z")
            post(conn, "upp-b", "x", "x-nov", "2026-11-15T03:00:00Z")
        # an export of November taken on 2 December reaches 30 November, posts on that day or not
        assert covered_days(conn, registry, november) is None
        with conn:
            batch(conn, "upp-b", "inbound", "2027-01-05T01:00:00Z")
        # neither that export (no post of December) nor messages say the post exports reach
        # December: no day of it is covered
        december = parse_month("2026-12")
        assert covered_days(conn, registry, december) == (
            december.start,
            december.start - dt.timedelta(days=1),
        )
    finally:
        conn.close()


def _november_region(path: Path) -> sqlite3.Connection:
    """ksop-a and upp-b posted from 2 to 20 November, their exports imported on 21 November."""
    conn = open_store(path)
    with conn:
        for unit in ("ksop-a", "upp-b"):
            batch(conn, unit, imported_at="2026-11-21T01:00:00Z")
            for day in (2, 9, 20):
                post(conn, unit, "instagram", f"{unit}-{day}", f"2026-11-{day:02d}T03:00:00Z")
    return conn


def test_an_old_export_of_one_unit_does_not_reach_into_the_period(
    tmp_path: Path, registry: Registry
) -> None:
    from smrt_cli.metrics.measure import covered_days
    from smrt_cli.periods import parse_quarter

    q4 = parse_quarter("2026-Q4")
    conn = _november_region(tmp_path / "smrt.db")
    try:
        before = covered_days(conn, registry, q4)
        assert before == (dt.date(2026, 11, 2), dt.date(2026, 11, 20))
        ids = [u.id for u in registry.upts]
        share = measure(conn, registry, q4, ids, (), before)["ksop-a"].metrics.posting_target_share
        # ksop-a's export of December 2016, imported today: nothing of it lies in the quarter
        with conn:
            batch(conn, "ksop-a", "x-legacy", "2026-11-27T01:00:00Z")
            post(conn, "ksop-a", "x", "x-2016", "2016-12-05T03:00:00Z")
        after = covered_days(conn, registry, q4)
        assert after == before
        again = measure(conn, registry, q4, ids, (), after)["ksop-a"].metrics.posting_target_share
        assert again == share
    finally:
        conn.close()


def test_an_export_without_posts_of_the_period_does_not_stretch_it(
    tmp_path: Path, registry: Registry
) -> None:
    from smrt_cli.metrics.measure import covered_days

    november = parse_month("2026-11")
    conn = _november_region(tmp_path / "smrt.db")
    try:
        # an August export imported on 27 November says nothing of 21-26 November
        with conn:
            batch(conn, "upp-b", "x-content", "2026-11-27T01:00:00Z")
            post(conn, "upp-b", "x", "x-aug", "2026-08-20T03:00:00Z")
        assert covered_days(conn, registry, november) == (
            dt.date(2026, 11, 2),
            dt.date(2026, 11, 20),
        )
        # a November export imported then does: it reaches the day before it came in
        with conn:
            batch(conn, "upp-b", "x-content", "2026-11-27T02:00:00Z")
            post(conn, "upp-b", "x", "x-nov", "2026-11-12T03:00:00Z")
        assert covered_days(conn, registry, november) == (
            dt.date(2026, 11, 2),
            dt.date(2026, 11, 26),
        )
    finally:
        conn.close()


def test_a_period_without_a_post_is_not_covered_at_all(tmp_path: Path, registry: Registry) -> None:
    from smrt_cli.metrics.measure import covered_days

    october = parse_month("2026-10")
    conn = _november_region(tmp_path / "smrt.db")
    try:
        with conn:
            # upp-b posted in August, more than a month before October; the region's November
            # posts begin on the 2nd: no export shows that it reached into October
            post(conn, "upp-b", "instagram", "upp-b-aug", "2026-08-10T03:00:00Z")
        covered = covered_days(conn, registry, october)
        assert covered is not None and covered[0] > covered[1]
        got = measure(conn, registry, october, [u.id for u in registry.upts], (), covered)
        # no post of the region lies in October: its posting criteria have no data, not zero
        for unit, m in got.items():
            assert m.metrics.posts is None, unit
            assert m.metrics.posting_target_share is None, unit
        result = evaluate(
            registry, october, october.previous(), got, [], {}, ["ksop-a", "upp-b"], "id", covered
        )
    finally:
        conn.close()
    assert result.nothing_covered
    assert (result.covered_from, result.covered_until) == (None, None)
    assert result.json_data()["nothing_covered"] is True


def test_posts_in_the_month_around_a_period_cover_its_quiet_first_and_last_days(
    tmp_path: Path, registry: Registry
) -> None:
    from smrt_cli.metrics.measure import covered_days

    conn = _november_region(tmp_path / "smrt.db")
    try:
        with conn:
            # posts on 25 October and 3 December: the exports ran through November's quiet
            # first day and its last ten days, which count (a unit silent then scores less)
            post(conn, "ksop-a", "instagram", "ksop-a-oct", "2026-10-25T03:00:00Z")
            post(conn, "ksop-a", "instagram", "ksop-a-dec", "2026-12-03T03:00:00Z")
        assert covered_days(conn, registry, parse_month("2026-11")) is None
    finally:
        conn.close()


def test_a_period_between_posts_a_month_either_side_is_a_real_zero(
    tmp_path: Path, registry: Registry
) -> None:
    from smrt_cli.metrics.measure import covered_days
    from smrt_cli.periods import date_range

    conn = _november_region(tmp_path / "smrt.db")
    try:
        with conn:
            post(conn, "ksop-a", "instagram", "ksop-a-oct", "2026-10-25T03:00:00Z")
        # 26 October to 1 November: nobody posted in it, but posts lie days either side
        quiet = date_range(dt.date(2026, 10, 26), dt.date(2026, 11, 1))
        covered = covered_days(conn, registry, quiet)
        assert covered is None
        got = measure(conn, registry, quiet, ["ksop-a"], (), covered)["ksop-a"]
    finally:
        conn.close()
    assert (got.metrics.posts, got.metrics.posting_target_share) == (0, 0.0)
