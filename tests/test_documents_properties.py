"""Invariants of the documents' building blocks: sheet names, approvals, follow-up rows."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smrt_cli.approvals import approval_of, approve, plan_digest
from smrt_cli.render.xlsx import sheet_title
from tests.helpers.plan_data import make_plan

WHEN = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)


@pytest.mark.slow
@given(st.lists(st.text(max_size=60), min_size=1, max_size=20))
def test_sheet_titles_are_valid_and_unique(names: list[str]) -> None:
    taken: set[str] = set()
    titles = [sheet_title(name, taken) for name in names]
    assert all(0 < len(t) <= 31 for t in titles)
    assert not any(ch in t for t in titles for ch in "[]:*?/\\")
    assert len({t.lower() for t in titles}) == len(titles)  # Excel ignores case


@settings(max_examples=50)
@given(
    unit=st.sampled_from([None, "ksop-a", "upp-b"]),
    minute=st.integers(min_value=0, max_value=59),
    hours=st.floats(min_value=0.25, max_value=8, allow_nan=False),
)
def test_an_approval_holds_until_its_plan_changes(
    unit: str | None, minute: int, hours: float
) -> None:
    plan = approve(make_plan(), unit, "Kepala", WHEN)
    assert approval_of(plan, unit) is not None
    assert plan_digest(plan, unit) == plan.approvals[0].sha256
    # any change to a slot the approval covers makes the plan a draft again
    first = plan.upts[0] if unit in (None, "ksop-a") else plan.upts[1]
    slot = first.slots[0]
    changed_slot = slot.model_copy(update={"time": f"06:{minute:02d}", "effort_hours": hours})
    changed_unit = first.model_copy(update={"slots": [changed_slot, *first.slots[1:]]})
    units = [changed_unit if u.id == first.id else u for u in plan.upts]
    edited = plan.model_copy(update={"upts": units})
    assert approval_of(edited, unit) is None
    # a unit's approval does not cover another unit's plan, nor the week
    if unit is not None:
        other = "upp-b" if unit == "ksop-a" else "ksop-a"
        assert approval_of(plan, other) is None and approval_of(plan, None) is None
