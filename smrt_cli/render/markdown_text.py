"""Registry and export text made safe for every Markdown file smrt writes: one function, `escape`.

Unit names, idea titles, briefs, checklists, roles, assessors' evidence and post texts come from
people and platform exports. Left raw, "[Lihat bukti](javascript:alert(1))" would become a live
link, "<script>" would reach a browser as a tag (CommonMark passes raw HTML through), a line
break would end a list item or a table row and "|" a table cell. `escape` makes any such text
literal wherever it is put — heading, paragraph, list item or table cell — so no renderer can
read markup into it. Only `link` makes links, and only to http(s) addresses.
"""

from __future__ import annotations

import functools
import re

from ..i18n import foreign_runs
from ..links import web_link

_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# Characters that would end or break a link destination written as (url) inside a table cell.
_URL_UNSAFE = str.maketrans(
    {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "|": "%7C", "\\": "%5C"}
)
# Backslash-escaping the punctuation that starts links, emphasis, code and table cells keeps it
# literal in any CommonMark or GFM renderer: "[x](y)" stays text instead of becoming a link.
# (A translate table: one C-speed pass, where a regular expression's sub costs twice as much.)
_MARKUP = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]|~"})
# The characters _MARKUP and _ENTITIES change, and the "#" _CLOSING looks for.
_SPECIAL = re.compile(r"[\\`*_\[\]|~&<>#]")
# At the start of a line these would make a heading, a list, a rule or an underline.
_LEADING = re.compile(r"^(?:[-+#=]|\d{1,9}(?=[.)](?:\s|$)))")
# " #" at the end would close a heading ("## Kapal #" shows "Kapal").
_CLOSING = re.compile(r"(?:(?<= )|^)(#)(?=#*$)")


class _Unprintable(dict[int, int]):
    """str.translate's table: every character str.isprintable refuses becomes a space.

    Filled on first sight of each character (Unicode has too many to list), so a national
    plan's two million characters cost one C-speed translate instead of a Python-level loop.
    """

    def __missing__(self, code: int) -> int:
        folded = code if chr(code).isprintable() else 32
        if len(self) < 65536:  # a bound: text of every script at once cannot grow it further
            self[code] = folded
        return folded


_UNPRINTABLE = _Unprintable()


def one_line(text: str) -> str:
    """Line breaks and control characters folded into single spaces."""
    visible = text if text.isprintable() else text.translate(_UNPRINTABLE)
    return " ".join(visible.split())


# Memoised: a national plan escapes the same titles, names and roles thousands of times.
@functools.lru_cache(maxsize=1 << 16)
def escape(text: str, *, block: bool = True) -> str:
    """Text shown exactly as written in a Markdown file: no markup, no HTML, on one line.

    Text may begin a block (a paragraph, a list item: "- 1. KSOP" would nest a list), so a
    leading "-", "#" or "1." is escaped; `block=False` where it cannot (a heading's text, a
    table cell) keeps "## 4. Kendala" as people write it. A heading's closing "#" stays text.
    """
    literal = one_line(text)
    # Most names and titles hold none of the characters below: one C-speed scan finds that.
    special = _SPECIAL.search(literal) is not None
    if special:
        literal = literal.translate(_MARKUP)
    # The regular expressions run only where they can match: the same result, without their
    # cost on every cell of a national plan.
    if block and (literal[:1] in "-+#=" or literal[:1].isdigit()):
        literal = _LEADING.sub(_lead, literal)
    if special and "#" in literal:
        literal = _CLOSING.sub(r"\\\1", literal)
    return literal.translate(_ENTITIES) if special else literal


_CODE = re.compile(r"`([^`]+)`")


def escape_keeping_code(text: str, lang: str = "") -> str:
    """`escape`, except that `command` spans stay code spans (smrt's advice names commands).

    Code spans are safe as they are: what lies inside one is shown literally, never as a link.
    Outside them, a foreign term of `lang` is set in italics (PUEBI), as `markdown.prose` does.
    """
    folded = one_line(text)
    out, pos = [], 0
    for match in _CODE.finditer(folded):
        out.append(_words(folded[pos : match.start()], lang))
        out.append(match.group(0))
        pos = match.end()
    out.append(_words(folded[pos:], lang))
    return "".join(out)


def _words(text: str, lang: str) -> str:
    # a term's run holds the term alone (no outer spaces): "*" sits right against its letters
    return "".join(
        f"*{_literal(piece)}*" if italic else _literal(piece)
        for piece, italic in foreign_runs(text, lang)
    )


def _literal(text: str) -> str:
    return text.translate(_MARKUP).translate(_ENTITIES)


def _lead(match: re.Match[str]) -> str:
    lead = match.group(0)
    return "\\" + lead if not lead[0].isdigit() else lead + "\\"


def link(label: str, url: str) -> str:
    """`[label](url)` for a web address; anything else (javascript:, file:) stays text.

    `label` is Markdown already escaped by the caller; `url` is raw.
    """
    if web_link(url):
        return f"[{label}]({url.strip().translate(_URL_UNSAFE)})"
    return f"{label} ({escape(url)})"
