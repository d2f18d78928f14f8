"""`smrt export`: the coordination-meeting report, the week's calendar, CSV and WhatsApp text."""

# No `from __future__ import annotations`: Typer would compile and evaluate every option's
# annotation from its text each time the command is built, on every run (issue 19).

import datetime as dt
import re
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from ..errors import UserError, WorkError, msg
from ..jobs.common import issue_date, source_date, week_label
from ..models import Registry, localize
from ..plan_file import UnitPlan, WeekPlan, load_plan
from ..workspace import Workspace
from .common import LangOpt, busy, command_group, note, resolve_lang, said, workspace

if TYPE_CHECKING:  # the evaluation models load only when an export runs: a fast `smrt --help`
    from ..jobs.report import Document

PERIOD_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_-]*$")


class PlanFormat(StrEnum):
    csv = "csv"
    whatsapp = "whatsapp"
    xlsx = "xlsx"
    html = "html"
    docx = "docx"


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"
    xlsx = "xlsx"


# What a file name's ending says about its content: `-o laporan.docx` alone must not get HTML.
REPORT_SUFFIXES = {
    ".md": ReportFormat.md,
    ".html": ReportFormat.html,
    ".htm": ReportFormat.html,
    ".docx": ReportFormat.docx,
    ".xlsx": ReportFormat.xlsx,
}
PLAN_SUFFIXES = {
    ".csv": PlanFormat.csv,
    ".txt": PlanFormat.whatsapp,
    ".xlsx": PlanFormat.xlsx,
    ".html": PlanFormat.html,
    ".docx": PlanFormat.docx,
}


F = TypeVar("F", bound=StrEnum)


def choose_format(fmt: F | None, out: str | None, suffixes: dict[str, F], default: F) -> F:
    """--format, or what -o's extension says; both given, they must agree.

    Without either the default applies (and to stdout). A name whose ending says nothing
    (laporan.pdf, rencana) needs --format: guessing would write one format under another's name.
    """
    suffix = Path(out).suffix.lower() if out not in (None, "-") else ""
    named = suffixes.get(suffix)
    choices = "|".join(f.value for f in type(default))
    if fmt is None:
        if out in (None, "-"):
            return default
        if named is None:
            endings = list(suffixes)
            listed = msg("message.or", first=", ".join(endings[:-1]), last=endings[-1])
            raise UserError(
                msg("message.export.no_format", out=out, listed=listed, choices=choices)
            )
        return named
    if named is not None and named is not fmt:
        fitting = [s for s, f in suffixes.items() if f is fmt]
        fits = (
            msg("message.or", first=", ".join(fitting[:-1]), last=fitting[-1])
            if len(fitting) > 1
            else fitting[0]
        )
        raise UserError(
            msg("message.export.format_clash", out=out, suffix=suffix, fmt=fmt.value, fitting=fits)
        )
    return fmt


WeekOpt = Annotated[
    str,
    typer.Option(
        "--week",
        metavar="WEEK",
        help="ISO week of the plan, e.g. 2026-W49, or 'next'.",
        show_default=False,
    ),
]
UnitOpt = Annotated[
    str | None, typer.Option("--upt", metavar="UNIT-ID", help="Only this unit's id.")
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace an existing output file.")]
# `smrt evaluate upt --out DIR` writes there: the report and slides read it from the same DIR.
EvaluationsOpt = Annotated[
    Path | None,
    typer.Option(
        "--evaluations",
        metavar="DIR",
        help="Folder of the evaluations, as `smrt evaluate upt --out` named it; default "
        "WORKSPACE/evaluations.",
        file_okay=False,
    ),
]


def _evaluations(ws: Workspace, folder: Path | None) -> Path:
    if folder is None:
        return ws.evaluations
    from ..files import check_name

    check_name(folder, "--evaluations")
    return folder


def week_plan(ws: Workspace, week: str) -> WeekPlan:
    week = week_label(week)
    path = ws.plan_path(week)
    if not path.exists():
        raise UserError(msg("message.export.no_plan", path=path, week=week))
    plan = load_plan(path)
    from ..approvals import broken

    for approval in broken(plan):
        # plan.json changed after it was approved: the documents say DRAF again
        note(msg("message.export.approval_broken", path=path, by=approval.by), "note")
    return plan


def _write(data: bytes, out: str | None, default: Path, force: bool) -> None:
    """Write to stdout for `-o -`, else atomically to the file; never replace without --force."""
    if out == "-":
        from ..files import write_stdout

        write_stdout(data.decode("utf-8"))
        return
    path = Path(out) if out is not None else default
    _write_file(path, data, force)
    note(msg("message.export.wrote", path=path))


def _write_file(path: Path, data: bytes, force: bool) -> None:
    from ..files import check_name, refuse_overwrite, write_atomic

    check_name(path)
    if path.is_dir():
        raise UserError(msg("message.export.is_folder", path=path))
    refuse_overwrite(path, force)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise WorkError(msg("message.file.unwritable", path=path, why=exc.strerror)) from exc


def export_plan(
    ctx: typer.Context,
    week: WeekOpt,
    fmt: Annotated[
        PlanFormat | None,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="csv (for tools), whatsapp (plain text), xlsx (a workbook for people), or "
            "html/docx (a printable document for the head of office). Default: from -o's "
            "extension (.csv, .txt for whatsapp, .xlsx, .html, .docx), else csv.",
            show_default=False,
        ),
    ] = None,
    unit: UnitOpt = None,
    out: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="File to write, or - for stdout. Default: WORKSPACE/plans/WEEK/plan.csv (or "
            ".xlsx, .html, .docx), stdout for whatsapp.",
        ),
    ] = None,
    lang: LangOpt = None,
    force: ForceOpt = False,
) -> None:
    """Export a week's plan: CSV, an Excel workbook, a printable DOCX/HTML, or WhatsApp text.

    The workbook has a region sheet and one sheet per unit, with real dates, times and hours;
    the DOCX/HTML is for the head of office to read and sign. Each says DRAF until
    `smrt plan approve`.

    Example: smrt export plan --week 2026-W49 --format whatsapp --upt upp-tahuna
    """
    from ..approvals import status_word
    from ..plan_rows import plan_rows, plan_units

    fmt = choose_format(fmt, out, PLAN_SUFFIXES, PlanFormat.csv)
    ws = workspace(ctx)
    plan = week_plan(ws, week)
    reg = ws.registry()
    language = resolve_lang(reg, lang)
    zone = reg.settings.timezone
    units = plan_units(plan, unit)
    if fmt is PlanFormat.csv:
        from ..render.plan_csv import render_csv

        rows = [r for u in units for r in plan_rows(reg, u, language)]
        statuses = {u.id: status_word(plan, u.id, language, zone) for u in units}
        data = render_csv(rows, language, statuses).encode("utf-8")
        default = ws.plan_export(plan.week, unit, "csv")
        _write(data, out, default, force)
        return
    if fmt is PlanFormat.xlsx:
        _plan_workbook(
            reg, plan, units, language, out, force, ws.plan_export(plan.week, unit, "xlsx")
        )
        return
    if fmt in (PlanFormat.html, PlanFormat.docx):
        default = ws.plan_export(plan.week, unit, fmt.value)
        _plan_document(
            reg, plan.model_copy(update={"upts": units}), language, fmt, out, default, force
        )
        return
    text = _messages(reg, plan, units, language)
    _write(text.encode("utf-8"), out if out is not None else "-", Path(), force)


def _messages(reg: Registry, plan: WeekPlan, units: list[UnitPlan], lang: str) -> str:
    """Each unit's WhatsApp message, its approval line under the greeting."""
    from ..approvals import status_text
    from ..plan_rows import plan_rows
    from ..reason_texts import skill_names
    from ..render.whatsapp import render_message, render_messages

    coordinator = _coordinator_name(reg, lang)
    region = localize(reg.settings.region, lang)
    zone = reg.settings.timezone
    messages = [
        render_message(
            plan,
            u,
            plan_rows(reg, u, lang),
            lang,
            region,
            coordinator,
            {str(p): t for p, t in reg.settings.posting_times.items()},
            status_text(plan, u.id, lang, zone),
            skill_names(reg, lang),
        )
        for u in units
    ]
    return render_messages(messages)


def _plan_workbook(
    reg: Registry,
    plan: WeekPlan,
    units: list[UnitPlan],
    lang: str,
    out: str | None,
    force: bool,
    default: Path,
) -> None:
    from ..approvals import status_word
    from ..plan_rows import plan_rows, unit_name
    from ..render.plan_xlsx import render_plan_xlsx

    if out == "-":
        raise UserError(msg("message.export.stdout.workbook"))
    zone = reg.settings.timezone
    statuses = {u.id: status_word(plan, u.id, lang, zone) for u in units}
    sheets = [(u, unit_name(reg, u.id, u.name, lang), plan_rows(reg, u, lang)) for u in units]
    stamp = source_date() or dt.datetime.combine(plan.start, dt.time(0, 0), tzinfo=dt.UTC)
    author = localize(reg.settings.organisation, lang)
    data = render_plan_xlsx(plan.week, sheets, lang, statuses, stamp, author)
    _write(data, out, default, force)


def _plan_document(
    reg: Registry,
    plan: WeekPlan,
    lang: str,
    fmt: PlanFormat,
    out: str | None,
    default: Path,
    force: bool,
) -> None:
    """The week's plan for the head of office to read and sign, through the report's renderers."""
    from ..render import charts
    from ..report_model import build_plan_document

    stamp = source_date()
    issued = issue_date(stamp)
    document = build_plan_document(reg, plan, lang, issued)
    if fmt is PlanFormat.html:
        from ..render.report_html import render_html

        svgs = {cid: charts.render_svg(chart) for cid, chart in document.charts.items()}
        _write(render_html(document, svgs).encode("utf-8"), out, default, force)
        return
    if out == "-":
        raise UserError(msg("message.export.stdout.docx"))
    from ..render.report_docx import render_docx

    pngs = {cid: charts.render_png(chart) for cid, chart in document.charts.items()}
    when = stamp or dt.datetime.combine(issued, dt.time(0, 0), tzinfo=dt.UTC)
    _write(render_docx(document, pngs, when), out, default, force)


def _coordinator_name(reg: Registry, lang: str) -> str:
    try:
        return localize(reg.unit(reg.settings.coordinator).name, lang)
    except KeyError:
        return reg.settings.coordinator


def export_calendar(
    ctx: typer.Context,
    week: WeekOpt,
    unit: UnitOpt = None,
    out: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="File to write, or - for stdout. Default: WORKSPACE/plans/WEEK/plan.ics.",
        ),
    ] = None,
    lang: LangOpt = None,
    force: ForceOpt = False,
) -> None:
    """Export a week's plan as an iCalendar (.ics) file: one event per planned slot.

    Event UIDs come from the week, unit and slot, so importing a newer export of the same week
    updates the events instead of duplicating them. A week planned again (--force) is the
    plan's next revision: its events carry that SEQUENCE, and the slots the re-plan dropped
    come as cancelled events. DTSTAMP is SOURCE_DATE_EPOCH when set, else the week's Monday
    00:00 UTC, so the same plan always gives the same bytes.

    Example: smrt export calendar --week 2026-W49 --upt ksop-bitung -o bitung.ics
    """
    from ..approvals import approval_of, status_text
    from ..plan_rows import idea_title, plan_rows, plan_units, unit_name
    from ..render.ics import DutyDay, Withdrawn, render_ics

    ws = workspace(ctx)
    plan = week_plan(ws, week)
    reg = ws.registry()
    language = resolve_lang(reg, lang)
    units = plan_units(plan, unit)

    stamp = source_date() or dt.datetime.combine(plan.start, dt.time(0, 0), tzinfo=dt.UTC)
    rows = [r for u in units for r in plan_rows(reg, u, language)]
    withdrawn = [
        Withdrawn(
            w,
            idea_title(reg, w.idea_id, w.title, language),
            unit_name(reg, w.upt, w.upt, language),
        )
        for w in plan.withdrawn
        # the region's calendar cancels them all, a unit dropped from the registry's too
        if unit is None or w.upt == unit
    ]
    duty = [DutyDay(u.id, unit_name(reg, u.id, u.name, language), d) for u in units for d in u.duty]
    zone = reg.settings.timezone
    statuses = {
        u.id: (status_text(plan, u.id, language, zone), approval_of(plan, u.id) is not None)
        for u in units
    }
    data = render_ics(
        plan.week, rows, language, stamp, plan.revision, withdrawn, duty, statuses=statuses
    )
    default = ws.plan_export(plan.week, unit, "ics")
    _write(data, out, default, force)


def _period_label(period: str) -> str:
    """--period as its evaluation folder is named: 2026-q4 and 2026-1 are 2026-Q4 and 2026-01."""
    from ..periods import parse_label

    parsed = parse_label(period) if PERIOD_RE.match(period) else None
    if parsed is None:
        raise UserError(msg("message.export.not_period", period=repr(period)))
    return parsed.label


_ReportPeriodOpt = Annotated[
    str,
    typer.Option(
        "--period",
        metavar="PERIOD",
        help="Evaluated period, as its folder under WORKSPACE/evaluations is named: a month "
        "(2026-11), a quarter (2026-Q4) or a date range (2026-11-25_2026-12-05).",
        show_default=False,
    ),
]
_ReportWeekOpt = Annotated[
    str | None,
    typer.Option(
        "--week",
        metavar="WEEK",
        help="Week of the plan in the appendix; default the week after.",
    ),
]
_ReportFormatOpt = Annotated[
    ReportFormat | None,
    typer.Option(
        "--format",
        metavar="md|html|docx|xlsx",
        help="md, html, docx, or xlsx (the evaluation as a workbook). Default: from -o's "
        "extension (.md, .html, .htm, .docx, .xlsx), else html.",
        show_default=False,
    ),
]
_ReportOutOpt = Annotated[
    str | None,
    typer.Option(
        "-o",
        "--output",
        metavar="FILE",
        help="File to write, or - for stdout (md and html). Default: WORKSPACE/reports/PERIOD.EXT.",
    ),
]


def export_report(
    ctx: typer.Context,
    period: _ReportPeriodOpt,
    week: _ReportWeekOpt = None,
    fmt: _ReportFormatOpt = None,
    out: _ReportOutOpt = None,
    evaluations: EvaluationsOpt = None,
    lang: LangOpt = None,
    force: ForceOpt = False,
) -> None:
    """Write the regional report for the coordination meeting, with charts.

    Reads WORKSPACE/evaluations/PERIOD/evaluation.json and the plan of --week: PERIOD is the
    label `smrt evaluate upt` gave it: 2026-11 for --period 2026-11, 2026-Q4 for --quarter
    2026-Q4, 2026-11-25_2026-12-05 for --from 2026-11-25 --to 2026-12-05. The format follows
    -o's extension unless --format says it. Markdown also writes its charts as SVG files into
    FILE-files/ beside the report. The report is dated the day it is made (SOURCE_DATE_EPOCH
    when set), under the registry's signatory (settings.signatory, place, next_rakor).

    Example: smrt export report --period 2026-11 -o laporan-2026-11.docx
    """
    from ..jobs.report import ReportRequest, period_evaluation, report_job

    ws = workspace(ctx)
    period = _period_label(period)
    fmt = choose_format(fmt, out, REPORT_SUFFIXES, ReportFormat.html)
    if fmt in (ReportFormat.docx, ReportFormat.xlsx) and out == "-":
        kind = "docx_report" if fmt is ReportFormat.docx else "workbook"
        raise UserError(msg(f"message.export.stdout.{kind}"))
    folder = _evaluations(ws, evaluations)
    path, evaluation = period_evaluation(folder, period)
    reg = ws.registry()
    language = resolve_lang(reg, lang)
    target = None if out == "-" else (Path(out) if out else ws.report_path(period, fmt.value))
    request = ReportRequest(path, evaluation, folder, week, fmt.value, target, language, force)
    # matplotlib and the charts take a second or more: say so on a terminal
    with busy(msg("message.busy.report")), said() as notes:
        document = report_job(ws, reg, request, notes)
    _write_document(document)


def _write_document(document: "Document") -> None:
    """The charts' files first, then the document: to its file, or stdout."""
    if document.side_folder is not None and document.side_files:
        from ..files import write_files

        write_files(document.side_folder, document.side_files)
    if document.target is None:
        _write(document.data, "-", Path(), True)
    else:
        _write(document.data, str(document.target), document.target, True)


def export_slides(
    ctx: typer.Context,
    period: Annotated[
        str,
        typer.Option(
            "--period",
            metavar="PERIOD",
            help="Evaluated period, as for `smrt export report`: 2026-11, 2026-Q4 or "
            "2026-11-25_2026-12-05.",
            show_default=False,
        ),
    ],
    out: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="The .pptx file to write. Default: WORKSPACE/reports/PERIOD.pptx.",
        ),
    ] = None,
    evaluations: EvaluationsOpt = None,
    lang: LangOpt = None,
    force: ForceOpt = False,
) -> None:
    """Write the Rakor slides (PowerPoint): title, league table, score chart and trend, each
    unit's result, the region's common weaknesses and the follow-up table.

    Tables are real, editable tables; the charts are the report's own, as pictures. Dated the
    day it is made (SOURCE_DATE_EPOCH when set).

    Example: smrt export slides --period 2026-11 -o rakor.pptx
    """
    from ..jobs.report import ReportRequest, period_evaluation, slides_job

    ws = workspace(ctx)
    period = _period_label(period)
    if out == "-":
        raise UserError(msg("message.export.stdout.slides"))
    if out is not None and Path(out).suffix.lower() != ".pptx":
        raise UserError(msg("message.export.pptx", out=out))
    folder = _evaluations(ws, evaluations)
    path, evaluation = period_evaluation(folder, period)
    reg = ws.registry()
    language = resolve_lang(reg, lang)
    target = Path(out) if out else ws.report_path(period, "pptx")
    request = ReportRequest(path, evaluation, folder, None, "pptx", target, language, force)
    with busy(msg("message.busy.slides")), said() as notes:
        document = slides_job(ws, reg, request, notes)
    _write_document(document)


def register(app: typer.Typer) -> None:
    export_app = command_group(
        "Export the report, the calendar and the plan as CSV or WhatsApp text.\n\n"
        "Example: smrt export report --period 2026-11 --format docx",
        short_help="Export the report, the calendar and the plan.",
    )
    export_app.command(
        "report", short_help="The regional report for the meeting (md, html, docx, xlsx)."
    )(export_report)
    export_app.command("slides", short_help="The Rakor slides (.pptx) for a period.")(export_slides)
    export_app.command("calendar", short_help="A week's plan as an iCalendar (.ics) file.")(
        export_calendar
    )
    export_app.command(
        "plan", short_help="A week's plan as CSV, an Excel workbook or WhatsApp messages."
    )(export_plan)
    app.add_typer(export_app, name="export")
