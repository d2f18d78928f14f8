"""The week's plan as an RFC 4180 spreadsheet: UTF-8 with BOM, formula-guarded text cells."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from ..catalogue import t
from ..i18n import format_name, platform_name
from ..plan_rows import PlanRow

# A spreadsheet runs a cell starting with these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    "unit",
    "date",
    "time",
    "platform",
    "format",
    "idea",
    "pillar",
    "owner",
    "effort",
    "brief",
    "status",
)


def guard(text: str) -> str:
    """A text cell that a spreadsheet would execute gets a leading apostrophe."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(rows: Iterable[PlanRow], lang: str, statuses: Mapping[str, str]) -> str:
    """One row per slot; the effort stays a plain number with a decimal point ("1.5").

    The point, not the Indonesian comma, keeps the column machine-readable: Excel set to
    Indonesian still reads it through Data > From Text, and scripts read it as it is.
    `statuses` gives each unit's approval cell ("DRAF" until approved), by unit id.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([t(f"export.csv.{c}", lang) for c in COLUMNS])
    for r in rows:
        writer.writerow(
            [
                guard(r.unit_name),
                r.date.isoformat(),
                r.time,
                guard(platform_name(r.platform)),
                guard(format_name(r.format, lang)),
                guard(r.idea_title),
                guard(r.pillar),
                guard(r.owner),
                f"{r.effort_hours:g}",
                guard(r.brief),
                guard(statuses.get(r.unit_id, "")),
            ]
        )
    return "\ufeff" + out.getvalue()
