"""The one error type for user errors: bad input or bad usage, reported without a traceback."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import field
from typing import TYPE_CHECKING

from .records import record

if TYPE_CHECKING:  # only a type here: importing errors must not load pydantic
    from pydantic import ValidationError


@record
class Text:
    """A catalogue text not yet put into words: the CLI renders it in the run's language.

    A value that is itself a Text is rendered in the same language.
    """

    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        from .catalogue import t  # the catalogue is plain data; loaded when a message is shown

        values = {k: _said(v, lang) for k, v in self.values.items()}
        return t(self.key, lang, **values) if values else t(self.key, lang)

    def __str__(self) -> str:
        return self.render("en")

    def __hash__(self) -> int:
        # the values are a dict: hashed by their repr, so problems holding texts can be
        # told apart and de-duplicated like the strings they replace
        return hash((self.key, repr(sorted(self.values.items()))))


def _said(value: object, lang: str) -> object:
    # a tuple of messages reads as a list: 'a; b; c'
    if isinstance(value, tuple):
        return "; ".join(str(_said(v, lang)) for v in value)
    # a Text, a Problem, or any value that says itself in a language (i18n.DateText)
    render = getattr(value, "render", None)
    return render(lang) if callable(render) else value


def msg(key: str, /, **values: object) -> Text:
    """The message `key` of the catalogue (area 'message'), put into words when it is shown."""
    return Text(key, values)


Message = str | Text


def noted(message: Message, kind: str = "note") -> Text:
    """A note or warning as one message: its prefix ('catatan: ' in Indonesian), then it."""
    return msg("message.prefixed", prefix=msg(f"message.prefix.{kind}"), text=message)


def render(message: Message, lang: str) -> str:
    return message.render(lang) if isinstance(message, Text) else message


class TextError(ValueError):
    """A validator's refusal as a catalogue text: pydantic keeps the exception, and the error
    message is said in the run's language (yamlsource.pydantic_message); str() is English."""

    def __init__(self, key: str, /, **values: object) -> None:
        self.text = msg(key, **values)
        super().__init__(str(self.text))


@record
class Problem:
    """One thing wrong with an input, pinned to where it is."""

    file: str
    line: int | None
    column: int | None
    message: Message
    path: str = ""

    def render(self, lang: str) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        said = render(self.message, lang)
        return f"{where}: {self.path}: {said}" if self.path else f"{where}: {said}"

    def __str__(self) -> str:
        return self.render("en")


class UserError(Exception):
    """Bad input or bad usage: the CLI prints the messages and exits with code 2."""

    exit_code = 2

    def __init__(self, *messages: Message | Problem, problems: Iterable[Problem] = ()) -> None:
        self.items: list[Message | Problem] = [*messages, *problems]
        super().__init__("\n".join(self.messages))

    @property
    def messages(self) -> list[str]:
        """The messages in English, as a log or a test reads them."""
        return self.render("en")

    def render(self, lang: str) -> list[str]:
        return [m.render(lang) if isinstance(m, Problem | Text) else m for m in self.items]


class WorkError(Exception):
    """A failure while working (disk full, database locked): exit code 1."""

    exit_code = 1

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))

    def render(self, lang: str) -> list[str]:
        return [render(self.message, lang)]


def first_error(exc: ValidationError) -> Text:
    """'upts.0.id: Field required': where a file we wrote went wrong, for its one-line error.

    The first error is enough: a file of ours that is wrong at all is written again whole.
    """
    from .yamlsource import pydantic_message  # the error path only: it loads PyYAML

    first = exc.errors(include_url=False)[0]
    where = ".".join(str(p) for p in first["loc"])
    return msg("message.json.at", file=where, message=pydantic_message(first))
