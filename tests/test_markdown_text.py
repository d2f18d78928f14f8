"""The escaping every Markdown file shares: no HTML from registry text, links only to the web."""

from __future__ import annotations

from smrt_cli.render.markdown_text import cell, inline, link, literal


def test_html_characters_become_entities() -> None:
    assert inline("<b>x</b> &\nnext") == "&lt;b&gt;x&lt;/b&gt; &amp; next"
    assert cell("<b>x</b> | y\\") == "&lt;b&gt;x&lt;/b&gt; \\| y\\\\"


def test_only_web_addresses_become_links() -> None:
    assert link("tautan", "https://example.org/p (1)|x") == (
        "[tautan](https://example.org/p%20%281%29%7Cx)"
    )
    assert link("tautan", "javascript:alert(1)") == "tautan (javascript:alert(1))"
    assert link("tautan", "file:///etc/<passwd>") == "tautan (file:///etc/&lt;passwd&gt;)"


def test_literal_text_keeps_markup_characters_as_text() -> None:
    assert literal("[klik](https://x.example) *tebal* `k` | a\\b\n#1") == (
        "\\[klik\\](https://x.example) \\*tebal\\* \\`k\\` \\| a\\\\b \\#1"
    )


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
