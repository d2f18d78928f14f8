"""Which export a file is, recognised by the few header columns that identify each format."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from . import canonical, meta, tiktok, x, youtube
from .readers import Columns, Reader

Kind = Literal["posts", "messages", "account_days", "hoaxes"]


@dataclass(frozen=True)
class FormatSpec:
    """One supported export: the columns that identify it and the reader that reads it."""

    name: str
    title: str
    kind: Kind
    signature: tuple[str, ...]  # required columns, any case; other columns may come and go
    reader: Reader
    needs_year: bool = False
    # Formats whose rows may name their own unit in a `upt` column.
    row_units: bool = False


# More specific signatures first: the Instagram and Facebook exports share "Post ID".
FORMATS: tuple[FormatSpec, ...] = (
    FormatSpec(
        "meta-facebook",
        "Meta Business Suite, Facebook posts",
        "posts",
        ("Post ID", "Page ID", "Publish time"),
        meta.read_facebook,
    ),
    FormatSpec(
        "meta-instagram",
        "Meta Business Suite, Instagram posts",
        "posts",
        ("Post ID", "Account ID", "Publish time"),
        meta.read_instagram,
    ),
    FormatSpec(
        "x-legacy",
        "X tweet activity (legacy)",
        "posts",
        ("Tweet id", "time"),
        x.read_legacy,
    ),
    FormatSpec(
        "x-legacy-daily",
        "X account activity by day (legacy)",
        "account_days",
        ("Date", "Tweets published"),
        x.read_daily,
    ),
    FormatSpec(
        "x-content",
        "X content export",
        "posts",
        ("Post id", "Date", "Post text"),
        x.read_content,
    ),
    FormatSpec(
        "youtube",
        "YouTube Studio Table data.csv",
        "posts",
        ("Content", "Video publish time"),
        youtube.read_table_data,
    ),
    FormatSpec(
        "tiktok-overview",
        "TikTok Overview.csv (needs --year)",
        "account_days",
        ("Date", "Video Views", "Profile Views"),
        tiktok.read_overview,
        needs_year=True,
    ),
    FormatSpec(
        "canonical",
        "smrt canonical posts CSV",
        "posts",
        ("platform", "post_id", "published_at"),
        canonical.read_posts,
        row_units=True,
    ),
    FormatSpec(
        "accounts",
        "smrt account days CSV (followers per day)",
        "account_days",
        ("platform", "day", "followers"),
        canonical.read_accounts,
        row_units=True,
    ),
    FormatSpec(
        "inbound",
        "smrt inbound messages CSV",
        "messages",
        ("received_at", "platform", "kind"),
        canonical.read_messages,
        row_units=True,
    ),
    FormatSpec(
        "hoax-register",
        "smrt hoax register CSV",
        "hoaxes",
        ("detected_at", "link"),
        canonical.read_hoaxes,
        row_units=True,
    ),
)
BY_NAME = {f.name: f for f in FORMATS}


def supported() -> str:
    return "; ".join(f"{f.name} ({f.title})" for f in FORMATS)


def detect(header: Sequence[str]) -> FormatSpec | None:
    cols = Columns(header)
    for spec in FORMATS:
        if cols.has(*spec.signature):
            return spec
    return None
