"""Test data for the evaluation: a store filled by direct INSERTs into the v1 tables, and plans."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zoneinfo
from pathlib import Path

from smrt_cli.evaluation import (
    RegionEvaluation,
    UnitEvaluation,
    UnitMeasure,
    evaluate,
)
from smrt_cli.metrics.store import open_store
from smrt_cli.models import Registry
from smrt_cli.periods import parse_month
from smrt_cli.plan_file import Slot, UnitPlan, WeekPlan, plan_json
from smrt_cli.scores import ScoreEntry
from tests.helpers import paths

FIXTURES = paths.FIXTURES
REGION = FIXTURES / "eval-region.yaml"
WITA = zoneinfo.ZoneInfo("Asia/Makassar")


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def local_day(moment: str) -> str:
    """The unit's local day, as the importer fixes it (every fixture unit is in WITA)."""
    return utc(moment).astimezone(WITA).date().isoformat()


def batch(
    conn: sqlite3.Connection,
    unit: str,
    fmt: str = "meta-instagram-posts",
    imported_at: str = "2026-11-01T00:00:00Z",
) -> int:
    cur = conn.execute(
        "INSERT INTO import_batch (file_name, sha256, format, upt, row_count, imported_at)"
        " VALUES (?, ?, ?, ?, 0, ?)",
        [f"{unit}.csv", f"sha-{unit}-{fmt}-{imported_at}", fmt, unit, imported_at],
    )
    return int(cur.lastrowid or 0)


def post(
    conn: sqlite3.Connection,
    unit: str,
    platform: str,
    post_id: str,
    published_at: str,
    *,
    format: str | None = "photo",
    reach: int | None = None,
    views: int | None = None,
    reactions: int | None = None,
    comments: int | None = None,
    shares: int | None = None,
    saves: int | None = None,
    pillar: str | None = None,
    idea_id: str | None = None,
    text: str = "",
) -> None:
    # Each post belongs to its unit's latest import, as an imported post does (or to none).
    conn.execute(
        "INSERT INTO post (upt, platform, post_id, published_at, local_date, format, permalink,"
        " text, views, reach, reactions, comments, shares, saves, clicks, idea_id, pillar,"
        " batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?,"
        " (SELECT max(id) FROM import_batch WHERE upt = ?1))",
        [
            unit,
            platform,
            post_id,
            published_at,
            local_day(published_at),
            format,
            f"https://example.org/{platform}/{post_id}",
            text or f"Unggahan {post_id}",
            views,
            reach,
            reactions,
            comments,
            shares,
            saves,
            idea_id,
            pillar,
        ],
    )


def message(
    conn: sqlite3.Connection,
    unit: str,
    received_at: str,
    first_reply_at: str | None,
    kind: str = "question",
    resolved: bool = False,
    platform: str = "instagram",
) -> None:
    conn.execute(
        "INSERT INTO message (upt, platform, received_at, local_date, first_reply_at, kind,"
        " resolved) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [unit, platform, received_at, local_day(received_at), first_reply_at, kind, int(resolved)],
    )


def cover(
    conn: sqlite3.Connection,
    unit: str,
    platform: str,
    first: str,
    last: str,
    data: str = "posts",
) -> None:
    """Record that the unit's latest import covers these local days, as an import does."""
    conn.execute(
        "INSERT INTO coverage (batch_id, upt, platform, data, first_day, last_day, source)"
        " VALUES ((SELECT max(id) FROM import_batch WHERE upt = ?1), ?1, ?2, ?3, ?4, ?5, 'rows')",
        [unit, platform, data, first, last],
    )


def account_day(
    conn: sqlite3.Connection,
    unit: str,
    platform: str,
    day: str,
    followers: int | None = None,
    new_followers: int | None = None,
) -> None:
    conn.execute(
        "INSERT INTO account_day (upt, platform, day, followers, new_followers)"
        " VALUES (?, ?, ?, ?, ?)",
        [unit, platform, day, followers, new_followers],
    )


def region_store(path: Path) -> None:
    """The hand-computed October 2026 data of the tests (see tests/test_evaluation.py)."""
    conn = open_store(path)
    batch(conn, "ksop-a")
    # 1: reel, 50 interactions over reach 1000
    post(
        conn,
        "ksop-a",
        "instagram",
        "p1",
        "2026-10-05T02:00:00Z",
        format="reel",
        reach=1000,
        reactions=40,
        comments=5,
        shares=3,
        saves=2,
        pillar="layanan",
        text="Cara | mengurus\nbuku pelaut",
    )
    # 17:30 UTC on 31 October is 01:30 WITA on 1 November: not October
    post(
        conn,
        "ksop-a",
        "instagram",
        "p2",
        "2026-10-31T17:30:00Z",
        reach=500,
        reactions=10,
        pillar="layanan",
    )
    # 16:30 UTC on 30 September is 00:30 WITA on 1 October: October
    post(
        conn,
        "ksop-a",
        "facebook",
        "p3",
        "2026-09-30T16:30:00Z",
        reach=300,
        reactions=6,
        comments=0,
        shares=0,
        pillar="kontra-hoaks",
    )
    post(
        conn,
        "ksop-a",
        "facebook",
        "p4",
        "2026-10-10T03:00:00Z",
        format="carousel",
        views=800,
        reactions=20,
        pillar="humanis",
    )
    post(
        conn, "ksop-a", "instagram", "p5", "2026-10-20T03:00:00Z", reach=700, reactions=14, saves=0
    )
    # replies after 1 h, 26 h, never (a hoax report) and 3 h (a hoax report)
    message(conn, "ksop-a", "2026-10-02T01:00:00Z", "2026-10-02T02:00:00Z")
    message(conn, "ksop-a", "2026-10-03T01:00:00Z", "2026-10-04T03:00:00Z", kind="complaint")
    message(conn, "ksop-a", "2026-10-04T01:00:00Z", None, kind="hoax_report")
    message(conn, "ksop-a", "2026-10-05T01:00:00Z", "2026-10-05T04:00:00Z", kind="hoax_report")
    account_day(conn, "ksop-a", "instagram", "2026-10-01", followers=1000)
    account_day(conn, "ksop-a", "instagram", "2026-10-31", followers=1030)
    # ksop-a's exports cover October and 1 November on both platforms (its last post's
    # day), its message log and account October
    for platform in ("instagram", "facebook"):
        cover(conn, "ksop-a", platform, "2026-10-01", "2026-11-01")
    cover(conn, "ksop-a", "*", "2026-10-01", "2026-10-31", "inbound")
    cover(conn, "ksop-a", "instagram", "2026-10-01", "2026-10-31", "account")
    # upp-b and upp-d imported exports that run from September into November but posted
    # nothing in October: a measured zero
    for unit in ("upp-b", "upp-d"):
        batch(conn, unit)
        post(conn, unit, "instagram", f"{unit}-sep", "2026-09-10T03:00:00Z", reach=100, reactions=5)
        post(conn, unit, "instagram", f"{unit}-nov", "2026-11-10T03:00:00Z", reach=100, reactions=5)
        cover(conn, unit, "instagram", "2026-09-01", "2026-11-30")
    account_day(conn, "upp-b", "instagram", "2026-10-15", new_followers=6)
    cover(conn, "upp-b", "instagram", "2026-10-15", "2026-10-15", "account")
    # upp-c has never imported anything: no data
    conn.close()


def write_plan(root: Path) -> None:
    """Weeks 41 and 43 plan five October slots for ksop-a; week 40 one in September."""

    def slot(day: str, platform: str, idea: str, pillar: str) -> Slot:
        return Slot(
            date=dt.date.fromisoformat(day),
            time="09:00",
            platform=platform,
            format="photo",
            idea_id=idea,
            pillar=pillar,
            effort_hours=1,
            owner="Operator",
            reason="test",
        )

    weeks = {
        "2026-W40": (
            dt.date(2026, 9, 28),
            [slot("2026-09-29", "instagram", "buku-pelaut", "layanan")],
        ),
        "2026-W41": (
            dt.date(2026, 10, 5),
            [
                slot("2026-10-06", "instagram", "buku-pelaut", "layanan"),
                slot("2026-10-08", "facebook", "cuaca", "keselamatan"),
                slot("2026-10-09", "facebook", "reel-staf", "humanis"),
            ],
        ),
        # no post near them: missed (five slots in all, one week of ksop-a's targets)
        "2026-W43": (
            dt.date(2026, 10, 19),
            [
                slot("2026-10-20", "instagram", "buku-pelaut", "layanan"),
                slot("2026-10-21", "facebook", "cuaca", "keselamatan"),
            ],
        ),
    }
    for week, (monday, slots) in weeks.items():
        plan = WeekPlan(
            week=week,
            start=monday,
            end=monday + dt.timedelta(days=6),
            language="id",
            events=[],
            upts=[
                UnitPlan(id="ksop-a", capacity_hours=6, planned_hours=3, slots=slots, shortfalls=[])
            ],
        )
        folder = root / "plans" / week
        folder.mkdir(parents=True)
        (folder / "plan.json").write_text(plan_json(plan), encoding="utf-8")


OCTOBER = parse_month("2026-10")


def evaluate_october(
    registry: Registry, measures: dict[str, UnitMeasure], manual: list[ScoreEntry]
) -> dict[str, UnitEvaluation]:
    result = evaluate(
        registry,
        OCTOBER,
        OCTOBER.previous(),
        measures,
        manual,
        previous_evaluation({"ksop-a": 50.0}),
        [u.id for u in registry.upts],
        "id",
    )
    return {u.id: u for u in result.upts}


def previous_evaluation(
    scores: dict[str, float],
    covered_days: int = 30,
    platforms: tuple[str, ...] = ("facebook", "instagram"),
) -> RegionEvaluation:
    """September's evaluation as the change column reads it: a score and its coverage."""
    september = OCTOBER.previous()
    return RegionEvaluation(
        period=september,
        previous_period=september.previous(),
        upts=[
            UnitEvaluation(
                id=unit,
                score=score,
                covered_days=covered_days,
                period_days=30,
                covered_platforms=list(platforms),
            )
            for unit, score in scores.items()
        ],
    )


MANUAL = [ScoreEntry(upt="ksop-a", criterion="pimpinan", score=3, evidence="ok", assessor="Humas")]
