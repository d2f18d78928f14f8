"""The evaluation as a workbook: league table, scores per criterion, details, follow-up."""

from __future__ import annotations

import datetime as dt

from .. import catalogue
from ..catalogue import t
from ..evaluation import RegionEvaluation, UnitEvaluation
from ..models import Registry, localize
from ..report_model import (
    criterion_name,
    follow_up_rows,
    league_of,
    report_grades,
    unit_names,
)
from .xlsx import Column, Sheet, render_workbook, sheet_title


def _league(
    evaluation: RegionEvaluation,
    names: dict[str, str],
    grades: dict[str, str | None],
    lang: str,
) -> list[list[object]]:
    rows: list[list[object]] = []
    for u in league_of(evaluation, names):
        rows.append(
            [
                u.rank,
                names[u.id],
                u.score if u.score is not None else t("export.r.nodata", lang),
                grades[u.id] or "",
                u.coverage / 100,
                u.metrics.value("posts"),
                u.metrics.value("interactions"),
            ]
        )
    return rows


def render_report_xlsx(
    registry: Registry,
    evaluation: RegionEvaluation,
    lang: str,
    issued: dt.date,
    stamp: dt.datetime,
) -> bytes:
    """The workbook bytes; a measure without data is the words 'tidak ada data', never 0."""

    def t(key: str, **values: object) -> str:
        return catalogue.t(f"export.{key}", lang, **values)

    names = unit_names(registry, evaluation, lang)
    grades = report_grades(registry, evaluation, lang)
    league = league_of(evaluation, names)
    taken: set[str] = set()
    sheets = [
        Sheet(
            sheet_title(t("r.league"), taken),
            [
                Column(t("r.col.rank"), "int", 11),
                Column(t("r.col.unit")),
                Column(t("r.col.score"), "score", 10),
                Column(t("r.col.grade")),
                Column(t("r.col.coverage"), "percent", 14),
                Column(t("r.col.posts"), "int", 11),
                Column(t("xlsx.interactions"), "int", 12),
            ],
            _league(evaluation, names, grades, lang),
        )
    ]
    matrix, details = _criteria_sheets(registry, evaluation, league, names, lang, taken)
    sheets += [
        matrix,
        details,
        _follow_up(registry, league, names, lang, issued, taken, evaluation.language),
    ]
    region = localize(registry.settings.region, lang)
    subtitle = t("r.subtitle", region=region, period=evaluation.period_title())
    author = localize(registry.settings.organisation, lang)
    return render_workbook(sheets, lang, stamp, f"{t('r.title')} — {subtitle}", author)


def _criteria_sheets(
    registry: Registry,
    evaluation: RegionEvaluation,
    league: list[UnitEvaluation],
    names: dict[str, str],
    lang: str,
    taken: set[str],
) -> tuple[Sheet, Sheet]:
    """Scores per criterion (units × criteria) and every criterion's value, score and weight."""

    def t(key: str) -> str:
        return catalogue.t(f"export.{key}", lang)

    nodata = t("r.nodata")
    criteria = [c.id for c in registry.criteria]
    for u in evaluation.upts:
        criteria += [c.id for c in u.criteria if c.id not in criteria]
    matrix = Sheet(
        sheet_title(t("r.chart.heatmap"), taken),
        [Column(t("r.col.unit"))]
        + [Column(criterion_name(registry, c, lang), "score", 16) for c in criteria],
    )
    details = Sheet(
        sheet_title(t("xlsx.details"), taken),
        [
            Column(t("r.col.unit")),
            Column(t("r.col.criterion")),
            Column(t("r.col.value"), "score", 14),
            Column(t("r.col.cscore"), "score", 13),
            Column(t("r.col.weight"), "int", 9),
        ],
    )
    for u in league:
        by_id = {c.id: c for c in u.criteria}
        matrix.rows.append(
            [names[u.id]]
            + [
                s if (c := by_id.get(cid)) is not None and (s := c.score) is not None else nodata
                for cid in criteria
            ]
        )
        for c in u.criteria:
            details.rows.append(
                [
                    names[u.id],
                    criterion_name(registry, c.id, lang),
                    c.value if c.value is not None else nodata,
                    c.score if c.score is not None else nodata,
                    c.weight,
                ]
            )
    return matrix, details


def _follow_up(
    registry: Registry,
    league: list[UnitEvaluation],
    names: dict[str, str],
    lang: str,
    issued: dt.date,
    taken: set[str],
    evaluation_language: str,
) -> Sheet:
    """The report's follow-up table; the deadline a real date when it is the next Rakor's."""
    day = registry.settings.next_rakor
    deadline: object = day if day is not None and day >= issued else None
    rows: list[list[object]] = []
    for number, action, units, lead, said in follow_up_rows(
        registry, league, names, lang, issued, evaluation_language
    ):
        rows.append([int(number), action, units, lead, deadline if deadline is not None else said])
    return Sheet(
        sheet_title(t("export.r.col.action", lang), taken),
        [
            Column(t("export.r.col.no", lang), "int", 6),
            Column(t("export.r.col.action", lang), "wrap", 70),
            Column(t("export.r.col.unit", lang), "wrap", 30),
            Column(t("export.r.col.lead", lang), "wrap", 20),
            Column(t("export.r.col.deadline", lang), "date", 26),
        ],
        rows,
    )
