"""The `smrt insights` command: best times and what works, from the region's imported posts."""

# No `from __future__ import annotations`: Typer would compile and evaluate every option's
# annotation from its text each time the command is built, on every run (issue 19).

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UserError, msg
from .common import LangOpt, busy, note, resolve_lang, selected_units, workspace

if TYPE_CHECKING:
    from ..insights import Skippable
    from ..periods import Period


def _period(text: str | None, weeks: int | None, last: object) -> "Period":
    from ..metrics.insight_read import DEFAULT_WEEKS, recent_period
    from ..periods import parse_label

    if text is not None and weeks is not None:
        raise UserError(msg("message.insights.period_and_weeks"))
    if text is not None:
        chosen = parse_label(text)
        if chosen is None:
            raise UserError(msg("message.insights.not_period", period=repr(text)))
        return chosen
    if weeks is not None and not 1 <= weeks <= 520:
        raise UserError(msg("message.insights.weeks", weeks=weeks))
    import datetime as dt

    assert isinstance(last, dt.date)
    return recent_period(last, weeks or DEFAULT_WEEKS)


_InsightsCmdPeriodOpt = Annotated[
    str | None,
    typer.Option(
        "--period",
        metavar="P",
        help="A month (2026-10), a quarter (2026-Q4) or a range (2026-10-01_2026-10-15).",
    ),
]
_InsightsCmdWeeksOpt = Annotated[
    int | None,
    typer.Option(
        "--weeks",
        metavar="N",
        help="The last N weeks of imported posts. Default: 16.",
        show_default=False,
    ),
]
_InsightsCmdUptOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--upt",
        metavar="UNIT-ID",
        help="Only this unit's rows; repeat for several. The region's figures always "
        "use every unit's posts.",
    ),
]
_InsightsCmdAsJsonOpt = Annotated[
    bool, typer.Option("--json", help="Print best times and content rows as JSON; no files.")
]
_InsightsCmdOutOpt = Annotated[
    Path | None,
    typer.Option(
        "--out",
        metavar="DIR",
        help="Folder to write insights/PERIOD/ into; default the workspace.",
        file_okay=False,
    ),
]
_InsightsCmdForceOpt = Annotated[
    bool, typer.Option("--force", help="Replace the files of an earlier run of this period.")
]


def insights_cmd(
    ctx: typer.Context,
    period: _InsightsCmdPeriodOpt = None,
    weeks: _InsightsCmdWeeksOpt = None,
    unit: _InsightsCmdUptOpt = None,
    as_json: _InsightsCmdAsJsonOpt = False,
    out: _InsightsCmdOutOpt = None,
    lang: LangOpt = None,
    force: _InsightsCmdForceOpt = False,
) -> None:
    """Best posting times and what works (pillars, formats, ideas), per unit and platform.

    Reads smrt.db; writes OUT/insights/<period>/README.md (with a heatmap per platform) and
    one <unit-id>.md per unit. A time stands on the unit's own posts when its cell has at
    least 3; thinner cells lean on the region; with no usable data the registry's times stay.

    Example: smrt insights --weeks 16 --upt ksop-bitung
    """
    from ..metrics.insight_read import last_post_day, store_insights
    from ..metrics.store import open_store

    ws = workspace(ctx)
    registry = ws.registry()
    language = resolve_lang(registry, lang)
    known = [u.id for u in registry.upts]
    wanted = selected_units(unit, known) or []
    db = ws.store
    if not db.exists():
        raise UserError(msg("message.insights.no_store", db=db))
    conn = open_store(db, create=False, mapped=True)
    try:
        last = last_post_day(conn) if period is None else None
        if period is None and last is None:
            raise UserError(msg("message.insights.no_posts", db=db))
        chosen = _period(period, weeks, last)
        folder = ws.insights_folder(chosen.label, out)
        if not as_json and folder.exists() and not force:
            raise UserError(msg("message.insights.exists", folder=folder))
        with busy(msg("message.busy.read", period=chosen.label)):
            # the JSON prints best times and content rows alone
            leave: tuple[Skippable, ...] = ("breakouts", "heatmaps", "resting") if as_json else ()
            result = store_insights(conn, registry, chosen, wanted or None, db, leave)
    finally:
        conn.close()
    if as_json:
        from ..files import write_stdout

        write_stdout(result.json_text())
        return
    from ..files import replace_folder
    from ..render.insights_markdown import render_insights

    with busy(msg("message.busy.insights")):
        files = render_insights(result, registry, language)
        replace_folder(folder, files, owned=(".md", ".svg"))
    note(msg("message.insights.wrote", n=len(files), folder=folder, posts=result.posts))


def register(app: typer.Typer) -> None:
    app.command("insights", short_help="Best posting times and what works, from imported posts.")(
        insights_cmd
    )
