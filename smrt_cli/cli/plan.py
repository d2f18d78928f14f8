"""The `smrt plan week` command: plan every unit's week and write it as Markdown and plan.json."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UserError, WorkError, msg
from ..language import current
from ..plans import WeekPlan, plan_history
from .common import (
    LangOpt,
    busy,
    command_group,
    is_terminal,
    note,
    resolve_lang,
    stdout_console,
    workspace,
)

if TYPE_CHECKING:
    from rich.table import Table

    from ..calendar import Week
    from ..learning import Learned
    from ..models import Registry
    from .common import Workspace


def _merge(new: WeekPlan, kept: WeekPlan, order: list[str]) -> WeekPlan:
    """`kept` with `new`'s units put in: the other units' plans stay exactly as they were.

    Units come in the registry's order; one the registry no longer has keeps its plan after
    them rather than vanish with its history.
    """
    units = {u.id: u for u in kept.upts}
    units.update((u.id, u) for u in new.upts)
    rank = {upt_id: i for i, upt_id in enumerate(order)}
    return new.model_copy(
        update={"upts": sorted(units.values(), key=lambda u: rank.get(u.id, len(rank)))}
    )


def plan_week_cmd(
    ctx: typer.Context,
    week: Annotated[
        str | None,
        typer.Option(
            "--week",
            metavar="WEEK",
            help="ISO week to plan: 2026-W49, 2026-W1 or 'next'. Default: the week after today's.",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="Plan the ISO week that holds this day (YYYY-MM-DD).",
        ),
    ] = None,
    upt: Annotated[
        list[str] | None,
        typer.Option(
            "--upt",
            metavar="UNIT-ID",
            help="Only this unit id; repeat for several. Default: every unit. In a week already "
            "planned (with --force), the other units' plans are kept.",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="DIR",
            help="Folder for the plans; default WORKSPACE/plans.",
            file_okay=False,
        ),
    ] = None,
    lang: LangOpt = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Replace the week's plan if it exists. Exports smrt wrote into its folder "
            "from the old plan (plan.csv, plan.ics, plan-UNIT.*) are removed, with a note "
            "saying how to export them again; other files there stay.",
        ),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print plan.json's content instead of the table.")
    ] = False,
    no_learn: Annotated[
        bool,
        typer.Option(
            "--no-learn",
            help="Plan from the registry alone: no best times or lifts from smrt.db, no ideas "
            "from the last evaluation's recommendations.",
        ),
    ] = False,
) -> None:
    """Write next week's content plan for every unit and a regional overview (Markdown).

    Writes OUT/<YYYY>-W<ww>/: README.md, one <unit-id>.md per unit, and plan.json.

    Earlier weeks' plan.json files under OUT are the history for cooldowns and rotation.
    With a metrics store (smrt.db), posting times come from each unit's best times and ideas,
    formats and pillars that did well are preferred; the last evaluation's recommended ideas
    go first where they fit.

    Example: smrt plan week --week 2026-W49
    """
    from ..calendar import national_holidays
    from ..files import check_name, refuse_link, replace_folder
    from ..planner import ROTATION_CAP, plan_week
    from ..plans import plan_json, revise
    from ..render.plan_markdown import render_plan
    from ..roster import with_duty

    target = _target_week(week, date)
    ws = workspace(ctx)
    registry = ws.registry()
    language = resolve_lang(registry, lang)
    known = [u.id for u in registry.upts]
    selected = _selected_units(upt, known)

    if out is not None:
        check_name(out, "--out")
    out_dir = out if out is not None else ws.root / "plans"
    folder = out_dir / target.label
    refuse_link(folder)
    if folder.exists() and not force:
        raise UserError(msg("message.plan.exists", folder=folder))

    kept, previous = _earlier_plans(folder, selected)

    horizon = max([ROTATION_CAP, *(i.cooldown_weeks for i in registry.ideas)])
    used = plan_history(out_dir, target, horizon)
    holidays = national_holidays(target.start, target.end, language)
    learned = None if no_learn else _learned(ws, registry, target, language)
    with busy(f"planning {target.label} for {len(selected or registry.upts)} units…"):
        plan = plan_week(
            registry,
            target,
            used=used,
            upt_ids=selected,
            lang=language,
            holidays=holidays,
            others=kept.upts if kept is not None else (),
            learned=learned,
        )
        # The roster is its own step: who watches the inbox is no part of the content search.
        plan = with_duty(plan, registry)
        if kept is not None:
            plan = _merge(plan, kept, known)
        if previous is not None:
            plan = revise(plan, previous)
            plan = _keep_approvals(plan, previous, selected)
        # Everything is rendered before the first byte is written: no half-written week.
        files: dict[str, str] = dict(render_plan(plan, registry))
        data = plan_json(plan)
        files["plan.json"] = data
        stale = _stale_exports(folder, previous, known, selected)
        # The old run's pages: those of the units it planned and of the registry's units. A
        # person's own .md file in the week is not among them and stays.
        units = [*known, *(u.id for u in previous.upts)] if previous is not None else known
        owned = {"README.md", "plan.json", *(f"{u}.md" for u in units)}
        written = replace_folder(folder, files, owned=owned, drop=stale)

    _print_outcome(plan, data if as_json else None, folder, written, stale)


def _target_week(week: str | None, date: str | None) -> Week:
    """The week --week or --date names; next week when neither does."""
    from ..calendar import parse_date, parse_week, week_of

    if week is not None and date is not None:
        raise UserError(msg("message.plan.week_and_date"))
    if date is not None:
        return week_of(parse_date(date))
    return parse_week(week or "next", dt.date.today())


def _selected_units(upt: list[str] | None, known: list[str]) -> list[str] | None:
    """The units --upt names, each once and known to the registry; None for every unit."""
    if not upt:
        return None
    for upt_id in upt:
        if upt_id not in known:
            import difflib

            close = difflib.get_close_matches(upt_id, known, n=1)
            hint = (
                msg("message.did_you_mean", name=repr(close[0]))
                if close
                else msg("message.upt.see_list")
            )
            raise UserError(
                msg("message.upt.unknown", option="--upt", value=repr(upt_id), hint=hint)
            )
    return list(dict.fromkeys(upt))


def _earlier_plans(
    folder: Path, selected: list[str] | None
) -> tuple[WeekPlan | None, WeekPlan | None]:
    """The week's plan to keep the other units of (kept), and the one being revised."""
    from ..plans import load_plan

    path = folder / "plan.json"
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
            note(msg("message.plan.unreadable_previous", path=path), "note")
    return kept, previous


def _print_outcome(
    plan: WeekPlan,
    data: str | None,
    folder: Path,
    written: list[Path],
    stale: dict[str, str],
) -> None:
    """plan.json on stdout (--json) or the summary table on a terminal; the files on stderr."""
    if data is not None:
        from ..files import write_stdout

        write_stdout(data)
    elif is_terminal():
        stdout_console().print(_summary_table(plan))
    note(msg("message.plan.wrote", n=len(written), folder=folder))
    if len(written) <= 20:  # a national run would bury the terminal in paths
        for path in written:
            note(f"  {path}")
    for name, command in stale.items():
        note(msg("message.plan.removed_stale", path=folder / name, command=command), "note")


def _learned(ws: Workspace, registry: Registry, target: Week, lang: str) -> Learned | None:
    """What the region's results teach the week's plan: the store's 16 weeks before it and
    the last evaluation's recommendations; None when there is neither."""
    import hashlib

    from ..learning import Learned, learn

    found: Learned | None = None
    db = ws.root / "smrt.db"
    if db.is_file():
        from ..metrics.insight_read import planner_learning
        from ..metrics.store import open_store

        registry_key = hashlib.sha256(ws.registry_path.read_bytes()).hexdigest()
        conn = open_store(db, create=False, mapped=True)
        try:
            found = planner_learning(conn, registry, registry_key, db, target.start)
        finally:
            conn.close()
    recommended, title = _recommendations(ws.root / "evaluations", target, lang)
    if not recommended:
        return found
    base = found or learn(None)
    merged = dict(base.units)
    for upt_id, ideas in learn(None, recommended).units.items():
        unit = merged.get(upt_id)
        merged[upt_id] = (
            unit.model_copy(update={"recommended": ideas.recommended}) if unit else ideas
        )
    return Learned(units=merged, recommended_from=title)


# The recommendations of an evaluation whose period ended longer ago than this are stale.
RECOMMENDATION_DAYS = 92


def _recommendations(folder: Path, target: Week, lang: str) -> tuple[dict[str, list[str]], str]:
    """Per unit, the ideas the latest evaluation before the week recommends, and its period's
    title ("Oktober 2026"); nothing when there is no recent evaluation."""
    from ..periods import parse_label

    if not folder.is_dir():
        return {}, ""
    chosen = None
    for sub in sorted(folder.iterdir()):
        period = parse_label(sub.name)
        if (
            period is None
            or not period.end < target.start
            or (target.start - period.end).days > RECOMMENDATION_DAYS
            or not (sub / "evaluation.json").is_file()
        ):
            continue
        if chosen is None or (period.end, period.start) > (chosen[0].end, chosen[0].start):
            chosen = (period, sub / "evaluation.json")
    if chosen is None:
        return {}, ""
    # the evaluation's models are the heaviest import of all: only when there is one to read
    from ..evaluations import load_evaluation

    try:
        evaluation = load_evaluation(chosen[1])
    except UserError as exc:
        note(msg("message.plan.no_recommendations", error=tuple(exc.items)), "note")
        return {}, ""
    ideas = {
        u.id: [i for r in u.recommendations for i in r.idea_ids]
        for u in evaluation.upts
        if any(r.idea_ids for r in u.recommendations)
    }
    return ideas, chosen[0].title(lang)


def _keep_approvals(plan: WeekPlan, previous: WeekPlan, selected: list[str] | None) -> WeekPlan:
    """Planning a week again voids its approval (the plan is no longer the one approved).

    Re-planning some units keeps the other units' own approvals; each voided one is said.
    """
    from ..approvals import carry_over, voided

    plan = carry_over(plan, previous, selected)
    for approval in voided(plan, previous):
        what = (
            msg("message.plan.week_of_unit", week=plan.week, upt=approval.upt)
            if approval.upt
            else plan.week
        )
        note(
            msg(
                "message.plan.approval_void",
                what=what,
                by=approval.by,
                at=f"{approval.at:%Y-%m-%d %H:%M}",
                command=f"smrt plan approve --week {plan.week}"
                + (f" --upt {approval.upt}" if approval.upt else "")
                + " --by NAME",
            ),
            "note",
        )
    return plan


def plan_approve_cmd(
    ctx: typer.Context,
    week: Annotated[
        str,
        typer.Option(
            "--week",
            metavar="WEEK",
            help="ISO week of the plan, e.g. 2026-W49.",
            show_default=False,
        ),
    ],
    by: Annotated[
        str,
        typer.Option(
            "--by",
            metavar="NAME",
            help="Who approves: a name and title, as the documents should show it.",
            show_default=False,
        ),
    ],
    upt: Annotated[
        str | None,
        typer.Option("--upt", metavar="UNIT-ID", help="Approve only this unit's plan."),
    ] = None,
) -> None:
    """Approve a week's plan: its documents and exports say DRAF until then.

    Records who approved, when (SOURCE_DATE_EPOCH when set) and the SHA-256 of the plan
    approved in plan.json, and writes the week's Markdown again to carry the approval.
    Planning the week again voids the approval.

    Example: smrt plan approve --week 2026-W49 --by "Kepala KSOP Kelas II Bitung"
    """
    from ..approvals import approval_of, approve, approved_text
    from ..files import replace_folder
    from ..plans import plan_json
    from ..render.plan_markdown import render_plan
    from ..report import plan_units
    from .export import source_date, week_plan

    name = " ".join(by.split())
    if not name:
        raise UserError(msg("message.plan.by_empty"))
    ws = workspace(ctx)
    plan = week_plan(ws, week)
    folder = ws.root / "plans" / plan.week
    approved = (folder / "plan.json").read_bytes()
    if WeekPlan.model_validate_json(approved) != plan:  # planned again between the two reads
        raise WorkError(msg("message.plan.changed", path=folder / "plan.json"))
    if upt is not None:
        plan_units(plan, upt)  # a unit without a plan that week is a user error
    registry = ws.registry()
    at = source_date() or dt.datetime.now(dt.UTC)
    plan = approve(plan, upt, name, at)
    files: dict[str, str] = dict(render_plan(plan, registry))
    files["plan.json"] = plan_json(plan)
    if (folder / "plan.json").read_bytes() != approved:
        # planned again meanwhile: writing now would put back the plan just replaced
        raise WorkError(msg("message.plan.changed", path=folder / "plan.json"))
    replace_folder(folder, files)
    approval = approval_of(plan, upt)
    assert approval is not None  # just recorded, for exactly this plan
    note(approved_text(approval, current(), registry.settings.timezone))
    note(msg("message.plan.wrote", n=len(files), folder=folder))
    exports = sorted(
        p.name
        for p in folder.glob("plan*")
        if p.suffix in (".csv", ".ics", ".txt", ".xlsx", ".html", ".docx")
    )
    for export in exports:
        note(msg("message.plan.exported_before", path=folder / export), "note")


def _stale_exports(
    folder: Path, previous: WeekPlan | None, known: list[str], selected: list[str] | None
) -> dict[str, str]:
    """The exports `smrt export` wrote into the week's folder from the plan being replaced.

    Name -> the command that makes it again. Left in place they would hold the old slots (a
    unit since removed, a slot since dropped) with nothing to say so, and the next export
    would refuse to replace them without --force. Only smrt's own names go: plan.csv and
    plan.ics, and plan-<unit>.csv/.ics of a unit planned again (re-planning one unit keeps
    the others' exports, whose slots are unchanged); any other file stays.
    """
    if not folder.is_dir():
        return {}
    week = folder.name
    commands = {"plan.csv": f"smrt export plan --week {week}"}
    commands["plan.ics"] = f"smrt export calendar --week {week}"
    if selected is not None:
        units = selected
    else:  # every unit: the registry's, and one the old plan had that the registry has not
        units = [*known, *(u.id for u in previous.upts if u.id not in known)] if previous else known
    for kind in ("xlsx", "html", "docx"):
        commands[f"plan.{kind}"] = f"smrt export plan --week {week} --format {kind}"
    for upt_id in units:
        for kind in ("xlsx", "html", "docx"):
            commands[f"plan-{upt_id}.{kind}"] = (
                f"smrt export plan --week {week} --upt {upt_id} --format {kind}"
            )
        commands[f"plan-{upt_id}.csv"] = f"smrt export plan --week {week} --upt {upt_id}"
        commands[f"plan-{upt_id}.ics"] = f"smrt export calendar --week {week} --upt {upt_id}"
    return {name: commands[name] for name in sorted(commands) if (folder / name).is_file()}


MAX_TABLE_ROWS = 40


def _summary_table(plan: WeekPlan) -> Table:
    from rich.table import Table

    table = Table(title=f"{plan.week} ({plan.start} – {plan.end})")
    table.add_column("unit")
    table.add_column("items", justify="right")
    table.add_column("hours/capacity", justify="right")
    table.add_column("shortfalls")
    for unit in plan.upts[:MAX_TABLE_ROWS]:
        short = ", ".join(f"{s.platform} −{s.missing}" for s in unit.shortfalls)
        table.add_row(
            unit.id,
            str(len(unit.slots)),
            f"{unit.planned_hours:g}/{unit.capacity_hours:g}",
            short or "—",
        )
    if len(plan.upts) > MAX_TABLE_ROWS:
        rest = plan.upts[MAX_TABLE_ROWS:]
        table.add_row(
            f"… {len(rest)} more units",
            str(sum(len(u.slots) for u in rest)),
            "",
            f"{sum(1 for u in rest if u.shortfalls)} with shortfalls",
        )
    return table


def register(app: typer.Typer) -> None:
    plan_app = command_group("Weekly content plans.\n\nExample: smrt plan week --week next")
    plan_app.command("week", short_help="Plan a week for every unit, with a regional overview.")(
        plan_week_cmd
    )
    plan_app.command(
        "approve", short_help="Approve a week's plan (its documents say DRAF until then)."
    )(plan_approve_cmd)
    app.add_typer(plan_app, name="plan")
