"""What each import covers: ranges from file names, spans of days, and the stored coverage."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Collection, Iterable
from pathlib import PurePath

Span = tuple[dt.date, dt.date]  # first and last local day, both covered
# (unit, data, platform): data is "posts", "account" or "inbound" (platform "*")
CoverageKey = tuple[str, str, str]

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
# X's legacy tweet activity: tweet_activity_metrics_USER_20211101_20211201_en.csv, whose
# second day is the day after the last (a month's export ends on the 1st of the next).
_X_LEGACY = re.compile(r"(?<!\d)(\d{8})_(\d{8})(?!\d)")
# YouTube Studio ("Content 2024-01-01_2024-03-31 Channel"), and ranges people write:
# 2026-05-25-to-2026-08-22, 2026-10-01_2026-10-31, 2026-10-01 to 2026-10-31.
_ISO = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?:_|-to-|_to_| to | - |--)(\d{4}-\d{2}-\d{2})(?!\d)")
# Meta Business Suite: Oct-01-2026_Dec-31-2026_1234567890.csv
_META = re.compile(
    rf"(?<![a-z])((?:{_MONTHS})[a-z]*-\d{{1,2}}-\d{{4}})_((?:{_MONTHS})[a-z]*-\d{{1,2}}-\d{{4}})",
    re.IGNORECASE,
)


def _meta_day(text: str) -> dt.date:
    month, day, year = text.split("-")
    return dt.datetime.strptime(f"{month[:3].title()} {day} {year}", "%b %d %Y").date()


def name_range(name: str, format_name: str) -> Span | None:
    """The days a file's name (or its folder's, as YouTube Studio's zip names it) says it covers.

    None when the name carries no range, or one whose days are no dates or run backwards.
    """
    path = PurePath(name)
    for part in (path.name, path.parent.name):
        try:
            if format_name.startswith("x-legacy") and (m := _X_LEGACY.search(part)):
                first = dt.datetime.strptime(m.group(1), "%Y%m%d").date()
                after = dt.datetime.strptime(m.group(2), "%Y%m%d").date()
                span = (first, after - dt.timedelta(days=1))
            elif m := _ISO.search(part):
                span = (dt.date.fromisoformat(m.group(1)), dt.date.fromisoformat(m.group(2)))
            elif m := _META.search(part):
                span = (_meta_day(m.group(1)), _meta_day(m.group(2)))
            else:
                continue
        except ValueError:
            continue
        if span[0] <= span[1]:
            return span
    return None


def merge(spans: Iterable[Span]) -> list[Span]:
    """Spans joined where they overlap or touch, in day order."""
    out: list[Span] = []
    for first, last in sorted(spans):
        if out and first <= out[-1][1] + dt.timedelta(days=1):
            if last > out[-1][1]:
                out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def days(spans: Iterable[Span]) -> int:
    """Days in merged spans."""
    return sum((last - first).days + 1 for first, last in spans)


def covered(
    conn: sqlite3.Connection,
    start: dt.date,
    end: dt.date,
    unit_ids: Collection[str] | None = None,
) -> dict[CoverageKey, list[Span]]:
    """Per (unit, data, platform): the merged days of [start, end] that imports cover."""
    rows = conn.execute(
        "SELECT upt, data, platform, first_day, last_day FROM coverage"
        " WHERE first_day <= ? AND last_day >= ? ORDER BY upt, data, platform, first_day",
        (end.isoformat(), start.isoformat()),
    )
    found: dict[CoverageKey, list[Span]] = {}
    for unit, data, platform, first, last in rows:
        if unit_ids is not None and unit not in unit_ids:
            continue
        span = (max(start, dt.date.fromisoformat(first)), min(end, dt.date.fromisoformat(last)))
        found.setdefault((unit, data, platform), []).append(span)
    return {key: merge(spans) for key, spans in found.items()}


def record(
    conn: sqlite3.Connection,
    batch_id: int,
    spans: dict[tuple[str, str], Span],
    data: str,
    source: str,
) -> None:
    """Store one import's coverage: a span per (unit, platform)."""
    conn.executemany(
        "INSERT INTO coverage (batch_id, upt, platform, data, first_day, last_day, source)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (batch_id, unit, platform, data, first.isoformat(), last.isoformat(), source)
            for (unit, platform), (first, last) in sorted(spans.items())
        ],
    )


def span_text(spans: Iterable[Span]) -> str:
    """'2026-10-01 – 2026-10-31, 2026-12-01 – 2026-12-15' for the command line."""
    return ", ".join(f"{a.isoformat()} – {b.isoformat()}" for a, b in spans)
