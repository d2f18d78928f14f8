"""The report's charts drawn with matplotlib (imported only here, on demand) as SVG or PNG."""

from __future__ import annotations

import io
import re
from typing import Any

from ..document import BarChart, Chart, HeatMap, PillarMix, Trend

# Hubla-like navy and sea colours; grey marks "no data" so it never reads as a low score.
NAVY = "#0b3d6e"
SEA = "#2a9d8f"
SAND = "#e9c46a"
GREY = "#c8ccd0"


class _Plt:
    """The three pyplot calls the charts make, on matplotlib's Figure directly.

    pyplot's import (its backends and state machine) is most of a second on the development
    machine, half of `smrt export slides`; a Figure alone renders the same SVG and PNG.
    """

    def subplots(self, figsize: tuple[float, float]) -> tuple[Any, Any]:
        from matplotlib.figure import Figure

        fig = Figure(figsize=figsize)
        return fig, fig.subplots()

    def get_cmap(self, name: str) -> Any:
        import matplotlib

        return matplotlib.colormaps[name]

    def close(self, fig: Any) -> None:
        """Nothing to free: a Figure outside pyplot is collected like any object."""


def _pyplot() -> Any:
    import matplotlib

    matplotlib.rcParams.update(
        {
            "svg.hashsalt": "smrt",  # fixed ids in the SVG: same chart, same bytes
            "svg.fonttype": "none",  # text stays text: smaller, searchable, no glyph ids
            "text.parse_math": False,  # a "$" in a unit name is text, not TeX
            "font.family": "DejaVu Sans",
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    return _Plt()


def _draw(chart: Chart) -> Any:
    plt = _pyplot()
    if isinstance(chart, BarChart):
        return _bar(plt, chart)
    if isinstance(chart, HeatMap):
        return _heatmap(plt, chart)
    if isinstance(chart, PillarMix):
        return _pillars(plt, chart)
    return _trend(plt, chart)


def _bar(plt: Any, chart: BarChart) -> Any:
    n = max(len(chart.labels), 1)
    fig, ax = plt.subplots(figsize=(7.5, 0.38 * n + 1.0))
    ys = list(range(n))[::-1]
    values = [v if v is not None else 0.0 for v in chart.values]
    colors = [NAVY if v is not None else GREY for v in chart.values]
    ax.barh(ys[: len(values)], values, color=colors, height=0.65)
    for y, v, text in zip(ys, chart.values, chart.value_labels, strict=False):
        ax.text((v or 0) + 1, y, text, va="center", fontsize=8)
    ax.set_yticks(ys[: len(chart.labels)], chart.labels)
    ax.set_xlim(0, 105)
    ax.set_title(chart.title, loc="left", fontweight="bold")
    fig.tight_layout()
    return fig


def _heatmap(plt: Any, chart: HeatMap) -> Any:
    import numpy as np

    rows, cols = max(len(chart.rows), 1), max(len(chart.cols), 1)
    # the width stays near the page's so the labels keep a readable size when scaled to fit
    fig, ax = plt.subplots(figsize=(min(max(6.0, 0.5 * cols + 3.5), 8.5), 0.42 * rows + 2.4))
    data = np.array(
        [[v if v is not None else np.nan for v in row] for row in chart.values] or [[np.nan]],
        dtype=float,
    )
    cmap = plt.get_cmap("RdYlGn").with_extremes(bad=GREY)
    low, high = chart.low, chart.high
    ax.imshow(np.ma.masked_invalid(data), cmap=cmap, vmin=low, vmax=high, aspect="auto")
    edge = 0.15 * (high - low)
    for i, row in enumerate(chart.values):
        for j, v in enumerate(row):
            text = f"{v:.{chart.decimals}f}" if v is not None else "–"
            if chart.decimal_comma:
                text = text.replace(".", ",")
            # the scale's dark ends need light text to stay readable
            color = "white" if v is not None and (v < low + edge or v > high - edge) else "black"
            size = 7 if cols > 8 else 8
            ax.text(j, i, text, ha="center", va="center", fontsize=size, color=color)
    ax.set_xticks(range(len(chart.cols)), chart.cols, rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(len(chart.rows)), chart.rows)
    ax.set_title(chart.title, loc="left", fontweight="bold")
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    return fig


def _pillars(plt: Any, chart: PillarMix) -> Any:
    n = max(len(chart.labels), 1)
    fig, ax = plt.subplots(figsize=(7.5, 0.55 * n + 1.2))
    ys = list(range(n))[::-1]
    ax.barh(
        [y + 0.18 for y in ys], chart.planned, height=0.34, color=SEA, label=chart.planned_label
    )
    ax.barh([y - 0.18 for y in ys], chart.target, height=0.34, color=SAND, label=chart.target_label)
    ax.set_yticks(ys, chart.labels)
    ax.set_xlabel("%")
    ax.set_title(chart.title, loc="left", fontweight="bold")
    # Beside the bars, not over them: any pillar's bar may reach the right-hand edge.
    ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    fig.tight_layout()
    return fig


def _trend(plt: Any, chart: Trend) -> Any:
    fig, ax = plt.subplots(figsize=(7.5, 3.6))
    xs = list(range(len(chart.periods)))
    for name, values in chart.series:
        if any(v is not None for v in values):
            # NaN for a period without a score: the line stops there rather than bridging it
            ys = [v if v is not None else float("nan") for v in values]
            ax.plot(xs, ys, marker="o", label=name)
    ax.set_xticks(xs, chart.periods)
    ax.set_ylim(0, 100)
    ax.set_title(chart.title, loc="left", fontweight="bold")
    if chart.series:
        ax.legend(fontsize=7, frameon=False, loc="center left", bbox_to_anchor=(1.0, 0.5))
    fig.tight_layout()
    return fig


def render_svg(chart: Chart) -> str:
    """The chart as SVG text, byte-identical for the same chart (no date, fixed hash salt)."""
    plt = _pyplot()
    fig = _draw(chart)
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    return buf.getvalue()


def render_png(chart: Chart) -> bytes:
    """The chart as PNG for Word, without the software/date text chunks."""
    plt = _pyplot()
    fig = _draw(chart)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150, metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def inline_svg(svg: str, prefix: str) -> str:
    """SVG ready to sit inside HTML: no XML prologue, ids prefixed so charts cannot collide."""
    body = svg[svg.index("<svg") :]
    ids = set(re.findall(r'\bid="([^"]+)"', body))
    for old in sorted(ids, key=len, reverse=True):
        new = f"{prefix}-{old}"
        body = body.replace(f'id="{old}"', f'id="{new}"')
        body = body.replace(f"url(#{old})", f"url(#{new})")
        body = body.replace(f'href="#{old}"', f'href="#{new}"')
    # a fixed width would overflow a phone screen; the viewBox keeps the proportions
    body = re.sub(r'(<svg[^>]*?)\swidth="[^"]*"\sheight="[^"]*"', r"\1", body, count=1)
    return body
