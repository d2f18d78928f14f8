"""The days an import's rows cover per unit and platform, noted as the rows pass."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from operator import itemgetter
from typing import cast

from ..errors import msg
from . import coverage
from .readers import ReadContext, Row

# Where a store row of each table holds its unit, platform (None: inbound, every platform)
# and local day.
_WHERE = {
    "post": (0, 1, 4),
    "message": (0, None, 5),
    "account_day": (0, 1, 2),
    "hoax": (0, None, 3),
}


class Spans:
    """The first and last local day of a file's rows per (unit, platform), as they pass.

    With a stated range (--from/--to), the first row outside it stops the import, named by
    the line it starts on.
    """

    def __init__(self, table: str, explicit: coverage.Span | None, ctx: ReadContext) -> None:
        self.at = _WHERE[table]
        self.explicit = (
            (explicit[0].isoformat(), explicit[1].isoformat()) if explicit is not None else None
        )
        self.ctx = ctx
        self.line = 0
        self.days: dict[tuple[str, str], list[str]] = {}

    def lines(self, data: Iterator[Row]) -> Iterator[Row]:
        """The data rows, remembering where the row being converted starts."""
        for item in data:
            self.line = item[0]
            yield item

    def _extend(self, key: tuple[str, str], first: str, last: str) -> None:
        known = self.days.get(key)
        if known is None:
            self.days[key] = [first, last]
        else:
            known[0], known[1] = min(known[0], first), max(known[1], last)

    def see(self, chunk: list[tuple[object, ...]]) -> None:
        """Note a chunk's days: C-speed min() and max() when it holds one unit's platform."""
        if not chunk:
            return
        u, p, d = self.at
        # a message log's rows cover every platform of their unit
        key_of: Callable[[tuple[object, ...]], tuple[str, str]] = (
            cast(Callable[[tuple[object, ...]], tuple[str, str]], itemgetter(u, p))
            if p is not None
            else lambda row: (cast(str, row[u]), "*")
        )
        days = cast(list[str], list(map(itemgetter(d), chunk)))
        keys = set(map(key_of, chunk))
        if len(keys) == 1:
            (only,) = keys
            self._extend(only, min(days), max(days))
            return
        # A file of many units: row by row (sorting or de-duplicating the pairs first in C
        # measured slower, a national file's chunk holding as many pairs as rows).
        known = self.days
        for key, day in zip(map(key_of, chunk), days, strict=True):
            span = known.get(key)
            if span is None:
                known[key] = [day, day]
            elif day < span[0]:
                span[0] = day
            elif day > span[1]:
                span[1] = day

    def rows(self, converted: Iterator[tuple[object, ...]]) -> Iterator[tuple[object, ...]]:
        """Rows checked one by one against the stated range, naming the first outside it."""
        assert self.explicit is not None
        first, last = self.explicit
        at = self.at[2]
        for row in converted:
            day = cast(str, row[at])
            if not first <= day <= last:
                raise self.ctx.fail(
                    self.line,
                    msg("message.csv.outside", day=day, first=first, last=last),
                )
            yield row

    def chunks(
        self, chunks: Iterator[list[tuple[object, ...]]]
    ) -> Iterator[list[tuple[object, ...]]]:
        for chunk in chunks:
            self.see(chunk)
            yield chunk

    @property
    def found(self) -> dict[tuple[str, str], coverage.Span]:
        return {
            key: (dt.date.fromisoformat(a), dt.date.fromisoformat(b))
            for key, (a, b) in self.days.items()
        }
