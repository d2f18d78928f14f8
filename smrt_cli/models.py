"""Pydantic models of the registry: the single YAML file a coordinator edits."""

# No `from __future__ import annotations` here: pydantic would evaluate each field's
# annotation from its text when the class is made, 3 ms of every command's start-up (issue 19).
# A method naming a class defined later quotes it.

import datetime as dt
import functools
import re
import zoneinfo
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)

from .errors import Message, TextError, msg

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")

Platform = Literal["facebook", "instagram", "x", "youtube", "tiktok"]
PLATFORMS: tuple[Platform, ...] = ("facebook", "instagram", "x", "youtube", "tiktok")
# Formats that count towards format variety, as the evaluation issue defines it: video, reel
# and carousel posts. The planner spends spare hours on the same ones.
RICH_FORMATS = frozenset({"video", "reel", "carousel"})

# Formats a unit can publish; video-like ones count towards format variety.
Format = Literal["photo", "carousel", "reel", "video", "story", "text", "infographic", "live"]
FORMATS: tuple[Format, ...] = (
    "photo",
    "carousel",
    "reel",
    "video",
    "story",
    "text",
    "infographic",
    "live",
)

# Hubla's kinds of technical unit (UPT). ksu: Kantor Syahbandar Utama; op: Otoritas Pelabuhan;
# ksop: Kantor Kesyahbandaran dan Otoritas Pelabuhan; upp: Unit Penyelenggara Pelabuhan;
# disnav: Distrik Navigasi; plp: Pangkalan Penjagaan Laut dan Pantai.
UnitType = Literal["ksu", "op", "ksop", "upp", "disnav", "plp", "other"]

# Measured values the evaluation can score; "manual" criteria come from assessors.
MetricName = Literal[
    "posts",
    "posting_target_share",
    "interactions",
    "reach",
    "engagement_rate_by_reach",
    "engagement_rate_by_impressions",
    "follower_growth",
    "median_first_reply_hours",
    "median_first_reply_office_hours",
    "replied_within_24h_share",
    "replied_within_target_share",
    "hoax_reports_handled",
    "counter_hoax_posts",
    "hoax_clarified_within_target_share",
    "median_hoax_clarification_hours",
    "format_variety",
    "public_service_share",
    "plan_adherence",
]
METRIC_NAMES: tuple[str, ...] = MetricName.__args__  # type: ignore[attr-defined]

Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_NAMES: tuple[str, ...] = Weekday.__args__  # type: ignore[attr-defined]
MessageKind = Literal["question", "complaint", "hoax_report", "other"]
TimeUnit = Literal["office_hours", "working_days", "hours", "days"]

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# Checked only when a registry is validated, not when a cached one is rebuilt: compiled (by
# re, once) when first used rather than on every run.
HHMM_RE = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
MMDD_RE = r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"

# Limits that keep every file name, table cell and calendar line an id or a text ends up in
# workable (a unit id names a file: 300 characters is past what file systems take). The
# README's registry section lists them.
MAX_ID = 64
# A national registry (1,000 units × 1,000 ideas) is about 1 MB: ten times that is not one.
MAX_BYTES = 10_000_000
MAX_NAME = 200  # names, titles, roles, organisation, region; handles, cities, hashtags
MAX_TEXT = 2000  # briefs, descriptions, checklist items
# Thresholds and scales are bounded so arithmetic on them stays finite: a trillion is far above
# any reach or follower count, and the difference of two such numbers is still a number.
MAX_MAGNITUDE = 1e12


def _check_slug(value: str) -> str:
    if not SLUG_RE.match(value):
        raise TextError("message.value.bad_id", value=repr(value))
    if len(value) > MAX_ID:
        raise TextError("message.value.long_id", n=len(value), most=MAX_ID)
    return value


def _check_hhmm(value: str) -> str:
    if not re.match(HHMM_RE, value):
        raise TextError("message.value.not_time", value=repr(value))
    return value


def _check_mmdd(value: str) -> str:
    if not re.match(MMDD_RE, value):
        raise TextError("message.value.not_month_day", value=repr(value))
    month, day = int(value[:2]), int(value[3:])
    try:
        dt.date(2024, month, day)  # a leap year: 02-29 happens, 02-30 and 04-31 never do
    except ValueError:
        raise TextError("message.value.never", value=repr(value), month=month, day=day) from None
    return value


@functools.cache
def known_timezone(name: str) -> bool:
    """True for an IANA zone name such as 'Asia/Makassar'.

    zoneinfo reads the name as a path under tzdata: 'Asia' is a folder there (IsADirectoryError)
    and a 300-character name is too long for a file (OSError); neither is a zone.
    """
    if not name or len(name) > MAX_ID:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


# Zero-width characters str.strip() keeps: a role of only these shows as nothing at all.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def blank(value: str) -> bool:
    """Nothing to see: empty, spaces (any kind), or zero-width characters alone."""
    return not value.strip().strip(_INVISIBLE).strip()


def _check_word(value: str) -> str:
    if blank(value):
        raise TextError("message.value.blank")
    if len(value) > MAX_NAME:
        raise TextError("message.value.long", n=len(value), most=MAX_NAME)
    return value


Slug = Annotated[str, AfterValidator(_check_slug)]
# Short text that must say something: a handle, a city, a hashtag, a keyword.
Word = Annotated[str, AfterValidator(_check_word)]
# A float bounded to ±MAX_MAGNITUDE (every float of the registry is finite: see Strict).
Bounded = Annotated[float, Field(strict=True, ge=-MAX_MAGNITUDE, le=MAX_MAGNITUDE)]
HHMM = Annotated[str, AfterValidator(_check_hhmm)]
MMDD = Annotated[str, AfterValidator(_check_mmdd)]


def _text_checker(limit: int) -> Callable[[Any], str | dict[str, str]]:
    def check(value: Any) -> str | dict[str, str]:
        if isinstance(value, str):
            return _one_text(value, limit)
        if isinstance(value, dict):
            unknown = [k for k in value if k not in LANGS]
            if unknown:
                raise TextError("message.value.unknown_language", value=repr(unknown[0]))
            if not value:
                raise TextError("message.value.no_language")
            for k, v in value.items():
                if not isinstance(v, str):
                    raise TextError("message.value.not_string", lang=repr(k))
                _one_text(v, limit, msg("message.value.what.lang", lang=repr(k)))
            return {str(k): v for k, v in value.items()}
        raise TextError("message.value.not_text")

    return check


_TEXT = msg("message.value.what.text")


def _one_text(value: str, limit: int, what: Message = _TEXT) -> str:
    if blank(value):
        raise TextError("message.value.empty_text", what=what)
    if len(value) > limit:
        raise TextError("message.value.long_text", what=what, n=len(value), most=limit)
    return value


def _text_schema(limit: int) -> dict[str, Any]:
    one = {"type": "string", "minLength": 1, "maxLength": limit}
    return {
        "anyOf": [
            one,
            {
                "type": "object",
                "properties": {"id": one, "en": one},
                "additionalProperties": False,
                "minProperties": 1,
            },
        ]
    }


# Text a report shows: a plain string, or a per-language map {id: ..., en: ...}.
LocalText = Annotated[
    str | dict[str, str],
    PlainValidator(_text_checker(MAX_TEXT)),
    WithJsonSchema(_text_schema(MAX_TEXT)),
]
# The same, for what names a thing (a unit, an idea, a role): shorter.
Name = Annotated[
    str | dict[str, str],
    PlainValidator(_text_checker(MAX_NAME)),
    WithJsonSchema(_text_schema(MAX_NAME)),
]


def localize(text: str | dict[str, str], lang: str) -> str:
    """The text in `lang`, falling back to Indonesian, then to whatever is there."""
    if isinstance(text, str):
        return text
    return text.get(lang) or text.get("id") or next(iter(text.values()))


# Empty defaults for list and dict fields. Pydantic asks each default factory whether it takes
# the validated data by reading its signature; for the builtins `list` and `dict` that means
# parsing their text signature with tokenize (the first time compiling its patterns): 3 ms of
# every `smrt plan week` for plan.json's four list fields. A Python function answers at once.
_M = TypeVar("_M", bound=BaseModel)
_set = object.__setattr__  # as pydantic sets them on a frozen model


def assembled(model: type[_M], values: dict[str, Any]) -> _M:
    """A model from values already of its fields' types, every field given.

    What model_construct makes, without its search for aliases and defaults field by field
    (most of the cost of a national week's slots and of rebuilding a cached registry). The
    caller answers for the values: plan_file.built and registry_file's rebuild, each fenced
    by its tests against the validating path (docs/architecture.md, "Fast paths, fenced").
    """
    made = model.__new__(model)
    _set(made, "__dict__", values)
    _set(made, "__pydantic_fields_set__", set(values))
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made


def new_list() -> list[Any]:
    """A new empty list (a field's default)."""
    return []


def new_dict() -> dict[Any, Any]:
    """A new empty dict (a field's default)."""
    return {}


class Strict(BaseModel):
    """Base of every registry model: unknown fields are errors, not silently dropped."""

    # allow_inf_nan: YAML's .nan and .inf are floats to pydantic; no count, hour or threshold
    # of a registry is one, and a NaN would reach the JSON files as the invalid `NaN`.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True, allow_inf_nan=False)


class GradeBand(Strict):
    min: float = Field(
        strict=True, ge=0, le=100, description="Lowest score (0-100) that earns this grade."
    )
    name: Name


class Capability(Strict):
    id: Slug
    name: Name


_WORKWEEK: tuple[Weekday, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday")


class OfficeHours(Strict):
    """When a unit's office is open: the response clock runs only then."""

    days: list[Weekday] = Field(
        default_factory=lambda: list(_WORKWEEK),
        min_length=1,
        description="Weekdays the office is open; public holidays and joint leave are closed.",
    )
    open: HHMM = "07:30"
    close: HHMM = "16:00"

    @model_validator(mode="after")
    def _ordered(self) -> "OfficeHours":
        if self.close <= self.open:
            raise TextError("message.value.close_after_open")
        return self


class Deadline(Strict):
    """A response target: `within` so many office hours, working days, hours or days."""

    within: float = Field(strict=True, gt=0, le=10000)
    unit: TimeUnit = Field(
        description="office_hours and working_days count only office hours; hours and days "
        "count the calendar."
    )


class KindTargets(Strict):
    """Targets for one kind of message; a missing one is not measured against a deadline."""

    first_reply: Deadline | None = None
    follow_up: Deadline | None = Field(
        default=None, description="Until the case is resolved (followed up) by the unit."
    )
    settle: Deadline | None = Field(
        default=None, description="Outer limit to settle the case, e.g. Perpres 76/2013's 60 days."
    )


def _default_targets() -> dict[MessageKind, KindTargets]:
    # Sources: DESIGN.md §12 and the README's "The response work".
    reply = Deadline(within=2, unit="office_hours")
    return {
        "question": KindTargets(first_reply=reply),
        "complaint": KindTargets(
            first_reply=reply,
            follow_up=Deadline(within=5, unit="working_days"),
            settle=Deadline(within=60, unit="days"),
        ),
        "hoax_report": KindTargets(first_reply=reply, follow_up=Deadline(within=24, unit="hours")),
        "other": KindTargets(first_reply=reply),
    }


class Response(Strict):
    """The response team's standards: targets per kind of message and the inbox watch."""

    targets: dict[MessageKind, KindTargets] = Field(default_factory=_default_targets)
    answered_share: float = Field(
        strict=True,
        default=90,
        ge=0,
        le=100,
        description="Percent of messages to answer within `answered_within`.",
    )
    answered_within: Deadline = Field(
        default_factory=lambda: Deadline(within=1, unit="working_days"),
        description="The time the answered share is counted within.",
    )
    watch_every_day: bool = Field(
        default=True,
        description="Someone watches the inbox every day, weekends and holidays included; "
        "false: office days only, plus the days of campaigns marked `daily_watch`.",
    )

    def target(self, kind: str) -> KindTargets:
        for key, targets in self.targets.items():
            if key == kind:
                return targets
        return KindTargets()


class PostingPolicy(Strict):
    """When a unit posts outside office hours: what its team agreed to schedule in advance."""

    weekends: bool = Field(
        default=True,
        description=(
            "Scheduled posts on Saturdays, Sundays, public holidays and joint leave (made in "
            "office hours, scheduled in advance); false keeps those days free."
        ),
    )
    evenings: bool = Field(
        default=True,
        description="Posting times after office hours (scheduled in advance); false: none.",
    )
    daily_presence: list[Slug] = Field(
        default_factory=new_list,
        description=(
            "Campaign event ids that need a post every day of their period, weekends and days "
            "off included (Nataru posko updates), whatever `weekends` says."
        ),
    )


NIP_RE = r"^[0-9]{8} ?[0-9]{6} ?[0-9] ?[0-9]{3}$"  # compiled when first used, as HHMM_RE


def _check_nip(value: str) -> str:
    if not re.match(NIP_RE, value):
        raise TextError("message.value.not_nip", value=repr(value))
    return value


class Signatory(Strict):
    """Who signs the report for the region: the coordinator's official."""

    title: Name = Field(description="Official title, e.g. the coordinating office's head.")
    name: str = Field(min_length=1, max_length=200, description="Full name with academic titles.")
    nip: Annotated[str, AfterValidator(_check_nip)] | None = Field(
        default=None, description="Civil-servant number (NIP), 18 digits."
    )


class Settings(Strict):
    organisation: Name
    region: Name
    coordinator: Slug = Field(description="Id of the unit that coordinates the region.")
    language: Lang = "id"
    timezone: str = Field(description="IANA time zone, e.g. Asia/Makassar (WITA).")
    capabilities: list[Capability] = Field(
        min_length=1, description="Production capabilities units may have (photo, video, ...)."
    )
    posting_times: dict[Platform, list[HHMM]] = Field(
        description="Default local posting times per platform, earliest first."
    )
    adaptation_hours: float = Field(
        strict=True,
        default=0.25,
        ge=0,
        le=40,
        description="Hours to adapt an item already produced for another platform (cross-post).",
    )
    light_item_hours: float = Field(
        strict=True,
        default=1.0,
        gt=0,
        le=40,
        description="Largest effort placed on a public holiday or joint-leave day.",
    )
    grades: list[GradeBand] = Field(min_length=1, description="Grade bands, any order.")
    office_hours: OfficeHours = Field(
        default_factory=OfficeHours, description="Default office hours of every unit."
    )
    response: Response = Field(default_factory=Response)
    posting_policy: PostingPolicy = Field(
        default_factory=PostingPolicy,
        description="Evening, weekend and daily-presence posting, unless a unit has its own.",
    )

    # The report as a document an office signs (issue 17); each is optional.
    legal_bases: list[LocalText] = Field(
        default_factory=new_list,
        description="The report's Dasar: regulations and guidance it rests on, in order.",
    )
    signatory: Signatory | None = Field(
        default=None, description="Who signs the report: title, name and NIP."
    )
    place: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="Place of issue under the report; default the coordinator's city.",
    )
    next_rakor: dt.date | None = Field(
        default=None,
        description="Date of the next coordination meeting: the follow-up actions' deadline.",
    )


class Pillar(Strict):
    id: Slug
    name: Name
    target_share: float = Field(
        strict=True, ge=0, le=100, description="Percent of a unit's weekly items."
    )
    public_service: bool = Field(description="Counts as public-service content.")
    description: LocalText | None = None


class Account(Strict):
    handle: Word
    followers: int = Field(strict=True, ge=0)


class TeamMember(Strict):
    id: Slug | None = Field(default=None, description="Names the member, e.g. 'admin'.")
    role: Name
    hours_per_week: float = Field(
        strict=True,
        gt=0,
        le=80,
        description="Hours a week for social media: the planner never books more.",
    )
    inbox: bool = Field(
        default=False, description="Watches the inbox (messages and comments) on a duty roster."
    )
    days: list[Weekday] | None = Field(
        default=None,
        max_length=7,
        description=(
            "Weekdays this person works: on inbox duty, and making the plan's items; default "
            "every day."
        ),
    )
    unavailable: list[dt.date] = Field(
        default_factory=new_list,
        max_length=1000,
        description="Dates this person cannot be on duty (leave, travel).",
    )

    def available(self, day: dt.date) -> bool:
        if day in self.unavailable:
            return False
        return self.days is None or WEEKDAY_NAMES[day.weekday()] in self.days

    capabilities: list[Slug] | None = Field(
        default=None,
        description=(
            "What this member can produce (drone, video-editing, ...); without it, everything "
            "the unit can. An item goes to a member with every capability it needs."
        ),
    )

    def can_make(self, requires: frozenset[str], unit_caps: frozenset[str]) -> bool:
        """The member has every capability in `requires` (the unit's when none are listed)."""
        own = unit_caps if self.capabilities is None else frozenset(self.capabilities)
        return requires <= own


class Unit(Strict):
    id: Slug
    name: Name
    type: UnitType
    class_: Word = Field(alias="class", description="Office class, e.g. 'II'.")
    city: Word
    timezone: str | None = Field(default=None, description="IANA zone when not the region's.")
    accounts: dict[Platform, Account] = Field(default_factory=new_dict)
    team: list[TeamMember] = Field(min_length=1)
    lead: Name | None = Field(
        default=None,
        description="Who answers for the unit's follow-up actions (a title); default the head "
        "of office.",
    )
    capabilities: list[Slug] = Field(default_factory=new_list)
    targets: dict[Platform, Annotated[int, Field(strict=True, ge=0, le=50)]] = Field(
        default_factory=new_dict, description="Posts per week per platform."
    )
    office_hours: OfficeHours | None = Field(
        default=None, description="This office's hours when not the region's."
    )
    posting_policy: PostingPolicy | None = Field(
        default=None, description="The unit's own evening and weekend policy."
    )

    @property
    def capacity_hours(self) -> float:
        return round(sum(m.hours_per_week for m in self.team), 2)

    def can_produce(self, idea: "Idea") -> bool:
        """The unit has every capability the idea needs and is of a type the idea is for."""
        if idea.upt_types is not None and self.type not in idea.upt_types:
            return False
        return set(idea.requires) <= set(self.capabilities)


class Season(Strict):
    from_: MMDD = Field(alias="from")
    to: MMDD


class Idea(Strict):
    id: Slug
    title: Name
    pillar: Slug
    formats: list[Format] = Field(min_length=1)
    platforms: list[Platform] = Field(min_length=1)
    effort_hours: float = Field(strict=True, gt=0, le=40)
    requires: list[Slug] = Field(default_factory=new_list)
    upt_types: list[UnitType] | None = None
    events: list[Slug] = Field(default_factory=new_list)
    holidays: bool = Field(
        default=False,
        description=(
            "A light item for national public holidays and joint leave: planned only in weeks "
            "with one; a greeting on the holiday, an idea of a public-service pillar (service "
            "hours) on the last workday before the days off. With events, only for a holiday "
            "within their days (a Christmas card linked to the Nataru campaign). A unit posts "
            "one greeting per holiday: one linked to an event before an all-purpose one."
        ),
    )
    cooldown_weeks: int = Field(strict=True, default=4, ge=0, le=52)
    trigger: Literal["planned", "reactive"] = Field(
        default="planned",
        description=(
            "planned: the planner schedules it; reactive: it answers an event (a hoax, an "
            "accident) and is never scheduled, only listed in each unit's plan as ready to use."
        ),
    )
    on_site: bool = Field(
        default=False,
        description=(
            "Needs the office's people at an event (a handover, an inspection): produced on an "
            "open working day, at a posting time within office hours."
        ),
    )
    timing: Literal["any", "month_start", "month_end"] = Field(
        default="any",
        description=(
            "When in the month it may be produced: month_start = the first 7 days, month_end = "
            "the last 7 days (a monthly recap with next month's agenda)."
        ),
    )
    brief: LocalText
    hashtags: list[Word] = Field(default_factory=new_list)
    checklist: list[LocalText] = Field(default_factory=new_list)
    season: Season | None = None
    match: list[Word] = Field(
        default_factory=new_list,
        description="Keywords or hashtags that recognise a published post.",
    )


class Band(Strict):
    min: Bounded = Field(description="Lowest measured value that earns this score.")
    score: float = Field(strict=True, ge=0, le=100)


class Scale(Strict):
    min: Bounded
    max: Bounded

    @model_validator(mode="after")
    def _ordered(self) -> "Scale":
        if self.max <= self.min:
            raise TextError("message.value.scale_order")
        return self


class Criterion(Strict):
    id: Slug
    name: Name
    weight: float = Field(strict=True, gt=0, le=100)
    source: Literal[MetricName, "manual"]
    target: Bounded | None = Field(
        default=None, description="Value that scores 100 (linear from `zero`)."
    )
    zero: Bounded = Field(
        default=0, description="Value that scores 0; above target = lower is better."
    )
    bands: list[Band] | None = None
    scale: Scale | None = None
    description: LocalText

    @model_validator(mode="after")
    def _one_mapping(self) -> "Criterion":
        if self.source == "manual":
            if self.scale is None:
                raise TextError("message.value.manual_scale")
        elif (self.target is None) == (self.bands is None):
            raise TextError("message.value.target_or_bands")
        if self.target is not None and self.target == self.zero:
            raise TextError("message.value.target_zero")
        return self


class NthWeekday(Strict):
    month: int = Field(strict=True, ge=1, le=12)
    weekday: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    nth: int = Field(strict=True, ge=-5, le=5, description="1 = first, -1 = last.")

    @model_validator(mode="after")
    def _nonzero(self) -> "NthWeekday":
        if self.nth == 0:
            raise TextError("message.value.nth")
        return self


class Event(Strict):
    id: Slug
    name: Name
    kind: Literal["commemoration", "campaign"] = "commemoration"
    fixed: MMDD | None = Field(default=None, description="Every year on this MM-DD.")
    date: dt.date | None = Field(default=None, description="Once, on this date.")
    rule: NthWeekday | None = Field(default=None, description="e.g. last Thursday of September.")
    start: dt.date | None = Field(default=None, description="A period: first day.")
    end: dt.date | None = Field(default=None, description="A period: last day.")
    scope: Literal["international", "national", "regional"] = "national"
    pillar: Slug | None = None
    daily_watch: bool = Field(
        default=False,
        description="A campaign whose every day needs someone on inbox duty (Nataru, Lebaran).",
    )

    @model_validator(mode="after")
    def _one_date(self) -> "Event":
        given = [
            n
            for n, v in (("fixed", self.fixed), ("date", self.date), ("rule", self.rule))
            if v is not None
        ]
        period = self.start is not None or self.end is not None
        if period:
            if self.start is None or self.end is None:
                raise TextError("message.value.period_both")
            if self.end < self.start:
                raise TextError("message.value.end_before_start")
            given.append("start/end")
        if len(given) != 1:
            raise TextError("message.value.one_date")
        return self


class Registry(Strict):
    settings: Settings
    pillars: list[Pillar] = Field(min_length=1)
    upts: list[Unit] = Field(min_length=1)
    ideas: list[Idea] = Field(min_length=1)
    criteria: list[Criterion] = Field(min_length=1)
    events: list[Event] = Field(default_factory=new_list)

    def unit(self, unit_id: str) -> Unit:
        # An index instead of a scan: evaluating every unit would otherwise cost units². It is
        # kept beside the fields in __dict__ (pydantic's ==, dumps and repr see fields only)
        # with the list it indexes, so a model_copy with other units builds its own.
        built: tuple[list[Unit], dict[str, Unit]] | None = self.__dict__.get("_unit_index")
        if built is None or built[0] is not self.upts:
            index: dict[str, Unit] = {}
            for u in self.upts:
                index.setdefault(u.id, u)  # the first of a repeated id, as the scan found it
            built = self.__dict__["_unit_index"] = (self.upts, index)
        try:
            return built[1][unit_id]
        except KeyError:
            raise KeyError(unit_id) from None

    def pillar(self, pillar_id: str) -> Pillar:
        for p in self.pillars:
            if p.id == pillar_id:
                return p
        raise KeyError(pillar_id)

    def unit_timezone(self, unit: Unit) -> str:
        return unit.timezone or self.settings.timezone

    def unit_office_hours(self, unit: Unit) -> "OfficeHours":
        return unit.office_hours or self.settings.office_hours
