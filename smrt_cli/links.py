"""Which addresses become live links in a document: the one rule every renderer asks."""

from __future__ import annotations

import re


def web_link(url: str) -> bool:
    """Only http(s) addresses become links: a javascript: or file: address stays text.

    One with a line break or another control character in it stays text too: in a Markdown
    table it would end the row, in HTML or DOCX it is no address a browser should open.
    """
    return _WEB.match(url) is not None and url.isprintable()


_WEB = re.compile(r"https?://[^\s/?#]", re.IGNORECASE)  # the scheme, then a host
