"""The jobs without the CLI: what they return to write and to say, and that they write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from smrt_cli.calendar import Week
from smrt_cli.errors import Message, UserError, render
from smrt_cli.jobs.evaluate import EvaluateRequest, coverage_notes, evaluate_job
from smrt_cli.jobs.plan import PlanRequest, merge, plan_week_job, stale_exports
from smrt_cli.jobs.report import ReportRequest, period_evaluation, report_job
from smrt_cli.periods import choose_period
from smrt_cli.scores import load_scores
from smrt_cli.workspace import Workspace
from tests.helpers.evaluation_data import FIXTURES, REGION, region_store, write_plan

UNITS = ["ksop-a", "upp-b", "upp-c", "upp-d"]


def _ws(tmp_path: Path) -> Workspace:
    region_store(tmp_path / "smrt.db")
    write_plan(tmp_path)
    return Workspace(tmp_path, REGION)


def test_plan_week_job_returns_the_files_and_writes_nothing(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, REGION)
    notes: list[Message] = []
    request = PlanRequest(Week(2026, 49), None, ws.plans, "id")
    done = plan_week_job(ws, request, notes)
    assert done.folder == tmp_path / "plans" / "2026-W49"
    assert sorted(done.files) == sorted(["README.md", *(f"{u}.md" for u in UNITS), "plan.json"])
    assert done.files["plan.json"] == done.data
    assert done.owned == {"README.md", "plan.json", *(f"{u}.md" for u in UNITS)}
    assert (done.stale, notes) == ({}, [])
    assert [u.id for u in done.plan.upts] == UNITS
    assert not (tmp_path / "plans").exists()


def test_plan_week_job_refuses_a_planned_week_without_force(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, REGION)
    notes: list[Message] = []
    (tmp_path / "plans" / "2026-W49").mkdir(parents=True)
    request = PlanRequest(Week(2026, 49), None, ws.plans, "id")
    with pytest.raises(UserError, match="already exists — pass --force"):
        plan_week_job(ws, request, notes)


def test_an_unreadable_earlier_plan_is_a_note_and_revision_zero(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, REGION)
    notes: list[Message] = []
    folder = tmp_path / "plans" / "2026-W49"
    folder.mkdir(parents=True)
    (folder / "plan.json").write_text("{", encoding="utf-8")
    (folder / "plan.csv").write_text("old", encoding="utf-8")
    (folder / "mine.csv").write_text("a person's", encoding="utf-8")
    done = plan_week_job(ws, PlanRequest(Week(2026, 49), None, ws.plans, "id", force=True), notes)
    assert [str(n) for n in notes] == [
        f"note: {folder / 'plan.json'} could not be read; the new plan starts at revision 0,"
        " and calendars that imported the old one get no cancellations"
    ]
    assert done.plan.revision == 0
    assert done.stale == {"plan.csv": "smrt export plan --week 2026-W49"}


def test_merge_keeps_the_other_units_in_the_registry_order(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, REGION)
    notes: list[Message] = []
    whole = plan_week_job(ws, PlanRequest(Week(2026, 49), None, ws.plans, "id"), notes).plan
    one = whole.model_copy(update={"upts": [whole.upts[2]]})
    rest = whole.model_copy(update={"upts": [whole.upts[3], whole.upts[0], whole.upts[1]]})
    assert notes == []
    assert merge(one, rest, UNITS).upts == whole.upts
    # a unit the registry no longer has keeps its plan, after the registry's units
    assert [u.id for u in merge(one, rest, ["upp-c", "ksop-a"]).upts] == [
        "upp-c",
        "ksop-a",
        "upp-d",
        "upp-b",
    ]


def test_stale_exports_are_smrts_own_names_only(tmp_path: Path) -> None:
    folder = tmp_path / "2026-W49"
    folder.mkdir()
    for name in ("plan-upp-b.ics", "plan-upp-c.xlsx", "plan.docx", "plan-notes.txt"):
        (folder / name).write_text("x", encoding="utf-8")
    assert stale_exports(folder, None, UNITS, ["upp-b"]) == {
        "plan-upp-b.ics": "smrt export calendar --week 2026-W49 --upt upp-b",
        "plan.docx": "smrt export plan --week 2026-W49 --format docx",
    }
    assert stale_exports(tmp_path / "none", None, UNITS, None) == {}


def test_evaluate_job_returns_the_files_and_writes_nothing(tmp_path: Path) -> None:
    ws = _ws(tmp_path)
    notes: list[Message] = []
    period = choose_period("2026-10", None, None, None)
    manual = load_scores(FIXTURES / "scores-2026-10.yaml", "s.yaml", ws.registry(), period)
    done = evaluate_job(ws, EvaluateRequest(period, manual, None, "id"), notes)
    assert done.folder == tmp_path / "evaluations" / "2026-10"
    assert sorted(done.files) == sorted(
        ["README.md", "evaluation.json", *(f"{u}.md" for u in UNITS)]
    )
    assert (done.owned, notes) == ([], [])
    assert [u.score is not None for u in done.result.upts].count(True) == 3
    assert done.data == done.result.json_data()
    assert not (tmp_path / "evaluations").exists()
    assert coverage_notes(done.result, period) == []  # every unit covers October or none


def test_evaluate_job_without_a_store_says_so_and_has_no_data(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, REGION)
    notes: list[Message] = []
    period = choose_period("2026-10", None, None, None)
    done = evaluate_job(ws, EvaluateRequest(period, None, None, "en", as_json=True), notes)
    assert [str(n) for n in notes] == [
        f"note: no metrics store at {tmp_path / 'smrt.db'}; every measured criterion is 'no data'"
    ]
    assert done.files == {}
    assert done.result.nothing_covered
    assert [str(n) for n in coverage_notes(done.result, period)] == [
        "note: no import covers any day of 1 October 2026 – 31 October 2026; the criteria"
        " measured from posts have no data — see `smrt metrics coverage`"
    ]


def _evaluated(tmp_path: Path) -> Workspace:
    from smrt_cli.files import write_files

    ws = _ws(tmp_path)
    period = choose_period("2026-10", None, None, None)
    done = evaluate_job(ws, EvaluateRequest(period, None, None, "id"), [])
    write_files(done.folder, done.files)
    return ws


def test_report_job_renders_markdown_for_stdout_and_says_what_is_missing(tmp_path: Path) -> None:
    ws = _evaluated(tmp_path)
    path, evaluation = period_evaluation(ws.evaluations, "2026-10")
    assert path == tmp_path / "evaluations" / "2026-10" / "evaluation.json"
    request = ReportRequest(path, evaluation, ws.evaluations, None, "md", None, "id")
    notes: list[Message] = []
    document = report_job(ws, ws.registry(), request, notes)
    assert (document.target, document.side_folder, document.side_files) == (None, None, {})
    assert document.data.decode("utf-8").startswith("# ")
    plan = tmp_path / "plans" / "2026-W45" / "plan.json"
    assert str(notes[0]) == (
        f"note: no plan for 2026-W45 at {plan}; the appendix says so — run "
        "`smrt plan week --week 2026-W45` and export the report again to include it"
    )
    assert str(notes[-1]) == "note: charts are not written when the Markdown report goes to stdout"


def test_report_job_puts_the_charts_beside_a_markdown_file(tmp_path: Path) -> None:
    ws = _evaluated(tmp_path)
    path, evaluation = period_evaluation(ws.evaluations, "2026-10")
    target = tmp_path / "out" / "laporan.md"
    request = ReportRequest(path, evaluation, ws.evaluations, None, "md", target, "en")
    document = report_job(ws, ws.registry(), request, [])
    assert document.side_folder == tmp_path / "out" / "laporan-files"
    assert document.side_files and all(n.endswith(".svg") for n in document.side_files)
    text = document.data.decode("utf-8")
    assert all(f"laporan-files/{name}" in text for name in document.side_files)
    assert not (tmp_path / "out").exists()


def test_report_job_refuses_an_existing_file_and_keeps_its_notes(tmp_path: Path) -> None:
    ws = _evaluated(tmp_path)
    path, evaluation = period_evaluation(ws.evaluations, "2026-10")
    target = tmp_path / "laporan.html"
    target.write_text("mine", encoding="utf-8")
    request = ReportRequest(path, evaluation, ws.evaluations, "2026-W49", "html", target, "id")
    notes: list[Message] = []
    with pytest.raises(UserError, match=r"laporan\.html: already exists"):
        report_job(ws, ws.registry(), request, notes)
    assert str(notes[0]).startswith("note: no plan for 2026-W49 at ")
    # a job's notes are catalogue texts: the CLI says them in the run's language
    assert render(notes[0], "id").startswith("catatan: belum ada rencana untuk 2026-W49 di ")
    assert target.read_text(encoding="utf-8") == "mine"


def test_period_evaluation_names_the_run_that_makes_it(tmp_path: Path) -> None:
    ws = _evaluated(tmp_path)
    with pytest.raises(UserError) as caught:
        period_evaluation(ws.evaluations, "2026-Q3")
    assert str(caught.value) == (
        f"{ws.evaluations / '2026-Q3' / 'evaluation.json'}: no evaluation for 2026-Q3 — run "
        "`smrt evaluate upt --quarter 2026-Q3` first (evaluated so far: 2026-10)"
    )
