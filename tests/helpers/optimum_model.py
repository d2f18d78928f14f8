"""An exact reference for the planner (issue 16): the planner's rules as a MILP solved by HiGHS.

The model is written from the rules, not from the planner's code, so that the planner can be
held to it: a week's posts of every unit, each a (idea, platform, day, time) choice, under the
unit's and each member's hours, skills, holidays, on-site work, timing, cool-downs, events,
day spread, posting policy (a campaign it keeps a daily presence for: one item of it at least)
and cross-posting costs. Its objective is lexicographic: first the total shortfall against the
targets, then the region's pillar-mix L1 deviation in items.

No constraint but the region's variety rule (one idea on one day from at most a third of the
units) couples units, so the shortfall stage is solved unit by unit with that rule left out,
which can only lower the minimum; when the units' optimal posts keep the rule anyway (checked),
their sum is the region's exact minimum, else the whole region is solved at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import highspy
import numpy as np

from smrt_cli.calendar import Week, event_window, is_joint_leave
from smrt_cli.models import WEEKDAY_NAMES, Idea, Registry, Unit
from smrt_cli.plan_file import PlanEvent, WeekPlan

# The formats a platform carries: an idea goes on a platform only in one of them.
PLATFORM_FORMATS: dict[str, frozenset[str]] = {
    "facebook": frozenset(
        ("photo", "carousel", "reel", "video", "story", "text", "infographic", "live")
    ),
    "instagram": frozenset(("photo", "carousel", "reel", "video", "story", "infographic", "live")),
    "x": frozenset(("text", "photo", "infographic", "video", "carousel")),
    "youtube": frozenset(("video", "live", "reel")),
    "tiktok": frozenset(("reel", "video", "live", "carousel", "photo")),
}
EPS = 1e-9


@dataclass(frozen=True)
class WeekIdea:
    """An idea usable this week, with where and when its posts may go."""

    idea: Idea
    platforms: tuple[str, ...]
    event_id: str | None = None
    window: tuple[dt.date, dt.date] | None = None  # an event idea's days
    campaign: bool = False
    greeting: bool = False  # a holiday card: one per holiday and unit
    only_days: frozenset[dt.date] | None = None  # its production's days (on-site, timing)


@dataclass
class UnitCase:
    """One unit's week as the model sees it: usable ideas and the slots its posts may take."""

    upt: Unit
    targets: dict[str, int]
    times: dict[str, list[str]]
    ideas: list[WeekIdea]
    closed: frozenset[dt.date]
    every_day: frozenset[str]
    day_limit: int
    exempt: frozenset[dt.date]


@dataclass
class WeekCase:
    """Everything the model needs for one week of the region."""

    registry: Registry
    week: Week
    units: list[UnitCase]
    day_off: frozenset[dt.date]
    variety_limit: int
    office: tuple[str, str]


@dataclass
class Solution:
    """The optimum found: per unit shortfall, and the posts (unit, idea, platform, day, time)."""

    shortfall: dict[str, int]
    posts: list[tuple[str, str, str, dt.date, str]] = field(default_factory=list)
    pillar_deviation: float | None = None
    proven: bool = True  # False: the time limit came first, the figure is the best found
    bound: float | None = None  # then the least the optimum can be

    @property
    def total(self) -> int:
        return sum(self.shortfall.values())


def _in_season(idea: Idea, days: Sequence[dt.date]) -> bool:
    if idea.season is None:
        return True
    lo, hi = idea.season.from_, idea.season.to
    for day in days:
        md = f"{day.month:02d}-{day.day:02d}"
        if (lo <= md <= hi) if lo <= hi else (md >= lo or md <= hi):
            return True
    return False


def _only_days(
    idea: Idea, days: Sequence[dt.date], on_site_days: frozenset[dt.date]
) -> frozenset[dt.date] | None:
    if idea.timing == "any" and not idea.on_site:
        return None
    allowed = on_site_days if idea.on_site else frozenset(days)
    if idea.timing == "month_start":
        return frozenset(d for d in allowed if d.day <= 7)
    if idea.timing == "month_end":
        return frozenset(d for d in allowed if (d + dt.timedelta(days=7)).month != d.month)
    return allowed


def week_ideas(
    registry: Registry, week: Week, holidays: Sequence[PlanEvent], office_days: frozenset[int]
) -> list[WeekIdea]:
    """The ideas any unit may plan this week (reactive ones never are)."""
    days = week.days
    offs = sorted((h for h in holidays if h.day_off), key=lambda h: (h.date, h.id))
    day_off = {h.date for h in offs}
    on_site_days = frozenset(d for d in days[:5] if d not in day_off and d.weekday() in office_days)
    windows = {}
    kinds = {}
    for event in registry.events:
        window = event_window(event, week.start, week.end)
        if window is not None:
            windows[event.id] = window
            kinds[event.id] = event.kind
    public = {p.id: p.public_service for p in registry.pillars}
    found = []
    for idea in sorted(registry.ideas, key=lambda i: i.id):
        if idea.trigger == "reactive" or not _in_season(idea, days):
            continue
        only = _only_days(idea, days, on_site_days)
        if only is not None and not only:
            continue
        linked = [e for e in idea.events if e in windows]
        if idea.events and not linked:
            continue
        platforms = tuple(
            p for p in idea.platforms if any(f in PLATFORM_FORMATS.get(p, ()) for f in idea.formats)
        )
        if not platforms:
            continue
        event_id = linked[0] if linked else None
        window = windows[event_id] if event_id else None
        campaign = event_id is not None and kinds[event_id] == "campaign"
        greeting = False
        if idea.holidays:
            own = offs
            if linked:
                own = [
                    h for h in offs if any(windows[e][0] <= h.date <= windows[e][1] for e in linked)
                ]
            main = next((h for h in own if not is_joint_leave(h.name)), None) or next(
                iter(own), None
            )
            if main is None:
                continue
            day = main.date
            if public.get(idea.pillar, False):
                before = [d for d in days[:5] if d < own[0].date and d not in day_off]
                day = before[-1] if before else day
            else:
                greeting = True
            event_id, window, campaign = main.id, (week.start, day), False
        found.append(WeekIdea(idea, platforms, event_id, window, campaign, greeting, only))
    return found


def _cooling(idea: Idea, last: dt.date | None, week: Week) -> bool:
    return last is not None and (week.start - last).days // 7 <= idea.cooldown_weeks


def last_use(history: Iterable[WeekPlan], week: Week) -> dict[tuple[str, str], dt.date]:
    """(unit, idea) -> the Monday of the latest earlier week that planned it."""
    last: dict[tuple[str, str], dt.date] = {}
    for plan in history:
        if plan.start >= week.start:
            continue
        for unit in plan.upts:
            for slot in unit.slots:
                key = (unit.id, slot.idea_id)
                if key not in last or last[key] < plan.start:
                    last[key] = plan.start
    return last


def week_case(
    registry: Registry,
    week: Week,
    holidays: Sequence[PlanEvent],
    history: Sequence[WeekPlan] = (),
) -> WeekCase:
    """The week's instance of the model, from the same inputs the planner takes."""
    settings = registry.settings
    hours = settings.office_hours
    office_days = frozenset(WEEKDAY_NAMES.index(d) for d in hours.days)
    days = week.days
    day_off = frozenset(h.date for h in holidays if h.day_off and week.start <= h.date <= week.end)
    open_workdays = [d for d in days[:5] if d not in day_off]
    event_days = {h.date for h in holidays if week.start <= h.date <= week.end}
    for event in registry.events:
        window = event_window(event, week.start, week.end)
        if window is not None and event.kind != "campaign":
            event_days.add(window[0])
    ideas = week_ideas(registry, week, holidays, office_days)
    used = last_use(history, week)
    units = []
    for unit in registry.upts:
        targets = {str(p): n for p, n in unit.targets.items() if n > 0}
        policy = unit.posting_policy or settings.posting_policy
        times = {}
        for p in targets:
            listed = sorted(set(settings.posting_times.get(p, ["09:00"])))  # type: ignore[call-overload]
            times[p] = listed if policy.evenings else [t for t in listed if t <= hours.close]
        off_days = frozenset(days[5:]) | day_off
        mine = [
            w
            for w in ideas
            if unit.can_produce(w.idea)
            and not _cooling(w.idea, used.get((unit.id, w.idea.id)), week)
            and any(p in targets for p in w.platforms)
        ]
        units.append(
            UnitCase(
                upt=unit,
                targets=targets,
                times=times,
                ideas=mine,
                closed=frozenset() if policy.weekends else off_days,
                every_day=frozenset(policy.daily_presence),
                day_limit=sum(targets.values()) // max(1, len(open_workdays)) + 1,
                exempt=frozenset(event_days) | off_days,
            )
        )
    return WeekCase(
        registry=registry,
        week=week,
        units=units,
        day_off=day_off,
        variety_limit=max(1, len(registry.upts) // 3),
        office=(hours.open, hours.close),
    )


def _member_days(unit: Unit, days: Sequence[dt.date]) -> list[set[dt.date]]:
    found = []
    for m in unit.team:
        works = {
            d
            for d in days
            if (m.days is None or WEEKDAY_NAMES[d.weekday()] in m.days) and d not in m.unavailable
        }
        found.append(works)
    return found


INF = highspy.kHighsInf


class _Lp:
    """A MILP gathered as plain lists and handed to HiGHS at once (far faster than expressions)."""

    def __init__(self) -> None:
        self.lb: list[float] = []
        self.ub: list[float] = []
        self.integer: list[bool] = []
        self.cost: list[float] = []
        self.rows: list[tuple[list[int], list[float], float, float]] = []
        self.proven = False
        self.found = False  # a solution is at hand (proven or not)
        self.bound = 0.0

    def var(self, lb: float = 0.0, ub: float = 1.0, integer: bool = True) -> int:
        self.lb.append(lb)
        self.ub.append(ub)
        self.integer.append(integer)
        self.cost.append(0.0)
        return len(self.lb) - 1

    def row(self, terms: Sequence[tuple[int, float]], lo: float, hi: float) -> None:
        self.rows.append(([i for i, _ in terms], [c for _, c in terms], lo, hi))

    def at_most(self, idx: Sequence[int], hi: float) -> None:
        self.row([(i, 1.0) for i in idx], -INF, hi)

    def solve(self, time_limit: float) -> list[float]:
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", 1)
        h.setOptionValue("time_limit", time_limit)
        lp = highspy.HighsLp()
        n = len(self.lb)
        lp.num_col_ = n
        lp.num_row_ = len(self.rows)
        lp.col_cost_ = np.array(self.cost)
        lp.col_lower_ = np.array(self.lb)
        lp.col_upper_ = np.array(self.ub)
        lp.row_lower_ = np.array([r[2] for r in self.rows])
        lp.row_upper_ = np.array([r[3] for r in self.rows])
        lp.integrality_ = [
            highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous
            for i in self.integer
        ]
        # column-wise sparse matrix
        cols: list[list[tuple[int, float]]] = [[] for _ in range(n)]
        for r, (idx, coef, _, _) in enumerate(self.rows):
            for i, c in zip(idx, coef, strict=True):
                cols[i].append((r, c))
        starts, index, value = [], [], []
        for col in cols:
            starts.append(len(index))
            for r, c in col:
                index.append(r)
                value.append(c)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.array([*starts, len(index)], dtype=np.int32)
        lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
        lp.a_matrix_.value_ = np.array(value)
        h.passModel(lp)
        h.run()
        status = h.getModelStatus()
        self.proven = status == highspy.HighsModelStatus.kOptimal
        if not self.proven and status != highspy.HighsModelStatus.kTimeLimit:
            raise RuntimeError(f"HiGHS: {h.modelStatusToString(status)}")
        self.bound = h.getInfo().mip_dual_bound
        self.found = self.proven or h.getInfo().primal_solution_status == 2
        return list(h.getSolution().col_value) if self.found else [0.0] * n


@dataclass
class _Post:
    """One possible post: a production (costs the idea's hours) or a cross-post of it."""

    upt: str
    idea: str
    pillar: str
    platform: str
    day: dt.date
    time: str
    production: bool
    var: int


class _Model:
    """The variables and constraints of some units' week."""

    def __init__(
        self, case: WeekCase, units: Sequence[UnitCase], variety: bool, reduce: bool = False
    ) -> None:
        self.lp = _Lp()
        self.case = case
        self.posts: list[_Post] = []
        self.gaps: dict[str, list[int]] = {}
        self.events = {w.idea.id for u in case.units for w in u.ideas if w.event_id is not None}
        for unit in units:
            self._unit(unit, reduce)
        if variety:
            self._variety()

    def _light(self, cost: float) -> bool:
        return cost <= self.case.registry.settings.light_item_hours + EPS

    def _allowed(self, unit: UnitCase, w: WeekIdea, day: dt.date, cost: float, prod: bool) -> bool:
        """Whether a post of `w` costing `cost` may go out on `day` (holidays, policy, events)."""
        closed = frozenset() if w.event_id in unit.every_day else unit.closed
        if day in closed or (day in self.case.day_off and not self._light(cost)):
            return False
        if prod and w.only_days is not None and day not in w.only_days:
            return False
        if w.window is None:
            # an ordinary production goes on a working day; its cross-posts on any open day
            return not prod or day.weekday() < 5
        lo, hi = w.window
        if not lo <= day <= hi:
            return False
        if not w.campaign or w.event_id in unit.every_day:
            return True
        # a campaign's items go on its working days, its other days only when it has none
        workdays = [
            d
            for d in self.case.week.days[:5]
            if lo <= d <= hi
            and d not in closed
            and (d not in self.case.day_off or self._light(cost))
        ]
        return day in workdays or not workdays

    def _usable(self, unit: UnitCase, reduce: bool) -> list[WeekIdea]:
        """The unit's ideas; for the shortfall alone, ideas alike but for their pillar are
        interchangeable, and more of one kind than the largest target can never all be used."""
        if not reduce:
            return unit.ideas
        most = max(unit.targets.values(), default=0)
        kept: list[WeekIdea] = []
        seen: dict[tuple[object, ...], int] = {}
        for w in unit.ideas:
            i = w.idea
            key = (
                w.platforms,
                w.event_id,
                w.window,
                w.campaign,
                w.greeting,
                w.only_days,
                i.effort_hours,
                tuple(sorted(i.requires)),
                i.on_site,
            )
            seen[key] = seen.get(key, 0) + 1
            if seen[key] <= most or w.greeting:
                kept.append(w)
        return kept

    def _candidates(
        self, unit: UnitCase, works: list[set[dt.date]], caps: list[frozenset[str]], reduce: bool
    ) -> dict[str, tuple[WeekIdea, list[_Post]]]:
        case, lp = self.case, self.lp
        adapt = case.registry.settings.adaptation_hours
        registered = unit.upt
        found = {}
        for w in self._usable(unit, reduce):
            idea = w.idea
            makers = [m for m in range(len(registered.team)) if set(idea.requires) <= caps[m]]
            posts: list[_Post] = []
            for p in w.platforms:
                if p not in unit.targets:
                    continue
                for d in case.week.days:
                    prod_day = any(d in works[m] for m in makers) and self._allowed(
                        unit, w, d, idea.effort_hours, True
                    )
                    cross_day = any(d in ws for ws in works) and self._allowed(
                        unit, w, d, adapt, False
                    )
                    for t in unit.times[p]:
                        office = not idea.on_site or case.office[0] <= t <= case.office[1]
                        for production, ok in ((True, prod_day and office), (False, cross_day)):
                            if ok:
                                posts.append(
                                    _Post(
                                        registered.id, idea.id, idea.pillar, p, d, t, production, -1
                                    )
                                )
            prods = [x for x in posts if x.production]
            # a cross-post needs a production earlier, on another platform
            posts = [
                x
                for x in posts
                if x.production
                or any(
                    (s.day, s.time) < (x.day, x.time) and s.platform != x.platform for s in prods
                )
            ]
            if prods:
                for x in posts:
                    x.var = lp.var()
                found[idea.id] = (w, posts)
        return found

    def _unit(self, unit: UnitCase, reduce: bool) -> None:
        lp, case = self.lp, self.case
        adapt = case.registry.settings.adaptation_hours
        registered = unit.upt
        works = _member_days(registered, case.week.days)
        caps = [
            frozenset(registered.capabilities if m.capabilities is None else m.capabilities)
            for m in registered.team
        ]
        by_idea = self._candidates(unit, works, caps, reduce)
        hours: dict[int, list[tuple[int, float]]] = {}
        greetings: dict[str, list[int]] = {}
        mine: list[_Post] = []
        for w, posts in by_idea.values():
            idea = w.idea
            mine.extend(posts)
            prods = [x for x in posts if x.production]
            lp.at_most([x.var for x in prods], 1)  # made once
            for p in {x.platform for x in posts}:
                lp.at_most([x.var for x in posts if x.platform == p], 1)  # once a platform
            if w.greeting and w.event_id is not None:
                greetings.setdefault(w.event_id, []).extend(x.var for x in prods)
            for c in posts:
                if not c.production:
                    earlier = [
                        s.var
                        for s in prods
                        if (s.day, s.time) < (c.day, c.time) and s.platform != c.platform
                    ]
                    lp.row([(c.var, 1.0)] + [(s, -1.0) for s in earlier], -INF, 0)
            # the production's member has the skills and works that day
            by_day: dict[dt.date, list[int]] = {}
            for s in prods:
                by_day.setdefault(s.day, []).append(s.var)
            for d, vs in by_day.items():
                who = [
                    m
                    for m in range(len(registered.team))
                    if set(idea.requires) <= caps[m] and d in works[m]
                ]
                ms = [lp.var() for _ in who]
                for m, v in zip(who, ms, strict=True):
                    hours.setdefault(m, []).append((v, idea.effort_hours))
                lp.row([(v, 1.0) for v in ms] + [(v, -1.0) for v in vs], 0, 0)
        # cross-posts need no skill: any member at work that day, an adaptation's hours each
        cross_on: dict[dt.date, list[int]] = {}
        for x in mine:
            if not x.production:
                cross_on.setdefault(x.day, []).append(x.var)
        for d, vs in cross_on.items():
            who = [m for m in range(len(registered.team)) if d in works[m]]
            ks = [lp.var(0, len(vs)) for _ in who]
            for m, k in zip(who, ks, strict=True):
                hours.setdefault(m, []).append((k, adapt))
            lp.row([(k, 1.0) for k in ks] + [(v, -1.0) for v in vs], 0, 0)
        for m, member in enumerate(registered.team):
            if hours.get(m):
                lp.row(hours[m], -INF, member.hours_per_week + EPS)
        # a campaign the unit's policy keeps a daily presence for (Nataru's posko updates) has
        # an item of the unit's in the week whenever it can make one: the planner's rule too.
        # Every other row is an upper bound or met by who makes a post, so one such item alone,
        # by a member with its skills and the hours, is a plan: the rule never makes it infeasible.
        presence: dict[str, list[int]] = {}
        for w, posts in by_idea.values():
            need = w.idea.effort_hours - EPS
            can = any(
                set(w.idea.requires) <= caps[m] and member.hours_per_week >= need
                for m, member in enumerate(registered.team)
            )
            if w.campaign and w.event_id in unit.every_day and can:
                presence.setdefault(w.event_id, []).extend(x.var for x in posts if x.production)
        for vs in presence.values():
            lp.row([(v, 1.0) for v in vs], 1, INF)
        self._unit_limits(
            unit, mine, greetings, {w.idea.id for w, _ in by_idea.values() if w.campaign}
        )
        self.posts.extend(mine)

    def _unit_limits(
        self,
        unit: UnitCase,
        mine: list[_Post],
        greetings: dict[str, list[int]],
        campaigns: set[str],
    ) -> None:
        lp, case = self.lp, self.case
        groups: dict[tuple[str, dt.date, str], list[int]] = {}
        per_day: dict[dt.date, list[int]] = {}
        campaign: dict[dt.date, list[int]] = {}
        per_platform: dict[str, list[int]] = {p: [] for p in unit.targets}
        for x in mine:
            groups.setdefault((x.platform, x.day, x.time), []).append(x.var)
            per_day.setdefault(x.day, []).append(x.var)
            per_platform[x.platform].append(x.var)
            if x.idea in campaigns:
                campaign.setdefault(x.day, []).append(x.var)
        for vs in groups.values():
            if len(vs) > 1:
                lp.at_most(vs, 1)  # one post per posting time
        for d, vs in per_day.items():
            if d not in unit.exempt and len(vs) > unit.day_limit:
                lp.at_most(vs, unit.day_limit)  # the even share plus one
        open_days = [d for d in case.week.days[:5] if d not in case.day_off]
        day_cap = max(1, math.ceil(sum(unit.targets.values()) / max(1, len(open_days))))
        for vs in campaign.values():
            if len(vs) > day_cap:
                lp.at_most(vs, day_cap)  # a campaign takes a day's share at most
        for vs in greetings.values():
            lp.at_most(vs, 1)  # one greeting card per holiday
        gaps = []
        for p, target in unit.targets.items():
            gap = lp.var(0, target, integer=False)
            lp.row([(gap, 1.0)] + [(v, 1.0) for v in per_platform[p]], target, target)
            gaps.append(gap)
        self.gaps[unit.upt.id] = gaps

    def _variety(self) -> None:
        """One ordinary idea on one day from at most `variety_limit` units."""
        lp = self.lp
        used: dict[tuple[str, dt.date], dict[str, list[int]]] = {}
        for x in self.posts:
            if x.idea not in self.events:
                used.setdefault((x.idea, x.day), {}).setdefault(x.upt, []).append(x.var)
        for per_unit in used.values():
            if len(per_unit) <= self.case.variety_limit:
                continue
            flags = []
            for vs in per_unit.values():
                v = lp.var()
                for x in vs:
                    lp.row([(x, 1.0), (v, -1.0)], -INF, 0)
                flags.append(v)
            lp.at_most(flags, self.case.variety_limit)

    def minimize(self, idx: Sequence[int]) -> None:
        for i in idx:
            self.lp.cost[i] = 1.0

    def chosen(self, values: list[float]) -> list[tuple[str, str, str, dt.date, str]]:
        return [
            (x.upt, x.idea, x.platform, x.day, x.time) for x in self.posts if values[x.var] > 0.5
        ]


def _variety_kept(case: WeekCase, posts: Iterable[tuple[str, str, str, dt.date, str]]) -> bool:
    events = {w.idea.id for u in case.units for w in u.ideas if w.event_id is not None}
    seen: dict[tuple[str, dt.date], set[str]] = {}
    for unit, idea, _, day, _ in posts:
        if idea not in events:
            seen.setdefault((idea, day), set()).add(unit)
    return all(len(units) <= case.variety_limit for units in seen.values())


def min_shortfall(case: WeekCase, time_limit: float = 60.0) -> Solution:
    """The least total shortfall the rules allow: unit by unit when that is exact."""
    shortfall: dict[str, int] = {}
    posts: list[tuple[str, str, str, dt.date, str]] = []
    proven = True
    for unit in case.units:
        model = _Model(case, [unit], variety=False, reduce=True)
        model.minimize(model.gaps[unit.upt.id])
        values = model.lp.solve(time_limit)
        proven = proven and model.lp.proven
        shortfall[unit.upt.id] = round(sum(values[g] for g in model.gaps[unit.upt.id]))
        posts.extend(model.chosen(values))
    if _variety_kept(case, posts):
        return Solution(shortfall, posts, proven=proven)
    model = _Model(case, case.units, variety=True)
    model.minimize([g for gs in model.gaps.values() for g in gs])
    values = model.lp.solve(time_limit)
    shortfall = {u: round(sum(values[g] for g in gs)) for u, gs in model.gaps.items()}
    return Solution(shortfall, model.chosen(values), proven=model.lp.proven, bound=model.lp.bound)


def min_pillar_deviation(case: WeekCase, shortfall: int, time_limit: float = 120.0) -> Solution:
    """With the total shortfall held at `shortfall`, the least region pillar-mix L1 deviation."""
    model = _Model(case, case.units, variety=True)
    lp = model.lp
    gaps = [g for gs in model.gaps.values() for g in gs]
    lp.at_most(gaps, shortfall)
    shares = {p.id: p.target_share / 100.0 for p in case.registry.pillars}
    devs = []
    for pillar, share in shares.items():
        # count - share x total, over every post of the region
        expr = [(x.var, (1.0 if x.pillar == pillar else 0.0) - share) for x in model.posts]
        dev = lp.var(0, INF, integer=False)
        lp.row([(dev, 1.0)] + [(i, -c) for i, c in expr], 0, INF)
        lp.row([(dev, 1.0), *expr], 0, INF)
        devs.append(dev)
    model.minimize(devs)
    values = lp.solve(time_limit)
    return Solution(
        {u: round(sum(values[g] for g in gs)) for u, gs in model.gaps.items()},
        model.chosen(values),
        pillar_deviation=sum(values[d] for d in devs) if lp.found else None,
        proven=lp.proven,
        bound=lp.bound,
    )


def plan_shortfall(plan: WeekPlan) -> dict[str, int]:
    """A plan's shortfall per unit, the planner's own count."""
    return {u.id: sum(s.missing for s in u.shortfalls) for u in plan.upts}


def plan_pillar_deviation(plan: WeekPlan, shares: Mapping[str, float]) -> float:
    """The region's pillar-mix L1 deviation in items: sum over pillars of |count - share x total|."""
    counts: dict[str, int] = dict.fromkeys(shares, 0)
    for u in plan.upts:
        for s in u.slots:
            counts[s.pillar] = counts.get(s.pillar, 0) + 1
    total = sum(counts.values())
    return sum(abs(n - shares.get(p, 0.0) * total) for p, n in counts.items())


def unit_key(case: WeekCase, unit_id: str) -> str:
    """What a unit's week depends on beyond the registry: the ideas the history leaves it (its
    cool-downs). A stored minimum holds for a week whose key is the same."""
    unit = next(u for u in case.units if u.upt.id == unit_id)
    ids = "\n".join(sorted(w.idea.id for w in unit.ideas))
    return hashlib.sha256(ids.encode("utf-8")).hexdigest()[:16]


def unit_minimum(case: WeekCase, unit_id: str, time_limit: float = 60.0) -> tuple[int, bool]:
    """The unit's least shortfall with the region's variety rule left out (a lower bound on its
    share of the region's), and whether it is proven; else the solver's bound, rounded up."""
    unit = next(u for u in case.units if u.upt.id == unit_id)
    model = _Model(case, [unit], variety=False, reduce=True)
    model.minimize(model.gaps[unit_id])
    values = model.lp.solve(time_limit)
    if not model.lp.proven:
        # the time limit came first: only the solver's bound is sure to be at most the minimum
        return max(0, math.ceil(model.lp.bound - 1e-6)), False
    return round(sum(values[g] for g in model.gaps[unit_id])), True
