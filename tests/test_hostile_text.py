"""Hostile text in every field a person or an export fills: no Markdown file gets a live link.

The registry's names, titles, briefs, checklists, roles and pillar names, the assessors' evidence
and names, and the posts' texts and permalinks all carry links, images, HTML, pipes and line
breaks. Every Markdown file smrt writes from them is parsed as a renderer would: no link may lead
anywhere but to the web (http, https) or to a file smrt wrote beside it, no HTML may pass, and no
table row may split.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from typer.testing import CliRunner

from smrt_cli.cli import app
from smrt_cli.metrics.store import open_store
from tests.helpers.evaluation_data import FIXTURES, REGION, region_store

# what the documents say, not how they draw: each distinct chart drawn once (tests/helpers)
pytestmark = pytest.mark.usefixtures("charts_drawn_once")

PAYLOAD = (
    "[Lihat bukti](javascript:alert(1)) ![i](javascript:alert(2)) <javascript:alert(3)>"
    ' | sel\npecah <img src=x onerror="alert(4)"> `kode` *tebal* [ref]'
)
FREE_TEXT = {"name", "title", "brief", "role", "description", "organisation", "region", "city"}


def _poison(node: Any, key: str = "") -> Any:
    """Every free-text value of the registry with the payload after it."""
    if isinstance(node, dict):
        return {k: _poison(v, k if k not in ("id", "en") else key) for k, v in node.items()}
    if isinstance(node, list):
        return [_poison(v, key) for v in node]
    if isinstance(node, str) and key in FREE_TEXT:
        return f"{node} {PAYLOAD}"
    return node


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")
    registry = _poison(yaml.safe_load(REGION.read_text(encoding="utf-8")))
    for idea in registry["ideas"]:
        idea["checklist"] = [PAYLOAD, f"- {PAYLOAD}"]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "upt.yaml").write_text(
        yaml.safe_dump(registry, allow_unicode=True), encoding="utf-8"
    )
    scores = yaml.safe_load((FIXTURES / "scores-2026-10.yaml").read_text(encoding="utf-8"))
    for entry in scores["scores"]:
        entry["evidence"] = PAYLOAD
        entry["assessor"] = f"1. {PAYLOAD}"
    (tmp_path / "skor.yaml").write_text(yaml.safe_dump(scores), encoding="utf-8")
    region_store(tmp_path / "smrt.db")
    conn = open_store(tmp_path / "smrt.db")
    conn.execute("UPDATE post SET text = ?", [PAYLOAD])
    conn.execute("UPDATE post SET permalink = 'javascript:alert(5)' WHERE post_id = 'p1'")
    conn.execute("UPDATE post SET permalink = 'https://x.example/a\n| b |' WHERE rowid % 2 = 0")
    conn.close()
    return tmp_path


def _smrt(ws: Path, *args: str) -> None:
    result = CliRunner().invoke(app, ["--workspace", str(ws), *args])
    assert result.exit_code == 0, result.stderr


def _pipes(line: str) -> int:
    """The `|` that separate cells: an escaped one (\\|) is text."""
    return len(re.findall(r"(?<!\\)(?:\\\\)*\|", line))


def _tables_whole(text: str, name: str) -> None:
    block: list[str] = []
    for line in [*text.split("\n"), ""]:
        if line.startswith("|"):
            block.append(line)
            continue
        if block:
            assert all(row.endswith("|") for row in block), name
            assert len({_pipes(row) for row in block}) == 1, (name, block)
        block = []


def _links(tokens: list[Token]) -> list[tuple[str, str]]:
    found = []
    for token in tokens:
        for child in token.children or []:
            if child.type == "link_open":
                found.append(("link", str(child.attrs["href"])))
            elif child.type == "image":
                found.append(("image", str(child.attrs["src"])))
            assert child.type != "html_inline", child.content
        assert token.type != "html_block", token.content
    return found


@pytest.mark.slow
def test_no_markdown_file_has_a_live_link_html_or_a_split_row(ws: Path) -> None:
    _smrt(ws, "plan", "week", "--week", "2026-W41")
    _smrt(ws, "plan", "week", "--week", "2026-W45")
    _smrt(ws, "evaluate", "upt", "--period", "2026-10", "--scores", str(ws / "skor.yaml"))
    _smrt(ws, "export", "report", "--period", "2026-10", "--format", "md")
    documents = sorted(ws.glob("*/*/*.md")) + sorted(ws.glob("reports/*.md"))
    assert len(documents) == 2 * 5 + 5 + 1
    parser = MarkdownIt("commonmark").enable("table")
    # markdown-it drops javascript: links by itself; other renderers do not, so neither may this
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    shown = 0
    for path in documents:
        text = path.read_text(encoding="utf-8")
        _tables_whole(text, path.name)
        for kind, target in _links(parser.parse(text)):
            if not target.startswith(("https://", "http://")):
                # smrt's own files beside the document: a unit's page, a chart
                assert re.fullmatch(r"[a-z0-9-]+\.md|[\w-]+-files/[a-z]+\.svg", target), target
                assert (path.parent / target).is_file(), target
            assert "javascript" not in target.lower() and "\n" not in target, (kind, target)
        html = parser.render(text)
        shown += html.count("[Lihat bukti](javascript:alert(1))")
    assert shown > 50  # the text is there, shown as text


@pytest.mark.slow
def test_html_and_docx_link_only_to_the_web(ws: Path) -> None:
    import html
    import zipfile

    _smrt(ws, "evaluate", "upt", "--period", "2026-10", "--scores", str(ws / "skor.yaml"))
    _smrt(ws, "export", "report", "--period", "2026-10", "--format", "html")
    _smrt(ws, "export", "report", "--period", "2026-10", "--format", "docx")
    page = (ws / "reports" / "2026-10.html").read_text(encoding="utf-8")
    found = [html.unescape(t) for t in re.findall(r'(?:href|src)="([^"]*)"', page)]
    targets = [t for t in found if not t.startswith("data:image/")]  # the charts, inline
    assert all(t.startswith(("https://", "http://", "#")) for t in targets)
    assert all("\n" not in t and "javascript" not in t for t in targets)
    assert "<img src=x" not in page and "[Lihat bukti](javascript:alert(1))" in page
    assert "interaksi (javascript:alert(5))</li>" in page  # the post's address, as text
    with zipfile.ZipFile(ws / "reports" / "2026-10.docx") as docx:
        rels = docx.read("word/_rels/document.xml.rels").decode("utf-8")
    links = re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', rels)
    assert all(t.startswith(("https://", "http://")) for t in links), links
    assert all("javascript" not in t and "&#10;" not in t for t in links)
