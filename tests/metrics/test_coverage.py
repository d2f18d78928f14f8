"""Recorded coverage end to end: what each import covers, and scores no unit can dispute.

Every expected value is worked out by hand in the comment beside it. The registry is the
minimal one with UPP B given an X account (3 posts a week beside Instagram's 2), as UPP
Tahuna sent only its X export.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from smrt_cli.cli import app
from smrt_cli.metrics.coverage import merge, name_range
from tests.helpers import paths

FIXTURES = paths.FIXTURES
EXPORTS = FIXTURES / "exports"
runner = CliRunner()

X_CONTENT_HEADER = (
    "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,"
    "New follows,Replies,Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,"
    "Permalink Clicks"
)


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    source = (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")
    old_accounts = "      instagram: {handle: upp.b, followers: 300}\n"
    assert old_accounts in source and "targets: {instagram: 2}" in source
    source = source.replace(
        old_accounts, old_accounts + "      x: {handle: upp_b, followers: 500}\n"
    ).replace("targets: {instagram: 2}", "targets: {instagram: 2, x: 3}")
    times = '    facebook: ["10:00"]\n'
    assert times in source
    source = source.replace(times, times + '    x: ["12:00"]\n')
    path = tmp_path / "upt.yaml"
    path.write_text(source, encoding="utf-8")
    return path


def smrt(ws: Path, registry: Path, *args: str, epoch: str = "1798675200") -> Result:
    result = runner.invoke(
        app,
        ["--workspace", str(ws), "--data", str(registry), *args],
        env={"SOURCE_DATE_EPOCH": epoch, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    assert "Traceback" not in result.output, result.output
    return result


def db(ws: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(ws / "smrt.db") as conn:
        return conn.execute(sql).fetchall()


def x_export(folder: Path, name: str, days: list[str]) -> Path:
    """An X content export with one post on each day ('Sat, Oct 31, 2026')."""
    rows = [
        f'99{n:04d},"{day}",Post {n},https://x.com/upp_b/status/99{n:04d},100,4,6,1,1,0,1,0,'
        "0,0,0,0,0"
        for n, day in enumerate(days)
    ]
    path = folder / name
    path.write_text("\n".join([X_CONTENT_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        # X's legacy name: the second day is the day after the last
        ("tweet_activity_metrics_rOpenSci_20211101_20211201_en.csv", "x-legacy",
         ("2021-11-01", "2021-11-30")),
        ("x-content_maurojpelle-2026-05-25-to-2026-08-22.csv", "x-content",
         ("2026-05-25", "2026-08-22")),
        # Meta Business Suite
        ("Oct-01-2026_Dec-31-2026_1234567890123456.csv", "meta-facebook",
         ("2026-10-01", "2026-12-31")),
        # YouTube Studio: the range is in the folder its zip unpacks to
        ("Content 2026-10-01_2026-10-31 KSOP A/Table data.csv", "youtube",
         ("2026-10-01", "2026-10-31")),
        ("Facebook posts.csv", "meta-facebook", None),
        ("posts_2026-10-31_2026-10-01.csv", "canonical", None),  # runs backwards
        ("posts_2026-02-30_2026-03-01.csv", "canonical", None),  # no such day
    ],
)  # fmt: skip
def test_the_file_name_says_what_it_covers(
    name: str, fmt: str, expected: tuple[str, str] | None
) -> None:
    got = name_range(name, fmt)
    assert (None if got is None else (got[0].isoformat(), got[1].isoformat())) == expected


def test_spans_merge_where_they_touch() -> None:
    d = dt.date
    assert merge(
        [(d(2026, 10, 16), d(2026, 10, 31)), (d(2026, 10, 1), d(2026, 10, 15)),
         (d(2026, 12, 1), d(2026, 12, 2))]
    ) == [(d(2026, 10, 1), d(2026, 10, 31)), (d(2026, 12, 1), d(2026, 12, 2))]  # fmt: skip


def test_a_unit_with_only_an_x_export_is_scored_on_x_alone(tmp_path: Path, registry: Path) -> None:
    export = x_export(tmp_path, "x-content_2026-10-01-to-2026-10-31.csv", [
        "Thu, Oct 1, 2026", "Mon, Oct 12, 2026", "Sat, Oct 31, 2026"])  # fmt: skip
    result = smrt(tmp_path, registry, "metrics", "import", "--upt", "upp-b", str(export))
    assert result.exit_code == 0, result.stderr
    assert db(
        tmp_path, "SELECT upt, platform, data, first_day, last_day, source FROM coverage"
    ) == [("upp-b", "x", "posts", "2026-10-01", "2026-10-31", "name")]
    result = smrt(tmp_path, registry, "evaluate", "upt", "upp-b", "--period", "2026-10", "--json")
    (unit,) = json.loads(result.stdout)["upts"]
    # 3 posts against X's 3 a week over 31 days (13.29): 22.58 %, shown and scored 22.6;
    # Instagram's 2 a week have no export: left out, never counted as zero posts
    konsistensi = unit["criteria"][0]
    assert (konsistensi["value"], konsistensi["score"], konsistensi["data_share"]) == (
        22.6,
        22.6,
        0.6,  # X's 3 of the 5 weekly posts have an export
    )
    # konsistensi weighs 60 * 0.6 = 36 of 100; pimpinan (40) has no score
    assert (unit["score"], unit["coverage"]) == (22.6, 36.0)
    assert unit["evidence"]["missing_exports"] == ["instagram"]
    assert (unit["covered_days"], unit["period_days"]) == (31, 31)
    # the meeting's report says what the value rests on
    assert smrt(tmp_path, registry, "evaluate", "upt", "--period", "2026-10").exit_code == 0
    report = smrt(tmp_path, registry, "export", "report", "--period", "2026-10", "--format",
                  "md", "-o", "-").stdout  # fmt: skip
    assert (
        "| Konsistensi | 22,6% (60% target mingguan punya ekspor; bobot kriteria dihitung"
        " sebesar itu) | 22,6 | 60 |"
    ) in report


def test_from_to_states_the_range_and_every_row_must_lie_in_it(
    tmp_path: Path, registry: Path
) -> None:
    export = x_export(tmp_path, "x.csv", ["Thu, Oct 1, 2026", "Sun, Nov 1, 2026"])
    args = ["metrics", "import", "--upt", "upp-b", "--from", "2026-10-01", "--to", "2026-10-31"]
    result = smrt(tmp_path, registry, *args, str(export))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {export}:3: the row's day 2026-11-01 lies outside --from 2026-10-01 --to"
        " 2026-10-31 — widen the range to what the export covers, or leave it out\n"
    )
    assert db(tmp_path, "SELECT count(*) FROM post") == [(0,)]
    wide = ["metrics", "import", "--upt", "upp-b", "--from", "2026-09-01", "--to", "2026-11-30"]
    assert smrt(tmp_path, registry, *wide, str(export)).exit_code == 0
    # the stated range wins over the rows' own first and last day
    assert db(tmp_path, "SELECT first_day, last_day, source FROM coverage") == [
        ("2026-09-01", "2026-11-30", "explicit")
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-10-01"], "--from and --to go together: give both days the export covers"),
        (["--from", "2026-10-31", "--to", "2026-10-01"], "--from 2026-10-31 is after --to 2026-10-01 — swap them"),
        (["--from", "1 Oct", "--to", "2026-10-31"], '--from: "1 Oct" is not a day — write YYYY-MM-DD'),
    ],
)  # fmt: skip
def test_a_bad_stated_range_is_refused(
    tmp_path: Path, registry: Path, args: list[str], message: str
) -> None:
    export = x_export(tmp_path, "x.csv", ["Thu, Oct 1, 2026"])
    result = smrt(tmp_path, registry, "metrics", "import", "--upt", "upp-b", *args, str(export))
    assert (result.exit_code, result.stderr) == (2, f"error: {message}\n")


def test_coverage_command_shows_each_unit_and_platform(tmp_path: Path, registry: Path) -> None:
    x = x_export(tmp_path, "x-content_2026-10-01-to-2026-10-31.csv", ["Thu, Oct 1, 2026"])
    assert smrt(tmp_path, registry, "metrics", "import", "--upt", "upp-b", str(x)).exit_code == 0
    ig = EXPORTS / "meta_instagram.csv"  # posts on 1-3 November: its rows' days
    assert smrt(tmp_path, registry, "metrics", "import", "--upt", "ksop-a", str(ig)).exit_code == 0
    inbound = EXPORTS / "inbound.csv"
    assert smrt(tmp_path, registry, "metrics", "import", str(inbound)).exit_code == 0
    result = smrt(tmp_path, registry, "metrics", "coverage", "--period", "2026-Q4", "--json")
    assert json.loads(result.stdout) == [
        {"upt": "ksop-a", "platform": "instagram", "data": "posts", "days": 3,
         "period_days": 92, "spans": [{"from": "2026-11-01", "to": "2026-11-03"}]},
        {"upt": "ksop-a", "platform": "inbound", "data": "inbound", "days": 2,
         "period_days": 92, "spans": [{"from": "2026-11-01", "to": "2026-11-02"}]},
        {"upt": "upp-b", "platform": "x", "data": "posts", "days": 31,
         "period_days": 92, "spans": [{"from": "2026-10-01", "to": "2026-10-31"}]},
        {"upt": "upp-b", "platform": "inbound", "data": "inbound", "days": 1,
         "period_days": 92, "spans": [{"from": "2026-11-03", "to": "2026-11-03"}]},
    ]  # fmt: skip
    table = smrt(tmp_path, registry, "metrics", "coverage", "--period", "2026-10").stdout
    lines = [line for line in table.splitlines() if "upp-b" in line]
    assert len(lines) == 1 and "31/31" in lines[0] and "2026-10-01 – 2026-10-31" in lines[0]


def test_importing_one_unit_leaves_every_other_units_json_byte_identical(
    tmp_path: Path, registry: Path
) -> None:
    ig = EXPORTS / "meta_instagram.csv"
    assert smrt(tmp_path, registry, "metrics", "import", "--upt", "ksop-a", str(ig)).exit_code == 0

    def units(period: str) -> dict[str, str]:
        out = smrt(tmp_path, registry, "evaluate", "upt", "--period", period, "--json").stdout
        return {u["id"]: json.dumps(u, sort_keys=True) for u in json.loads(out)["upts"]}

    before = {p: units(p) for p in ("2026-09", "2026-11")}
    # UPP B's May-August X export, imported later
    may_aug = x_export(tmp_path, "x-content_2026-05-25-to-2026-08-22.csv", [
        "Mon, May 25, 2026", "Sat, Aug 22, 2026"])  # fmt: skip
    assert (
        smrt(tmp_path, registry, "metrics", "import", "--upt", "upp-b", str(may_aug)).exit_code == 0
    )
    for period in ("2026-09", "2026-11"):
        after = units(period)
        assert after["ksop-a"] == before[period]["ksop-a"]
        # no export of UPP B covers September or November: no data, never 0,0
        assert json.loads(after["upp-b"])["score"] is None


def test_the_import_date_changes_no_evaluation(tmp_path: Path, registry: Path) -> None:
    outputs = []
    for epoch in ("1793836800", "1796342400"):  # 5 November and 4 December 2026
        ws = tmp_path / epoch
        ws.mkdir()
        for name in ("meta_instagram.csv", "x_content.csv"):
            shutil.copy(EXPORTS / name, ws / name)
        args = ["metrics", "import", "--upt", "ksop-a", str(ws / "meta_instagram.csv")]
        assert smrt(ws, registry, *args, epoch=epoch).exit_code == 0
        result = smrt(ws, registry, "evaluate", "upt", "--quarter", "2026-Q4", "--json")
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


def test_two_messages_in_the_same_minute_stay_two(tmp_path: Path, registry: Path) -> None:
    log = tmp_path / "inbound.csv"
    header = "upt,received_at,first_reply_at,platform,kind,resolved\n"
    # two questions at 08:00 on Instagram: the first answered at 09:30, the second not yet
    log.write_text(
        header + "ksop-a,2026-11-02T08:00+08:00,2026-11-02T09:30+08:00,instagram,question,no\n"
        "ksop-a,2026-11-02T08:00+08:00,,instagram,question,no\n",
        encoding="utf-8",
    )
    first = smrt(tmp_path, registry, "metrics", "import", str(log))
    assert first.stderr.endswith("2 rows — 2 new, 0 updated, 0 unchanged\n")
    again = smrt(tmp_path, registry, "metrics", "import", str(log))
    assert again.stderr.endswith("2 rows — 0 new, 0 updated, 2 unchanged\n")
    assert db(tmp_path, "SELECT first_reply_at FROM message ORDER BY message_key") == [
        ("2026-11-02T01:30:00Z",),
        (None,),
    ]
    result = smrt(tmp_path, registry, "evaluate", "upt", "ksop-a", "--period", "2026-11", "--json")
    (unit,) = json.loads(result.stdout)["upts"]
    # one reply after 1.5 hours; one of the two messages answered within 24 hours: 50 %
    assert unit["metrics"]["median_first_reply_hours"] == 1.5
    assert unit["metrics"]["replied_within_24h_share"] == 50.0
    assert unit["evidence"]["messages"] == 2


def test_message_ids_keep_messages_apart_and_find_them_again(
    tmp_path: Path, registry: Path
) -> None:
    log = tmp_path / "inbound.csv"
    header = "upt,message_id,received_at,first_reply_at,platform,kind,resolved\n"
    log.write_text(
        header + "ksop-a,m1,2026-11-02T08:00+08:00,,instagram,question,no\n"
        "ksop-a,m2,2026-11-02T08:00+08:00,,instagram,question,no\n",
        encoding="utf-8",
    )
    assert smrt(tmp_path, registry, "metrics", "import", str(log)).exit_code == 0
    # the later log answers m2 only: m2 is updated, m1 stays unanswered
    log.write_text(
        header + "ksop-a,m2,2026-11-02T08:00+08:00,2026-11-02T10:00+08:00,instagram,question,no\n",
        encoding="utf-8",
    )
    later = smrt(tmp_path, registry, "metrics", "import", str(log))
    assert later.stderr.endswith("1 rows — 0 new, 1 updated, 0 unchanged\n")
    assert db(tmp_path, "SELECT message_key, first_reply_at FROM message ORDER BY 1") == [
        ("id:m1", None),
        ("id:m2", "2026-11-02T02:00:00Z"),
    ]


def test_youtube_interactions_are_not_reported_not_zero(tmp_path: Path, registry: Path) -> None:
    table = EXPORTS / "youtube_table_data.csv"
    args = ["metrics", "import", "--upt", "ksop-a", "--from", "2026-09-01", "--to", "2026-10-31"]
    assert smrt(tmp_path, registry, *args, str(table)).exit_code == 0
    assert db(
        tmp_path, "SELECT views, reactions, comments, shares, saves FROM post ORDER BY 1"
    ) == [
        (2200, None, None, None, None),
        (3000, None, None, None, None),
    ]
    result = smrt(tmp_path, registry, "evaluate", "upt", "ksop-a", "--period", "2026-10", "--json")
    (unit,) = json.loads(result.stdout)["upts"]
    assert unit["metrics"]["posts"] == 1
    assert unit["metrics"]["interactions"] is None
    # a video is not the weakest post for likes its table does not carry
    assert unit["evidence"]["best_posts"] == unit["evidence"]["weakest_posts"] == []
    # views are views: `metrics show` says so, not "impressions"
    shown = json.loads(smrt(tmp_path, registry, "metrics", "show", "--json").stdout)
    assert shown[0]["views"] == 2200 and "impressions" not in shown[0]
    assert shown[0]["interactions"] is None


def test_a_store_of_the_previous_release_moves_over_without_losing_a_row(tmp_path: Path) -> None:
    from smrt_cli.metrics import store

    path = tmp_path / "smrt.db"
    old = sqlite3.connect(path)
    # the store as the release before coverage made it: its migrations, and no more
    for number, script in enumerate(store.MIGRATIONS[: store.COVERAGE_SCHEMA - 1], start=1):
        old.executescript(script)
        old.execute(f"PRAGMA user_version = {number}")
    old.executescript(
        """
        INSERT INTO import_batch VALUES
            (1, 'tweet_activity_metrics_ksop_20261001_20261101_en.csv', 's1', 'x-legacy',
             'ksop-a', 2, '2026-11-05T00:00:00Z'),
            (2, 'Facebook posts.csv', 's2', 'meta-facebook', 'ksop-a', 2, '2026-11-05T00:00:00Z'),
            (3, 'inbound.csv', 's3', 'inbound', NULL, 2, '2026-11-05T00:00:00Z'),
            (4, 'Overview.csv', 's4', 'tiktok-overview', 'upp-b', 1, '2026-11-05T00:00:00Z');
        INSERT INTO post (upt, platform, post_id, published_at, local_date, text, batch_id)
            VALUES ('ksop-a', 'x', 't1', '2026-10-03T01:00:00Z', '2026-10-03', '', 1),
                   ('ksop-a', 'x', 't2', '2026-10-20T01:00:00Z', '2026-10-20', '', 1),
                   ('ksop-a', 'facebook', 'f1', '2026-10-04T01:00:00Z', '2026-10-04', '', 2),
                   ('ksop-a', 'facebook', 'f2', '2026-10-09T01:00:00Z', '2026-10-09', '', 2);
        INSERT INTO message (upt, platform, received_at, local_date, first_reply_at, kind,
                             resolved, batch_id)
            VALUES ('ksop-a', 'instagram', '2026-10-02T00:00:00Z', '2026-10-02', NULL,
                    'question', 0, 3),
                   ('ksop-a', 'instagram', '2026-10-02T00:00:00Z', '2026-10-02', NULL,
                    'complaint', 0, 3);
        INSERT INTO account_day (upt, platform, day, views, batch_id)
            VALUES ('upp-b', 'tiktok', '2026-10-07', 5, 4);
        """
    )
    old.commit()
    old.close()
    conn = store.open_store(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (store.SCHEMA_VERSION,)
        counts = [
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("import_batch", "post", "message", "account_day")
        ]
        assert counts == [4, 4, 2, 1]
        assert conn.execute(
            "SELECT batch_id, upt, platform, data, first_day, last_day, source FROM coverage"
            " ORDER BY batch_id"
        ).fetchall() == [
            # the X file's name says October (its second day is the day after)
            (1, "ksop-a", "x", "posts", "2026-10-01", "2026-10-31", "migrated"),
            # no range in the name: the rows' first and last day
            (2, "ksop-a", "facebook", "posts", "2026-10-04", "2026-10-09", "migrated"),
            (3, "ksop-a", "*", "inbound", "2026-10-02", "2026-10-02", "migrated"),
            (4, "upp-b", "tiktok", "account", "2026-10-07", "2026-10-07", "migrated"),
        ]
        assert conn.execute("SELECT message_key FROM message ORDER BY 1").fetchall() == [
            ("2026-10-02T00:00:00Z|complaint|#1",),
            ("2026-10-02T00:00:00Z|question|#1",),
        ]
    finally:
        conn.close()


@pytest.fixture
def growth_registry(registry: Path) -> Path:
    """The test registry with a follower-growth criterion (10 of konsistensi's 60)."""
    source = registry.read_text(encoding="utf-8")
    old = "    weight: 60\n    source: posting_target_share\n"
    assert old in source
    source = source.replace(old, "    weight: 50\n    source: posting_target_share\n").replace(
        "criteria:\n",
        "criteria:\n  - id: tumbuh\n    name: Pertumbuhan pengikut\n    weight: 10\n"
        "    source: follower_growth\n    target: 5\n    description: Pengikut baru.\n",
    )
    path = registry.with_name("growth.yaml")
    path.write_text(source, encoding="utf-8")
    return path


def test_follower_growth_from_the_account_sheet_not_the_posts_floor(
    tmp_path: Path, growth_registry: Path
) -> None:
    posts = x_export(tmp_path, "x-content_2026-10-01-to-2026-10-31.csv", ["Thu, Oct 1, 2026"])
    daily = tmp_path / "daily_tweet_activity_metrics_uppb_20261001_20261101_en.csv"
    daily.write_text(
        '"Date","Tweets published","impressions","engagements","retweets","replies","likes",'
        '"user profile clicks","follows"\n'
        '"2026-10-01","1","100.0","6.0","0.0","1.0","4.0","2.0","10.0"\n'
        '"2026-10-02","0","50.0","1.0","0.0","0.0","1.0","0.0","5.0"\n',
        encoding="utf-8",
    )
    args = ["metrics", "import", "--upt", "upp-b", str(posts), str(daily)]
    result = smrt(tmp_path, growth_registry, *args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[1] == (
        f"{daily}: x-legacy-daily, upp-b: 2 rows — 2 new, 0 updated, 0 unchanged"
    )
    assert db(tmp_path, "SELECT platform, data, first_day, last_day FROM coverage ORDER BY 2") == [
        ("x", "account", "2026-10-01", "2026-10-31"),
        ("x", "posts", "2026-10-01", "2026-10-31"),
    ]
    out = smrt(tmp_path, growth_registry, "evaluate", "upt", "upp-b", "--period", "2026-10",
               "--json").stdout  # fmt: skip
    (unit,) = json.loads(out)["upts"]
    # 10 + 5 new followers over the registry's 500 on X: 3.0 %; the posts' own follows (0)
    # are not used when the account's figures are there
    assert unit["metrics"]["follower_growth"] == 3.0
    assert unit["evidence"]["follower_growth_basis"] == "new_followers"


def test_the_posts_follows_are_a_floor_and_the_scorecard_says_so(
    tmp_path: Path, growth_registry: Path
) -> None:
    posts = tmp_path / "x-content_2026-10-01-to-2026-10-31.csv"
    # one post that brought 20 follows (the "New follows" column)
    posts.write_text(
        X_CONTENT_HEADER + "\n"
        '1,"Thu, Oct 1, 2026",Halo,https://x.com/upp_b/status/1,100,4,6,1,1,20,1,0,0,0,0,0,0\n',
        encoding="utf-8",
    )
    assert (
        smrt(tmp_path, growth_registry, "metrics", "import", "--upt", "upp-b", str(posts)).exit_code
        == 0
    )
    assert smrt(tmp_path, growth_registry, "evaluate", "upt", "--period", "2026-10").exit_code == 0
    data = json.loads((tmp_path / "evaluations" / "2026-10" / "evaluation.json").read_text())
    unit = next(u for u in data["upts"] if u["id"] == "upp-b")
    # 20 follows over the registry's 500 on X: 4.0 %, a floor
    assert unit["metrics"]["follower_growth"] == 4.0
    assert unit["evidence"]["follower_growth_basis"] == "post_follows_floor"
    card = (tmp_path / "evaluations" / "2026-10" / "upp-b.md").read_text(encoding="utf-8")
    assert (
        "| Pertumbuhan pengikut | 4,0% (batas bawah: hanya pengikut yang dibawa unggahan) |" in card
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(0, 10)).map(
            lambda t: (dt.date(2026, 10, 1) + dt.timedelta(days=t[0]),
                       dt.date(2026, 10, 1) + dt.timedelta(days=t[0] + t[1]))
        ),
        max_size=8,
    )
)  # fmt: skip
def test_merged_spans_cover_exactly_the_days_of_the_spans(
    spans: list[tuple[dt.date, dt.date]],
) -> None:
    from smrt_cli.metrics.coverage import days

    def each_day(pairs: list[tuple[dt.date, dt.date]]) -> set[dt.date]:
        return {a + dt.timedelta(days=n) for a, b in pairs for n in range((b - a).days + 1)}

    merged = merge(spans)
    assert each_day(merged) == each_day(spans)
    assert days(merged) == len(each_day(spans))
    # in order, and apart: a day between any two of them is covered by neither
    for (_, last), (first, _) in pairwise(merged):
        assert first > last + dt.timedelta(days=1)
