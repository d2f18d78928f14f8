"""Planning a week: the earlier plans kept or revised, what results teach, the files to write."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Message, UserError, WorkError, msg, noted
from ..plan_file import WeekPlan
from ..records import mutable_record, record
from ..workspace import EVALUATION_JSON, PLAN_JSON, evaluation_folders, plan_export_name
from .common import collector_paused

if TYPE_CHECKING:
    from ..calendar import Week
    from ..learning import Learned
    from ..models import Registry
    from ..plan_file import Approval
    from ..workspace import Workspace

# The recommendations of an evaluation whose period ended longer ago than this are stale.
RECOMMENDATION_DAYS = 92


@record
class PlanRequest:
    """What `smrt plan week` was asked: the week, the units (None: all), where, how."""

    target: Week
    selected: list[str] | None
    out_dir: Path
    lang: str
    force: bool = False
    no_learn: bool = False


@mutable_record
class PlannedWeek:
    """The plan and its folder's new content; nothing is written yet."""

    plan: WeekPlan
    folder: Path
    data: str  # plan.json's text
    files: dict[str, str]
    owned: set[str]  # the old run's pages, replaced or removed
    stale: dict[str, str]  # old exports to remove -> the command that makes them again


def plan_week_job(ws: Workspace, request: PlanRequest, notes: list[Message]) -> PlannedWeek:
    """Plan the week; refuse an existing week's folder without force.

    What the person should know goes to `notes` as it happens, so a refusal keeps them.
    """
    with collector_paused():
        return _plan_week(ws, request, notes)


def _plan_week(ws: Workspace, request: PlanRequest, notes: list[Message]) -> PlannedWeek:
    from ..calendar import national_holidays
    from ..files import refuse_link
    from ..plan_file import plan_history
    from ..planner import ROTATION_CAP, plan_week

    registry = ws.registry()
    target, selected, language = request.target, request.selected, request.lang
    folder = request.out_dir / target.label
    refuse_link(folder)
    if folder.exists() and not request.force:
        raise UserError(msg("message.plan.exists", folder=folder))
    kept, previous = earlier_plans(folder, selected, notes)
    horizon = max([ROTATION_CAP, *(i.cooldown_weeks for i in registry.ideas)])
    used = plan_history(request.out_dir, target, horizon)
    holidays = national_holidays(target.start, target.end, language)
    learned = None if request.no_learn else learned_for(ws, registry, target, language, notes)
    plan = plan_week(
        registry,
        target,
        used=used,
        unit_ids=selected,
        lang=language,
        holidays=holidays,
        others=kept.upts if kept is not None else (),
        learned=learned,
    )
    return _finish(plan, registry, folder, kept, previous, selected, notes)


def _finish(
    plan: WeekPlan,
    registry: Registry,
    folder: Path,
    kept: WeekPlan | None,
    previous: WeekPlan | None,
    selected: list[str] | None,
    notes: list[Message],
) -> PlannedWeek:
    """The roster, the kept units, the revision and approvals; then every file, rendered."""
    from ..plan_file import plan_json, revise
    from ..render.plan_markdown import render_plan
    from ..roster import with_duty

    known = [u.id for u in registry.upts]
    # The roster is its own step: who watches the inbox is no part of the content search.
    plan = with_duty(plan, registry)
    if kept is not None:
        plan = merge(plan, kept, known)
    if previous is not None:
        plan = revise(plan, previous)
        plan = keep_approvals(plan, previous, selected, notes)
    # Everything is rendered before the first byte is written: no half-written week.
    files: dict[str, str] = dict(render_plan(plan, registry))
    data = plan_json(plan)
    files[PLAN_JSON] = data
    stale = stale_exports(folder, previous, known, selected)
    # The old run's pages: those of the units it planned and of the registry's units. A
    # person's own .md file in the week is not among them and stays.
    units = [*known, *(u.id for u in previous.upts)] if previous is not None else known
    owned = {"README.md", PLAN_JSON, *(f"{u}.md" for u in units)}
    return PlannedWeek(plan, folder, data, files, owned, stale)


def merge(new: WeekPlan, kept: WeekPlan, order: list[str]) -> WeekPlan:
    """`kept` with `new`'s units put in: the other units' plans stay exactly as they were.

    Units come in the registry's order; one the registry no longer has keeps its plan after
    them rather than vanish with its history.
    """
    units = {u.id: u for u in kept.upts}
    units.update((u.id, u) for u in new.upts)
    rank = {unit_id: i for i, unit_id in enumerate(order)}
    return new.model_copy(
        update={"upts": sorted(units.values(), key=lambda u: rank.get(u.id, len(rank)))}
    )


def earlier_plans(
    folder: Path, selected: list[str] | None, notes: list[Message]
) -> tuple[WeekPlan | None, WeekPlan | None]:
    """The week's plan to keep the other units of (kept), and the one being revised."""
    from ..plan_file import load_plan

    path = folder / PLAN_JSON
    # Re-planning some units of a planned week: the week's plan.json holds the other units'
    # plans and, for the weeks after, their cooldown history. Replacing the folder with the
    # chosen units alone would lose both, so the others are kept as they are (and counted
    # for the region's pillar mix and idea variety while the chosen units are planned).
    kept: WeekPlan | None = None
    if selected is not None and path.is_file():
        kept = load_plan(path)
    # A week planned before: the new plan is its next revision, so calendars that imported
    # the old one update its events and cancel the slots it no longer has.
    previous = kept
    if previous is None and path.is_file():
        try:
            previous = load_plan(path)
        except UserError:
            # --force replaces it all the same; say what the calendars will miss
            notes.append(noted(msg("message.plan.unreadable_previous", path=path)))
    return kept, previous


def learned_for(
    ws: Workspace, registry: Registry, target: Week, lang: str, notes: list[Message]
) -> Learned | None:
    """What the region's results teach the week's plan: the store's 16 weeks before it and
    the last evaluation's recommendations; None when there is neither."""
    import hashlib

    found: Learned | None = None
    db = ws.store
    if db.is_file():
        from ..metrics.insight_read import planner_learning
        from ..metrics.store import open_store

        registry_key = hashlib.sha256(ws.registry_path.read_bytes()).hexdigest()
        conn = open_store(db, create=False, mapped=True)
        try:
            found = planner_learning(conn, registry, registry_key, db, target.start)
        finally:
            conn.close()
    recommended, title = recommendations(ws.evaluations, target, lang, notes)
    if not recommended:
        return found
    # only now: learning imports the insights, which a plan without results never needs
    from ..learning import Learned, learn

    base = found or learn(None)
    merged = dict(base.units)
    for unit_id, ideas in learn(None, recommended).units.items():
        unit = merged.get(unit_id)
        merged[unit_id] = (
            unit.model_copy(update={"recommended": ideas.recommended}) if unit else ideas
        )
    return Learned(units=merged, recommended_from=title)


def recommendations(
    folder: Path, target: Week, lang: str, notes: list[Message]
) -> tuple[dict[str, list[str]], str]:
    """Per unit, the ideas the latest evaluation before the week recommends, and its period's
    title ("Oktober 2026"); nothing when there is no recent evaluation."""
    chosen = None
    for sub in evaluation_folders(folder):
        # only with an evaluation folder: periods' model costs 2 ms of every plan (issue 19)
        from ..periods import parse_label

        period = parse_label(sub.name)
        if (
            period is None
            or not period.end < target.start
            or (target.start - period.end).days > RECOMMENDATION_DAYS
            or not (sub / EVALUATION_JSON).is_file()
        ):
            continue
        if chosen is None or (period.end, period.start) > (chosen[0].end, chosen[0].start):
            chosen = (period, sub / EVALUATION_JSON)
    if chosen is None:
        return {}, ""
    # the evaluation's models are the heaviest import of all: only when there is one to read
    from ..evaluation_file import load_evaluation

    try:
        evaluation = load_evaluation(chosen[1])
    except UserError as exc:
        notes.append(noted(msg("message.plan.no_recommendations", error=tuple(exc.items))))
        return {}, ""
    ideas = {
        u.id: [i for r in u.recommendations for i in r.idea_ids]
        for u in evaluation.upts
        if any(r.idea_ids for r in u.recommendations)
    }
    return ideas, chosen[0].title(lang)


def keep_approvals(
    plan: WeekPlan, previous: WeekPlan, selected: list[str] | None, notes: list[Message]
) -> WeekPlan:
    """Planning a week again voids its approval (the plan is no longer the one approved).

    Re-planning some units keeps the other units' own approvals; each voided one is said.
    """
    from ..approvals import carry_over, voided

    plan = carry_over(plan, previous, selected)
    for approval in voided(plan, previous):
        what = (
            msg("message.plan.week_of_unit", week=plan.week, unit=approval.upt)
            if approval.upt
            else plan.week
        )
        said = msg(
            "message.plan.approval_void",
            what=what,
            by=approval.by,
            at=f"{approval.at:%Y-%m-%d %H:%M}",
            command=f"smrt plan approve --week {plan.week}"
            + (f" --upt {approval.upt}" if approval.upt else "")
            + " --by NAME",
        )
        notes.append(noted(said))
    return plan


def stale_exports(
    folder: Path, previous: WeekPlan | None, known: list[str], selected: list[str] | None
) -> dict[str, str]:
    """The exports `smrt export` wrote into the week's folder from the plan being replaced.

    Name -> the command that makes it again. Left in place they would hold the old slots (a
    unit since removed, a slot since dropped) with nothing to say so, and the next export
    would refuse to replace them without --force. Only smrt's own names go: plan.csv and
    plan.ics, and plan-<unit>.csv/.ics of a unit planned again (re-planning one unit keeps
    the others' exports, whose slots are unchanged); any other file stays.
    """
    try:
        # one listing, not a look per unit and format: a national week would take 21,000
        with os.scandir(folder) as entries:
            present = {e.name for e in entries if e.is_file()}
    except (FileNotFoundError, NotADirectoryError):
        return {}
    week = folder.name
    commands: dict[str, str] = {}

    def add(name: str, command: str) -> None:
        if name in present:
            commands[name] = command

    add(plan_export_name(None, "csv"), f"smrt export plan --week {week}")
    add(plan_export_name(None, "ics"), f"smrt export calendar --week {week}")
    if selected is not None:
        units = selected
    else:  # every unit: the registry's, and one the old plan had that the registry has not
        units = [*known, *(u.id for u in previous.upts if u.id not in known)] if previous else known
    for kind in ("xlsx", "html", "docx"):
        add(plan_export_name(None, kind), f"smrt export plan --week {week} --format {kind}")
    for unit_id in units:
        for kind in ("xlsx", "html", "docx"):
            add(
                plan_export_name(unit_id, kind),
                f"smrt export plan --week {week} --upt {unit_id} --format {kind}",
            )
        add(plan_export_name(unit_id, "csv"), f"smrt export plan --week {week} --upt {unit_id}")
        add(plan_export_name(unit_id, "ics"), f"smrt export calendar --week {week} --upt {unit_id}")
    return {name: commands[name] for name in sorted(commands)}


@record
class ApprovedWeek:
    """The approved plan and its folder's new content; nothing is written yet."""

    plan: WeekPlan
    folder: Path
    files: dict[str, str]
    approved: bytes  # plan.json as approved: the folder is replaced only while it still reads so
    approval: Approval


def approve_job(ws: Workspace, plan: WeekPlan, unit: str | None, name: str) -> ApprovedWeek:
    """Record who approved the week's plan (or one unit's) and render its files again."""
    from ..approvals import approval_of, approve
    from ..plan_file import plan_json
    from ..plan_rows import plan_units
    from ..render.plan_markdown import render_plan
    from .common import source_date

    folder = ws.plan_folder(plan.week)
    approved = ws.plan_path(plan.week).read_bytes()
    if WeekPlan.model_validate_json(approved) != plan:  # planned again between the two reads
        raise WorkError(msg("message.plan.changed", path=ws.plan_path(plan.week)))
    if unit is not None:
        plan_units(plan, unit)  # a unit without a plan that week is a user error
    registry = ws.registry()
    at = source_date() or dt.datetime.now(dt.UTC)
    plan = approve(plan, unit, name, at)
    files: dict[str, str] = dict(render_plan(plan, registry))
    files[PLAN_JSON] = plan_json(plan)
    approval = approval_of(plan, unit)
    assert approval is not None  # just recorded, for exactly this plan
    return ApprovedWeek(plan, folder, files, approved, approval)


def plan_exports(folder: Path) -> list[str]:
    """The exports in a week's folder (made before an approval, so they do not carry it)."""
    suffixes = (".csv", ".ics", ".txt", ".xlsx", ".html", ".docx")
    return sorted(p.name for p in folder.glob("plan*") if p.suffix in suffixes)
