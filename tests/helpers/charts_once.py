"""Each distinct chart drawn once per test process, for tests about the report, not its charts.

matplotlib's drawing is most of a report's time (the report tests: 20 of 34 s in charts). A
test that uses `charts_drawn_once` still gets the real SVG and PNG of every chart, drawn the
first time that very chart (same type, same values) is asked for; tests that prove the same
inputs give the same bytes, or that count the drawing, must draw afresh and do not use it.
Tests that read only a document's words (`charts_blank`) get a blank picture for each chart.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest

from smrt_cli.render import charts

T = TypeVar("T")
_drawn: dict[tuple[str, str], object] = {}
# the real drawing functions, taken before any test replaces them
DRAW_SVG, DRAW_PNG = charts.render_svg, charts.render_png


def _once(kind: str, draw: Callable[[charts.Chart], T]) -> Callable[[charts.Chart], T]:
    def drawn(chart: charts.Chart) -> T:
        key = (kind, repr(chart))  # a frozen dataclass's repr is its whole value
        if key not in _drawn:
            _drawn[key] = draw(chart)
        return _drawn[key]  # type: ignore[return-value]

    return drawn


@pytest.fixture(scope="module")
def charts_drawn_once() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(charts, "render_svg", _once("svg", DRAW_SVG))
        patch.setattr(charts, "render_png", _once("png", DRAW_PNG))
        yield


@pytest.fixture
def fresh_charts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo charts_drawn_once for one test: every chart drawn anew."""
    monkeypatch.setattr(charts, "render_svg", DRAW_SVG)
    monkeypatch.setattr(charts, "render_png", DRAW_PNG)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


# A white 1x1 PNG and an empty SVG: real pictures that Word, PowerPoint and a browser take
BLANK_PNG = b"".join(
    [
        b"\x89PNG\r\n\x1a\n",
        _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)),
        _png_chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")),
        _png_chunk(b"IEND", b""),
    ]
)
BLANK_SVG = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<svg xmlns="http://www.w3.org/2000/svg" width="8pt" height="6pt" viewBox="0 0 8 6"></svg>\n'
)


@pytest.fixture(scope="module")
def charts_blank() -> Iterator[None]:
    """Every chart a blank picture, for a module whose tests read the documents' words only
    (the house style): each chart still has its place, its file and its picture."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(charts, "render_svg", lambda chart: BLANK_SVG)
        patch.setattr(charts, "render_png", lambda chart: BLANK_PNG)
        yield
