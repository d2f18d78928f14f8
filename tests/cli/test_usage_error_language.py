"""Usage errors Click finds before the workspace is known, in the language the words say."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from tests.helpers.registry_data import sample_workspace

runner = CliRunner()


@pytest.mark.parametrize(
    ("registry", "env", "args", "stderr"),
    [
        # an unknown command: Click stops before the root has made the workspace
        (
            "id",
            None,
            ["nosuch"],
            "kesalahan: Perintah 'nosuch' tidak dikenal. — lihat 'smrt --help'\n",
        ),
        ("en", None, ["nosuch"], "error: No such command 'nosuch'. — see 'smrt --help'\n"),
        (
            "id",
            None,
            ["--lang", "en", "nosuch"],
            "error: No such command 'nosuch'. — see 'smrt --help'\n",
        ),
        (
            None,
            "id",
            ["nosuch"],
            "kesalahan: Perintah 'nosuch' tidak dikenal. — lihat 'smrt --help'\n",
        ),
        # an option without its value: Click gives no context at all
        ("id", None, ["plan", "week", "--week"], "kesalahan: Opsi '--week' memerlukan nilai.\n"),
        ("id", "en", ["plan", "week", "--week"], "error: Option '--week' requires an argument.\n"),
        (None, None, ["plan", "week", "--week"], "error: Option '--week' requires an argument.\n"),
        # a choice not listed: Typer's own words inside the frame too
        (
            "id",
            None,
            ["export", "report", "--format", "pdf"],
            "kesalahan: Nilai tidak sah untuk '--format': 'pdf' bukan salah satu dari 'md', "
            "'html', 'docx', 'xlsx'. — lihat 'smrt export report --help'\n",
        ),
        (
            "en",
            None,
            ["export", "report", "--format", "pdf"],
            "error: Invalid value for '--format': 'pdf' is not one of 'md', 'html', 'docx', "
            "'xlsx'. — see 'smrt export report --help'\n",
        ),
        # a value that is no number, a number out of its range: Typer's words, said again
        (
            "id",
            None,
            ["insights", "--weeks", "x"],
            "kesalahan: Nilai tidak sah untuk '--weeks': 'x' bukan bilangan. — lihat "
            "'smrt insights --help'\n",
        ),
        (
            "en",
            None,
            ["insights", "--weeks", "x"],
            "error: Invalid value for '--weeks': 'x' is not a number. — see "
            "'smrt insights --help'\n",
        ),
        (
            "id",
            None,
            ["metrics", "import", "x.csv", "--year", "1999"],
            "kesalahan: Nilai tidak sah untuk '--year': 1999 di luar rentang 2000<=x<=2100. — "
            "lihat 'smrt metrics import --help'\n",
        ),
    ],
)
def test_a_usage_error_before_the_workspace_is_in_the_run_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    registry: str | None,
    env: str | None,
    args: list[str],
    stderr: str,
) -> None:
    if env is None:
        monkeypatch.delenv("SMRT_LANG", raising=False)
    else:
        monkeypatch.setenv("SMRT_LANG", env)
    root = sample_workspace(tmp_path, registry) if registry else tmp_path
    result = runner.invoke(app, ["-w", str(root), *args])
    assert result.exit_code == 2
    assert result.stderr == stderr
