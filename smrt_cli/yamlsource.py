"""Safe YAML reading that remembers where every value stands, so errors can name FILE:LINE:COL."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .errors import Message, Problem, Text, TextError, UserError, msg
from .models import MAX_BYTES

try:  # the C loader is much faster on national registries; fall back when libyaml is absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# A billion-laughs file expands a few nodes into billions. Real registries may share a team or a
# target list by alias, so the cap grows with the file's own size instead of being one number.
ALIAS_NODES_BASE = 20_000
ALIAS_NODES_PER_NODE = 10
MAX_PROBLEMS = 30
MAX_DESCRIBED = 1000
# A national registry (1,000 units × 1,000 ideas) is 1 MB and 100,000 values deep at most six
# levels; a file ten times that size (MAX_BYTES), with 2.5 times as many values or nested past
# 50 levels is not a registry, and reading it whole would take minutes and gigabytes to say so.
MAX_NODES = 250_000
MAX_DEPTH = 50

Path_ = tuple[str | int, ...]

_SCALAR_LOADER = yaml.SafeLoader("")
_STR_TAG = "tag:yaml.org,2002:str"
_YAML11_WORDS = {"yes", "no", "on", "off", "y", "n", "true", "false"}
# What a registry's scalars may be; anything else (bytes from !!binary) is refused where it is.
_PLAIN_TYPES = (str, int, float, bool, type(None), dt.date)


@dataclass
class YamlDoc:
    """Plain data from a YAML file plus the line and column of every key and value."""

    file: str
    data: Any
    value_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    # Plain (unquoted) scalars that YAML 1.1 turned into something other than text.
    surprises: dict[Path_, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list, repr=False)  # for hints about the source

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """The mark of `path` (its key when asked), else of its nearest ancestor."""
        p = tuple(path)
        while True:
            if key and p in self.key_marks:
                return self.key_marks[p]
            if p in self.value_marks:
                return self.value_marks[p]
            if not p:
                return (1, 1)
            p = p[:-1]
            key = False

    def problem(self, path: Path_, message: Message, *, key: bool = False) -> Problem:
        line, col = self.where(path, key=key)
        return Problem(self.file, line, col, message, dotted(path))


def problems_error(problems: list[Problem], total: int = 0) -> UserError:
    """One error holding a file's problems in line order, at most MAX_PROBLEMS of them.

    `total` counts problems found but not described (see validation_problems).
    """
    ordered = sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
    count = max(total, len(ordered))
    extra = [f"… and {count - MAX_PROBLEMS} more problems"] * (count > MAX_PROBLEMS)
    return UserError(*ordered[:MAX_PROBLEMS], *extra)


def dotted(path: Sequence[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse(text: str, display: str, *, marks: bool = True) -> YamlDoc:
    """Parse YAML text into plain data with marks; any YAML-level problem is a UserError.

    Without `marks` only the data is built (a third faster on national registries); callers
    parse again with marks when they need to say where a problem is.
    """
    _check_size(text, display)
    tabs = (
        [
            Problem(
                display,
                n,
                line.index("\t") + 1,
                msg("message.yaml.tab"),
            )
            for n, line in enumerate(text.splitlines(), 1)
            if "\t" in line[: len(line) - len(line.lstrip(" \t"))]
        ]
        if "\t" in text
        else []
    )
    if tabs:
        raise UserError(problems=tabs[:MAX_PROBLEMS])
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        hashtag = _hashtag_comment(text, exc)
        if hashtag is not None:
            raise UserError(
                Problem(display, hashtag[0], hashtag[1], hashtag_hint(hashtag[2]))
            ) from None
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or "invalid YAML"
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise UserError(
            Problem(display, line, col, msg("message.yaml.syntax", what=what))
        ) from None
    except yaml.YAMLError as exc:
        # the reader's errors (control characters) carry a position, not a mark
        position = getattr(exc, "position", None)
        if isinstance(position, int):
            line = text.count("\n", 0, position) + 1
            col = position - (text.rfind("\n", 0, position) + 1) + 1
            what = getattr(exc, "reason", "unreadable character")
            raise UserError(
                Problem(
                    display,
                    line,
                    col,
                    msg("message.yaml.control", what=what),
                )
            ) from None
        raise UserError(msg("message.yaml.error", file=display, error=str(exc))) from None
    except RecursionError:  # the pure-Python composer recurses per level
        raise _too_deep(text, display) from None
    if node is None:
        raise UserError(Problem(display, 1, 1, msg("message.yaml.empty")))
    doc = YamlDoc(display, None, lines=text.splitlines() if marks else [])
    builder = _Builder(doc, node, marks, text)
    doc.data = builder.build(node, ())
    return doc


def _too_deep(text: str, display: str) -> UserError:
    """The error naming where `text` first nests past MAX_DEPTH (parse events do not recurse)."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return UserError(Problem(display, *_place(event.start_mark), _DEEP))
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
    return UserError(Problem(display, 1, 1, _DEEP))


def _place(mark: Any) -> tuple[int, int]:
    """Line and column (from 1) of a PyYAML mark; events of either loader carry one."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


_DEEP = msg("message.yaml.deep", depth=MAX_DEPTH)


_BREAKS = ("\n", "\r", "\x85", "\u2028", "\u2029")  # YAML 1.1's line breaks
_STARTS = (*_BREAKS, ",", "[", "{", ":", *(f"{i}{b}" for i in "-?" for b in (" ", "\t", *_BREAKS)))


def _check_size(text: str, display: str) -> None:
    """Refuse a file too large to be a registry before building it: in well under a second."""
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise UserError(
            Problem(
                display,
                1,
                1,
                msg("message.yaml.size", size=size, most=MAX_BYTES),
            )
        )
    # Every value starts after a line break, a comma, a bracket or an indicator (- or ? and a
    # blank, or :), and at most two (a mapping and its first key) start at one place: a bound
    # counted at C speed, so only a file that might exceed the cap is walked event by event.
    bound = 2 * (1 + sum(text.count(mark) for mark in _STARTS))
    if bound <= MAX_NODES:
        return
    nodes = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.NodeEvent):
                nodes += 1
                if nodes > MAX_NODES:
                    raise UserError(
                        Problem(
                            display,
                            *_place(event.start_mark),
                            msg("message.yaml.nodes", most=MAX_NODES),
                        )
                    )
    except yaml.YAMLError:
        return  # compose says where the syntax breaks, with its own message


def _distinct_nodes(root: yaml.Node) -> int:
    """How many nodes the file itself spells out, counting each anchored node once."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append(key)
                stack.append(value)
    return len(seen)


# A hashtag written bare starts a YAML comment: `[#Nataru2026]` never closes its bracket and
# `- #Nataru2026` is an empty item, and YAML's own words for either never mention the '#'.
def hashtag_hint(tag: str) -> Text:
    return msg("message.yaml.hashtag", tag=tag)


_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'')
_FLOW_HASHTAG = re.compile(r"[\[{,]\s*(#[^\s,\]}]+)")


def _hashtag_comment(text: str, exc: yaml.MarkedYAMLError) -> tuple[int, int, str] | None:
    """Where a bare '#…' inside [ ] or { } broke the file, if that is what broke it.

    The comment swallows the closing bracket, so YAML stumbles a line or more later (where,
    depends on the loader): the nearest bracket line above with a bare '#' is the cause.
    """
    mark = exc.problem_mark or exc.context_mark
    if mark is None or "flow" not in (exc.context or ""):
        return None
    lines = text.splitlines()
    for number in range(min(mark.line, len(lines) - 1), max(mark.line - 20, -1), -1):
        # a quoted "#tag" is text, not a comment: blank quoted strings out, keeping columns
        line = _QUOTED.sub(lambda m: " " * len(m.group()), lines[number])
        found = _FLOW_HASHTAG.search(line)
        if found:
            return (number + 1, found.start(1) + 1, found.group(1))
    return None


def bare_hashtag(doc: YamlDoc, path: Path_) -> str | None:
    """The '#…' that YAML read as a comment, leaving the list item at `path` empty."""
    line, _ = doc.where(path)
    text = doc.lines[line - 1] if 0 < line <= len(doc.lines) else ""
    found = re.match(r"\s*-\s+(#[^\s#]+)", text)
    return found.group(1) if found else None


class _Builder:
    def __init__(self, doc: YamlDoc, root: yaml.Node, marks: bool, text: str) -> None:
        self.text = text  # to tell a written tag from one YAML inferred
        self.doc = doc
        self.marks = marks
        self.seen: set[int] = set()
        self.alias_nodes = 0
        self.max_alias_nodes = ALIAS_NODES_BASE + ALIAS_NODES_PER_NODE * _distinct_nodes(root)

    def build(self, node: yaml.Node, path: Path_, in_alias: bool = False) -> Any:
        if len(path) > MAX_DEPTH:
            # a registry is six levels deep; refusing here, with the line, comes long before
            # Python's own recursion limit, which could not say where
            raise UserError(
                Problem(
                    self.doc.file,
                    node.start_mark.line + 1,
                    node.start_mark.column + 1,
                    _DEEP,
                )
            )
        if id(node) in self.seen:
            in_alias = True
        self.seen.add(id(node))
        if in_alias:
            self.alias_nodes += 1
            if self.alias_nodes > self.max_alias_nodes:
                line, col = node.start_mark.line + 1, node.start_mark.column + 1
                raise UserError(
                    Problem(
                        self.doc.file,
                        line,
                        col,
                        msg("message.yaml.aliases"),
                    )
                )
        if self.marks and not in_alias:
            self.doc.value_marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, in_alias)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, (*path, i), in_alias) for i, child in enumerate(node.value)]
        if node.tag == _STR_TAG:  # most scalars: skip the (slow) generic constructor
            return node.value
        value = self._scalar(node)
        if (
            isinstance(node, yaml.ScalarNode)
            and not node.style  # plain: the C loader says '', the Python one None
            and not isinstance(value, str)
            and value is not None
            and self.marks
            and not in_alias
        ):
            self.doc.surprises[path] = node.value
        return value

    def _scalar(self, node: yaml.Node) -> Any:
        """A tagged or typed scalar, or a located error when YAML cannot make one."""
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        if not isinstance(node, yaml.ScalarNode):
            raise UserError(Problem(self.doc.file, line, col, msg("message.yaml.key_plain")))
        try:
            value = _SCALAR_LOADER.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
            what = exc.problem if isinstance(exc, yaml.MarkedYAMLError) and exc.problem else exc
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            if tag == "!!timestamp" and not self.text.startswith("!", node.start_mark.index):
                # a plain 2026-02-30: YAML takes it for a date, and there is no such day
                message = msg("message.yaml.no_such_day", value=repr(node.value), what=str(what))
            else:
                message = msg(
                    "message.yaml.tag_unreadable", value=repr(node.value), tag=tag, what=str(what)
                )
            raise UserError(Problem(self.doc.file, line, col, message)) from None
        if not isinstance(value, _PLAIN_TYPES):
            # !!binary gives bytes, which pydantic would turn into text without a word
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise UserError(
                Problem(
                    self.doc.file,
                    line,
                    col,
                    msg("message.yaml.tag_foreign", tag=tag),
                )
            )
        return value

    def _mapping(self, node: yaml.MappingNode, path: Path_, in_alias: bool) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        merged_in: dict[Any, Any] = {}  # from `<<: *alias`: the mapping's own keys win
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                merged = self.build(value_node, path, True)
                items = merged if isinstance(merged, list) else [merged]
                if not items or not all(isinstance(item, dict) for item in items):
                    # `<<: 5` merges nothing: YAML drops it silently, which hides a mistake
                    raise UserError(
                        Problem(
                            self.doc.file,
                            key_node.start_mark.line + 1,
                            key_node.start_mark.column + 1,
                            msg("message.yaml.merge"),
                            dotted(path),
                        )
                    )
                for item in items:
                    for k, v in item.items():
                        merged_in.setdefault(k, v)
                continue
            key = key_node.value if key_node.tag == _STR_TAG else self._scalar(key_node)
            kpath = (*path, key)
            if key in out:
                line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                raise UserError(
                    Problem(
                        self.doc.file,
                        line,
                        col,
                        msg("message.yaml.duplicate", key=repr(key)),
                        dotted(path),
                    )
                )
            if self.marks and not in_alias:
                self.doc.key_marks[kpath] = (
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
            out[key] = self.build(value_node, kpath, in_alias)
        for k, v in merged_in.items():
            out.setdefault(k, v)
        return out


def _model_at(model: type[BaseModel], path: Sequence[str | int]) -> type[BaseModel] | None:
    """The pydantic model that validates the mapping found at `path`, if any."""
    current: Any = model
    keyed = False  # the last field was a mapping (accounts, targets): the next part is its key
    for part in path:
        if isinstance(part, int) or keyed:
            keyed = False
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        fields = {f.alias or name: f for name, f in current.model_fields.items()}
        if part not in fields:
            return None
        annotation = fields[part].annotation
        keyed = getattr(annotation, "__origin__", None) is dict
        current = _unwrap(annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    """Reach through list[...], dict[..., X] and Optional to the model inside, if one."""
    for arg in (annotation, *getattr(annotation, "__args__", ())):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
        inner = _unwrap_args(arg)
        if inner is not None:
            return inner
    return None


def _unwrap_args(annotation: Any) -> Any:
    for arg in getattr(annotation, "__args__", ()):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def data_path(doc: YamlDoc, loc: Sequence[str | int]) -> tuple[Path_, bool]:
    """Map pydantic's error location onto the data, dropping union-branch and [key] tags."""
    out: list[str | int] = []
    current: Any = doc.data
    is_key = False
    for part in loc:
        if part == "[key]":
            is_key = True
            continue
        in_dict = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and part < len(current)
        if in_dict or in_list:
            out.append(part)
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str):
            # a missing or unknown key under a mapping: keep it so messages name it
            out.append(part)
            current = None
    return tuple(out), is_key


def validation_problems(
    doc: YamlDoc, model: type[BaseModel], exc: ValidationError
) -> list[Problem]:
    """Turn pydantic's errors into FILE:LINE:COL problems with a way to fix each."""
    # Only the first MAX_DESCRIBED are described (a list of 200,000 bad values would take
    # seconds more); the count of the rest is exc.error_count(), for problems_error.
    return [_problem(doc, model, err) for err in exc.errors(include_url=False)[:MAX_DESCRIBED]]


def _problem(doc: YamlDoc, model: type[BaseModel], err: Any) -> Problem:
    """One pydantic error at its place in the file, worded with the likeliest fix."""
    path, is_key = data_path(doc, err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        return _unknown_field(doc, model, path)
    if kind == "missing":
        name = str(path[-1]) if path else "?"
        where = doc.where(path[:-1])
        return Problem(
            doc.file, *where, msg("message.registry.missing", name=name), dotted(path[:-1])
        )
    if is_key and kind == "literal_error":
        return _unknown_key(doc, path, err)
    said = pydantic_message(err)
    tag = bare_hashtag(doc, path) if err["input"] is None and kind == "string_type" else None
    if tag is not None:
        return doc.problem(path, _hinted(said, hashtag_hint(tag)))
    raw = None if is_key else doc.surprises.get(path)
    written = raw if raw is not None else str(err["input"])
    if kind in _INT_KINDS and _THOUSANDS.fullmatch(written):
        return doc.problem(path, _thousands(said, err, raw, written.replace(".", "")))
    if raw is not None and kind in ("string_type", "literal_error", "value_error"):
        reads = err["input"]
        hint = msg(f"message.registry.reads.{_yaml_kind(reads)}", raw=raw, read=repr(reads))
        return doc.problem(path, _hinted(said, hint), key=is_key)
    return doc.problem(path, _hinted(said, _value_hint(kind, err, raw)), key=is_key)


def _unknown_field(doc: YamlDoc, model: type[BaseModel], path: Path_) -> Problem:
    """A field the model does not have: the nearest allowed name, else all of them."""
    name = str(path[-1]) if path else "?"
    parent = _model_at(model, path[:-1])
    allowed = sorted(f.alias or n for n, f in parent.model_fields.items()) if parent else []
    close = difflib.get_close_matches(name, allowed, n=1)
    hint = (
        msg("message.did_you_mean", name=repr(close[0]))
        if close
        else msg("message.registry.allowed", names=", ".join(allowed))
    )
    return doc.problem(
        path, msg("message.registry.unknown_field", name=repr(name), hint=hint), key=True
    )


def _unknown_key(doc: YamlDoc, path: Path_, err: Any) -> Problem:
    """A misspelt platform under accounts or targets: suggest the nearest one."""
    choices = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
    name = str(path[-1]) if path else "?"
    close = difflib.get_close_matches(name, choices, n=1)
    hint = (
        msg("message.did_you_mean", name=repr(close[0]))
        if close
        else msg("message.registry.use_one_of", names=", ".join(choices))
    )
    return doc.problem(
        path, msg("message.registry.unknown_key", name=repr(name), hint=hint), key=True
    )


def _thousands(said: Message, err: Any, raw: str | None, plain: str) -> Message:
    """A whole number written with thousands points, quoted or as YAML read it."""
    if raw is None:
        return _hinted(said, msg("message.registry.thousands", plain=plain))
    # 3.400 is how Indonesian writes three thousand four hundred; YAML reads 3.4
    return msg("message.registry.thousands_point", raw=raw, read=repr(err["input"]), plain=plain)


def _value_hint(kind: str, err: Any, raw: str | None) -> Message | None:
    """What to write instead of a bad value, when there is something to say."""
    if raw is not None and raw.lower() in _YAML11_WORDS and kind in _NUMBER_KINDS:
        # quoting a yes/no would not make it a number: say what the field wants instead
        return msg("message.registry.yes_no_number", raw=raw, fix=_fix(kind))
    if raw is not None and raw.lower() in _YAML11_WORDS:
        return msg("message.registry.yes_no", raw=raw)
    if kind == "literal_error" and isinstance(err["input"], str):
        # "reels" for "reel": name the value meant, not only the list to pick from
        choices = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
        close = difflib.get_close_matches(err["input"].strip().lower(), choices, n=1)
        return msg("message.did_you_mean", name=repr(close[0])) if close else _fix(kind)
    return _fix(kind)


_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
_INT_KINDS = {"int_type", "int_parsing", "int_from_float"}
_NUMBER_KINDS = {"float_type", "float_parsing", "int_type", "int_parsing"}

# What to do about each kind of pydantic error: catalogue keys under message.fix.
_FIXES = {
    "greater_than": "larger",
    "greater_than_equal": "larger",
    "less_than": "smaller",
    "less_than_equal": "smaller",
    "too_short": "too_short",
    "string_type": "string_type",
    "finite_number": "finite_number",
    "float_parsing": "number",
    "float_type": "number",
    "int_parsing": "whole",
    "int_type": "whole",
    "int_from_float": "whole",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "literal_error": "literal_error",
    "list_type": "list_type",
    "dict_type": "dict_type",
    "model_type": "dict_type",
    "date_from_datetime_parsing": "date",
    "date_parsing": "date",
    "date_type": "date",
}


def _fix(kind: str) -> Text | None:
    return msg(f"message.fix.{_FIXES[kind]}") if kind in _FIXES else None


def _hinted(said: Message, hint: Message | None) -> Message:
    """'the message — what to do'."""
    return said if hint is None else msg("message.with_hint", message=said, hint=hint)


# The pydantic errors the catalogue words (message.pydantic.TYPE) and the ctx values they use.
_PYDANTIC = {
    "missing": (),
    "string_type": (),
    "int_type": (),
    "int_parsing": (),
    "int_from_float": (),
    "float_type": (),
    "float_parsing": (),
    "finite_number": (),
    "bool_type": (),
    "bool_parsing": (),
    "greater_than": ("gt",),
    "greater_than_equal": ("ge",),
    "less_than": ("lt",),
    "less_than_equal": ("le",),
    "literal_error": ("expected",),
    "list_type": (),
    "dict_type": (),
    "date_type": (),
}


def pydantic_message(err: Any) -> Message:
    """Pydantic's message for one error, in the run's language where the catalogue has it.

    The English text is pydantic's own; a type or wording the catalogue lacks stays as
    pydantic says it (and a validator's own message is its ValueError's text).
    """
    said = str(err["msg"]).removeprefix("Value error, ")
    kind = err["type"]
    refusal = err.get("ctx", {}).get("error")
    if kind == "value_error" and isinstance(refusal, TextError):
        return refusal.text  # a validator's own words, from the catalogue
    if kind not in _PYDANTIC:
        return said
    ctx = err.get("ctx", {})
    values: dict[str, object] = {name: _bound(ctx.get(name)) for name in _PYDANTIC[kind]}
    if kind == "literal_error" and " or " in str(values["expected"]):
        first, last = str(values["expected"]).rsplit(" or ", 1)
        values["expected"] = msg("message.or", first=first, last=last)
    text = msg(f"message.pydantic.{kind}", **values)
    # a pydantic release that words it differently keeps its own words
    return text if str(text) == said else said


def _bound(value: Any) -> Any:
    # pydantic says a whole float bound as a whole number: "less than or equal to 100"
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _yaml_kind(value: Any) -> str:
    """What YAML made of an unquoted value: a key of message.registry.reads."""
    if isinstance(value, bool):
        return "yes_no"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, dt.date):
        return "date"
    return "value"


def iter_items(data: Any, path: Path_) -> Iterator[tuple[Path_, Any]]:
    """Pairs (path, item) of the list at `path` in plain data, for cross-reference checks."""
    current = data
    for part in path:
        current = current[part]
    for i, item in enumerate(current):
        yield (*path, i), item
