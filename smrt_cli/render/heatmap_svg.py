"""A heatmap written as SVG text directly: the insights' grids without loading matplotlib.

`smrt insights` draws one weekday × hour grid per platform; through matplotlib that was about
2 s of a national run's 6.5 s (its import, a figure and a text layout per grid). The grid is
a table of coloured cells, so it is written here; the colours are matplotlib's RdYlGn (the
same eleven ColorBrewer anchors, interpolated alike; `tests/render/test_heatmap_svg.py` holds
them to matplotlib's), the labels and the light-on-dark rule those of `charts._heatmap`. The
report keeps drawing its charts through matplotlib, so its SVG and its PNG for Word match.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from ..document import HeatMap
from .charts import GREY

# ColorBrewer's RdYlGn, red to green, as matplotlib's colormap of that name interpolates it
RDYLGN = (
    (165, 0, 38),
    (215, 48, 39),
    (244, 109, 67),
    (253, 174, 97),
    (254, 224, 139),
    (255, 255, 191),
    (217, 239, 139),
    (166, 217, 106),
    (102, 189, 99),
    (26, 152, 80),
    (0, 104, 55),
)
CELL_W, CELL_H = 46, 24
FONT = "DejaVu Sans, Verdana, sans-serif"
# a label's width at 11 px, per character: DejaVu Sans averages about 0.6 em
CHAR_W = 6.6


def colour(value: float | None, low: float, high: float) -> str:
    """The cell's fill: RdYlGn at the value's place on the scale, grey for no data."""
    if value is None:
        return GREY
    share = 0.0 if high <= low else min(max((value - low) / (high - low), 0.0), 1.0)
    # matplotlib samples its colormap at 256 levels; the same level here, the same colour
    level = min(int(share * 256), 255) / 255
    place = level * (len(RDYLGN) - 1)
    i = min(int(place), len(RDYLGN) - 2)
    t = place - i
    rgb = (round(a + (b - a) * t) for a, b in zip(RDYLGN[i], RDYLGN[i + 1], strict=True))
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def heatmap_svg(chart: HeatMap) -> str:
    """The heatmap as a standalone SVG document; the same chart gives the same bytes."""
    left = round(max((len(r) for r in chart.rows), default=0) * CHAR_W) + 14
    bottom = round(max((len(c) for c in chart.cols), default=0) * CHAR_W * 0.65) + 22
    width = left + CELL_W * len(chart.cols) + 10
    height = 34 + CELL_H * len(chart.rows) + bottom
    out = [
        '<?xml version="1.0" encoding="utf-8" standalone="no"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="{FONT}">',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="{left}" y="20" font-size="13" font-weight="bold">{escape(chart.title)}</text>',
    ]
    out += _cells(chart, left, 34)
    out += _labels(chart, left, 34)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _cells(chart: HeatMap, left: int, top: int) -> list[str]:
    low, high = chart.low, chart.high
    edge = 0.15 * (high - low)
    size = 10 if len(chart.cols) > 8 else 11
    out: list[str] = []
    for i, row in enumerate(chart.values):
        y = top + i * CELL_H
        for j, v in enumerate(row):
            x = left + j * CELL_W
            out.append(
                f'<rect x="{x}" y="{y}" width="{CELL_W}" height="{CELL_H}" '
                f'fill="{colour(v, low, high)}" stroke="#ffffff" stroke-width="1"/>'
            )
            text = f"{v:.{chart.decimals}f}" if v is not None else "–"
            if chart.decimal_comma:
                text = text.replace(".", ",")
            # the scale's dark ends need light text to stay readable (as charts._heatmap)
            ink = "#ffffff" if v is not None and (v < low + edge or v > high - edge) else "#000000"
            out.append(
                f'<text x="{x + CELL_W / 2:g}" y="{y + CELL_H / 2 + 4:g}" font-size="{size}" '
                f'text-anchor="middle" fill="{ink}">{escape(text)}</text>'
            )
    return out


def _labels(chart: HeatMap, left: int, top: int) -> list[str]:
    out = [
        f'<text x="{left - 6}" y="{top + i * CELL_H + CELL_H / 2 + 4:g}" font-size="11" '
        f'text-anchor="end">{escape(name)}</text>'
        for i, name in enumerate(chart.rows)
    ]
    below = top + len(chart.rows) * CELL_H + 12
    for j, name in enumerate(chart.cols):
        x = left + j * CELL_W + CELL_W / 2
        out.append(
            f'<text x="{x:g}" y="{below}" font-size="11" text-anchor="end" '
            f'transform="rotate(-40 {x:g} {below})">{escape(name)}</text>'
        )
    return out
