"""The `smrt` command line: the root app, global options and the one place user errors end."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import UserError, WorkError
from . import evaluate, export, metrics, registry_cmds
from . import plan as plan_cmds
from .common import PLAIN_HELP, Workspace

# Click's error classes, reached through a public one: Typer vendors Click in newer releases.
_CLICK_ERROR: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
)


class SmrtGroup(TyperGroup):
    """Turns our error types into one clear message and the documented exit code."""

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
    rich_markup_mode=PLAIN_HELP,
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
    ctx.obj = Workspace(workspace, data)


registry_cmds.register(app)
plan_cmds.register(app)
metrics.register(app)
evaluate.register(app)
export.register(app)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="smrt")
