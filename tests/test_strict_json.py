"""Every JSON smrt writes, on stdout or in a file, is strict JSON: no NaN, no Infinity."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from tests.helpers.evaluation_data import FIXTURES, REGION, region_store, write_plan
from tests.helpers.strict_json import strict

runner = CliRunner()


def test_strict_refuses_what_python_json_accepts() -> None:
    with pytest.raises(AssertionError, match="NaN is not JSON"):
        strict('{"target": NaN}', "x")


def smrt(ws: Path, *args: str, data: Path | None = None) -> str:
    extra = ["--data", str(data)] if data is not None else []
    result = runner.invoke(
        app, ["-w", str(ws), *extra, *args], env={"SOURCE_DATE_EPOCH": "1798675200"}
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def every_json_file(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.json") if ".smrt-cache" not in p.parts)


def test_sample_outputs_are_strict_json(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    smrt(tmp_path, "init", str(ws))
    outputs = {
        "plan week --json": smrt(ws, "plan", "week", "--week", "2026-W49", "--json"),
        "upt list --json": smrt(ws, "upt", "list", "--json"),
        "ideas list --json": smrt(ws, "ideas", "list", "--json"),
        "schema": smrt(ws, "schema"),
    }
    for name, text in outputs.items():
        assert strict(text, name)
    files = every_json_file(ws)
    assert [p.relative_to(ws).as_posix() for p in files] == [
        "data/registry.schema.json",
        "plans/2026-W49/plan.json",
    ]
    for path in files:
        assert strict(path.read_text(encoding="utf-8"), str(path))


def test_evaluation_and_metrics_outputs_are_strict_json(tmp_path: Path) -> None:
    region_store(tmp_path / "smrt.db")
    write_plan(tmp_path)
    scores = str(FIXTURES / "scores-2026-10.yaml")
    period = ["--period", "2026-10", "--scores", scores]
    imported = FIXTURES / "exports" / "meta_instagram.csv"
    outputs = {
        "evaluate --json": smrt(tmp_path, "evaluate", "upt", *period, "--json", data=REGION),
        "evaluate": smrt(tmp_path, "evaluate", "upt", *period, data=REGION),
        "metrics import --json": smrt(
            tmp_path,
            "metrics",
            "import",
            "--upt",
            "ksop-a",
            str(imported),
            "--json",
            data=REGION,
        ),
        "metrics show --json": smrt(tmp_path, "metrics", "show", "--json", data=REGION),
    }
    for name, text in outputs.items():
        if text:
            assert strict(text, name) is not None
    files = every_json_file(tmp_path)
    assert "evaluations/2026-10/evaluation.json" in [
        p.relative_to(tmp_path).as_posix() for p in files
    ]
    for path in files:
        assert strict(path.read_text(encoding="utf-8"), str(path))


@pytest.mark.parametrize(
    "write",
    [
        "smrt_cli.plan_file.plan_json",
        "smrt_cli.evaluation_file.evaluation_json",
        "smrt_cli.cli.common.print_json",
    ],
)
def test_the_writers_refuse_nan_rather_than_write_it(write: str) -> None:
    import importlib

    module, _, name = write.rpartition(".")
    function = getattr(importlib.import_module(module), name)
    if name == "plan_json":
        from tests.helpers.plan_data import make_plan

        plan = make_plan()
        slots = [s.model_copy(update={"effort_hours": float("nan")}) for s in plan.upts[0].slots]
        unit = plan.upts[0].model_copy(update={"slots": slots})
        argument: Any = plan.model_copy(update={"upts": [unit]})
    else:
        argument = {"score": float("nan"), "upts": [{"score": float("inf")}]}
    with pytest.raises(ValueError, match="Out of range float values are not JSON compliant"):
        function(argument)
