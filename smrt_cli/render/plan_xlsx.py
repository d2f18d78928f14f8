"""The week's plan as a workbook: a region sheet with every slot, then one sheet per unit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .. import catalogue
from ..catalogue import t
from ..i18n import format_name, platform_name, zone_abbreviation
from ..plan_file import UnitPlan
from ..plan_rows import PlanRow
from .xlsx import Column, Sheet, render_workbook, sheet_title


def _columns(lang: str, with_unit: bool) -> list[Column]:
    def t(key: str) -> str:
        return catalogue.t(f"export.{key}", lang)

    columns = [Column(t("csv.unit"))] if with_unit else []
    columns += [
        Column(t("csv.date"), "date"),
        Column(t("csv.time"), "time"),
        Column(t("xlsx.zone")),
        Column(t("csv.platform")),
        Column(t("csv.format")),
        Column(t("csv.idea"), "wrap", 40),
        Column(t("csv.pillar")),
        Column(t("csv.owner"), "wrap", 30),
        Column(t("csv.effort"), "hours", 12),
    ]
    if not with_unit:
        columns.append(Column(t("csv.brief"), "wrap", 60))
    columns.append(Column(t("csv.status")))
    return columns


def _row(r: PlanRow, lang: str, status: str, with_unit: bool) -> list[object]:
    hour, minute = (int(p) for p in r.time.split(":"))
    cells: list[object] = [r.unit_name] if with_unit else []
    cells += [
        r.date,
        dt.time(hour, minute),
        zone_abbreviation(r.timezone),
        platform_name(r.platform),
        format_name(r.format, lang),
        r.idea_title,
        r.pillar,
        r.owner,
        r.effort_hours,
    ]
    if not with_unit:
        cells.append(r.brief)
    cells.append(status)
    return cells


def render_plan_xlsx(
    week: str,
    units: Sequence[tuple[UnitPlan, str, Sequence[PlanRow]]],
    lang: str,
    statuses: dict[str, str],
    stamp: dt.datetime,
    author: str,
) -> bytes:
    """`units` is (unit plan, sheet name, its rows) each; `statuses` each unit's approval cell."""
    taken: set[str] = set()
    region = Sheet(sheet_title(t("export.xlsx.region", lang), taken), _columns(lang, True))
    sheets = [region]
    for unit, name, rows in units:
        status = statuses.get(unit.id, "")
        region.rows += [_row(r, lang, status, True) for r in rows]
        sheet = Sheet(sheet_title(name, taken), _columns(lang, False))
        sheet.rows = [_row(r, lang, status, False) for r in rows]
        sheets.append(sheet)
    title = t("export.ics.calname", lang, week=week)
    return render_workbook(sheets, lang, stamp, title, author)
