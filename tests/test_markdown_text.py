"""The escaping every Markdown file shares: no HTML from registry text, links only to the web."""

from __future__ import annotations

from smrt_cli.render.markdown_text import cell, inline, link


def test_html_characters_become_entities() -> None:
    assert inline("<b>x</b> &\nnext") == "&lt;b&gt;x&lt;/b&gt; &amp; next"
    assert cell("<b>x</b> | y\\") == "&lt;b&gt;x&lt;/b&gt; \\| y\\\\"


def test_only_web_addresses_become_links() -> None:
    assert link("tautan", "https://example.org/p (1)|x") == (
        "[tautan](https://example.org/p%20%281%29%7Cx)"
    )
    assert link("tautan", "javascript:alert(1)") == "tautan (javascript:alert(1))"
    assert link("tautan", "file:///etc/<passwd>") == "tautan (file:///etc/&lt;passwd&gt;)"
