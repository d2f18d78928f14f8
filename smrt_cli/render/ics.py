"""The week's plan as an RFC 5545 calendar: one event per slot, in the unit's own time zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..i18n import export_text, format_name, hours_text, platform_name
from ..report import PlanRow

PRODID = "-//Hubla SMRT//smrt//ID"
# The posting slot itself; the production effort is in the description, not the calendar block.
SLOT_MINUTES = 30


def uid(week: str, row: PlanRow) -> str:
    """Stable per week, unit and slot, so re-importing a re-export updates the same event."""
    return f"{week}-{row.unit_id}-{row.n}-{row.platform}@smrt"


def _description(row: PlanRow, lang: str) -> str:
    parts = [
        export_text(
            "ics.details",
            lang,
            format=format_name(row.format, lang),
            pillar=row.pillar,
            owner=row.owner,
            effort=hours_text(row.effort_hours, lang),
        )
    ]
    if row.brief:
        parts.append(f"{export_text('ics.brief', lang)}: {row.brief}")
    if row.hashtags:
        parts.append(f"{export_text('ics.hashtags', lang)}: {' '.join(row.hashtags)}")
    if row.checklist:
        parts.append(export_text("ics.checklist", lang) + ":")
        parts.extend(f"- {item}" for item in row.checklist)
    return "\n".join(parts)


def render_ics(week: str, rows: Sequence[PlanRow], lang: str, stamp: dt.datetime) -> bytes:
    """The calendar bytes (CRLF, folded at 75 octets by icalendar); `stamp` is every DTSTAMP."""
    import zoneinfo

    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", export_text("ics.calname", lang, week=week))
    stamp_utc = stamp.astimezone(dt.UTC)
    for row in rows:
        hour, minute = (int(p) for p in row.time.split(":"))
        start = dt.datetime.combine(
            row.date, dt.time(hour, minute), tzinfo=zoneinfo.ZoneInfo(row.timezone)
        )
        event = icalendar.Event()
        event.add("uid", uid(week, row))
        event.add("dtstamp", stamp_utc)
        event.add("dtstart", start)
        event.add("duration", dt.timedelta(minutes=SLOT_MINUTES))
        event.add("summary", f"[{platform_name(row.platform)}] {row.idea_title}")
        event.add("description", _description(row, lang))
        event.add("categories", [row.pillar])
        event.add("location", row.unit_name)
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data
