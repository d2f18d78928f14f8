"""What worked in the region's own posts: best posting times; pillars, formats and ideas by lift."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from .models import PLATFORMS, Registry
from .periods import Period

Basis = Literal["unit", "region", "registry"]
Dimension = Literal["pillar", "format", "idea"]
Skippable = Literal["breakouts", "heatmaps", "resting"]  # what analyse() may leave out
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


class InsightModel(BaseModel):
    model_config = ConfigDict(frozen=True)


M = TypeVar("M", bound=InsightModel)


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
    ref: int = 0  # the store's rowid of the post: its link and words are read by it
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

    def json_text(self) -> str:
        """The --json document as text: json_data() as json.dumps(indent=2) would lay it out,
        but a row per line (see _json_rows)."""
        import json

        parts = ["{", f'  "period": {json.dumps(self.period.label, ensure_ascii=False)},']
        for key, rows in (("best_times", self.best_times), ("content", self.content)):
            lines = _json_rows(rows)
            body = f"[\n{lines}\n  ]" if lines else "[]"
            parts.append(f'  "{key}": {body}' + ("," if key == "best_times" else ""))
        return "\n".join([*parts, "}"]) + "\n"

    def json_data(self) -> dict[str, Any]:
        """The --json document, exactly the issue's shape.

        The rows' fields are plain JSON values (text, whole numbers, rounded floats, None),
        so their own dictionaries are what model_dump(mode="json") would give, a fifth of
        the time for a national run's hundred thousand rows.
        """
        return {
            "period": self.period.label,
            "best_times": [
                {k: v for k, v in t.__dict__.items() if k != "minute"} for t in self.best_times
            ],
            "content": [dict(c.__dict__) for c in self.content],
        }


def _row_encoder() -> Callable[[Any], str]:
    """One JSON row as JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode writes
    it. Its encode() makes a new C encoder for every call, three quarters of the time of a
    short row: the C encoder it would make is made once here (when Python has it)."""
    import json
    from json import encoder

    plain = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
    make = getattr(encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython always has it
        return plain.encode
    chunks = make(
        None, plain.default, encoder.encode_basestring, None, ": ", ", ", False, False, True
    )
    return lambda row: "".join(chunks(row, 0))


def _json_rows(rows: Sequence[BestTime] | Sequence[ContentRow]) -> str:
    """The rows of json_data() each as _row_encoder() writes it, indented, one per line.

    The rows' values are text, None, whole numbers and floats, which JSON writes as repr()
    does: written here by one format per row, with each distinct text encoded once (a
    national run has 90,000 rows of a few thousand names), a third of the encoder's time.
    A row with anything else (a float that is not finite) goes through the encoder.
    """
    from json.encoder import encode_basestring

    if not rows:
        return ""
    texts: dict[str, str] = {}

    def text(value: str | None) -> str:
        if value is None:
            return "null"
        found = texts.get(value)
        if found is None:
            found = texts[value] = encode_basestring(value)
        return found

    encode = _row_encoder()
    data = rows[0].__dict__
    names = [k for k in data if k != "minute"]  # the fields json_data() keeps, in order
    template = "    {{" + ", ".join(f'"{k}": {{}}' for k in names) + "}}"
    lines = []
    for row in rows:
        values = row.__dict__
        shown = []
        for k in names:
            v = values[k]
            if v is None or v.__class__ is str:
                shown.append(text(v))
            elif v.__class__ is int or (v.__class__ is float and math.isfinite(v)):
                shown.append(repr(v))
            else:
                shown = []
                break
        if shown:
            lines.append(template.format(*shown))
        else:
            lines.append("    " + encode({k: values[k] for k in names}))
    return ",\n".join(lines)


def _r(value: float) -> float:
    # rounded once, so the JSON and the Markdown never show float noise
    return round(value, 3)


def _rounded(np: Any, values: Any) -> list[float]:
    """[_r(v) for v in values] (NaN stays NaN), in numpy for all but a few values.

    round(v, 3) is the double nearest to v's exact value rounded to 3 decimals, k / 1000;
    k / 1000.0 in numpy is that double too (one correctly rounded division). So only k must
    agree: rint(v * 1000) finds it unless v * 1000 lies within the product's rounding error
    (under 2**-20 below 2**32) of a half, and those few (and the huge) go through round().
    A national run rounds 150,000 figures: 0.25 s one by one.
    """
    with np.errstate(invalid="ignore", over="ignore"):
        scaled = values * 1000.0
        near_half = np.abs(scaled - np.floor(scaled) - 0.5) <= 1e-6
        doubtful = (near_half | ~(np.abs(scaled) < 2.0**32)) & ~np.isnan(values)
    out: list[float] = (np.rint(scaled) / 1000.0).tolist()
    for i in doubtful.nonzero()[0].tolist():
        out[i] = _r(float(values[i]))
    return out


# A column of per-post values: a list, or a numpy array when read from the store.
Column = Any


@dataclass(frozen=True)
class PostColumns:
    """The period's measurable posts column by column: the form the store is read into.

    Categories are codes into name lists (-1: none), so a million posts cost a few arrays
    rather than a million objects.
    """

    upts: Sequence[str]  # unit ids; `unit` indexes into it
    unit: Column  # per post, as every column below
    platform: Column  # index into PLATFORMS
    day: Column  # the local date's ordinal (dt.date.toordinal)
    hour: Column  # local hour 0-23
    er: Column  # every post has one: posts without a measure are left out
    names: tuple[Sequence[str], Sequence[str], Sequence[str]]  # formats, pillars, ideas
    codes: tuple[Column, Column, Column]  # per post, -1: none
    ref: Column  # a post's handle: the store's rowid, or its place in the input
    post_id: Sequence[str] | None = None


def columns_from_posts(posts: Iterable[InsightPost]) -> PostColumns:
    """InsightPost rows as columns; posts without a measure are left out."""
    rows = [p for p in posts if p.er is not None]
    units: dict[str, int] = {}
    names: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})
    platform_index: dict[str, int] = {p: i for i, p in enumerate(PLATFORMS)}
    codes: tuple[list[int], list[int], list[int]] = ([], [], [])
    for p in rows:
        units.setdefault(p.upt, len(units))
        for i, key in enumerate((p.format, p.pillar, p.idea_id)):
            codes[i].append(-1 if key is None else names[i].setdefault(key, len(names[i])))
    return PostColumns(
        upts=list(units),
        unit=[units[p.upt] for p in rows],
        platform=[platform_index[p.platform] for p in rows],
        day=[p.local_date.toordinal() for p in rows],
        hour=[p.hour for p in rows],
        er=[float(p.er) for p in rows if p.er is not None],
        names=(list(names[0]), list(names[1]), list(names[2])),
        codes=codes,
        ref=list(range(len(rows))),
        post_id=[p.post_id for p in rows],
    )


def analyse(
    registry: Registry,
    posts: Iterable[InsightPost] | PostColumns,
    period: Period,
    unit_ids: Sequence[str] | None = None,
    parts: UnitParts | None = None,
    without: Collection[Skippable] = (),
) -> Insights:
    """Best times and what works, per unit and for the region; pure and deterministic.

    The region is every unit whose posts are given (a unit's thin cells borrow from it);
    `unit_ids` only narrows which units get rows of their own. `parts` is unit_parts() of
    these posts when the caller kept it (an earlier run's, with the changed units' parts
    redone by merge_parts): only the region's pooled figures are computed then. The work is
    done on numpy arrays (imported here only): a national store's million posts in a second.
    The lists `without` names stay empty: a caller that never shows them (the --json, the
    planner) saves their making (the breakouts' links are a query each).
    """
    cols = posts if isinstance(posts, PostColumns) else columns_from_posts(posts)
    if parts is None:
        parts = unit_parts(cols)
    units = [u for u in registry.upts if unit_ids is None or u.id in set(unit_ids)]
    selected = {u.id for u in units}
    region = _Region.of(cols, parts)
    return Insights(
        period=period,
        best_times=_best_times(registry, region, parts, cols, units),
        content=_content(region, parts, cols, selected),
        breakouts=[] if "breakouts" in without else _breakouts(parts, cols, selected),
        heatmaps=[] if "heatmaps" in without else _heatmaps(region),
        resting=[] if "resting" in without else _resting(parts, cols, selected),
        posts=len(cols.er),
    )


N_CELLS = 7 * len(HOURS)
N_PLATFORMS = len(PLATFORMS)


Ranks = tuple[Any, Any, Any, Any]  # er rank, er sorted, rel rank, rel sorted: see _Arrays


@dataclass(frozen=True)
class UnitParts:
    """What each unit's own posts alone decide, by the unit's code in the columns' `upts`.

    An import that changed a few units' posts leaves every other unit's part as it was: the
    import analyses those few again (unit_parts of their posts alone, merge_parts) and the
    region's pooled figures are recomputed from the parts (see _Region).
    """

    median: Any  # (units × platforms,) median engagement of each unit's platform; NaN: none
    own_n: Any  # (units × platforms, cells) measurable posts in each cell of the grid
    own_sum: Any  # the same cells' capped relative engagement, summed in one fixed order
    content: Any  # (rows, 6): unit, dimension code, key code, posts, median er, lift (NaN)
    breakouts: Any  # (rows, 7): unit, platform, ref, day, hour, er, rel; the strongest first
    resting: Any  # (rows, 3): unit, idea code, the ordinal of the Monday of last use
    # the posts' ranks these parts were computed with, when they cover every post (a cold
    # run): the region's medians reuse them. Never cached.
    ranks: Ranks | None = None

    ARRAYS: ClassVar[tuple[str, ...]] = (
        "median",
        "own_n",
        "own_sum",
        "content",
        "breakouts",
        "resting",
    )


def unit_parts(cols: PostColumns) -> UnitParts:
    """The part of each unit whose posts are in `cols` (other units' parts are empty)."""
    a = _Arrays.of(cols)
    own_n, own_sum = _grids(a, len(cols.upts) * N_PLATFORMS)
    return UnitParts(
        median=a.median,
        own_n=own_n,
        own_sum=own_sum,
        content=_unit_content(a, cols),
        breakouts=_unit_breakouts(a, cols),
        resting=_unit_resting(a, cols),
        ranks=(a.er_rank, a.er_sorted, a.rel_rank, a.rel_sorted),
    )


def merge_parts(old: UnitParts, new: UnitParts, changed: Collection[int]) -> UnitParts:
    """`old` with the parts of the `changed` units (codes) taken from `new`."""
    import numpy as np

    redo = np.asarray(sorted(changed), dtype=np.int64)
    groups = (redo[:, None] * N_PLATFORMS + np.arange(N_PLATFORMS)).ravel()

    def per_group(a: Any, b: Any) -> Any:
        out = a.copy()
        out[groups] = b[groups]
        return out

    def rows(a: Any, b: Any) -> Any:
        keep = a[~np.isin(a[:, 0], redo)]
        return np.concatenate([keep, b[np.isin(b[:, 0], redo)]])

    return UnitParts(
        median=per_group(old.median, new.median),
        own_n=per_group(old.own_n, new.own_n),
        own_sum=per_group(old.own_sum, new.own_sum),
        content=rows(old.content, new.content),
        breakouts=rows(old.breakouts, new.breakouts),
        resting=rows(old.resting, new.resting),
    )


def _relative(np: Any, cols: PostColumns, median: Any) -> tuple[Any, Any, Any, Any]:
    """Unit, platform and engagement of each post as arrays, and its engagement relative to
    its unit's median on the platform (NaN where that median is 0)."""
    unit = np.asarray(cols.unit, dtype=np.int64)
    platform = np.asarray(cols.platform, dtype=np.int64)
    er = np.asarray(cols.er, dtype=np.float64)
    base = median[unit * N_PLATFORMS + platform] if len(er) else np.zeros(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = np.where(base > 0, er / np.where(base > 0, base, 1.0), np.nan)
    return unit, platform, er, rel


@dataclass
class _Arrays:
    """The columns as arrays, with each post's engagement relative to its unit's median."""

    np: Any  # the numpy module, imported on first use
    n: int
    unit: Any
    platform: Any
    group: Any  # unit × platform
    cell: Any  # weekday × 2-hour block
    day: Any
    er: Any
    median: Any  # per group: the median er
    rel: Any  # er ÷ the median of its group; NaN where that median is 0
    valid: Any  # rel is a number
    # each post's rank by er and by rel, and the values in that order: medians of any grouping
    # then need one integer sort (see _medians)
    er_rank: Any
    er_sorted: Any
    rel_rank: Any
    rel_sorted: Any
    rel_order: Any  # the posts by rel: rel_order[rank] is the post of that rank

    @classmethod
    def of(cls, cols: PostColumns) -> _Arrays:
        import numpy as np

        n = len(cols.er)
        day = np.asarray(cols.day, dtype=np.int64)
        hour = np.asarray(cols.hour, dtype=np.int64)
        er = np.asarray(cols.er, dtype=np.float64)
        group = np.asarray(cols.unit, dtype=np.int64) * N_PLATFORMS + np.asarray(
            cols.platform, dtype=np.int64
        )
        weekday = (day + 6) % 7  # date.weekday() from the ordinal
        cell = weekday * len(HOURS) + ((hour - 1) % 24) // 2
        er_rank, er_sorted, _ = _ranks(np, er)
        size = len(cols.upts) * N_PLATFORMS
        _, median = _medians(np, group, er_rank, er_sorted, size)
        unit, platform, er, rel = _relative(np, cols, median)
        valid = ~np.isnan(rel)
        rel_rank, rel_sorted, rel_order = _ranks(np, np.where(valid, rel, np.inf))
        return cls(
            np=np,
            n=n,
            unit=unit,
            platform=platform,
            group=group,
            cell=cell,
            day=day,
            er=er,
            median=median,
            rel=rel,
            valid=valid,
            er_rank=er_rank,
            er_sorted=er_sorted,
            rel_rank=rel_rank,
            rel_sorted=rel_sorted,
            rel_order=rel_order,
        )


def _ranks(np: Any, values: Any) -> tuple[Any, Any, Any]:
    """Each value's place in sorted order, the sorted values, and the order itself.

    Ties may come in any order: every use (medians, the cells' sums in value order) reads
    only the values in that order, and tied values are the same number (engagement is never
    -0.0, NaN is never ranked among numbers), so the results are the same to the bit. The
    default sort is four times quicker than a stable one on a million posts.
    """
    order = np.argsort(values)
    rank = np.empty(len(values), dtype=np.int64)
    rank[order] = np.arange(len(values), dtype=np.int64)
    return rank, values[order], order


def _medians(np: Any, keys: Any, rank: Any, ordered: Any, size: int) -> tuple[Any, Any]:
    """Count and median (as statistics.median takes it) of the values in each key 0..size-1.

    One sort of key × 2**bits + rank groups the keys and orders each group's values at once
    (a power of two: the rank comes back by a mask, not a division).
    """
    bits = max(len(ordered), 1).bit_length()
    if not len(keys):
        return np.zeros(size, dtype=np.int64), np.full(size, np.nan)
    composite = np.sort((keys << bits) | rank)
    counts = np.bincount(keys, minlength=size)
    starts = np.cumsum(counts) - counts
    median = np.full(size, np.nan)
    has = counts > 0
    lo = starts[has] + (counts[has] - 1) // 2
    hi = starts[has] + counts[has] // 2
    mask = (1 << bits) - 1  # only the two middle values of each key are looked up
    median[has] = (ordered[composite[lo] & mask] + ordered[composite[hi] & mask]) / 2
    return counts, median


def _grids(a: _Arrays, size: int) -> tuple[Any, Any]:
    """Per unit × platform: posts and summed (capped) relative engagement in each cell,
    summed in one fixed order (by rel) so equal posts give equal sums in any order."""
    np = a.np
    # by unit × platform, then by rel: one integer sort of the composite key
    n = max(a.n, 1)
    order = a.rel_order[np.sort(a.group[a.valid] * n + a.rel_rank[a.valid]) % n]
    capped = np.minimum(a.rel[order], REL_CAP)
    own_key = a.group[order] * N_CELLS + a.cell[order]
    own_n = np.bincount(own_key, minlength=size * N_CELLS).reshape(size, N_CELLS)
    own_sum = np.bincount(own_key, weights=capped, minlength=size * N_CELLS)
    return own_n, own_sum.reshape(size, N_CELLS)


@dataclass
class _Region:
    """The region's pooled figures: every unit's posts per cell and per pillar, format, idea."""

    np: Any
    n: Any  # (platforms, cells) posts
    mean: Any  # (platforms, cells) mean capped relative engagement; NaN: no posts
    total: Any  # (platforms, cells) its sum
    content: list[tuple[int, int, int, float, float | None]]  # dim, key, posts, median, lift

    @classmethod
    def of(cls, cols: PostColumns, parts: UnitParts) -> _Region:
        import numpy as np

        units = len(cols.upts)
        cells = N_PLATFORMS * N_CELLS
        own_n = parts.own_n.reshape(units, cells)
        own_sum = parts.own_sum.reshape(units, cells)
        n = own_n.sum(axis=0, dtype=np.int64).reshape(N_PLATFORMS, N_CELLS)
        summed: Any = np.zeros(cells)
        for u in range(units):  # unit by unit: the same sums however the parts were made
            summed += own_sum[u]
        total = summed.reshape(N_PLATFORMS, N_CELLS)
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = np.where(n > 0, total / np.maximum(n, 1), np.nan)
        return cls(np, n, mean, total, _region_content(np, cols, parts))


def _region_content(
    np: Any, cols: PostColumns, parts: UnitParts
) -> list[tuple[int, int, int, float, float | None]]:
    """Median engagement and lift of each pillar, format and idea over every unit's posts."""
    _, _, er, rel = _relative(np, cols, parts.median)
    valid = ~np.isnan(rel)
    if parts.ranks is None:
        er_rank, er_sorted, _ = _ranks(np, er)
        rel_rank, rel_sorted, _ = _ranks(np, np.where(valid, rel, np.inf))
    else:
        er_rank, er_sorted, rel_rank, rel_sorted = parts.ranks
    found = []
    for d in range(len(DIMENSIONS_BY_CODE)):
        k = len(cols.names[d])
        code = np.asarray(cols.codes[d], dtype=np.int64)
        has = code >= 0
        counts, median_er = _medians(np, code[has], er_rank[has], er_sorted, k)
        both = has & valid
        rel_n, median_rel = _medians(np, code[both], rel_rank[both], rel_sorted, k)
        for key in _where(counts > 0):
            lift = _r(float(median_rel[key])) if rel_n[key] >= MIN_LIFT_POSTS else None
            found.append((d, key, int(counts[key]), _r(float(median_er[key])), lift))
    return found


def _best_times(
    registry: Registry,
    region: _Region,
    parts: UnitParts,
    cols: PostColumns,
    units: Sequence[Any],
) -> list[BestTime]:
    np = region.np
    size = len(cols.upts) * N_PLATFORMS
    own_n, own_sum = parts.own_n, parts.own_sum
    region_n, region_mean = region.n, region.mean
    out: list[BestTime] = []
    for p, platform in enumerate(PLATFORMS):
        good = region_n[p] >= MIN_CELL_POSTS
        est = [(c, float(region_mean[p, c]), int(region_n[p, c]), "region") for c in _where(good)]
        out.extend(_top(None, platform, est))  # type: ignore[arg-type]
    valid_posts = own_n.sum(axis=1) if size else np.zeros(0, dtype=np.int64)
    # every unit × platform at once: its own cells where they hold, else the region's, the
    # unit's few posts pulling it toward their own
    solid = (valid_posts >= MIN_UNIT_POSTS)[:, None]
    mine_n = np.where(solid, own_n, 0)
    mine_sum = np.where(solid, own_sum, 0.0)
    plat = np.arange(size) % N_PLATFORMS
    r_n, r_mean = region_n[plat], region_mean[plat]
    own = mine_n >= MIN_CELL_POSTS
    with np.errstate(divide="ignore", invalid="ignore"):
        shrunk = (mine_sum + PRIOR_POSTS * r_mean) / (mine_n + PRIOR_POSTS)
        lift = np.where(own, mine_sum / np.maximum(mine_n, 1), shrunk)
    # only a cell clearly above the median can be a best time
    usable = (own | (r_n >= MIN_CELL_POSTS)) & (lift >= MIN_BEST_LIFT)
    posts = np.where(own, mine_n, r_n)
    registry_times = {str(p): sorted(set(t)) for p, t in registry.settings.posting_times.items()}
    # every usable cell's estimate as Python values at once (by group, then cell), not one
    # numpy lookup a value; cells[bounds[g]:bounds[g + 1]] are group g's
    at_group, at_cell = usable.nonzero()
    bases = np.where(own[at_group, at_cell], "unit", "region").tolist()
    cells: list[Estimate] = list(
        zip(
            at_cell.tolist(),
            lift[at_group, at_cell].tolist(),
            posts[at_group, at_cell].tolist(),
            bases,
            strict=True,
        )
    )
    bounds = np.searchsorted(at_group, np.arange(size + 1)).tolist()
    unit_index = {u: i for i, u in enumerate(cols.upts)}
    for unit in units:
        u = unit_index.get(unit.id)
        wanted = {str(p) for p, n in unit.targets.items() if n > 0}
        for p, platform in enumerate(PLATFORMS):
            g = u * N_PLATFORMS + p if u is not None else -1
            if platform not in wanted and (g < 0 or not valid_posts[g]):
                continue
            mine = cells[bounds[g] : bounds[g + 1]] if g >= 0 else []
            top = _top(unit.id, platform, mine)
            out.extend(
                top or _registry_times(unit.id, platform, registry_times.get(platform, []),
                                       int(valid_posts[g]) if g >= 0 else 0)
            )  # fmt: skip
    return out


def _where(mask: Any) -> list[int]:
    return [int(i) for i in mask.nonzero()[0]]


Estimate = tuple[int, float, int, Basis]  # cell, lift, posts, basis


def _top(unit_id: str | None, platform: str, estimates: list[Estimate]) -> list[BestTime]:
    """The best cells clearly above the median, best first; ties to more posts, then earlier."""
    good = sorted(
        (e for e in estimates if e[1] >= MIN_BEST_LIFT),
        key=lambda e: (-round(e[1], 6), -e[2], e[0]),
    )[:TOP_TIMES]
    return [
        _constructed(
            BestTime,
            {
                "upt": unit_id,
                "platform": platform,
                "weekday": cell // len(HOURS),
                "hour": HOURS[cell % len(HOURS)],
                "lift": _r(lift),
                "posts": n,
                "basis": basis,
                "minute": 0,
            },
            given=_GIVEN_BEST,
        )
        for cell, lift, n, basis in good
    ]


# the fields _top gives a BestTime: `minute` keeps its default, as BestTime(...) would
_GIVEN_BEST = frozenset(("upt", "platform", "weekday", "hour", "lift", "posts", "basis"))


def _registry_times(unit_id: str, platform: str, times: list[str], posts: int) -> list[BestTime]:
    """No usable data: the registry's posting times stand, any day."""
    return [
        BestTime(
            upt=unit_id,
            platform=platform,
            weekday=None,
            hour=int(t[:2]),
            minute=int(t[3:]),
            lift=None,
            posts=posts,
            basis="registry",
        )
        for t in times
    ]


def _unit_content(a: _Arrays, cols: PostColumns) -> Any:
    """Each unit's median engagement and lift per pillar, format and idea, as rows of
    (unit, dimension code, key code, posts, median er, lift or NaN)."""
    np = a.np
    found = [np.zeros((0, 6))]
    for d in range(len(DIMENSIONS_BY_CODE)):
        k = len(cols.names[d])
        code = np.asarray(cols.codes[d], dtype=np.int64)
        has = code >= 0
        keys = a.unit * k + code
        size = len(cols.upts) * k
        counts, median_er = _medians(np, keys[has], a.er_rank[has], a.er_sorted, size)
        both = has & a.valid
        rel_n, median_rel = _medians(np, keys[both], a.rel_rank[both], a.rel_sorted, size)
        at = (counts > 0).nonzero()[0]
        if not len(at):
            continue
        lift = np.where(rel_n[at] >= MIN_LIFT_POSTS, median_rel[at], np.nan)
        dim = np.full(len(at), d)
        found.append(np.column_stack([at // k, dim, at % k, counts[at], median_er[at], lift]))
    return np.concatenate(found)


def _content(
    region: _Region, parts: UnitParts, cols: PostColumns, selected: set[str]
) -> list[ContentRow]:
    """Median engagement and lift per pillar, format and idea: the region's, then each unit's
    (by unit id, dimension, key)."""
    np = region.np
    region_rows = sorted(
        region.content,
        key=lambda f: (DIMENSIONS.index(DIMENSIONS_BY_CODE[f[0]]), cols.names[f[0]][f[1]]),
    )
    found: list[tuple[str | None, int, str, int, float, float | None]] = [
        (None, d, cols.names[d][key], n, median, lift) for d, key, n, median, lift in region_rows
    ]
    units = list(cols.upts)
    rows = parts.content
    if len(rows):
        chosen = np.asarray([u in selected for u in units], dtype=bool)
        rows = rows[chosen[rows[:, 0].astype(np.int64)]]
    if len(rows):
        # a national run has tens of thousands of rows: ordered by ranks in numpy, each
        # (unit, dimension, key) once, so the order is the one sorting their names gives
        unit = rows[:, 0].astype(np.int64)
        dim = rows[:, 1].astype(np.int64)
        key = rows[:, 2].astype(np.int64)
        dim_rank = np.asarray([DIMENSIONS.index(d) for d in DIMENSIONS_BY_CODE])
        key_rank = np.zeros(len(rows), dtype=np.int64)
        for d, names in enumerate(cols.names):
            at = dim == d
            key_rank[at] = _name_ranks(np, names)[key[at]]
        order = np.lexsort((key_rank, dim_rank[dim], _name_ranks(np, units)[unit]))
        rows = rows[order]
    out = [
        _constructed(
            ContentRow,
            {
                "upt": who,
                "dimension": DIMENSIONS_BY_CODE[d],
                "key": name,
                "posts": n,
                "median_er": median,
                "lift": lift,
            },
        )
        for who, d, name, n, median, lift in found
    ]
    dims = [DIMENSIONS_BY_CODE[d] for d in range(len(DIMENSIONS_BY_CODE))]
    medians, lifts = _rounded(np, rows[:, 4]), _rounded(np, rows[:, 5])
    codes = rows[:, :4].astype(np.int64).tolist()
    for (u, d, k, n), median, lift in zip(codes, medians, lifts, strict=True):
        values = {
            "upt": units[u],
            "dimension": dims[d],
            "key": cols.names[d][k],
            "posts": n,
            "median_er": median,
            "lift": None if lift != lift else lift,  # NaN: too few posts for a lift
        }
        out.append(_constructed(ContentRow, values))
    return out


def _name_ranks(np: Any, names: Sequence[str]) -> Any:
    """Each name's place among `names` sorted as Python sorts text."""
    ranks = np.zeros(len(names), dtype=np.int64)
    ranks[sorted(range(len(names)), key=names.__getitem__)] = np.arange(len(names))
    return ranks


def _constructed(cls: type[M], values: dict[str, Any], given: Collection[str] | None = None) -> M:
    """A model from values already of its fields' types, every field in order (`given`: the
    ones not left at their default): what model_construct makes, in a quarter of its time
    (a national run makes 65,000 rows)."""
    model = object.__new__(cls)
    _SET_DICT(model, values)
    _SET_FIELDS_SET(model, set(values if given is None else given))
    _SET_EXTRA(model, None)
    _SET_PRIVATE(model, None)
    return model


# BaseModel's four slots, set through their descriptors: object.__setattr__ looks each one up
# through the model's classes first, half of _constructed's time
_SET_DICT, _SET_FIELDS_SET, _SET_EXTRA, _SET_PRIVATE = (
    BaseModel.__dict__[slot].__set__
    for slot in (
        "__dict__",
        "__pydantic_fields_set__",
        "__pydantic_extra__",
        "__pydantic_private__",
    )
)


DIMENSIONS_BY_CODE: tuple[Dimension, ...] = ("format", "pillar", "idea")


def _unit_breakouts(a: _Arrays, cols: PostColumns) -> Any:
    """Each unit's posts above twice its median, the strongest first (TOP_BREAKOUTS each), as
    rows of (unit, platform, ref, day, hour, er, rel)."""
    np = a.np
    index = (a.valid & (np.nan_to_num(a.rel) > BREAKOUT)).nonzero()[0]
    refs = np.asarray(cols.ref, dtype=np.int64)[index]
    rel = np.round(a.rel[index], 3)
    order = np.lexsort((refs, a.platform[index], a.day[index], -rel, a.unit[index]))
    unit = a.unit[index][order]
    # the place of each post among its unit's: the first TOP_BREAKOUTS of each are kept
    starts = np.r_[0, (unit[1:] != unit[:-1]).nonzero()[0] + 1] if len(unit) else unit
    place = np.arange(len(unit)) - np.repeat(starts, np.diff(np.r_[starts, len(unit)]))
    kept = index[order][place < TOP_BREAKOUTS]
    hour = np.asarray(cols.hour, dtype=np.int64)
    return np.column_stack(
        [
            a.unit[kept],
            a.platform[kept],
            np.asarray(cols.ref, dtype=np.int64)[kept],
            a.day[kept],
            hour[kept],
            a.er[kept],
            a.rel[kept],
        ]
    ).astype(np.float64)


def _breakouts(parts: UnitParts, cols: PostColumns, selected: set[str]) -> list[Breakout]:
    """The selected units' breakouts: by unit name, then the strongest first."""
    import numpy as np

    names = list(cols.upts)
    rows = parts.breakouts
    if not len(rows):
        return []
    unit = rows[:, 0].astype(np.int64)
    rows = rows[np.asarray([names[u] in selected for u in unit.tolist()], dtype=bool)]
    unit = rows[:, 0].astype(np.int64)
    name_rank = np.argsort(np.argsort(np.asarray(names or [""], dtype=object)))
    order = np.lexsort(
        (rows[:, 2], rows[:, 1], rows[:, 3], -np.round(rows[:, 6], 3), name_rank[unit])
    )
    out = []
    for u, platform, ref, day, hour, er, rel in rows[order].tolist():
        out.append(
            Breakout(
                upt=names[int(u)],
                platform=PLATFORMS[int(platform)],
                # posts given as rows have their place as their ref
                post_id=cols.post_id[int(ref)] if cols.post_id is not None else "",
                ref=int(ref),
                date=dt.date.fromordinal(int(day)),
                hour=int(hour),
                permalink=None,
                text="",
                er=_r(er),
                lift=_r(rel),
            )
        )
    return out


def _heatmaps(region: _Region) -> list[HeatGrid]:
    n, total = region.n, region.total
    grids = []
    for p, platform in enumerate(PLATFORMS):
        if not n[p].any():
            continue
        lift: list[list[float | None]] = []
        posts: list[list[int]] = []
        for day in range(7):
            cells = range(day * len(HOURS), (day + 1) * len(HOURS))
            lift.append([_r(total[p, c] / n[p, c]) if n[p, c] else None for c in cells])
            posts.append([int(n[p, c]) for c in cells])
        grids.append(HeatGrid(platform=platform, lift=lift, posts=posts))
    return grids


def _unit_resting(a: _Arrays, cols: PostColumns) -> Any:
    """Ideas whose last two weeks of use by a unit both came in below its median, as rows of
    (unit, idea code, the Monday of the last)."""
    np = a.np
    idea = np.asarray(cols.codes[2], dtype=np.int64)
    mask = a.valid & (idea >= 0)
    if not mask.any():
        return np.zeros((0, 3), dtype=np.int64)
    monday = a.day[mask] - (a.day[mask] + 6) % 7
    first = int(monday.min())
    weeks = int(monday.max() - first) // 7 + 1
    k = len(cols.names[2])
    triple = (a.unit[mask] * k + idea[mask]) * weeks + (monday - first) // 7
    uniq, inverse = np.unique(triple, return_inverse=True)
    _, median = _medians(np, inverse, a.rel_rank[mask], a.rel_sorted, len(uniq))
    pair = uniq // weeks
    # each (unit, idea)'s last week of use, when the week before it is its own too (not one
    # week of use only) and both came in below the median
    last = np.append(pair[1:] != pair[:-1], True).nonzero()[0]
    last = last[last > 0]
    last = last[(pair[last - 1] == pair[last]) & (median[last] < 1.0) & (median[last - 1] < 1.0)]
    unit, code = np.divmod(pair[last], k)
    monday_of_last = first + 7 * (uniq[last] % weeks)
    return np.column_stack([unit, code, monday_of_last]).astype(np.int64).reshape(len(last), 3)


def _resting(parts: UnitParts, cols: PostColumns, selected: set[str]) -> list[Resting]:
    out = [
        _constructed(
            Resting,
            {"upt": cols.upts[u], "idea_id": cols.names[2][code], "last": dt.date.fromordinal(day)},
        )
        for u, code, day in parts.resting.tolist()
        if cols.upts[u] in selected
    ]
    out.sort(key=lambda r: (r.upt, r.idea_id))
    return out
