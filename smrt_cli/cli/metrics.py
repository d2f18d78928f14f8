"""`smrt metrics`: import the platforms' exports into the store, print the template, summarise."""

# No `from __future__ import annotations`: Typer would compile and evaluate every option's
# annotation from its text each time the command is built, on every run (issue 19).

import datetime as dt
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UserError, msg
from .common import command_group, note, print_json, said_now, workspace

PROGRESS_BYTES = 5_000_000  # files smaller than this import in well under a second


class FormatChoice(StrEnum):
    auto = "auto"
    meta_facebook = "meta-facebook"
    meta_instagram = "meta-instagram"
    x_legacy = "x-legacy"
    x_legacy_daily = "x-legacy-daily"
    x_content = "x-content"
    youtube = "youtube"
    tiktok_overview = "tiktok-overview"
    canonical = "canonical"
    accounts = "accounts"
    inbound = "inbound"
    hoax_register = "hoax-register"


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[int], None] | None]:
    """A bar on stderr for large files when stderr is a terminal; otherwise nothing."""
    if total < PROGRESS_BYTES or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    from .common import stderr_console

    with Progress(console=stderr_console(), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda done: bar.update(task, completed=done)


_ImportFilesOpt = Annotated[
    list[Path],
    typer.Argument(metavar="FILE", help="Export files (CSV) to import.", show_default=False),
]
_ImportUptOpt = Annotated[
    str | None,
    typer.Option(
        "--upt",
        metavar="UNIT-ID",
        help="Unit the files belong to (not needed with a upt column).",
    ),
]
_ImportFormatOpt = Annotated[
    FormatChoice,
    typer.Option(
        "--format",
        metavar="FORMAT",
        help="Read the files as this format (see Formats above) instead of recognising the header.",
    ),
]
_ImportYearOpt = Annotated[
    int | None,
    typer.Option(
        "--year", metavar="YYYY", min=2000, max=2100, help="Year of the first row (TikTok)."
    ),
]
_ImportStartOpt = Annotated[
    str | None,
    typer.Option(
        "--from",
        metavar="YYYY-MM-DD",
        help="First local day the files cover (with --to); wins over the file name's "
        "range and the rows' days. Every row must lie in it.",
    ),
]
_ImportEndOpt = Annotated[
    str | None,
    typer.Option("--to", metavar="YYYY-MM-DD", help="Last local day the files cover."),
]


def import_(
    ctx: typer.Context,
    files: _ImportFilesOpt,
    unit: _ImportUptOpt = None,
    format_: _ImportFormatOpt = FormatChoice.auto,
    year: _ImportYearOpt = None,
    start: _ImportStartOpt = None,
    end: _ImportEndOpt = None,
    json_: Annotated[bool, typer.Option("--json", help="Print a JSON summary on stdout.")] = False,
) -> None:
    """Import platform exports into WORKSPACE/smrt.db; re-importing never double-counts.

    Every file is recognised and checked first; then all of them are imported in one
    transaction: a bad row stops with FILE:LINE and nothing of any file is kept.

    Each import records the days it covers: --from/--to, else the range in the file name
    (X, Meta Business Suite, YouTube Studio), else its rows' first and last day.

    \b
    Formats (see docs/metrics-formats.md):
      meta-facebook    Meta Business Suite, Facebook posts
      meta-instagram   Meta Business Suite, Instagram posts
      x-legacy         X tweet activity (legacy)
      x-legacy-daily   X account activity by day (legacy; new followers)
      x-content        X content export
      youtube          YouTube Studio "Table data.csv"
      tiktok-overview  TikTok "Overview.csv" (needs --year)
      canonical        smrt's posts CSV (smrt metrics template)
      accounts         smrt's account days CSV (followers per day)
      inbound          smrt's inbound messages CSV
      hoax-register    smrt's hoax register CSV (hoaxes found and clarified)

    Example: smrt metrics import --upt ksop-bitung posts_fb.csv "Table data.csv"
    """
    from ..jobs.metrics import ImportRequest, import_job

    ws = workspace(ctx)
    explicit = _stated_range(start, end)
    registry = ws.registry()
    request = ImportRequest(files, format_.value, unit, year, explicit)
    summaries = import_job(ws, registry, request, _progress)
    for summary in summaries:
        for warning in summary.warnings:
            note(warning, "warning")
        note(summary.line())
    if json_:
        print_json([s.as_json() for s in summaries])


def _stated_range(start: str | None, end: str | None) -> tuple[dt.date, dt.date] | None:
    """--from/--to as days; both or neither, the first not after the last."""
    if start is None and end is None:
        return None
    if start is None or end is None:
        raise UserError(msg("message.metrics.from_to"))
    days = []
    for option, text in (("--from", start), ("--to", end)):
        try:
            days.append(dt.date.fromisoformat(text))
        except ValueError:
            raise UserError(msg("message.metrics.not_day", option=option, value=text)) from None
    if days[0] > days[1]:
        raise UserError(msg("message.metrics.reversed", start=start, end=end))
    return days[0], days[1]


def template() -> None:
    """Print the canonical CSV header (and one example row) to start a file by hand.

    Example: smrt metrics template > posts.csv
    """
    from ..files import write_stdout
    from ..metrics.canonical import CANONICAL_COLUMNS

    example = (
        "ksop-bitung,instagram,C0ABC123,2026-11-30T09:00:00+08:00,carousel,"
        "https://www.instagram.com/p/C0ABC123/,Cara mengurus buku pelaut #BukuPelaut,"
        "1520,1210,87,6,12,9,"
    )
    write_stdout(",".join(CANONICAL_COLUMNS) + "\n" + example + "\n")


def show(
    ctx: typer.Context,
    unit: Annotated[
        str | None, typer.Option("--upt", metavar="UNIT-ID", help="Only this unit.")
    ] = None,
    period: Annotated[
        str | None,
        typer.Option("--period", metavar="YYYY-MM", help="Only this month, YYYY-MM (local time)."),
    ] = None,
    json_: Annotated[bool, typer.Option("--json", help="A JSON array on stdout.")] = False,
) -> None:
    """Summarise what the store holds per unit, platform and month (unit's local time).

    Interactions are reactions + comments + shares + saves; clicks and views are not.
    Views are the post's views (or impressions, where the export counts those); "-" is a
    figure the export does not report, which is not a zero.

    Under the table: each unit's account-level days (TikTok) and inbound messages.

    Example: smrt metrics show --period 2026-11 --json
    """
    from ..metrics import store

    ws = workspace(ctx)
    if period is not None:
        try:
            dt.date.fromisoformat(period + "-01")
        except ValueError:
            raise UserError(msg("message.metrics.not_month", period=period)) from None
    if unit is not None:
        known = [u.id for u in ws.registry().upts]
        if unit not in known:
            raise UserError(msg("message.metrics.unknown_unit", unit=unit, known=", ".join(known)))
    conn = store.open_store(ws.store, create=False, mapped=True)
    try:
        rows = store.monthly(conn, period, unit)
        # Not in --json, whose rows are posts per unit × platform × month (a documented shape).
        extras = [] if json_ else _other_figures(conn, period, unit)
    finally:
        conn.close()
    if json_:
        print_json(rows)
        return
    from rich.table import Table

    from .common import stdout_console

    heads = ("upt", "platform", "period", "posts", "interactions", "reach", "views")
    table = Table(*(said_now(f"message.table.{h}") for h in heads))
    for r in rows:
        table.add_row(*(str(r[k]) if r[k] is not None else "-" for k in r))
    console = stdout_console()
    console.print(table)
    for line in extras:
        console.print(line, markup=False)
    if not rows:
        note(msg("message.metrics.no_posts"))


def _other_figures(conn: sqlite3.Connection, period: str | None, unit_id: str | None) -> list[str]:
    """A line per unit for what the store holds besides posts, so no import looks lost.

    A TikTok Overview.csv, for one, brings account-level days and not a single post.
    """
    from ..i18n import PLATFORM_NAMES
    from ..metrics import store

    days: dict[str, list[str]] = {}
    for unit, platform, number, first, last in store.account_day_spans(conn, period, unit_id):
        name = PLATFORM_NAMES.get(platform, platform)
        days.setdefault(unit, []).append(f"{name} {number} ({first} – {last})")
    messages = dict(store.message_counts(conn, period, unit_id))
    hoaxes = dict(store.hoax_counts(conn, period, unit_id))
    lines = []
    for unit in sorted(days.keys() | messages.keys() | hoaxes.keys()):
        parts = []
        if unit in days:
            parts.append(said_now("message.table.account_days", days=", ".join(days[unit])))
        if unit in messages:
            parts.append(said_now("message.table.inbound", n=messages[unit]))
        if unit in hoaxes:
            parts.append(said_now("message.table.hoaxes", n=hoaxes[unit]))
        lines.append(f"{unit} — " + "; ".join(parts))
    return lines


_CoveragePeriodOpt = Annotated[
    str | None,
    typer.Option(
        "--period",
        metavar="PERIOD",
        help="A month (YYYY-MM), a quarter (YYYY-Qn) or a range (YYYY-MM-DD..YYYY-MM-DD); "
        "without it, every day any import covers.",
    ),
]
_CoverageUptOpt = Annotated[
    str | None, typer.Option("--upt", metavar="UNIT-ID", help="Only this unit.")
]


def coverage(
    ctx: typer.Context,
    period: _CoveragePeriodOpt = None,
    unit_id: _CoverageUptOpt = None,
    json_: Annotated[bool, typer.Option("--json", help="A JSON array on stdout.")] = False,
) -> None:
    """Show, per unit and platform, the days the imported exports cover.

    The evaluation counts only these days: a platform without coverage in the period is
    "no data" for that platform, never zero posts. "inbound" is the message log.

    Example: smrt metrics coverage --period 2026-Q4
    """
    from ..metrics import store
    from ..metrics.coverage import covered, days, span_text
    from ..periods import parse_label

    ws = workspace(ctx)
    registry = ws.registry()
    chosen = None
    if period is not None:
        chosen = parse_label(period.replace("..", "_"))
        if chosen is None:
            raise UserError(msg("message.metrics.not_period", period=period))
    known = [u.id for u in registry.upts]
    if unit_id is not None and unit_id not in known:
        raise UserError(msg("message.metrics.unknown_unit", unit=unit_id, known=", ".join(known)))
    first = chosen.start if chosen else dt.date.min
    last = chosen.end if chosen else dt.date.max
    conn = store.open_store(ws.store, create=False)
    try:
        found = covered(conn, first, last, None if unit_id is None else {unit_id})
    finally:
        conn.close()
    order = {u: i for i, u in enumerate(known)}
    kinds = {"posts": 0, "account": 1, "inbound": 2}
    ordered = sorted(
        found.items(),
        key=lambda kv: (order.get(kv[0][0], len(order)), kv[0][0], kinds[kv[0][1]], kv[0][2]),
    )
    total = chosen.days if chosen else None
    if json_:
        print_json(
            [
                {
                    "upt": unit,
                    "platform": "inbound" if data == "inbound" else platform,
                    "data": data,
                    "days": days(spans),
                    "period_days": total,
                    "spans": [{"from": a.isoformat(), "to": b.isoformat()} for a, b in spans],
                }
                for (unit, data, platform), spans in ordered
            ]
        )
        return
    from rich.table import Table

    from .common import stdout_console

    label = chosen.label if chosen else said_now("message.table.all")
    table = Table(
        said_now("message.table.upt"),
        said_now("message.table.platform"),
        said_now("message.table.data"),
        said_now("message.table.days_of", period=label),
        said_now("message.table.covered"),
    )
    for (unit, data, platform), spans in ordered:
        shown = "inbound" if data == "inbound" else platform
        count = f"{days(spans)}/{total}" if total else str(days(spans))
        table.add_row(unit, shown, data, count, span_text(spans))
    stdout_console().print(table)
    if not ordered:
        note(msg("message.metrics.no_import"))


def register(app: typer.Typer) -> None:
    metrics_app = command_group(
        "Platform exports: import them into the store and summarise.\n\n"
        "Example: smrt metrics import --upt ksop-bitung posts_fb.csv"
    )
    metrics_app.command("import")(import_)
    metrics_app.command("template")(template)
    metrics_app.command("show")(show)
    metrics_app.command("coverage")(coverage)
    app.add_typer(metrics_app, name="metrics")
