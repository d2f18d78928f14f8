"""`export report` imports the plotting library only when it draws, and draws each chart once."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from smrt_cli.render import charts
from tests.helpers.report_data import demo_workspace

_LOADED = (
    "import sys; from smrt_cli.cli import main; sys.argv = ['smrt', *sys.argv[1:]]\n"
    "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
    "print('MATPLOTLIB', 'matplotlib' in sys.modules, 'EXIT', code, file=sys.stderr)"
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, _demo_exports_once: Path) -> Path:
    def copy(root: Path) -> Path:
        return Path(shutil.copytree(_demo_exports_once, root / "demo"))

    return demo_workspace(tmp_path_factory.mktemp("charts") / "ws", copy)


@pytest.mark.parametrize(
    ("args", "plotted"),
    [
        (["--format", "md", "-o", "-"], False),  # Markdown to stdout: no chart is written
        (["--format", "xlsx", "-o", "{tmp}/report.xlsx"], False),
        (["-o", "{tmp}/report.md"], True),
    ],
    ids=["stdout", "xlsx", "markdown"],
)
@pytest.mark.slow
def test_the_plotting_library_is_imported_only_to_draw(
    demo: Path, tmp_path: Path, args: list[str], plotted: bool
) -> None:
    given = [a.replace("{tmp}", str(tmp_path)) for a in args]
    command = ["-w", str(demo), "export", "report", "--period", "2026-11", "--force", *given]
    result = subprocess.run(
        [sys.executable, "-c", _LOADED, *command], capture_output=True, text=True, check=True
    )
    assert result.stderr.splitlines()[-1] == f"MATPLOTLIB {plotted} EXIT 0"


def test_each_chart_is_drawn_once_per_run(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []
    draw = charts.render_svg

    def counted(chart: charts.Chart) -> str:
        drawn.append(chart.title)
        return draw(chart)

    monkeypatch.setattr(charts, "render_svg", counted)
    out = tmp_path / "report.md"
    args = ["-w", str(demo), "export", "report", "--period", "2026-11", "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    svgs = sorted(p.name for p in (tmp_path / "report-files").iterdir())
    assert len(drawn) == len(svgs) >= 2
    assert len(set(drawn)) == len(drawn)
