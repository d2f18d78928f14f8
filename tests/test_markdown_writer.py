"""The one Markdown writer: inline marks, catalogue emphasis, lists, quotes and tables, exactly."""

from __future__ import annotations

from smrt_cli.document import (
    Bullets,
    Code,
    Emph,
    Link,
    Paragraph,
    Quote,
    Ref,
    Said,
    Section,
    Strong,
    Table,
)
from smrt_cli.render.markdown import blocks, inline, page


def test_a_catalogue_sentence_keeps_its_emphasis_and_escapes_its_values() -> None:
    values = {
        "score": "59,0",
        "grade": "*Cukup*",
        "rank": "1",
        "of": "3",
        "change": "[x](javascript:y)",
        "coverage": "100",
    }
    assert inline(Said("evaluation.summary_score", "id", values)) == (
        "**Nilai 59,0** (\\*Cukup\\*) · peringkat 1 dari 3 · perubahan \\[x\\](javascript:y) "
        "· cakupan 100% dari total bobot"
    )


def test_pieces_keep_the_spaces_between_them() -> None:
    assert inline((Emph("–"), " = tidak ada data")) == "*–* = tidak ada data"
    assert inline((Strong("Brief:"), " a_b")) == "**Brief:** a\\_b"
    assert inline(("- x ", Ref("A|B", "a.md"))) == "\\- x [A\\|B](a.md)"


def test_only_web_addresses_become_links_and_commands_stay_code() -> None:
    assert inline(Link("bukti", "javascript:alert(1)")) == "bukti (javascript:alert(1))"
    assert inline(Link("bukti", "https://x.example/p")) == "[bukti](https://x.example/p)"
    assert inline(Code("impor dengan `smrt metrics import` _a_")) == (
        "impor dengan `smrt metrics import` \\_a\\_"
    )


def test_blocks_lists_quotes_and_tables() -> None:
    lines = blocks(
        [
            Paragraph("1. bukan daftar"),
            Bullets(["a", "b"], tasks=True),
            Bullets(["a"], numbered=True),
            Quote(["satu", "dua"]),
            Table(["Unit", "Jam"], [["KSOP A", ""]], (1,)),
        ],
        "",
    )
    assert lines == [
        "",
        "1\\. bukan daftar",
        "",
        "- [ ] a",
        "- [ ] b",
        "",
        "1. a",
        "",
        "> satu",
        ">",
        "> dua",
        "",
        "| Unit | Jam |",
        "| --- | ---: |",
        "| KSOP A |  |",
    ]


def test_a_page_is_its_title_intro_and_sections() -> None:
    body = [Section("Bab", 1, [Paragraph("isi")]), Section("Sub #", 2)]
    assert page("Judul [x]", [Paragraph("awal")], body) == (
        "# Judul \\[x\\]\n\nawal\n\n## Bab\n\nisi\n\n### Sub \\#\n"
    )


def test_every_format_sets_a_quote_the_html_as_a_blockquote() -> None:
    from smrt_cli.document import Report
    from smrt_cli.render.report_html import render_html

    section = Section("Catatan", 1, [Quote(["<b>a</b>", Said("plan.day", "id")])])
    report = Report("id", "T", "S", "O", "R", "M", "D", "P", [section], {})
    assert "<blockquote><p>&lt;b&gt;a&lt;/b&gt;</p><p>Hari &amp; tanggal</p></blockquote>" in (
        render_html(report, {})
    )


def test_the_docx_sets_a_quote_in_word_s_quote_style() -> None:
    import datetime as dt
    import io

    import docx

    from smrt_cli.document import Report
    from smrt_cli.render.report_docx import render_docx

    section = Section("Catatan", 1, [Quote(["satu", Said("plan.day", "id")])])
    report = Report("id", "T", "S", "O", "R", "M", "D", "P", [section], {})
    data = render_docx(report, {}, dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
    quoted = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs if p.style.name == "Quote"]
    assert quoted == ["satu", "Hari & tanggal"]
