"""The week's plan as one plain-text WhatsApp message per unit (WhatsApp's *bold*, _italic_)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence

from ..catalogue import t
from ..i18n import DAYS, format_date, format_name, format_time, hours_text, platform_name, week_name
from ..plan_file import PlanEvent, UnitPlan, WeekPlan
from ..plan_rows import PlanRow
from ..reason_texts import shortfall_reason

SEPARATOR = "——————————"


# WhatsApp has no escape: markup characters inside a title would toggle bold or italic, so
# they become look-alikes; line breaks would split the item line, so they become spaces.
_LOOKALIKES = str.maketrans({"*": "∗", "_": "‗", "~": "∼", "`": "ʹ"})


def _plain(text: str) -> str:
    return " ".join(text.split()).translate(_LOOKALIKES)


def render_message(
    plan: WeekPlan,
    unit: UnitPlan,
    rows: Sequence[PlanRow],
    lang: str,
    region: str,
    coordinator: str,
    default_times: Mapping[str, Sequence[str]] | None = None,
    status: str = "",
    skills: Mapping[str, str] | None = None,
) -> str:
    """One unit's message: greeting, week, approval, day-by-day items, inbox duty, hours,
    shortfalls.

    An item names its owner when the unit's items have more than one. A time the plan took
    from the unit's or the region's results, not one of `default_times` (the registry's),
    is named as the best time, so the team knows why the hour moved. `status` is the plan's
    approval line ("DRAF — …" until approved); `skills` names the capabilities a shortfall
    may miss.
    """
    name = rows[0].unit_name if rows else (unit.name or unit.id)
    lines = [
        t("export.wa.greeting", lang, unit=_plain(name)),
        t("export.wa.week", lang, week=week_name(_week_number(plan), plan.start, plan.end, lang)),
    ]
    if status:
        lines += ["", f"*{_plain(status)}*"]
    if not rows:
        lines += ["", t("export.wa.empty", lang)]
    lines += _days(plan, rows, lang)
    if unit.duty:
        lines += ["", t("export.wa.duty", lang)]
        for d in unit.duty:
            member = _plain(d.member) if d.member else "*" + t("export.wa.duty.nobody", lang) + "*"
            lines.append(f"• {format_date(d.date, lang)} — {member}")
    best = _best_times(unit, default_times or {}, lang)
    if best:
        lines += ["", t("export.wa.best_times", lang), *best]
    lines += [
        "",
        t(
            "export.wa.hours",
            lang,
            planned=hours_text(unit.planned_hours, lang),
            capacity=hours_text(unit.capacity_hours, lang),
        ),
    ]
    if unit.shortfalls:
        lines.append(t("export.wa.shortfalls", lang))
        for sf in unit.shortfalls:
            text = t(
                "export.wa.shortfall",
                lang,
                platform=platform_name(sf.platform),
                missing=sf.missing,
                reason=_plain(shortfall_reason(sf, lang, skills)),
            )
            lines.append(f"• {text}")
    lines += [
        "",
        t("export.wa.closing", lang, region=_plain(region), coordinator=_plain(coordinator)),
    ]
    return "\n".join(lines) + "\n"


def _days(plan: WeekPlan, rows: Sequence[PlanRow], lang: str) -> list[str]:
    """Day by day: the day (and its event), then each item's time, platform, format and idea."""
    events = _events_by_day(plan.events)
    # Who makes what matters when a team shares the week; in a one-person unit it is noise.
    show_owner = len({r.owner for r in rows}) > 1
    lines: list[str] = []
    for day, items in itertools.groupby(rows, key=lambda r: r.date):
        heading = f"*{format_date(day, lang)}*"
        if day in events:
            heading += " — " + _plain(events[day])
        lines += ["", heading]
        for r in items:
            kind = format_name(r.format, lang).lower() + (
                ", " + t("export.wa.adaptation", lang) if r.adaptation else ""
            )
            owner = f" — {_plain(r.owner)}" if show_owner else ""
            lines.append(
                f"• {format_time(r.time, r.timezone, lang)} — {platform_name(r.platform)} "
                f"({kind}): _{_plain(r.idea_title)}_{owner}"
            )
    return lines


def _best_times(unit: UnitPlan, defaults: Mapping[str, Sequence[str]], lang: str) -> list[str]:
    """A line per learned time that differs from the registry's times for its platform."""
    found: dict[tuple[str, int, str], str] = {}
    for s in unit.slots:
        if s.time_basis not in ("unit", "region") or s.time in defaults.get(s.platform, ()):
            continue
        found.setdefault((s.platform, s.date.weekday(), s.time), s.time_basis)
    days = DAYS["en" if lang == "en" else "id"]
    return [
        "• "
        + t(
            "export.wa.best_time",
            lang,
            platform=platform_name(platform),
            day=days[weekday],
            time=format_time(time, unit.timezone, lang),
            basis=t(f"insight.basis.{basis}", lang),
        )
        for (platform, weekday, time), basis in sorted(found.items())
    ]


def _week_number(plan: WeekPlan) -> int:
    """49 for 2026-W49: the ISO week of the plan's Monday."""
    return plan.start.isocalendar().week


def render_messages(messages: Sequence[str]) -> str:
    """Several units' messages, separated by a line that cannot be mistaken for content."""
    return f"\n{SEPARATOR}\n\n".join(messages)


def _events_by_day(events: Sequence[PlanEvent]) -> dict[dt.date, str]:
    by_day: dict[dt.date, list[str]] = {}
    for e in events:
        by_day.setdefault(e.date, []).append(e.name)
    return {day: ", ".join(names) for day, names in by_day.items()}
