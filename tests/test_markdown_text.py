"""The escaping every Markdown file shares: no HTML from registry text, links only to the web."""

from __future__ import annotations

from smrt_cli.render.markdown_text import escape, escape_keeping_code, link


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
    from smrt_cli.report import web_link

    assert [
        web_link(u) for u in ("https://x.example/a", "HTTP://x", "https://", "http://a\nb")
    ] == [
        True,
        True,
        False,
        False,
    ]
    assert link("tautan", "https://x.example/a\n| b |") == "tautan (https://x.example/a \\| b \\|)"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from smrt_cli.render.markdown_text import one_line  # noqa: E402

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
