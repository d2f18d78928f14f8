"""The `smrt` command line: the root app, global options and the one place user errors end."""

# No `from __future__ import annotations`: Typer would compile and evaluate every option's
# annotation from its text each time the command is built, on every run (issue 19).

import gc
import importlib
import os
import re
import sys
import types
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import Text, UserError, WorkError, msg
from ..language import META_KEY, current, message_language, remember
from .helptext import (
    HINTS_KEY,
    HelpContext,
    help_language,
    hints,
    in_every_command,
    said_language,
    translated,
)

# Every command, the module that builds it and its one-line summary. The root imports none of
# them: `smrt --version` and `smrt --help` cost little more than importing Typer, and a command
# loads only its own modules (issue 19). A test checks each summary against the command's own.
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": (
        "registry_cmds",
        "Check a registry and report every problem with FILE:LINE:COLUMN.",
    ),
    "init": ("registry_cmds", "Start a workspace with a copy of the sample registry."),
    "schema": ("registry_cmds", "Print the JSON Schema of the registry."),
    "upt": ("registry_cmds", "The units (UPT) in the registry."),
    "ideas": ("registry_cmds", "The content-idea bank."),
    "plan": ("plan", "Weekly content plans."),
    "metrics": ("metrics", "Platform exports: import them into the store and summarise."),
    "evaluate": ("evaluate", "Evaluate the units' work."),
    "inbox": ("inbox", "The open messages per unit and the targets they passed."),
    "export": ("export", "Export the report, the calendar and the plan."),
    "insights": ("insights", "Best posting times and what works, from imported posts."),
}

# Same as common.PLAIN_HELP (plain click help); repeated so the root need not import common.
_PLAIN_HELP = None


def load_command(name: str) -> Any:  # a Click command; Typer vendors Click in newer releases
    """Build one top-level command from its module, as `register` declares it."""
    module = importlib.import_module(f"{__name__}.{COMMANDS[name][0]}")
    holder = typer.Typer(rich_markup_mode=_PLAIN_HELP, add_completion=False)
    module.register(holder)
    command = typer.main.get_group(holder).commands[name]
    in_every_command(command)  # its --help in the run's language (helptext.py)
    return command


# Click's error classes, reached through a public one: Typer vendors Click in newer releases.
_CLICK_ERROR: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
)


class SmrtGroup(TyperGroup):
    """Turns our error types into one clear message and the documented exit code.

    It also loads each command only when it is asked for (see COMMANDS).
    """

    context_class = HelpContext  # --help in the run's language (helptext.py)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        # a --help is answered before the options are read: the help's language from the words
        ctx.meta[HINTS_KEY] = hints(args)
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), *(n for n in COMMANDS if n not in self.commands)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in COMMANDS:
            command = load_command(cmd_name)
            self.add_command(command, cmd_name)
            collect_from_here()
        return command

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        # the summaries from the table: listing the commands must not import them
        lang = help_language(ctx)
        with formatter.section(translated("Commands", lang) or "Commands"):
            rows = [
                (name, translated(summary, lang) or "") for name, (_, summary) in COMMANDS.items()
            ]
            formatter.write_dl(rows)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Like Click's, but a usage error is one line on stderr, not a boxed panel."""
        standalone = kwargs.get("standalone_mode", True)
        kwargs["standalone_mode"] = False
        if not standalone:
            return super().main(*args, **kwargs)
        try:
            result = super().main(*args, **kwargs)
        except _CLICK_ERROR as exc:
            error: Any = exc  # a ClickException, whose class is not importable across releases
            if type(error).__name__ == "NoArgsIsHelpError":
                # plain `smrt` or `smrt plan`: the help, printed already as the error was built
                if error.format_message().strip():
                    error.show()
            else:
                ctx = getattr(error, "ctx", None)
                lang = _error_language(ctx, kwargs.get("args", args[0] if args else None))
                said = usage_message(error).render(lang)
                if ctx is not None:
                    said += msg("message.usage.see_help", command=ctx.command_path).render(lang)
                sys.stderr.write(_prefixed("error", [said], lang))
            sys.exit(error.exit_code)
        except typer.Abort:
            sys.stderr.write(msg("message.aborted").render(current()) + "\n")
            sys.exit(1)
        # Without standalone mode an Exit comes back as its code; a finished command as None.
        sys.exit(result if isinstance(result, int) else 0)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (UserError, WorkError) as exc:
            # the one place a message is put into words: in the run's language
            lang = message_language(ctx)
            sys.stderr.write(_prefixed("error", exc.render(lang), lang))
            raise typer.Exit(exc.exit_code) from None


def _error_language(ctx: Any, args: Any) -> str:
    """The language of a usage error: the run's, or before the workspace is known (an unknown
    command, an option without its value: Click may give no context) what the words say."""
    if ctx is not None and ctx.find_root().obj is not None:
        return message_language(ctx)
    said = hints(sys.argv[1:] if args is None else list(args))
    return said_language(said, ctx.meta.get(META_KEY) if ctx is not None else None)


def _prefixed(kind: str, lines: list[str], lang: str) -> str:
    """'error: …' lines ('kesalahan: …' in Indonesian), one per message."""
    prefix = msg(f"message.prefix.{kind}").render(lang)
    return "".join(f"{prefix}: {line}\n" for line in lines)


def usage_message(error: Any) -> Text:
    """A Click usage error as a catalogue text, read from Click's English words.

    Click's other phrases inside the frame (a value that is not a number) stay as Click says
    them; a choice not listed is said too; messages of ours raised as BadParameter are texts.
    """
    said = error.format_message()
    own = getattr(error, "message", None)
    for key, pattern, flags in _USAGE:
        found = re.fullmatch(pattern, said, flags)
        if found is not None:
            values: dict[str, object] = dict(found.groupdict())
            if "message" in values and isinstance(own, Text):
                values["message"] = own
            elif "message" in values:  # Typer's own words for a choice not listed
                values["message"] = _typer_words(str(values["message"]))
            return msg(key, **values)
    return msg("message.verbatim", text=said)


# Click's usage errors as it words them, each with the catalogue text that says the same: the
# pattern and its flags, compiled (by re, once) only when an error needs them, not every run.
_USAGE = [
    (
        "message.usage.no_such_option_possible",
        r"No such option: (?P<name>.+) \(Possible options: (?P<options>.+)\)",
        0,
    ),
    ("message.usage.no_such_option", r"No such option: (?P<name>.+)", 0),
    ("message.usage.missing", r"Missing option (?P<param>.+)\.", 0),
    ("message.usage.missing_argument", r"Missing argument (?P<param>.+)\.", 0),
    ("message.usage.no_such_command", r"No such command '(?P<name>.+)'\.", 0),
    ("message.usage.needs_value", r"Option (?P<name>'.+') requires an argument\.", 0),
    ("message.usage.invalid", r"Invalid value for (?P<param>.+?): (?P<message>.*)", re.S),
]

# Typer's own words inside "Invalid value": a choice not listed, a value that is no number,
# a number out of its range (the only kinds of value smrt leaves to Typer to check)
_TYPER_WORDS = [
    ("message.usage.not_one_of", r"(?P<value>'.*') is not one of (?P<choices>.+)\."),
    ("message.usage.not_a_number", r"(?P<value>'.*') is not a valid (?:int|float)\."),
    ("message.usage.out_of_range", r"(?P<value>.+) is not in the range (?P<range>.+)\."),
]


def _typer_words(said: str) -> Text | str:
    """Typer's words for a bad value as a catalogue text, or as Typer said them."""
    for key, pattern in _TYPER_WORDS:
        found = re.fullmatch(pattern, said, re.S)
        if found is not None:
            return msg(key, **found.groupdict())
    return said


EPILOG = "Exit codes: 0 success, 1 failure while working, 2 bad usage or bad input."

app = typer.Typer(
    cls=SmrtGroup,
    name="smrt",
    help=(
        "Plan, evaluate and report the social-media work of Hubla's SMRT units from one YAML "
        "registry.\n\nExample: smrt plan week --week next"
    ),
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=_PLAIN_HELP,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"smrt {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    workspace: Annotated[
        Path,
        typer.Option(
            "--workspace",
            "-w",
            metavar="DIR",
            envvar="SMRT_WORKSPACE",
            help="Workspace folder (plans/, evaluations/, reports/, smrt.db, data/upt.yaml).",
            file_okay=False,
        ),
    ] = Path("."),
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            metavar="FILE",
            help="Registry file; default WORKSPACE/data/upt.yaml, else the bundled sample.",
            dir_okay=False,
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="id|en",
            envvar="SMRT_LANG",
            callback=remember,
            help="Language of messages and errors: id or en (default: the registry's, else "
            "English). A command's own --lang also sets the language of what it writes.",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    from .. import language
    from ..workspace import Workspace

    ctx.obj = Workspace(workspace, data)
    language.run_context = ctx
    if lang is not None and lang not in ("id", "en"):
        raise UserError(msg("message.lang.unsupported", value=repr(lang)))


def main() -> None:
    """Console-script entry point."""
    # Start-up (Typer, the command's module, the pydantic models and their schemas) makes
    # some 50,000 objects that live until exit and next to no garbage; the collector would
    # run some 80 times over them for nothing, 15 ms or 5% of `smrt plan week` (issue 19). It
    # is paused until the command is built (collect_from_here): the command's work runs as
    # usual.
    gc.disable()
    no_pydantic_plugins()
    try:
        app(prog_name="smrt")
    finally:
        gc.enable()


# The values pydantic reads in PYDANTIC_DISABLE_PLUGINS as "every plugin off".
_PLUGINS_OFF = ("__all__", "1", "true")


def no_pydantic_plugins() -> None:
    """Spare each run pydantic's look for plugins, which smrt never uses.

    When pydantic builds its first validator it imports importlib.metadata and scans every
    installed package's entry points for pydantic plugins: 19 ms of CPU, 7% of `smrt plan
    week` on the sample (issue 19). PYDANTIC_DISABLE_PLUGINS, pydantic's documented switch, is
    set to "all off" unless the person set it. Off, pydantic's loader answers "no plugins"
    without looking, yet importing it still imports importlib.metadata (16 of the 19 ms), so
    the loader pydantic would import is this one-line module giving the same answer. A
    person's own setting (some plugins off, or none) leaves pydantic's loader to do as it does.
    """
    setting = os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    name = "pydantic.plugin._loader"
    if setting in _PLUGINS_OFF and name not in sys.modules:
        loader = types.ModuleType(name, "pydantic's plugin loader with every plugin off.")
        loader.get_plugins = tuple  # type: ignore[attr-defined]  # () as pydantic's says
        sys.modules[name] = loader


def collect_from_here() -> None:
    """Resume the collector main() paused, leaving out what start-up built.

    The objects made so far are frozen (never scanned again): collected now, they would cost
    one long scan to find nothing. Run in a process whose collector was never paused (a test
    invoking the app), it does nothing.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
