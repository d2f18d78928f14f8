"""Reply times in office hours and the hoax register, measured by hand on the October fixture.

ksop-a's October messages (WITA, office Monday-Friday 07.30-16.00):
- a question Friday 2 October 09.00, answered 10.00: 1 h, 1 office hour;
- a complaint Saturday 3 October 09.00, answered Sunday 11.00: 26 h, 0 office hours;
- a hoax report Sunday 4 October 09.00, never answered;
- a hoax report Monday 5 October 09.00, answered 12.00: 3 h, 3 office hours.
Median office hours over the replies [1, 0, 3] = 1; answered within one working day 3 of 4.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from smrt_cli.metrics.measure import measure
from smrt_cli.metrics.store import open_store
from smrt_cli.models import Registry
from smrt_cli.registry_file import load_registry
from tests.helpers.evaluation_data import MANUAL, OCTOBER, REGION, evaluate_october, region_store


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(REGION)


def hoax(conn: sqlite3.Connection, detected: str, clarified: str | None, topic: str) -> None:
    conn.execute(
        "INSERT INTO hoax (upt, link, detected_at, local_date, topic, clarified_at)"
        " VALUES ('ksop-a', ?, ?, ?, ?, ?)",
        [f"https://fb.example/{detected}", detected, detected[:10], topic, clarified],
    )


def store(tmp_path: Path, *, register: bool) -> sqlite3.Connection:
    region_store(tmp_path / "smrt.db")
    conn = open_store(tmp_path / "smrt.db", create=False)
    if register:
        # reported by the public at 06.00 WITA on 6 October, found 10.00, clarified 16.00:
        # the clock starts at the report, 10 h, within 24 h
        conn.execute(
            "INSERT INTO message (upt, platform, received_at, local_date, kind, resolved, topic)"
            " VALUES ('ksop-a', 'facebook', '2026-10-05T22:00:00Z', '2026-10-06', 'hoax_report',"
            " 0, 'kapal tenggelam')"
        )
        hoax(conn, "2026-10-06T02:00:00Z", "2026-10-06T08:00:00Z", "kapal tenggelam")
        # 48 h: late
        hoax(conn, "2026-10-10T02:00:00Z", "2026-10-12T02:00:00Z", "tiket gratis")
        # never clarified: not within the target
        hoax(conn, "2026-10-20T02:00:00Z", None, "tarif")
    return conn


def test_office_hours_and_the_share_answered_within_a_working_day(
    tmp_path: Path, registry: Registry
) -> None:
    conn = store(tmp_path, register=False)
    # the complaint closed Tuesday 6 October 10.00: 73 h; Monday 8.5 + Tuesday 2.5 office hours
    conn.execute("UPDATE message SET resolved_at = '2026-10-06T02:00:00Z' WHERE kind = 'complaint'")
    got = measure(conn, registry, OCTOBER, ["ksop-a"], ())["ksop-a"]
    assert got.metrics.median_first_reply_hours == 3.0  # calendar hours, as before
    assert got.metrics.median_first_reply_office_hours == 1.0
    assert got.metrics.replied_within_target_share == 75.0
    rows = {(r.by, r.key): r for r in got.evidence.response_times}
    complaint = rows[("kind", "complaint")]
    assert (complaint.median_hours, complaint.median_office_hours) == (26.0, 0.0)
    assert (complaint.median_resolution_hours, complaint.median_resolution_office_hours) == (
        73.0,
        11.0,
    )
    assert rows[("platform", "instagram")].messages == 4
    # no register: the counter-hoax criterion counts posts (one post -> band 60)
    units = evaluate_october(registry, {"ksop-a": got}, MANUAL)
    hoax_result = next(c for c in units["ksop-a"].criteria if c.id == "kontra-hoaks")
    assert (hoax_result.source, hoax_result.score) == ("counter_hoax_posts", 60)


def test_the_hoax_register_replaces_the_count_of_posts(tmp_path: Path, registry: Registry) -> None:
    conn = store(tmp_path, register=True)
    got = measure(conn, registry, OCTOBER, ["ksop-a"], ())["ksop-a"]
    assert got.metrics.median_hoax_clarification_hours == 29.0  # median of 10 and 48
    assert got.metrics.hoax_clarified_within_target_share == pytest.approx(100 / 3)
    e = got.evidence
    assert (e.hoaxes, e.hoaxes_clarified, e.hoax_reports_linked) == (3, 2, 1)
    units = evaluate_october(registry, {"ksop-a": got}, MANUAL)
    hoax_result = next(c for c in units["ksop-a"].criteria if c.id == "kontra-hoaks")
    assert hoax_result.source == "hoax_clarified_within_target_share"
    assert (hoax_result.value, hoax_result.score, hoax_result.target) == (33.3, 33.3, 100)
