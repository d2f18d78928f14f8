"""Load the YAML registry: safe parsing, model validation and cross-reference checks."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import types
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import VERSION as PYDANTIC_VERSION
from pydantic import BaseModel, ValidationError

from . import cache
from .errors import Message, Problem, UserError, msg
from .files import read_text
from .models import MAX_BYTES, Registry, Unit, assembled, known_timezone

if TYPE_CHECKING:  # yamlsource pulls in PyYAML, which a cached registry does not need
    from .yamlsource import Path_, YamlDoc

BUNDLED_SAMPLE = Path(__file__).parent / "data" / "upt.yaml"


def load_registry(path: Path, display: str | None = None) -> Registry:
    """Read, validate and cross-check a registry file; all problems found raise one UserError.

    A registry that validated before is read back from the cache when its bytes and smrt's
    own checks are unchanged: a national registry takes a second to parse, its cached copy a
    few hundredths.
    """
    name = display or str(path)
    text = read_text(path, name, MAX_BYTES)
    entry = _cache_entry(path, text)
    cached = _from_cache(entry)
    if cached is not None:
        return cached
    from .yamlsource import parse

    fast = parse(text, name, marks=False)
    if isinstance(fast.data, dict):
        try:
            registry = Registry.model_validate(fast.data)
        except ValidationError:
            pass
        else:
            if next(cross_reference_problems(registry, fast), None) is None:
                _to_cache(entry, registry)
                return registry
    # Something is wrong: parse again, remembering where every value stands, to say where.
    return registry_from_doc(parse(text, name))


def _cache_entry(path: Path, text: str) -> cache.Entry:
    # One entry per registry path, valid for its bytes, smrt's own models and checks, and the
    # pydantic release: it validated the entry, and rebuild() sets the state it keeps.
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return cache.entry("registry", digest, PYDANTIC_VERSION, path=path, code=_CODE)


# Whenever the models or these checks change, a cached registry is stale.
_CODE = ("models.py", "registry_file.py", "__init__.py")


def _to_cache(entry: cache.Entry, registry: Registry) -> None:
    data = registry.model_dump_json(by_alias=True)
    entry.put(_sha256(data) + "\n" + data)


def _from_cache(entry: cache.Entry) -> Registry | None:
    """The registry as it validated, rebuilt without validating it again; None when the entry
    is missing or damaged.

    Validating it again cost 13 ms of the 0.3 s `smrt plan week` takes on the sample, most of
    it pydantic building the validators of all twenty registry models (issue 19). The text's
    digest stands guard instead: what is rebuilt is exactly what this code wrote after
    validating it (the key holds the registry's digest, the pydantic release and this code's).
    """
    body = entry.get()
    if body is None:
        return None
    digest, _, data = body.partition("\n")
    if digest != _sha256(data):
        return None
    try:
        return rebuild(Registry, json.loads(data))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


M = TypeVar("M", bound=BaseModel)
_Rebuild = Callable[[Any], Any]


def rebuild(model: type[M], data: dict[str, Any]) -> M:
    """A model from the JSON of one that validated (`model_dump_json(by_alias=True)`).

    Nothing is checked again: only what the JSON cannot say is restored (nested models, dates).
    The result equals the model dumped; its `model_fields_set` names every field.
    """
    return _rebuild(model, data)


def _rebuild(model: type[M], data: dict[str, Any]) -> M:
    # nested models come back through here, not through the public name: the cached steps
    # would otherwise keep whatever `rebuild` was on their first use (a test's wrapper, say)
    values = {}
    for key, name, step in _rebuild_steps(model):
        value = data[key]  # the dump has every field: a missing one means a damaged entry
        values[name] = value if step is None else step(value)
    # What model_construct sets, without its search for aliases and defaults per field and
    # object: that search made a national registry (7,000 objects) slower to rebuild than
    # to validate again; this way it takes as long as the validation alone, and the sample
    # skips building the validators.
    return assembled(model, values)


@functools.cache
def _rebuild_steps(model: type[BaseModel]) -> list[tuple[str, str, _Rebuild | None]]:
    """Per field of the model: its JSON key (the alias when it has one), its name, and how to
    restore its value. A model that keeps more than its fields is refused."""
    if (
        model.model_config.get("extra") == "allow"
        or model.__private_attributes__
        or model.__pydantic_post_init__
        or model.__pydantic_root_model__
    ):
        raise TypeError(f"{model.__name__} keeps more than its fields: validate it instead")
    return [
        (field.alias or name, name, _rebuild_step(field.annotation))
        for name, field in model.model_fields.items()
    ]


def _rebuild_step(annotation: Any) -> _Rebuild | None:
    """How to turn JSON back into a value of this type; None: as JSON has it."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return _rebuild_step(args[0])
    if origin is Literal or annotation in (str, int, float, bool):
        return None
    if annotation is dt.date:
        return dt.date.fromisoformat
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return functools.partial(_rebuild, annotation)
    if origin is list:
        item = _rebuild_step(args[0])
        return None if item is None else functools.partial(_each, item)
    if origin is dict and _rebuild_step(args[0]) is None:
        item = _rebuild_step(args[1])
        return None if item is None else functools.partial(_each_value, item)
    if origin in (Union, types.UnionType):
        steps = [_rebuild_step(a) for a in args if a is not type(None)]
        if all(step is None for step in steps):
            return None  # text or a per-language map, say: JSON has them as they are
        if len(steps) == 1 and (step := steps[0]) is not None:
            return functools.partial(_unless_none, step)
    # a type the registry has never had (a time, a set): say so rather than guess
    raise TypeError(f"no way to rebuild {annotation!r} from the cache")


def _each(step: _Rebuild, value: list[Any]) -> list[Any]:
    return [step(v) for v in value]


def _each_value(step: _Rebuild, value: dict[str, Any]) -> dict[str, Any]:
    return {k: step(v) for k, v in value.items()}


def _unless_none(step: _Rebuild, value: Any) -> Any:
    return None if value is None else step(value)


def registry_from_doc(doc: YamlDoc) -> Registry:
    from .yamlsource import problems_error, validation_problems

    if not isinstance(doc.data, dict):
        raise UserError(doc.problem((), msg("message.registry.not_mapping")))
    try:
        registry = Registry.model_validate(doc.data)
    except ValidationError as exc:
        problems = validation_problems(doc, Registry, exc)
        raise problems_error(problems, exc.error_count()) from None
    problems = list(cross_reference_problems(registry, doc))
    if problems:
        raise problems_error(problems)
    return registry


def _duplicates(doc: YamlDoc, key: str, ids: Iterable[str], base: Path_ = ()) -> Iterator[Problem]:
    seen: Counter[str] = Counter()
    for i, item_id in enumerate(ids):
        seen[item_id] += 1
        if seen[item_id] == 2:
            yield doc.problem(
                (*base, key, i, "id"),
                msg("message.registry.duplicate_id", id=repr(item_id), key=key),
            )


def _unknown(doc: YamlDoc, path: Path_, value: str, known: set[str], what: str) -> Problem:
    import difflib

    close = difflib.get_close_matches(value, sorted(known), n=1)
    places: dict[str, Message] = {
        "capabilities": "settings.capabilities",
        "campaigns": msg("message.registry.campaign_events"),
    }
    where = places.get(what, what)
    hint = (
        msg("message.did_you_mean", name=repr(close[0]))
        if close
        else msg("message.registry.define_under", where=where)
    )
    return doc.problem(path, msg(f"message.registry.unknown.{what}", value=repr(value), hint=hint))


def cross_reference_problems(reg: Registry, doc: YamlDoc) -> Iterator[Problem]:
    """Checks pydantic cannot make alone: ids, references between sections, sums to 100."""
    s = reg.settings
    yield from _duplicates(doc, "capabilities", (c.id for c in s.capabilities), ("settings",))
    for key in ("pillars", "upts", "ideas", "criteria", "events"):
        yield from _duplicates(doc, key, (item.id for item in getattr(reg, key)))
    yield from _settings_problems(reg, doc)
    yield from _sum_problems(reg, doc)
    yield from _unit_problems(reg, doc)
    yield from _reference_problems(reg, doc)


def _settings_problems(reg: Registry, doc: YamlDoc) -> Iterator[Problem]:
    """The coordinator, the time zone and the grade bands of settings."""
    s = reg.settings
    unit_ids = {u.id for u in reg.upts}
    if s.coordinator not in unit_ids:
        yield _unknown(doc, ("settings", "coordinator"), s.coordinator, unit_ids, "upts")
    if not known_timezone(s.timezone):
        yield doc.problem(
            ("settings", "timezone"),
            msg(
                "message.registry.timezone",
                value=repr(s.timezone),
                example="'Asia/Makassar' (WITA)",
            ),
        )
    if not any(g.min == 0 for g in s.grades):
        yield doc.problem(("settings", "grades"), msg("message.registry.no_zero_grade"))
    mins = Counter(g.min for g in s.grades)
    for i, g in enumerate(s.grades):
        if mins[g.min] > 1:
            yield doc.problem(
                ("settings", "grades", i, "min"),
                msg("message.registry.two_grades", min=f"{g.min:g}"),
            )
            break


def _sum_problems(reg: Registry, doc: YamlDoc) -> Iterator[Problem]:
    """Pillar shares and criterion weights each add up to 100."""
    total = sum(p.target_share for p in reg.pillars)
    if abs(total - 100) > 0.01:
        yield doc.problem(
            ("pillars",),
            msg("message.registry.shares_sum", total=f"{total:g}"),
        )
    weights = sum(c.weight for c in reg.criteria)
    if abs(weights - 100) > 0.01:
        yield doc.problem(
            ("criteria",),
            msg("message.registry.weights_sum", total=f"{weights:g}"),
        )


def _unit_problems(reg: Registry, doc: YamlDoc) -> Iterator[Problem]:
    """Each unit's time zone, capabilities, members and targets."""
    s = reg.settings
    cap_ids = {c.id for c in s.capabilities}
    for i, u in enumerate(reg.upts):
        if u.timezone is not None and not known_timezone(u.timezone):
            yield doc.problem(
                ("upts", i, "timezone"),
                msg("message.registry.timezone", value=repr(u.timezone), example="'Asia/Jayapura'"),
            )
        for j, cap in enumerate(u.capabilities):
            if cap not in cap_ids:
                yield _unknown(doc, ("upts", i, "capabilities", j), cap, cap_ids, "capabilities")
        yield from _member_problems(doc, i, u, cap_ids)
        for platform in u.targets:
            if platform not in u.accounts:
                yield doc.problem(
                    ("upts", i, "targets", platform),
                    msg("message.registry.target_no_account", platform=platform),
                    key=True,
                )
            if platform not in s.posting_times or not s.posting_times[platform]:
                yield doc.problem(
                    ("upts", i, "targets", platform),
                    msg("message.registry.no_posting_time", platform=platform),
                    key=True,
                )


def _reference_problems(reg: Registry, doc: YamlDoc) -> Iterator[Problem]:
    """Ideas, posting policies and events name pillars, capabilities and events that exist."""
    s = reg.settings
    pillar_ids = {p.id for p in reg.pillars}
    cap_ids = {c.id for c in s.capabilities}
    event_ids = {e.id for e in reg.events}

    for i, idea in enumerate(reg.ideas):
        if idea.pillar not in pillar_ids:
            yield _unknown(doc, ("ideas", i, "pillar"), idea.pillar, pillar_ids, "pillars")
        for j, cap in enumerate(idea.requires):
            if cap not in cap_ids:
                yield _unknown(doc, ("ideas", i, "requires", j), cap, cap_ids, "capabilities")
        for j, ev in enumerate(idea.events):
            if ev not in event_ids:
                yield _unknown(doc, ("ideas", i, "events", j), ev, event_ids, "events")

    campaigns = {e.id for e in reg.events if e.kind == "campaign"}
    policies = [(("settings", "posting_policy"), s.posting_policy)] + [
        (("upts", i, "posting_policy"), u.posting_policy)
        for i, u in enumerate(reg.upts)
        if u.posting_policy is not None
    ]
    for base, policy in policies:
        for j, ev in enumerate(policy.daily_presence):
            if ev not in campaigns:
                yield _unknown(doc, (*base, "daily_presence", j), ev, campaigns, "campaigns")

    for i, event in enumerate(reg.events):
        if event.pillar is not None and event.pillar not in pillar_ids:
            yield _unknown(doc, ("events", i, "pillar"), event.pillar, pillar_ids, "pillars")


def _member_problems(doc: YamlDoc, i: int, u: Unit, cap_ids: set[str]) -> Iterator[Problem]:
    """Member ids are unique within the unit; a member's capabilities are the unit's."""
    seen: set[str] = set()
    for k, member in enumerate(u.team):
        if member.id is not None:
            if member.id in seen:
                yield doc.problem(
                    ("upts", i, "team", k, "id"),
                    msg("message.registry.duplicate_member", id=repr(member.id)),
                )
            seen.add(member.id)
        for j, cap in enumerate(member.capabilities or ()):
            path = ("upts", i, "team", k, "capabilities", j)
            if cap not in cap_ids:
                yield _unknown(doc, path, cap, cap_ids, "capabilities")
            elif cap not in u.capabilities:
                yield doc.problem(
                    path,
                    msg("message.registry.member_capability", cap=repr(cap)),
                )


def summary(reg: Registry) -> dict[str, Any]:
    """Counts for the one-line validation summary."""
    return {
        "upts": len(reg.upts),
        "ideas": len(reg.ideas),
        "pillars": len(reg.pillars),
        "criteria": len(reg.criteria),
        "events": len(reg.events),
    }
