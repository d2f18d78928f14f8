"""The Rakor slides as a model: which slides, their titles, tables and charts (no pptx here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from . import catalogue
from .catalogue import t
from .document import Paragraph, Report, Table, plain
from .i18n import format_number
from .models import Registry
from .report_model import (
    criterion_name,
    follow_up_rows,
    league_of,
    report_grades,
    unit_names,
)

if TYPE_CHECKING:
    from .evaluation import RegionEvaluation, UnitEvaluation

# Rows per slide: a table that runs off the slide is no use on a projector.
LEAGUE_ROWS = 12
UNIT_ROWS = 10
FOLLOW_UP_ROWS = 4


@dataclass(frozen=True)
class TitleSlide:
    title: str
    subtitle: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class TableSlide:
    title: str
    table: Table
    widths: tuple[float, ...]  # each column's share of the slide's width


@dataclass(frozen=True)
class ChartSlide:
    title: str
    chart_id: str


@dataclass(frozen=True)
class BulletSlide:
    title: str
    items: tuple[str, ...]


Slide = TitleSlide | TableSlide | ChartSlide | BulletSlide


@dataclass(frozen=True)
class Deck:
    lang: str
    title: str
    organisation: str
    slides: tuple[Slide, ...]


def build_deck(
    registry: Registry, evaluation: RegionEvaluation, report: Report, issued: dt.date
) -> Deck:
    """The slides of the report: title, league, charts, units, weaknesses, follow-up."""
    lang = report.lang

    def t(key: str, **values: object) -> str:
        return catalogue.t(f"export.{key}", lang, **values)

    names = unit_names(registry, evaluation, lang)
    league = league_of(evaluation, names)
    slides: list[Slide] = [
        TitleSlide(report.title, report.subtitle, (report.meeting, report.date_text))
    ]
    table = _league_table(report)
    if table is not None:
        widths = (0.11, 0.33, 0.09, 0.13, 0.12, 0.11, 0.11)[: len(table.headers)]
        for n, league_rows in enumerate(_chunks(table.rows, LEAGUE_ROWS)):
            part = Table(table.headers, league_rows, table.numeric)
            slides.append(
                TableSlide(t("r.league") + (f" {t('s.more')}" if n else ""), part, widths)
            )
    slides += [
        ChartSlide(report.charts[c].title, c) for c in ("scores", "trend") if c in report.charts
    ]
    grades = report_grades(registry, evaluation, lang)
    rows = [[names[u.id], _unit_line(registry, u, grades, lang)] for u in league]
    for n, chunk in enumerate(_chunks(rows, UNIT_ROWS)):
        title = t("s.units") + (f" {t('s.more')}" if n else "")
        headers = [t("r.col.unit"), t("s.result")]
        slides.append(TableSlide(title, Table(headers, chunk), (0.32, 0.68)))
    slides.extend(_what_worked(report))
    slides.append(BulletSlide(t("s.weak"), tuple(_weaknesses(registry, evaluation, lang))))
    actions = follow_up_rows(registry, league, names, lang, issued, evaluation.language)
    keys = ("r.col.no", "r.col.action", "r.col.unit", "r.col.lead", "r.col.deadline")
    if not actions:
        slides.append(BulletSlide(t("s.followup"), (t("r.rec.none"),)))
    for n, chunk in enumerate(_chunks(actions, FOLLOW_UP_ROWS) if actions else []):
        title = t("s.followup") + (f" {t('s.more')}" if n else "")
        table = Table([t(k) for k in keys], chunk, (0,))
        slides.append(TableSlide(title, table, (0.06, 0.46, 0.2, 0.13, 0.15)))
    return Deck(lang, report.title, report.organisation, tuple(slides))


def _what_worked(report: Report) -> list[Slide]:
    """The report's 'what worked' tables (best formats, pillars, times), a slide each."""
    from .catalogue import t

    title = t("insight.r.section", report.lang)
    section = next((s for s in report.sections if s.title == title), None)
    if section is None:
        return []
    slides: list[Slide] = []
    heading = title
    for block in section.blocks:
        if isinstance(block, Paragraph) and plain(block.text).endswith(":"):
            heading = plain(block.text).rstrip(":")  # "Format terbaik di wilayah"
        elif isinstance(block, Table):
            rows = block.rows[:LEAGUE_ROWS]
            share = 1 / len(block.headers)
            part = Table(block.headers, rows, block.numeric)
            slides.append(TableSlide(heading, part, tuple(share for _ in block.headers)))
    return slides


def _league_table(report: Report) -> Table | None:
    """The report's own league table: the slide shows what the report says."""
    hasil = t("export.r.hasil", report.lang)
    for section in report.sections:
        if section.title == hasil:
            return next((b for b in section.blocks if isinstance(b, Table)), None)
    return None


def _unit_line(
    registry: Registry, unit: UnitEvaluation, grades: dict[str, str | None], lang: str
) -> str:
    """'91,0 · Sangat Baik · peringkat 1 · terkuat: … · terlemah: …', or 'tidak ada data'."""
    if unit.score is None:
        return t("export.s.unit.nodata", lang)
    parts = [format_number(unit.score, lang, 1)]
    if grades.get(unit.id):
        parts.append(grades[unit.id] or "")
    if unit.rank is not None:
        parts.append(t("export.s.rank", lang, rank=unit.rank))
    if unit.strengths:
        parts.append(
            t("export.s.strong", lang, criterion=criterion_name(registry, unit.strengths[0], lang))
        )
    if unit.weaknesses:
        parts.append(
            t(
                "export.s.weakest",
                lang,
                criterion=criterion_name(registry, unit.weaknesses[0], lang),
            )
        )
    return " · ".join(parts)


def _weaknesses(registry: Registry, evaluation: RegionEvaluation, lang: str) -> list[str]:
    scored = sum(1 for u in evaluation.upts if u.score is not None)
    items = [
        t("export.s.weak.item", lang, criterion=criterion_name(registry, cid, lang), n=n, of=scored)
        for cid, n in evaluation.common_weaknesses[:5]
    ]
    return items or [t("export.s.weak.none", lang)]


Row = TypeVar("Row")


def _chunks(rows: Sequence[Row], size: int) -> list[list[Row]]:
    return [list(rows[i : i + size]) for i in range(0, len(rows), size)] or [[]]
