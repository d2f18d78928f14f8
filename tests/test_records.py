"""`record` and `mutable_record` behave as `@dataclass(frozen=True)` and `@dataclass` do."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field
from typing import Any

import pytest

from smrt_cli.records import mutable_record, ordered_record, record


def pair(frozen: bool) -> tuple[type[Any], type[Any]]:
    """The same class twice: made by `dataclass` and by smrt's records."""

    def body() -> type[Any]:
        class Item:
            name: str
            size: int = 3
            tags: list[str] = field(default_factory=list)
            note: str = field(default="", repr=False, compare=False)

            def label(self) -> str:
                return f"{self.name}:{self.size}"

        return Item

    made = record(body()) if frozen else mutable_record(body())
    return dataclass(frozen=frozen)(body()), made


@pytest.mark.parametrize("frozen", [True, False])
def test_a_record_is_the_dataclass_it_replaces(frozen: bool) -> None:
    theirs, ours = pair(frozen)
    for cls in (theirs, ours):
        a = cls("a", 4, ["x"], note="n")
        assert repr(a).endswith(".<locals>.Item(name='a', size=4, tags=['x'])")
        assert a == cls("a", 4, ["x"], note="other")  # note is not compared
        assert a != cls("a", 5, ["x"])
        assert a.__eq__("a") is NotImplemented
        assert cls("b").tags == [] and cls("b").tags is not cls("b").tags
        assert cls("b").size == 3 and a.label() == "a:4"
        assert [f.name for f in dataclasses.fields(cls)] == ["name", "size", "tags", "note"]
        assert cls.__match_args__ == ("name", "size", "tags", "note")
        assert dataclasses.replace(a, size=9) == cls("a", 9, ["x"])
        with pytest.raises(TypeError):
            cls()  # the name is required
    # the same parameters and defaults ("<factory>" for a field's default_factory)
    ours_said, theirs_said = inspect.signature(ours), inspect.signature(theirs)
    assert [(p.name, repr(p.default)) for p in ours_said.parameters.values()] == [
        (p.name, repr(p.default)) for p in theirs_said.parameters.values()
    ]


def test_a_frozen_record_hashes_and_refuses_changes_as_a_dataclass_does() -> None:
    theirs, ours = pair(frozen=True)
    for cls in (theirs, ours):
        a = cls("a", 4, ("x",))  # a tuple: hashable
        assert hash(a) == hash(("a", 4, ("x",)))
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'size'"):
            a.size = 5
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'size'"):
            del a.size


def test_a_mutable_record_changes_and_is_unhashable_as_a_dataclass_is() -> None:
    theirs, ours = pair(frozen=False)
    for cls in (theirs, ours):
        a = cls("a")
        a.size = 5
        assert a.size == 5
        assert cls.__hash__ is None


def test_methods_a_record_writes_itself_stay() -> None:
    @record
    class Key:
        key: str

        def __hash__(self) -> int:
            return 7

        def __repr__(self) -> str:
            return "Key!"

    assert hash(Key("a")) == 7 and repr(Key("a")) == "Key!" and Key("a") == Key("a")


def test_a_record_that_holds_itself_repeats_no_further() -> None:
    @mutable_record
    class Node:
        items: list[object]

    node = Node([])
    node.items.append(node)
    assert repr(node).endswith(".<locals>.Node(items=[...])")


def test_an_ordered_record_sorts_as_an_ordered_dataclass_does() -> None:
    def body() -> type[Any]:
        class Week:
            year: int
            number: int

        return Week

    theirs, ours = dataclass(frozen=True, order=True)(body()), ordered_record(body())
    for cls in (theirs, ours):
        weeks = [cls(2026, 3), cls(2025, 52), cls(2026, 1)]
        assert [(w.year, w.number) for w in sorted(weeks)] == [(2025, 52), (2026, 1), (2026, 3)]
        assert cls(2026, 1) <= cls(2026, 1) < cls(2026, 2) and cls(2026, 2) >= cls(2026, 1)
        assert max(weeks) == cls(2026, 3) and hash(cls(2026, 1)) == hash((2026, 1))
        with pytest.raises(TypeError):
            _ = cls(2026, 1) < (2026, 2)


def test_a_record_pickles_and_copies_as_a_dataclass_does() -> None:
    import copy
    import pickle

    from smrt_cli.errors import Problem, Text

    problem = Problem("upt.yaml", 3, 7, Text("message.registry.timezone", {"value": "'Mars'"}))
    assert pickle.loads(pickle.dumps(problem)) == problem
    assert copy.deepcopy(problem) == problem and copy.copy(problem) == problem


def test_a_hash_a_record_turns_off_stays_off() -> None:
    @record
    class Unhashable:
        value: list[int]
        __hash__ = None  # type: ignore[assignment]

    assert Unhashable.__hash__ is None
