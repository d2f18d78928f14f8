"""The escaping every Markdown file shares: no HTML from registry text, links only to the web."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from smrt_cli.render.markdown_text import escape, escape_keeping_code, link, one_line


def test_html_characters_become_entities() -> None:
    assert escape("<b>x</b> &\nnext") == "&lt;b&gt;x&lt;/b&gt; &amp; next"
    assert escape("<b>x</b> | y\\") == "&lt;b&gt;x&lt;/b&gt; \\| y\\\\"


def test_only_web_addresses_become_links() -> None:
    assert link("tautan", "https://example.org/p (1)|x") == (
        "[tautan](https://example.org/p%20%281%29%7Cx)"
    )
    assert link("tautan", "javascript:alert(1)") == "tautan (javascript:alert(1))"
    assert link("tautan", "file:///etc/<passwd>") == "tautan (file:///etc/&lt;passwd&gt;)"


def test_literal_text_keeps_markup_characters_as_text() -> None:
    assert escape("[klik](https://x.example) *tebal* `k` | a\\b\n#1 ~~x~~") == (
        "\\[klik\\](https://x.example) \\*tebal\\* \\`k\\` \\| a\\\\b #1 \\~\\~x\\~\\~"
    )


def test_what_would_start_a_block_is_escaped_at_the_start() -> None:
    texts = ("# x", "- x", "+ x", "===", "1. x", "2) x", "09.00 WITA")
    assert [escape(t, block=False) for t in texts] == list(texts)
    assert [escape(t) for t in texts] == [
        "\\# x",
        "\\- x",
        "\\+ x",
        "\\===",
        "1\\. x",
        "2\\) x",
        "09.00 WITA",
    ]


def test_a_scorecard_shows_a_posts_markup_as_text() -> None:
    from markdown_it import MarkdownIt

    from smrt_cli.evaluation import PostEvidence
    from smrt_cli.render.evaluation_markdown import _post_rows

    post = PostEvidence(
        platform="facebook",
        post_id="1",
        date="2026-11-22",
        text="Klik [di sini](https://contoh.example) _sekarang_",
        interactions=5,
    )
    table = "\n".join(_post_rows([post], "id"))
    html = MarkdownIt("commonmark").enable("table").render(table)
    assert "<a " not in html and "<em>" not in html
    assert "Klik [di sini](https://contoh.example) _sekarang_" in html


def test_advice_keeps_its_commands_as_code_and_nothing_else() -> None:
    assert escape_keeping_code("impor dengan `smrt metrics import` | [x](javascript:y) _a_") == (
        "impor dengan `smrt metrics import` \\| \\[x\\](javascript:y) \\_a\\_"
    )
    assert escape_keeping_code("`[x](javascript:y)`\n<b>") == "`[x](javascript:y)` &lt;b&gt;"


def test_an_address_with_a_line_break_or_no_host_stays_text() -> None:
    from smrt_cli.links import web_link

    assert [
        web_link(u) for u in ("https://x.example/a", "HTTP://x", "https://", "http://a\nb")
    ] == [
        True,
        True,
        False,
        False,
    ]
    assert link("tautan", "https://x.example/a\n| b |") == "tautan (https://x.example/a \\| b \\|)"


MARKUP_HEAVY = st.text(
    alphabet=st.sampled_from(list("ab1 .)([]!<>&#*_`~|\\-+=:/\n\t\u00a0\u2028j")), max_size=40
)


def _shown(html_tokens: list[object]) -> str:
    out = []
    for token in html_tokens:
        for child in getattr(token, "children", None) or []:
            assert child.type == "text", (child.type, child.content)
            out.append(child.content)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(MARKUP_HEAVY)
def test_any_text_is_shown_exactly_as_written_wherever_it_goes(text: str) -> None:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table")
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    expected = one_line(text)
    contexts = {
        "paragraph": escape(text),
        "heading": "## " + escape(text, block=False),
        "item": "- " + escape(text),
        "bold": "**" + escape(text) + "**",
    }
    for where, markdown in contexts.items():
        tokens = parser.parse(markdown)
        inline = [t for t in tokens if t.type == "inline"]
        assert len(inline) <= 1, where
        if where == "bold" and expected:
            continue  # emphasis adds its own tokens; links and HTML are what matter there
        assert _shown(inline) == expected, (where, markdown)
    table = f"| a | b |\n| --- | --- |\n| x | {escape(text, block=False)} |"
    cells = [t for t in parser.parse(table) if t.type == "inline"]
    assert len(cells) == 4
    assert _shown(cells[3:]) == expected


# The functions as they were before str.translate replaced the character loop and the regex
# substitutions: the reference the faster ones must equal on any text.
_OLD_MARKUP = re.compile(r"([\\`*_\[\]|~])")
_OLD_LEADING = re.compile(r"^(?:[-+#=]|\d{1,9}(?=[.)](?:\s|$)))")
_OLD_CLOSING = re.compile(r"(?:(?<= )|^)(#)(?=#*$)")
_OLD_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_OLD_CODE = re.compile(r"`([^`]+)`")


def old_one_line(text: str) -> str:
    visible = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(visible.split())


def old_lead(match: re.Match[str]) -> str:
    lead = match.group(0)
    return "\\" + lead if not lead[0].isdigit() else lead + "\\"


def old_escape(text: str, *, block: bool = True) -> str:
    literal = _OLD_MARKUP.sub(r"\\\1", old_one_line(text))
    if block:
        literal = _OLD_LEADING.sub(old_lead, literal)
    literal = _OLD_CLOSING.sub(r"\\\1", literal)
    return literal.translate(_OLD_ENTITIES)


def old_escape_keeping_code(text: str) -> str:
    folded = old_one_line(text)
    out, pos = [], 0
    for match in _OLD_CODE.finditer(folded):
        out.append(_OLD_MARKUP.sub(r"\\\1", folded[pos : match.start()]).translate(_OLD_ENTITIES))
        out.append(match.group(0))
        pos = match.end()
    out.append(_OLD_MARKUP.sub(r"\\\1", folded[pos:]).translate(_OLD_ENTITIES))
    return "".join(out)


# Markup, digits of several scripts, every kind of space and line break, controls, format
# characters, surrogates and unassigned code points, besides any text at all.
_TRICKY = st.sampled_from(
    [
        *"\\`*_[]|~#-+=.)(<>&1٣²\t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u2029\u200b\u3000\x00\x7f",
        *("\ud800", "\U000e0001", "\U0010ffff", "a", "Kapal", " "),
    ]
)
_MARKDOWN_TEXTS = st.one_of(st.text(), st.lists(_TRICKY, max_size=20).map("".join))


@settings(max_examples=500, deadline=None)
@given(_MARKDOWN_TEXTS, st.booleans())
def test_escape_equals_the_character_by_character_reference(text: str, block: bool) -> None:
    assert one_line(text) == old_one_line(text)
    assert escape(text, block=block) == old_escape(text, block=block)
    assert escape_keeping_code(text) == old_escape_keeping_code(text)
