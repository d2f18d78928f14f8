"""PUEBI style over every document the sample makes: plans, scorecards, report, WhatsApp, insights."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from tests.helpers.report_data import ISSUED, demo_evaluated

# what the documents say, not how they draw: each distinct chart drawn once (tests/helpers)
pytestmark = pytest.mark.usefixtures("charts_drawn_once")

# Names keep their capital after a semicolon ("…; Facebook 2"); any other word does not.
PROPER = r"(?:Facebook|Instagram|TikTok|YouTube|X|WhatsApp|Meta|KSOP|UPP|UPT|SMRT|Humas|Nataru)\b"
RULES = {
    "capital after a semicolon": re.compile(rf";\s+(?!{PROPER})[A-Z][a-z]"),
    "nested brackets": re.compile(r"\([^()\n]*\([^()\n]*\)[^()\n]*\)"),
    "mixed English and Indonesian": re.compile(r"\bER per\b"),
    "straight quotation mark": re.compile(r"(?<![=\w])\"[A-Za-z]|[a-z.?!]\"(?![\w>])"),
    "command line": re.compile(r"`smrt |`--[a-z]|(?<![\w-])--scores\b"),
}


def _readable(path: Path) -> str:
    """The text a reader sees: Markdown links as their text, HTML without tags, styles, charts."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"<(style|svg|script)\b.*?</\1>|<[^>]+>", " ", text, flags=re.S)
        return html.unescape(text)
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)


@pytest.mark.slow
def test_every_document_of_the_sample_keeps_the_house_style(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_exports: Callable[[Path], Path]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", ISSUED)
    root = demo_evaluated(tmp_path, demo_exports)
    for args, out in (
        (["export", "report", "--period", "2026-11", "--format", "md"], "report.md"),
        (["export", "report", "--period", "2026-11", "--format", "html"], "report.html"),
        (["export", "plan", "--week", "2026-W49", "--format", "whatsapp"], "wa.txt"),
    ):
        result = CliRunner().invoke(app, ["-w", str(root), *args, "-o", str(root / out)])
        if result.exit_code == 2 and "-o" in result.stderr:  # a command that prints instead
            result = CliRunner().invoke(app, ["-w", str(root), *args])
            (root / out).write_text(result.stdout, encoding="utf-8")
        assert result.exit_code == 0, (args, result.stderr)
    insights = CliRunner().invoke(app, ["-w", str(root), "insights", "--period", "2026-11"])
    assert insights.exit_code == 0, insights.stderr
    documents = [
        *sorted((root / "plans").rglob("*.md")),
        *sorted((root / "evaluations").rglob("*.md")),
        *sorted((root / "insights").rglob("*.md")),
        *(root / name for name in ("report.md", "report.html", "wa.txt")),
    ]
    assert len(documents) >= 25
    assert [path.name for path in documents if path.stat().st_size == 0] == []
    found = [
        f"{path.relative_to(root)}: {rule}: {match!r}"
        for path in documents
        for rule, pattern in RULES.items()
        for match in pattern.findall(_readable(path))
    ]
    assert found == []


def _plain(text: str, italic: str) -> str:
    """`text` without its italic spans, link texts (a post's own words, quoted) and hashtags."""
    return re.sub(rf"{italic}|#\w+", " ", text)


# Markdown: *term* (never **bold**) and [link text](address); HTML: <em>, <i> and <a>.
_MD_ITALIC = r"(?<![*\\])\*(?!\*)[^*\n]+?(?<![*\\])\*(?!\*)|\[[^\]]*\]\([^)]*\)"
_HTML_ITALIC = r"<(em|i|a)\b[^>]*>.*?</\1>"


def _docx_upright(path: Path) -> str:
    """The DOCX's text in upright runs only, paragraph by paragraph (tables' cells too)."""
    import docx

    document = docx.Document(str(path))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs += [p for row in table.rows for c in row.cells for p in c.paragraphs]
    return "\n".join("".join(" " if run.italic else run.text for run in p.runs) for p in paragraphs)


@pytest.mark.slow
def test_foreign_terms_are_in_italics_in_the_report_of_every_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_exports: Callable[[Path], Path]
) -> None:
    from smrt_cli.i18n import FOREIGN_TERMS, foreign_runs

    monkeypatch.setenv("SOURCE_DATE_EPOCH", ISSUED)
    root = demo_evaluated(tmp_path, demo_exports)
    for fmt in ("md", "html", "docx"):
        args = ["export", "report", "--period", "2026-11", "--format", fmt]
        result = CliRunner().invoke(app, ["-w", str(root), *args, "-o", str(root / f"r.{fmt}")])
        assert result.exit_code == 0, result.stderr
    upright = {
        "r.md": _plain((root / "r.md").read_text(encoding="utf-8"), _MD_ITALIC),
        "r.html": _plain(
            re.sub(
                r"<(style|svg|script)\b.*?</\1>",
                " ",
                (root / "r.html").read_text("utf-8"),
                flags=re.S,
            ),
            _HTML_ITALIC,
        ),
        "r.docx": _plain(_docx_upright(root / "r.docx"), r"(?!)"),
    }
    # the sample's report has these terms: the check has something to find
    assert "*Social Media Response Team*" in (root / "r.md").read_text(encoding="utf-8")
    found = {
        name: sorted({piece for piece, term in foreign_runs(text, "id") if term})
        for name, text in upright.items()
    }
    assert found == {"r.md": [], "r.html": [], "r.docx": []}, FOREIGN_TERMS["id"]
