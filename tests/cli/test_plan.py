"""`smrt plan week` end to end: files, messages, exit codes, golden Markdown for the sample."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.calendar import Week
from smrt_cli.cli import app
from tests.helpers import paths
from tests.helpers.cli import UPDATE_GOLDEN, parts, run

GOLDEN = paths.GOLDEN
PLAN_WEEK = ("plan", "week")
SAMPLE_UNITS = 10


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the holiday cache of the person running the tests stays untouched
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def test_sample_week_writes_overview_units_and_plan_json(tmp_path: Path) -> None:
    code, out, err = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W49"))
    assert code == 0, err
    folder = tmp_path / "plans" / "2026-W49"
    names = sorted(p.name for p in folder.iterdir())
    assert "README.md" in names and "plan.json" in names
    assert len([n for n in names if n.endswith(".md")]) == SAMPLE_UNITS + 1
    assert f"wrote {SAMPLE_UNITS + 2} files to {folder}" in err
    assert out == ""  # not a terminal: the table is for people, the files are the output
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert readme.startswith(
        "# Rencana Konten Mingguan — 2026-W49 (30 November – 6 Desember 2026)\n"
    )


def test_terminal_shows_a_compact_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("smrt_cli.cli.plan.is_terminal", lambda: True)
    code, out, _ = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W49"))
    assert code == 0
    assert "2026-W49 (2026-11-30 – 2026-12-06)" in out
    assert "upp-labuhan-uki" in out and "hours/capacity" in out


def test_force_keeps_files_a_person_added(tmp_path: Path) -> None:
    assert run(tmp_path, *PLAN_WEEK, "--week", "2026-W49").exit_code == 0
    folder = tmp_path / "plans" / "2026-W49"
    (folder / "notes.txt").write_text("rapat Senin", encoding="utf-8")
    assert run(tmp_path, *PLAN_WEEK, "--week", "2026-W49", "--force").exit_code == 0
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "rapat Senin"
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".")]


def test_json_output_has_the_contract_keys(tmp_path: Path) -> None:
    code, out, _ = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W49", "--json"))
    assert code == 0
    data = json.loads(out)
    assert out == (tmp_path / "plans" / "2026-W49" / "plan.json").read_text(encoding="utf-8")
    assert {"week", "start", "end", "language", "events", "upts"} <= data.keys()
    assert (data["week"], data["start"], data["end"], data["language"]) == (
        "2026-W49",
        "2026-11-30",
        "2026-12-06",
        "id",
    )
    unit = data["upts"][0]
    assert {"id", "capacity_hours", "planned_hours", "slots", "shortfalls"} <= unit.keys()
    slot_keys = {"date", "time", "platform", "format", "idea_id", "pillar", "effort_hours"}
    assert slot_keys | {"owner", "reason"} <= unit["slots"][0].keys()
    for u in data["upts"]:
        assert u["planned_hours"] <= u["capacity_hours"]
        assert abs(u["planned_hours"] - sum(s["effort_hours"] for s in u["slots"])) < 1e-6


def test_two_runs_give_identical_bytes(tmp_path: Path) -> None:
    run(tmp_path, *PLAN_WEEK, "--week", "2026-W49", "--out", str(tmp_path / "one"))
    run(tmp_path, *PLAN_WEEK, "--week", "2026-W49", "--out", str(tmp_path / "two"))
    one, two = tmp_path / "one" / "2026-W49", tmp_path / "two" / "2026-W49"
    assert sorted(p.name for p in one.iterdir()) == sorted(p.name for p in two.iterdir())
    for path in one.iterdir():
        assert path.read_bytes() == (two / path.name).read_bytes(), path.name


def test_existing_week_needs_force(tmp_path: Path) -> None:
    assert run(tmp_path, *PLAN_WEEK, "--week", "2026-W49").exit_code == 0
    readme = tmp_path / "plans" / "2026-W49" / "README.md"
    readme.write_text("edited by hand", encoding="utf-8")
    code, out, err = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W49"))
    assert code == 2
    assert out == ""
    folder = tmp_path / "plans" / "2026-W49"
    assert err.endswith(
        f"error: {folder}: already exists — pass --force to replace this week's plan\n"
    )
    assert readme.read_text(encoding="utf-8") == "edited by hand"
    code, _, _ = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W49", "--force"))
    assert code == 0
    assert readme.read_text(encoding="utf-8").startswith("# Rencana Konten Mingguan")


def test_week_53_of_2026_plans_across_the_new_year(tmp_path: Path) -> None:
    code, out, err = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W53", "--json"))
    assert code == 0, err
    data = json.loads(out)
    assert (data["start"], data["end"]) == ("2026-12-28", "2027-01-03")
    assert any(
        e["name"] == "Tahun Baru Masehi" and e["date"] == "2027-01-01" for e in data["events"]
    )
    for u in data["upts"]:
        assert all("2026-12-28" <= s["date"] <= "2027-01-03" for s in u["slots"])


def test_default_is_the_week_after_today(tmp_path: Path) -> None:
    import datetime as dt

    from smrt_cli.calendar import week_of

    expected = week_of(dt.date.today()).next().label
    code, out, err = parts(run(tmp_path, *PLAN_WEEK, "--json"))
    assert code == 0, err
    assert json.loads(out)["week"] == expected
    assert (tmp_path / "plans" / expected / "README.md").is_file()


def test_history_outside_the_cooldown_horizon_is_not_read(tmp_path: Path) -> None:
    # a broken plan.json a year and more back would fail loading if it were read
    old = tmp_path / "plans" / "2025-W40"
    old.mkdir(parents=True)
    (old / "plan.json").write_text("{broken", encoding="utf-8")
    assert run(tmp_path, *PLAN_WEEK, "--week", "2026-W49").exit_code == 0
    recent = tmp_path / "plans" / "2026-W45"
    recent.mkdir(parents=True)
    (recent / "plan.json").write_text("{broken", encoding="utf-8")
    code, _, err = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W50"))
    assert code == 2
    assert err.endswith(
        f"error: {recent / 'plan.json'}:1:2: not valid JSON (Expecting property name enclosed "
        "in double quotes) — write it again with `smrt plan week --force`\n"
    )


def test_history_is_cached_for_the_plan_bytes_and_read_again_once_edited(tmp_path: Path) -> None:
    from smrt_cli.cache import cache_dir
    from smrt_cli.calendar import Week
    from smrt_cli.plan_file import plan_history

    week = tmp_path / "plans" / "2026-W48"
    week.mkdir(parents=True)
    plan = week / "plan.json"

    def write(idea: str) -> None:
        slots = [{"idea_id": idea}, {"idea_id": idea}]
        plan.write_text(json.dumps({"upts": [{"id": "u", "slots": slots}]}), encoding="utf-8")

    monday = dt.date(2026, 11, 23)
    write("first")
    assert plan_history(tmp_path / "plans", Week(2026, 49), 4) == {("u", "first"): monday}
    assert list((cache_dir() / "history").iterdir())  # the pairs were kept
    assert plan_history(tmp_path / "plans", Week(2026, 49), 4) == {("u", "first"): monday}
    write("second")  # same size, new bytes: never the stale pairs
    assert plan_history(tmp_path / "plans", Week(2026, 49), 4) == {("u", "second"): monday}


def test_history_plan_json_of_the_wrong_shape_is_named(tmp_path: Path) -> None:
    week = tmp_path / "plans" / "2026-W48"
    week.mkdir(parents=True)
    (week / "plan.json").write_text('{"upts": 5}', encoding="utf-8")
    code, _, err = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W49"))
    assert code == 2
    fix = "write it again with `smrt plan week --force`"
    path = week / "plan.json"
    assert err.endswith(
        "".join(
            f'error: {path}:1:1: required field "{name}" is missing — {fix}\n'
            for name in ("week", "start", "end", "language", "events")
        )
        + f"error: {path}:1:10: upts: Input should be a valid list — correct it here, or {fix}\n"
    )


def test_2025_w53_is_refused(tmp_path: Path) -> None:
    code, out, err = parts(run(tmp_path, *PLAN_WEEK, "--week", "2025-W53"))
    assert code == 2
    assert out == ""
    assert err == "error: --week: 2025-W53 does not exist — 2025 has ISO weeks W01 to W52\n"
    assert not (tmp_path / "plans").exists()


def test_unknown_unit_is_refused_with_a_hint(tmp_path: Path) -> None:
    code, _, err = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W49", "--upt", "ksop-bitng"))
    assert code == 2
    assert err.endswith("error: --upt: unknown unit 'ksop-bitng' — did you mean 'ksop-bitung'?\n")


def test_bad_date_and_both_week_and_date(tmp_path: Path) -> None:
    code, _, err = parts(run(tmp_path, *PLAN_WEEK, "--date", "2026-13-01"))
    assert code == 2
    assert "error: --date: '2026-13-01' is not a date — write it as YYYY-MM-DD" in err
    code, _, err = parts(run(tmp_path, *PLAN_WEEK, "--date", "2026-12-01", "--week", "2026-W49"))
    assert code == 2
    assert "error: --week and --date both given — use one of them" in err


def test_date_picks_its_iso_week_and_unit_limits_units(tmp_path: Path) -> None:
    code, out, err = parts(
        run(tmp_path, *PLAN_WEEK, "--date", "2026-12-02", "--upt", "upp-tahuna", "--json")
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["week"] == "2026-W49"
    assert [u["id"] for u in data["upts"]] == ["upp-tahuna"]


def test_replanning_one_unit_keeps_the_rest_of_the_region(tmp_path: Path) -> None:
    assert run(tmp_path, *PLAN_WEEK, "--week", "2026-W49").exit_code == 0
    folder = tmp_path / "plans" / "2026-W49"
    before = json.loads((folder / "plan.json").read_text(encoding="utf-8"))
    others = {u["id"]: u for u in before["upts"] if u["id"] != "ksop-bitung"}
    pages = {p.name: p.read_bytes() for p in folder.glob("*.md") if p.name != "README.md"}
    assert len(others) == SAMPLE_UNITS - 1 and len(pages) == SAMPLE_UNITS

    code, _, err = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W49", "--upt", "ksop-bitung"))
    assert code == 2 and "--force" in err  # re-planning a unit still touches a planned week
    code, out, err = parts(
        run(tmp_path, *PLAN_WEEK, "--week", "2026-W49", "--upt", "ksop-bitung", "--force", "--json")
    )
    assert code == 0, err
    after = json.loads((folder / "plan.json").read_text(encoding="utf-8"))
    assert json.loads(out) == after
    # every unit stays, in the registry's order, and the others exactly as they were
    assert [u["id"] for u in after["upts"]] == [u["id"] for u in before["upts"]]
    for unit in after["upts"]:
        if unit["id"] in others:
            assert json.dumps(unit["slots"]) == json.dumps(others[unit["id"]]["slots"])
            assert unit == others[unit["id"]]
    assert sorted(p.name for p in folder.glob("*.md")) == sorted([*pages, "README.md"])
    for name, text in pages.items():
        if name != "ksop-bitung.md":
            assert (folder / name).read_bytes() == text, name
    # the overview speaks for the whole region again
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert all(unit["name"] in readme for unit in after["upts"])


def test_maritime_day_week_places_hari_nusantara_on_13_december(tmp_path: Path) -> None:
    code, out, err = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W50", "--json"))
    assert code == 0, err
    data = json.loads(out)
    assert {"date": "2026-12-13", "id": "hari-nusantara"}.items() <= next(
        e for e in data["events"] if e["id"] == "hari-nusantara"
    ).items()
    # plan.json gives the reason as a code with values: the event's id and day
    reason = {"code": "event", "event": "hari-nusantara", "date": "2026-12-13"}
    linked = [s for u in data["upts"] for s in u["slots"] if s["reason"] == [reason]]
    assert linked, "every unit can post the Hari Nusantara greeting"
    assert all(s["date"] <= "2026-12-13" for s in linked)
    readme = (tmp_path / "plans" / "2026-W50" / "README.md").read_text(encoding="utf-8")
    assert "**Minggu, 13 Desember 2026** — Hari Nusantara (hari peringatan)" in readme


def test_maritime_days_in_september(tmp_path: Path) -> None:
    code, out, _ = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W39", "--json"))
    assert code == 0
    events = {e["id"]: e["date"] for e in json.loads(out)["events"]}
    assert events["hari-mercusuar"] == "2026-09-22"
    assert events["hari-maritim-nasional"] == "2026-09-23"
    assert events["hari-maritim-sedunia"] == "2026-09-24"


def test_christmas_week_holidays_get_light_items_only(tmp_path: Path) -> None:
    code, out, _ = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W52", "--json"))
    assert code == 0
    data = json.loads(out)
    off = {e["date"] for e in data["events"] if e["day_off"]}
    assert off == {"2026-12-24", "2026-12-25"}
    assert any(e["id"] == "nataru" for e in data["events"])
    for u in data["upts"]:
        for s in u["slots"]:
            if s["date"] in off:
                assert s["effort_hours"] <= 1.0
    readme = (tmp_path / "plans" / "2026-W52" / "README.md").read_text(encoding="utf-8")
    assert "Hari Raya Natal (hari libur)" in readme
    assert "Cuti Bersama Hari Raya Natal (cuti bersama)" in readme


HOLIDAY_IDEAS = {"ucapan-hari-besar-nasional", "ucapan-natal-tahun-baru", "jadwal-layanan-libur"}
# The reason plan.json gives the Christmas items: the holiday's id and day (the page says
# "Hari Raya Natal (25 Des)")
CHRISTMAS = {"code": "event", "event": "libur-2026-12-25", "date": "2026-12-25"}


def test_holiday_ideas_wait_for_a_week_with_a_holiday(tmp_path: Path) -> None:
    code, out, _ = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W49", "--json"))
    assert code == 0
    planned = {s["idea_id"] for u in json.loads(out)["upts"] for s in u["slots"]}
    assert not planned & HOLIDAY_IDEAS
    code, out, _ = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W52", "--json"))
    assert code == 0
    data = json.loads(out)
    linked = [s for u in data["upts"] for s in u["slots"] if s["idea_id"] in HOLIDAY_IDEAS]
    # the service-hours notice, and one greeting card: the Christmas card, not the
    # all-purpose one
    assert {s["idea_id"] for s in linked} == {"jadwal-layanan-libur", "ucapan-natal-tahun-baru"}
    # on Christmas Day (light items may go on the day itself) or before it, saying why
    assert all(s["date"] <= "2026-12-25" for s in linked)
    assert {json.dumps(s["reason"]) for s in linked} == {json.dumps([CHRISTMAS])}


def test_history_from_earlier_weeks_enforces_cooldown(tmp_path: Path) -> None:
    assert run(tmp_path, *PLAN_WEEK, "--week", "2026-W49").exit_code == 0
    code, out, _ = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W50", "--json"))
    assert code == 0
    from smrt_cli.registry_file import BUNDLED_SAMPLE, load_registry

    cooldown = {i.id: i.cooldown_weeks for i in load_registry(BUNDLED_SAMPLE).ideas}
    before = json.loads((tmp_path / "plans" / "2026-W49" / "plan.json").read_text("utf-8"))
    used = {(u["id"], s["idea_id"]) for u in before["upts"] for s in u["slots"]}
    for u in json.loads(out)["upts"]:
        for s in u["slots"]:
            if (u["id"], s["idea_id"]) in used:
                assert cooldown[s["idea_id"]] == 0, s  # cooldown 1 keeps it out of W50


def test_english_plan(tmp_path: Path) -> None:
    code, _, _ = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W49", "--lang", "en"))
    assert code == 0
    readme = (tmp_path / "plans" / "2026-W49" / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Weekly Content Plan — 2026-W49 (30 November – 6 December 2026)")
    unit = (tmp_path / "plans" / "2026-W49" / "ksop-bitung.md").read_text(encoding="utf-8")
    assert "| Day & date | Time |" in unit
    assert "Monday, 30 November 2026" in unit


def test_help_ends_with_an_example() -> None:
    result = CliRunner().invoke(app, ["plan", "week", "--help"])
    assert result.exit_code == 0
    assert "Example: smrt plan week --week 2026-W49" in result.stdout


def test_markdown_tables_render(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    run(tmp_path, *PLAN_WEEK, "--week", "2026-W52")
    md = MarkdownIt("commonmark").enable("table")
    for path in (tmp_path / "plans" / "2026-W52").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        tables = sum(1 for line in lines if line.startswith("| --- "))
        assert md.render(text).count("<table>") == tables, path.name
        # every row of a table has as many (unescaped) cells as its header
        width = 0
        for line in lines:
            if not line.startswith("|"):
                width = 0
                continue
            cells = line.replace("\\|", "").count("|")
            width = width or cells
            assert cells == width, (path.name, line)


def test_pipes_and_line_breaks_in_registry_text_are_escaped() -> None:
    from smrt_cli.render.markdown_text import escape  # the one escaping, for every file

    assert escape("a | b\nc\r\nd") == "a \\| b c d"


@pytest.mark.parametrize("week", ["2026-W49", "2026-W50", "2026-W52", "2026-W53"])
def test_golden_markdown_for_the_sample_week(tmp_path: Path, week: str) -> None:
    """Regenerate with SMRT_UPDATE_GOLDEN=1 pytest tests/cli/test_plan.py, then read the diff."""
    code, _, err = parts(run(tmp_path, *PLAN_WEEK, "--week", week))
    assert code == 0, err
    got = tmp_path / "plans" / week
    expected = GOLDEN / f"plan-{week}"
    if UPDATE_GOLDEN:
        expected.mkdir(parents=True, exist_ok=True)
        for old in expected.iterdir():
            old.unlink()
        for path in got.iterdir():
            (expected / path.name).write_bytes(path.read_bytes())
    assert sorted(p.name for p in got.iterdir()) == sorted(p.name for p in expected.iterdir())
    for path in expected.iterdir():
        assert (got / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{path.name} differs; if intended, regenerate with SMRT_UPDATE_GOLDEN=1"
        )


def test_estimated_islamic_holiday_is_marked_and_warned(tmp_path: Path) -> None:
    code, out, _ = parts(run(tmp_path, *PLAN_WEEK, "--week", "2027-W10", "--json"))
    assert code == 0
    events = [e for e in json.loads(out)["events"] if e["estimated"]]
    assert [(e["date"], e["name"]) for e in events] == [
        ("2027-03-10", "Hari Raya Idul Fitri (perkiraan)"),
        ("2027-03-11", "Hari kedua dari Hari Raya Idul Fitri (perkiraan)"),
    ]
    readme = (tmp_path / "plans" / "2027-W10" / "README.md").read_text(encoding="utf-8")
    assert "tanggal perkiraan, belum ditetapkan pemerintah" in readme
    assert (
        "- Rabu, 10 Maret 2027: Hari Raya Idul Fitri (perkiraan) — tanggal perkiraan; "
        "periksa keputusan pemerintah." in readme
    )


def test_a_unit_called_readme_does_not_overwrite_the_overview() -> None:
    from smrt_cli.render.plan_markdown import unit_file

    assert unit_file("readme") == "readme-upt.md"
    assert unit_file("ksop-bitung") == "ksop-bitung.md"


def _html_and_text(text: str) -> tuple[list[str], str]:
    """Raw HTML that markdown-it would pass through, and all the text it would show."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    html = [t.content for t in tokens if t.type == "html_block"]
    shown = []
    for token in tokens:
        for child in token.children or []:
            if child.type == "html_inline":
                html.append(child.content)
            elif child.type == "text":
                shown.append(child.content)
    return html, " ".join(shown)


def test_registry_text_never_renders_as_html(tmp_path: Path) -> None:
    from smrt_cli.registry_file import BUNDLED_SAMPLE

    source = BUNDLED_SAMPLE.read_text(encoding="utf-8")
    for old, new in (
        ('name: "KSOP Kelas II Bitung"', 'name: "<b>x</b> | y"'),
        ('id: "Cara mengurus buku pelaut"', 'id: "<script>alert(1)</script>"'),
        ("Jelaskan langkah mengurus buku pelaut", "<i>Jelaskan</i> & langkah"),
    ):
        assert old in source
        source = source.replace(old, new)
    registry = tmp_path / "upt.yaml"
    registry.write_text(source, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["-w", str(tmp_path), "--data", str(registry), "plan", "week", "--week", "2026-W49"]
    )
    assert result.exit_code == 0, result.stderr
    texts = []
    for path in sorted((tmp_path / "plans" / "2026-W49").glob("*.md")):
        html, text = _html_and_text(path.read_text(encoding="utf-8"))
        assert html == [], path.name
        texts.append(text)
    shown = " ".join(texts)
    for literal in ("<b>x</b> | y", "<script>alert(1)</script>", "<i>Jelaskan</i> & langkah"):
        assert literal in shown, literal


TESTER_WEEKS = ("2026-W49", "2026-W50", "2026-W51", "2026-W52", "2026-W53", "2027-W01")


def test_weeks_planned_in_order_never_give_a_unit_two_posts_at_one_time(tmp_path: Path) -> None:
    # the tester's run: each week's plan is history for the next, so cooldowns apply
    for week in TESTER_WEEKS:
        code, _, err = parts(run(tmp_path, *PLAN_WEEK, "--week", week))
        assert code == 0, err
    for week in TESTER_WEEKS:
        data = json.loads((tmp_path / "plans" / week / "plan.json").read_text(encoding="utf-8"))
        for u in data["upts"]:
            moments = [(s["date"], s["time"], s["platform"]) for s in u["slots"]]
            clashes = sorted({m for m in moments if moments.count(m) > 1})
            assert clashes == [], (week, u["id"])
    # Nataru opens on Friday 18 December: its items went on that one workday and outbid the
    # rest, 63 of 99 items that Friday; now a campaign takes a unit's even share of a day
    w51 = json.loads((tmp_path / "plans" / "2026-W51" / "plan.json").read_text(encoding="utf-8"))
    per_day: dict[str, int] = {}
    for u in w51["upts"]:
        for s in u["slots"]:
            per_day[s["date"]] = per_day.get(s["date"], 0) + 1
    # every day: Hari Bela Negara's cards on Saturday 19 December, and Nataru's daily presence
    assert sorted(per_day) == [d.isoformat() for d in Week(2026, 51).days]
    weekend = {s["idea_id"] for u in w51["upts"] for s in u["slots"] if s["date"] >= "2026-12-19"}
    assert "ucapan-hari-bela-negara" in weekend
    from smrt_cli.registry_file import BUNDLED_SAMPLE, load_registry

    linked = {i.id: set(i.events) for i in load_registry(BUNDLED_SAMPLE).ideas}
    assert all(linked[i] & {"hari-bela-negara", "nataru"} for i in weekend), weekend
    assert per_day["2026-12-18"] < sum(per_day.values()) / 3
    kotabunan = next(u for u in w51["upts"] if u["id"] == "upp-kotabunan")
    assert len({s["date"] for s in kotabunan["slots"]}) >= 3
    # the Christmas card is a greeting: on Christmas Day, not on Nataru's first day
    card = "ucapan-natal-tahun-baru"
    assert not [s for u in w51["upts"] for s in u["slots"] if s["idea_id"] == card]
    w52 = json.loads((tmp_path / "plans" / "2026-W52" / "plan.json").read_text(encoding="utf-8"))
    # on the day; the one-person offices keep days off free (but for Nataru's daily presence),
    # so a card of theirs, if their hours allow one, goes out on the 23rd, before the days off
    one_person = {
        "upp-likupang",
        "upp-kotabunan",
        "upp-melonguane",
        "upp-ulu-siau",
        "upp-labuhan-uki",
    }
    got = {
        (u["id"] in one_person, s["date"], json.dumps(s["reason"]))
        for u in w52["upts"]
        for s in u["slots"]
        if s["idea_id"] == card
    }
    christmas = json.dumps([CHRISTMAS])
    assert (False, "2026-12-25", christmas) in got
    assert got <= {
        (False, "2026-12-25", christmas),
        (True, "2026-12-23", christmas),
    }


def test_a_week_planned_again_is_its_next_revision_and_calendars_cancel_dropped_slots(
    tmp_path: Path,
) -> None:
    import icalendar

    from smrt_cli.registry_file import BUNDLED_SAMPLE

    registry = tmp_path / "upt.yaml"
    text = BUNDLED_SAMPLE.read_text(encoding="utf-8")
    registry.write_text(text, encoding="utf-8")
    base = ["--workspace", str(tmp_path), "--data", str(registry)]
    week = ["--week", "2026-W49"]
    assert CliRunner().invoke(app, [*base, "plan", "week", *week]).exit_code == 0
    plan_path = tmp_path / "plans" / "2026-W49" / "plan.json"
    assert "revision" not in json.loads(plan_path.read_text(encoding="utf-8"))

    first = json.loads(plan_path.read_text(encoding="utf-8"))
    before = next(u for u in first["upts"] if u["id"] == "upp-likupang")["slots"]
    # Likupang's one person has half the hours: the re-plan still reaches every target, with
    # cheaper ideas (issue 16), so none of the earlier slots stands and each is withdrawn.
    start = text.index("- id: upp-likupang")
    cut = text.index("hours_per_week: 6", start)
    registry.write_text(
        text[:cut] + "hours_per_week: 3" + text[cut + len("hours_per_week: 6") :],
        encoding="utf-8",
    )
    replan = [*base, "plan", "week", *week, "--upt", "upp-likupang", "--force"]
    assert CliRunner().invoke(app, replan).exit_code == 0
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    assert plan["revision"] == 1
    after = next(u for u in plan["upts"] if u["id"] == "upp-likupang")
    assert after["shortfalls"] == []
    assert sum(s["effort_hours"] for s in after["slots"]) <= 3
    # a slot is the same slot when its day, time and platform are (its calendar UID)
    moment = ("date", "time", "platform")
    now = {tuple(s[k] for k in moment) for s in after["slots"]}
    gone = [s for s in before if tuple(s[k] for k in moment) not in now]
    assert len(before) == 7 and 0 < len(gone) < 7
    assert [(w["date"], w["time"], w["platform"], w["idea_id"]) for w in plan["withdrawn"]] == [
        (s["date"], s["time"], s["platform"], s["idea_id"]) for s in gone
    ]
    assert plan["withdrawn"][0] == {
        "upt": "upp-likupang",
        "timezone": "Asia/Makassar",
        "date": "2026-11-30",
        "time": "07:00",
        "platform": "facebook",
        "idea_id": "buku-pelaut-cara-mengurus",
        "title": "Cara mengurus buku pelaut",
    }
    result = CliRunner().invoke(app, [*base, "export", "calendar", *week, "--upt", "upp-likupang"])
    assert result.exit_code == 0, result.stderr
    cal = icalendar.Calendar.from_ical((plan_path.parent / "plan-upp-likupang.ics").read_bytes())
    events = cal.walk("VEVENT")
    assert {e.decoded("SEQUENCE") for e in events} == {1}
    cancelled = [str(e["UID"]) for e in events if str(e.get("STATUS")) == "CANCELLED"]
    assert sorted(cancelled) == sorted(
        f"2026-W49-upp-likupang-{s['date'].replace('-', '')}T{s['time'].replace(':', '')}"
        f"-{s['platform']}@smrt"
        for s in gone
    )

    # The hours back: the unit reaches its targets with its full hours again, what the
    # second plan alone held and the third does not is withdrawn in turn; the revision moves
    # on. (Not the first plan's slots to the letter: planned with the region, the unit's items
    # also balanced the region's pillar mix; planned alone, the others are balanced already.)
    registry.write_text(text, encoding="utf-8")
    assert CliRunner().invoke(app, replan).exit_code == 0
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    likupang = next(u for u in plan["upts"] if u["id"] == "upp-likupang")
    assert likupang["shortfalls"] == [] and len(likupang["slots"]) == len(before)
    assert sum(s["effort_hours"] for s in likupang["slots"]) <= 6
    assert plan["revision"] == 2
    back = {tuple(s[k] for k in moment) for s in likupang["slots"]}
    assert [(w["date"], w["time"], w["platform"]) for w in plan["withdrawn"]] == sorted(
        tuple(s[k] for k in moment)
        for s in after["slots"]
        if tuple(s[k] for k in moment) not in back
    )


def test_the_regions_calendar_cancels_slots_of_a_unit_no_longer_planned(tmp_path: Path) -> None:
    import icalendar

    assert run(tmp_path, *PLAN_WEEK, "--week", "2026-W49").exit_code == 0
    plan_path = tmp_path / "plans" / "2026-W49" / "plan.json"
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    # as a re-plan leaves it when a unit has left the registry
    plan["revision"] = 1
    plan["withdrawn"] = [
        {"upt": "upp-gone", "timezone": "Asia/Makassar", "date": "2026-12-01", "time": "09:00",
         "platform": "facebook", "idea_id": "no-such-idea", "title": "Judul lama"}
    ]  # fmt: skip
    plan_path.write_text(json.dumps(plan), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["--workspace", str(tmp_path), "export", "calendar", "--week", "2026-W49", "-o", "-"]
    )
    assert result.exit_code == 0, result.stderr
    events = icalendar.Calendar.from_ical(result.stdout_bytes).walk("VEVENT")
    cancelled = [e for e in events if str(e.get("STATUS")) == "CANCELLED"]
    assert [(str(e["UID"]), str(e["SUMMARY"])) for e in cancelled] == [
        ("2026-W49-upp-gone-20261201T0900-facebook@smrt", "[Facebook] Judul lama")
    ]


def test_an_unreadable_old_plan_is_replaced_with_a_note(tmp_path: Path) -> None:
    assert run(tmp_path, *PLAN_WEEK, "--week", "2026-W49").exit_code == 0
    plan_path = tmp_path / "plans" / "2026-W49" / "plan.json"
    plan_path.write_text("{broken", encoding="utf-8")
    code, _, err = parts(run(tmp_path, *PLAN_WEEK, "--week", "2026-W49", "--force"))
    assert code == 0
    assert (
        f"note: {plan_path} could not be read; the new plan starts at revision 0, and calendars"
        " that imported the old one get no cancellations\n"
    ) in err
    assert "revision" not in json.loads(plan_path.read_text(encoding="utf-8"))


def export(tmp_path: Path, *args: str) -> None:
    result = CliRunner().invoke(app, ["--workspace", str(tmp_path), "export", *args])
    assert result.exit_code == 0, result.stderr


def test_replanning_removes_the_exports_made_from_the_old_plan(tmp_path: Path) -> None:
    week = ["--week", "2026-W49"]
    assert run(tmp_path, *PLAN_WEEK, *week).exit_code == 0
    folder = tmp_path / "plans" / "2026-W49"
    export(tmp_path, "plan", *week)
    export(tmp_path, "calendar", *week)
    export(tmp_path, "plan", *week, "--upt", "upp-tahuna")
    export(tmp_path, "calendar", *week, "--upt", "upp-likupang")
    # files a person put there, one with a name like an export's
    (folder / "plan-catatan.csv").write_text("catatan", encoding="utf-8")
    (folder / "rekap.csv").write_text("rekap", encoding="utf-8")

    code, _, err = parts(run(tmp_path, *PLAN_WEEK, *week, "--force"))
    assert code == 0, err
    names = sorted(p.name for p in folder.iterdir() if not p.name.endswith(".md"))
    assert names == ["plan-catatan.csv", "plan.json", "rekap.csv"]
    assert [line for line in err.splitlines() if line.startswith("note: removed")] == [
        f"note: removed {folder / 'plan-upp-likupang.ics'}, made from the plan just replaced"
        " — export it again: smrt export calendar --week 2026-W49 --upt upp-likupang",
        f"note: removed {folder / 'plan-upp-tahuna.csv'}, made from the plan just replaced"
        " — export it again: smrt export plan --week 2026-W49 --upt upp-tahuna",
        f"note: removed {folder / 'plan.csv'}, made from the plan just replaced"
        " — export it again: smrt export plan --week 2026-W49",
        f"note: removed {folder / 'plan.ics'}, made from the plan just replaced"
        " — export it again: smrt export calendar --week 2026-W49",
    ]
    # the next export needs no --force: nothing of the old plan is left to replace
    export(tmp_path, "plan", *week)


def test_replanning_one_unit_keeps_the_other_units_exports(tmp_path: Path) -> None:
    week = ["--week", "2026-W49"]
    assert run(tmp_path, *PLAN_WEEK, *week).exit_code == 0
    folder = tmp_path / "plans" / "2026-W49"
    export(tmp_path, "plan", *week)
    export(tmp_path, "plan", *week, "--upt", "upp-tahuna")
    export(tmp_path, "plan", *week, "--upt", "upp-likupang")
    code, _, err = parts(run(tmp_path, *PLAN_WEEK, *week, "--upt", "upp-likupang", "--force"))
    assert code == 0, err
    assert not (folder / "plan.csv").exists()  # the region's holds Likupang's old slots
    assert not (folder / "plan-upp-likupang.csv").exists()
    assert (folder / "plan-upp-tahuna.csv").exists()  # Tahuna's plan is kept as it was


def test_force_through_a_linked_week_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "laporan.docx").write_bytes(b"PK")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "2026-W49").symlink_to("../elsewhere", target_is_directory=True)
    for args in (("--week", "2026-W49"), ("--week", "2026-W49", "--force")):
        code, out, err = parts(run(tmp_path, *PLAN_WEEK, *args))
        assert code == 2 and out == ""
        assert err.splitlines()[-1] == (
            f"error: {tmp_path / 'plans' / '2026-W49'}: is a symbolic link (to ../elsewhere) — "
            "smrt replaces only real folders; remove the link, or pass --out with the folder "
            "it points at"
        )
    assert [p.name for p in elsewhere.iterdir()] == ["laporan.docx"]


@pytest.mark.parametrize(
    ("week", "event", "day", "idea"),
    [
        ("2026-W50", "hari-antikorupsi-sedunia", "2026-12-09", "hari-antikorupsi-sedunia"),
        ("2026-W51", "hari-bela-negara", "2026-12-19", "ucapan-hari-bela-negara"),
        ("2026-W52", "hari-ibu", "2026-12-22", "hari-ibu-perempuan-pelabuhan"),
    ],
)
def test_the_sample_marks_hari_ibu_antikorupsi_and_bela_negara(
    tmp_path: Path, week: str, event: str, day: str, idea: str
) -> None:
    code, out, _ = parts(run(tmp_path, *PLAN_WEEK, "--week", week, "--json"))
    assert code == 0
    data = json.loads(out)
    assert [e["date"] for e in data["events"] if e["id"] == event] == [day]
    days = {s["date"] for u in data["upts"] for s in u["slots"] if s["idea_id"] == idea}
    # on the day or before it, never after
    assert days and max(days) <= day
