"""What every job shares: the one place SOURCE_DATE_EPOCH, and so a document's date, is read."""

from __future__ import annotations

import datetime as dt
import os

from ..errors import UserError, msg


def source_date() -> dt.datetime | None:
    """SOURCE_DATE_EPOCH as an aware UTC time, when set (reproducible builds convention)."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None or raw == "":
        return None
    try:
        return dt.datetime.fromtimestamp(int(raw), tz=dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise UserError(msg("message.export.epoch", raw=repr(raw))) from None


def issue_date(stamp: dt.datetime | None) -> dt.date:
    """The day a document is made: SOURCE_DATE_EPOCH's when set, else today.

    Read here, at the command's edge, and passed in: the report itself never looks at a clock.
    """
    return stamp.date() if stamp is not None else dt.date.today()


def week_label(text: str) -> str:
    """The ISO week a --week names ("next" is the one place the clock is read: a default)."""
    from ..calendar import parse_week

    return parse_week(text, dt.date.today()).label
