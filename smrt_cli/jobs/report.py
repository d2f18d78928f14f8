"""The report and the slides of an evaluated period: what they read, and the bytes they become."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Message, Text, UserError, msg, noted
from ..workspace import evaluated_periods, evaluation_path
from .common import issue_date, source_date, week_label

if TYPE_CHECKING:
    from ..document import Report
    from ..evaluation import RegionEvaluation
    from ..inbox import UnitBacklog
    from ..insights import Insights
    from ..models import Registry
    from ..periods import Period
    from ..workspace import Workspace


@dataclass
class Document:
    """A document to write: to `target`, or stdout when None; charts beside it for Markdown."""

    target: Path | None
    data: bytes
    side_folder: Path | None = None
    side_files: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportRequest:
    """What `smrt export report` was asked, its evaluation already read."""

    path: Path  # the evaluation.json read, as the notes name it
    evaluation: RegionEvaluation
    evaluations: Path  # its folder: the earlier periods for the trend come from there too
    week: str | None
    fmt: str  # md, html, docx or xlsx
    target: Path | None  # None: stdout
    lang: str
    force: bool = False


def report_job(
    ws: Workspace, registry: Registry, request: ReportRequest, notes: list[Message]
) -> Document:
    """The regional report in its format; refuses replacing a file without force.

    What the person should know goes to `notes` as it happens, so a refusal keeps them.
    """
    from ..plan_file import load_plan
    from ..report_model import (
        build_report,
        language_note,
        next_rakor_note,
        signatory_note,
        week_after,
    )

    evaluation, language = request.evaluation, request.lang
    week_id = week_label(request.week) if request.week else week_after(evaluation.period.end)
    plan_path = ws.plan_path(week_id)
    plan = load_plan(plan_path) if plan_path.exists() else None
    if plan is None:
        notes.append(noted(msg("message.export.no_plan_appendix", week=week_id, path=plan_path)))
    stamp = source_date()
    report_date = issue_date(stamp)
    overdue_units = overdue(ws, registry, stamp, report_date, language)
    report = build_report(
        registry,
        evaluation,
        plan,
        week_id,
        language,
        report_date,
        earlier_evaluations(request.evaluations, evaluation),
        period_insights(ws, registry, evaluation.period),
        overdue=overdue_units,
    )
    # advice for the operator goes here, never into the document the meeting reads
    for text in (
        language_note(evaluation, language, str(request.path)),
        signatory_note(registry),
        next_rakor_note(registry, report_date),
    ):
        if text:
            notes.append(noted(text))
    if overdue_units:  # the document names them; where to list them is the operator's
        notes.append(noted(msg("message.export.overdue_inbox")))
    _check_target(request.target, request.fmt, report, request.force)
    when = stamp or dt.datetime.combine(report_date, dt.time(0, 0), tzinfo=dt.UTC)
    if request.fmt == "xlsx":
        from ..render.report_xlsx import render_report_xlsx

        data = render_report_xlsx(registry, evaluation, language, report_date, when)
        return Document(request.target, data)
    return render_report(report, request.fmt, request.target, when, notes)


def _check_target(target: Path | None, fmt: str, report: Report, force: bool) -> None:
    """Refuse, before any drawing, a file or chart that is there without --force."""
    if target is None:
        return
    from ..files import check_name, refuse_link, refuse_overwrite

    check_name(target)
    if target.is_dir():
        raise UserError(msg("message.export.is_folder", path=target))
    refuse_overwrite(target, force)
    if fmt == "md" and report.charts:
        # the charts' folder may hold a person's own drawings: the same --force rule
        charts_dir = target.parent / f"{target.stem}-files"
        refuse_link(charts_dir, msg("message.file.link_elsewhere"))
        for cid in sorted(report.charts):
            refuse_overwrite(charts_dir / f"{cid}.svg", force)


def render_report(
    report: Report, fmt: str, target: Path | None, when: dt.datetime, notes: list[Message]
) -> Document:
    """The report as HTML (SVG charts inline), DOCX (PNG charts) or Markdown (SVG files)."""
    from ..render import charts

    if fmt == "html":
        from ..render.report_html import render_html

        svgs = {cid: charts.render_svg(chart) for cid, chart in report.charts.items()}
        return Document(target, render_html(report, svgs).encode("utf-8"))
    if fmt == "docx":
        from ..render.report_docx import render_docx

        pngs = {cid: charts.render_png(chart) for cid, chart in report.charts.items()}
        return Document(target, render_docx(report, pngs, when))
    from ..render.report_markdown import render_markdown

    if target is None:
        notes.append(noted(msg("message.export.no_charts_stdout")))
        return Document(None, render_markdown(report, {}).encode("utf-8"))
    folder_name = f"{target.stem}-files"
    svg_files = {f"{cid}.svg": charts.render_svg(chart) for cid, chart in report.charts.items()}
    links = {cid: f"{folder_name}/{cid}.svg" for cid in report.charts}
    data = render_markdown(report, links).encode("utf-8")
    return Document(target, data, target.parent / folder_name, svg_files)


def slides_job(
    ws: Workspace, registry: Registry, request: ReportRequest, notes: list[Message]
) -> Document:
    """The Rakor slides (PowerPoint) of the period: the report's tables and charts."""
    from ..deck import ChartSlide, build_deck
    from ..render import charts
    from ..render.slides_pptx import render_pptx
    from ..report_model import build_report, language_note, next_rakor_note, week_after

    evaluation, language, target = request.evaluation, request.lang, request.target
    assert target is not None  # slides never go to stdout
    if target.is_dir():
        raise UserError(msg("message.export.is_folder", path=target))
    from ..files import refuse_overwrite

    refuse_overwrite(target, request.force)
    stamp = source_date()
    issued = issue_date(stamp)
    week = week_after(evaluation.period.end)
    insights = period_insights(ws, registry, evaluation.period)
    earlier = earlier_evaluations(request.evaluations, evaluation)
    report = build_report(registry, evaluation, None, week, language, issued, earlier, insights)
    for text in (
        language_note(evaluation, language, str(request.path)),
        next_rakor_note(registry, issued),
    ):
        if text:
            notes.append(noted(text))
    deck = build_deck(registry, evaluation, report, issued)
    used = {s.chart_id for s in deck.slides if isinstance(s, ChartSlide)}
    pngs = {cid: charts.render_png(report.charts[cid]) for cid in sorted(used)}
    when = stamp or dt.datetime.combine(issued, dt.time(0, 0), tzinfo=dt.UTC)
    return Document(target, render_pptx(deck, pngs, when))


def overdue(
    ws: Workspace, reg: Registry, stamp: dt.datetime | None, day: dt.date, lang: str
) -> list[UnitBacklog]:
    """The units' overdue open messages at the report's time (its date's end without one)."""
    from zoneinfo import ZoneInfo

    from .inbox import load_backlog

    db = ws.store
    if not db.exists():
        return []
    zone = ZoneInfo(reg.settings.timezone)
    as_of = stamp or dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=zone)
    return [u for u in load_backlog(db, reg, as_of, lang) if u.overdue]


def earlier_evaluations(folder: Path, current: RegionEvaluation) -> list[RegionEvaluation]:
    """Evaluations of the periods just before, of the same kind: the change and the trend."""
    from ..evaluation_file import load_evaluation
    from ..report_model import earlier_periods

    found = []
    for period in earlier_periods(current.period):
        path = evaluation_path(folder, period.label)
        if path.exists():
            found.append(load_evaluation(path))
    found.sort(key=lambda e: e.period.start)
    return found


def evaluate_advice(folder: Path, period: Period) -> Text:
    """The `smrt evaluate upt` run that writes this period, and the periods already evaluated.

    evaluate names a quarter with --quarter and a range with --from/--to, not --period.
    """
    if period.kind == "quarter":
        how = f"--quarter {period.label}"
    elif period.kind == "range":
        how = f"--from {period.start.isoformat()} --to {period.end.isoformat()}"
    else:
        how = f"--period {period.label}"
    advice = msg("message.export.evaluate_first", how=how)
    done = evaluated_periods(folder)
    if done:
        shown = ", ".join(done[-6:]) + (" …" if len(done) > 6 else "")
        advice = msg("message.export.evaluated_so_far", advice=advice, shown=shown)
    return advice


def period_evaluation(folder: Path, period: str) -> tuple[Path, RegionEvaluation]:
    """The period's evaluation.json and its content; a user error naming how to make it."""
    from ..evaluation_file import load_evaluation
    from ..periods import parse_label

    path = evaluation_path(folder, period)
    if not path.exists():
        parsed = parse_label(period)
        assert parsed is not None  # the command parsed the label
        advice = evaluate_advice(folder, parsed)
        raise UserError(
            msg("message.export.no_evaluation", path=path, period=period, advice=advice)
        )
    return path, load_evaluation(path)


def period_insights(ws: Workspace, registry: Registry, period: Period) -> Insights | None:
    """What worked in the report's period, from the store; None without one."""
    db = ws.store
    if not db.is_file():
        return None
    from ..metrics.insight_read import store_insights
    from ..metrics.store import open_store

    conn = open_store(db, create=False, mapped=True)
    try:
        return store_insights(conn, registry, period)
    finally:
        conn.close()
