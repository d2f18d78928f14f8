"""`smrt evaluate upt`: score units for a period and write the summary and scorecards."""

# No `from __future__ import annotations`: Typer would compile and evaluate every option's
# annotation from its text each time the command is built, on every run (issue 19).

from pathlib import Path
from typing import Annotated

import typer

from ..errors import UserError, msg, noted
from .common import (
    LangOpt,
    busy,
    command_group,
    note,
    print_json,
    resolve_lang,
    said,
    workspace,
)

_UnitIdsOpt = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="UNIT-ID",
        help="Units to show with --json; none means every unit. The files always cover "
        "the whole region, so ranks compare every unit and no unit's file is lost.",
    ),
]
_UnitPeriodOpt = Annotated[
    str | None,
    typer.Option("--period", metavar="YYYY-MM", help="A month: YYYY-MM, e.g. 2026-10."),
]
_UnitQuarterOpt = Annotated[
    str | None,
    typer.Option("--quarter", metavar="YYYY-Qn", help="A quarter: YYYY-Qn, e.g. 2026-Q4."),
]
_UnitStartOpt = Annotated[
    str | None,
    typer.Option("--from", metavar="YYYY-MM-DD", help="First day of a date range (YYYY-MM-DD)."),
]
_UnitEndOpt = Annotated[
    str | None,
    typer.Option("--to", metavar="YYYY-MM-DD", help="Last day of a date range (YYYY-MM-DD)."),
]
_UnitScoresOpt = Annotated[
    Path | None,
    typer.Option(
        "--scores",
        metavar="FILE",
        help="Assessors' manual scores (YAML) for this period. Without it, the scores "
        "of the period's earlier evaluation are kept.",
        dir_okay=False,
    ),
]
_UnitOutOpt = Annotated[
    Path | None,
    typer.Option(
        "--out",
        metavar="DIR",
        help="Output folder; default WORKSPACE/evaluations.",
        file_okay=False,
    ),
]
_UnitAsJsonOpt = Annotated[
    bool, typer.Option("--json", help="Print the evaluation as JSON; write no files.")
]
_UnitForceOpt = Annotated[
    bool, typer.Option("--force", help="Replace the files of an earlier run of this period.")
]


def unit(
    ctx: typer.Context,
    ids: _UnitIdsOpt = None,
    all_: Annotated[bool, typer.Option("--all", help="Evaluate every unit (the default).")] = False,
    period: _UnitPeriodOpt = None,
    quarter: _UnitQuarterOpt = None,
    start: _UnitStartOpt = None,
    end: _UnitEndOpt = None,
    scores: _UnitScoresOpt = None,
    out: _UnitOutOpt = None,
    lang: LangOpt = None,
    as_json: _UnitAsJsonOpt = False,
    force: _UnitForceOpt = False,
) -> None:
    """Score every unit against the registry's criteria for a month, quarter or date range.

    Reads smrt.db, plans/ and --scores; writes OUT/<period>/README.md, <unit-id>.md, JSON.

    A criterion without data is "no data", never a zero. Only the days the imported
    exports cover count, per unit and platform (see `smrt metrics coverage`).

    Example: smrt evaluate upt --period 2026-10 --scores skor-2026-10.yaml
    """
    from ..files import check_name, replace_folder
    from ..jobs.evaluate import EvaluateRequest, coverage_notes, evaluate_job
    from ..periods import choose_period
    from ..scores import load_scores

    ws = workspace(ctx)
    chosen = choose_period(period, quarter, start, end)
    registry = ws.registry()
    language = resolve_lang(registry, lang)
    known = [u.id for u in registry.upts]
    wanted = _wanted_units(ids, known)
    if all_ and wanted:
        raise UserError(msg("message.evaluate.all_and_ids"))
    # The region is always evaluated as a whole: a re-run for one unit whose export came late
    # must re-rank it among the others, not replace the region's files with a one-unit league.
    shown = [u for u in known if u in wanted] if wanted else known
    manual = load_scores(scores, str(scores), registry, chosen) if scores is not None else None
    if out is not None:
        check_name(out, "--out")
    request = EvaluateRequest(chosen, manual, out, language, as_json, force)
    with busy(msg("message.busy.evaluate", n=len(known), period=chosen.label)):
        with said() as notes:
            done = evaluate_job(ws, request, notes)
        if as_json:
            print_json({**done.data, "upts": [u for u in done.data["upts"] if u["id"] in shown]})
            return
        replace_folder(done.folder, done.files, owned=done.owned)
    for text in coverage_notes(done.result, chosen):
        note(text)
    from ..evaluation import operator_hints

    # what the operator runs to fill the gaps: here, not in the scorecards (issue 17)
    for hint in operator_hints([u for u in done.result.upts if u.id in shown]):
        note(hint)
    scored = sum(1 for u in done.result.upts if u.score is not None)
    note(
        msg(
            "message.evaluate.wrote",
            n=len(done.files),
            folder=done.folder,
            scored=scored,
            units=len(done.result.upts),
        )
    )
    if out is not None:  # `smrt export report` looks in WORKSPACE/evaluations unless told
        note(noted(msg("message.evaluate.export_with", period=chosen.label, out=out)))


def _wanted_units(ids: list[str] | None, known: list[str]) -> list[str]:
    """The unit ids given, each once and known to the registry."""
    wanted = list(dict.fromkeys(ids or []))
    for unit_id in wanted:
        if unit_id not in known:
            import difflib

            close = difflib.get_close_matches(unit_id, known, n=1)
            hint = (
                msg("message.did_you_mean", name=repr(close[0]))
                if close
                else msg("message.upt.see_list")
            )
            raise UserError(msg("message.evaluate.unknown_unit", value=repr(unit_id), hint=hint))
    return wanted


def register(app: typer.Typer) -> None:
    evaluate_app = command_group(
        "Evaluate the units' work.\n\nExample: smrt evaluate upt --period 2026-10"
    )
    evaluate_app.command("upt")(unit)
    app.add_typer(evaluate_app, name="evaluate")
