"""What measurement hands the evaluation: measured values and their evidence, below both."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .models import Registry


@lru_cache(maxsize=8192)
def half_up(value: float, decimals: int = 1) -> float:
    """The one rounding rule: half up on the decimal digits people read (46.15 -> 46.2).

    Scores are computed from the values as shown, so a shown value always explains its score.
    """
    from decimal import ROUND_HALF_UP, Decimal

    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP))


def _h(value: float | None) -> float | None:
    return None if value is None else half_up(value)


class Result(BaseModel):
    # evaluation.json is read back into these models (the report, the next period's change
    # column): fields a newer smrt adds are ignored. Fields the report does not need have
    # defaults, so a trimmed or hand-written evaluation.json still reads; evaluate() sets all.
    model_config = ConfigDict(frozen=True, extra="ignore")


class Metrics(Result):
    """Measured values of one unit in one period; None means it could not be measured."""

    posts: int | None = None
    posts_by_platform: dict[str, int] | None = None
    posting_target_share: float | None = None
    interactions: int | None = None
    reach: int | None = None
    engagement_rate_by_reach: float | None = None
    engagement_rate_by_impressions: float | None = None
    follower_growth: float | None = None
    median_first_reply_hours: float | None = None  # calendar hours
    median_first_reply_office_hours: float | None = None  # the office's open hours only
    replied_within_24h_share: float | None = None
    # answered within settings.response.answered_within (one working day by default)
    replied_within_target_share: float | None = None
    hoax_reports_handled: int | None = None
    counter_hoax_posts: int | None = None
    # from the hoax register: hours from detection (or the first report of the topic) to the
    # clarification, and the share clarified within the hoax_report follow-up target
    median_hoax_clarification_hours: float | None = None
    hoax_clarified_within_target_share: float | None = None
    format_variety: float | None = None
    public_service_share: float | None = None
    plan_adherence: float | None = None

    def value(self, name: str) -> float | None:
        got = getattr(self, name, None)
        return None if got is None or isinstance(got, dict) else float(got)

    def rounded(self) -> Metrics:
        fields: dict[str, Any] = {}
        for name, value in self.model_dump().items():
            fields[name] = _h(value) if isinstance(value, float) else value
        return Metrics(**fields)


class PostEvidence(Result):
    """One post cited as evidence: where it is and what it earned."""

    platform: str = ""
    post_id: str = ""
    date: str = ""  # local day, ISO
    permalink: str | None = None
    text: str = ""
    format: str | None = None
    interactions: int | None = 0  # None: the export reports no likes, comments or shares
    reach: int | None = None
    engagement_rate_by_reach: float | None = None


class AssessorNote(Result):
    criterion: str
    score: float
    evidence: str
    assessor: str


class ResponseTime(Result):
    """Reply times of one platform or one kind of message."""

    by: str  # "platform" or "kind"
    key: str
    messages: int = 0
    replied: int = 0
    median_hours: float | None = None
    median_office_hours: float | None = None
    within_target_share: float | None = None  # answered within settings' answered_within
    resolved: int = 0  # with a resolved_at time
    median_resolution_hours: float | None = None
    median_resolution_office_hours: float | None = None


class Evidence(Result):
    """The counts and posts a unit's scores rest on."""

    has_post_data: bool = False
    has_message_data: bool = False
    posts_with_reach: int = 0
    posts_with_views: int = 0
    posts_with_interactions: int = 0
    classified_posts: int = 0
    messages: int = 0
    replied_messages: int = 0
    hoax_reports: int = 0
    # reply times per platform and per kind of message, in calendar and office hours
    response_times: list[ResponseTime] = Field(default_factory=list)
    hoaxes: int = 0  # in the hoax register, detected in the period
    hoaxes_clarified: int = 0
    hoax_reports_linked: int = 0  # hoax_report messages sharing a register entry's topic
    planned_slots: int = 0
    matched_slots: int = 0
    # platforms the unit has an account on but no export covering the period
    missing_exports: list[str] = Field(default_factory=list)
    # platforms some import of the unit covers, in any period
    exported_platforms: list[str] = Field(default_factory=list)
    # the days of the period the unit's post exports cover, per platform, and its message log
    covered: dict[str, list[tuple[dt.date, dt.date]]] = Field(default_factory=dict)
    covered_inbound: list[tuple[dt.date, dt.date]] = Field(default_factory=list)
    # share of the weekly posting target whose platforms have coverage (None: no target)
    target_data_share: float | None = None
    # where the follower growth comes from: "followers", "new_followers" or
    # "post_follows_floor" (the follows posts brought: a floor)
    follower_growth_basis: str | None = None
    best_posts: list[PostEvidence] = Field(default_factory=list)
    weakest_posts: list[PostEvidence] = Field(default_factory=list)
    notes: list[AssessorNote] = Field(default_factory=list)


class UnitMeasure(Result):
    """What measurement hands the scorer for one unit: the values and their evidence."""

    metrics: Metrics = Field(default_factory=Metrics)
    evidence: Evidence = Field(default_factory=Evidence)


def counter_hoax_pillars(registry: Registry) -> set[str]:
    """Pillars that are counter-hoax work: by rule, those whose id contains 'hoaks' or 'hoax'."""
    return {p.id for p in registry.pillars if "hoaks" in p.id or "hoax" in p.id}
