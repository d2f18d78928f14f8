"""Records to store rows, the careful path's conversion, and rows into chunks for the store."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator, Mapping
from itertools import islice
from zoneinfo import ZoneInfo

from . import store
from .detect import FormatSpec
from .matching import Matcher
from .readers import MANGLED_ID, Record
from .records import AccountDayRecord, HoaxRecord, MessageRecord, PostRecord

CHUNK = 2500  # rows handed to the store at a time (and per message from the worker)


def batched(rows: Iterator[tuple[object, ...]]) -> Iterator[list[tuple[object, ...]]]:
    """The rows in lists of CHUNK, so memory stays flat however long the file."""
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


def convert(
    spec: FormatSpec, records: Iterator[Record], zones: Mapping[str, ZoneInfo], matcher: Matcher
) -> tuple[str, Iterator[tuple[object, ...]]]:
    """The store table of `spec`'s records and their rows in its UPSERT_COLUMNS order."""
    if spec.kind == "posts":
        return "post", _post_rows(records, zones, matcher)
    if spec.kind == "messages":
        return "message", _message_rows(records, zones)
    if spec.kind == "hoaxes":
        return "hoax", _hoax_rows(records, zones)
    return "account_day", _day_rows(records)


def _post_rows(
    records: Iterator[Record], zones: Mapping[str, ZoneInfo], matcher: Matcher
) -> Iterator[tuple[object, ...]]:
    for r in records:
        assert isinstance(r, PostRecord)
        yield post_row(r, zones, matcher)


def post_row(r: PostRecord, zones: Mapping[str, ZoneInfo], matcher: Matcher) -> tuple[object, ...]:
    """One post as a store row, its idea and pillar matched on its text."""
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


def message_key(received: str, kind: str, text: str, occurrence: int) -> str:
    """A message without an id of its own: its content and its occurrence among identical rows.

    Two questions in the same minute stay two (#1, #2), and a re-import of the same file, or
    a later log that fills in their replies, finds each again. The reply and the resolution
    are not part of it: they change as the unit works on the message.
    """
    digest = hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:12] if text else ""
    return f"{received}|{kind}|{digest}#{occurrence}"


def _message_rows(
    records: Iterator[Record], zones: Mapping[str, ZoneInfo]
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
    records: Iterator[Record], zones: Mapping[str, ZoneInfo]
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
