"""The fast import's second process: a large canonical file read while the importer writes.

`start` is the one way in: it decides whether a file is read here and starts the worker.
The rows it hands over are the in-process path's own (both run fastrows.CanonicalPosts);
tests/metrics/test_parallel.py runs the import's tests again with every file read here.
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import queue
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from operator import add, itemgetter
from typing import BinaryIO, cast

from ..errors import Message, Problem, UserError, WorkError, msg
from . import coverage
from .exportfile import Prepared, header_row, open_export
from .fastrows import CanonicalPosts
from .matching import Matcher
from .parking import Parking
from .readers import Columns, rows
from .spans import Spans
from .storerows import CHUNK

Progress = Callable[[int], None]  # told the bytes read so far, now and then

# Canonical files from this size up are read, converted and matched by a second process
# while this one writes to SQLite (a million rows: see benchmarks/README.md).
PARALLEL_BYTES = 4 << 20
# The worker leaves a chunk's matching to the writer while fewer than this many chunks wait
# for it (the one just sent included): a writer that keeps up has time to spare, one that
# falls behind gets none. A fixed share could not suit both a new store (SQLite busy: the
# writer did best matching a third) and a re-import (SQLite mostly reads: the writer still
# waited a second a million rows when it matched half). 2, 3 and 4 measured alike; 1 starved it.
DEFER_BELOW = 3
_QUEUED = 8  # messages in flight at most, so memory stays flat however long the file
_TEXT, _UNMATCHED = itemgetter(7), itemgetter(slice(0, 16))


def can_fork() -> bool:
    """Whether this system can fork the worker (Linux; elsewhere the import reads in-process)."""
    return sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()


def start(
    stack: ExitStack,
    prepared: Prepared,
    fast: CanonicalPosts,
    spans: Spans,
    explicit: coverage.Span | None,
) -> Worker | None:
    """The worker for a large canonical file, started and ended with `stack`; else None.

    The worker cannot name the line of a row outside a stated range: such an import, a small
    file, or a system without fork reads in-process.
    """
    if explicit is not None or prepared.size < PARALLEL_BYTES or not can_fork():
        return None
    return stack.enter_context(Worker(prepared, fast, spans))


class Worker:
    """A forked process that turns a canonical file into store rows, chunk by chunk, in order.

    It reads exactly as the one-process path does (same CanonicalPosts, same careful path),
    and a row that fails stops it after the rows before it are sent, so the writer meets the
    same first error at the same line; all writing stays in this process's one transaction.
    """

    def __init__(self, prepared: Prepared, fast: CanonicalPosts, spans: Spans) -> None:
        self.prepared = prepared
        self.fast = fast
        # the days the file covers, noted in the worker (where the time is spare) and sent
        # with its last message
        self.spans = spans
        context = multiprocessing.get_context("fork")
        self.queue: multiprocessing.Queue[tuple[object, ...]] = context.Queue(_QUEUED)
        self.process = context.Process(target=self._work, daemon=True)
        self.parent = os.getpid()
        self.parking = Parking()

    def __enter__(self) -> Worker:
        try:
            self.parking.open(self.parent)
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
        self.parking.remove()

    def _send(self, message: tuple[object, ...]) -> None:
        """Queue a message; if the writer has died meanwhile, tidy up and end this process."""
        while True:
            try:
                self.queue.put(message, timeout=1.0)
                return
            except queue.Full:
                if os.getppid() != self.parent:
                    self.parking.remove()
                    os._exit(1)

    def _work(self) -> None:
        """The worker's whole life: read the file, send rows, then what the reading noted."""
        ctx, send = self.fast.ctx, self._send
        chunk: list[tuple[object, ...]] = []
        matcher = Deferred(self.fast.matcher)
        try:
            with open_export(self.prepared.path, self.prepared.display) as fh:
                binary = cast(BinaryIO, fh.buffer)
                reader = csv.reader(fh, delimiter=self.prepared.delimiter, strict=True)
                header = header_row(reader)
                data = rows(ctx, reader, lambda: reader.line_num, len(header))
                # A chunk goes unmatched when the writer is short of work: it matches it
                # while this process reads on, which evens out the two processes' work.
                self.fast.matcher = matcher
                waiting = self.queue.qsize
                for row in self.fast.rows(Columns(header), data):
                    chunk.append(row)
                    if len(chunk) == CHUNK:
                        self.spans.see(chunk)
                        send(("rows", self.parking.park(chunk), binary.tell(), not matcher.defer))
                        matcher.defer = waiting() < DEFER_BELOW
                        chunk = []
                self.spans.see(chunk)
                send(("rows", self.parking.park(chunk), binary.tell(), not matcher.defer))
            send(("done", ctx.skipped, ctx.mangled_ids, ctx.warnings, self.spans.days))
        except UserError as exc:
            # The rows before the bad one go first, as the one-process path writes them.
            send(("rows", self.parking.park(chunk), 0, not matcher.defer))
            send(("user", exc.items))  # texts and problems, put into words where printed
        except UnicodeDecodeError:
            send(("rows", self.parking.park(chunk), 0, not matcher.defer))
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
                chunk = self.parking.unpark(cast(str, message[1]))
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
                ctx.warnings.extend(cast(list[Message], message[3]))
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


class Deferred(Matcher):
    """The worker's matcher: matches as usual, or leaves it to the writer while `defer`."""

    def __init__(self, matcher: Matcher) -> None:  # no Matcher set-up: it wraps one
        self._matcher = matcher
        self.defer = False

    def match(self, text: str) -> tuple[str | None, str | None]:
        return (None, None) if self.defer else self._matcher.match(text)
