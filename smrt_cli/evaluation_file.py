"""evaluation.json, the file `smrt evaluate upt` writes: its bytes, and reading them back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import Problem, UserError, first_error, msg
from .evaluation import RegionEvaluation

REWRITE = msg("message.rewrite.evaluation")


def evaluation_json(data: dict[str, Any]) -> str:
    """evaluation.json: the --json data with one line per unit, diffable and fast to write.

    An indented dump goes through Python's slow pure-Python encoder; a national run has a
    thousand units, so each unit is dumped compactly by the C encoder on its own line.
    """
    head = {k: v for k, v in data.items() if k != "upts"}
    lines = (
        json.dumps(head, ensure_ascii=False, indent=2, allow_nan=False).rstrip("}").rstrip() + ","
    )
    units = ",\n".join(
        "    " + json.dumps(u, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        for u in data["upts"]
    )
    return f'{lines}\n  "upts": [\n{units}\n  ]\n}}\n'


class _Constant(ValueError):
    """NaN or Infinity, which Python's json reads and JSON has not: a score is never one."""


def _no_constant(name: str) -> Any:
    raise _Constant(name)


def parse_evaluation(text: str, display: str) -> RegionEvaluation:
    """evaluation.json (the `smrt evaluate upt --json` shape) → model; bad files are user errors."""
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        # json.loads rather than pydantic's parser: its error gives the line and column
        raise UserError(
            Problem(
                display,
                exc.lineno,
                exc.colno,
                msg("message.json.invalid_at", error=exc.msg, fix=REWRITE),
            )
        ) from None
    except _Constant as exc:
        said = msg("message.json.constant", name=str(exc), fix=REWRITE)
        raise UserError(msg("message.json.at", file=display, message=said)) from None
    try:
        return RegionEvaluation.model_validate(data)
    except ValidationError as exc:
        said = msg("message.json.not_evaluation", error=first_error(exc), fix=REWRITE)
        raise UserError(msg("message.json.at", file=display, message=said)) from None


def load_evaluation(path: Path) -> RegionEvaluation:
    """Read an evaluation.json written by `smrt evaluate upt`."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        said = msg("message.json.not_utf8", fix=REWRITE)
        raise UserError(msg("message.json.at", file=path, message=said)) from None
    return parse_evaluation(text, str(path))
