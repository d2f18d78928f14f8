"""The minimal registry as text, one-change variants of it, and `smrt validate` on a registry."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from smrt_cli.cli import app
from tests.helpers import paths

MINIMAL = paths.MINIMAL.read_text(encoding="utf-8")


def validate(tmp_path: Path, text: str | bytes) -> tuple[int, str]:
    """Write a registry and run `smrt validate` on it; returns (exit code, stderr)."""
    path = tmp_path / "upt.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr


def mutate(old: str, new: str) -> str:
    """The minimal registry with exactly one occurrence of `old` replaced."""
    assert MINIMAL.count(old) == 1, old
    return MINIMAL.replace(old, new)


def sample_workspace(root: Path, language: str) -> Path:
    """A workspace at `root` holding the bundled sample with its `language:` set."""
    from smrt_cli.registry_file import BUNDLED_SAMPLE

    (root / "data").mkdir(parents=True)
    text = BUNDLED_SAMPLE.read_text(encoding="utf-8").replace(
        "  language: id", f"  language: {language}"
    )
    (root / "data" / "upt.yaml").write_text(text, encoding="utf-8")
    return root
