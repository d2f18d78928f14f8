"""plan.json through pydantic's serializer: the same bytes json.dumps always wrote."""

from __future__ import annotations

import datetime as dt
import json
import typing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from smrt_cli import plan_file as plans
from smrt_cli.plan_file import WeekPlan, WithdrawnSlot, plan_json
from tests.helpers.plan_data import make_plan


def old_plan_json(plan: WeekPlan) -> str:
    """plan_json as it was: the reference the fast path must equal byte for byte."""
    data = plan.model_dump(mode="json")
    if not plan.revision and not plan.withdrawn:
        del data["revision"], data["withdrawn"]
    for unit in data["upts"]:
        for slot in unit["slots"]:
            if slot["time_basis"] is None:
                del slot["time_basis"]
    if not plan.approvals:
        del data["approvals"]
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


_hours = st.one_of(
    st.floats(min_value=0, max_value=1_000_000),
    st.sampled_from([0.0, 1e-05, 2.5e-05, 9.999999999999999e-05, 1e-4, 0.25, 6.0]),
)


@settings(max_examples=200, deadline=None)
@given(
    _hours,
    _hours,
    _hours,
    st.text(),
    st.integers(0, 3),
    st.booleans(),
    st.lists(
        st.one_of(st.none(), st.sampled_from(["unit", "region", "registry"]), st.text()),
        min_size=3,
        max_size=3,
    ),
)
def test_plan_json_equals_the_json_dumps_reference(
    capacity: float,
    planned: float,
    effort: float,
    title: str,
    revision: int,
    withdrawn: bool,
    bases: list[str | None],
) -> None:
    plan = make_plan()
    unit = plan.upts[0]
    slots = [
        s.model_copy(update={"effort_hours": effort, "title": title, "time_basis": bases[n % 3]})
        for n, s in enumerate(unit.slots)
    ]
    unit = unit.model_copy(
        update={"capacity_hours": capacity, "planned_hours": planned, "slots": slots, "name": title}
    )
    gone = WithdrawnSlot(
        upt="ksop-a",
        timezone="Asia/Makassar",
        date=dt.date(2026, 11, 30),
        time="09:00",
        platform="x",
        idea_id="cuaca",
        title=title,
    )
    update = {"upts": [unit, *plan.upts[1:]], "revision": revision}
    plan = plan.model_copy(update={**update, "withdrawn": [gone] if withdrawn else []})
    assert plan_json(plan) == old_plan_json(plan)


def test_a_lone_surrogate_still_reaches_the_writer_as_it_always_did() -> None:
    plan = make_plan()
    unit = plan.upts[0].model_copy(update={"name": "KSOP \ud800"})
    plan = plan.model_copy(update={"upts": [unit]})
    assert plan_json(plan) == old_plan_json(plan)


def _float_fields(model: type[BaseModel], seen: dict[str, tuple[str, ...]]) -> None:
    floats = []
    for name, field in model.model_fields.items():
        for arg in [field.annotation, *typing.get_args(field.annotation)]:
            if arg is float:
                floats.append(name)
            elif isinstance(arg, type) and issubclass(arg, BaseModel):
                _float_fields(arg, seen)
    if floats:
        seen[model.__name__] = tuple(floats)


def test_every_float_of_a_plan_is_checked_before_the_fast_path() -> None:
    # A new float field must join PLAN_FLOATS (and _plain_floats), or plan.json could change.
    seen: dict[str, tuple[str, ...]] = {}
    _float_fields(WeekPlan, seen)
    assert seen == plans.PLAN_FLOATS


def test_built_models_equal_validated_ones_and_dump_alike() -> None:
    """plan_file.built (the roster's days, the planner's slots) makes what validation makes."""
    day = dt.date(2026, 12, 7)
    made = plans.built(plans.Duty, date=day, member="Admin")
    checked = plans.Duty(date=day, member="Admin")
    assert made == checked
    assert made.model_fields_set == checked.model_fields_set == {"date", "member"}
    assert (
        made.model_dump_json()
        == checked.model_dump_json()
        == ('{"date":"2026-12-07","member":"Admin"}')
    )
    nobody = plans.built(plans.Duty, date=day, member=None)
    assert nobody == plans.Duty(date=day, member=None)


def test_built_refuses_a_model_without_every_field() -> None:
    with pytest.raises(TypeError, match=r"^Duty is built with every field, in order$"):
        plans.built(plans.Duty, date=dt.date(2026, 12, 7))


@pytest.mark.parametrize(
    ("typed", "read"),
    [("09:00", "09:00"), ("9.05", "09:05"), (" 23:59 ", "23:59"), ("00.00", "00:00")],
)
def test_a_slot_time_reads_as_smrt_writes_it(typed: str, read: str) -> None:
    """The canonical times skip the pattern; the house style people type is still read."""
    text = make_plan().upts[0].slots[0].model_dump_json().replace('"09:00"', json.dumps(typed))
    assert plans.Slot.model_validate_json(text).time == read


@pytest.mark.parametrize("typed", ["24:00", "9:60", "0900", "[]"])
def test_a_slot_time_that_is_no_time_of_day_is_refused(typed: str) -> None:
    text = make_plan().upts[0].slots[0].model_dump_json()
    wrong = text.replace('"09:00"', typed if typed == "[]" else json.dumps(typed))
    with pytest.raises(ValidationError):
        plans.Slot.model_validate_json(wrong)
