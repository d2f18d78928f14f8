"""The insights' heatmap written as SVG: matplotlib's colours, every cell and label, escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import matplotlib
import pytest
from hypothesis import given
from hypothesis import strategies as st

from smrt_cli.document import HeatMap
from smrt_cli.render.charts import GREY
from smrt_cli.render.heatmap_svg import colour, heatmap_svg

SVG = "{http://www.w3.org/2000/svg}"


def _chart(**changes: object) -> HeatMap:
    values: dict[str, object] = {
        "id": "heatmap-instagram",
        "title": "Lift Instagram <per> hari & jam",
        "rows": ["Senin", "Kamis"],
        "cols": ["17–19", "19–21", "21–23"],
        "values": [[None, 1.0, 0.25], [0.6, 1.95, None]],
        "missing_label": "tidak ada data",
        "low": 0.0,
        "high": 2.0,
        "decimals": 1,
        "decimal_comma": True,
    }
    values.update(changes)
    return HeatMap(**values)  # type: ignore[arg-type]


@given(st.floats(min_value=-1.0, max_value=3.0, allow_nan=False))
def test_each_colour_is_matplotlibs_rdylgn_at_that_value(value: float) -> None:
    scale = matplotlib.colormaps["RdYlGn"]
    share = min(max(value / 2.0, 0.0), 1.0)
    expected = "#" + "".join(f"{round(c * 255):02x}" for c in scale(share)[:3])
    assert colour(value, 0.0, 2.0) == expected


def test_no_data_is_grey() -> None:
    assert colour(None, 0.0, 2.0) == GREY


def test_every_cell_label_and_value_is_in_the_svg_and_text_is_escaped() -> None:
    svg = heatmap_svg(_chart())
    root = ET.fromstring(svg.split("?>", 1)[1])
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts[0] == "Lift Instagram <per> hari & jam"
    # six cells, each a rect and its figure (no data as a dash), then the labels
    assert texts[1:7] == ["–", "1,0", "0,2", "0,6", "1,9", "–"]
    assert texts[7:] == ["Senin", "Kamis", "17–19", "19–21", "21–23"]
    fills = [r.get("fill") for r in root.iter(f"{SVG}rect")][1:]  # the first is the page
    assert fills[0] == GREY and fills[5] == GREY
    assert fills[1] == colour(1.0, 0.0, 2.0) == "#feffbe"
    # the scale's dark ends get light text
    inks = [t.get("fill") for t in root.iter(f"{SVG}text")][1:7]
    assert inks == ["#000000", "#000000", "#ffffff", "#000000", "#ffffff", "#000000"]


def test_same_chart_same_bytes_and_english_decimals_keep_the_point() -> None:
    assert heatmap_svg(_chart()) == heatmap_svg(_chart())
    assert ">1.9<" in heatmap_svg(_chart(decimal_comma=False))


@pytest.mark.parametrize("rows", [[], ["Senin"]])
def test_an_empty_or_one_row_grid_is_still_a_document(rows: list[str]) -> None:
    chart = _chart(rows=rows, values=[[1.0, 1.0, 1.0]] if rows else [])
    root = ET.fromstring(heatmap_svg(chart).split("?>", 1)[1])
    assert root.tag == f"{SVG}svg"
