"""The regional report as Markdown, with charts linked as SVG files written beside it."""

from __future__ import annotations

from collections.abc import Mapping

from ..document import ChartRef, Report
from .markdown import cell, inline, prose, sections, table
from .markdown_text import escape, one_line

__all__ = ["cell", "escape", "inline", "one_line", "prose", "render_markdown"]

# the report's tables, as the one Markdown writer writes every table
_table = table


def render_markdown(report: Report, chart_links: Mapping[str, str]) -> str:
    """The report; a chart appears as an image when `chart_links` has a file for it."""

    def figure(block: ChartRef) -> str | None:
        src = chart_links.get(block.chart_id)
        if src is None:
            return None
        return f"![{escape(report.charts[block.chart_id].title)}]({src})"

    out = [
        f"# {escape(report.title, block=False)}",
        "",
        f"**{escape(report.organisation)}**  ",
        f"{escape(report.subtitle)}  ",
        f"{escape(report.meeting)} · {escape(report.date_text)}",
        *sections(report.sections, report.lang, figure),
    ]
    return "\n".join(out) + "\n"
