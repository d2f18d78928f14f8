"""The planner's data: the week's frozen context, the region's tally and one unit's state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import field
from typing import TYPE_CHECKING, NamedTuple

from ..calendar import Week
from ..models import Idea, Unit
from ..plan_file import Reason, Slot
from ..records import mutable_record, record

if TYPE_CHECKING:
    from .learn import Learn

EPS = 1e-9


@record
class WeekIdea:
    """An idea with what the planner needs precomputed for the week."""

    idea: Idea
    title: str
    platforms: frozenset[str]
    formats: dict[str, str]  # platform -> format used there
    event_id: str | None  # the week's event it belongs to, if any
    window: tuple[dt.date, dt.date] | None  # days it may go out (an event's)
    event_day: dt.date | None  # a commemoration's day; None for campaign periods
    event_reason: Reason | None  # why it goes out this week: its event (None: no event)
    rich: dict[str, bool]  # platform -> the format used there counts as format variety
    requires: frozenset[str]  # capabilities its production needs
    greeting: bool = False  # a holiday idea that goes on the holiday itself
    specific: bool = False  # a greeting linked to one of the week's events, not all-purpose
    # The only days its production may go out (on-site work, a time of the month); None: any.
    only_days: frozenset[dt.date] | None = None
    # On-site work: its production goes out at a posting time within these office hours.
    office: tuple[str, str] | None = None


@record
class Pool:
    """One pillar's ideas for one platform: event ideas, then the rest by (effort, rich)."""

    events: list[WeekIdea]
    buckets: dict[tuple[float, bool], list[WeekIdea]]  # ideas in id order


@record
class Table:
    """What units of one profile can make, per platform and pillar."""

    pools: dict[str, dict[str, Pool]]  # platform -> pillar -> pool
    event_pillars: dict[str, list[str]]  # platform -> pillars with event ideas, sorted
    keys: dict[str, list[tuple[float, bool]]]  # platform -> every (effort, rich), cheapest first
    min_effort: float  # the cheapest item outside events: below it no slot has hours to spare


class Budget(NamedTuple):
    """What one slot may spend: the rest is kept for the unit's later target slots."""

    afford: float  # hours this slot may take and still leave the reserve
    per_item: float  # hours per remaining production if spread evenly
    slack: bool  # more than the cheapest item fits: richer content is worth choosing


@record
class WeekContext:
    """What every unit's planning reads and none changes: the week, its days and the rules."""

    week: Week
    days: list[dt.date]
    workdays: list[dt.date]  # Monday to Friday
    day_off: frozenset[dt.date]  # public holidays and joint leave within the week
    light: float  # the most an item on a day off may take
    adaptation: float  # hours of a cross-post
    shares: dict[str, float]  # pillar -> its target share of the items (0-1)
    n_units: int  # the region's units, planned or kept
    variety_limit: int  # the most units one idea goes out from on one day
    last_use: Mapping[tuple[str, str], dt.date]  # (unit, idea) -> Monday of its latest week
    by_id: Mapping[str, WeekIdea]  # the week's usable ideas
    reactive: tuple[Idea, ...]  # ideas that answer events: listed ready to use, not planned
    # platform -> its posting times, sorted and unique: a time listed twice would let two posts
    # of one platform share it, and "a later time the same day" needs them in order
    posting_times: Mapping[str, list[str]]
    office_close: str  # the latest posting time of a unit without evening posts
    open_workdays: int  # workdays that are not days off
    event_days: frozenset[dt.date]  # commemorations and holidays: exempt from the even spread
    lang: str


@mutable_record
class Tally:
    """The region's running counts, which each unit's choices read and add to."""

    pillars: dict[str, int]  # pillar -> items planned in the region
    total: int = 0
    # (day, idea) -> units posting it then -> their posts of it that day, for ideas outside
    # events (the variety limit counts the units): a unit that posts an idea and a cross-post
    # of it on one day still posts it when one of the two is taken back
    day_idea: dict[tuple[dt.date, str], dict[str, int]] = field(default_factory=dict)

    def add(self, unit_id: str, slot: Slot, event_id: str | None) -> None:
        """Count one planned slot of `unit_id`."""
        self.pillars[slot.pillar] = self.pillars.get(slot.pillar, 0) + 1
        self.total += 1
        if event_id is None:
            units = self.day_idea.setdefault((slot.date, slot.idea_id), {})
            units[unit_id] = units.get(unit_id, 0) + 1

    def remove(self, unit_id: str, slot: Slot, event_id: str | None) -> None:
        """Take back one slot `add` counted: a unit's week planned again another way."""
        self.pillars[slot.pillar] -= 1
        self.total -= 1
        if event_id is None:
            units = self.day_idea[(slot.date, slot.idea_id)]
            if units[unit_id] > 1:
                units[unit_id] -= 1
            else:
                del units[unit_id]


@mutable_record
class UnitState:
    """Running state of one unit while its slots are filled."""

    unit: Unit
    remaining: float
    slots: list[Slot] = field(default_factory=list)
    produced: dict[str, Slot] = field(default_factory=dict)  # idea id -> production slot
    used: set[tuple[str, str]] = field(default_factory=set)  # (idea, platform)
    pillar_counts: dict[str, int] = field(default_factory=dict)
    day_counts: dict[dt.date, int] = field(default_factory=dict)
    day_platform: dict[tuple[dt.date, str], list[str]] = field(default_factory=dict)
    platform_posts: dict[str, int] = field(default_factory=dict)  # platform -> slots so far
    # platform -> items made this week that could still be cross-posted there
    crossable: dict[str, int] = field(default_factory=dict)
    event_counts: dict[str, int] = field(default_factory=dict)
    member_hours: list[float] = field(default_factory=list)  # hours booked per member
    member_caps: list[frozenset[str]] = field(default_factory=list)
    member_days: list[frozenset[int] | None] = field(default_factory=list)  # None: any day
    maker: dict[str, int] = field(default_factory=dict)  # idea id -> member who produced it
    # idea id -> the member a repair's cover has make it (see `repair`), when they can
    planned: dict[str, int] = field(default_factory=dict)
    any_day: bool = True  # no member keeps to certain days
    # Days the unit's policy keeps free of scheduled posts (weekends, days off), except for the
    # campaigns in `every_day` that need a daily presence (Nataru posko updates).
    closed: frozenset[dt.date] = frozenset()
    every_day: frozenset[str] = frozenset()
    # No working day carries more than the unit's even share plus one, except `exempt` days
    # (event days, days off, the weekend).
    day_limit: int = 1_000_000
    latest: str = "23:59"  # the latest posting time the unit's policy allows
    exempt: frozenset[dt.date] = frozenset()
    lang: str = "id"
    greeted: dict[str, str] = field(default_factory=dict)  # holiday id -> greeting idea made
    learn: Learn | None = None  # what the region's results teach this unit; None: nothing


@mutable_record
class Choice:
    """The idea a slot's search settled on, where and by whom."""

    idea: WeekIdea
    day: dt.date
    cost: float
    adaptation: bool
    score: float
    reason: Reason | None  # made once the search settles on it
    unit_deficit: float = 0.0
    rotation: int = 0
    member: int = 0  # the team member who does it
