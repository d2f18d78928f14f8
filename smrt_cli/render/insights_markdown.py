"""`smrt insights` as Markdown: the region's README with heatmaps, and one file per unit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..catalogue import t
from ..document import Block, Bullets, ChartRef, HeatMap, Link, Paragraph, Ref, Section, Table, Text
from ..i18n import (
    DAYS,
    format_date,
    format_name,
    format_number,
    format_range,
    format_time,
    lift_text,
    platform_name,
)
from ..insights import HOURS, BestTime, Breakout, ContentRow, HeatGrid, Insights
from ..models import Registry, localize
from .markdown import page
from .markdown_text import escape
from .plan_markdown import unit_file


@dataclass(frozen=True)
class Labels:
    """The registry's pillar, idea and unit names in one language, made once for every file:
    a national run writes 1,000 unit files, and making them per file cost 3 million
    localize() calls."""

    pillars: dict[str, str]
    ideas: dict[str, str]
    units: dict[str, str]
    lang: str
    # the figures of the tables as text, each value once: a national run shows 80,000 lifts
    # and 75,000 medians of a few thousand distinct values
    shown: dict[tuple[float, int], str] = field(default_factory=dict)

    @classmethod
    def of(cls, registry: Registry, lang: str) -> Labels:
        return cls(
            pillars={p.id: localize(p.name, lang) for p in registry.pillars},
            ideas={i.id: localize(i.title, lang) for i in registry.ideas},
            units={u.id: localize(u.name, lang) for u in registry.upts},
            lang=lang,
        )

    def number(self, value: float, decimals: int) -> str:
        """format_number(value, lang, decimals), remembered (a zero may be -0.0: not kept)."""
        if not value:
            return format_number(value, self.lang, decimals)
        key = (value, decimals)
        found = self.shown.get(key)
        if found is None:
            found = self.shown[key] = format_number(value, self.lang, decimals)
        return found

    def lift(self, value: float | None) -> str:
        """_lift(value, lang), remembered (under decimals -1: lift_text's own)."""
        if not value:
            return _lift(value, self.lang)
        found = self.shown.get((value, -1))
        if found is None:
            found = self.shown[(value, -1)] = _lift(value, self.lang)
        return found


def escape_cell(text: str) -> str:
    """Text inside a table cell: literal, and unable to end the cell."""
    return escape(text, block=False)


def _day(weekday: int | None, lang: str) -> str:
    if weekday is None:
        return t("insight.any_day", lang)
    return DAYS["en" if lang == "en" else "id"][weekday]


def _lift(value: float | None, lang: str) -> str:
    return "—" if value is None else lift_text(value, lang) + "×"


def block_label(block: int) -> str:
    start = HOURS[block]
    return f"{start:02d}–{(start + 2) % 24:02d}"


def heatmap_chart(grid: HeatGrid, zone: str, lang: str) -> HeatMap:
    """The region's grid for one platform as the report's heatmap, on a lift scale."""
    from ..i18n import zone_abbreviation

    return HeatMap(
        id=f"heatmap-{grid.platform}",
        title=t(
            "insight.heatmap",
            lang,
            platform=platform_name(grid.platform),
            zone=zone_abbreviation(zone),
        ),
        rows=list(DAYS["en" if lang == "en" else "id"]),
        cols=[block_label(b) for b in range(len(HOURS))],
        values=grid.lift,
        missing_label=t("insight.no_data", lang),
        low=0.0,
        high=2.0,
        decimals=1,
        decimal_comma=lang != "en",
    )


def _times_rows(times: Sequence[BestTime], zone: str, lang: str) -> list[list[Text]]:
    return [
        [
            platform_name(bt.platform),
            _day(bt.weekday, lang),
            format_time(bt.time, zone, lang),
            _lift(bt.lift, lang),
            str(bt.posts),
            t(f"insight.basis.{bt.basis}", lang),
        ]
        for bt in times
    ]


def _content_rows(labels: Labels, rows: Sequence[ContentRow], lang: str) -> list[Section]:
    """One sub-section per dimension (pillar, format, idea) that has rows."""
    out: list[Section] = []
    pillars, ideas = labels.pillars, labels.ideas
    for dimension in ("pillar", "format", "idea"):
        chosen = [r for r in rows if r.dimension == dimension]
        if not chosen:
            continue
        # the most telling first: a measured lift, highest first, then by posts
        chosen.sort(key=lambda r: (r.lift is None, -(r.lift or 0.0), -r.posts, r.key))

        def name(key: str, dimension: str = dimension) -> str:
            if dimension == "pillar":
                return pillars.get(key, key)
            if dimension == "format":
                return format_name(key, lang)
            return f"{ideas.get(key, key)} ({key})"

        header: list[Text] = [
            t(f"insight.dimension.{dimension}", lang),
            t("insight.posts", lang),
            t("insight.median_er", lang),
            t("insight.lift", lang),
        ]
        cells: list[list[Text]] = [
            [name(r.key), str(r.posts), labels.number(r.median_er, 2), labels.lift(r.lift)]
            for r in chosen
        ]
        out.append(Section(t(f"insight.dimension.{dimension}", lang), 2, [Table(header, cells)]))
    return out


def _breakout_rows(
    labels: Labels, found: Sequence[Breakout], lang: str, with_unit: bool
) -> list[list[Text]]:
    names = labels.units
    rows: list[list[Text]] = []
    for b in found:
        shown: Text = Link(t("insight.link", lang), b.permalink) if b.permalink else "—"
        first: list[Text] = [names.get(b.upt, b.upt)] if with_unit else []
        # a post's own words; "—" where the export gave none (nothing left once on one line)
        words = b.text if escape(b.text, block=False) else "—"
        rows.append(
            [
                *first,
                format_date(b.date, lang),
                platform_name(b.platform),
                labels.lift(b.lift),
                words,
                shown,
            ]
        )
    return rows


def _breakout_header(lang: str, with_unit: bool) -> list[Text]:
    first: list[Text] = [t("insight.unit", lang)] if with_unit else []
    return [
        *first,
        t("insight.date", lang),
        t("insight.platform", lang),
        t("insight.lift", lang),
        t("insight.text", lang),
        t("insight.link", lang),
    ]


def _intro(insights: Insights, lang: str) -> list[Block]:
    if not insights.posts:
        return [Paragraph(t("insight.no_posts", lang))]
    said = t(
        "insight.intro",
        lang,
        posts=format_number(insights.posts, lang),
        span=format_range(insights.period.start, insights.period.end, lang),
        min=5,
    )
    return [Paragraph(said)]


def _breakouts(labels: Labels, found: Sequence[Breakout], lang: str, with_unit: bool) -> Block:
    if not found:
        return Paragraph(t("insight.no_breakouts", lang))
    return Table(_breakout_header(lang, with_unit), _breakout_rows(labels, found, lang, with_unit))


def render_region(
    insights: Insights, registry: Registry, lang: str, labels: Labels | None = None
) -> str:
    """README.md: the region's best times, heatmaps, what works, breakouts and the units."""
    labels = labels or Labels.of(registry, lang)
    zone = registry.settings.timezone
    title = t("insight.title", lang, period=insights.period.title(lang))
    region_times = [t for t in insights.best_times if t.upt is None]
    times: list[Block] = [
        Table(_times_header(lang), _times_rows(region_times, zone, lang))
        if region_times
        else Paragraph(t("insight.no_data", lang).capitalize() + ".")
    ]
    times += [ChartRef(f"heatmap-{grid.platform}") for grid in insights.heatmaps]
    top = sorted(insights.breakouts, key=lambda b: (-b.lift, b.upt, b.date, b.post_id))[:10]
    # an empty list still writes its empty line: the files keep the bytes they always had
    with_times = {t.upt for t in insights.best_times}  # a set: 1,000 units × 15,000 times
    units = [
        Ref(labels.units[unit.id], unit_file(unit.id))
        for unit in registry.upts
        if unit.id in with_times
    ]
    body = [
        Section(t("insight.best_times", lang), 1, times),
        Section(t("insight.what_works", lang), 1),
        *_content_rows(labels, [c for c in insights.content if c.upt is None], lang),
        Section(t("insight.breakouts", lang), 1, [_breakouts(labels, top, lang, True)]),
        Section(t("insight.units", lang), 1, [Bullets(units)]),
    ]

    def figure(block: ChartRef) -> str:
        platform = block.chart_id.removeprefix("heatmap-")
        return f"![{platform_name(platform)}]({block.chart_id}.svg)"

    return page(title, _intro(insights, lang), body, lang, figure)


def _times_header(lang: str) -> list[Text]:
    return [
        t("insight.platform", lang),
        t("insight.day", lang),
        t("insight.time", lang),
        t("insight.lift", lang),
        t("insight.posts", lang),
        t("insight.basis", lang),
    ]


def render_unit(
    insights: Insights, registry: Registry, unit_id: str, lang: str, labels: Labels | None = None
) -> str:
    """<unit-id>.md: the unit's best times with their basis, what works, breakouts, rests.

    `insights` may hold the region's rows (upt None) and this unit's only: render_insights
    hands each unit its own share, so a national run does not search every row per unit.
    """
    labels = labels or Labels.of(registry, lang)
    unit = registry.unit(unit_id)
    zone = registry.unit_timezone(unit)
    name = localize(unit.name, lang)
    title = t("insight.unit_title", lang, unit=name, period=insights.period.title(lang))
    times = [t for t in insights.best_times if t.upt == unit_id]
    body = [
        Section(
            t("insight.best_times", lang),
            1,
            [Table(_times_header(lang), _times_rows(times, zone, lang))],
        )
    ]
    content = [c for c in insights.content if c.upt == unit_id]
    if content:
        body.append(Section(t("insight.what_works", lang), 1))
        body += _content_rows(labels, content, lang)
    mine = [b for b in insights.breakouts if b.upt == unit_id]
    breakouts = [_breakouts(labels, mine, lang, False)]
    body.append(Section(t("insight.breakouts", lang), 1, breakouts))
    resting = [r for r in insights.resting if r.upt == unit_id]
    if resting:
        ideas = labels.ideas
        items: list[Text] = [
            (ideas.get(r.idea_id, r.idea_id), f" ({format_date(r.last, lang)})") for r in resting
        ]
        body.append(Section(t("insight.resting", lang), 1, [Bullets(items)]))
    return page(title, _intro(insights, lang), body, lang)


UNIT_ROWS = ("best_times", "content", "breakouts", "resting")  # the rows that name a unit


def render_insights(insights: Insights, registry: Registry, lang: str) -> dict[str, str]:
    """Every file of the period's folder, by name; the heatmaps as SVG written directly."""
    from .heatmap_svg import heatmap_svg

    labels = Labels.of(registry, lang)
    files = {"README.md": render_region(insights, registry, lang, labels)}
    for grid in insights.heatmaps:
        chart = heatmap_chart(grid, registry.settings.timezone, lang)
        files[f"heatmap-{grid.platform}.svg"] = heatmap_svg(chart)
    shares: dict[str, dict[str, list[Any]]] = {}
    for name in UNIT_ROWS:
        for row in getattr(insights, name):
            if row.upt is not None:
                shares.setdefault(row.upt, {}).setdefault(name, []).append(row)
    for unit in registry.upts:
        share = shares.get(unit.id)
        if share is not None and share.get("best_times"):
            own = insights.model_copy(update={name: share.get(name, []) for name in UNIT_ROWS})
            files[unit_file(unit.id)] = render_unit(own, registry, unit.id, lang, labels)
    return files
