"""Import one export file into the store: all of it in one transaction, or nothing."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, cast
from zoneinfo import ZoneInfo

from ..errors import UserError, WorkError
from ..models import Registry
from . import store
from .detect import BY_NAME, FormatSpec, detect, supported
from .matching import Matcher
from .readers import MANGLED_ID, Columns, ReadContext, Record, delimiter, rows
from .records import AccountDayRecord, MessageRecord, PostRecord

Progress = Callable[[int], None]  # told the bytes read so far, now and then


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
    return UserError(
        f"{display}:{_undecodable_line(path)}: not UTF-8 text — save the file as "
        "'CSV UTF-8' and import it again"
    )


def _open(path: Path, display: str) -> io.TextIOWrapper:
    try:
        binary = path.open("rb")
    except OSError as exc:
        raise UserError(f"{display}: cannot be read ({exc.strerror})") from None
    # utf-8-sig drops the byte-order mark Meta and TikTok put first; newline="" is csv's rule.
    return io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")


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
        raise UserError(f'--upt: unknown unit "{upt}" — the registry has: {known}')
    with _open(path, display) as fh:
        try:
            sep = delimiter(fh.readline())
            fh.seek(0)
            header = next(csv.reader(fh, delimiter=sep), [])
        except UnicodeDecodeError:
            raise _not_utf8(display, path) from None
        except csv.Error as exc:
            raise UserError(f"{display}:1: not a CSV file ({exc})") from None
        size = path.stat().st_size
    if not any(h.strip() for h in header):
        raise UserError(f"{display}: the file is empty — download the export again")
    if format_name == "auto":
        spec = detect(header)
        if spec is None:
            shown = ",".join(header)[:120]
            raise UserError(
                f'{display}:1: unrecognised export (header "{shown}") — supported formats: '
                f"{supported()}; or pass --format"
            )
    else:
        spec = BY_NAME[format_name]
        cols = Columns(header)
        missing = [c for c in spec.signature if not cols.has(c)]
        if missing:
            raise UserError(
                f"{display}:1: not a {spec.name} file — the header has no "
                + ", ".join(f'"{c}"' for c in missing)
                + " column"
            )
    if upt is None and not (spec.row_units and Columns(header).has("upt")):
        hint = ' or add a "upt" column naming each row\'s unit' if spec.row_units else ""
        raise UserError(
            f"{display}: a {spec.name} export holds one unit's figures — pass --upt UNIT-ID{hint}"
        )
    if spec.needs_year and year is None:
        raise UserError(
            f"{display}: {spec.name} dates have no year — pass --year YYYY (the year of the "
            "file's first row)"
        )
    row_units = spec.row_units and Columns(header).has("upt")
    return Prepared(path, display, spec, upt, size, row_units, sep)


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
) -> FileSummary:
    """Read, convert and upsert one file in one transaction; a bad row keeps nothing of it."""
    zones = _zones(registry)
    ctx = ReadContext(prepared.display, prepared.upt, zones, year)
    spec = prepared.spec
    matcher = matcher or Matcher(registry.ideas)
    sha = _sha256(prepared.path)
    unit = None if prepared.row_units else prepared.upt
    with _open(prepared.path, prepared.display) as fh:
        binary = cast(BinaryIO, fh.buffer)
        reader = csv.reader(fh, delimiter=prepared.delimiter, strict=True)
        try:
            with store.transaction(conn):
                batch = store.add_batch(conn, prepared.path.name, sha, spec.name, unit, imported_at)
                header = next(reader, [])
                data = rows(ctx, _reporting(reader, binary, progress), lambda: reader.line_num)
                records = spec.reader(ctx, Columns(header), data)
                table, converted = _convert(spec, records, zones, matcher)
                counts = store.upsert(conn, table, batch, converted)
                store.finish_batch(conn, batch, counts.rows)
        except UnicodeDecodeError:
            raise _not_utf8(prepared.display, prepared.path) from None
        except sqlite3.OperationalError as exc:
            raise WorkError(f"{prepared.display}: the store could not be written ({exc})") from exc
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
    )


def _reporting(
    reader: Iterator[list[str]], binary: BinaryIO, progress: Progress | None
) -> Iterator[list[str]]:
    """Tell the progress bar how far into the file the reader is, every few thousand rows."""
    if progress is None:
        yield from reader
        return
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
    return "account_day", _day_rows(records)


def _post_rows(
    records: Iterator[Record], zones: dict[str, ZoneInfo], matcher: Matcher
) -> Iterator[tuple[object, ...]]:
    for r in records:
        assert isinstance(r, PostRecord)
        # Readers give UTC; isoformat is C-fast and [:19] is exactly utc_text's digits.
        published = r.published_at.isoformat()[:19] + "Z"
        post_id = r.post_id
        if "+" in post_id and MANGLED_ID.match(post_id):
            # Excel's digits are lost: time and text keep distinct posts apart in the store.
            tag = hashlib.sha1(f"{published}\n{r.text}".encode(), usedforsecurity=False)
            post_id = f"{post_id}~{tag.hexdigest()[:10]}"
        idea, pillar = matcher.match(r.text)
        yield (
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
            idea,
            pillar,
        )


def _message_rows(
    records: Iterator[Record], zones: dict[str, ZoneInfo]
) -> Iterator[tuple[object, ...]]:
    for r in records:
        assert isinstance(r, MessageRecord)
        yield (
            r.upt,
            r.platform,
            store.utc_text(r.received_at),
            r.kind,
            r.received_at.astimezone(zones[r.upt]).date().isoformat(),
            store.utc_text(r.first_reply_at) if r.first_reply_at else None,
            int(r.resolved),
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
