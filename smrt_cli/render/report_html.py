"""The regional report as one standalone HTML file: inline CSS and SVG, phone- and A4-ready."""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape

from ..document import (
    Bullets,
    ChartRef,
    Link,
    Paragraph,
    Quote,
    Report,
    Signature,
    Table,
    plain,
    plain_item,
    texts,
)
from ..i18n import foreign_runs
from ..links import web_link
from .charts import inline_svg

# No external URL anywhere: the file must open offline and never phone home.
CSS = """
:root { --navy: #0b3d6e; --sea: #2a9d8f; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1f2328;
  line-height: 1.5; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
header.doc { border-bottom: 4px solid var(--navy); padding: 1.25rem 1rem 1rem;
  background: #f3f6fa; }
header.doc > div { max-width: 58rem; margin: 0 auto; }
header.doc .org { margin: 0; color: var(--navy); font-weight: bold; text-transform: uppercase;
  letter-spacing: .04em; font-size: .85rem; }
header.doc h1 { margin: .3rem 0; color: var(--navy); font-size: 1.6rem; }
header.doc p { margin: .15rem 0; color: var(--muted); }
h2 { color: var(--navy); border-bottom: 1px solid var(--line); padding-bottom: .2rem;
  margin-top: 2rem; }
h3 { color: var(--navy); margin-top: 1.5rem; }
h4 { margin-top: 1.2rem; }
.table-wrap { overflow-x: auto; margin: .75rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
th { background: var(--navy); color: #fff; }
tr:nth-child(even) td { background: #f6f8fa; }
td.num, th.num { text-align: right; }
/* A number never wraps; a header and words in a number column ("tidak ada data") may, so
   that they do not widen the column for every row and squeeze the names beside it. */
td.num { white-space: nowrap; }
td.num.words { white-space: normal; }
figure.chart { margin: 1rem 0; }
/* the signature block sits on the right, as an office signs, with room for hand and stamp */
.signature { margin: 2rem 0 0 50%; }
.signature p { margin: 0; }
.signature .room { height: 5.5em; }
.signature .name { font-weight: bold; text-decoration: underline; }
figure.chart svg { width: 100%; height: auto; max-width: 48rem; display: block; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  header.doc { background: none; }
  /* a heading stays with what it introduces, never alone at the foot of a page */
  h1, h2, h3, h4, h5, h6 { page-break-after: avoid; break-after: avoid;
    page-break-inside: avoid; break-inside: avoid; }
  /* nor does the line that introduces a table (a plan's status), nor the closing words their
     signature */
  p:has(+ .table-wrap), p:has(+ .signature) { page-break-after: avoid; break-after: avoid; }
  figure.chart, tr, .signature { page-break-inside: avoid; break-inside: avoid; }
  /* a short table moves whole; a long one breaks between rows, its header row repeated */
  table.short { page-break-inside: avoid; break-inside: avoid; }
  /* a unit's scorecard or an action with its units fits in a few lines, not a page */
  table { font-size: 8.5pt; }
  th, td { padding: .12rem .3rem; line-height: 1.3; }
  h2 { margin-top: 1.4rem; }
  h3 { margin-top: 1.1rem; }
  /* a chart as tall as it needs to be read, not as tall as the page is wide */
  figure.chart svg { max-height: 85mm; width: auto; max-width: 100%; margin: 0 auto; }
  /* On paper, names in a table of names and numbers (the league table, the workload
     overview) stay on one line: "Distrik Navigasi Kelas I Bitung", not four lines of it.
     A phone wraps them instead of scrolling sideways. */
  td.label { white-space: nowrap; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
}
"""


def _prose(text: str, lang: str) -> str:
    """Escaped text with its foreign terms in italics (<em>port clearance</em>), as PUEBI sets."""
    return "".join(
        f"<em>{escape(piece)}</em>" if italic else escape(piece)
        for piece, italic in foreign_runs(text, lang)
    )


def _item(entry: str | Link, lang: str = "") -> str:
    if isinstance(entry, str):
        return _prose(entry, lang)
    if web_link(entry.url):
        return f'<a href="{escape(entry.url)}" rel="noopener noreferrer">{escape(entry.text)}</a>'
    return f"{escape(entry.text)} ({escape(entry.url)})"


# A table of up to this many rows (the sample's league table) prints on one page; a longer one
# breaks between rows rather than leave half a page blank, its header row repeated.
SHORT_TABLE_ROWS = 10
# A number and the word beside it ("30 November 2026", "09.00 WITA", "21,9 jam") stay on one
# line: a narrow column breaks a date after its weekday, not between day, month and year.
_GLUE = re.compile(r"(?<=\d) (?=\S)|(?<=\w) (?=\d)")


def _cell(text: str, lang: str = "") -> str:
    return _GLUE.sub("\u00a0", _prose(text, lang))


# A number cell longer than this holds words too ("2,8% (batas bawah: …)"): it may wrap, or it
# would take the width of the names beside it.
NUMBER_CHARS = 24
# A table whose text columns together hold no longer cells than this is names and numbers:
# its names fit on one line beside the numbers. A table with sentences in it lets them wrap.
LABELS_CHARS = 48


def _table(table: Table, lang: str = "") -> list[str]:
    headers, rows = texts(table)
    text_columns = [i for i in range(len(headers)) if i not in table.numeric]
    widest = sum(max((len(row[i]) for row in rows), default=0) for i in text_columns)
    labels = widest <= LABELS_CHARS

    def head(i: int) -> str:
        return ' class="num"' if i in table.numeric else ""

    def cell(i: int, text: str) -> str:
        if i not in table.numeric:
            return ' class="label"' if labels else ""
        number = any(c.isdigit() for c in text) and len(text) <= NUMBER_CHARS
        return ' class="num"' if number else ' class="num words"'

    heads = "".join(f"<th{head(i)}>{_prose(h, lang)}</th>" for i, h in enumerate(headers))
    short = ' class="short"' if len(rows) <= SHORT_TABLE_ROWS else ""
    out = [f'<div class="table-wrap"><table{short}>']
    if len(table.widths) == len(headers):  # the model says how the columns share the width
        cols = "".join(f'<col style="width: {100 * w:.0f}%">' for w in table.widths)
        out.append(f"<colgroup>{cols}</colgroup>")
    out += [f"<thead><tr>{heads}</tr></thead>", "<tbody>"]
    for row in rows:
        cells = "".join(f"<td{cell(i, c)}>{_cell(c, lang)}</td>" for i, c in enumerate(row))
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table></div>")
    return out


def _signature(block: Signature) -> str:
    name = escape(block.name) if block.name else "(………………………………)"
    lines = [
        '<div class="signature">',
        f"<p>{escape(block.place_date)}</p>",
        f"<p>{escape(block.title)}</p>",
        '<p class="room"></p>',
        f'<p class="name">{name}</p>',
    ]
    if block.nip:
        lines.append(f"<p>{escape(block.nip)}</p>")
    return "".join(lines) + "</div>"


def render_html(report: Report, svgs: Mapping[str, str]) -> str:
    """The report; `svgs` holds each chart's SVG text by chart id."""
    lang = escape(report.lang)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(report.title)} — {escape(report.subtitle)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        '<header class="doc"><div>',
        f'<p class="org">{escape(report.organisation)}</p>',
        f"<h1>{escape(report.title)}</h1>",
        f"<p>{escape(report.subtitle)}</p>",
        f"<p>{escape(report.meeting)} · {escape(report.date_text)}</p>",
        "</div></header>",
        "<main>",
    ]
    for section in report.sections:
        level = min(section.level + 1, 6)
        heading = _prose(section.heading, report.lang)  # an idea's title may hold a term
        out.append(f"<h{level}>{heading}</h{level}>")
        for block in section.blocks:
            if isinstance(block, Paragraph):
                out.append(f"<p>{_prose(plain(block.text), report.lang)}</p>")
            elif isinstance(block, Bullets):
                tag = "ol" if block.numbered else "ul"
                entries = [_item(plain_item(i), report.lang) for i in block.items]
                items = "".join(f"<li>{entry}</li>" for entry in entries)
                out.append(f"<{tag}>{items}</{tag}>")
            elif isinstance(block, Signature):
                out.append(_signature(block))
            elif isinstance(block, Table):
                out += _table(block, report.lang)
            elif isinstance(block, Quote):
                said = "".join(f"<p>{_prose(plain(p), report.lang)}</p>" for p in block.paragraphs)
                out.append(f"<blockquote>{said}</blockquote>")
            elif isinstance(block, ChartRef) and block.chart_id in svgs:
                title = escape(report.charts[block.chart_id].title)
                svg = inline_svg(svgs[block.chart_id], block.chart_id)
                out.append(f'<figure class="chart" role="img" aria-label="{title}">{svg}</figure>')
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
