"""Registry and export text made safe for every Markdown file smrt writes.

Unit names, idea titles, briefs and post texts come from people and platform exports. CommonMark
passes raw HTML through, so a unit named "<b>x</b>" would render bold and an idea titled
"<script>" would reach a browser as a tag. `&`, `<` and `>` become HTML entities (which every
renderer shows as the character itself), line breaks fold so a brief cannot end a list item or a
table row, and in table cells `|` and `\\` are escaped so text cannot end the cell.
"""

from __future__ import annotations

import re

from ..report import web_link

_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# Characters that would end or break a link destination written as (url) inside a table cell.
_URL_UNSAFE = str.maketrans(
    {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "|": "%7C", "\\": "%5C"}
)


def one_line(text: str) -> str:
    """Line breaks and control characters folded into single spaces."""
    visible = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(visible.split())


def inline(text: str) -> str:
    """Heading, paragraph or list-item text: on one line, with no HTML in it."""
    return one_line(text).translate(_ENTITIES)


def cell(text: str) -> str:
    """Table-cell text: like `inline`, and `|` cannot end the cell."""
    return inline(text.replace("\\", "\\\\").replace("|", "\\|"))


# Backslash-escaping the Markdown punctuation that could start markup keeps text literal in any
# CommonMark renderer: a post's "[x](y)" stays text instead of becoming a link.
_MARKUP = re.compile(r"([\\`*_\[\]|#!~])")


def literal(text: str) -> str:
    """Text shown exactly as written, in a paragraph or a table cell: no markup, no HTML."""
    return inline(_MARKUP.sub(r"\\\1", text))


def link(label: str, url: str) -> str:
    """`[label](url)` for a web address; anything else (javascript:, file:) stays text.

    `label` is Markdown already escaped by the caller; `url` is raw.
    """
    if web_link(url):
        return f"[{label}]({url.strip().translate(_URL_UNSAFE)})"
    return f"{label} ({cell(url)})"
