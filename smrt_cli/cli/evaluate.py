"""`smrt evaluate upt`: score units for a period and write the summary and scorecards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UserError
from ..workspace import EVALUATION_JSON, evaluation_folder, evaluation_path, week_plan_paths
from .common import LangOpt, busy, command_group, note, print_json, resolve_lang, workspace

# Replies and clarifications this many days after a period still count for its messages.
REPLY_REACH_DAYS = 90

if TYPE_CHECKING:
    from ..evaluation import RegionEvaluation
    from ..models import Registry
    from ..periods import Period
    from ..plans import WeekPlan
    from ..scores import ScoreEntry


def upt(
    ctx: typer.Context,
    ids: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="UNIT-ID",
            help="Units to show with --json; none means every unit. The files always cover "
            "the whole region, so ranks compare every unit and no unit's file is lost.",
        ),
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Evaluate every unit (the default).")] = False,
    period: Annotated[
        str | None,
        typer.Option("--period", metavar="YYYY-MM", help="A month: YYYY-MM, e.g. 2026-10."),
    ] = None,
    quarter: Annotated[
        str | None,
        typer.Option("--quarter", metavar="YYYY-Qn", help="A quarter: YYYY-Qn, e.g. 2026-Q4."),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--from", metavar="YYYY-MM-DD", help="First day of a date range (YYYY-MM-DD)."
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--to", metavar="YYYY-MM-DD", help="Last day of a date range (YYYY-MM-DD)."),
    ] = None,
    scores: Annotated[
        Path | None,
        typer.Option(
            "--scores",
            metavar="FILE",
            help="Assessors' manual scores (YAML) for this period. Without it, the scores "
            "of the period's earlier evaluation are kept.",
            dir_okay=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="DIR",
            help="Output folder; default WORKSPACE/evaluations.",
            file_okay=False,
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the evaluation as JSON; write no files.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the files of an earlier run of this period.")
    ] = False,
) -> None:
    """Score every unit against the registry's criteria for a month, quarter or date range.

    Reads smrt.db, plans/ and --scores; writes OUT/<period>/README.md, <unit-id>.md, JSON.

    A criterion without data is "no data", never a zero. Only the days the imported
    exports cover count, per unit and platform (see `smrt metrics coverage`).

    Example: smrt evaluate upt --period 2026-10 --scores skor-2026-10.yaml
    """
    from ..calendar import days_off
    from ..evaluation import evaluate
    from ..evaluations import evaluation_json
    from ..files import check_name, refuse_link, replace_folder
    from ..metrics.measure import measure
    from ..metrics.store import open_store
    from ..periods import choose_period
    from ..render.evaluation_markdown import render_files
    from ..scores import load_scores

    ws = workspace(ctx)
    chosen = choose_period(period, quarter, start, end)
    registry = ws.registry()
    language = resolve_lang(registry, lang)
    known = [u.id for u in registry.upts]
    wanted = list(dict.fromkeys(ids or []))
    for upt_id in wanted:
        if upt_id not in known:
            import difflib

            close = difflib.get_close_matches(upt_id, known, n=1)
            hint = f"did you mean {close[0]!r}?" if close else "see `smrt upt list`"
            raise UserError(f"unknown unit {upt_id!r} — {hint}")
    if all_ and wanted:
        raise UserError("give unit ids or --all, not both")
    # The region is always evaluated as a whole: a re-run for one unit whose export came late
    # must re-rank it among the others, not replace the region's files with a one-unit league.
    shown = [u for u in known if u in wanted] if wanted else known
    selected = known
    manual = load_scores(scores, str(scores), registry, chosen) if scores is not None else []

    if out is not None:
        check_name(out, "--out")
    folder = evaluation_folder(out if out is not None else ws.evaluations, chosen.label)
    if not as_json:
        refuse_link(folder)
    names = ["README.md", *(f"{u}.md" for u in known), EVALUATION_JSON]
    if not as_json and not force:
        existing = [folder / n for n in names if (folder / n).exists()]
        if existing:
            raise UserError(
                f"{existing[0]}: already exists — pass --force to replace this period's files"
            )
    if scores is None:
        # The assessors' scores belong to the period, not to one run of it.
        manual = _kept_scores(folder / EVALUATION_JSON, registry, chosen)

    db = ws.store
    if db.exists():
        conn = open_store(db, create=False, mapped=True)
    else:
        note(f"note: no metrics store at {db}; every measured criterion is 'no data'")
        conn = open_store(Path(":memory:"))
    with busy(f"evaluating {len(selected)} units for {chosen.label}…"):
        try:
            plans = _plans(ws.plans, chosen.start, chosen.end)
            # replies and clarifications may come after the period: their days off too
            closed = days_off(chosen.start, chosen.end + dt.timedelta(days=REPLY_REACH_DAYS))
            measures = measure(conn, registry, chosen, selected, plans, closed)
        finally:
            conn.close()
        previous = chosen.previous()
        base = out if out is not None else ws.evaluations
        earlier = _previous_evaluation(evaluation_path(base, previous.label))
        result = evaluate(registry, chosen, previous, measures, manual, earlier, selected, language)
        data = result.json_data()
        if as_json:
            print_json({**data, "upts": [u for u in data["upts"] if u["id"] in shown]})
            return
        files: dict[str, str] = dict(render_files(result, registry))
        files[EVALUATION_JSON] = evaluation_json(data)
        replace_folder(folder, files, owned=_earlier_pages(folder / EVALUATION_JSON))
    if result.nothing_covered:
        first, last = (f"{d.day} {d:%B %Y}" for d in (chosen.start, chosen.end))
        note(
            f"note: no import covers any day of {first} – {last}; the criteria measured from"
            " posts have no data — see `smrt metrics coverage`"
        )
    else:
        partly = [u.id for u in result.upts if u.covered_days and u.covered_days < chosen.days]
        if partly:
            note(
                f"note: the exports of {len(partly)} unit(s) cover part of {chosen.label} only"
                f" ({', '.join(partly)}); their targets are counted for the covered days —"
                " see `smrt metrics coverage`"
            )
    scored = sum(1 for u in result.upts if u.score is not None)
    note(f"wrote {len(files)} files to {folder} ({scored} of {len(result.upts)} units scored)")
    if out is not None:  # `smrt export report` looks in WORKSPACE/evaluations unless told
        note(
            f"note: export its report with `smrt export report --period {chosen.label}"
            f" --evaluations {out}`"
        )


def _plans(folder: Path, first: dt.date, last: dt.date) -> list[WeekPlan]:
    """plan.json of every ISO week that overlaps the period, in week order."""
    from ..plans import load_plan

    return [load_plan(path) for path in week_plan_paths(folder, first, last)]


def _kept_scores(path: Path, registry: Registry, period: Period) -> list[ScoreEntry]:
    """The assessors' scores of the period's earlier evaluation, which this run replaces.

    (--json replaces nothing but shows what --force would write.) An unreadable file, or one
    of another period, gives none.
    """
    from ..evaluation import recorded_scores
    from ..evaluations import load_evaluation

    if not path.exists():
        return []
    try:
        earlier = load_evaluation(path)
    except (OSError, UserError):
        note(
            f"note: {path} is not a readable evaluation; no assessor score of it is kept —"
            " pass --scores FILE to have them"
        )
        return []
    if earlier.period.label != period.label:
        return []
    kept, dropped = recorded_scores(earlier, registry)
    for upt_id, criterion, why in dropped:
        note(
            f"note: dropped the assessor score of {upt_id} for {criterion!r} of the earlier"
            f" evaluation of this period: the registry no longer takes it ({why}) — pass"
            " --scores FILE with a score for it"
        )
    if kept:
        n, units = len(kept), len({s.upt for s in kept})
        scores_text = f"{n} assessor score{'s' if n != 1 else ''}"
        units_text = f"{units} unit{'s' if units != 1 else ''}"
        note(
            f"note: kept {scores_text} ({units_text}) of the earlier evaluation of this period,"
            f" from {path}; pass --scores FILE to replace them"
        )
    return kept


def _earlier_pages(path: Path) -> list[str]:
    """The scorecards of the run being replaced: a unit since dropped must not keep its page."""
    from ..evaluations import load_evaluation

    if not path.is_file():
        return []
    try:
        return [f"{u.id}.md" for u in load_evaluation(path).upts]
    except (OSError, UserError):
        return []


def _previous_evaluation(path: Path) -> RegionEvaluation | None:
    """The previous period's evaluation.json, for the change column; None if none."""
    from ..evaluations import load_evaluation

    if not path.exists():
        return None
    try:
        return load_evaluation(path)
    except (OSError, UserError):
        note(f"note: {path} is not a readable evaluation; the change column stays empty")
        return None


def register(app: typer.Typer) -> None:
    evaluate_app = command_group(
        "Evaluate the units' work.\n\nExample: smrt evaluate upt --period 2026-10"
    )
    evaluate_app.command("upt")(upt)
    app.add_typer(evaluate_app, name="evaluate")
