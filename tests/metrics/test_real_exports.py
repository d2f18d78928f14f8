"""The importers on real, unmodified platform exports (kept outside the repository)."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from tests.helpers import paths

REAL = paths.REPO.parent / "shared" / "real-exports"
MINIMAL = paths.MINIMAL
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


FIGURES = (
    "SELECT count(*), sum(views), sum(reach), sum(reactions), sum(comments), sum(shares), "
    "sum(saves), sum(clicks), sum(follows) FROM post"
)


@pytest.mark.parametrize(
    ("name", "sums"),
    [
        ("x-legacy_tweet_activity_metrics_rOpenSci_20211101_20211201_en.csv", (33, 131651, None, 289, 11, 138, None, 485, 0)),
        ("x-legacy_tweet_activity_metrics_rOpenSci_20161201_20170101_en.csv", (37, 110828, None, 221, 5, 145, None, 703, 2)),
        ("x-content_maurojpelle-2026-05-25-to-2026-08-22.csv", (377, 16105, None, 490, 66, 20, 5, 0, 11)),
    ],
)  # fmt: skip
def test_real_export_figures_are_what_the_platform_wrote(
    tmp_path: Path, name: str, sums: tuple[int | None, ...]
) -> None:
    # Sums measured before the rule for points and commas: it changes none of them.
    args = ["--workspace", str(tmp_path), "--data", str(MINIMAL), "metrics", "import"]
    assert runner.invoke(app, [*args, "--upt", "ksop-a", str(REAL / name)]).exit_code == 0
    with sqlite3.connect(tmp_path / "smrt.db") as conn:
        assert conn.execute(FIGURES).fetchone() == sums


def _renotate(text: str, point: str, group: str) -> str:
    """A number cell of the real file as another notation writes it: 3626.0 → 3.626,0."""
    whole, _, decimals = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", group) if whole.isdigit() else whole
    return grouped + (point + decimals if decimals else "")


@pytest.mark.parametrize(("point", "group"), [(",", "."), (".", ",")])
def test_real_x_legacy_in_either_notation_gives_the_same_figures(
    tmp_path: Path, point: str, group: str
) -> None:
    # As Excel in an Indonesian locale (or a careful English one) writes the same file.
    name = "x-legacy_tweet_activity_metrics_rOpenSci_20161201_20170101_en.csv"
    with (REAL / name).open(encoding="utf-8", newline="") as fh:
        header, *records = list(csv.reader(fh))
    numeric = range(header.index("impressions"), len(header))
    changed = [
        [_renotate(c, point, group) if i in numeric and c != "-" else c for i, c in enumerate(r)]
        for r in records
    ]
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, quoting=csv.QUOTE_ALL).writerows([header, *changed])
    assert any("." in c and "," in c for r in changed for c in r)  # 3.626,0 or 3,626.0
    args = ["--workspace", str(tmp_path), "--data", str(MINIMAL), "metrics", "import"]
    result = runner.invoke(app, [*args, "--upt", "ksop-a", str(path)])
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(tmp_path / "smrt.db") as conn:
        assert conn.execute(FIGURES).fetchone() == (37, 110828, None, 221, 5, 145, None, 703, 2)
