"""ISO weeks, Indonesia's public holidays and the registry's events resolved for one week."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from . import cache
from .errors import UserError, msg
from .models import Event, Registry, localize
from .plan_file import PlanEvent

# Weeks live below plans (which read week labels) and calendar; these names stay importable here.
from .weeks import WEEK_RE as WEEK_RE
from .weeks import Week as Week
from .weeks import week_from_label as week_from_label
from .weeks import week_of as week_of
from .weeks import weeks_in_year as weeks_in_year

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The holidays package marks moving dates it has only estimated with these suffixes.
ESTIMATE_MARKERS = (" (perkiraan)", " (estimated)")
HOLIDAY_LANGUAGES = {"id": "id", "en": "en_US"}


def parse_week(text: str, today: dt.date) -> Week:
    """'2026-W49', '2026-W1', '2026W01' or 'next' (the ISO week after today's)."""
    value = text.strip()
    if value.lower() == "next":
        return week_of(today).next()
    m = WEEK_RE.match(value)
    if not m:
        raise UserError(msg("message.week.not_week", value=repr(text)))
    year, number = int(m.group(1)), int(m.group(2))
    _check_year(year, "--week")
    last = weeks_in_year(year)
    if not 1 <= number <= last:
        raise UserError(
            msg("message.week.unknown", week=f"{year}-W{number:02d}", year=year, last=f"{last:02d}")
        )
    return Week(year, number)


def parse_date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(msg("message.date.not_date", option="--date", value=repr(text))) from None
    _check_year(day.year, "--date")
    return day


# Holidays, weeks and dates are computed around the planned week; far years overflow Python's
# dates (9999-W52 ends in year 10000) and have no meaning for a weekly plan.
FIRST_YEAR, LAST_YEAR = 2000, 2100


def _check_year(year: int, option: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UserError(
            msg("message.date.year", option=option, year=year, first=FIRST_YEAR, last=LAST_YEAR)
        )


# --- the registry's events -------------------------------------------------------------------


def nth_weekday(year: int, month: int, weekday: str, nth: int) -> dt.date | None:
    """The nth (1-5) or nth-from-last (-1..-5) given weekday of a month; None if it has none."""
    wd = WEEKDAYS.index(weekday)
    first = dt.date(year, month, 1)
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    days = [
        first + dt.timedelta(days=i)
        for i in range((next_month - first).days)
        if (first + dt.timedelta(days=i)).weekday() == wd
    ]
    index = nth - 1 if nth > 0 else nth
    if -len(days) <= index < len(days):
        return days[index]
    return None


def event_dates(event: Event, start: dt.date, end: dt.date) -> list[dt.date]:
    """The days of [start, end] on which `event` falls (a period gives its first day inside)."""
    years = sorted({start.year, end.year})
    found: list[dt.date] = []
    if event.fixed is not None:
        month, day = int(event.fixed[:2]), int(event.fixed[3:])
        for year in years:
            try:
                found.append(dt.date(year, month, day))
            except ValueError:  # 02-29 outside leap years
                continue
    elif event.date is not None:
        found.append(event.date)
    elif event.rule is not None:
        for year in years:
            day_ = nth_weekday(year, event.rule.month, event.rule.weekday, event.rule.nth)
            if day_ is not None:
                found.append(day_)
    elif (
        event.start is not None
        and event.end is not None
        and event.start <= end
        and event.end >= start
    ):
        found.append(max(event.start, start))
    return [d for d in found if start <= d <= end]


def registry_events(registry: Registry, start: dt.date, end: dt.date, lang: str) -> list[PlanEvent]:
    """The registry's commemorations and campaign periods that touch [start, end]."""
    events = []
    for event in registry.events:
        for day in event_dates(event, start, end):
            events.append(
                PlanEvent(date=day, id=event.id, name=localize(event.name, lang), kind=event.kind)
            )
    return sort_events(events)


def event_window(event: Event, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
    """For a period, the days it covers within [start, end]; for a day, that day."""
    if event.start is not None and event.end is not None:
        if event.start <= end and event.end >= start:
            return max(event.start, start), min(event.end, end)
        return None
    days = event_dates(event, start, end)
    return (days[0], days[0]) if days else None


def sort_events(events: Iterable[PlanEvent]) -> list[PlanEvent]:
    order = {"holiday": 0, "commemoration": 1, "campaign": 2}
    return sorted(events, key=lambda e: (e.date, order[e.kind], e.id))


# --- national holidays -----------------------------------------------------------------------


def holiday_events(
    entries: Iterable[tuple[str, str]], start: dt.date, end: dt.date
) -> list[PlanEvent]:
    """PlanEvents from (ISO date, name) pairs, keeping those inside [start, end]."""
    events = []
    per_day: dict[dt.date, int] = {}
    for iso, name in entries:
        day = dt.date.fromisoformat(iso)
        if not start <= day <= end:
            continue
        n = per_day[day] = per_day.get(day, 0) + 1
        suffix = "" if n == 1 else f"-{n}"
        events.append(
            PlanEvent(
                date=day,
                id=f"libur-{iso}{suffix}",
                name=name,
                kind="holiday",
                estimated=name.endswith(ESTIMATE_MARKERS),
                day_off=True,
            )
        )
    return events


def is_joint_leave(name: str) -> bool:
    """A joint-leave day (cuti bersama) rather than the public holiday it is attached to.

    The holiday cache keeps only dates and names, so the package's category is not at hand;
    its Indonesian names start with "Cuti Bersama" and its English ones say "Joint Holiday".
    """
    lower = name.lower()
    return lower.startswith(("cuti bersama", "joint")) or "joint holiday" in lower


def compute_holidays(year: int, lang: str) -> list[tuple[str, str]]:
    """Public holidays and joint leave (cuti bersama) of Indonesia for one year."""
    import holidays  # ~170 ms: only when the cache cannot answer

    table = holidays.country_holidays(
        "ID",
        years=year,
        categories=("public", "government"),
        language=HOLIDAY_LANGUAGES.get(lang, "id"),
    )
    return [(day.isoformat(), name) for day in sorted(table) for name in table.get_list(day)]


def _package_key() -> str | None:
    """Which holidays release is installed, found without importing it (that is the slow part)."""
    import importlib.util

    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return None
    version_file = Path(spec.origin).parent / "version.py"
    try:
        stamp = version_file.stat().st_mtime_ns
    except OSError:
        return None
    return f"{spec.origin}:{stamp}"


def national_holidays(start: dt.date, end: dt.date, lang: str) -> list[PlanEvent]:
    """Holidays in [start, end]; computed years are cached per holidays release.

    The cache only saves time: a missing, stale or unreadable one is recomputed, never trusted
    over the package, and the events are the same either way.
    """
    key = _package_key()
    stored: dict[str, list[list[str]]] = {}
    if key is not None:
        stored = _read_cache(key)
    entries: list[tuple[str, str]] = []
    changed = False
    for year in sorted({start.year, end.year}):
        slot = f"{year}:{lang}"
        if slot in stored:
            entries.extend((d, n) for d, n in stored[slot])
            continue
        computed = compute_holidays(year, lang)
        stored[slot] = [[d, n] for d, n in computed]
        entries.extend(computed)
        changed = True
    if changed and key is not None:
        _write_cache(key, stored)
    return holiday_events(entries, start, end)


def _cache_entry(key: str) -> cache.Entry:
    # one entry for Indonesia's holidays, valid for one holidays release
    return cache.entry("holidays-ID", key)


def _read_cache(key: str) -> dict[str, list[list[str]]]:
    text = _cache_entry(key).get()
    if text is None:
        return {}
    try:
        years = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(years, dict):
        return {}
    good: dict[str, list[list[str]]] = {}
    for slot, rows in years.items():
        if isinstance(rows, list) and all(
            isinstance(r, list) and len(r) == 2 and all(isinstance(x, str) for x in r) for r in rows
        ):
            good[str(slot)] = rows
    return good


def _write_cache(key: str, stored: dict[str, list[list[str]]]) -> None:
    _cache_entry(key).put(json.dumps(stored, ensure_ascii=False, allow_nan=False))


def week_events(
    registry: Registry, start: dt.date, end: dt.date, lang: str, holidays: Sequence[PlanEvent]
) -> list[PlanEvent]:
    """Holidays and registry events of the week, in date order."""
    return sort_events([*holidays, *registry_events(registry, start, end, lang)])


def days_off(start: dt.date, end: dt.date) -> set[dt.date]:
    """Public holidays and joint leave in [start, end]: the days an office stays closed."""
    closed: set[dt.date] = set()
    for year in range(start.year, end.year + 1):
        first, last = max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))
        closed.update(e.date for e in national_holidays(first, last, "id") if e.day_off)
    return closed
