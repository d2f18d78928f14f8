"""`--help` in the run's language: each command's English help, in Indonesian from the catalogue.

The English help stays beside each option in the code (Typer needs it when the command is
built, and `smrt --help` in English loads nothing more); the catalogue's `help.*` entries say
each text in both languages, keyed by their English (tests/cli/test_help_language.py checks
every help text has its entry). Only a help shown in Indonesian loads the catalogue.

The language of a help is known before any command runs, so it cannot wait for the registry
to load: `--lang` anywhere on the command line, else SMRT_LANG, else the `language:` line of
the workspace's own registry (`--data`, else WORKSPACE/data/upt.yaml), read from its text
alone. A workspace with no registry of its own has said nothing: English.
"""

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

# Where the root keeps what its command line says (see `hints`), for a subcommand's help.
HINTS_KEY = "smrt.help_hints"

# Click's word before the usage line and its placeholders in it ("[OPTIONS]", a group's
# "COMMAND [ARGS]..."); the catalogue says them, as it says Typer's section titles
_USAGE = "Usage: "
_USAGE_WORDS = ("options_metavar", "subcommand_metavar")


def hints(args: Sequence[str]) -> dict[str, str]:
    """What a command line says about the help's language: --lang, -w/--workspace, --data."""
    found: dict[str, str] = {}
    names = {"--lang": "lang", "--workspace": "workspace", "-w": "workspace", "--data": "data"}
    for n, arg in enumerate(args):
        if arg == "--":
            break
        name, equals, value = arg.partition("=")
        if name in names and equals:
            found[names[name]] = value
        elif arg in names and n + 1 < len(args):
            found[names[arg]] = args[n + 1]
    return found


def help_language(ctx: Any) -> str:
    """'id' or 'en' for a help shown in `ctx` (see the module's docstring)."""
    from ..language import META_KEY

    return said_language(ctx.find_root().meta.get(HINTS_KEY, {}), ctx.meta.get(META_KEY))


def said_language(said: Mapping[str, str], read: object = None) -> str:
    """'id' or 'en' from what a command line says (`hints`) and what Click has `read` of --lang.

    Also the language of a usage error Click finds before the workspace is known (an unknown
    command, an option without its value).
    """
    from ..language import file_language

    # the command line first (the last --lang on it), then what Click has read (SMRT_LANG too)
    lang = said.get("lang") or read or os.environ.get("SMRT_LANG")
    if lang in ("id", "en"):
        return str(lang)
    workspace = Path(said.get("workspace") or os.environ.get("SMRT_WORKSPACE") or ".")
    try:
        registry = Path(said["data"]) if said.get("data") else workspace / "data" / "upt.yaml"
        return file_language(registry) if registry.is_file() else "en"
    except (OSError, ValueError):  # a path no file system can name
        return "en"


class HelpContext(typer.Context):
    """A context whose help is in the run's language; every smrt command makes this kind."""

    def get_help(self) -> str:
        if help_language(self) != "id":
            return super().get_help()
        with _indonesian(self):
            return super().get_help()


def in_every_command(command: Any) -> None:
    """Make `command` and every command under it build HelpContexts."""
    command.context_class = HelpContext
    for sub in (getattr(command, "commands", None) or {}).values():
        in_every_command(sub)


def translated(text: str | None, lang: str) -> str | None:
    """The catalogue's `lang` text for an English help text; the text itself if it has none."""
    if text is None or lang == "en":
        return text
    return _by_english().get(text, {}).get(lang, text)


def _by_english() -> dict[str, dict[str, str]]:
    from ..catalogue import CATALOGUE

    return {entry["en"]: entry for key, entry in CATALOGUE.items() if key.startswith("help.")}


@contextmanager
def _indonesian(ctx: Any) -> Iterator[None]:
    """The command's texts (its own, its options', its subcommands' summaries) in Indonesian
    while its help is written, then back: the command objects are shared by the run."""
    import typer.core

    typer_core: Any = typer.core  # its `_` is gettext, which Typer's titles go through
    table = _by_english()
    command = ctx.command
    objects = [command, *ctx.command.get_params(ctx)]
    objects += list((getattr(command, "commands", None) or {}).values())
    texts = ("help", "short_help", "epilog")
    saved = [(o, a, getattr(o, a, None)) for o in objects for a in texts]
    saved += [(command, a, getattr(command, a, None)) for a in _USAGE_WORDS]
    saved = [(o, a, v) for o, a, v in saved if isinstance(v, str)]
    english = getattr(typer_core, "_", None)
    # Click writes "Usage: " itself, and wraps a long usage line to the width after it
    ctx.formatter_class = _formatter_saying(type(ctx).formatter_class, table[_USAGE]["id"])
    try:
        for obj, attr, value in saved:
            setattr(obj, attr, table.get(str(value), {}).get("id", value))
        if english is not None:  # Typer words its titles ("Options") through gettext
            typer_core._ = lambda words: table.get(words, {}).get("id") or english(words)
        yield
    finally:
        for obj, attr, value in saved:
            setattr(obj, attr, value)
        if english is not None:
            typer_core._ = english
        del ctx.formatter_class  # the class's own again


def _formatter_saying(base: Any, usage: str) -> Any:
    """Click's help formatter with `usage` before the usage line instead of "Usage: "."""

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        base.write_usage(self, prog, args, usage if prefix is None else prefix)

    return type("TranslatedFormatter", (base,), {"write_usage": write_usage})
