"""Each distinct chart drawn once per test process, for tests about the report, not its charts.

matplotlib's drawing is most of a report's time (the report tests: 20 of 34 s in charts). A
test that uses `charts_drawn_once` still gets the real SVG and PNG of every chart, drawn the
first time that very chart (same type, same values) is asked for; tests that prove the same
inputs give the same bytes, or that count the drawing, must draw afresh and do not use it.
"""

from __future__ import annotations

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
