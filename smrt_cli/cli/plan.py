"""The `smrt plan week` command: plan every unit's week and write it as Markdown and plan.json."""

# No `from __future__ import annotations`: Typer would compile and evaluate every option's
# annotation from its text each time the command is built, on every run (issue 19).

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UserError, WorkError, msg
from ..language import current
from ..plan_file import WeekPlan
from .common import (
    LangOpt,
    busy,
    command_group,
    is_terminal,
    note,
    resolve_lang,
    said,
    said_now,
    selected_units,
    stdout_console,
    workspace,
)

if TYPE_CHECKING:
    from rich.table import Table

    from ..calendar import Week


_PlanWeekCmdWeekOpt = Annotated[
    str | None,
    typer.Option(
        "--week",
        metavar="WEEK",
        help="ISO week to plan: 2026-W49, 2026-W1 or 'next'. Default: the week after today's.",
        show_default=False,
    ),
]
_PlanWeekCmdDateOpt = Annotated[
    str | None,
    typer.Option(
        "--date",
        metavar="YYYY-MM-DD",
        help="Plan the ISO week that holds this day (YYYY-MM-DD).",
    ),
]
_PlanWeekCmdUptOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--upt",
        metavar="UNIT-ID",
        help="Only this unit id; repeat for several. Default: every unit. In a week already "
        "planned (with --force), the other units' plans are kept.",
    ),
]
_PlanWeekCmdOutOpt = Annotated[
    Path | None,
    typer.Option(
        "--out",
        metavar="DIR",
        help="Folder for the plans; default WORKSPACE/plans.",
        file_okay=False,
    ),
]
_PlanWeekCmdForceOpt = Annotated[
    bool,
    typer.Option(
        "--force",
        help="Replace the week's plan if it exists. Exports smrt wrote into its folder "
        "from the old plan (plan.csv, plan.ics, plan-UNIT.*) are removed, with a note "
        "saying how to export them again; other files there stay.",
    ),
]
_PlanWeekCmdAsJsonOpt = Annotated[
    bool, typer.Option("--json", help="Print plan.json's content instead of the table.")
]
_PlanWeekCmdNoLearnOpt = Annotated[
    bool,
    typer.Option(
        "--no-learn",
        help="Plan from the registry alone: no best times or lifts from smrt.db, no ideas "
        "from the last evaluation's recommendations.",
    ),
]


def plan_week_cmd(
    ctx: typer.Context,
    week: _PlanWeekCmdWeekOpt = None,
    date: _PlanWeekCmdDateOpt = None,
    unit: _PlanWeekCmdUptOpt = None,
    out: _PlanWeekCmdOutOpt = None,
    lang: LangOpt = None,
    force: _PlanWeekCmdForceOpt = False,
    as_json: _PlanWeekCmdAsJsonOpt = False,
    no_learn: _PlanWeekCmdNoLearnOpt = False,
) -> None:
    """Write next week's content plan for every unit and a regional overview (Markdown).

    Writes OUT/<YYYY>-W<ww>/: README.md, one <unit-id>.md per unit, and plan.json.

    Earlier weeks' plan.json files under OUT are the history for cooldowns and rotation.
    With a metrics store (smrt.db), posting times come from each unit's best times and ideas,
    formats and pillars that did well are preferred; the last evaluation's recommended ideas
    go first where they fit.

    Example: smrt plan week --week 2026-W49
    """
    from ..files import check_name, replace_folder
    from ..jobs.plan import PlanRequest, plan_week_job

    target = _target_week(week, date)
    ws = workspace(ctx)
    registry = ws.registry()
    language = resolve_lang(registry, lang)
    selected = selected_units(unit, [u.id for u in registry.upts])
    if out is not None:
        check_name(out, "--out")
    out_dir = out if out is not None else ws.plans
    request = PlanRequest(target, selected, out_dir, language, force, no_learn)
    with busy(msg("message.busy.plan", week=target.label, n=len(selected or registry.upts))):
        with said() as notes:
            done = plan_week_job(ws, request, notes)
        written = replace_folder(done.folder, done.files, owned=done.owned, drop=done.stale)
    _print_outcome(done.plan, done.data if as_json else None, done.folder, written, done.stale)


def _target_week(week: str | None, date: str | None) -> "Week":
    """The week --week or --date names; next week when neither does."""
    from ..calendar import parse_date, parse_week, week_of

    if week is not None and date is not None:
        raise UserError(msg("message.plan.week_and_date"))
    if date is not None:
        return week_of(parse_date(date))
    return parse_week(week or "next", dt.date.today())


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
    unit: Annotated[
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
    from ..approvals import approved_text
    from ..files import replace_folder
    from ..jobs.plan import approve_job, plan_exports
    from .export import week_plan

    name = " ".join(by.split())
    if not name:
        raise UserError(msg("message.plan.by_empty"))
    ws = workspace(ctx)
    done = approve_job(ws, week_plan(ws, week), unit, name)
    if ws.plan_path(done.plan.week).read_bytes() != done.approved:
        # planned again meanwhile: writing now would put back the plan just replaced
        raise WorkError(msg("message.plan.changed", path=ws.plan_path(done.plan.week)))
    replace_folder(done.folder, done.files)
    timezone = ws.registry().settings.timezone
    note(approved_text(done.approval, current(), timezone))
    note(msg("message.plan.wrote", n=len(done.files), folder=done.folder))
    for export in plan_exports(done.folder):
        note(msg("message.plan.exported_before", path=done.folder / export), "note")


MAX_TABLE_ROWS = 40


def _summary_table(plan: WeekPlan) -> "Table":
    from rich.table import Table

    table = Table(title=f"{plan.week} ({plan.start} – {plan.end})")
    table.add_column(said_now("message.table.unit"))
    table.add_column(said_now("message.table.items"), justify="right")
    table.add_column(said_now("message.table.hours_capacity"), justify="right")
    table.add_column(said_now("message.table.shortfalls"))
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
            said_now("message.table.more_units", n=len(rest)),
            str(sum(len(u.slots) for u in rest)),
            "",
            said_now("message.table.with_shortfalls", n=sum(1 for u in rest if u.shortfalls)),
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
