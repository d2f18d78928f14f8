"""Import one export file into the store: all of it in one transaction, or nothing."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import marshal
import multiprocessing
import os
import queue
import shutil
import sqlite3
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field
from itertools import islice
from operator import add, itemgetter
from pathlib import Path
from typing import BinaryIO, cast
from zoneinfo import ZoneInfo

from ..errors import Message, Problem, UserError, WorkError, msg
from ..models import Registry
from . import canonical, coverage, store
from .detect import BY_NAME, FormatSpec, detect, supported
from .matching import Matcher
from .numbers import file_rows
from .readers import (
    MANGLED_ID,
    MAX_TEXT,
    YEARS,
    Columns,
    ReadContext,
    Record,
    Row,
    clean_text,
    csv_problem,
    delimiter,
    rows,
)
from .records import AccountDayRecord, HoaxRecord, MessageRecord, PostRecord

Progress = Callable[[int], None]  # told the bytes read so far, now and then
_fromisoformat = dt.datetime.fromisoformat


@dataclass(frozen=True)
class Prepared:
    """A file whose format is known and whose options are complete, not yet imported."""

    path: Path
    display: str
    spec: FormatSpec
    upt: str | None  # --upt: the unit of a per-unit export, or of rows with an empty upt cell
    size: int
    row_units: bool  # the file has a upt column naming each row's unit
    delimiter: str


@dataclass
class FileSummary:
    """What importing one file did, for the one-line report and --json."""

    file: str
    format: str
    upt: str | None
    rows: int
    new: int
    updated: int
    unchanged: int
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    # what the file covers: (unit, platform or "*" for inbound, first day, last day)
    covers: list[tuple[str, str, str, str]] = field(default_factory=list)
    covers_from: str = ""  # "name", "rows" or "explicit"

    def line(self) -> str:
        unit = self.upt or "units from the upt column"
        text = (
            f"{self.file}: {self.format}, {unit}: {self.rows} rows — {self.new} new, "
            f"{self.updated} updated, {self.unchanged} unchanged"
        )
        if self.skipped:
            text += f", {self.skipped} skipped"
        repeated = self.rows - self.skipped - self.new - self.updated - self.unchanged
        if repeated:
            text += f" ({repeated} repeated rows counted once)"
        return text

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "format": self.format,
            "upt": self.upt,
            "rows": self.rows,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "warnings": self.warnings,
            "coverage": [
                {"upt": u, "platform": p, "from": a, "to": b, "source": self.covers_from}
                for u, p, a, b in self.covers
            ],
        }


def _zones(registry: Registry) -> dict[str, ZoneInfo]:
    return {u.id: ZoneInfo(registry.upt_timezone(u)) for u in registry.upts}


def _undecodable_line(path: Path) -> int:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 1


def _not_utf8(display: str, path: Path) -> UserError:
    return UserError(Problem(display, _undecodable_line(path), None, msg("message.csv.not_utf8")))


def _open(path: Path, display: str) -> io.TextIOWrapper:
    try:
        binary = path.open("rb")
    except OSError as exc:
        raise UserError(
            msg("message.csv.unreadable_file", file=display, why=exc.strerror)
        ) from None
    # utf-8-sig drops the byte-order mark Meta and TikTok put first; newline="" is csv's rule.
    return io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")


# A workbook saved instead of the CSV: its first bytes say so before any decoding fails.
_WORKBOOKS = {
    b"PK\x03\x04": "message.csv.workbook.xlsx",
    b"\xd0\xcf\x11\xe0": "message.csv.workbook.xls",
}


def _refuse_workbook(display: str, start: bytes) -> None:
    for magic, what in _WORKBOOKS.items():
        if start.startswith(magic):
            raise UserError(msg("message.csv.workbook", file=display, what=msg(what)))


def prepare(
    path: Path,
    display: str,
    registry: Registry,
    *,
    format_name: str = "auto",
    upt: str | None = None,
    year: int | None = None,
) -> Prepared:
    """Recognise the file and check that the options it needs are given, before any import."""
    if upt is not None and upt not in {u.id for u in registry.upts}:
        known = ", ".join(u.id for u in registry.upts)
        raise UserError(msg("message.metrics.unknown_unit", upt=upt, known=known))
    with _open(path, display) as fh:
        _refuse_workbook(display, cast(io.BufferedReader, fh.buffer).peek(8)[:8])
        try:
            sep = delimiter(_first_line(fh))
            fh.seek(0)
            # strict, as the import reads it: a header cut inside quotes is refused here
            reader = csv.reader(fh, delimiter=sep, strict=True)
            header = _header(reader)
            at = reader.line_num  # the header's line: blank lines may come before it
        except UnicodeDecodeError:
            raise _not_utf8(display, path) from None
        except csv.Error as exc:
            line = max(reader.line_num, 1)  # where the reading stopped, after any blank lines
            problem = msg("message.csv.in_header", problem=csv_problem(exc))
            raise UserError(Problem(display, line, None, problem)) from None
        size = path.stat().st_size
    if not any(h.strip() for h in header):
        raise UserError(msg("message.csv.empty", file=display))
    if format_name == "auto":
        spec = detect(header)
        if spec is None:
            shown = ",".join(header)[:120]
            problem = msg("message.csv.unrecognised", header=shown, formats=supported())
            raise UserError(Problem(display, at, None, problem))
    else:
        spec = BY_NAME[format_name]
        cols = Columns(header)
        missing = [c for c in spec.signature if not cols.has(c)]
        if missing:
            columns = ", ".join(f'"{c}"' for c in missing)
            problem = msg("message.csv.not_format_file", format=spec.name, columns=columns)
            raise UserError(Problem(display, at, None, problem))
    if upt is None and not (spec.row_units and Columns(header).has("upt")):
        key = "message.csv.one_unit_or_column" if spec.row_units else "message.csv.one_unit"
        raise UserError(msg(key, file=display, format=spec.name))
    if spec.needs_year and year is None:
        raise UserError(msg("message.csv.needs_year", file=display, format=spec.name))
    row_units = spec.row_units and Columns(header).has("upt")
    return Prepared(path, display, spec, upt, size, row_units, sep)


def _first_line(fh: io.TextIOWrapper) -> str:
    """The first line with text in it, for telling the delimiter."""
    for line in iter(fh.readline, ""):
        if line.strip(" \t\r\n,;"):
            return line
    return ""


def _header(reader: Iterator[list[str]]) -> list[str]:
    """The header row: blank lines above it (a spreadsheet's empty rows) are skipped."""
    for row in reader:
        if any(cell.strip() for cell in row):
            return row
    return []


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
    ctx = ReadContext(prepared.display, prepared.upt, zones, year, source=rescan)
    spec = prepared.spec
    matcher = matcher or Matcher(registry.ideas)
    unit = None if prepared.row_units else prepared.upt
    with _open(prepared.path, prepared.display) as fh, ExitStack() as stack:
        binary = cast(BinaryIO, fh.buffer)
        reader = csv.reader(fh, delimiter=prepared.delimiter, strict=True)
        fast = _CanonicalPosts(ctx, matcher) if spec.name == "canonical" else None
        worker = None
        table = _TABLES[spec.kind]
        spans = _Spans(table, explicit, ctx)
        # The worker cannot name the line of a row outside a stated range: read in-process.
        if (
            fast is not None
            and explicit is None
            and prepared.size >= PARALLEL_BYTES
            and _can_fork()
        ):
            # Started before the transaction: the worker reads while this process writes.
            worker = stack.enter_context(_Worker(prepared, fast, spans))
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
                    header = _header(reader)
                    lines = reader if progress is None else _reporting(reader, binary, progress)
                    data = spans.lines(rows(ctx, lines, lambda: reader.line_num, len(header)))
                    if fast is not None:
                        converted = fast.rows(Columns(header), data)
                    else:
                        records = spec.reader(ctx, Columns(header), data)
                        converted = _convert(spec, records, zones, matcher)[1]
                    if explicit is not None:
                        converted = spans.rows(converted)
                    chunks = spans.chunks(_batched(converted))
                # Export rows run 150-300 bytes: a guess at the row count, for the store
                counts = store.upsert(conn, table, batch, chunks, prepared.size // 200)
                store.finish_batch(conn, batch, counts.rows)
                covers, source = _covers(prepared, spans.found, explicit)
                if spec.kind in _DATA:
                    coverage.record(conn, batch, covers, _DATA[spec.kind], source)
        except UnicodeDecodeError:
            raise _not_utf8(prepared.display, prepared.path) from None
        except sqlite3.OperationalError as exc:
            raise store.write_failure(
                prepared.display, exc, "not imported, nothing of it kept"
            ) from exc
    if ctx.mangled_ids:
        ctx.warnings.append(
            f"{prepared.display}: {ctx.mangled_ids} row(s) have ids that Excel turned into "
            "numbers like 1.22158E+17 — they are stored, but such rows cannot be de-duplicated "
            "against other exports; import the platform's file without opening it in Excel"
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
# Where a store row of each table holds its unit, platform (None: inbound, every platform)
# and local day.
_WHERE = {
    "post": (0, 1, 4),
    "message": (0, None, 5),
    "account_day": (0, 1, 2),
    "hoax": (0, None, 3),
}


class _Spans:
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

    def _see(self, chunk: list[tuple[object, ...]]) -> None:
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
            self._see(chunk)
            yield chunk

    @property
    def found(self) -> dict[tuple[str, str], coverage.Span]:
        return {
            key: (dt.date.fromisoformat(a), dt.date.fromisoformat(b))
            for key, (a, b) in self.days.items()
        }


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
    if prepared.upt is not None and prepared.spec.name in store.PLATFORM_OF:
        keys.add((prepared.upt, store.PLATFORM_OF[prepared.spec.name]))
    elif prepared.upt is not None and prepared.spec.kind == "messages":
        keys.add((prepared.upt, "*"))
    return {key: stated for key in keys}, source


# Canonical files from this size up are read, converted and matched by a second process
# while this one writes to SQLite (a million rows: see benchmarks/README.md).
PARALLEL_BYTES = 4 << 20
_CHUNK = 2500  # rows per message from the worker: two to each progress report
# The worker leaves a chunk's matching to the writer while fewer than this many chunks wait
# for it (the one just sent included): a writer that keeps up has time to spare, one that
# falls behind gets none. A fixed share could not suit both a new store (SQLite busy: the
# writer did best matching a third) and a re-import (SQLite mostly reads: the writer still
# waited a second a million rows when it matched half). 2, 3 and 4 measured alike; 1 starved it.
_DEFER_BELOW = 3
_QUEUED = 8  # messages in flight at most, so memory stays flat however long the file


# The worker's chunks wait in files here (in memory on Linux), a folder per import named
# after the importing process, so a folder an import killed outright left behind is known.
_SHM = "/dev/shm"
_PARKING = "smrt-import-"


def _sweep(base: str) -> None:
    """Remove parking folders whose importing process no longer runs."""
    try:
        names = [n for n in os.listdir(base) if n.startswith(_PARKING)]
    except OSError:
        return
    for name in names:
        pid = name[len(_PARKING) :].split("-", 1)[0]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(os.path.join(base, name), ignore_errors=True)
        except OSError:
            pass  # another user's process: not ours to judge


def _can_fork() -> bool:
    return sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()


class _Worker:
    """A forked process that turns a canonical file into store rows, chunk by chunk, in order.

    It reads exactly as the one-process path does (same _CanonicalPosts, same careful path),
    and a row that fails stops it after the rows before it are sent, so the writer meets the
    same first error at the same line; all writing stays in this process's one transaction.
    """

    def __init__(self, prepared: Prepared, fast: _CanonicalPosts, spans: _Spans) -> None:
        self.prepared = prepared
        self.fast = fast
        # the days the file covers, noted in the worker (where the time is spare) and sent
        # with its last message
        self.spans = spans
        context = multiprocessing.get_context("fork")
        self.queue: multiprocessing.Queue[tuple[object, ...]] = context.Queue(_QUEUED)
        self.process = context.Process(target=self._work, daemon=True)
        self.parent = os.getpid()
        self.folder = ""
        self.parked = 0

    def __enter__(self) -> _Worker:
        base = _SHM if os.access(_SHM, os.W_OK) else tempfile.gettempdir()
        _sweep(base)
        try:
            self.folder = tempfile.mkdtemp(prefix=f"{_PARKING}{self.parent}-", dir=base)
            self.process.start()
        except OSError as exc:
            self.__exit__()
            raise WorkError(
                msg("message.csv.process_start", file=self.prepared.display, error=str(exc))
            ) from exc
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process.is_alive():
            self.process.terminate()
        if self.process.pid is not None:
            self.process.join()
        self.queue.close()
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _send(self, message: tuple[object, ...]) -> None:
        """Queue a message; if the writer has died meanwhile, tidy up and end this process."""
        while True:
            try:
                self.queue.put(message, timeout=1.0)
                return
            except queue.Full:
                if os.getppid() != self.parent:
                    shutil.rmtree(self.folder, ignore_errors=True)
                    os._exit(1)

    def _park(self, chunk: list[tuple[object, ...]]) -> str:
        """Leave a chunk in a file for the writer and return its name.

        A file in memory-backed /dev/shm passes half a megabyte at the cost of a copy; through
        the queue's pipe, 64 KB at a time, the two processes kept waiting for each other.
        """
        self.parked += 1
        name = os.path.join(self.folder, str(self.parked))
        with open(name, "wb") as out:
            marshal.dump(chunk, out)
        return name

    @staticmethod
    def _unpark(name: str) -> list[tuple[object, ...]]:
        with open(name, "rb") as fh:
            data = fh.read()
        os.unlink(name)
        # marshal: these are plain tuples of text, numbers and None, and it is twice as fast
        # as pickle both ways.
        return cast(list[tuple[object, ...]], marshal.loads(data))

    def _work(self) -> None:
        """The worker's whole life: read the file, send rows, then what the reading noted."""
        ctx, send = self.fast.ctx, self._send
        chunk: list[tuple[object, ...]] = []
        matcher = _Deferred(self.fast.matcher)
        try:
            with _open(self.prepared.path, self.prepared.display) as fh:
                binary = cast(BinaryIO, fh.buffer)
                reader = csv.reader(fh, delimiter=self.prepared.delimiter, strict=True)
                header = _header(reader)
                data = rows(ctx, reader, lambda: reader.line_num, len(header))
                # A chunk goes unmatched when the writer is short of work: it matches it
                # while this process reads on, which evens out the two processes' work.
                self.fast.matcher = matcher
                waiting = self.queue.qsize
                for row in self.fast.rows(Columns(header), data):
                    chunk.append(row)
                    if len(chunk) == _CHUNK:
                        self.spans._see(chunk)
                        send(("rows", self._park(chunk), binary.tell(), not matcher.defer))
                        matcher.defer = waiting() < _DEFER_BELOW
                        chunk = []
                self.spans._see(chunk)
                send(("rows", self._park(chunk), binary.tell(), not matcher.defer))
            send(("done", ctx.skipped, ctx.mangled_ids, ctx.warnings, self.spans.days))
        except UserError as exc:
            # The rows before the bad one go first, as the one-process path writes them.
            send(("rows", self._park(chunk), 0, not matcher.defer))
            send(("user", exc.items))  # texts and problems, put into words where printed
        except UnicodeDecodeError:
            send(("rows", self._park(chunk), 0, not matcher.defer))
            send(("utf8",))
        except BaseException as exc:  # reported by the writer, not lost here
            send(("crash", repr(exc)))

    def _receive(self) -> tuple[object, ...]:
        while True:
            try:
                return self.queue.get(timeout=1.0)
            except queue.Empty:
                if self.process.is_alive():
                    continue
            try:  # what it sent just before it ended may still be on its way
                return self.queue.get(timeout=1.0)
            except queue.Empty:
                raise WorkError(
                    msg("message.csv.process_stopped", file=self.prepared.display)
                ) from None

    def chunks(self, progress: Progress | None) -> Iterator[list[tuple[object, ...]]]:
        """Store rows in file order, a chunk at a time; the worker's error is raised in turn."""
        match = self.fast.matcher.match
        given = 0
        while True:
            message = self._receive()
            kind = message[0]
            if kind == "rows":
                chunk = self._unpark(cast(str, message[1]))
                if not message[3]:
                    # idea and pillar are matched on the stored text, as both paths do
                    found = map(match, map(_TEXT, chunk))
                    chunk = list(map(add, map(_UNMATCHED, chunk), found))
                if chunk:
                    yield chunk
                # As often as the one-process path: every 5000 rows.
                if (
                    progress is not None
                    and message[2]
                    and (given + len(chunk)) // 5000 > given // 5000
                ):
                    progress(cast(int, message[2]))
                given += len(chunk)
            elif kind == "done":
                ctx = self.fast.ctx
                ctx.skipped = cast(int, message[1])
                ctx.mangled_ids = cast(int, message[2])
                ctx.warnings.extend(cast(list[str], message[3]))
                self.spans.days.update(cast(dict[tuple[str, str], list[str]], message[4]))
                return
            elif kind == "user":
                raise UserError(*cast(list[Message | Problem], message[1]))
            elif kind == "utf8":
                raise UnicodeDecodeError("utf-8", b"", 0, 1, "in the reading process")
            else:
                raise WorkError(
                    msg("message.csv.process_failed", file=self.prepared.display, error=message[1])
                )


class _Deferred(Matcher):
    """The worker's matcher: matches as usual, or leaves it to the writer while `defer`."""

    def __init__(self, matcher: Matcher) -> None:  # no Matcher set-up: it wraps one
        self._matcher = matcher
        self.defer = False

    def match(self, text: str) -> tuple[str | None, str | None]:
        return (None, None) if self.defer else self._matcher.match(text)


def _batched(rows: Iterator[tuple[object, ...]]) -> Iterator[list[tuple[object, ...]]]:
    while chunk := list(islice(rows, _CHUNK)):
        yield chunk


_TEXT, _UNMATCHED = itemgetter(7), itemgetter(slice(0, 16))


def _reporting(
    reader: Iterator[list[str]], binary: BinaryIO, progress: Progress
) -> Iterator[list[str]]:
    """Tell the progress bar how far into the file the reader is, every few thousand rows."""
    for n, cells in enumerate(reader, start=1):
        if n % 5000 == 0:
            progress(binary.tell())
        yield cells


def _convert(
    spec: FormatSpec, records: Iterator[Record], zones: dict[str, ZoneInfo], matcher: Matcher
) -> tuple[str, Iterator[tuple[object, ...]]]:
    if spec.kind == "posts":
        return "post", _post_rows(records, zones, matcher)
    if spec.kind == "messages":
        return "message", _message_rows(records, zones)
    if spec.kind == "hoaxes":
        return "hoax", _hoax_rows(records, zones)
    return "account_day", _day_rows(records)


def _post_rows(
    records: Iterator[Record], zones: dict[str, ZoneInfo], matcher: Matcher
) -> Iterator[tuple[object, ...]]:
    for r in records:
        assert isinstance(r, PostRecord)
        yield _post_row(r, zones, matcher)


def _post_row(r: PostRecord, zones: Mapping[str, ZoneInfo], matcher: Matcher) -> tuple[object, ...]:
    # Readers give UTC; isoformat is C-fast and [:19] is exactly utc_text's digits.
    published = r.published_at.isoformat()[:19] + "Z"
    post_id = r.post_id
    if "+" in post_id and MANGLED_ID.match(post_id):
        # Excel's digits are lost: time and text keep distinct posts apart in the store.
        tag = hashlib.sha1(f"{published}\n{r.text}".encode(), usedforsecurity=False)
        post_id = f"{post_id}~{tag.hexdigest()[:10]}"
    idea, pillar = matcher.match(r.text)
    return (
        r.upt,
        r.platform,
        post_id,
        published,
        r.published_at.astimezone(zones[r.upt]).date().isoformat(),
        r.format,
        r.permalink,
        r.text,
        r.views,
        r.reach,
        r.reactions,
        r.comments,
        r.shares,
        r.saves,
        r.clicks,
        r.follows,
        idea,
        pillar,
    )


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


class _CanonicalPosts:
    """Canonical posts straight to store rows: the national-scale path, a million rows at once.

    A row is taken as it stands only when every cell is in its plain form (known unit,
    platform and format; id without padding; ISO time with seconds; counts of bare digits);
    anything else goes through canonical.read_posts and _post_row, the careful path, so
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
        return _post_row(record, self.ctx.zones, self.matcher)

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
            upt, platform, post_id, when, fmt, link, text = head(row)
            counts: tuple[str, ...] = figures(row)
            digits = "".join(counts)
            if upt not in zones:
                upt = ctx.unit(line, upt)
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
            known = hours[upt]
            key = when[:13] + when[19:]
            hour = known.get(key, _UNKNOWN)
            if hour is _UNKNOWN:
                if len(known) >= _MAX_HOURS:
                    known.clear()  # a bound, so memory stays flat
                hour = known[key] = _hour(zones[upt], when[:13], when[19:])
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
                upt,
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


def message_key(received: str, kind: str, text: str, occurrence: int) -> str:
    """A message without an id of its own: its content and its occurrence among identical rows.

    Two questions in the same minute stay two (#1, #2), and a re-import of the same file, or
    a later log that fills in their replies, finds each again. The reply and the resolution
    are not part of it: they change as the unit works on the message.
    """
    digest = hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:12] if text else ""
    return f"{received}|{kind}|{digest}#{occurrence}"


def _message_rows(
    records: Iterator[Record], zones: dict[str, ZoneInfo]
) -> Iterator[tuple[object, ...]]:
    seen: Counter[tuple[str, str, str, str, str]] = Counter()
    for r in records:
        assert isinstance(r, MessageRecord)
        received = store.utc_text(r.received_at)
        if r.message_id:
            key = "id:" + r.message_id
        else:
            content = (r.upt, r.platform, received, r.kind, r.text)
            seen[content] += 1
            key = message_key(received, r.kind, r.text, seen[content])
        yield (
            r.upt,
            r.platform,
            key,
            received,
            r.kind,
            r.received_at.astimezone(zones[r.upt]).date().isoformat(),
            store.utc_text(r.first_reply_at) if r.first_reply_at else None,
            int(r.resolved),
            store.utc_text(r.resolved_at) if r.resolved_at else None,
            r.escalated_to,
            r.lapor_id,
            r.topic,
            r.text or None,
        )


def _hoax_rows(
    records: Iterator[Record], zones: dict[str, ZoneInfo]
) -> Iterator[tuple[object, ...]]:
    for r in records:
        assert isinstance(r, HoaxRecord)
        yield (
            r.upt,
            r.link,
            store.utc_text(r.detected_at),
            r.detected_at.astimezone(zones[r.upt]).date().isoformat(),
            r.topic,
            store.utc_text(r.clarified_at) if r.clarified_at else None,
            r.clarification_url,
        )


def _day_rows(records: Iterator[Record]) -> Iterator[tuple[object, ...]]:
    for r in records:
        assert isinstance(r, AccountDayRecord)
        yield (
            r.upt,
            r.platform,
            r.day.isoformat(),
            r.followers,
            r.new_followers,
            r.views,
            r.profile_views,
            r.likes,
            r.comments,
            r.shares,
        )
