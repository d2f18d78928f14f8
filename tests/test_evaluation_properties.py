"""Property tests of the scorer: the score lies within its criteria and criteria are independent."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from smrt_cli.evaluation import Metrics, UnitEvaluation, UnitMeasure, evaluate
from smrt_cli.periods import parse_month
from smrt_cli.registry_file import load_registry
from smrt_cli.scores import ScoreEntry
from tests.helpers.evaluation_data import REGION

REGISTRY = load_registry(REGION)
OCTOBER = parse_month("2026-10")
SOURCES = sorted({c.source for c in REGISTRY.criteria if c.source != "manual"})
values = st.one_of(st.none(), st.floats(min_value=-50, max_value=500, allow_nan=False))
metric_maps = st.fixed_dictionaries({s: values for s in SOURCES})
manual = st.one_of(st.none(), st.integers(min_value=1, max_value=5))


def _unit(metrics: dict[str, Any], pimpinan: int | None) -> UnitEvaluation:
    fields = {
        k: (round(v) if k in ("counter_hoax_posts",) and v is not None else v)
        for k, v in metrics.items()
    }
    entries = (
        [ScoreEntry(upt="ksop-a", criterion="pimpinan", score=pimpinan, evidence="e", assessor="a")]
        if pimpinan is not None
        else []
    )
    result = evaluate(
        REGISTRY,
        OCTOBER,
        OCTOBER.previous(),
        {"ksop-a": UnitMeasure(metrics=Metrics(**fields))},
        entries,
        None,
        ["ksop-a"],
        "id",
    )
    return result.upts[0]


@settings(max_examples=100, deadline=None)
@given(metric_maps, manual)
def test_score_lies_between_the_lowest_and_highest_criterion_score(
    metrics: dict[str, Any], pimpinan: int | None
) -> None:
    unit = _unit(metrics, pimpinan)
    scores = [c.score for c in unit.criteria if c.score is not None]
    if not scores:
        assert (unit.score, unit.coverage, unit.rank) == (None, 0.0, None)
        return
    assert unit.score is not None
    assert min(scores) <= unit.score <= max(scores)
    assert 0 < unit.coverage <= 100


@settings(max_examples=100, deadline=None)
@given(metric_maps, manual, st.sampled_from(SOURCES), st.floats(0, 200, allow_nan=False))
def test_adding_data_for_a_criterion_never_changes_the_others(
    metrics: dict[str, Any], pimpinan: int | None, source: str, value: float
) -> None:
    before = _unit({**metrics, source: None}, pimpinan)
    after = _unit({**metrics, source: value}, pimpinan)
    for old, new in zip(before.criteria, after.criteria, strict=True):
        if old.source != source:
            assert old == new
    assert after.coverage >= before.coverage
