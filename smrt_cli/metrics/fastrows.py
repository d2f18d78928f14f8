"""The canonical import's fast path: plain rows straight to store rows, others the careful way.

Proven equal to the careful path (canonical.read_posts, then storerows.post_row) by
tests/metrics/test_fastrows.py, row by row (a property test) and file by file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from operator import itemgetter
from zoneinfo import ZoneInfo

from . import canonical
from .matching import Matcher
from .readers import MAX_TEXT, YEARS, Columns, ReadContext, Row, clean_text
from .records import PostRecord
from .storerows import post_row

_fromisoformat = dt.datetime.fromisoformat
_UNKNOWN = ("", "")  # an hour not yet worked out (no real hour has an empty UTC prefix)
_HOUR_SPAN = dt.timedelta(minutes=59, seconds=59)
_MAX_HOURS = 100_000


def _hour(zone: ZoneInfo, head: str, tail: str) -> tuple[str, str] | None:
    """UTC prefix ('YYYY-MM-DDTHH') and unit-local day of every time 'head:MM:SS tail'.

    None when the hour does not map whole onto one UTC hour and one local day: a zone
    offset with minutes (+05:30), a daylight-saving change within the hour, or text that is
    no time at all; such rows take the careful path, which handles (or refuses) them.
    """
    text = head + ":00:00" + tail
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        start = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if not YEARS[0] <= start.year <= YEARS[1]:
        return None  # the careful path refuses it; far years cannot change zones at all
    if start.tzinfo is None:
        start = start.replace(tzinfo=zone)
    first = start.astimezone(dt.UTC)
    last = start.replace(minute=59, second=59).astimezone(dt.UTC)
    if last - first != _HOUR_SPAN or first.minute or first.second or first.microsecond:
        return None
    local_first, local_last = first.astimezone(zone), last.astimezone(zone)
    if local_first.utcoffset() != local_last.utcoffset() or local_first.date() != local_last.date():
        return None
    return first.isoformat()[:13], local_first.date().isoformat()


class CanonicalPosts:
    """Canonical posts straight to store rows: the national-scale path, a million rows at once.

    A row is taken as it stands only when every cell is in its plain form (known unit,
    platform and format; id without padding; ISO time with seconds; counts of bare digits);
    anything else goes through canonical.read_posts and storerows.post_row, the careful path, so
    both give the same row or the same error. Times are worked out once per clock hour.
    """

    def __init__(self, ctx: ReadContext, matcher: Matcher) -> None:
        self.ctx = ctx
        self.matcher = matcher
        self._cols = Columns([])
        # One cache per zone, shared by the units that live in it.
        by_zone: dict[str, dict[str, tuple[str, str] | None]] = {}
        self._hours = {u: by_zone.setdefault(str(z), {}) for u, z in ctx.zones.items()}

    def careful(self, line: int, row: list[str]) -> tuple[object, ...]:
        record = next(canonical.read_posts(self.ctx, self._cols, iter([(line, row)])))
        assert isinstance(record, PostRecord)
        return post_row(record, self.ctx.zones, self.matcher)

    def rows(self, cols: Columns, data: Iterator[Row]) -> Iterator[tuple[object, ...]]:
        self._cols = cols
        positions = canonical.post_positions(cols)
        if positions[0] is None:
            self.ctx.file_unit()  # a file without the upt column needs --upt: say so first
        width = len(cols.names)
        # A field the file lacks reads the empty cell appended to each row.
        at = [width if i is None else i for i in positions]
        head = itemgetter(*at[:7])
        figures = itemgetter(*at[7:])
        zones, hours, ctx, match = self.ctx.zones, self._hours, self.ctx, self.matcher.match
        platforms, formats, parse = canonical.PLATFORM_SET, canonical.FORMAT_SET, _fromisoformat
        for item in data:
            line, row = item
            if len(row) != width:  # readers.rows refuses these in an import
                yield self.careful(line, row)
                continue
            row.append("")
            unit, platform, post_id, when, fmt, link, text = head(row)
            counts: tuple[str, ...] = figures(row)
            digits = "".join(counts)
            if unit not in zones:
                unit = ctx.unit(line, unit)
            post_id = post_id.strip()
            if (
                platform not in platforms
                or (fmt and fmt not in formats)
                or not post_id
                or not link.isprintable()  # a line break: the careful path refuses it
                or post_id[0] == "'"
                or "+" in post_id
                or not ((digits.isdigit() and digits.isascii()) or not digits)
                # 18 digits always fit SQLite's 64 bits; the careful path judges longer ones
                or (len(digits) > 18 and max(map(len, counts)) > 18)
                or len(when) < 19
                or when[13] != ":"
                or when[16] != ":"
            ):
                yield self.careful(line, row)
                continue
            known = hours[unit]
            key = when[:13] + when[19:]
            hour = known.get(key, _UNKNOWN)
            if hour is _UNKNOWN:
                if len(known) >= _MAX_HOURS:
                    known.clear()  # a bound, so memory stays flat
                hour = known[key] = _hour(zones[unit], when[:13], when[19:])
            if hour is None:
                yield self.careful(line, row)
                continue
            try:
                parse(when)  # the minutes and seconds, which the hour's cache does not check
            except ValueError:
                yield self.careful(line, row)
                continue
            # clean_text inline: most texts have nothing to undo.
            text = clean_text(text) if "&" in text or "\r" in text else text.strip()[:MAX_TEXT]
            idea, pillar = match(text)
            yield (
                unit,
                platform,
                post_id,
                hour[0] + when[13:19] + "Z",
                hour[1],
                fmt or None,
                link.strip() or None,
                text,
                *counts,
                idea,
                pillar,
            )
