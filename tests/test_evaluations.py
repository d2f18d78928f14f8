"""evaluation.json read back through the evaluation's own models gives the very same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from smrt_cli.errors import UserError
from smrt_cli.evaluation_file import evaluation_json, load_evaluation, parse_evaluation
from tests.helpers.evaluation_data import REGION, region_store, write_plan


@pytest.mark.parametrize(
    ("args", "label", "title"),
    [
        (["--period", "2026-10"], "2026-10", "Oktober 2026"),
        (["--quarter", "2026-Q4", "--lang", "en"], "2026-Q4", "Quarter IV 2026"),
        (
            ["--from", "2026-10-01", "--to", "2026-10-15"],
            "2026-10-01_2026-10-15",
            "1–15 Oktober 2026",
        ),
    ],
)
def test_reading_evaluation_json_round_trips_its_bytes(
    tmp_path: Path, args: list[str], label: str, title: str
) -> None:
    region_store(tmp_path / "smrt.db")
    write_plan(tmp_path)
    result = CliRunner().invoke(
        app, ["--workspace", str(tmp_path), "--data", str(REGION), "evaluate", "upt", *args]
    )
    assert result.exit_code == 0, result.stderr
    path = tmp_path / "evaluations" / label / "evaluation.json"
    evaluation = load_evaluation(path)
    assert evaluation_json(evaluation.json_data()) == path.read_text(encoding="utf-8")
    assert evaluation.period_title() == title


def test_a_wrong_shape_names_the_file_and_the_field() -> None:
    with pytest.raises(UserError) as caught:
        parse_evaluation('{"period": {"label": "2026-10"}, "upts": []}', "e.json")
    assert str(caught.value) == (
        "e.json: not a valid evaluation (period.start: Field required) — "
        "write it again with `smrt evaluate upt`"
    )


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_in_evaluation_json_is_refused(constant: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_evaluation(f'{{"period": {{"label": "2026-10"}}, "score": {constant}}}', "e.json")
    assert str(caught.value) == (
        f"e.json: not valid JSON ({constant} is not a number) — "
        "write it again with `smrt evaluate upt`"
    )
