"""Plain records of what the platforms measured, shared by the importers and the evaluation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MESSAGE_KINDS = ("question", "complaint", "hoax_report", "other")


@dataclass(frozen=True, slots=True)
class PostRecord:
    """One published post and the counts its platform reported (None: not reported)."""

    upt: str
    platform: str
    post_id: str
    published_at: dt.datetime  # time-zone aware, UTC
    format: str | None = None
    permalink: str | None = None
    text: str = ""
    views: int | None = None  # views or impressions
    reach: int | None = None
    reactions: int | None = None  # reactions or likes
    comments: int | None = None  # comments or replies
    shares: int | None = None  # shares, retweets or reposts
    saves: int | None = None  # saves or bookmarks
    clicks: int | None = None
    follows: int | None = None  # accounts that followed from this post
    idea_id: str | None = None
    pillar: str | None = None

    @property
    def interactions(self) -> int:
        """Reactions + comments + shares + saves; clicks are not interactions."""
        return sum(v or 0 for v in (self.reactions, self.comments, self.shares, self.saves))


@dataclass(frozen=True, slots=True)
class MessageRecord:
    """A public message to a unit and when (if ever) the unit first replied."""

    upt: str
    platform: str
    received_at: dt.datetime  # aware, UTC
    first_reply_at: dt.datetime | None
    kind: str  # one of MESSAGE_KINDS
    resolved: bool
    message_id: str | None = None  # the inbox's own id, when the log carries one
    text: str = ""  # what the message said, when the log carries it: part of its identity
    resolved_at: dt.datetime | None = None  # aware, UTC: when the case was closed
    escalated_to: str | None = None  # e.g. "LAPOR!" or another office
    lapor_id: str | None = None  # the SP4N-LAPOR! tracking number
    topic: str | None = None  # links hoax reports to the hoax register


@dataclass(frozen=True, slots=True)
class HoaxRecord:
    """A hoax the unit found and when (if yet) it published the clarification."""

    upt: str
    link: str
    detected_at: dt.datetime  # aware, UTC
    topic: str | None = None
    clarified_at: dt.datetime | None = None
    clarification_url: str | None = None


@dataclass(frozen=True, slots=True)
class AccountDayRecord:
    """Account-level statistics of one local day (TikTok overview and the like)."""

    upt: str
    platform: str
    day: dt.date
    followers: int | None = None
    new_followers: int | None = None
    views: int | None = None
    profile_views: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
