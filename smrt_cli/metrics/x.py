"""X (Twitter) exports: the legacy tweet-activity file and the current content export."""

from __future__ import annotations

from collections.abc import Iterator

from .readers import (
    Columns,
    ReadContext,
    Record,
    Row,
    cell,
    clean_text,
    count,
    expect_counts,
    local_time,
    noon,
    parse_day,
    permalink,
    post_id,
)
from .records import AccountDayRecord, PostRecord

LEGACY_TIME = ("%Y-%m-%d %H:%M %z", "%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M")


def read_legacy(ctx: ReadContext, cols: Columns, rows: Iterator[Row]) -> Iterator[Record]:
    unit = ctx.file_unit()
    zone = ctx.zone(unit)
    i_id = cols.find("Tweet id")
    i_link = cols.find("Tweet permalink")
    i_text = cols.find("Tweet text")
    i_time = cols.find("time")
    i_views = cols.find("impressions")
    i_shares = cols.find("retweets")
    i_replies = cols.find("replies")
    i_likes = cols.find("likes")
    i_clicks = cols.find("url clicks")
    i_follows = cols.find("follows")
    expect_counts(ctx, cols, i_views, i_shares, i_replies, i_likes, i_clicks, i_follows)
    for line, row in rows:
        yield PostRecord(
            upt=unit,
            platform="x",
            post_id=post_id(ctx, line, cols, row, i_id),
            published_at=local_time(ctx, line, "time", cell(row, i_time), LEGACY_TIME, zone),
            permalink=permalink(ctx, line, cols, row, i_link),
            text=clean_text(row[i_text] if i_text is not None and i_text < len(row) else ""),
            views=count(ctx, line, cols, row, i_views),
            reactions=count(ctx, line, cols, row, i_likes),
            comments=count(ctx, line, cols, row, i_replies),
            shares=count(ctx, line, cols, row, i_shares),
            clicks=count(ctx, line, cols, row, i_clicks),
            follows=count(ctx, line, cols, row, i_follows),
        )


def read_content(ctx: ReadContext, cols: Columns, rows: Iterator[Row]) -> Iterator[Record]:
    """The current export gives a day without a time: each post is placed at local noon."""
    unit = ctx.file_unit()
    zone = ctx.zone(unit)
    i_id = cols.find("Post id")
    i_date = cols.find("Date")
    i_text = cols.find("Post text")
    i_link = cols.find("Post Link")
    i_views = cols.find("Impressions")
    i_likes = cols.find("Likes")
    i_saves = cols.find("Bookmarks")
    i_shares = cols.find("Shares")
    i_reposts = cols.find("Reposts")
    i_replies = cols.find("Replies")
    i_clicks = cols.find("URL Clicks")
    i_follows = cols.find("New follows")
    counts = (i_views, i_likes, i_saves, i_shares, i_reposts, i_replies, i_clicks, i_follows)
    expect_counts(ctx, cols, *counts)
    date_name = cols.names[i_date] if i_date is not None else "Date"
    for line, row in rows:
        day = parse_day(ctx, line, date_name, cell(row, i_date), None)
        reposts = count(ctx, line, cols, row, i_reposts)
        shares = count(ctx, line, cols, row, i_shares)
        # Reposts and shares (sent or copied links) both carry the post further.
        spread = None if reposts is None and shares is None else (reposts or 0) + (shares or 0)
        yield PostRecord(
            upt=unit,
            platform="x",
            post_id=post_id(ctx, line, cols, row, i_id),
            published_at=noon(day, zone),
            permalink=permalink(ctx, line, cols, row, i_link),
            text=clean_text(row[i_text] if i_text is not None and i_text < len(row) else ""),
            views=count(ctx, line, cols, row, i_views),
            reactions=count(ctx, line, cols, row, i_likes),
            comments=count(ctx, line, cols, row, i_replies),
            shares=spread,
            saves=count(ctx, line, cols, row, i_saves),
            clicks=count(ctx, line, cols, row, i_clicks),
            follows=count(ctx, line, cols, row, i_follows),
        )


def read_daily(ctx: ReadContext, cols: Columns, rows: Iterator[Row]) -> Iterator[Record]:
    """The legacy account sheet (daily_tweet_activity_metrics_...): one row per day.

    Its "follows" are the account's new followers of the day: follower growth from the
    account, not the per-post floor.
    """
    unit = ctx.file_unit()
    i_date = cols.find("Date")
    i_views = cols.find("impressions")
    i_likes = cols.find("likes")
    i_replies = cols.find("replies")
    i_shares = cols.find("retweets")
    i_profile = cols.find("user profile clicks")
    i_follows = cols.find("follows")
    expect_counts(ctx, cols, i_follows, i_views, i_profile, i_likes, i_replies, i_shares)
    date_name = cols.names[i_date] if i_date is not None else "Date"
    for line, row in rows:
        # "2021-11-01" or "2021-11-01 00:00 +0000": the day is the first ten characters
        day = parse_day(ctx, line, date_name, cell(row, i_date)[:10], None, example="2021-11-01")
        yield AccountDayRecord(
            upt=unit,
            platform="x",
            day=day,
            new_followers=count(ctx, line, cols, row, i_follows),
            views=count(ctx, line, cols, row, i_views),
            profile_views=count(ctx, line, cols, row, i_profile),
            likes=count(ctx, line, cols, row, i_likes),
            comments=count(ctx, line, cols, row, i_replies),
            shares=count(ctx, line, cols, row, i_shares),
        )
