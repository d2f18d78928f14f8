"""The one way tests run smrt in-process, and the one switch that rewrites the golden files."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from typer.testing import CliRunner, Result

from smrt_cli.cli import app

# the one switch that rewrites the golden files (tests/golden) instead of comparing with them
UPDATE_GOLDEN = os.environ.get("SMRT_UPDATE_GOLDEN") == "1"


def run(
    ws: Path,
    *args: str,
    data: Path | None = None,
    env: Mapping[str, str] | None = None,
    catch_exceptions: bool = True,
) -> Result:
    """`smrt --workspace WS [--data DATA] ARGS…` in this process, stdout and stderr apart."""
    options = ["--workspace", str(ws), *(["--data", str(data)] if data else [])]
    return CliRunner().invoke(app, [*options, *args], env=env, catch_exceptions=catch_exceptions)


def parts(result: Result) -> tuple[int, str, str]:
    """A result as (exit code, stdout, stderr), for tests that unpack it."""
    return result.exit_code, result.stdout, result.stderr
