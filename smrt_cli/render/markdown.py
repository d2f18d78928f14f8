"""The one Markdown writer: a document's blocks and inline text as Markdown, escaped once here.

Every Markdown file smrt writes (the report, the week's plan, an evaluation) is built as the
document model (`document.py`) and written by these functions, so registry and export text is
made literal in one place (`markdown_text.escape`) and a table is written one way.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from ..catalogue import t
from ..document import (
    Block,
    Bullets,
    ChartRef,
    Code,
    Emph,
    Link,
    Paragraph,
    Quote,
    Ref,
    Section,
    Signature,
    Strong,
    Table,
    Text,
)
from ..i18n import foreign_runs
from .markdown_text import escape, escape_keeping_code, link

# A chart as Markdown ("![title](file.svg)"), or None where the document has no file for it.
Figure = Callable[[ChartRef], str | None]


def prose(text: str, lang: str, *, block: bool = True) -> str:
    """Escaped text with its foreign terms in italics (*port clearance*), as PUEBI sets them.

    Every Markdown file passes its language here (report, plan, evaluation, insights), so the
    italics are set once, in this writer; `lang` "" (or a language with no foreign terms) sets
    none.
    """
    return _prose(text, lang, block)


# Memoised like `escape`, its arguments positional (a cheaper cache key): a national plan's
# cells repeat the same names, formats and titles a hundred thousand times.
@functools.lru_cache(maxsize=1 << 16)
def _prose(text: str, lang: str, block: bool) -> str:
    runs = foreign_runs(text, lang)
    if len(runs) == 1 and not runs[0][1]:  # a cell that is the term alone is italic too
        return escape(text, block=block)
    out = []
    for n, (piece, italic) in enumerate(runs):
        escaped = escape(piece, block=block and n == 0)
        if italic:
            escaped = f"*{escaped}*"
        out.append(_spaced(piece, escaped, first=n == 0, last=n == len(runs) - 1))
    return "".join(out)


def _spaced(piece: str, escaped: str, *, first: bool, last: bool) -> str:
    """Escaping folds a piece's outer spaces away: the words around it keep theirs."""
    lead = " " if not first and piece[:1].isspace() else ""
    trail = " " if not last and piece[-1:].isspace() else ""
    return lead + escaped + trail


def inline(text: Text, lang: str = "", *, block: bool = True) -> str:
    """Inline text as Markdown; `block` where it may begin a block (a leading "1." escaped)."""
    if isinstance(text, str):
        # no language, no italics: straight to the (memoised) escape, as a national plan's
        # hundred thousand cells need
        return prose(text, lang, block=block) if lang else escape(text, block=block)
    if isinstance(text, tuple):
        out = []
        for n, piece in enumerate(text):
            said = inline(piece, lang, block=block and n == 0)
            if isinstance(piece, str):
                said = _spaced(piece, said, first=n == 0, last=n == len(text) - 1)
            out.append(said)
        return "".join(out)
    if isinstance(text, Strong):
        return f"**{inline(text.text, lang, block=False)}**"
    if isinstance(text, Emph):
        return f"*{inline(text.text, lang, block=False)}*"
    if isinstance(text, Ref):
        return f"[{inline(text.text, lang, block=False)}]({text.target})"
    if isinstance(text, Link):
        return link(escape(text.text), text.url)
    if isinstance(text, Code):
        return escape_keeping_code(text.text, lang)
    # the catalogue's own emphasis stays; the values in it are made literal
    values = {k: inline(v, lang, block=False) for k, v in text.values.items()}
    return t(text.key, text.lang, **values)


def cell(text: Text, lang: str = "") -> str:
    """A table cell: like inline text (so `|` cannot end the cell, a break cannot end the row)."""
    if isinstance(text, str) and not lang:
        return escape(text, block=False)
    return inline(text, lang, block=False)


def table(block: Table, lang: str = "") -> list[str]:
    aligns = ["---:" if i in block.numeric else "---" for i in range(len(block.headers))]
    lines = [
        "| " + " | ".join(cell(h, lang) for h in block.headers) + " |",
        "| " + " | ".join(aligns) + " |",
    ]
    # a list, not a generator, and plain words straight to the memoised `escape` (`prose`
    # where terms are set in italics): a national plan has a hundred thousand cells
    lines += [
        "| "
        + " | ".join(
            [
                (_prose(c, lang, False) if lang else escape(c, block=False))
                if c.__class__ is str
                else cell(c, lang)
                for c in row
            ]
        )
        + " |"
        for row in block.rows
    ]
    return lines


def signature(block: Signature) -> list[str]:
    """Place and date, title, three empty lines to sign on, the name in bold, the NIP."""
    name = f"**{escape(block.name, block=False)}**" if block.name else "(………………………………)"
    lines = [f"{escape(block.place_date)}  ", escape(block.title), ""]
    lines += ["&nbsp;", ""] * 3  # room for the signature and the stamp
    lines.append(name + ("  " if block.nip else ""))
    if block.nip:
        lines.append(escape(block.nip))
    return lines


def _bullets(block: Bullets, lang: str) -> list[str]:
    if block.numbered:
        marks = [f"{n}." for n in range(1, len(block.items) + 1)]
    else:
        marks = ["- [ ]" if block.tasks else "-"] * len(block.items)
    return [f"{m} {inline(e, lang)}" for m, e in zip(marks, block.items, strict=True)]


def _quote(block: Quote, lang: str) -> list[str]:
    lines: list[str] = []
    for paragraph in block.paragraphs:
        lines += [">"] if lines else []
        lines.append("> " + inline(paragraph, lang))
    return lines


def block_lines(block: Block, lang: str, figure: Figure | None = None) -> list[str] | None:
    """One block's lines; None for a chart the document shows no file for."""
    if isinstance(block, Paragraph):
        return [inline(block.text, lang)]
    if isinstance(block, Bullets):
        return _bullets(block, lang)
    if isinstance(block, Table):
        return table(block, lang)
    if isinstance(block, Quote):
        return _quote(block, lang)
    if isinstance(block, Signature):
        return signature(block)
    said = figure(block) if figure is not None else None
    return [said] if said is not None else None


def blocks(items: Sequence[Block], lang: str, figure: Figure | None = None) -> list[str]:
    """Blocks one after another, each after an empty line."""
    out: list[str] = []
    for block in items:
        lines = block_lines(block, lang, figure)
        if lines is not None:
            out += ["", *lines]
    return out


def sections(items: Sequence[Section], lang: str, figure: Figure | None = None) -> list[str]:
    """Each section's heading (level 1 is "##": the document's title is the "#"), its blocks."""
    out: list[str] = []
    for section in items:
        heading = prose(section.heading, lang, block=False)  # an idea's title may hold a term
        out += ["", "#" * (section.level + 1) + " " + heading]
        out += blocks(section.blocks, lang, figure)
    return out


def page(
    title: Text,
    intro: Sequence[Block],
    body: Sequence[Section],
    lang: str = "",
    figure: Figure | None = None,
) -> str:
    """A file: its title, the blocks before the first section, then the sections."""
    out = [
        "# " + inline(title, lang, block=False),
        *blocks(intro, lang, figure),
        *sections(body, lang, figure),
    ]
    return "\n".join(out) + "\n"
