"""What every command shares: the workspace, the registry it names, and the consoles."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import Message, UserError, msg, render
from ..language import remember
from ..models import Registry
from ..workspace import Workspace

if TYPE_CHECKING:
    from rich.console import Console


def stderr_console() -> Console:
    # rich honours NO_COLOR and drops colour when stderr is not a terminal; imported late
    # because most runs print nothing but a line or two
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def stdout_console() -> Console:
    from rich.console import Console

    # Piped to a file, rich would squeeze tables into 80 columns and cut words ("kontra…");
    # a wide console lets each table take the width its cells need.
    width = None if sys.stdout.isatty() else 240
    return Console(highlight=False, soft_wrap=True, width=width)


def note(message: Message, kind: str | None = None) -> None:
    """A message for the person, never mixed into data on stdout, in the run's language.

    kind 'note' or 'warning' puts its prefix ('catatan: ' in Indonesian) before it.
    """
    from ..language import current

    lang = current()
    said = render(message, lang)
    if kind is not None:
        said = f"{msg(f'message.prefix.{kind}').render(lang)}: {said}"
    sys.stderr.write(said + "\n")


@contextmanager
def said() -> Iterator[list[Message]]:
    """A list a job puts its notes in, said in order when it ends — also when it refuses."""
    notes: list[Message] = []
    try:
        yield notes
    finally:
        for text in notes:
            note(text)


def workspace(ctx: typer.Context) -> Workspace:
    obj = ctx.find_root().obj
    if not isinstance(obj, Workspace):  # commands invoked without the root callback
        obj = Workspace(Path(os.environ.get("SMRT_WORKSPACE", ".")))
        ctx.find_root().obj = obj
    from ..files import check_name

    check_name(obj.root, "--workspace")  # else the first look inside it fails with an OSError
    return obj


def busy(message: Message) -> AbstractContextManager[object]:
    """A spinner on stderr while slow work runs, only when a person watches a terminal."""
    if not sys.stderr.isatty():
        return nullcontext()
    from ..language import current

    return stderr_console().status(render(message, current()))


def said_now(key: str, /, **values: object) -> str:
    """The catalogue text `key` in the run's language, for a table's heads and lines."""
    from ..language import current

    return msg(key, **values).render(current())


def print_json(data: Any) -> None:
    """Stable JSON on stdout: sorted only where the producer sorted, UTF-8, trailing newline."""
    from ..files import write_stdout

    write_stdout(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n")


# Help as plain text: Typer's panels cut long choices ("<auto|meta-ins"), kept docstrings'
# line breaks mid-sentence and showed flags as "<bool>"; plain help wraps like `git --help`
# and reads the same in a terminal, a log file or a chat message.
PLAIN_HELP = None


def command_group(help_text: str, short_help: str | None = None) -> typer.Typer:
    """A group of subcommands (`smrt plan`, `smrt metrics` …), shaped like every other."""
    return typer.Typer(
        help=help_text, short_help=short_help, no_args_is_help=True, rich_markup_mode=PLAIN_HELP
    )


# One --lang for every command that writes a report, so help and meaning cannot drift apart.
LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="id|en",
        callback=remember,
        help="Language of the output and of messages: id or en (default: the registry's).",
    ),
]


def resolve_lang(registry: Registry, lang: str | None) -> str:
    if lang is None:
        return registry.settings.language
    if lang not in ("id", "en"):
        raise UserError(msg("message.lang.unsupported", value=repr(lang)))
    return lang


def is_terminal() -> bool:
    return sys.stdout.isatty()


def selected_units(unit: list[str] | None, known: list[str]) -> list[str] | None:
    """The units --upt names, each once and known to the registry; None when it names none.

    An unknown id is refused with the closest known one as a hint (a typo is the usual cause).
    """
    if not unit:
        return None
    for unit_id in unit:
        if unit_id not in known:
            import difflib

            close = difflib.get_close_matches(unit_id, known, n=1)
            hint = (
                msg("message.did_you_mean", name=repr(close[0]))
                if close
                else msg("message.upt.see_list")
            )
            raise UserError(
                msg("message.upt.unknown", option="--upt", value=repr(unit_id), hint=hint)
            )
    return list(dict.fromkeys(unit))
