"""Import one export file into the store: all of it in one transaction, or nothing.

A canonical file is read by the fast path (fastrows.py), and a large one by a second process
(parallel.py, its chunks parked by parking.py) while this one writes; tests/metrics/test_fastrows.py
and tests/metrics/test_parallel.py prove both give what the careful path gives.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, cast
from zoneinfo import ZoneInfo

from ..errors import Message, Text, msg
from ..models import Registry
from . import coverage, parallel, store
from .exportfile import Prepared, header_row, not_utf8, open_export, prepare
from .fastrows import CanonicalPosts
from .matching import Matcher
from .numbers import file_rows
from .parallel import Progress
from .readers import Columns, ReadContext, rows
from .spans import Spans
from .storerows import batched, convert, message_key

# Kept importable from here, where the commands and tests have always found them.
__all__ = ["FileSummary", "Prepared", "import_file", "message_key", "prepare"]


@dataclass
class FileSummary:
    """What importing one file did, for the one-line report and --json."""

    file: str
    format: str
    unit: str | None  # --upt; None: each row's own
    rows: int
    new: int
    updated: int
    unchanged: int
    skipped: int = 0
    warnings: list[Message] = field(default_factory=list)
    # what the file covers: (unit, platform or "*" for inbound, first day, last day)
    covers: list[tuple[str, str, str, str]] = field(default_factory=list)
    covers_from: str = ""  # "name", "rows" or "explicit"

    def line(self) -> Text:
        """The file's one-line outcome, put into words in the run's language when shown."""
        repeated = self.rows - self.skipped - self.new - self.updated - self.unchanged
        return msg(
            "message.import.summary",
            file=self.file,
            format=self.format,
            unit=self.unit or msg("message.import.units_column"),
            rows=self.rows,
            new=self.new,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=msg("message.import.skipped", n=self.skipped) if self.skipped else "",
            repeated=msg("message.import.repeated", n=repeated) if repeated else "",
        )

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "format": self.format,
            "upt": self.unit,
            "rows": self.rows,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "warnings": [str(w) for w in self.warnings],  # English, for tools
            "coverage": [
                {"upt": u, "platform": p, "from": a, "to": b, "source": self.covers_from}
                for u, p, a, b in self.covers
            ],
        }


def _zones(registry: Registry) -> dict[str, ZoneInfo]:
    return {u.id: ZoneInfo(registry.unit_timezone(u)) for u in registry.upts}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def import_file(
    conn: sqlite3.Connection,
    prepared: Prepared,
    registry: Registry,
    *,
    year: int | None,
    imported_at: dt.datetime,
    matcher: Matcher | None = None,
    progress: Progress | None = None,
    explicit: coverage.Span | None = None,
) -> FileSummary:
    """Read, convert and upsert one file, and record what it covers; all or nothing.

    Inside the caller's transaction when it holds one (an import command's files are stored
    together or not at all), else in a transaction of its own. `explicit` is the range the
    user stated (--from/--to): every row must lie in it.
    """
    zones = _zones(registry)
    rescan = file_rows(prepared.path, prepared.delimiter)  # for the numbers' witnesses
    ctx = ReadContext(prepared.display, prepared.unit, zones, year, source=rescan)
    spec = prepared.spec
    matcher = matcher or Matcher(registry.ideas)
    unit = None if prepared.row_units else prepared.unit
    with open_export(prepared.path, prepared.display) as fh, ExitStack() as stack:
        fast = CanonicalPosts(ctx, matcher) if spec.name == "canonical" else None
        table = _TABLES[spec.kind]
        spans = Spans(table, explicit, ctx)
        # Started before the transaction: the worker reads while this process writes.
        worker = parallel.start(stack, prepared, fast, spans, explicit) if fast else None
        # After the worker starts: this process hashes the file while the worker reads it.
        sha = _sha256(prepared.path)
        # The caller's transaction when it holds one: its files are stored together.
        own = nullcontext(conn) if conn.in_transaction else store.transaction(conn)
        try:
            with own:
                batch = store.add_batch(conn, prepared.path.name, sha, spec.name, unit, imported_at)
                if worker is not None:
                    chunks = worker.chunks(progress)
                else:
                    chunks = _read_here(fh, prepared, ctx, matcher, fast, spans, progress)
                # Export rows run 150-300 bytes: a guess at the row count, for the store
                counts = store.upsert(conn, table, batch, chunks, prepared.size // 200)
                store.finish_batch(conn, batch, counts.rows)
                covers, source = _covers(prepared, spans.found, explicit)
                if spec.kind in _DATA:
                    coverage.record(conn, batch, covers, _DATA[spec.kind], source)
        except UnicodeDecodeError:
            raise not_utf8(prepared.display, prepared.path) from None
        except sqlite3.OperationalError as exc:
            raise store.write_failure(
                prepared.display, exc, msg("message.store.what.file")
            ) from exc
    if ctx.mangled_ids:
        ctx.warnings.append(
            msg("message.import.mangled_ids", file=prepared.display, n=ctx.mangled_ids)
        )
    return FileSummary(
        prepared.display,
        spec.name,
        unit,
        counts.rows + ctx.skipped,
        counts.new,
        counts.updated,
        counts.unchanged,
        ctx.skipped,
        ctx.warnings,
        [(u, p, a.isoformat(), b.isoformat()) for (u, p), (a, b) in sorted(covers.items())],
        source,
    )


_TABLES = {"posts": "post", "messages": "message", "account_days": "account_day", "hoaxes": "hoax"}
# The hoax register is no export of the evaluated days: it records no coverage.
_DATA = {"posts": "posts", "messages": "inbound", "account_days": "account"}


def _read_here(
    fh: io.TextIOWrapper,
    prepared: Prepared,
    ctx: ReadContext,
    matcher: Matcher,
    fast: CanonicalPosts | None,
    spans: Spans,
    progress: Progress | None,
) -> Iterator[list[tuple[object, ...]]]:
    """The file's store rows in chunks, read in this process (the fast path if canonical)."""
    binary = cast(BinaryIO, fh.buffer)
    reader = csv.reader(fh, delimiter=prepared.delimiter, strict=True)
    header = header_row(reader)
    lines = reader if progress is None else _reporting(reader, binary, progress)
    data = spans.lines(rows(ctx, lines, lambda: reader.line_num, len(header)))
    if fast is not None:
        converted = fast.rows(Columns(header), data)
    else:
        records = prepared.spec.reader(ctx, Columns(header), data)
        converted = convert(prepared.spec, records, ctx.zones, matcher)[1]
    if spans.explicit is not None:
        converted = spans.rows(converted)
    return spans.chunks(batched(converted))


def _covers(
    prepared: Prepared,
    found: dict[tuple[str, str], coverage.Span],
    explicit: coverage.Span | None,
) -> tuple[dict[tuple[str, str], coverage.Span], str]:
    """What a file covers and where that was read: the stated range, its name, else its rows.

    A stated or named range covers every (unit, platform) the rows hold, and the --upt
    unit's platform of a one-platform export (or its inbox) even when no row lies in it:
    an export of a quiet month is a real zero.
    """
    stated, source = explicit, "explicit"
    if stated is None:
        stated, source = coverage.name_range(prepared.path.name, prepared.spec.name), "name"
        if stated is None:
            stated = coverage.name_range(str(prepared.path), prepared.spec.name)
    if stated is None:
        return found, "rows"
    keys = set(found)
    if prepared.unit is not None and prepared.spec.name in store.PLATFORM_OF:
        keys.add((prepared.unit, store.PLATFORM_OF[prepared.spec.name]))
    elif prepared.unit is not None and prepared.spec.kind == "messages":
        keys.add((prepared.unit, "*"))
    return {key: stated for key in keys}, source


def _reporting(
    reader: Iterator[list[str]], binary: BinaryIO, progress: Progress
) -> Iterator[list[str]]:
    """Tell the progress bar how far into the file the reader is, every few thousand rows."""
    for n, cells in enumerate(reader, start=1):
        if n % 5000 == 0:
            progress(binary.tell())
        yield cells
