"""What worked in the region's own posts: best posting times; pillars, formats and ideas by lift."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from .models import PLATFORMS, Registry
from .periods import Period

Basis = Literal["unit", "region", "registry"]
Dimension = Literal["pillar", "format", "idea"]
DIMENSIONS: tuple[Dimension, ...] = ("pillar", "format", "idea")

# A cell of the weekday × 2-hour grid stands on the unit's own posts from this many of them.
MIN_CELL_POSTS = 3
# Below this many measurable posts on a platform the unit's own median is too thin to compare
# its slots with: its suggestions come from the region (or the registry) alone.
MIN_UNIT_POSTS = 8
# The region's estimate counts as this many posts when a thin cell is shrunk toward it.
PRIOR_POSTS = 3.0
# A lift (pillar, format, idea) from fewer posts is noise (Rival IQ's rule of thumb).
MIN_LIFT_POSTS = 5
# A post above this multiple of its unit's median is a breakout.
BREAKOUT = 2.0
# One viral post must not make its whole cell look like the best time: relative engagement is
# capped here before cells are averaged.
REL_CAP = 5.0
TOP_TIMES = 3  # suggestions per unit and platform
# A best time beats the median by at least a tenth: a slot a hair above it is noise.
MIN_BEST_LIFT = 1.1
TOP_BREAKOUTS = 5  # per unit in the files; the region's list keeps twice as many
HOURS = tuple(range(1, 24, 2))  # the grid's blocks start on odd hours: 19–21 is one block


def block_of(hour: int) -> int:
    """The grid column of a local hour: blocks 01–03, 03–05, … 23–01 (0 lies in 23–01)."""
    return ((hour - 1) % 24) // 2


@dataclass(frozen=True, slots=True)
class InsightPost:
    """One stored post as insights read it: when it went out locally and how it did."""

    upt: str
    platform: str
    post_id: str
    local_date: dt.date
    hour: int  # local hour 0-23
    er: float | None  # interactions ÷ reach (else ÷ views) × 100; None: not measurable
    format: str | None = None
    pillar: str | None = None
    idea_id: str | None = None
    permalink: str | None = None
    text: str = ""


class InsightModel(BaseModel):
    model_config = ConfigDict(frozen=True)


class BestTime(InsightModel):
    upt: str | None  # None: the region's own row
    platform: str
    weekday: int | None  # 0 = Monday; None for a registry time (any day)
    hour: int  # the block's first hour (local), or the registry time's hour
    lift: float | None
    posts: int
    basis: Basis
    minute: int = 0  # a registry time keeps its minutes ("08:30"); not in the JSON

    @property
    def time(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


class ContentRow(InsightModel):
    upt: str | None
    dimension: Dimension
    key: str
    posts: int
    median_er: float
    lift: float | None


class Breakout(InsightModel):
    upt: str
    platform: str
    post_id: str
    date: dt.date
    hour: int
    permalink: str | None
    text: str
    er: float
    lift: float


class HeatGrid(InsightModel):
    """The region's mean relative engagement per weekday (rows) and block (columns)."""

    platform: str
    lift: list[list[float | None]]
    posts: list[list[int]]


class Resting(InsightModel):
    """An idea whose last two uses by the unit both fell below the unit's median."""

    upt: str
    idea_id: str
    last: dt.date


class Insights(InsightModel):
    period: Period
    best_times: list[BestTime]
    content: list[ContentRow]
    breakouts: list[Breakout]
    heatmaps: list[HeatGrid]
    resting: list[Resting]
    posts: int  # measurable posts the figures rest on

    def json_data(self) -> dict[str, Any]:
        """The --json document, exactly the issue's shape."""
        return {
            "period": self.period.label,
            "best_times": [t.model_dump(mode="json", exclude={"minute"}) for t in self.best_times],
            "content": [c.model_dump(mode="json") for c in self.content],
        }

    def unit_times(self, upt_id: str, platform: str) -> list[BestTime]:
        return [t for t in self.best_times if t.upt == upt_id and t.platform == platform]


def _r(value: float) -> float:
    # rounded once, so the JSON and the Markdown never show float noise
    return round(value, 3)


@dataclass
class _Cell:
    n: int = 0
    total: float = 0.0

    @property
    def mean(self) -> float:
        return self.total / self.n


def analyse(
    registry: Registry,
    posts: Iterable[InsightPost],
    period: Period,
    upt_ids: Sequence[str] | None = None,
) -> Insights:
    """Best times and what works, per unit and for the region; pure and deterministic.

    The region is every unit whose posts are given (a unit's thin cells borrow from it);
    `upt_ids` only narrows which units get rows of their own.
    """
    rows = [p for p in posts if p.er is not None]
    rel, medians = _relative(rows)
    units = [u for u in registry.upts if upt_ids is None or u.id in set(upt_ids)]
    region_cells, unit_cells, unit_counts = _cells(rows, rel)
    best: list[BestTime] = []
    registry_times = {str(p): sorted(set(t)) for p, t in registry.settings.posting_times.items()}
    for platform in PLATFORMS:
        cells = region_cells.get(platform)
        if cells:
            best.extend(_top(None, platform, _region_estimates(cells)))
    for upt in units:
        wanted = {str(p) for p, n in upt.targets.items() if n > 0} | {
            p for (u, p) in unit_counts if u == upt.id
        }
        for platform in (p for p in PLATFORMS if p in wanted):
            best.extend(
                _unit_times(
                    upt.id,
                    platform,
                    unit_cells.get((upt.id, platform), {}),
                    unit_counts.get((upt.id, platform), 0),
                    region_cells.get(platform, {}),
                    registry_times.get(platform, []),
                )
            )
    selected = {u.id for u in units}
    return Insights(
        period=period,
        best_times=best,
        content=_content(rows, rel, selected),
        breakouts=_breakouts(rows, rel, medians, selected),
        heatmaps=[_heatmap(p, region_cells[p]) for p in PLATFORMS if region_cells.get(p)],
        resting=_resting(rows, rel, selected),
        posts=len(rows),
    )


def _relative(
    rows: Sequence[InsightPost],
) -> tuple[list[float | None], dict[tuple[str, str], float]]:
    """Each post's engagement ÷ its unit's median on the platform (None when that is 0)."""
    by_unit: dict[tuple[str, str], list[float]] = {}
    for p in rows:
        by_unit.setdefault((p.upt, p.platform), []).append(p.er)  # type: ignore[arg-type]
    medians = {k: statistics.median(v) for k, v in by_unit.items()}
    rel: list[float | None] = []
    for p in rows:
        m = medians[(p.upt, p.platform)]
        rel.append(p.er / m if m > 0 else None)  # type: ignore[operator]
    return rel, medians


Grid = dict[tuple[int, int], _Cell]


def _cells(
    rows: Sequence[InsightPost], rel: Sequence[float | None]
) -> tuple[dict[str, Grid], dict[tuple[str, str], Grid], dict[tuple[str, str], int]]:
    region: dict[str, Grid] = {}
    units: dict[tuple[str, str], Grid] = {}
    counts: dict[tuple[str, str], int] = {}
    for p, r in zip(rows, rel, strict=True):
        if r is None:
            continue
        key = (p.upt, p.platform)
        counts[key] = counts.get(key, 0) + 1
        cell_key = (p.local_date.weekday(), block_of(p.hour))
        value = min(r, REL_CAP)
        grid = units.setdefault(key, {})
        cell = grid.get(cell_key)
        if cell is None:
            cell = grid[cell_key] = _Cell()
        cell.n += 1
        cell.total += value
        rgrid = region.setdefault(p.platform, {})
        rcell = rgrid.get(cell_key)
        if rcell is None:
            rcell = rgrid[cell_key] = _Cell()
        rcell.n += 1
        rcell.total += value
    return region, units, counts


Estimate = tuple[tuple[int, int], float, int, Basis]  # cell, lift, posts, basis


def _region_estimates(region: Grid) -> list[Estimate]:
    return [(k, c.mean, c.n, "region") for k, c in region.items() if c.n >= MIN_CELL_POSTS]


def _top(upt_id: str | None, platform: str, estimates: list[Estimate]) -> list[BestTime]:
    """The best cells clearly above the median, best first; ties to more posts, then earlier."""
    good = sorted(
        (e for e in estimates if e[1] >= MIN_BEST_LIFT),
        key=lambda e: (-round(e[1], 6), -e[2], e[0]),
    )[:TOP_TIMES]
    return [
        BestTime(
            upt=upt_id,
            platform=platform,
            weekday=cell[0],
            hour=HOURS[cell[1]],
            lift=_r(lift),
            posts=n,
            basis=basis,
        )
        for cell, lift, n, basis in good
    ]


def _unit_times(
    upt_id: str,
    platform: str,
    own: Grid,
    own_posts: int,
    region: Grid,
    registry_times: list[str],
) -> list[BestTime]:
    """A unit's suggestions: its own cells where they hold, else shrunk toward the region."""
    estimates: list[Estimate] = []
    solid = own_posts >= MIN_UNIT_POSTS
    for key in sorted(set(own) | set(region)):
        mine = own.get(key) if solid else None
        theirs = region.get(key)
        if mine is not None and mine.n >= MIN_CELL_POSTS:
            estimates.append((key, mine.mean, mine.n, "unit"))
        elif theirs is not None and theirs.n >= MIN_CELL_POSTS:
            # the unit's few posts there pull the region's estimate toward their own
            n = mine.n if mine is not None else 0
            total = mine.total if mine is not None else 0.0
            lift = (total + PRIOR_POSTS * theirs.mean) / (n + PRIOR_POSTS)
            estimates.append((key, lift, theirs.n, "region"))
    top = _top(upt_id, platform, estimates)
    if top:
        return top
    return [
        BestTime(
            upt=upt_id,
            platform=platform,
            weekday=None,
            hour=int(t[:2]),
            minute=int(t[3:]),
            lift=None,
            posts=own_posts,
            basis="registry",
        )
        for t in registry_times
    ]


def _content(
    rows: Sequence[InsightPost], rel: Sequence[float | None], selected: set[str]
) -> list[ContentRow]:
    """Median engagement and lift per pillar, format and idea: the region's, then each unit's."""
    groups: dict[tuple[str | None, int, str], tuple[list[float], list[float]]] = {}
    for p, r in zip(rows, rel, strict=True):
        for i, key in enumerate((p.pillar, p.format, p.idea_id)):
            if key is None:
                continue
            for who in (None, p.upt) if p.upt in selected else (None,):
                entry = groups.get((who, i, key))
                if entry is None:
                    entry = groups[(who, i, key)] = ([], [])
                entry[0].append(p.er)  # type: ignore[arg-type]
                if r is not None:
                    entry[1].append(r)
    out: list[ContentRow] = []
    for (who, i, key), (ers, rels) in sorted(
        groups.items(), key=lambda g: (g[0][0] or "", g[0][0] is not None, g[0][1], g[0][2])
    ):
        lift = _r(statistics.median(rels)) if len(rels) >= MIN_LIFT_POSTS else None
        out.append(
            ContentRow(
                upt=who,
                dimension=DIMENSIONS[i],
                key=key,
                posts=len(ers),
                median_er=_r(statistics.median(ers)),
                lift=lift,
            )
        )
    # the region's rows first, then the units' in id order
    out.sort(key=lambda c: (c.upt is not None, c.upt or "", DIMENSIONS.index(c.dimension), c.key))
    return out


def _breakouts(
    rows: Sequence[InsightPost],
    rel: Sequence[float | None],
    medians: Mapping[tuple[str, str], float],
    selected: set[str],
) -> list[Breakout]:
    found = [
        Breakout(
            upt=p.upt,
            platform=p.platform,
            post_id=p.post_id,
            date=p.local_date,
            hour=p.hour,
            permalink=p.permalink,
            text=p.text,
            er=_r(p.er or 0.0),
            lift=_r(r),
        )
        for p, r in zip(rows, rel, strict=True)
        if r is not None and r > BREAKOUT and p.upt in selected
    ]
    found.sort(key=lambda b: (b.upt, -b.lift, b.date, b.platform, b.post_id))
    kept: list[Breakout] = []
    per_unit: dict[str, int] = {}
    for b in found:
        if per_unit.get(b.upt, 0) < TOP_BREAKOUTS:
            per_unit[b.upt] = per_unit.get(b.upt, 0) + 1
            kept.append(b)
    return kept


def _heatmap(platform: str, cells: Grid) -> HeatGrid:
    lift: list[list[float | None]] = []
    posts: list[list[int]] = []
    for day in range(7):
        lift.append([])
        posts.append([])
        for block in range(len(HOURS)):
            cell = cells.get((day, block))
            lift[-1].append(_r(cell.mean) if cell is not None else None)
            posts[-1].append(cell.n if cell is not None else 0)
    return HeatGrid(platform=platform, lift=lift, posts=posts)


def _resting(
    rows: Sequence[InsightPost], rel: Sequence[float | None], selected: set[str]
) -> list[Resting]:
    """Ideas whose last two weeks of use by a unit both came in below its median."""
    uses: dict[tuple[str, str], dict[dt.date, list[float]]] = {}
    for p, r in zip(rows, rel, strict=True):
        if p.idea_id is None or r is None or p.upt not in selected:
            continue
        monday = p.local_date - dt.timedelta(days=p.local_date.weekday())
        uses.setdefault((p.upt, p.idea_id), {}).setdefault(monday, []).append(r)
    out: list[Resting] = []
    for (upt_id, idea_id), weeks in sorted(uses.items()):
        if len(weeks) < 2:
            continue
        last_two = sorted(weeks)[-2:]
        if all(statistics.median(weeks[w]) < 1.0 for w in last_two):
            out.append(Resting(upt=upt_id, idea_id=idea_id, last=last_two[-1]))
    return out
