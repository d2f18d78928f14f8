"""`smrt metrics import`: each real export format, its quirks, re-import and all-or-nothing."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.helpers import paths
from tests.helpers.import_cli import EXPORTS, db, fx, imp, smrt

# every test here runs on both import paths (conftest.import_path)
pytestmark = pytest.mark.usefixtures("import_path")

FIXTURES = paths.FIXTURES
MINIMAL = FIXTURES / "minimal.yaml"
runner = CliRunner()


def test_facebook_older_then_newer_export_updates_figures(tmp_path: Path) -> None:
    old, new = fx("meta_facebook_2026-10.csv"), fx("meta_facebook_2026-11.csv")
    first = imp(tmp_path, "--upt", "ksop-a", old)
    assert first.exit_code == 0, first.stderr
    assert first.stderr == (
        f"{old}: meta-facebook, ksop-a: 3 rows — 3 new, 0 updated, 0 unchanged\n"
    )
    # "Impressions" of the older file is stored as views; a blank cell is no figure, not zero.
    assert db(tmp_path, "SELECT post_id, views, clicks, format FROM post ORDER BY post_id") == [
        ("122158000000000001", 1200, 31, "photo"),
        ("122158000000000002", 800, 5, "photo"),
        ("122158000000000003", 300, None, "video"),
    ]
    second = imp(tmp_path, "--upt", "ksop-a", new)
    assert second.exit_code == 0, second.stderr
    assert second.stderr == (
        f"{new}: meta-facebook, ksop-a: 3 rows — 1 new, 1 updated, 1 unchanged\n"
    )
    assert db(tmp_path, "SELECT count(*) FROM post") == [(4,)]
    assert db(
        tmp_path,
        "SELECT views, reach, reactions, comments, shares, clicks FROM post WHERE post_id = ?",
        "122158000000000001",
    ) == [(1500, 1100, 58, 7, 5, 40)]
    assert db(tmp_path, "SELECT format FROM post WHERE post_id = '122158000000000004'") == [
        ("reel",)
    ]


def test_facebook_publish_time_is_local_and_text_kept_whole(tmp_path: Path) -> None:
    assert imp(tmp_path, "--upt", "ksop-a", fx("meta_facebook_2026-10.csv")).exit_code == 0
    rows = db(
        tmp_path,
        "SELECT post_id, published_at, local_date, text, idea_id, pillar FROM post ORDER BY 1",
    )
    assert rows[0] == (
        "122158000000000001",
        "2026-10-05T01:00:00Z",
        "2026-10-05",
        "Cara mengurus buku pelaut | langkah 1\nBawa KTP & ijazah",
        "buku-pelaut",
        "layanan",
    )
    # 23:30 WITA on 31 October is 15:30 UTC: still an October post.
    assert rows[1][1:3] == ("2026-10-31T15:30:00Z", "2026-10-31")
    assert rows[1][4:] == ("cuaca", "keselamatan")
    # No Description: the Title is the text; nothing matches, so it stays unclassified.
    assert rows[2][3:] == ("Apel pagi", None, None)


def test_reimport_is_idempotent(tmp_path: Path) -> None:
    path = fx("x_legacy.csv")
    assert imp(tmp_path, "--upt", "ksop-a", path).exit_code == 0
    before = db(tmp_path, "SELECT * FROM post ORDER BY post_id")
    again = imp(tmp_path, "--upt", "ksop-a", path)
    assert again.exit_code == 0
    assert again.stderr == f"{path}: x-legacy, ksop-a: 3 rows — 0 new, 0 updated, 3 unchanged\n"
    assert db(tmp_path, "SELECT * FROM post ORDER BY post_id") == before
    assert db(tmp_path, "SELECT count(*), sum(row_count) FROM import_batch") == [(2, 6)]


def test_x_legacy_quirks_and_local_month_of_edge_posts(tmp_path: Path) -> None:
    assert imp(tmp_path, "--upt", "ksop-a", fx("x_legacy.csv")).exit_code == 0
    rows = db(
        tmp_path,
        "SELECT post_id, published_at, local_date, text, views, reactions, comments, shares,"
        " clicks FROM post ORDER BY post_id",
    )
    assert rows == [
        # 17:30 UTC on 31 October is 01:30 WITA on 1 November: a November post.
        (
            "1720000000000000001",
            "2026-10-31T17:30:00Z",
            "2026-11-01",
            "Peringatan cuaca & gelombang dari BMKG\n\nTetap waspada",
            3423,
            40,
            2,
            11,
            5,
        ),
        ("1720000000000000002", "2026-11-10T01:00:00Z", "2026-11-10", "Selamat Hari Pahlawan",
         1200, 25, 0, 3, 0),
        # 15:59 UTC is 23:59 WITA: still October. "-" is no figure.
        ("1720000000000000003", "2026-10-31T15:59:00Z", "2026-10-31", 'Buku pelaut "online"',
         999, 9, 1, 1, None),
    ]  # fmt: skip


def test_bad_value_after_multiline_text_names_its_start_line_and_keeps_nothing(
    tmp_path: Path,
) -> None:
    path = fx("x_legacy_bad.csv")
    result = imp(tmp_path, "--upt", "ksop-a", path)
    assert result.exit_code == 2
    assert result.stderr == f'error: {path}:5: column "impressions": "abc" is not a number\n'
    assert db(tmp_path, "SELECT count(*) FROM post") == [(0,)]
    assert db(tmp_path, "SELECT count(*) FROM import_batch") == [(0,)]


def test_a_row_shorter_or_longer_than_the_header_is_refused(tmp_path: Path) -> None:
    # Platforms write every row whole, empty cells included (so do all the real exports):
    # a short row is a file cut short, not a row whose missing figures may be left empty.
    lines = (EXPORTS / "x_content.csv").read_text(encoding="utf-8").splitlines()
    short = tmp_path / "short.csv"
    short.write_text(
        "\n".join([*lines[:2], lines[2].rsplit(",", 4)[0], lines[3]]) + "\n", encoding="utf-8"
    )
    result = imp(tmp_path, "--upt", "ksop-a", str(short))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {short}:3: the row has 13 fields, the header 17 — the file may be cut short; "
        "download the export again\n"
    )
    long = tmp_path / "long.csv"
    long.write_text("\n".join([*lines[:3], lines[3] + ",7"]) + "\n", encoding="utf-8")
    result = imp(tmp_path, "--upt", "ksop-a", str(long))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {long}:4: the row has 18 fields, the header 17 — a text with a comma or "
        "semicolon may have lost its double quotes; put it in double quotes or download the "
        "export again\n"
    )
    assert db(tmp_path, "SELECT count(*) FROM post") == [(0,)]
    assert db(tmp_path, "SELECT count(*) FROM import_batch") == [(0,)]


def test_a_bad_middle_file_leaves_nothing_of_any_file(tmp_path: Path) -> None:
    # The case: ig.csv fb-bad.csv yt.csv kept Instagram and skipped YouTube silently.
    good, bad, last = fx("meta_instagram.csv"), fx("x_legacy_bad.csv"), fx("youtube_table_data.csv")
    result = imp(tmp_path, "--upt", "ksop-a", good, bad, last)
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {bad}:5: column "impressions": "abc" is not a number\n'
        "error: nothing was imported — the files named are stored together or not at all: "
        f"{good} (read, 3 rows, undone); {bad} (failed); {last} (not read). "
        f"Fix {bad} and run the same command again.\n"
    )
    for table in ("post", "import_batch", "coverage"):
        assert db(tmp_path, f"SELECT count(*) FROM {table}") == [(0,)]
    again = imp(tmp_path, "--upt", "ksop-a", good, last)
    assert again.exit_code == 0
    assert again.stderr.count(" new, ") == 2  # the summary lists every file
    assert db(tmp_path, "SELECT count(*) FROM import_batch") == [(2,)]


def test_usage_problems_are_found_before_anything_is_imported(tmp_path: Path) -> None:
    result = imp(tmp_path, "--upt", "ksop-a", fx("x_content.csv"), fx("tiktok_overview.csv"))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {fx('tiktok_overview.csv')}: tiktok-overview dates have no year — pass "
        "--year YYYY (the year of the file's first row)\n"
    )
    assert not (tmp_path / "smrt.db").exists()


def test_x_content_days_at_local_noon_out_of_order_rows(tmp_path: Path) -> None:
    assert imp(tmp_path, "--upt", "ksop-a", fx("x_content.csv")).exit_code == 0
    assert db(
        tmp_path,
        "SELECT post_id, published_at, local_date, views, reactions, comments, shares, saves,"
        " clicks, follows FROM post ORDER BY local_date",
    ) == [
        ("1730000000000000001", "2026-10-31T04:00:00Z", "2026-10-31", 120, 10, 3, 4, 2, 1, 1),
        ("1730000000000000002", "2026-11-01T04:00:00Z", "2026-11-01", 30, 1, 0, 0, 0, 0, 0),
        # Shares (1) and reposts (2) both spread the post: 3.
        ("1730000000000000003", "2026-11-02T04:00:00Z", "2026-11-02", 50, 4, 0, 3, 1, 0, 0),
    ]


def test_instagram_post_types_and_thousands_separators(tmp_path: Path) -> None:
    assert imp(tmp_path, "--upt", "ksop-a", fx("meta_instagram.csv")).exit_code == 0
    assert db(
        tmp_path,
        "SELECT post_id, format, views, reach, reactions, comments, shares, saves, follows,"
        " idea_id FROM post ORDER BY post_id",
    ) == [
        ("17900000000000001", "carousel", 2100, 1500, 120, 9, 14, 30, 2, "buku-pelaut"),
        ("17900000000000002", "reel", 5400, 4100, 300, 22, 41, 17, 5, None),
        ("17900000000000003", "photo", 1250, 980, 45, 2, 1, 0, 0, "cuaca"),
    ]


def test_youtube_total_row_missing_publish_time_and_leading_space(tmp_path: Path) -> None:
    path = fx("youtube_table_data.csv")
    result = imp(tmp_path, "--upt", "ksop-a", path)
    assert result.exit_code == 0
    assert result.stderr == (
        f"warning: {path}: 1 video(s) without a publish time skipped (line 5) — they cannot be "
        "placed in a period\n"
        f"{path}: youtube, ksop-a: 3 rows — 2 new, 0 updated, 0 unchanged, 1 skipped\n"
    )
    assert db(
        tmp_path, "SELECT post_id, local_date, views, permalink FROM post ORDER BY post_id"
    ) == [
        ("-xYz12AbCdE", "2026-10-31", 3000, "https://www.youtube.com/watch?v=-xYz12AbCdE"),
        ("AbC98xYz0_1", "2026-09-27", 2200, "https://www.youtube.com/watch?v=AbC98xYz0_1"),
    ]


def test_tiktok_overview_needs_year_then_reads_k_and_year_change(tmp_path: Path) -> None:
    path = fx("tiktok_overview.csv")
    result = imp(tmp_path, "--upt", "ksop-a", path)
    assert result.exit_code == 2
    assert "pass --year YYYY" in result.stderr
    result = imp(tmp_path, "--upt", "ksop-a", "--year", "2026", path)
    assert result.exit_code == 0, result.stderr
    assert db(
        tmp_path, "SELECT day, views, profile_views, likes, comments, shares FROM account_day"
    ) == [
        ("2026-12-30", 1591, 7, 10, 1, 0),
        ("2026-12-31", 1200, 1, 5, 0, 0),
        ("2027-01-01", 2104, 6, 4, 0, 3),
    ]


def test_tiktok_misspelt_date_shows_tiktoks_own_form(tmp_path: Path) -> None:
    path = tmp_path / "Overview.csv"
    path.write_text(
        '\ufeff"Date","Video Views","Profile Views","Likes","Comments","Shares"\n'
        '"April 11","1591","7","10","1","0"\n'
        '"Apirl 12","1154","1","5","0","0"\n',
        encoding="utf-8",
    )
    result = imp(tmp_path, "--upt", "ksop-a", "--year", "2026", str(path))
    assert result.exit_code == 2
    # Not the X and YouTube form "Aug 30, 2026": TikTok writes the month in full, no year.
    assert (
        result.stderr
        == f'error: {path}:3: column "Date": "Apirl 12" is not a date like "April 12"\n'
    )
    assert db(tmp_path, "SELECT count(*) FROM account_day") == [(0,)]


def test_excel_mangled_ids_are_stored_with_a_warning(tmp_path: Path) -> None:
    path = fx("meta_facebook_excel.csv")
    result = imp(tmp_path, "--upt", "ksop-a", path)
    assert result.exit_code == 0
    assert result.stderr.startswith(
        f"warning: {path}: 2 row(s) have ids that Excel turned into numbers like 1.22158E+17 — "
        "they are stored, but such rows cannot be de-duplicated"
    )
    assert db(tmp_path, "SELECT count(*) FROM post WHERE post_id LIKE '1.22158E+17~%'") == [(2,)]
    again = imp(tmp_path, "--upt", "ksop-a", path)
    assert again.stderr.endswith("2 rows — 0 new, 0 updated, 2 unchanged\n")


def test_canonical_rows_name_their_units_and_zones(tmp_path: Path) -> None:
    path = fx("canonical.csv")
    result = imp(tmp_path, path)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        f"{path}: canonical, units from the upt column: 3 rows — 3 new, 0 updated, 0 unchanged\n"
    )
    assert db(
        tmp_path, "SELECT upt, platform, post_id, published_at, local_date FROM post ORDER BY 3"
    ) == [
        ("ksop-a", "facebook", "fb-9", "2026-11-05T01:00:00Z", "2026-11-05"),
        ("upp-b", "instagram", "ig-7", "2026-11-06T01:00:00Z", "2026-11-06"),
        ("ksop-a", "youtube", "vid-1", "2026-10-31T17:30:00Z", "2026-11-01"),
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "ksop-z,x,1,2026-11-01T09:00:00+08:00,,,,,,,,,,",
            'unknown unit "ksop-z" — the registry has: ksop-a, upp-b',
        ),
        (
            "ksop-a,threads,1,2026-11-01T09:00:00+08:00,,,,,,,,,,",
            'column "platform": "threads" is not a platform — use one of '
            "facebook, instagram, x, youtube, tiktok",
        ),
        (
            "ksop-a,x,1,2026-11-01T09:00:00+08:00,gif,,,,,,,,,",
            'column "format": "gif" is not a format — use one of '
            "photo, carousel, reel, video, story, text, infographic, live",
        ),
        (
            "ksop-a,x,1,01/11/2026,,,,,,,,,,",
            'column "published_at": "01/11/2026" is not an ISO 8601 time like '
            '"2026-11-30T09:00+08:00"',
        ),
        (
            "ksop-a,x,1,2026-11-01T09:00:00+08:00,,,,,abc,,,,,",
            'column "reach": "abc" is not a number',
        ),
        (
            "ksop-a,x,1,2026-11-01T09:00:00+08:00,,,,,-40,,,,,",
            'column "reach": "-40" is negative — counts cannot be negative; correct the cell '
            "or download the export again",
        ),
        (
            "ksop-a,x,,2026-11-01T09:00:00+08:00,,,,,,,,,,",
            'column "post_id": the post id is empty — every post needs its id',
        ),
        (
            # Python converts no more than 4300 digits: this was a traceback.
            "ksop-a,x,1,2026-11-01T09:00:00+08:00,,,,," + "9" * 5000 + ",,,,,",
            'column "reach": "' + "9" * 5000 + '" is too large for a count',
        ),
        (
            # A row cut short: the fast path, the careful path and the worker refuse it alike.
            "ksop-a,x,1,2026-11-01T09:00:00+08:00,,,Halo,1,2,3",
            "the row has 10 fields, the header 14 — the file may be cut short; "
            "download the export again",
        ),
        (
            # An unquoted comma in the text would move every figure one column along.
            "ksop-a,x,1,2026-11-01T09:00:00+08:00,,,Nataru 2025, 2026,1,2,3,4,5,6,",
            "the row has 15 fields, the header 14 — a text with a comma or semicolon may have "
            "lost its double quotes; put it in double quotes or download the export again",
        ),
    ],
)
def test_canonical_bad_rows(tmp_path: Path, row: str, message: str) -> None:
    header = (EXPORTS / "canonical.csv").read_text(encoding="utf-8").splitlines()[0]
    good = "ksop-a,x,0,2026-11-01T09:00:00+08:00,text,,Halo,1,,,,,,"
    path = tmp_path / "posts.csv"
    path.write_text(f"{header}\n{good}\n{row}\n", encoding="utf-8")
    result = imp(tmp_path, str(path))
    assert result.exit_code == 2
    assert result.stderr == f"error: {path}:3: {message}\n"
    assert db(tmp_path, "SELECT count(*) FROM post") == [(0,)]


def test_inbound_messages(tmp_path: Path) -> None:
    result = imp(tmp_path, fx("inbound.csv"))
    assert result.exit_code == 0, result.stderr
    assert db(
        tmp_path,
        "SELECT upt, platform, received_at, local_date, first_reply_at, kind, resolved,"
        " message_key FROM message ORDER BY received_at",
    ) == [
        (
            "ksop-a",
            "facebook",
            "2026-10-31T17:00:00Z",
            "2026-11-01",
            None,
            "hoax_report",
            0,
            "2026-10-31T17:00:00Z|hoax_report|#1",
        ),
        (
            "ksop-a",
            "instagram",
            "2026-11-02T00:00:00Z",
            "2026-11-02",
            "2026-11-02T01:30:00Z",
            "question",
            1,
            "2026-11-02T00:00:00Z|question|#1",
        ),
        (
            "upp-b",
            "instagram",
            "2026-11-03T02:00:00Z",
            "2026-11-03",
            "2026-11-04T02:00:00Z",
            "complaint",
            1,
            "2026-11-03T02:00:00Z|complaint|#1",
        ),
    ]
    # No range in the name: each unit's log covers its rows' first to last local day.
    assert db(
        tmp_path, "SELECT upt, platform, data, first_day, last_day, source FROM coverage"
    ) == [
        ("ksop-a", "*", "inbound", "2026-11-01", "2026-11-02", "rows"),
        ("upp-b", "*", "inbound", "2026-11-03", "2026-11-03", "rows"),
    ]


def test_inbound_response_columns(tmp_path: Path) -> None:
    path = tmp_path / "inbound.csv"
    path.write_text(
        "upt,received_at,first_reply_at,platform,kind,resolved,resolved_at,escalated_to,"
        "lapor_id,topic,text\n"
        "ksop-a,2026-11-02T08:00:00+08:00,2026-11-02T09:00:00+08:00,instagram,complaint,no,"
        "2026-11-05T10:00:00+08:00,LAPOR!,123456,Tiket  Kapal,Antrean loket lama\n"
        "ksop-a,2026-11-03T08:00:00+08:00,,facebook,hoax_report,,,,,Kapal Tenggelam,\n",
        encoding="utf-8",
    )
    result = imp(tmp_path, str(path))
    assert result.exit_code == 0, result.stderr
    assert db(
        tmp_path,
        "SELECT kind, resolved, resolved_at, escalated_to, lapor_id, topic, text FROM message"
        " ORDER BY received_at",
    ) == [
        # a closing time marks the case resolved; topics match without case or spacing
        (
            "complaint",
            1,
            "2026-11-05T02:00:00Z",
            "LAPOR!",
            "123456",
            "tiket kapal",
            "Antrean loket lama",
        ),
        ("hoax_report", 0, None, None, None, "kapal tenggelam", None),
    ]


def test_inbound_resolved_before_received(tmp_path: Path) -> None:
    path = tmp_path / "inbound.csv"
    path.write_text(
        "upt,received_at,platform,kind,resolved_at\n"
        "ksop-a,2026-11-02T08:00:00+08:00,instagram,complaint,2026-11-01T08:00:00+08:00\n",
        encoding="utf-8",
    )
    result = imp(tmp_path, str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:2: column "resolved_at": "2026-11-01T08:00:00+08:00" is before the '
        "message was received\n"
    )
    assert db(tmp_path, "SELECT count(*) FROM message") == [(0,)]


def test_hoax_register(tmp_path: Path) -> None:
    path = tmp_path / "hoax.csv"
    path.write_text(
        "detected_at,link,topic,clarified_at,clarification_url,upt\n"
        "2026-11-02T08:00:00+08:00,https://fb.com/p/1,Kapal Tenggelam,"
        "2026-11-02T20:00:00+08:00,https://ig.com/p/2,ksop-a\n"
        "2026-11-04 09:00,https://x.com/s/3,,,,upp-b\n",
        encoding="utf-8",
    )
    result = imp(tmp_path, str(path))
    assert result.exit_code == 0, result.stderr
    assert "hoax-register, units from the upt column: 2 rows — 2 new" in result.stderr
    assert db(tmp_path, "SELECT upt, link, detected_at, topic, clarified_at FROM hoax") == [
        (
            "ksop-a",
            "https://fb.com/p/1",
            "2026-11-02T00:00:00Z",
            "kapal tenggelam",
            "2026-11-02T12:00:00Z",
        ),
        ("upp-b", "https://x.com/s/3", "2026-11-04T01:00:00Z", None, None),
    ]
    again = imp(tmp_path, str(path))
    assert "0 new, 0 updated, 2 unchanged" in again.stderr
    shown = smrt(tmp_path, "metrics", "show")
    assert "ksop-a — hoaxes in the register: 1\n" in shown.stdout


def test_hoax_register_needs_a_link(tmp_path: Path) -> None:
    path = tmp_path / "hoax.csv"
    path.write_text("detected_at,link,upt\n2026-11-02T08:00:00+08:00,,ksop-a\n", encoding="utf-8")
    result = imp(tmp_path, str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:2: column "link": empty — give the address of the hoax (its post or page)\n'
    )


def test_inbound_bad_kind(tmp_path: Path) -> None:
    path = tmp_path / "inbound.csv"
    path.write_text(
        "received_at,first_reply_at,platform,kind,resolved\n"
        "2026-11-02T08:00:00+08:00,,instagram,praise,no\n",
        encoding="utf-8",
    )
    result = imp(tmp_path, "--upt", "ksop-a", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:2: column "kind": "praise" is not a kind — use one of '
        "question, complaint, hoax_report, other\n"
    )


def test_unknown_unit_option(tmp_path: Path) -> None:
    result = imp(tmp_path, "--upt", "ksop-z", fx("x_content.csv"))
    assert result.exit_code == 2
    assert (
        result.stderr == 'error: --upt: unknown unit "ksop-z" — the registry has: ksop-a, upp-b\n'
    )


def test_per_unit_export_without_unit(tmp_path: Path) -> None:
    path = fx("x_content.csv")
    result = imp(tmp_path, path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {path}: a x-content export holds one unit's figures — pass --upt UNIT-ID\n"
    )


def test_unrecognised_header_lists_formats(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    result = imp(tmp_path, "--upt", "ksop-a", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f'error: {path}:1: unrecognised export (header "a,b,c") — supported formats: '
        "meta-facebook (Meta Business Suite, Facebook posts); meta-instagram"
    )
    for name in ("x-legacy", "x-content", "youtube", "tiktok-overview", "canonical", "inbound"):
        assert name in result.stderr


def test_forced_format_must_fit_the_header(tmp_path: Path) -> None:
    path = fx("x_content.csv")
    result = imp(tmp_path, "--upt", "ksop-a", "--format", "youtube", path)
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:1: not a youtube file — the header has no "Content", '
        '"Video publish time" column\n'
    )


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    text = "upt,platform,post_id,published_at\nksop-a,x,1,2026-11-01T09:00:00Z\n"
    path.write_bytes(
        text.encode() + "ksop-a,x,2,2026-11-01T09:00:00Z,Pelabuhan ñ\n".encode("latin-1")
    )
    result = imp(tmp_path, str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {path}:3: not UTF-8 text — save the file as 'CSV UTF-8' and import it again\n"
    )


def test_missing_file(tmp_path: Path) -> None:
    result = imp(tmp_path, "--upt", "ksop-a", str(tmp_path / "nope.csv"))
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'nope.csv'}: no such file\n"


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    result = imp(tmp_path, "--upt", "ksop-a", fx("x_content.csv"), str(folder))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {folder}: is a folder, not a file — name the export file (CSV) in it\n"
    )
    assert not (tmp_path / "smrt.db").exists()  # checked before any file is imported


@pytest.mark.parametrize(
    ("name", "start", "what"),
    [
        ("posts.xlsx", b"PK\x03\x04\x14\x00", "an Excel workbook (.xlsx) or another zip file"),
        ("posts.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel workbook (.xls)"),
    ],
)
def test_a_workbook_is_named_as_such(tmp_path: Path, name: str, start: bytes, what: str) -> None:
    book = tmp_path / name
    book.write_bytes(start + bytes(200))
    result = imp(tmp_path, "--upt", "ksop-a", str(book))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {book}: is {what}, not CSV — download the export as CSV, or in Excel choose "
        "File → Save As → 'CSV UTF-8 (Comma delimited)'\n"
    )


def test_json_summary_on_stdout(tmp_path: Path) -> None:
    result = imp(tmp_path, "--upt", "ksop-a", "--json", fx("meta_instagram.csv"))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {
            "file": fx("meta_instagram.csv"),
            "format": "meta-instagram",
            "upt": "ksop-a",
            "rows": 3,
            "new": 3,
            "updated": 0,
            "unchanged": 0,
            "skipped": 0,
            "warnings": [],
            "coverage": [
                {
                    "upt": "ksop-a",
                    "platform": "instagram",
                    "from": "2026-11-01",
                    "to": "2026-11-03",
                    "source": "rows",
                }
            ],
        }
    ]


def test_batch_row_records_the_import(tmp_path: Path) -> None:
    assert imp(tmp_path, "--upt", "ksop-a", fx("x_content.csv")).exit_code == 0
    (row,) = db(
        tmp_path,
        "SELECT file_name, length(sha256), format, upt, row_count, imported_at FROM import_batch",
    )
    assert row == ("x_content.csv", 64, "x-content", "ksop-a", 3, "2026-12-31T00:00:00Z")


def test_template_prints_the_canonical_header(tmp_path: Path) -> None:
    result = smrt(tmp_path, "metrics", "template")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        "upt,platform,post_id,published_at,format,permalink,text,views,reach,likes,comments,"
        "shares,saves,clicks"
    )


def test_template_output_imports(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        smrt(tmp_path, "metrics", "template").stdout.replace("ksop-bitung", "ksop-a"),
        encoding="utf-8",
    )
    assert imp(tmp_path, str(path)).exit_code == 0


def test_show_json_per_unit_platform_month(tmp_path: Path) -> None:
    assert imp(tmp_path, "--upt", "ksop-a", fx("x_legacy.csv")).exit_code == 0
    result = smrt(tmp_path, "metrics", "show", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {"upt": "ksop-a", "platform": "x", "period": "2026-10", "posts": 1,
         "interactions": 11, "reach": None, "views": 999},
        {"upt": "ksop-a", "platform": "x", "period": "2026-11", "posts": 2,
         "interactions": 81, "reach": None, "views": 4623},
    ]  # fmt: skip
    only = smrt(tmp_path, "metrics", "show", "--json", "--period", "2026-10", "--upt", "ksop-a")
    assert [r["posts"] for r in json.loads(only.stdout)] == [1]


def test_show_tells_of_account_days_and_messages_besides_posts(tmp_path: Path) -> None:
    # A TikTok Overview.csv brings account-level days and no post: its import must not look
    # lost in `metrics show`, and neither must inbound messages.
    tiktok = imp(tmp_path, "--upt", "ksop-a", "--year", "2026", fx("tiktok_overview.csv"))
    assert tiktok.exit_code == 0, tiktok.stderr
    assert imp(tmp_path, fx("inbound.csv")).exit_code == 0
    december = smrt(tmp_path, "metrics", "show", "--period", "2026-12")
    assert december.exit_code == 0
    assert december.stderr == "no posts stored for this selection\n"
    assert december.stdout.splitlines()[-1] == (
        "ksop-a — account-level days: TikTok 2 (2026-12-30 – 2026-12-31)"
    )
    everything = smrt(tmp_path, "metrics", "show")
    assert everything.stdout.splitlines()[-2:] == [
        "ksop-a — account-level days: TikTok 3 (2026-12-30 – 2027-01-01); inbound messages: 2",
        "upp-b — inbound messages: 1",
    ]
    # A message is counted in the unit's local month: 17:00 UTC on 31 October is November.
    one = smrt(tmp_path, "metrics", "show", "--period", "2026-11", "--upt", "ksop-a")
    assert one.stdout.splitlines()[-1] == "ksop-a — inbound messages: 2"
    # Nothing of either in October: the table alone, as before.
    october = smrt(tmp_path, "metrics", "show", "--period", "2026-10")
    assert october.stdout.splitlines()[-1].startswith("└")
    # --json keeps its documented shape: posts per unit × platform × month, nothing else.
    as_json = smrt(tmp_path, "metrics", "show", "--json", "--period", "2026-12")
    assert as_json.exit_code == 0
    assert json.loads(as_json.stdout) == []


def test_show_without_store(tmp_path: Path) -> None:
    result = smrt(tmp_path, "metrics", "show")
    assert result.exit_code == 2
    assert "no metrics store yet" in result.stderr


@pytest.mark.parametrize("command", ["import", "template", "show"])
def test_help_ends_with_example(tmp_path: Path, command: str) -> None:
    result = smrt(tmp_path, "metrics", command, "--help")
    assert result.exit_code == 0
    assert "Example: smrt metrics " + command in result.stdout


def test_unclosed_quote_names_the_record_start(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(
        "upt,platform,post_id,published_at,text\n"
        "ksop-a,x,1,2026-11-01T09:00:00Z,ok\n"
        'ksop-a,x,2,2026-11-01T09:00:00Z,"never closed\nand more\n',
        encoding="utf-8",
    )
    result = imp(tmp_path, str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:3: a quoted field is never closed — add the missing double quote (")\n'
    )
    assert db(tmp_path, "SELECT count(*) FROM post") == [(0,)]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\xef\xbb\xbf")
    result = imp(tmp_path, "--upt", "ksop-a", str(path))
    assert result.exit_code == 2
    assert result.stderr == f"error: {path}: the file is empty — download the export again\n"


def test_large_import_reports_progress(tmp_path: Path) -> None:
    import datetime as dt

    from smrt_cli.metrics import store
    from smrt_cli.metrics.importer import import_file, prepare
    from smrt_cli.registry_file import load_registry

    path = tmp_path / "many.csv"
    lines = ["upt,platform,post_id,published_at,text,views"]
    lines += [f"ksop-a,x,{n},2026-11-01T09:00:00+08:00,cuaca {n},{n}" for n in range(12_000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    registry = load_registry(MINIMAL)
    seen: list[int] = []
    conn = store.open_store(tmp_path / "smrt.db")
    summary = import_file(
        conn,
        prepare(path, "many.csv", registry),
        registry,
        year=None,
        imported_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
        progress=seen.append,
    )
    conn.close()
    assert (summary.rows, summary.new) == (12_000, 12_000)
    assert len(seen) == 2 and seen == sorted(seen) and seen[-1] <= path.stat().st_size
    assert db(tmp_path, "SELECT count(*) FROM post WHERE idea_id = 'cuaca'") == [(12_000,)]


def test_store_of_schema_1_is_migrated_forward(tmp_path: Path) -> None:
    from smrt_cli.metrics import store

    path = tmp_path / "smrt.db"
    with sqlite3.connect(path) as old:
        old.executescript(store.MIGRATIONS[0] + "PRAGMA user_version = 1;")
    conn = store.open_store(path)
    assert conn.execute("PRAGMA user_version").fetchone() == (store.SCHEMA_VERSION,)
    # Schema 4: a unique key index; schema 8: the period index leads with (upt, platform,
    # local_date) and covers the sums, in its own order (no sorting).
    assert conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'post'"
        " AND sql IS NOT NULL ORDER BY name"
    ).fetchall() == [("post_by_period",), ("post_key",)]
    assert [r[2] for r in conn.execute("PRAGMA index_info(post_by_period)")] == [
        "upt", "platform", "local_date", "reactions", "comments", "shares", "saves", "reach",
        "views", "format", "pillar", "follows",
    ]  # fmt: skip
    assert [r[3] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT upt, platform, local_date, count(*), sum(reach), count(format),"
        " count(pillar), sum(follows) FROM post GROUP BY upt, platform, local_date"
    )] == ["SCAN post USING COVERING INDEX post_by_period"]  # fmt: skip
    conn.close()


def test_store_of_schema_3_keeps_its_rows_in_schema_4(tmp_path: Path) -> None:
    from smrt_cli.metrics import store

    path = tmp_path / "smrt.db"
    with sqlite3.connect(path) as old:
        old.executescript(";".join(store.MIGRATIONS[:3]) + "; PRAGMA user_version = 3;")
        old.executescript(
            "INSERT INTO import_batch VALUES (1, 'a.csv', 'x', 'canonical', NULL, 2, 't');"
            "INSERT INTO post VALUES ('ksop-a', 'x', '7', '2026-11-01T09:00:00Z', '2026-11-01',"
            " NULL, NULL, 'cuaca', 5, NULL, 1, 2, 3, 4, NULL, 'cuaca', 'keselamatan', 1);"
            "INSERT INTO message VALUES ('ksop-a', 'x', '2026-11-01T09:00:00Z', '2026-11-01',"
            " NULL, 'question', 0, 1);"
            "INSERT INTO account_day VALUES ('ksop-a', 'tiktok', '2026-11-01', 10, 1, 100, 5,"
            " 9, 2, 1, 1);"
        )
        # enough other posts that the old table's pages outnumber what the new indexes reuse
        old.execute(
            "INSERT INTO post (upt, platform, post_id, published_at, local_date, text, batch_id)"
            " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
            " SELECT 'ksop-b', 'x', i, '2026-10-01T09:00:00Z', '2026-10-01', 'teks', 1 FROM n"
        )
    conn = store.open_store(path)
    # The old tables' pages are given back: the copy leaves no free pages in the file.
    assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
    assert conn.execute("SELECT * FROM post WHERE upt = 'ksop-a'").fetchall() == [
        ("ksop-a", "x", "7", "2026-11-01T09:00:00Z", "2026-11-01", None, None, "cuaca", 5, None,
         1, 2, 3, 4, None, "cuaca", "keselamatan", 1, None),
    ]  # fmt: skip
    assert conn.execute("SELECT count(*) FROM message").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM account_day").fetchone() == (1,)
    # The keys stay unique: the same post again is an update of the stored row.
    with store.transaction(conn):
        batch = store.add_batch(conn, "b.csv", "y", "canonical", None, dt.datetime.now(dt.UTC))
        again = ("ksop-a", "x", "7", "2026-11-01T09:00:00Z", "2026-11-01", None, None, "cuaca")
        figures = ("6", "", "1", "2", "3", "4", "", "")
        counts = store.upsert(conn, "post", batch, [[(*again, *figures, "cuaca", "keselamatan")]])
    assert counts == store.UpsertCounts(rows=1, new=0, updated=1, unchanged=0)
    assert conn.execute("SELECT count(*), max(views) FROM post").fetchone() == (2001, 6)
    conn.close()


def test_a_store_busy_after_its_migration_is_left_uncompacted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smrt_cli.metrics import store

    class Busy(sqlite3.Connection):
        """Another process writes just when the migrated store would be vacuumed."""

        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
            if sql == "VACUUM":
                raise sqlite3.OperationalError("database is locked")
            return super().execute(sql, *args)

    path = tmp_path / "smrt.db"
    with sqlite3.connect(path) as old:
        old.executescript(";".join(store.MIGRATIONS[:3]) + "; PRAGMA user_version = 3;")
        old.execute("INSERT INTO import_batch VALUES (1, 'a.csv', 'x', 'canonical', NULL, 0, 't')")
        old.execute(
            "INSERT INTO post (upt, platform, post_id, published_at, local_date, batch_id)"
            " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
            " SELECT 'ksop-b', 'x', i, '2026-10-01T09:00:00Z', '2026-10-01', 1 FROM n"
        )
    connect = sqlite3.connect
    monkeypatch.setattr(store.sqlite3, "connect", lambda *a, **k: connect(*a, factory=Busy, **k))
    conn = store.open_store(path)  # migrated and usable: only the compaction is skipped
    assert conn.execute("PRAGMA user_version").fetchone() == (store.SCHEMA_VERSION,)
    assert conn.execute("SELECT count(*) FROM post").fetchone() == (2000,)
    conn.close()


def test_show_sums_days_into_local_months(tmp_path: Path) -> None:
    assert imp(tmp_path, "--upt", "ksop-a", fx("meta_facebook_2026-10.csv")).exit_code == 0
    assert imp(tmp_path, "--upt", "ksop-a", fx("meta_facebook_2026-11.csv")).exit_code == 0
    result = smrt(tmp_path, "metrics", "show", "--json", "--upt", "ksop-a")
    assert json.loads(result.stdout) == [
        {"upt": "ksop-a", "platform": "facebook", "period": "2026-10", "posts": 3,
         "interactions": 58 + 7 + 5 + 15 + 3 + 2 + 9, "reach": 1100 + 700 + 250,
         "views": 1500 + 800 + 300},
        {"upt": "ksop-a", "platform": "facebook", "period": "2026-11", "posts": 1,
         "interactions": 130, "reach": 2000, "views": 2500},
    ]  # fmt: skip


def test_semicolon_file_saved_by_excel_in_an_indonesian_locale(tmp_path: Path) -> None:
    path = tmp_path / "ig.csv"
    # Re-saved: semicolons, no quotes, and a 12-hour clock.
    path.write_text(
        "\ufeff"
        + '"Post ID";"Account ID";"Publish time";"Post type";Views;Reach;Likes\n'
        + "17900000000000009;17841400000000001;11/05/2026 7:30 PM;IG reel;1234;1000;99\n",
        encoding="utf-8",
    )
    result = imp(tmp_path, "--upt", "ksop-a", str(path))
    assert result.exit_code == 0, result.stderr
    assert db(
        tmp_path, "SELECT post_id, published_at, format, views, reach, reactions FROM post"
    ) == [("17900000000000009", "2026-11-05T11:30:00Z", "reel", 1234, 1000, 99)]


def test_indonesian_counts_are_read_as_meant_and_decimals_refused(tmp_path: Path) -> None:
    # The cells: 12.000 was stored as 12, 1,5K as 15000 and 2,5 as 25, exit 0.
    path = tmp_path / "posts.csv"
    header = "upt,platform,post_id,published_at,views,likes"
    path.write_text(
        f'{header}\nksop-a,x,1,2026-11-01T09:00:00Z,12.000,"1,5K"\n'
        "ksop-a,x,2,2026-11-01T09:00:00Z,1.234.567,0\n",
        encoding="utf-8",
    )
    result = imp(tmp_path, str(path))
    assert result.exit_code == 0, result.stderr
    assert db(tmp_path, "SELECT post_id, views, reactions FROM post ORDER BY post_id") == [
        ("1", 12000, 1500),
        ("2", 1234567, 0),
    ]
    path.write_text(
        f'{header}\nksop-a,x,1,2026-11-01T09:00:00Z,13.000,0\nksop-a,x,2,2026-11-01T09:00:00Z,"2,5",0\n',
        encoding="utf-8",
    )
    result = imp(tmp_path, str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:3: column "views": "2,5" is not a whole number — a count has no '
        "decimals; correct the cell or download the export again\n"
    )
    assert db(tmp_path, "SELECT views FROM post ORDER BY post_id") == [(12000,), (1234567,)]


def test_a_header_cut_inside_quotes_is_refused_at_line_1(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text('upt,platform,post_id,published_at,"views', encoding="utf-8")
    result = imp(tmp_path, "--upt", "ksop-a", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {path}:1: in the header, a quoted field is never closed — add the missing "
        'double quote (")\n'
    )


@pytest.mark.parametrize(
    "when", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00", "9999-12-31T23:00:00Z"]
)
def test_a_time_far_outside_the_years_of_posts_is_refused(tmp_path: Path, when: str) -> None:
    path = tmp_path / "posts.csv"
    path.write_text(
        f"upt,platform,post_id,published_at,views\nksop-a,x,1,{when},5\n", encoding="utf-8"
    )
    result = imp(tmp_path, str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:2: column "published_at": "{when}" is not between the years 2000 and '
        "2100 — correct the date or download the export again\n"
    )
    assert db(tmp_path, "SELECT count(*) FROM post") == [(0,)]


@pytest.mark.parametrize(
    ("name", "header", "row", "column"),
    [
        ("inbound.csv", "received_at,platform,kind", "0001-01-01T00:00:00+14:00,x,other", "received_at"),
        ("tweets.csv", '"Tweet id","time"', '"1","9999-12-31 23:00 -1200"', "time"),
        ("fb.csv", '"Post ID","Page ID","Publish time"', "1,2,12/31/9999 23:00", "Publish time"),
        ("yt.csv", "Content,Video publish time", 'v1,"Dec 31, 9999"', "Video publish time"),
        ("x.csv", "Post id,Date,Post text", '1,"Mon, Jan 1, 0001",Halo', "Date"),
    ],
)  # fmt: skip
def test_far_times_are_refused_in_every_format(
    tmp_path: Path, name: str, header: str, row: str, column: str
) -> None:
    path = tmp_path / name
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    result = imp(tmp_path, "--upt", "ksop-a", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f'error: {path}:2: column "{column}": "'), result.stderr
    assert result.stderr.endswith(
        '" is not between the years 2000 and 2100 — correct the date or download the export again\n'
    )


def test_youtube_rows_without_a_video_id_are_refused(tmp_path: Path) -> None:
    # Two such rows were stored under one empty id; the Total row is still passed over.
    path = tmp_path / "Table data.csv"
    path.write_text(
        "Content,Video title,Video publish time,Views\n"
        "Total,,,7\n"
        'abc123,Satu,"Oct 31, 2026",3\n'
        ' ,Dua,"Oct 30, 2026",4\n'
        ',Tiga,"Oct 29, 2026",5\n',
        encoding="utf-8",
    )
    result = imp(tmp_path, "--upt", "ksop-a", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:4: column "Content": the post id is empty — every post needs its id\n'
    )
    assert db(tmp_path, "SELECT count(*) FROM post") == [(0,)]


def test_inbound_reply_before_the_message(tmp_path: Path) -> None:
    path = tmp_path / "inbound.csv"
    path.write_text(
        "received_at,first_reply_at,platform,kind,resolved\n"
        "2026-11-02T08:00:00+08:00,2026-11-02T07:00:00+08:00,instagram,question,no\n",
        encoding="utf-8",
    )
    result = imp(tmp_path, "--upt", "ksop-a", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:2: column "first_reply_at": "2026-11-02T07:00:00+08:00" is before the '
        "message was received\n"
    )


@pytest.mark.parametrize(
    ("name", "link", "column", "what"),
    [
        ("meta_instagram.csv", "https://www.instagram.com/p/C0AAA1/", "Permalink", "a line break"),
        ("x_content.csv", "https://x.com/ksop_a/status/1730000000000000003", "Post Link", None),
        ("x_legacy.csv", None, "Tweet permalink", None),
        ("canonical.csv", "https://youtu.be/vid-1", "permalink", None),
    ],
)
def test_a_permalink_with_a_line_break_or_control_character_is_refused(
    tmp_path: Path, name: str, link: str | None, column: str, what: str | None
) -> None:
    text = (EXPORTS / name).read_text(encoding="utf-8-sig")
    if link is None:  # the first row's link, whatever it is
        first = text.splitlines()[1]
        link = next(c.strip('"') for c in first.split(",") if "://" in c)
    assert link in text
    if what is None:
        bad, what = f"{link}\u0007", "the control character U+0007"
    else:  # a line break inside a quoted cell: csv reads it as part of the cell
        bad = f'"{link}\n| x |"'
    path = tmp_path / name
    path.write_text(text.replace(link, bad, 1), encoding="utf-8")
    line = 1 + next(i for i, row in enumerate(text.splitlines()) if link in row)
    result = imp(tmp_path, "--upt", "ksop-a", "--year", "2026", str(path))
    assert result.exit_code == 2, result.stderr
    assert result.stderr == (
        f'error: {path}:{line}: column "{column}": the address holds {what} — a post\'s address '
        "is one line; correct the cell or download the export again\n"
    )
    assert db(tmp_path, "SELECT count(*) FROM post") == [(0,)]


def test_blank_lines_before_the_header_are_skipped(tmp_path: Path) -> None:
    """A spreadsheet's empty rows above the header: the header is the first line with text."""
    text = (EXPORTS / "x_content.csv").read_text(encoding="utf-8")
    path = tmp_path / "x.csv"
    path.write_text("\n,,,\n \n" + text, encoding="utf-8")
    result = imp(tmp_path, "--upt", "ksop-a", str(path))
    assert result.exit_code == 0, result.stderr
    assert db(tmp_path, "SELECT count(*) FROM post") == [(3,)]
    bad = tmp_path / "bad.csv"
    bad.write_text("\n\n" + text.replace(",50,4,", ",lima,4,", 1), encoding="utf-8")
    result = imp(tmp_path, "--upt", "ksop-a", str(bad))
    assert result.exit_code == 2
    assert result.stderr.startswith(f'error: {bad}:4: column "Impressions": "lima"')
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("\n\nnama,nilai\na,1\n", encoding="utf-8")
    result = imp(tmp_path, str(unknown))
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f'error: {unknown}:3: unrecognised export (header "nama,nilai")'
    )
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n,,\n", encoding="utf-8")
    result = imp(tmp_path, str(empty))
    assert (result.exit_code, result.stderr) == (
        2,
        f"error: {empty}: the file is empty — download the export again\n",
    )
