"""`smrt inbox`: the units' open messages, how long each has waited, which target it passed."""

# No `from __future__ import annotations`: Typer would compile and evaluate every option's
# annotation from its text each time the command is built, on every run (issue 19).

import datetime as dt
from typing import TYPE_CHECKING, Annotated
from zoneinfo import ZoneInfo

import typer

from ..catalogue import t
from ..errors import UserError, msg
from ..i18n import deadline_text, format_date, format_time, platform_name, zone_abbreviation
from ..jobs.inbox import load_backlog
from .common import LangOpt, print_json, resolve_lang, selected_units, workspace

if TYPE_CHECKING:
    from ..inbox import OpenMessage, UnitBacklog
    from ..models import Registry


def parse_as_of(text: str, zone: str) -> dt.datetime:
    """--as-of: ISO 8601 date or date and time; without an offset, in the region's zone."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(msg("message.inbox.as_of", value=repr(text))) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(dt.UTC)


def _now() -> dt.datetime:
    # The one place the clock is read: a default for the person, never inside the core.
    from ..jobs.common import source_date

    return source_date() or dt.datetime.now(dt.UTC)


def inbox(
    ctx: typer.Context,
    unit: Annotated[
        list[str] | None,
        typer.Option("--upt", metavar="UNIT-ID", help="Only this unit; repeat for several."),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATETIME",
            help="Judge the backlog at this time (YYYY-MM-DDTHH:MM, the region's zone unless "
            "an offset is given). Default: SOURCE_DATE_EPOCH if set, else now.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the backlog as JSON.")] = False,
    lang: LangOpt = None,
) -> None:
    """List the open messages per unit, oldest first, and the targets they have passed.

    Open: a message without a reply, or a complaint not closed. Waiting time counts office
    hours (the unit's office_hours, less public holidays and joint leave); the targets come
    from settings.response in the registry.

    Exit codes: 0 nothing overdue, 1 some message is overdue (for cron), 2 bad input.

    Example: smrt inbox --upt upp-likupang --as-of 2026-12-04T16:00
    """
    ws = workspace(ctx)
    registry = ws.registry()
    language = resolve_lang(registry, lang)
    known = [u.id for u in registry.upts]
    units = selected_units(unit, known) or known
    moment = parse_as_of(as_of, registry.settings.timezone) if as_of else _now()
    result = load_backlog(ws.store, registry, moment, language, units if unit else None)
    if as_json:
        print_json(backlog_json(result, moment))
    else:
        from ..files import write_stdout

        write_stdout(render_backlog(result, registry, moment, language))
    if any(u.overdue for u in result):
        raise typer.Exit(1)


def backlog_json(units: "list[UnitBacklog]", as_of: dt.datetime) -> dict[str, object]:
    return {
        "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "open": sum(len(u.messages) for u in units),
        "overdue": sum(u.overdue for u in units),
        "upts": [
            {
                "upt": u.unit_id,
                "name": u.name,
                "open": len(u.messages),
                "overdue": u.overdue,
                "messages": [
                    {
                        "received_at": m.row.received_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "platform": m.row.platform,
                        "kind": m.row.kind,
                        "replied": m.row.replied,
                        "topic": m.row.topic,
                        "lapor_id": m.row.lapor_id,
                        "escalated_to": m.row.escalated_to,
                        "waited_office_hours": round(m.waited.office_hours, 2),
                        "waited_hours": round(m.waited.calendar_hours, 2),
                        "passed": None
                        if m.deadline is None
                        else {
                            "target": m.stage,
                            "within": m.deadline.within,
                            "unit": m.deadline.unit,
                        },
                    }
                    for m in u.messages
                ],
            }
            for u in units
        ],
    }


def render_backlog(
    units: "list[UnitBacklog]", registry: "Registry", as_of: dt.datetime, lang: str
) -> str:
    """Plain text: a heading, then per unit its open messages oldest first."""
    zone = registry.settings.timezone
    local = as_of.astimezone(ZoneInfo(zone))
    when = f"{format_date(local.date(), lang)} {format_time(f'{local:%H:%M}', zone, lang)}"
    out = [t("response.inbox.title", lang, when=when), ""]
    if not units:
        return "\n".join([*out, t("response.inbox.none", lang)]) + "\n"
    words = _Words(lang)
    zones = {u.id: registry.unit_timezone(u) for u in registry.upts}
    for u in units:
        out.append(
            t(
                "response.inbox.unit",
                lang,
                name=u.name,
                id=u.unit_id,
                n=len(u.messages),
                overdue=u.overdue,
            )
        )
        out.extend(words.line(m, zones[u.unit_id]) for m in u.messages)
        out.append("")
    n = sum(len(u.messages) for u in units)
    overdue = sum(u.overdue for u in units)
    out.append(t("response.inbox.total", lang, overdue=overdue, n=n))
    return "\n".join(out) + "\n"


class _Words:
    """The texts of a backlog line, each worked out once: a national backlog has 70,000."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.state = {
            replied: t("response.inbox.unclosed" if replied else "response.inbox.unanswered", lang)
            for replied in (False, True)
        }
        self.waited = t("response.inbox.waited", lang, office="\0", calendar="\1")
        self._kinds: dict[str, str] = {}
        self._days: dict[tuple[dt.date, str], str] = {}
        self._passed: dict[int, str] = {}  # by id: pydantic models hash slowly
        self._zones: dict[str, ZoneInfo] = {}
        self._abbreviations: dict[str, str] = {}
        self._numbers: dict[float, str] = {}  # waited hours recur: spelled once each
        self.colon = "." if lang == "id" else ":"

    def _number(self, value: float, decimals: int) -> str:
        # one table for both precisions: a whole number is spelled alike in either ("5")
        key = round(value, decimals)
        known = self._numbers.get(key)
        if known is not None:
            return known
        text = self._numbers[key] = self._spell(key, decimals)
        return text

    def _spell(self, value: float, decimals: int) -> str:
        text = f"{value:,.{decimals}f}"
        if decimals and text.endswith(".0"):
            text = text[:-2]
        if self.lang == "id":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text

    def line(self, m: "OpenMessage", zone_name: str) -> str:
        zone = self._zones.get(zone_name)
        if zone is None:
            zone = self._zones[zone_name] = ZoneInfo(zone_name)
            self._abbreviations[zone_name] = zone_abbreviation(zone_name)
        got = m.row.received_at.astimezone(zone)
        day = self._days.get((got.date(), zone_name))
        if day is None:
            day = self._days[(got.date(), zone_name)] = format_date(got.date(), self.lang)
        # format_time's house style, inline: "09.00 WITA" ("09:00 WITA" in English)
        when = f"{got.hour:02d}{self.colon}{got.minute:02d} {self._abbreviations[zone_name]}"
        kind = self._kinds.get(m.row.kind)
        if kind is None:
            kind = self._kinds[m.row.kind] = t(f"response.kind.{m.row.kind}", self.lang)
        waited = self.waited.replace("\0", self._number(m.waited.office_hours, 1)).replace(
            "\1", self._number(m.waited.calendar_hours, 0)
        )
        text = (
            f"  {day} {when} — {platform_name(m.row.platform)}, {kind}"
            f"{_details(m, self.lang)}, {self.state[m.row.replied]}: {waited}"
        )
        if m.deadline is not None:
            passed = self._passed.get(id(m.deadline))
            if passed is None:
                passed = self._passed[id(m.deadline)] = deadline_text(
                    m.deadline.within, m.deadline.unit, self.lang
                )
            text += " — " + passed
        return text


def _details(m: "OpenMessage", lang: str) -> str:
    """', diteruskan ke LAPOR! (LPR-7731), topik: tiket' — what the log says of the case."""
    if not (m.row.escalated_to or m.row.lapor_id or m.row.topic):
        return ""
    out = ""
    if m.row.escalated_to:
        out += ", " + t("response.inbox.escalated", lang, to=m.row.escalated_to)
        if m.row.lapor_id:
            out += f" ({m.row.lapor_id})"
    elif m.row.lapor_id:
        out += f", LAPOR! ({m.row.lapor_id})"
    if m.row.topic:
        out += ", " + t("response.inbox.topic", lang, topic=m.row.topic)
    return out


def register(app: typer.Typer) -> None:
    app.command(short_help="The open messages per unit and the targets they passed.")(inbox)
