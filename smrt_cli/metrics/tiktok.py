"""TikTok's account `Overview.csv`: daily account figures whose dates carry no year."""

from __future__ import annotations

from collections.abc import Iterator

from .readers import Columns, ReadContext, Record, Row, cell, count, expect_counts, parse_day
from .records import AccountDayRecord


def read_overview(ctx: ReadContext, cols: Columns, rows: Iterator[Row]) -> Iterator[Record]:
    """--year is the year of the first row; a step from December back to January adds one."""
    unit = ctx.file_unit()
    i_date = cols.find("Date")
    i_views = cols.find("Video Views")
    i_profile = cols.find("Profile Views")
    i_likes = cols.find("Likes")
    i_comments = cols.find("Comments")
    i_shares = cols.find("Shares")
    i_followers = cols.find("Followers", "Total followers")
    i_new = cols.find("New followers", "Net followers")
    counts = (i_views, i_profile, i_likes, i_comments, i_shares, i_followers, i_new)
    expect_counts(ctx, cols, *counts)
    date_name = cols.names[i_date] if i_date is not None else "Date"
    year = ctx.year
    previous_month = 0
    for line, row in rows:
        day = parse_day(ctx, line, date_name, cell(row, i_date), year, example="April 12")
        if year is not None and day.month < previous_month - 6:
            year += 1
            day = day.replace(year=year)
        previous_month = day.month
        yield AccountDayRecord(
            upt=unit,
            platform="tiktok",
            day=day,
            followers=count(ctx, line, cols, row, i_followers),
            new_followers=count(ctx, line, cols, row, i_new),
            views=count(ctx, line, cols, row, i_views),
            profile_views=count(ctx, line, cols, row, i_profile),
            likes=count(ctx, line, cols, row, i_likes),
            comments=count(ctx, line, cols, row, i_comments),
            shares=count(ctx, line, cols, row, i_shares),
        )
