"""`smrt insights` and the core behind it: best times with their basis, lifts, breakouts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from smrt_cli.insights import (
    MIN_BEST_LIFT,
    MIN_CELL_POSTS,
    MIN_LIFT_POSTS,
    MIN_UNIT_POSTS,
    InsightPost,
    analyse,
    block_of,
)
from smrt_cli.periods import date_range
from smrt_cli.registry_file import load_registry
from tests.helpers import paths
from tests.helpers.cli import parts, run
from tests.helpers.insight_history import write_history

SAMPLE = paths.SAMPLE
PERIOD = date_range(dt.date(2026, 8, 10), dt.date(2026, 11, 29))
runner = CliRunner()


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    csv_path = write_history(tmp_path / "history.csv")
    code, _, err = parts(run(tmp_path, "metrics", "import", str(csv_path)))
    assert code == 0, err
    return tmp_path


def unit_rows(data: dict[str, object], unit: str, platform: str) -> list[dict[str, object]]:
    rows = data["best_times"]
    assert isinstance(rows, list)
    return [r for r in rows if r["upt"] == unit and r["platform"] == platform]


def test_the_units_best_slot_stands_on_its_own_posts(ws: Path) -> None:
    code, out, err = parts(run(ws, "insights", "--json"))
    assert code == 0, err
    data = json.loads(out)
    assert data["period"] == "2026-08-08_2026-11-27"  # 16 weeks up to the last post's day
    best = unit_rows(data, "ksop-bitung", "instagram")[0]
    assert best == {
        "upt": "ksop-bitung",
        "platform": "instagram",
        "weekday": 3,
        "hour": 19,
        "lift": 2.97,
        "posts": 16,
        "basis": "unit",
    }


def test_a_unit_with_four_posts_never_gets_its_own_basis(ws: Path) -> None:
    data = json.loads(run(ws, "insights", "--json").stdout)
    rows = unit_rows(data, "upp-likupang", "instagram")
    assert rows and all(r["basis"] in ("region", "registry") for r in rows)
    # its four posts lie in the cell the region rates best: the region's figure stands there
    assert rows[0]["basis"] == "region" and rows[0]["weekday"] == 3 and rows[0]["hour"] == 19


def test_no_usable_data_leaves_the_registry_times(ws: Path) -> None:
    data = json.loads(run(ws, "insights", "--json").stdout)
    rows = unit_rows(data, "upp-kotabunan", "facebook")
    assert rows == [
        {"upt": "upp-kotabunan", "platform": "facebook", "weekday": None, "hour": h,
         "lift": None, "posts": 0, "basis": "registry"}
        for h in (7, 12, 19)
    ]  # fmt: skip


def test_json_has_exactly_the_issues_shape(ws: Path) -> None:
    data = json.loads(run(ws, "insights", "--json", "--upt", "ksop-bitung").stdout)
    assert sorted(data) == ["best_times", "content", "period"]
    assert {tuple(sorted(r)) for r in data["best_times"]} == {
        ("basis", "hour", "lift", "platform", "posts", "upt", "weekday")
    }
    assert {tuple(sorted(r)) for r in data["content"]} == {
        ("dimension", "key", "lift", "median_er", "posts", "upt")
    }
    # --upt narrows the units' rows; the region's rows (upt null) stay
    assert {r["upt"] for r in data["best_times"]} == {None, "ksop-bitung"}
    region = [r for r in data["content"] if r["upt"] is None and r["dimension"] == "format"]
    assert region == [
        {"upt": None, "dimension": "format", "key": "photo", "posts": 180, "median_er": 8.2,
         "lift": 1.0}
    ]  # fmt: skip


def test_markdown_files_with_a_heatmap_per_platform(ws: Path) -> None:
    code, _, err = parts(run(ws, "insights", "--weeks", "16"))
    assert code == 0, err
    folder = ws / "insights" / "2026-08-08_2026-11-27"
    assert f"wrote 12 files to {folder} (180 measurable posts)" in err
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Apa yang Berhasil — 8 Agustus – 27 November 2026\n")
    assert "| Instagram | Kamis | 19.00 WITA | 2,6× | 20 | data wilayah |" in readme
    assert "![Instagram](heatmap-instagram.svg)" in readme
    svg = (folder / "heatmap-instagram.svg").read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "Kamis" in svg and "19–21" in svg
    unit = (folder / "ksop-bitung.md").read_text(encoding="utf-8")
    assert "| Instagram | Kamis | 19.00 WITA | 3,0× | 16 | data unit ini |" in unit
    likupang = (folder / "upp-likupang.md").read_text(encoding="utf-8")
    assert "data unit ini" not in likupang


def test_same_inputs_give_the_same_bytes(ws: Path) -> None:
    assert run(ws, "insights").exit_code == 0
    folder = ws / "insights" / "2026-08-08_2026-11-27"
    first = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert run(ws, "insights", "--force").exit_code == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == first
    assert run(ws, "insights", "--json").stdout == run(ws, "insights", "--json").stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2026-13"], "--period: '2026-13' is not a period"),
        (["--period", "2026-10", "--weeks", "4"], "--period and --weeks both given"),
        (["--weeks", "0"], "--weeks: 0 is out of range"),
        (["--upt", "ksop-bitng"], "--upt: unknown unit 'ksop-bitng' — did you mean 'ksop-bitung'?"),
    ],
)
def test_bad_usage_is_exit_2(ws: Path, args: list[str], message: str) -> None:
    code, out, err = parts(run(ws, "insights", *args))
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err


def test_without_a_store_says_how_to_get_one(tmp_path: Path) -> None:
    code, _, err = parts(run(tmp_path, "insights"))
    assert code == 2
    assert f"{tmp_path / 'smrt.db'}: no metrics store yet — import exports with" in err


def test_refuses_to_overwrite_without_force(ws: Path) -> None:
    assert run(ws, "insights", "--period", "2026-10").exit_code == 0
    code, _, err = parts(run(ws, "insights", "--period", "2026-10"))
    assert code == 2
    assert "insights/2026-10: already exists — pass --force" in err


def test_english_files(ws: Path) -> None:
    assert run(ws, "insights", "--lang", "en", "--period", "2026-Q4").exit_code == 0
    readme = (ws / "insights" / "2026-Q4" / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# What Worked — Quarter IV 2026\n")
    assert "| Instagram | Thursday | 19:00 WITA |" in readme


# --- the core, on posts made here ----------------------------------------------------------


def _post(unit: str, n: int, er: float | None, **kw: object) -> InsightPost:
    day = dt.date(2026, 10, 5) + dt.timedelta(days=n % 28)
    fields: dict[str, object] = {"hour": 9, "format": "photo"}
    fields.update(kw)
    return InsightPost(unit, "instagram", f"p{unit}{n}", day, er=er, **fields)  # type: ignore[arg-type]


def test_a_metric_not_reported_keeps_the_post_out_not_at_zero() -> None:
    registry = load_registry(SAMPLE)
    posts = [_post("ksop-bitung", i, 2.0) for i in range(10)]
    posts += [_post("ksop-bitung", 100 + i, None) for i in range(10)]
    result = analyse(registry, posts, PERIOD)
    assert result.posts == 10
    photo = [c for c in result.content if c.upt == "ksop-bitung" and c.key == "photo"]
    assert photo[0].posts == 10 and photo[0].median_er == 2.0


def test_lift_needs_five_posts_and_breakouts_are_above_twice_the_median() -> None:
    registry = load_registry(SAMPLE)
    posts = [_post("ksop-bitung", i, 1.0, pillar="integritas") for i in range(4)]
    posts += [_post("ksop-bitung", 10 + i, 1.0, pillar="keselamatan") for i in range(5)]
    posts += [_post("ksop-bitung", 20, 2.5, pillar="keselamatan")]
    posts += [_post("ksop-bitung", 21, 2.0, pillar="keselamatan")]  # exactly 2x: no breakout
    result = analyse(registry, posts, PERIOD)
    rows = {c.key: c for c in result.content if c.upt == "ksop-bitung" and c.dimension == "pillar"}
    assert rows["integritas"].posts == 4 and rows["integritas"].lift is None
    assert rows["keselamatan"].posts == 7 and rows["keselamatan"].lift == 1.0
    assert [(b.post_id, b.lift) for b in result.breakouts] == [("pksop-bitung20", 2.5)]


def test_ideas_below_the_median_twice_in_a_row_rest() -> None:
    registry = load_registry(SAMPLE)
    posts = [_post("upp-tahuna", i, 2.0) for i in range(10)]
    weak = [dt.date(2026, 10, 6), dt.date(2026, 10, 13)]
    posts += [
        InsightPost("upp-tahuna", "instagram", f"w{i}", d, 9, 1.0, idea_id="kuis-maritim")
        for i, d in enumerate(weak)
    ]
    result = analyse(registry, posts, PERIOD)
    assert [(r.upt, r.idea_id, r.last) for r in result.resting] == [
        ("upp-tahuna", "kuis-maritim", dt.date(2026, 10, 12))
    ]


def test_lists_left_out_are_empty_and_the_rest_unchanged() -> None:
    registry = load_registry(SAMPLE)
    posts = [_post("upp-tahuna", i, 2.0) for i in range(10)]
    posts += [_post("upp-tahuna", 20, 9.0, pillar="keselamatan")]  # a breakout
    weak = [dt.date(2026, 10, 6), dt.date(2026, 10, 13)]
    posts += [
        InsightPost("upp-tahuna", "instagram", f"w{i}", d, 9, 1.0, idea_id="kuis-maritim")
        for i, d in enumerate(weak)
    ]
    whole = analyse(registry, posts, PERIOD)
    assert whole.breakouts and whole.heatmaps and whole.resting
    lean = analyse(registry, posts, PERIOD, without=("breakouts", "heatmaps", "resting"))
    assert (lean.breakouts, lean.heatmaps, lean.resting) == ([], [], [])
    assert lean == whole.model_copy(update={"breakouts": [], "heatmaps": [], "resting": []})
    assert lean.json_text() == whole.json_text()
    some = analyse(registry, posts, PERIOD, without=("heatmaps",))
    assert some == whole.model_copy(update={"heatmaps": []})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.floats(min_value=-1e12, max_value=1e12),
            st.floats(allow_nan=True, allow_infinity=True),
            # halves and their neighbours: where a product's error could tip the rounding
            st.builds(
                lambda k, step: (k + 0.5) / 1000 + step * 1e-17,
                st.integers(-(10**9), 10**9),
                st.integers(-3, 3),
            ),
        ),
        max_size=50,
    )
)
def test_rounding_in_numpy_is_pythons_round(values: list[float]) -> None:
    import math

    import numpy as np

    from smrt_cli.insights import _rounded

    found = _rounded(np, np.asarray(values, dtype=np.float64))
    expected = [v if math.isnan(v) else round(v, 3) for v in values]
    assert [repr(v) for v in found] == [repr(v) for v in expected]


_TEXT = st.text(st.characters(codec="utf-8"), max_size=8)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), _TEXT),
            _TEXT,
            st.integers(-(2**70), 2**70),
            st.floats(allow_nan=True, allow_infinity=True),
            st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
        ),
        max_size=6,
    )
)
def test_json_rows_are_the_encoders(rows: list[tuple[str | None, str, int, float, float | None]]) -> None:  # fmt: skip
    from smrt_cli.insights import ContentRow, _json_rows, _row_encoder

    made = [
        ContentRow.model_construct(upt=u, dimension="idea", key=k, posts=n, median_er=m, lift=lift)
        for u, k, n, m, lift in rows
    ]
    encode = _row_encoder()
    expected = ",\n".join("    " + encode(dict(r.__dict__)) for r in made)
    assert _json_rows(made) == expected


def test_the_grid_blocks_start_on_odd_hours() -> None:
    assert [block_of(h) for h in (0, 1, 2, 19, 20, 21, 23)] == [11, 0, 0, 9, 9, 10, 11]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["ksop-bitung", "upp-likupang", "upp-tahuna"]),
            st.integers(0, 27),
            st.integers(0, 23),
            st.one_of(st.none(), st.floats(0, 20)),
            st.sampled_from(["integritas", "keselamatan", None]),
        ),
        max_size=80,
    )
)
def test_every_claim_rests_on_enough_posts(rows: list[tuple[str, int, int, float | None, str | None]]) -> None:  # fmt: skip
    registry = load_registry(SAMPLE)
    posts = [
        InsightPost(u, "instagram", f"p{i}", dt.date(2026, 10, 5) + dt.timedelta(days=d), h, er,
                    pillar=p)
        for i, (u, d, h, er, p) in enumerate(rows)
    ]  # fmt: skip
    result = analyse(registry, posts, PERIOD)
    measured: dict[str, int] = {}
    for p in posts:
        if p.er is not None:
            measured[p.upt] = measured.get(p.upt, 0) + 1
    for t in result.best_times:
        if t.basis == "unit":
            assert t.upt is not None and measured[t.upt] >= MIN_UNIT_POSTS
            assert t.posts >= MIN_CELL_POSTS
        if t.basis == "registry":
            assert t.lift is None and t.weekday is None
        else:
            assert t.lift is not None and t.lift >= MIN_BEST_LIFT
    for c in result.content:
        assert (c.lift is None) or c.posts >= MIN_LIFT_POSTS


def test_post_text_and_links_from_exports_stay_literal() -> None:
    from smrt_cli.insights import Breakout
    from smrt_cli.render.insights_markdown import render_region

    registry = load_registry(SAMPLE)
    posts = [_post("ksop-bitung", i, 1.0) for i in range(10)]
    insights = analyse(registry, posts, PERIOD)
    hostile = Breakout(
        upt="ksop-bitung",
        platform="instagram",
        post_id="p1",
        date=dt.date(2026, 10, 5),
        hour=9,
        permalink="javascript:alert(1)",
        text="[klik](http://x.test) <b>| baru",
        er=3.0,
        lift=3.0,
    )
    text = render_region(insights.model_copy(update={"breakouts": [hostile]}), registry, "id")
    row = next(line for line in text.splitlines() if "alert" in line)
    assert row == (
        "| KSOP Kelas II Bitung | Senin, 5 Oktober 2026 | Instagram | 3,0× |"
        " \\[klik\\](http://x.test) &lt;b&gt;\\| baru | Tautan (javascript:alert(1)) |"
    )
