"""One document model for every human-readable output: sections of blocks, tables, charts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import field

from .catalogue import t
from .records import mutable_record, record

# --- text inside a block: plain words, or words with a meaning a format shows its own way ------


@record
class Strong:
    text: Text


@record
class Emph:
    text: Text


@record
class Ref:
    """Text that points at another file of the same folder ("ksop-a.md")."""

    text: Text
    target: str


@record
class Code:
    """Text whose `command` spans stay code (smrt's advice to the operator names commands)."""

    text: str


@record
class Link:
    """Text that points at a post; renderers link it only when the address is http(s)."""

    text: str
    url: str


@record
class Said:
    """A catalogue text written with its own emphasis ("**Nilai {score}** …"): the template is
    smrt's, the values are not, so a renderer marks up the template and escapes the values."""

    key: str
    lang: str
    values: Mapping[str, Text] = field(default_factory=dict)


Inline = str | Strong | Emph | Ref | Code | Said | Link
# One inline piece, or several in a row ("*–* = tidak ada data").
Text = Inline | tuple[Inline, ...]


def plain(text: Text) -> str:
    """The words without their marks, for a format that sets a cell or a line as it is."""
    if isinstance(text, str):
        return text
    if isinstance(text, tuple):
        return "".join(plain(piece) for piece in text)
    if isinstance(text, Said):
        return t(text.key, text.lang, **{k: plain(v) for k, v in text.values.items()})
    if isinstance(text, Code | Link):
        return text.text
    return plain(text.text)


def texts(table: Table) -> tuple[list[str], list[list[str]]]:
    """A table's header and rows as plain words, for a format that sets its own emphasis."""
    return [plain(h) for h in table.headers], [[plain(c) for c in row] for row in table.rows]


def plain_item(item: Text) -> str | Link:
    """A list item as plain words, a post's link kept (a format links it its own way)."""
    return item if isinstance(item, Link) else plain(item)


# --- blocks --------------------------------------------------------------------------------------


@record
class Paragraph:
    text: Text


@record
class Bullets:
    items: Sequence[Text]
    numbered: bool = False  # a Dasar lists its acts 1., 2., 3.
    tasks: bool = False  # a checklist: "- [ ] …", ticked by hand


@record
class Quote:
    """A note set apart from the text (the rules a reader needs first), paragraph by paragraph."""

    paragraphs: Sequence[Text]


@record
class Signature:
    """The closing block an office signs: place and date, title, room to sign, name, NIP."""

    place_date: str
    title: str
    name: str  # "" when the registry names nobody: a line to write the name on
    nip: str  # "NIP 19800101 200501 1 001", or ""


@record
class Table:
    headers: Sequence[Text]
    rows: Sequence[Sequence[Text]]
    numeric: tuple[int, ...] = ()  # columns aligned right
    widths: tuple[float, ...] = ()  # each column's share of the width, when content cannot say


@record
class ChartRef:
    chart_id: str


Block = Paragraph | Bullets | Table | ChartRef | Signature | Quote


@mutable_record
class Section:
    title: str
    level: int  # 1 = chapter, 2 = sub-section, 3 = a unit inside a sub-section
    blocks: list[Block] = field(default_factory=list)
    number: str = ""  # "3" or "3.2", as government reports number their chapters

    @property
    def heading(self) -> str:
        return f"{self.number} {self.title}" if self.number else self.title


@record
class BarChart:
    id: str
    title: str
    labels: list[str]
    values: list[float | None]
    value_labels: list[str]  # the values as the report's language writes them


@record
class HeatMap:
    id: str
    title: str
    rows: list[str]
    cols: list[str]
    values: list[list[float | None]]
    missing_label: str
    # the colour scale's ends and the decimals shown in a cell: scores run 0-100; the
    # insights' lifts run around 1 (the unit's median)
    low: float = 0.0
    high: float = 100.0
    decimals: int = 0
    decimal_comma: bool = False  # Indonesian writes 1,6


@record
class PillarMix:
    id: str
    title: str
    labels: list[str]
    planned: list[float]
    target: list[float]
    planned_label: str
    target_label: str


@record
class Trend:
    id: str
    title: str
    periods: list[str]
    series: list[tuple[str, list[float | None]]]


Chart = BarChart | HeatMap | PillarMix | Trend


@mutable_record
class Report:
    lang: str
    title: str
    subtitle: str
    organisation: str
    region: str
    meeting: str
    date_text: str
    period: str
    sections: list[Section]
    charts: dict[str, Chart]
