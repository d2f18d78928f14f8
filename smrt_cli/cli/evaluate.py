"""`smrt evaluate upt`: score units for a period and write the summary and scorecards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UserError, msg
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
            hint = (
                msg("message.did_you_mean", name=repr(close[0]))
                if close
                else msg("message.upt.see_list")
            )
            raise UserError(msg("message.evaluate.unknown_unit", value=repr(upt_id), hint=hint))
    if all_ and wanted:
        raise UserError(msg("message.evaluate.all_and_ids"))
    # The region is always evaluated as a whole: a re-run for one unit whose export came late
    # must re-rank it among the others, not replace the region's files with a one-unit league.
    shown = [u for u in known if u in wanted] if wanted else known
    selected = known
    manual = load_scores(scores, str(scores), registry, chosen) if scores is not None else []

    if out is not None:
        check_name(out, "--out")
    folder = (out if out is not None else ws.root / "evaluations") / chosen.label
    if not as_json:
        refuse_link(folder)
    names = ["README.md", *(f"{u}.md" for u in known), "evaluation.json"]
    if not as_json and not force:
        existing = [folder / n for n in names if (folder / n).exists()]
        if existing:
            raise UserError(msg("message.evaluate.exists", path=existing[0]))
    if scores is None:
        # The assessors' scores belong to the period, not to one run of it.
        manual = _kept_scores(folder / "evaluation.json", registry, chosen)

    db = ws.root / "smrt.db"
    if db.exists():
        conn = open_store(db, create=False, mapped=True)
    else:
        note(msg("message.evaluate.no_store", db=db), "note")
        conn = open_store(Path(":memory:"))
    with busy(f"evaluating {len(selected)} units for {chosen.label}…"):
        try:
            plans = _plans(ws.root / "plans", chosen.start, chosen.end)
            # replies and clarifications may come after the period: their days off too
            closed = days_off(chosen.start, chosen.end + dt.timedelta(days=REPLY_REACH_DAYS))
            measures = measure(conn, registry, chosen, selected, plans, closed)
        finally:
            conn.close()
        previous = chosen.previous()
        base = out if out is not None else ws.root / "evaluations"
        earlier = _previous_evaluation(base / previous.label / "evaluation.json")
        result = evaluate(registry, chosen, previous, measures, manual, earlier, selected, language)
        data = result.json_data()
        if as_json:
            print_json({**data, "upts": [u for u in data["upts"] if u["id"] in shown]})
            return
        files: dict[str, str] = dict(render_files(result, registry))
        files["evaluation.json"] = evaluation_json(data)
        replace_folder(folder, files, owned=_earlier_pages(folder / "evaluation.json"))
    if result.nothing_covered:
        first, last = (f"{d.day} {d:%B %Y}" for d in (chosen.start, chosen.end))
        note(msg("message.evaluate.no_import", first=first, last=last), "note")
    else:
        partly = [u.id for u in result.upts if u.covered_days and u.covered_days < chosen.days]
        if partly:
            note(
                msg(
                    "message.evaluate.partly",
                    n=len(partly),
                    period=chosen.label,
                    units=", ".join(partly),
                ),
                "note",
            )
    scored = sum(1 for u in result.upts if u.score is not None)
    note(
        msg(
            "message.evaluate.wrote",
            n=len(files),
            folder=folder,
            scored=scored,
            units=len(result.upts),
        )
    )


def _plans(folder: Path, first: dt.date, last: dt.date) -> list[WeekPlan]:
    """plan.json of every ISO week that overlaps the period, in week order."""
    from ..plans import load_plan

    found: list[WeekPlan] = []
    day = first - dt.timedelta(days=first.weekday())
    while day <= last:
        year, week, _ = day.isocalendar()
        path = folder / f"{year}-W{week:02d}" / "plan.json"
        if path.exists():
            found.append(load_plan(path))
        day += dt.timedelta(days=7)
    return found


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
        note(msg("message.evaluate.unreadable_scores", path=path), "note")
        return []
    if earlier.period.label != period.label:
        return []
    kept, dropped = recorded_scores(earlier, registry)
    for upt_id, criterion, why in dropped:
        note(
            msg("message.evaluate.dropped", upt=upt_id, criterion=repr(criterion), why=why),
            "note",
        )
    if kept:
        n, units = len(kept), len({s.upt for s in kept})
        one = "one" if n == 1 else "many"
        units_text = msg(f"message.evaluate.units.{'one' if units == 1 else 'many'}", n=units)
        note(msg(f"message.evaluate.kept.{one}", n=n, units=units_text, path=path), "note")
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
        note(msg("message.evaluate.unreadable_change", path=path), "note")
        return None


def register(app: typer.Typer) -> None:
    evaluate_app = command_group(
        "Evaluate the units' work.\n\nExample: smrt evaluate upt --period 2026-10"
    )
    evaluate_app.command("upt")(upt)
    app.add_typer(evaluate_app, name="evaluate")
