"""The regional report as Markdown, with charts linked as SVG files written beside it."""

from __future__ import annotations

from collections.abc import Mapping

from ..document import Bullets, ChartRef, Link, Paragraph, Report, Signature, Table
from ..i18n import foreign_runs
from .markdown_text import escape, link, one_line

__all__ = ["escape", "one_line", "render_markdown"]


def prose(text: str, lang: str, *, block: bool = True) -> str:
    """Escaped text with its foreign terms in italics (*port clearance*), as PUEBI sets them."""
    runs = foreign_runs(text, lang)
    if len(runs) == 1:
        return escape(text, block=block)
    out = []
    for n, (piece, italic) in enumerate(runs):
        escaped = escape(piece, block=block and n == 0)
        if italic:
            escaped = f"*{escaped}*"
        # escaping folds a piece's outer spaces away: the words around a term keep theirs
        lead = " " if n and piece[:1].isspace() else ""
        trail = " " if n < len(runs) - 1 and piece[-1:].isspace() else ""
        out.append(lead + escaped + trail)
    return "".join(out)


def cell(text: str, lang: str = "") -> str:
    """A table cell: like inline text (so `|` cannot end the cell, a break cannot end the row)."""
    return prose(text, lang, block=False) or " "


def item(entry: str | Link, lang: str = "") -> str:
    """A bullet's text; a post link becomes a Markdown link when it is a web address."""
    if isinstance(entry, str):
        return prose(entry, lang)
    return link(escape(entry.text), entry.url)


def _table(table: Table, lang: str = "") -> list[str]:
    aligns = ["---:" if i in table.numeric else "---" for i in range(len(table.headers))]
    lines = [
        "| " + " | ".join(cell(h) for h in table.headers) + " |",
        "| " + " | ".join(aligns) + " |",
    ]
    lines += ["| " + " | ".join(cell(c, lang) for c in row) + " |" for row in table.rows]
    return lines


def _signature(block: Signature) -> list[str]:
    """Place and date, title, three empty lines to sign on, the name in bold, the NIP."""
    name = f"**{escape(block.name, block=False)}**" if block.name else "(………………………………)"
    lines = [f"{escape(block.place_date)}  ", escape(block.title), ""]
    lines += ["&nbsp;", ""] * 3  # room for the signature and the stamp
    lines.append(name + ("  " if block.nip else ""))
    if block.nip:
        lines.append(escape(block.nip))
    return lines


def render_markdown(report: Report, chart_links: Mapping[str, str]) -> str:
    """The report; a chart appears as an image when `chart_links` has a file for it."""
    out = [
        f"# {escape(report.title, block=False)}",
        "",
        f"**{escape(report.organisation)}**  ",
        f"{escape(report.subtitle)}  ",
        f"{escape(report.meeting)} · {escape(report.date_text)}",
    ]
    for section in report.sections:
        out += ["", "#" * (section.level + 1) + " " + escape(section.heading, block=False)]
        for block in section.blocks:
            out.append("")
            if isinstance(block, Paragraph):
                out.append(prose(block.text, report.lang))
            elif isinstance(block, Bullets):
                marks = [f"{n}." if block.numbered else "-" for n in range(1, len(block.items) + 1)]
                entries = [item(entry, report.lang) for entry in block.items]
                out += [f"{m} {e}" for m, e in zip(marks, entries, strict=True)]
            elif isinstance(block, Signature):
                out += _signature(block)
            elif isinstance(block, Table):
                out += _table(block, report.lang)
            elif isinstance(block, ChartRef):
                src = chart_links.get(block.chart_id)
                if src is None:
                    out.pop()
                    continue
                title = report.charts[block.chart_id].title
                out.append(f"![{escape(title)}]({src})")
    return "\n".join(out) + "\n"
