"""Meta Business Suite post exports: Facebook and Instagram, as the Suite writes them."""

from __future__ import annotations

from collections.abc import Iterator

from .readers import (
    Columns,
    ReadContext,
    Record,
    Row,
    clean_text,
    count,
    expect_counts,
    local_time,
    permalink,
    post_id,
)
from .records import PostRecord

# "Publish time" is MM/DD/YYYY HH:MM in the account's local time; some files add seconds.
PUBLISH_FORMATS = (
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %I:%M %p",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
)

FACEBOOK_TYPES = {
    "photo": "photo",
    "photos": "photo",
    "album": "carousel",
    "carousel": "carousel",
    "video": "video",
    "videos": "video",
    "reel": "reel",
    "reels": "reel",
    "live": "live",
    "live video": "live",
    "text": "text",
    "status": "text",
    "story": "story",
    "stories": "story",
}
INSTAGRAM_TYPES = {
    "ig image": "photo",
    "ig carousel": "carousel",
    "ig reel": "reel",
    "ig story": "story",
    "ig video": "video",
    "ig live": "live",
}


def read_facebook(ctx: ReadContext, cols: Columns, rows: Iterator[Row]) -> Iterator[Record]:
    return _read(ctx, cols, rows, "facebook", FACEBOOK_TYPES)


def read_instagram(ctx: ReadContext, cols: Columns, rows: Iterator[Row]) -> Iterator[Record]:
    return _read(ctx, cols, rows, "instagram", INSTAGRAM_TYPES)


def _read(
    ctx: ReadContext, cols: Columns, rows: Iterator[Row], platform: str, types: dict[str, str]
) -> Iterator[Record]:
    unit = ctx.file_unit()
    zone = ctx.zone(unit)
    i_id = cols.find("Post ID")
    i_time = cols.find("Publish time")
    i_link = cols.find("Permalink")
    i_type = cols.find("Post type")
    i_desc = cols.find("Description")
    i_title = cols.find("Title")
    # Newer files say Views where older ones said Impressions.
    i_views = cols.find("Views", "Impressions")
    i_reach = cols.find("Reach")
    i_react = cols.find("Reactions", "Likes")
    i_comments = cols.find("Comments")
    i_shares = cols.find("Shares")
    i_saves = cols.find("Saves")
    i_clicks = cols.find("Total clicks", "Link clicks")
    i_follows = cols.find("Follows")
    expect_counts(
        ctx, cols, i_views, i_reach, i_react, i_comments, i_shares, i_saves, i_clicks, i_follows
    )
    time_name = cols.names[i_time] if i_time is not None else "Publish time"
    for line, row in rows:
        text = (row[i_desc] if i_desc is not None and i_desc < len(row) else "") or (
            row[i_title] if i_title is not None and i_title < len(row) else ""
        )
        kind = row[i_type].strip().lower() if i_type is not None and i_type < len(row) else ""
        yield PostRecord(
            upt=unit,
            platform=platform,
            post_id=post_id(ctx, line, cols, row, i_id),
            published_at=local_time(
                ctx,
                line,
                time_name,
                row[i_time] if i_time is not None and i_time < len(row) else "",
                PUBLISH_FORMATS,
                zone,
            ),
            format=types.get(kind),
            permalink=permalink(ctx, line, cols, row, i_link),
            text=clean_text(text),
            views=count(ctx, line, cols, row, i_views),
            reach=count(ctx, line, cols, row, i_reach),
            reactions=count(ctx, line, cols, row, i_react),
            comments=count(ctx, line, cols, row, i_comments),
            shares=count(ctx, line, cols, row, i_shares),
            saves=count(ctx, line, cols, row, i_saves),
            clicks=count(ctx, line, cols, row, i_clicks),
            follows=count(ctx, line, cols, row, i_follows),
        )
