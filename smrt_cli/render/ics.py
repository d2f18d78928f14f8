"""The week's plan as an RFC 5545 calendar: one event per slot, in the unit's own time zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..catalogue import t
from ..i18n import format_name, hours_text, platform_name
from ..plan_file import Duty, WithdrawnSlot
from ..plan_rows import PlanRow

PRODID = "-//Hubla SMRT//smrt//ID"
# The posting slot itself; the production effort is in the description, not the calendar block.
SLOT_MINUTES = 30


def slot_uid(week: str, unit_id: str, date: dt.date, time: str, platform: str) -> str:
    """A slot's own identity (date, time, platform) within its week and unit.

    Not its position in the list: re-planning that adds or drops a slot would otherwise shift
    every later UID onto a different slot, and a calendar re-import would move the wrong events.
    """
    return f"{week}-{unit_id}-{date:%Y%m%d}T{time.replace(':', '')}-{platform}@smrt"


def uid(week: str, row: PlanRow) -> str:
    return slot_uid(week, row.unit_id, row.date, row.time, row.platform)


@dataclass(frozen=True)
class Withdrawn:
    """A slot a re-plan of the week dropped, with the texts its cancelled event shows."""

    slot: WithdrawnSlot
    title: str
    unit_name: str


@dataclass(frozen=True)
class DutyDay:
    """A unit's inbox duty on one day: an all-day event in the calendar."""

    unit_id: str
    unit_name: str
    duty: Duty


def _duty_event(week: str, day: DutyDay, lang: str, stamp: dt.datetime, sequence: int) -> Any:
    import icalendar

    ev = icalendar.Event()
    ev.add("uid", f"{week}-{day.unit_id}-{day.duty.date:%Y%m%d}-piket@smrt")
    ev.add("dtstamp", stamp)
    ev.add("sequence", sequence)
    ev.add("dtstart", day.duty.date)  # a date: an all-day event
    ev.add("dtend", day.duty.date + dt.timedelta(days=1))
    member = day.duty.member or t("export.ics.duty.nobody", lang)
    ev.add("summary", t("export.ics.duty", lang, member=member))
    ev.add("location", day.unit_name)
    ev.add("transp", "TRANSPARENT")
    return ev


def uids(week: str, rows: Sequence[PlanRow]) -> list[str]:
    """`uid` for each row; a second slot with the same identity gets `-2`, and so on.

    The planner does not put two posts on one platform at the same minute, but an edited
    plan.json could, and two events sharing a UID would silently replace each other.
    """
    seen: dict[str, int] = {}
    out = []
    for row in rows:
        base = uid(week, row)
        seen[base] = seen.get(base, 0) + 1
        count = seen[base]
        out.append(base if count == 1 else base.replace("@smrt", f"-{count}@smrt"))
    return out


def _description(row: PlanRow, lang: str) -> str:
    parts = [
        t(
            "export.ics.details",
            lang,
            format=format_name(row.format, lang),
            pillar=row.pillar,
            owner=row.owner,
            effort=hours_text(row.effort_hours, lang),
        )
    ]
    if row.brief:
        parts.append(f"{t('export.ics.brief', lang)}: {row.brief}")
    if row.hashtags:
        parts.append(f"{t('export.ics.hashtags', lang)}: {' '.join(row.hashtags)}")
    if row.checklist:
        parts.append(t("export.ics.checklist", lang) + ":")
        parts.extend(f"- {item}" for item in row.checklist)
    return "\n".join(parts)


def render_ics(
    week: str,
    rows: Sequence[PlanRow],
    lang: str,
    stamp: dt.datetime,
    sequence: int = 0,
    withdrawn: Sequence[Withdrawn] = (),
    duty: Sequence[DutyDay] = (),
    statuses: Mapping[str, tuple[str, bool]] | None = None,
) -> bytes:
    """The calendar bytes (CRLF, folded at 75 octets by icalendar); `stamp` is every DTSTAMP.

    `sequence` is the plan's revision: a calendar that imported an earlier plan of the week
    takes this one's events over its own, and cancels the `withdrawn` slots. `duty` days are
    all-day events naming who watches the inbox. `statuses` gives each unit's approval line and
    whether it is approved: a draft's events are TENTATIVE and their titles say so, an approved
    plan's CONFIRMED.
    """
    statuses = statuses or {}
    import zoneinfo

    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", t("export.ics.calname", lang, week=week))
    stamp_utc = stamp.astimezone(dt.UTC)

    def event(uid: str, day: dt.date, time: str, zone: str, platform: str, title: str) -> Any:
        """An event's common part: identity, version, the half-hour slot and its summary."""
        hour, minute = (int(p) for p in time.split(":"))
        start = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zoneinfo.ZoneInfo(zone))
        ev = icalendar.Event()
        ev.add("uid", uid)
        ev.add("dtstamp", stamp_utc)
        ev.add("sequence", sequence)
        ev.add("dtstart", start)
        ev.add("duration", dt.timedelta(minutes=SLOT_MINUTES))
        ev.add("summary", f"[{platform_name(platform)}] {title}")
        return ev

    for row, event_uid in zip(rows, uids(week, rows), strict=True):
        status, approved = statuses.get(row.unit_id, ("", True))
        draft = t("export.plan.draft.word", lang)
        title = row.idea_title if approved else f"{draft}: {row.idea_title}"
        live = event(event_uid, row.date, row.time, row.timezone, row.platform, title)
        description = _description(row, lang)
        live.add("description", f"{status}\n{description}" if status else description)
        if status:
            live.add("status", "CONFIRMED" if approved else "TENTATIVE")
        live.add("categories", [row.pillar])
        live.add("location", row.unit_name)
        live.add("transp", "TRANSPARENT")
        cal.add_component(live)
    for gone in withdrawn:
        w = gone.slot
        uid_ = slot_uid(week, w.upt, w.date, w.time, w.platform)
        cancelled = event(uid_, w.date, w.time, w.timezone, w.platform, gone.title)
        cancelled.add("location", gone.unit_name)
        cancelled.add("status", "CANCELLED")
        cancelled.add("transp", "TRANSPARENT")
        cal.add_component(cancelled)
    for day in duty:
        cal.add_component(_duty_event(week, day, lang, stamp_utc, sequence))
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data
