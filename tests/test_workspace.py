"""The workspace's paths and listings, and the one folder evaluate and export agree on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from smrt_cli.cli import app
from smrt_cli.workspace import Workspace, evaluated_periods, week_plan_paths
from tests.helpers.evaluation_data import FIXTURES, REGION, region_store, write_plan

runner = CliRunner()


def test_every_path_of_the_layout(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    assert ws.store == tmp_path / "smrt.db"
    assert ws.plan_path("2026-W49") == tmp_path / "plans" / "2026-W49" / "plan.json"
    assert ws.plan_export("2026-W49", None, "csv") == tmp_path / "plans" / "2026-W49" / "plan.csv"
    assert ws.plan_export("2026-W49", "u-1", "ics") == (
        tmp_path / "plans" / "2026-W49" / "plan-u-1.ics"
    )
    assert ws.report_path("2026-Q4", "docx") == tmp_path / "reports" / "2026-Q4.docx"
    assert ws.insights_folder("2026-11") == tmp_path / "insights" / "2026-11"
    assert ws.insights_folder("2026-11", tmp_path / "x") == tmp_path / "x" / "insights" / "2026-11"
    assert ws.evaluations == tmp_path / "evaluations"


def test_plans_of_a_range_are_the_weeks_that_overlap_it(tmp_path: Path) -> None:
    for week in ("2026-W39", "2026-W40", "2026-W44", "2026-W45"):
        (tmp_path / week).mkdir()
        (tmp_path / week / "plan.json").write_text("{}", encoding="utf-8")
    (tmp_path / "2026-W41").mkdir()  # a folder without a plan is no plan
    found = week_plan_paths(tmp_path, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    # 1 October 2026 is a Thursday of W40; 31 October a Saturday of W44
    assert [p.parent.name for p in found] == ["2026-W40", "2026-W44"]


def test_evaluated_periods_are_the_folders_with_an_evaluation(tmp_path: Path) -> None:
    assert evaluated_periods(tmp_path / "none") == []
    for label in ("2026-11", "2026-Q4", "notes"):
        (tmp_path / label).mkdir()
    (tmp_path / "2026-Q4" / "evaluation.json").write_text("{}", encoding="utf-8")
    (tmp_path / "2026-11" / "evaluation.json").write_text("{}", encoding="utf-8")
    assert evaluated_periods(tmp_path) == ["2026-11", "2026-Q4"]


def _run(ws: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--workspace", str(ws), "--data", str(REGION), *args])
    return result.exit_code, result.stdout, result.stderr


def test_the_report_reads_the_evaluations_where_evaluate_out_wrote_them(tmp_path: Path) -> None:
    region_store(tmp_path / "smrt.db")
    write_plan(tmp_path)
    elsewhere = tmp_path / "rakor"
    code, _, err = _run(
        tmp_path, "evaluate", "upt", "--period", "2026-10", "--scores", str(FIXTURES / "scores-2026-10.yaml"),
        "--out", str(elsewhere),
    )  # fmt: skip
    assert code == 0
    assert err.endswith(
        "note: export its report with `smrt export report --period 2026-10"
        f" --evaluations {elsewhere}`\n"
    )
    code, _, err = _run(tmp_path, "export", "report", "--period", "2026-10", "-o", "-")
    assert code == 2
    assert "no evaluation for 2026-10" in err
    code, out, _ = _run(
        tmp_path, "export", "report", "--period", "2026-10", "--evaluations", str(elsewhere),
        "--format", "md", "-o", "-",
    )  # fmt: skip
    assert code == 0
    assert out.startswith("# ")
