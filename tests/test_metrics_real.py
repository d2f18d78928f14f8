"""The importers on real, unmodified platform exports (kept outside the repository)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-exports"
MINIMAL = Path(__file__).parent / "fixtures" / "minimal.yaml"
runner = CliRunner()

pytestmark = pytest.mark.skipif(
    not REAL.is_dir(), reason=f"real exports not found at {REAL} (they live beside the repository)"
)


@pytest.mark.parametrize(
    ("name", "fmt", "table", "rows", "extra"),
    [
        ("x-legacy_tweet_activity_metrics_rOpenSci_20211101_20211201_en.csv", "x-legacy", "post", 33, []),
        ("x-legacy_tweet_activity_metrics_rOpenSci_20161201_20170101_en.csv", "x-legacy", "post", 37, []),
        ("x-content_maurojpelle-2026-05-25-to-2026-08-22.csv", "x-content", "post", 377, []),
        ("tiktok_Overview.csv", "tiktok-overview", "account_day", 7, ["--year", "2024"]),
    ],
)  # fmt: skip
def test_real_export_imports_every_row_once(
    tmp_path: Path, name: str, fmt: str, table: str, rows: int, extra: list[str]
) -> None:
    path = str(REAL / name)
    args = ["--workspace", str(tmp_path), "--data", str(MINIMAL), "metrics", "import"]
    result = runner.invoke(app, [*args, "--upt", "ksop-a", *extra, path])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        f"{path}: {fmt}, ksop-a: {rows} rows — {rows} new, 0 updated, 0 unchanged\n"
    )
    again = runner.invoke(app, [*args, "--upt", "ksop-a", *extra, path])
    assert again.stderr.endswith(f"— 0 new, 0 updated, {rows} unchanged\n")
    with sqlite3.connect(tmp_path / "smrt.db") as conn:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (rows,)


def test_real_x_legacy_text_and_local_day(tmp_path: Path) -> None:
    path = REAL / "x-legacy_tweet_activity_metrics_rOpenSci_20211101_20211201_en.csv"
    args = ["--workspace", str(tmp_path), "--data", str(MINIMAL), "metrics", "import"]
    assert runner.invoke(app, [*args, "--upt", "ksop-a", str(path)]).exit_code == 0
    with sqlite3.connect(tmp_path / "smrt.db") as conn:
        # 16:00 UTC on 30 November 2021 is midnight WITA: a December post.
        assert conn.execute(
            "SELECT local_date, views FROM post WHERE post_id = '1465712230054432768'"
        ).fetchone() == ("2021-12-01", 1777)
        texts = [t for (t,) in conn.execute("SELECT text FROM post")]
    assert not any("&amp;" in t for t in texts)
    assert any("\n" in t for t in texts)


def test_real_x_content_cut_short_is_refused_and_nothing_kept(tmp_path: Path) -> None:
    # The tester's case: the last four fields of one row gone, which was read as no clicks.
    lines = (
        (REAL / "x-content_maurojpelle-2026-05-25-to-2026-08-22.csv")
        .read_text(encoding="utf-8")
        .splitlines(keepends=True)
    )
    lines[5] = lines[5].rstrip("\n").rsplit(",", 4)[0] + "\n"
    path = tmp_path / "x-content.csv"
    path.write_text("".join(lines), encoding="utf-8")
    args = ["--workspace", str(tmp_path), "--data", str(MINIMAL), "metrics", "import"]
    result = runner.invoke(app, [*args, "--upt", "ksop-a", str(path)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {path}:6: the row has 13 fields, the header 17 — the file may be cut short; "
        "download the export again\n"
    )
    with sqlite3.connect(tmp_path / "smrt.db") as conn:
        assert conn.execute("SELECT count(*) FROM post").fetchone() == (0,)


@pytest.mark.parametrize(
    ("name", "extra", "covered"),
    [
        # X's legacy name: 1 November up to the day before 1 December
        ("x-legacy_tweet_activity_metrics_rOpenSci_20211101_20211201_en.csv", [],
         [("x", "posts", "2021-11-01", "2021-11-30", "name")]),
        ("x-legacy_tweet_activity_metrics_rOpenSci_20161201_20170101_en.csv", [],
         [("x", "posts", "2016-12-01", "2016-12-31", "name")]),
        ("x-content_maurojpelle-2026-05-25-to-2026-08-22.csv", [],
         [("x", "posts", "2026-05-25", "2026-08-22", "name")]),
        # the overview's own days, 12 to 18 April
        ("tiktok_Overview.csv", ["--year", "2024"],
         [("tiktok", "account", "2024-04-12", "2024-04-18", "rows")]),
    ],
)  # fmt: skip
def test_real_exports_record_what_they_cover(
    tmp_path: Path, name: str, extra: list[str], covered: list[tuple[str, ...]]
) -> None:
    args = ["--workspace", str(tmp_path), "--data", str(MINIMAL), "metrics", "import"]
    result = runner.invoke(app, [*args, "--upt", "ksop-a", *extra, str(REAL / name)])
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(tmp_path / "smrt.db") as conn:
        got = conn.execute(
            "SELECT platform, data, first_day, last_day, source FROM coverage"
        ).fetchall()
    assert got == covered


def test_real_x_export_gives_insights(tmp_path: Path) -> None:
    """Insights on a real X export: every post has impressions, so each is measured ÷ views."""
    path = REAL / "x-legacy_tweet_activity_metrics_rOpenSci_20211101_20211201_en.csv"
    args = ["--workspace", str(tmp_path), "--data", str(MINIMAL)]
    assert (
        runner.invoke(app, [*args, "metrics", "import", "--upt", "ksop-a", str(path)]).exit_code
        == 0
    )
    result = runner.invoke(app, [*args, "insights", "--period", "2021-11", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["period"] == "2021-11"
    rows = [r for r in data["best_times"] if r["upt"] == "ksop-a" and r["platform"] == "x"]
    assert rows and all(r["basis"] in ("unit", "region", "registry") for r in rows)
    fmt = [c for c in data["content"] if c["upt"] is None and c["dimension"] == "format"]
    assert sum(c["posts"] for c in fmt) <= 33
    written = runner.invoke(app, [*args, "insights", "--period", "2021-11"])
    assert written.exit_code == 0, written.stderr
    with sqlite3.connect(tmp_path / "smrt.db") as conn:
        (measured,) = conn.execute(
            "SELECT count(*) FROM post WHERE local_date LIKE '2021-11-%' AND views > 0"
        ).fetchone()
    assert 0 < measured <= 33  # a tweet of 30 November UTC may fall on 1 December in WITA
    assert written.stderr.endswith(f" ({measured} measurable posts)\n")
