"""The report's section on what worked in the period: formats, pillars, times, breakout posts."""

from __future__ import annotations

from collections.abc import Mapping

from . import catalogue
from .document import Block, Bullets, Link, Paragraph, Section, Table
from .i18n import (
    DAYS,
    format_date,
    format_name,
    format_number,
    format_range,
    format_time,
    lift_text,
    platform_name,
)
from .insights import ContentRow, Insights
from .models import Registry, localize

TOP_ROWS = 5  # per table: the meeting reads the few that stand out


def _best(rows: list[ContentRow], dimension: str) -> list[ContentRow]:
    chosen = [r for r in rows if r.dimension == dimension and r.lift is not None]
    return sorted(chosen, key=lambda r: (-(r.lift or 0.0), -r.posts, r.key))[:TOP_ROWS]


def what_worked(
    registry: Registry, insights: Insights | None, names: Mapping[str, str], lang: str
) -> list[Section]:
    """A sub-section of the results; nothing when the period has no measurable post."""
    if insights is None or not insights.posts:
        return []

    def t(key: str, **values: object) -> str:
        return catalogue.t(f"insight.{key}", lang, **values)

    blocks: list[Block] = [
        Paragraph(
            t(
                "intro",
                posts=format_number(insights.posts, lang),
                span=format_range(insights.period.start, insights.period.end, lang),
                min=5,
            )
        )
    ]
    region = [c for c in insights.content if c.upt is None]
    pillars = {p.id: localize(p.name, lang) for p in registry.pillars}
    headers = [t("posts"), t("median_er"), t("lift")]
    for dimension in ("format", "pillar"):
        rows = _best(region, dimension)
        if not rows:
            continue
        blocks.append(Paragraph(t(f"r.best.{dimension}")))
        blocks.append(
            Table(
                [t(f"dimension.{dimension}"), *headers],
                [
                    [
                        format_name(r.key, lang)
                        if dimension == "format"
                        else pillars.get(r.key, r.key),
                        str(r.posts),
                        format_number(r.median_er, lang, 2),
                        lift_text(r.lift or 0.0, lang) + "×",
                    ]
                    for r in rows
                ],
                (1, 2, 3),
            )
        )
    blocks += _times(registry, insights, lang)
    top = sorted(insights.breakouts, key=lambda b: (-b.lift, b.upt, b.date, b.post_id))[:10]
    if top:
        items: list[str | Link] = []
        for b in top:
            label = (
                f"{names.get(b.upt, b.upt)}, {platform_name(b.platform)}, "
                f"{format_date(b.date, lang, weekday=False)}: {b.text or '—'}"
                f" — {lift_text(b.lift, lang)}× median"
            )
            items.append(Link(label, b.permalink) if b.permalink else label)
        blocks += [Paragraph(t("breakouts") + ":"), Bullets(items)]
    return [Section(t("r.section"), 2, blocks)]


def _times(registry: Registry, insights: Insights, lang: str) -> list[Block]:
    """The region's best times as a table, or nothing when none stands out."""

    def t(key: str) -> str:
        return catalogue.t(f"insight.{key}", lang)

    times = [b for b in insights.best_times if b.upt is None]
    if not times:
        return []
    days = DAYS["en" if lang == "en" else "id"]
    zone = registry.settings.timezone
    return [
        Paragraph(t("r.best.times")),
        Table(
            [t("platform"), t("day"), t("time"), t("lift"), t("posts")],
            [
                [
                    platform_name(b.platform),
                    days[b.weekday] if b.weekday is not None else t("any_day"),
                    format_time(b.time, zone, lang),
                    lift_text(b.lift or 0.0, lang) + "×",
                    str(b.posts),
                ]
                for b in times
            ],
            (3, 4),
        ),
    ]
