"""YouTube Studio's `Table data.csv`: one row per video after a `Total` row."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import msg
from .readers import (
    Columns,
    ReadContext,
    Record,
    Row,
    cell,
    clean_text,
    count,
    expect_counts,
    noon,
    parse_day,
    post_id,
)
from .records import PostRecord


def read_table_data(ctx: ReadContext, cols: Columns, rows: Iterator[Row]) -> Iterator[Record]:
    """Studio gives the publish day only: videos are placed at local noon of that day.

    A video without a publish time cannot be placed in any period; it is skipped and counted.
    """
    unit = ctx.file_unit()
    zone = ctx.zone(unit)
    i_id = cols.find("Content")
    i_title = cols.find("Video title")
    i_time = cols.find("Video publish time")
    i_views = cols.find("Views")
    i_likes = cols.find("Likes")
    i_comments = cols.find("Comments added", "Comments")
    i_shares = cols.find("Shares")
    expect_counts(ctx, cols, i_views, i_likes, i_comments, i_shares)
    time_name = cols.names[i_time] if i_time is not None else "Video publish time"
    skipped_lines: list[int] = []
    for line, row in rows:
        if cell(row, i_id).lower() == "total":
            continue
        video = post_id(ctx, line, cols, row, i_id)  # an empty id is refused, as everywhere
        published = cell(row, i_time)
        if not published:
            skipped_lines.append(line)
            continue
        day = parse_day(ctx, line, time_name, published, None)
        yield PostRecord(
            upt=unit,
            platform="youtube",
            post_id=video,
            published_at=noon(day, zone),
            format="video",
            permalink=f"https://www.youtube.com/watch?v={video}" if video else None,
            text=clean_text(row[i_title] if i_title is not None and i_title < len(row) else ""),
            views=count(ctx, line, cols, row, i_views),
            reactions=count(ctx, line, cols, row, i_likes),
            comments=count(ctx, line, cols, row, i_comments),
            shares=count(ctx, line, cols, row, i_shares),
        )
    if skipped_lines:
        ctx.skipped += len(skipped_lines)
        shown = ", ".join(str(n) for n in skipped_lines[:5])
        more = " …" if len(skipped_lines) > 5 else ""
        ctx.warnings.append(
            msg(
                "message.import.no_publish_time",
                file=ctx.file,
                n=len(skipped_lines),
                lines=shown + more,
            )
        )
