"""The `smrt` command line: the root app, global options and the one place user errors end."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import UserError, WorkError

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
    return typer.main.get_group(holder).commands[name]


# Click's error classes, reached through a public one: Typer vendors Click in newer releases.
_CLICK_ERROR: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
)


class SmrtGroup(TyperGroup):
    """Turns our error types into one clear message and the documented exit code.

    It also loads each command only when it is asked for (see COMMANDS).
    """

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), *(n for n in COMMANDS if n not in self.commands)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in COMMANDS:
            command = load_command(cmd_name)
            self.add_command(command, cmd_name)
        return command

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        # the summaries from the table: listing the commands must not import them
        with formatter.section("Commands"):
            formatter.write_dl([(name, summary) for name, (_, summary) in COMMANDS.items()])

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
                hint = f" — see '{ctx.command_path} --help'" if ctx is not None else ""
                sys.stderr.write(f"error: {error.format_message()}{hint}\n")
            sys.exit(error.exit_code)
        except typer.Abort:
            sys.stderr.write("aborted\n")
            sys.exit(1)
        # Without standalone mode an Exit comes back as its code; a finished command as None.
        sys.exit(result if isinstance(result, int) else 0)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (UserError, WorkError) as exc:
            lines = exc.messages if isinstance(exc, UserError) else [str(exc)]
            sys.stderr.write("".join(f"error: {line}\n" for line in lines))
            raise typer.Exit(exc.exit_code) from None


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
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    from ..workspace import Workspace

    ctx.obj = Workspace(workspace, data)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="smrt")
