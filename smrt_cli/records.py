"""Dataclasses made with one compiled function instead of three to ten (start-up, issue 19)."""

# `@dataclass` compiles each method it writes (__init__, __repr__, __eq__ and, frozen,
# __setattr__, __delattr__, __hash__) from source text when the class is made, on every run:
# about 1 ms a frozen class here, 33 ms of `smrt plan week` on the sample for the 40 classes it
# loads. `record` and `mutable_record` make the same classes with `dataclasses` itself, which
# keeps the fields, `fields()`, `replace()` and `__match_args__`; only __init__ is compiled
# (its signature is the class's own). The other methods are closures made from code compiled
# once, with the results `@dataclass` gives: the same repr, equality, hash and frozen errors.

from __future__ import annotations

import dataclasses
import operator
import reprlib
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

_C = TypeVar("_C", bound=type)


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: _C) -> _C:
    """`@dataclass(frozen=True)`, made faster: fields set once, equal by value, hashable."""
    return _make(cls, frozen=True)


@dataclass_transform(frozen_default=True, order_default=True, field_specifiers=(dataclasses.field,))
def ordered_record(cls: _C) -> _C:
    """`@dataclass(frozen=True, order=True)`, made faster: a record that sorts by its fields."""
    return _make(cls, frozen=True, order=True)


@dataclass_transform(field_specifiers=(dataclasses.field,))
def mutable_record(cls: _C) -> _C:
    """`@dataclass`, made faster: fields that can change, equal by value, not hashable."""
    return _make(cls, frozen=False)


def _make(cls: _C, frozen: bool, order: bool = False) -> _C:
    if "__doc__" not in cls.__dict__ or cls.__doc__ is None:
        # `dataclass` would write one from inspect.signature: a quarter of its time
        cls.__doc__ = cls.__name__
    made: Any = dataclasses.dataclass(cls, init=False, repr=False, eq=False)  # compiles nothing
    fields = dataclasses.fields(made)
    own = made.__dict__
    # a class that writes __eq__ alone gets __hash__ = None from Python: not a hash of its own
    explicit_hash = own.get("__hash__") is not None or ("__hash__" in own and "__eq__" not in own)
    if "__init__" not in own:
        made.__init__ = _init(made, fields, frozen)
    if "__repr__" not in own:
        made.__repr__ = _repr([f.name for f in fields if f.repr])
    compared = [f.name for f in fields if f.compare]
    key = _key(compared)
    if "__eq__" not in own:
        made.__eq__ = _eq(key)
    if not explicit_hash:
        # as `dataclass` decides with eq=True: frozen hashes its compared fields; mutable is
        # unhashable (None) unless the class wrote its own
        hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
        made.__hash__ = _hash(_key(hashed)) if frozen else None
    if order:
        for name, test in _ORDER.items():
            if name in own:
                raise TypeError(f"Cannot overwrite attribute {name} in class {made.__name__}")
            setattr(made, name, _compare(key, test))
    if frozen:
        names = frozenset(f.name for f in fields)
        for name, method in (("__setattr__", _setattr), ("__delattr__", _delattr)):
            if name in own:
                raise TypeError(f"Cannot overwrite attribute {name} in class {made.__name__}")
            setattr(made, name, method(made, names))
    return made  # type: ignore[no-any-return]


def _init(cls: type, fields: tuple[dataclasses.Field[Any], ...], frozen: bool) -> Any:
    """The one compiled method: __init__ with the class's own parameters and defaults."""
    scope: dict[str, Any] = {"__object_setattr": object.__setattr__, "__factory": _FACTORY}
    params, body = ["self"], []
    keywords = False
    # keyword-only fields come last in the signature, as `dataclass` orders them
    for f in sorted(fields, key=lambda f: f.init and f.kw_only is True):
        if not f.init:
            value = _default_value(f, scope)
            if value is not None:
                body.append(_assign(f.name, value, frozen))
            continue
        if f.kw_only and not keywords:
            params.append("*")
            keywords = True
        if f.default is not dataclasses.MISSING:
            scope[f"__default_{f.name}"] = f.default
            params.append(f"{f.name}=__default_{f.name}")
            body.append(_assign(f.name, f.name, frozen))
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"__make_{f.name}"] = f.default_factory
            params.append(f"{f.name}=__factory")
            value = f"__make_{f.name}() if {f.name} is __factory else {f.name}"
            body.append(_assign(f.name, value, frozen))
        else:
            params.append(f.name)
            body.append(_assign(f.name, f.name, frozen))
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    lines = [f"def __init__({', '.join(params)}):", *(f"    {b}" for b in body or ["pass"])]
    exec("\n".join(lines), scope)  # the text is built above from field names only
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


class _Factory:
    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()  # a parameter left out: its field's default_factory makes the value


def _default_value(f: dataclasses.Field[Any], scope: dict[str, Any]) -> str | None:
    """What a field left out of __init__ starts as, as text in `scope`; None: unset."""
    if f.default_factory is not dataclasses.MISSING:
        scope[f"__make_{f.name}"] = f.default_factory
        return f"__make_{f.name}()"
    return None  # a plain default stays the class attribute `dataclass` leaves it


def _assign(name: str, value: str, frozen: bool) -> str:
    if frozen:
        return f"__object_setattr(self, {name!r}, {value})"
    return f"self.{name} = {value}"


def _key(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The fields' values as one tuple, as `dataclass` compares and hashes them."""
    if not names:
        return lambda _self: ()
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda self: (one(self),)
    return operator.attrgetter(*names)


def _repr(names: list[str]) -> Callable[[Any], str]:
    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        said = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({said})"

    return __repr__


def _eq(key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, object], Any]:
    def __eq__(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    return __eq__


_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "__lt__": operator.lt,
    "__le__": operator.le,
    "__gt__": operator.gt,
    "__ge__": operator.ge,
}


def _compare(
    key: Callable[[Any], tuple[Any, ...]], test: Callable[[Any, Any], bool]
) -> Callable[[Any, object], Any]:
    def compare(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return test(key(self), key(other))
        return NotImplemented

    return compare


def _hash(key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(key(self))

    return __hash__


def _setattr(cls: Any, names: frozenset[str]) -> Callable[[Any, str, Any], None]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


def _delattr(cls: Any, names: frozenset[str]) -> Callable[[Any, str], None]:
    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__
