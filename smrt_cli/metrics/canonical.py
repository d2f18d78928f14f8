"""The formats smrt defines itself: canonical posts, inbound messages, account days, hoaxes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from ..errors import msg
from ..models import FORMATS, PLATFORMS
from .readers import (
    Columns,
    ReadContext,
    Record,
    Row,
    cell,
    clean_text,
    count,
    expect_counts,
    iso_time,
    parse_day,
    permalink,
    post_id,
)
from .records import MESSAGE_KINDS, AccountDayRecord, HoaxRecord, MessageRecord, PostRecord

# The first columns are fixed by the issue; `smrt metrics template` prints them.
CANONICAL_COLUMNS = (
    "upt",
    "platform",
    "post_id",
    "published_at",
    "format",
    "permalink",
    "text",
    "views",
    "reach",
    "likes",
    "comments",
    "shares",
    "saves",
    "clicks",
)
INBOUND_COLUMNS = ("upt", "received_at", "first_reply_at", "platform", "kind", "resolved")
PLATFORM_SET = frozenset(PLATFORMS)
FORMAT_SET = frozenset(FORMATS)
_TRUE = frozenset({"true", "yes", "1", "y", "ya"})
_FALSE = frozenset({"false", "no", "0", "n", "tidak", ""})


def _platform(ctx: ReadContext, line: int, value: str) -> str:
    platform = value.strip().lower()
    if platform not in PLATFORMS:
        raise ctx.fail(
            line,
            msg("message.csv.not_platform", value=value, choices=", ".join(PLATFORMS)),
        )
    return platform


# The posts CSV's fields in the store's order, each with the header names that may hold it.
POST_FIELDS: tuple[tuple[str, ...], ...] = (
    ("upt",),
    ("platform",),
    ("post_id",),
    ("published_at",),
    ("format",),
    ("permalink",),
    ("text",),
    ("views", "impressions"),
    ("reach",),
    ("likes", "reactions"),
    ("comments",),
    ("shares",),
    ("saves",),
    ("clicks",),
    ("follows",),  # optional, after the fixed columns: new followers the post brought
)


def post_positions(cols: Columns) -> list[int | None]:
    """Where each of POST_FIELDS sits in the file's rows (None: the file lacks it)."""
    return [cols.find(*names) for names in POST_FIELDS]


def read_posts(ctx: ReadContext, cols: Columns, rows: Iterator[Row]) -> Iterator[Record]:
    (
        i_unit,
        i_platform,
        i_id,
        i_time,
        i_format,
        i_link,
        i_text,
        i_views,
        i_reach,
        i_likes,
        i_comments,
        i_shares,
        i_saves,
        i_clicks,
        i_follows,
    ) = positions = post_positions(cols)
    expect_counts(ctx, cols, *positions[7:])  # once a file: the fast path calls this per row
    if i_unit is None:
        ctx.file_unit()  # a file without the upt column needs --upt: say so before any row
    zones = ctx.zones
    for line, row in rows:
        # The national-scale path: plain lookups first, the careful helpers only when needed.
        width = len(row)
        unit = row[i_unit].strip() if i_unit is not None and i_unit < width else ""
        if unit not in zones:
            unit = ctx.unit(line, unit)
        platform = cell(row, i_platform)
        if platform not in PLATFORM_SET:
            platform = _platform(ctx, line, platform)
        fmt = cell(row, i_format) or None
        if fmt is not None and fmt not in FORMAT_SET:
            fmt = fmt.lower()
            if fmt not in FORMAT_SET:
                raise ctx.fail(
                    line,
                    msg("message.csv.not_format", value=fmt, choices=", ".join(FORMATS)),
                )
        yield PostRecord(
            unit,
            platform,
            post_id(ctx, line, cols, row, i_id),
            iso_time(ctx, line, "published_at", cell(row, i_time), zones[unit]),
            fmt,
            permalink(ctx, line, cols, row, i_link),
            clean_text(row[i_text]) if i_text is not None and i_text < width else "",
            count(ctx, line, cols, row, i_views),
            count(ctx, line, cols, row, i_reach),
            count(ctx, line, cols, row, i_likes),
            count(ctx, line, cols, row, i_comments),
            count(ctx, line, cols, row, i_shares),
            count(ctx, line, cols, row, i_saves),
            count(ctx, line, cols, row, i_clicks),
            count(ctx, line, cols, row, i_follows),
        )


def read_messages(ctx: ReadContext, cols: Columns, rows: Iterator[Row]) -> Iterator[Record]:
    i_unit = cols.find("upt")
    i_received = cols.find("received_at")
    i_reply = cols.find("first_reply_at")
    i_platform = cols.find("platform")
    i_kind = cols.find("kind")
    i_resolved = cols.find("resolved")
    i_id = cols.find("message_id")
    i_text = cols.find("text")
    i_resolved_at = cols.find("resolved_at")
    i_escalated = cols.find("escalated_to")
    i_lapor = cols.find("lapor_id")
    i_topic = cols.find("topic")
    if i_unit is None:
        ctx.file_unit()
    for line, row in rows:
        unit = ctx.unit(line, cell(row, i_unit))
        zone = ctx.zone(unit)
        received = iso_time(ctx, line, "received_at", cell(row, i_received), zone)
        reply_text = cell(row, i_reply)
        reply = iso_time(ctx, line, "first_reply_at", reply_text, zone) if reply_text else None
        if reply is not None and reply < received:
            raise ctx.fail(
                line,
                msg("message.csv.before.first_reply_at", column="first_reply_at", raw=reply_text),
            )
        kind = cell(row, i_kind).lower()
        if kind not in MESSAGE_KINDS:
            raise ctx.fail(
                line,
                msg("message.csv.not_kind", value=kind, choices=", ".join(MESSAGE_KINDS)),
            )
        resolved_text = cell(row, i_resolved).lower()
        if resolved_text not in _TRUE and resolved_text not in _FALSE:
            raise ctx.fail(line, msg("message.csv.not_bool", column="resolved", raw=resolved_text))
        resolved_at = _later(ctx, line, row, i_resolved_at, "resolved_at", received, zone)
        yield MessageRecord(
            upt=unit,
            platform=_platform(ctx, line, cell(row, i_platform)),
            received_at=received,
            first_reply_at=reply,
            kind=kind,
            # a closing time says the case is closed, whatever the resolved cell says
            resolved=resolved_text in _TRUE or resolved_at is not None,
            message_id=cell(row, i_id) or None,
            text=clean_text(row[i_text]) if i_text is not None and i_text < len(row) else "",
            resolved_at=resolved_at,
            escalated_to=cell(row, i_escalated) or None,
            lapor_id=cell(row, i_lapor) or None,
            topic=_topic(cell(row, i_topic)),
        )


def _topic(value: str) -> str | None:
    """Topics match without regard to case or spacing: 'Tiket  Gratis' is 'tiket gratis'."""
    return " ".join(value.lower().split()) or None


def _later(
    ctx: ReadContext,
    line: int,
    row: list[str],
    i: int | None,
    name: str,
    start: dt.datetime,
    zone: ZoneInfo,
) -> dt.datetime | None:
    """An optional time column that cannot come before `start`."""
    text = cell(row, i)
    if not text:
        return None
    moment = iso_time(ctx, line, name, text, zone)
    if moment < start:
        raise ctx.fail(line, msg(f"message.csv.before.{name}", column=name, raw=text))
    return moment


HOAX_COLUMNS = ("detected_at", "link", "topic", "clarified_at", "clarification_url", "upt")


def read_hoaxes(ctx: ReadContext, cols: Columns, rows: Iterator[Row]) -> Iterator[Record]:
    i_unit = cols.find("upt")
    i_detected = cols.find("detected_at")
    i_link = cols.find("link")
    i_topic = cols.find("topic")
    i_clarified = cols.find("clarified_at")
    i_url = cols.find("clarification_url")
    if i_unit is None:
        ctx.file_unit()
    for line, row in rows:
        unit = ctx.unit(line, cell(row, i_unit))
        zone = ctx.zone(unit)
        detected = iso_time(ctx, line, "detected_at", cell(row, i_detected), zone)
        # addresses are shown in the scorecard: a line break in one is refused, as for posts
        link = permalink(ctx, line, cols, row, i_link)
        if not link:
            raise ctx.fail(line, msg("message.csv.no_link"))
        yield HoaxRecord(
            upt=unit,
            link=link,
            detected_at=detected,
            topic=_topic(cell(row, i_topic)),
            clarified_at=_later(ctx, line, row, i_clarified, "clarified_at", detected, zone),
            clarification_url=permalink(ctx, line, cols, row, i_url),
        )


ACCOUNT_COLUMNS = ("upt", "platform", "day", "followers", "new_followers")


def read_accounts(ctx: ReadContext, cols: Columns, rows: Iterator[Row]) -> Iterator[Record]:
    """smrt's account days CSV: followers per day from any export that has them.

    For Meta Business Suite's page insights, say, copy its date and followers columns.
    """
    i_unit = cols.find("upt")
    i_platform = cols.find("platform")
    i_day = cols.find("day", "date")
    i_followers = cols.find("followers")
    i_new = cols.find("new_followers", "new followers")
    expect_counts(ctx, cols, i_followers, i_new)
    if i_unit is None:
        ctx.file_unit()
    for line, row in rows:
        unit = ctx.unit(line, cell(row, i_unit))
        yield AccountDayRecord(
            upt=unit,
            platform=_platform(ctx, line, cell(row, i_platform)),
            day=parse_day(ctx, line, "day", cell(row, i_day), None, example="2026-11-30"),
            followers=count(ctx, line, cols, row, i_followers),
            new_followers=count(ctx, line, cols, row, i_new),
        )
