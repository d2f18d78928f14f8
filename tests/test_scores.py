"""The --scores file: valid files load; every kind of bad file is a FILE:LINE:COL user error."""

from __future__ import annotations

from pathlib import Path

import pytest

from smrt_cli.errors import UserError
from smrt_cli.models import Registry
from smrt_cli.periods import parse_month
from smrt_cli.registry_file import load_registry
from smrt_cli.scores import load_scores
from tests.helpers.evaluation_data import FIXTURES, REGION

OCTOBER = parse_month("2026-10")


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(REGION)


def _load(tmp_path: Path, registry: Registry, text: str) -> list[str]:
    path = tmp_path / "skor.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as err:
        load_scores(path, "skor.yaml", registry, OCTOBER)
    return err.value.messages


GOOD_ENTRY = """\
  - upt: ksop-a
    criterion: pimpinan
    score: {score}
    evidence: Rapat rutin
    assessor: Humas
"""


def test_the_fixture_loads(registry: Registry) -> None:
    path = FIXTURES / "scores-2026-10.yaml"
    entries = load_scores(path, str(path), registry, OCTOBER)
    assert [(e.upt, e.criterion, e.score, e.assessor) for e in entries] == [
        ("ksop-a", "pimpinan", 3.0, "Humas Ditjen")
    ]


def test_score_outside_the_scale(tmp_path: Path, registry: Registry) -> None:
    text = 'period: "2026-10"\nscores:\n' + GOOD_ENTRY.format(score=7)
    assert _load(tmp_path, registry, text) == [
        "skor.yaml:5:12: scores[0].score: score 7 is outside the scale of 'pimpinan' (1-5) "
        "— give a score on that scale"
    ]


@pytest.mark.parametrize("value", ["true", "yes", '"3"'])
def test_score_must_be_a_number_not_yes_no_or_text(
    tmp_path: Path, registry: Registry, value: str
) -> None:
    # lax pydantic read `true` as 1.0: an assessor's yes/no must not become a score of 1
    text = 'period: "2026-10"\nscores:\n' + GOOD_ENTRY.format(score=value)
    (message,) = _load(tmp_path, registry, text)
    assert message.startswith("skor.yaml:5:12: scores[0].score: Input should be a valid number")
    assert message.endswith(" — write a number such as 2 or 1.5")
    if value != '"3"':
        assert f"YAML reads {value} as a yes/no value, not a number" in message


def test_unknown_unit_and_criterion(tmp_path: Path, registry: Registry) -> None:
    text = (
        'period: "2026-10"\nscores:\n'
        "  - {upt: ksop-x, criterion: pimpinan, score: 3, evidence: e, assessor: a}\n"
        "  - {upt: ksop-a, criterion: pimpin, score: 3, evidence: e, assessor: a}\n"
        "  - {upt: ksop-a, criterion: aktif, score: 3, evidence: e, assessor: a}\n"
    )
    assert _load(tmp_path, registry, text) == [
        "skor.yaml:3:11: scores[0].upt: unknown unit 'ksop-x' — did you mean 'ksop-a'?",
        "skor.yaml:4:30: scores[1].criterion: unknown criterion 'pimpin' — "
        "did you mean 'pimpinan'?",
        "skor.yaml:5:30: scores[2].criterion: criterion 'aktif' is measured from "
        "posting_target_share, not scored by assessors — manual criteria: pimpinan",
    ]


def test_wrong_period(tmp_path: Path, registry: Registry) -> None:
    text = 'period: "2026-09"\nscores:\n' + GOOD_ENTRY.format(score=3)
    assert _load(tmp_path, registry, text) == [
        "skor.yaml:1:9: period: this file scores period '2026-09' but the evaluation is for "
        "'2026-10' — use the scores file of that period or fix `period:`"
    ]


def test_missing_and_unknown_fields(tmp_path: Path, registry: Registry) -> None:
    text = (
        'period: "2026-10"\nscores:\n'
        "  - upt: ksop-a\n    criterion: pimpinan\n    score: 3\n    asesor: Humas\n"
        "    evidence: e\n"
    )
    assert _load(tmp_path, registry, text) == [
        "skor.yaml:3:5: scores[0]: required field 'assessor' is missing — add `assessor:` here",
        "skor.yaml:6:5: scores[0].asesor: unknown field 'asesor' — did you mean 'assessor'?",
    ]


def test_duplicate_score(tmp_path: Path, registry: Registry) -> None:
    text = 'period: "2026-10"\nscores:\n' + GOOD_ENTRY.format(score=3) * 2
    assert _load(tmp_path, registry, text) == [
        "skor.yaml:8:5: scores[1]: 'ksop-a' already has a score for 'pimpinan' — "
        "keep one score per unit and criterion"
    ]


def test_not_a_mapping_and_yaml_errors(tmp_path: Path, registry: Registry) -> None:
    assert _load(tmp_path, registry, "- a\n- b\n") == [
        "skor.yaml:1:1: a scores file is a mapping with `period:` and `scores:` "
        "(a list of {upt, criterion, score, evidence, assessor})"
    ]
    messages = _load(tmp_path, registry, "period: [\n")
    assert len(messages) == 1 and messages[0].startswith("skor.yaml:2:1: YAML syntax error")
    messages = _load(
        tmp_path, registry, 'period: "2026-10"\nscores:\n' + GOOD_ENTRY.format(score="tiga")
    )
    assert messages[0].startswith("skor.yaml:5:12: scores[0].score: Input should be a valid number")
