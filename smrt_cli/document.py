"""One document model for every human-readable output: sections of blocks, tables, charts."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Link:
    """Text that points at a post; renderers link it only when the address is http(s)."""

    text: str
    url: str


@dataclass(frozen=True)
class Bullets:
    items: list[str | Link]
    numbered: bool = False  # a Dasar lists its acts 1., 2., 3.


@dataclass(frozen=True)
class Signature:
    """The closing block an office signs: place and date, title, room to sign, name, NIP."""

    place_date: str
    title: str
    name: str  # "" when the registry names nobody: a line to write the name on
    nip: str  # "NIP 19800101 200501 1 001", or ""


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    numeric: tuple[int, ...] = ()  # columns aligned right
    widths: tuple[float, ...] = ()  # each column's share of the width, when content cannot say


@dataclass(frozen=True)
class ChartRef:
    chart_id: str


Block = Paragraph | Bullets | Table | ChartRef | Signature


@dataclass
class Section:
    title: str
    level: int  # 1 = chapter, 2 = sub-section, 3 = a unit inside a sub-section
    blocks: list[Block] = field(default_factory=list)
    number: str = ""  # "3" or "3.2", as government reports number their chapters

    @property
    def heading(self) -> str:
        return f"{self.number} {self.title}" if self.number else self.title


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    labels: list[str]
    values: list[float | None]
    value_labels: list[str]  # the values as the report's language writes them


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class PillarMix:
    id: str
    title: str
    labels: list[str]
    planned: list[float]
    target: list[float]
    planned_label: str
    target_label: str


@dataclass(frozen=True)
class Trend:
    id: str
    title: str
    periods: list[str]
    series: list[tuple[str, list[float | None]]]


Chart = BarChart | HeatMap | PillarMix | Trend


@dataclass
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
