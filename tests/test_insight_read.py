"""The store read behind insights: each measurable post once, its engagement to the bit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smrt_cli.metrics import insight_read
from smrt_cli.metrics.store import open_store
from smrt_cli.periods import date_range
from smrt_cli.registry_file import load_registry
from tests.helpers import paths

PERIOD = date_range(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
# (views, reach, reactions, comments, shares, saves): the engagement the evaluation counts
# (interactions ÷ reach, else ÷ views, × 100), or None where the post is not measurable
COUNTS: list[tuple[tuple[int | None, ...], float | None]] = [
    ((900, 300, 7, 2, None, 1), 10 * 100.0 / 300),
    ((900, 0, 7, None, None, None), 7 * 100.0 / 900),  # no reach: ÷ views
    ((900, None, 0, 0, 0, 0), 0.0),  # zero interactions are a measure
    ((None, None, 7, 1, 1, 1), None),  # nothing to divide by
    ((0, 0, 7, 1, 1, 1), None),
    ((900, 300, None, None, None, None), None),  # the export reported no counts
    ((3, 7, 1, 0, 0, 0), 1 * 100.0 / 7),  # a fraction that does not end
]


def _store(tmp_path: Path, units: list[str]) -> Path:
    """A store of each COUNTS row for every unit, a day and an hour apart, with posts of a
    platform the planner does not know and one day outside the period."""
    db = tmp_path / "smrt.db"
    conn = open_store(db)
    rows = []
    for n in range(len(COUNTS) * len(units)):
        counts, _ = COUNTS[n % len(COUNTS)]
        unit = units[n // len(COUNTS)]
        when = dt.datetime(2026, 9, 30, 16, 5) + dt.timedelta(days=n % 40, hours=n % 24)
        local = (when + dt.timedelta(hours=8)).date().isoformat()
        platform = "friendster" if n % 17 == 0 else "instagram"
        published = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        rows.append((unit, platform, f"p{n}", published, local, "photo", *counts))
    with conn:
        conn.executemany(
            "INSERT INTO post (upt, platform, post_id, published_at, local_date, format, views,"
            " reach, reactions, comments, shares, saves) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    conn.close()
    return db


def _expected(units: list[str]) -> list[tuple[int, float, int]]:
    """(rowid, engagement, local day) of each measurable post of the period, by rowid."""
    out = []
    for n in range(len(COUNTS) * len(units)):
        _, er = COUNTS[n % len(COUNTS)]
        when = dt.datetime(2026, 9, 30, 16, 5) + dt.timedelta(days=n % 40, hours=n % 24)
        local = (when + dt.timedelta(hours=8)).date()
        if er is not None and n % 17 and PERIOD.start <= local <= PERIOD.end:
            out.append((n + 1, er, local.toordinal()))
    return out


@pytest.mark.parametrize("chunk", [1 << 20, 1, 5, 6])
def test_each_measurable_post_once_with_the_evaluations_engagement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    registry = load_registry(paths.SAMPLE)
    units = [u.id for u in registry.upts][:4]
    conn = open_store(_store(tmp_path, units), create=False)
    monkeypatch.setattr(insight_read, "_CHUNK_ROWIDS", chunk)  # one statement per few rows
    cols = insight_read.insight_columns(conn, registry, PERIOD.start, PERIOD.end)
    found = list(zip(cols.ref.tolist(), cols.er.tolist(), cols.day.tolist(), strict=True))
    assert found == _expected(units)
    # the UTC minutes and the unit's offset (WITA, WIT or WIB) give each post's local hour
    offsets = {u.id: registry.unit_timezone(u) for u in registry.upts}
    for ref, unit, hour in zip(
        cols.ref.tolist(), cols.unit.tolist(), cols.hour.tolist(), strict=True
    ):
        n = ref - 1
        utc = (16 + n % 24) % 24
        zone = offsets[cols.upts[unit]]
        shift = {"Asia/Makassar": 8, "Asia/Jayapura": 9, "Asia/Jakarta": 7}[zone]
        assert hour == (utc + shift) % 24
    conn.close()


def test_the_rows_of_a_few_units_are_theirs_alone(tmp_path: Path) -> None:
    registry = load_registry(paths.SAMPLE)
    units = [u.id for u in registry.upts][:4]
    conn = open_store(_store(tmp_path, units), create=False)
    names = insight_read._names(registry, PERIOD)
    whole = insight_read._read_table(conn, names, PERIOD.start, PERIOD.end)
    few = insight_read._read_table(conn, names, PERIOD.start, PERIOD.end, units[1:3])
    mine = whole[[names[0][u] in units[1:3] for u in insight_read._unit_of(whole).tolist()]]
    theirs = [r for r in _expected(units) if (r[0] - 1) // len(COUNTS) in (1, 2)]
    assert sorted(few[:, 3].astype(int).tolist()) == [r[0] for r in theirs] != []
    assert sorted(map(tuple, few.tolist())) == sorted(map(tuple, mine.tolist()))
    conn.close()


def test_the_last_post_day_is_the_latest_of_any_unit_and_platform(tmp_path: Path) -> None:
    units = ["b-unit", "a-unit", "c-unit"]
    conn = open_store(_store(tmp_path, units), create=False)
    # a later post of one unit on a platform only it uses, and an earlier one of another
    with conn:
        for unit, platform, day in (("a-unit", "zz", "2026-12-24"), ("c-unit", "aa", "2026-01-02")):
            conn.execute(
                "INSERT INTO post (upt, platform, post_id, published_at, local_date)"
                " VALUES (?, ?, 'late', '2026-01-01T00:00:00Z', ?)",
                [unit, platform, day],
            )

    def naive(before: dt.date | None) -> dt.date | None:
        sql, args = "SELECT MAX(local_date) FROM post", []
        if before is not None:
            sql, args = sql + " WHERE local_date < ?", [before.isoformat()]
        (day,) = conn.execute(sql, args).fetchone()
        return None if day is None else dt.date.fromisoformat(day)

    assert insight_read.last_post_day(conn) == dt.date(2026, 12, 24) == naive(None)
    for before in (dt.date(2026, 1, 2), dt.date(2026, 1, 3), dt.date(2026, 10, 20), None):
        assert insight_read.last_post_day(conn, before) == naive(before)
    assert insight_read.last_post_day(conn, dt.date(2026, 1, 2)) is None
    assert insight_read.last_post_day(conn, dt.date(2026, 10, 20)) == dt.date(2026, 10, 19)
    conn.close()
    empty = open_store(tmp_path / "empty.db")
    assert insight_read.last_post_day(empty) is None
    assert insight_read.last_post_day(empty, dt.date(2026, 1, 1)) is None
    empty.close()
