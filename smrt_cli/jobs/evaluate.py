"""Evaluating a period: the plans, the kept assessor scores, the previous period, the files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..background import started
from ..errors import Message, UserError, msg, noted
from ..i18n import DateText
from ..workspace import EVALUATION_JSON, evaluation_folder, evaluation_path, week_plan_paths
from .common import collector_paused

if TYPE_CHECKING:
    from ..evaluation import RegionEvaluation, UnitMeasure
    from ..models import Registry
    from ..periods import Period
    from ..plan_file import WeekPlan
    from ..scores import ScoreEntry
    from ..workspace import Workspace

# Replies and clarifications this many days after a period still count for its messages.
REPLY_REACH_DAYS = 90


@dataclass(frozen=True)
class EvaluateRequest:
    """What `smrt evaluate upt` was asked; manual None keeps the period's earlier scores."""

    period: Period
    manual: list[ScoreEntry] | None
    out: Path | None
    lang: str
    as_json: bool = False
    force: bool = False


@dataclass
class Evaluated:
    """The region's evaluation and its folder's new content; nothing is written yet."""

    result: RegionEvaluation
    data: dict[str, Any]  # evaluation.json's content
    folder: Path
    files: dict[str, str]
    owned: list[str]  # the scorecards of the run being replaced


def evaluate_job(ws: Workspace, request: EvaluateRequest, notes: list[Message]) -> Evaluated:
    """Score every unit of the registry for the period; refuse replacing files without force.

    What the person should know goes to `notes` as it happens, so a refusal keeps them.
    """
    with collector_paused():
        return _evaluate_job(ws, request, notes)


def _evaluate_job(ws: Workspace, request: EvaluateRequest, notes: list[Message]) -> Evaluated:
    from ..evaluation import evaluate
    from ..evaluation_file import evaluation_json
    from ..files import refuse_link
    from ..render.evaluation_markdown import render_files

    registry = ws.registry()
    chosen = request.period
    known = [u.id for u in registry.upts]
    base = request.out if request.out is not None else ws.evaluations
    folder = evaluation_folder(base, chosen.label)
    if not request.as_json:
        refuse_link(folder)
    names = ["README.md", *(f"{u}.md" for u in known), EVALUATION_JSON]
    if not request.as_json and not request.force:
        existing = [folder / n for n in names if (folder / n).exists()]
        if existing:
            raise UserError(msg("message.evaluate.exists", path=existing[0]))
    manual = request.manual
    # The store is read in a thread while this one reads the evaluation files: SQLite lets go
    # of the GIL, and a national run's files take a second or more to read.
    store_notes: list[Message] = []
    measuring = started(lambda: _measures(ws, registry, chosen, known, store_notes), "smrt-measure")
    # The run this one replaces is read once, for its kept scores and for the pages it owns
    # (a national evaluation.json takes a third of a second per reading).
    replaced = _replaced(folder, read=manual is None or not request.as_json)
    if manual is None:
        # The assessors' scores belong to the period, not to one run of it.
        manual = kept_scores(replaced, registry, chosen, notes)
    measures = measuring()
    notes += store_notes  # said in the order of a run in turn
    previous = chosen.previous()
    earlier = previous_evaluation(evaluation_path(base, previous.label), notes)
    result = evaluate(registry, chosen, previous, measures, manual, earlier, known, request.lang)
    data = result.json_data()
    if request.as_json:
        return Evaluated(result, data, folder, {}, [])
    files: dict[str, str] = dict(render_files(result, registry))
    files[EVALUATION_JSON] = evaluation_json(data)
    owned = earlier_pages(replaced)
    return Evaluated(result, data, folder, files, owned)


def _measures(
    ws: Workspace, registry: Registry, chosen: Period, selected: list[str], notes: list[Message]
) -> dict[str, UnitMeasure]:
    """What the store and the plans measure for the period; 'no data' without a store."""
    from ..calendar import days_off
    from ..metrics.measure import measure
    from ..metrics.store import open_store

    db = ws.store
    helper = None
    if db.exists():
        conn = open_store(db, create=False, mapped=True)
        # More readers, for the passes over the posts to run beside the reply times. Not mapped:
        # they read the covering period index in order, which costs no more CPU through reads,
        # while mapping the file again in each faults its pages in again (+0.3 s of system time
        # at 1,000 units) and counts them again in the process's memory.
        helper = partial(open_store, db, create=False)
    else:
        notes.append(noted(msg("message.evaluate.no_store", db=db)))
        conn = open_store(Path(":memory:"))
    try:
        plans = plans_of(ws.plans, chosen.start, chosen.end)
        # replies and clarifications may come after the period: their days off too
        closed = days_off(chosen.start, chosen.end + dt.timedelta(days=REPLY_REACH_DAYS))
        return measure(conn, registry, chosen, selected, plans, closed, helper)
    finally:
        conn.close()


def coverage_notes(result: RegionEvaluation, chosen: Period) -> list[Message]:
    """What the person should know about the days the imports cover, after the files."""
    if result.nothing_covered:
        first, last = DateText(chosen.start), DateText(chosen.end)
        return [noted(msg("message.evaluate.no_import", first=first, last=last))]
    partly = [u.id for u in result.upts if u.covered_days and u.covered_days < chosen.days]
    if partly:
        said = msg(
            "message.evaluate.partly", n=len(partly), period=chosen.label, units=", ".join(partly)
        )
        return [noted(said)]
    return []


def plans_of(folder: Path, first: dt.date, last: dt.date) -> list[WeekPlan]:
    """plan.json of every ISO week that overlaps the period, in week order."""
    from ..plan_file import load_plan

    return [load_plan(path) for path in week_plan_paths(folder, first, last)]


@dataclass(frozen=True)
class Replaced:
    """The period's evaluation.json that this run replaces, as read once."""

    path: Path
    evaluation: RegionEvaluation | None
    unreadable: bool = False


def _replaced(folder: Path, read: bool) -> Replaced:
    """The folder's evaluation.json, read when the run needs its scores or its pages."""
    from ..evaluation_file import load_evaluation

    path = folder / EVALUATION_JSON
    if not read or not path.exists():
        return Replaced(path, None)
    try:
        return Replaced(path, load_evaluation(path))
    except (OSError, UserError):
        return Replaced(path, None, unreadable=True)


def kept_scores(
    replaced: Replaced, registry: Registry, period: Period, notes: list[Message]
) -> list[ScoreEntry]:
    """The assessors' scores of the period's earlier evaluation, which this run replaces.

    (--json replaces nothing but shows what --force would write.) An unreadable file, or one
    of another period, gives none.
    """
    from ..evaluation import recorded_scores

    earlier, path = replaced.evaluation, replaced.path
    if replaced.unreadable:
        notes.append(noted(msg("message.evaluate.unreadable_scores", path=path)))
        return []
    if earlier is None or earlier.period.label != period.label:
        return []
    kept, dropped = recorded_scores(earlier, registry)
    for unit_id, criterion, why in dropped:
        said = msg("message.evaluate.dropped", unit=unit_id, criterion=repr(criterion), why=why)
        notes.append(noted(said))
    if kept:
        n, units = len(kept), len({s.upt for s in kept})
        one = "one" if n == 1 else "many"
        units_text = msg(f"message.evaluate.units.{'one' if units == 1 else 'many'}", n=units)
        notes.append(noted(msg(f"message.evaluate.kept.{one}", n=n, units=units_text, path=path)))
    return kept


def earlier_pages(replaced: Replaced) -> list[str]:
    """The scorecards of the run being replaced: a unit since dropped must not keep its page."""
    if replaced.evaluation is None:
        return []
    return [f"{u.id}.md" for u in replaced.evaluation.upts]


def previous_evaluation(path: Path, notes: list[Message]) -> RegionEvaluation | None:
    """The previous period's evaluation.json, for the change column; None if none."""
    from ..evaluation_file import load_evaluation

    if not path.exists():
        return None
    try:
        return load_evaluation(path)
    except (OSError, UserError):
        notes.append(noted(msg("message.evaluate.unreadable_change", path=path)))
        return None
