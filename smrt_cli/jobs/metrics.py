"""Importing exports: every file checked first, then all stored in one transaction or none."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Text, UserError, WorkError, msg

if TYPE_CHECKING:
    from ..metrics.importer import FileSummary, Prepared
    from ..models import Registry
    from ..workspace import Workspace

# A progress display for one file (its size, its name), handed the bytes done, or None.
Progress = Callable[[int, str], AbstractContextManager[Callable[[int], None] | None]]


@dataclass(frozen=True)
class ImportRequest:
    """What `smrt metrics import` was asked: the files, how to read them, the days they cover."""

    files: list[Path]
    format_name: str
    unit: str | None  # --upt
    year: int | None
    explicit: tuple[dt.date, dt.date] | None  # --from/--to


def import_job(
    ws: Workspace, registry: Registry, request: ImportRequest, progress: Progress
) -> list[FileSummary]:
    """Recognise and check every file, then store them all in one transaction."""
    from ..metrics import store
    from ..metrics.importer import import_file, prepare
    from ..metrics.matching import Matcher

    prepared = []
    for path in request.files:
        _check_file(path)
        prepared.append(
            prepare(
                path,
                str(path),
                registry,
                format_name=request.format_name,
                unit=request.unit,
                year=request.year,
            )
        )
    conn = store.open_store(ws.store, bulk=True)
    matcher = Matcher(registry.ideas)
    imported_at = _imported_at()
    summaries: list[FileSummary] = []
    try:
        # One transaction for every file named: a batch is stored whole or not at all.
        with _stored(conn, ws.store):
            for item in prepared:
                try:
                    with progress(item.size, item.display) as advance:
                        summary = import_file(
                            conn,
                            item,
                            registry,
                            year=request.year,
                            imported_at=imported_at,
                            matcher=matcher,
                            progress=advance,
                            explicit=request.explicit,
                        )
                except (UserError, WorkError) as exc:
                    raise _undone(exc, prepared, summaries) from None
                summaries.append(summary)
    finally:
        store.close(conn)
    _warm_learning(ws, registry)
    return summaries


@contextmanager
def _stored(conn: sqlite3.Connection, path: Path) -> Iterator[None]:
    """One transaction for the command; a store that cannot take it is a WorkError (exit 1)."""
    from ..metrics import store

    try:
        with store.transaction(conn):
            yield
    except sqlite3.Error as exc:
        raise store.write_failure(str(path), exc, msg("message.store.what.nothing")) from exc


def _warm_learning(ws: Workspace, registry: Registry) -> None:
    """The next plan and `smrt insights` find the store's last 16 weeks analysed (issue 13):
    the import, which changed them, pays for that once."""
    import hashlib

    from ..metrics.insight_read import warm_after_import

    registry_key = hashlib.sha256(ws.registry_path.read_bytes()).hexdigest()
    warm_after_import(ws.root / "smrt.db", registry, registry_key)


def _undone(
    exc: UserError | WorkError, prepared: list[Prepared], done: list[FileSummary]
) -> UserError | WorkError:
    """The error, then what became of every file named: nothing of any of them is stored."""
    if len(prepared) == 1:
        return exc  # the error names the one file already
    states: list[Text] = [
        msg("message.import.state.undone", file=s.file, rows=s.rows) for s in done
    ]
    failed = prepared[len(done)].display
    states.append(msg("message.import.state.failed", file=failed))
    states += [
        msg("message.import.state.unread", file=p.display) for p in prepared[len(done) + 1 :]
    ]
    summary = msg("message.import.nothing", states=tuple(states), failed=failed)
    if isinstance(exc, WorkError):
        return WorkError(msg("message.import.work_failed", error=exc.message, summary=summary))
    return UserError(*exc.items, summary)


def _check_file(path: Path) -> None:
    """An export named on the command line is a file that is there."""
    if path.is_dir():
        raise UserError(msg("message.metrics.is_folder", path=path))
    if not path.is_file():
        raise UserError(msg("message.metrics.no_file", path=path))


def _imported_at() -> dt.datetime:
    # Not an output, but a reproducible build or test still wants a reproducible store.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        except ValueError:
            raise UserError(msg("message.metrics.epoch", epoch=epoch)) from None
    return dt.datetime.now(dt.UTC)
