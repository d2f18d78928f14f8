"""Strict JSON reading that can say FILE:LINE:COL for any value, for files people edit."""

from __future__ import annotations

import bisect
import json
import re
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import Message, Problem, UserError, msg

if TYPE_CHECKING:
    from .yamlsource import YamlDoc

MAX_DEPTH = 50  # plan.json is five levels deep
MAX_PROBLEMS = 30

# Patterns as text, compiled (by re, once) only when a file has something to point at: every
# plan run imports this module, few need them (issue 19).
_WS = r"[ \t\n\r]*"
_NUMBER = r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?"
_WORDS = {"true": True, "false": False, "null": None}
M = TypeVar("M", bound=BaseModel)


class _Constant(ValueError):
    """NaN or Infinity: Python's json reads them, JSON itself has no such numbers."""


def _refuse_constant(name: str) -> Any:
    raise _Constant(name)


def load_model(model: type[M], text: str, display: str, fix: Message) -> M:
    """`text` as `model`; any problem is a UserError naming its line and column and `fix`."""
    try:
        # pydantic's own parser is twice as fast on a national plan (3 MB), refuses lone
        # surrogates, and the models refuse NaN: a file it takes needs no second look
        return model.model_validate_json(text)
    except ValidationError:
        pass
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise UserError(
            Problem(
                display,
                exc.lineno,
                exc.colno,
                msg("message.json.invalid_at", error=exc.msg, fix=fix),
            )
        ) from None
    except (_Constant, RecursionError):
        _Marker(text, display, fix).value(0, ())  # raises where the constant or depth is
        raise UserError(Problem(display, 1, 1, msg("message.json.invalid", fix=fix))) from None
    if "\\u" in text:
        _refuse_lone_surrogate(text, display, fix)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        doc = _Marker(text, display, fix).document(data)
        raise UserError(*_problems(doc, exc, fix)[:MAX_PROBLEMS]) from None


# \ud800 alone decodes to half a UTF-16 pair, which no UTF-8 file or console can hold: every
# page written from it would fail. A pair (\ud83d\ude00, an emoji) is one character and fine.
_LONE_SURROGATE = (
    r"(?<!\\)(?:\\\\)*\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\)(?:\\\\)*(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


def _refuse_lone_surrogate(text: str, display: str, fix: Message) -> None:
    found = re.search(_LONE_SURROGATE, text)
    if found is None:
        return
    at = found.end() - 6
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    raise UserError(
        Problem(
            display,
            line,
            column,
            msg("message.json.surrogate", text=text[at : at + 6], fix=fix),
        )
    )


def _problems(doc: YamlDoc, exc: ValidationError, fix: Message) -> list[Problem]:
    """Pydantic's errors at their lines, each with what to do (in JSON's terms, not YAML's)."""
    from .yamlsource import data_path, pydantic_message

    problems = []
    for err in exc.errors(include_url=False):
        path = data_path(doc, err["loc"])[0]
        if err["type"] == "missing":
            name = str(path[-1])
            problems.append(doc.problem(path[:-1], msg("message.json.missing", name=name, fix=fix)))
        else:
            said = pydantic_message(err)
            problems.append(doc.problem(path, msg("message.json.correct", message=said, fix=fix)))
    # one message per place: a union's branches may each report the same value
    unique = dict.fromkeys(problems)
    return sorted(unique, key=lambda p: (p.line or 0, p.column or 0))


class _Marker:
    """Walks JSON text (already known to parse) recording where each value and key starts.

    Only the error path uses it: Python's own parser is ten times faster but keeps no places.
    """

    def __init__(self, text: str, display: str, fix: Message) -> None:
        from .yamlsource import YamlDoc

        self.text = text
        self.fix = fix
        self.ws, self.number = re.compile(_WS), re.compile(_NUMBER)
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self.doc = YamlDoc(display, None, lines=text.splitlines())

    def document(self, data: Any) -> YamlDoc:
        self.value(0, ())
        self.doc.data = data
        return self.doc

    def where(self, i: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, i)
        return line, i - self.starts[line - 1] + 1

    def error(self, i: int, message: Message) -> UserError:
        return UserError(Problem(self.doc.file, *self.where(i), message))

    def value(self, i: int, path: tuple[str | int, ...]) -> int:
        """Mark the value starting at (or after blanks from) `i`; returns where it ends."""
        i = self.ws.match(self.text, i).end()  # type: ignore[union-attr]
        if len(path) > MAX_DEPTH:
            raise self.error(i, msg("message.json.deep", depth=MAX_DEPTH, fix=self.fix))
        self.doc.value_marks[path] = self.where(i)
        char = self.text[i : i + 1]
        if char == "{":
            return self._object(i + 1, path)
        if char == "[":
            return self._array(i + 1, path)
        if char == '"':
            return json.decoder.scanstring(self.text, i + 1)[1]  # type: ignore[attr-defined,no-any-return]
        for word in _WORDS:
            if self.text.startswith(word, i):
                return i + len(word)
        number = self.number.match(self.text, i)
        if number and number.end() > i:
            return number.end()
        raise self.error(i, msg("message.json.nan", fix=self.fix))

    def _object(self, i: int, path: tuple[str | int, ...]) -> int:
        i = self._blank(i)
        if self.text.startswith("}", i):
            return i + 1
        while True:
            i = self._blank(i)
            key, end = json.decoder.scanstring(self.text, i + 1)  # type: ignore[attr-defined]
            self.doc.key_marks[(*path, key)] = self.where(i)
            i = self._blank(end) + 1  # past the colon
            i = self._blank(self.value(i, (*path, key)))
            if self.text.startswith("}", i):
                return i + 1
            i += 1  # past the comma

    def _array(self, i: int, path: tuple[str | int, ...]) -> int:
        i = self._blank(i)
        if self.text.startswith("]", i):
            return i + 1
        index = 0
        while True:
            i = self._blank(self.value(i, (*path, index)))
            if self.text.startswith("]", i):
                return i + 1
            i += 1
            index += 1

    def _blank(self, i: int) -> int:
        return self.ws.match(self.text, i).end()  # type: ignore[union-attr]
