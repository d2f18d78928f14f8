"""`--help` in the run's language: every help text in the catalogue, Indonesian on request."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from smrt_cli.catalogue import CATALOGUE
from smrt_cli.cli import COMMANDS, app, load_command
from tests.helpers.registry_data import sample_workspace

runner = CliRunner()


def _every_command() -> Iterator[tuple[tuple[str, ...], Any]]:
    """Each command of the tree with its path, the root's commands loaded as a run loads them."""

    def walk(command: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
        yield path, command
        for name, sub in (getattr(command, "commands", None) or {}).items():
            yield from walk(sub, (*path, name))

    yield (), typer.main.get_command(app)
    for name in COMMANDS:
        yield from walk(load_command(name), (name,))


def _english_texts() -> list[str]:
    texts = [summary for _, summary in COMMANDS.values()]
    for _, command in _every_command():
        texts += [getattr(command, a) for a in ("help", "short_help", "epilog")]
        texts += [getattr(p, "help", None) for p in command.params]
    return [text for text in texts if text]


HELP = {entry["en"]: entry["id"] for key, entry in CATALOGUE.items() if key.startswith("help.")}
PATHS = [path for path, command in _every_command() if path]


def test_every_help_text_is_in_the_catalogue_in_both_languages() -> None:
    # a new or reworded option's help fails here until the catalogue says it in Indonesian
    missing = sorted({text for text in _english_texts() if text not in HELP})
    assert missing == []
    # and nothing stays there that no command says any more
    said = set(_english_texts())
    click_words = {k for k in CATALOGUE if k.startswith("help.click.")}
    stale = [
        key
        for key, entry in CATALOGUE.items()
        if key.startswith("help.") and key not in click_words and entry["en"] not in said
    ]
    assert stale == []


def test_the_root_help_in_indonesian_has_no_english_left() -> None:
    text = runner.invoke(app, ["--lang", "id", "--help"]).stdout
    assert text.startswith("Penggunaan: smrt [OPSI] PERINTAH [ARGUMEN]...\n\n  Merencanakan,")
    assert "\nOpsi:\n" in text and "\nPerintah:\n" in text
    assert "  plan      Rencana konten mingguan.\n" in text
    assert "[variabel lingkungan: SMRT_WORKSPACE;\n" in text
    assert "  --help               Tampilkan bantuan ini lalu keluar.\n" in text
    assert text.endswith(
        "  Kode keluar: 0 berhasil, 1 gagal saat bekerja, 2 penggunaan atau masukan\n  salah.\n"
    )


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_every_command_help_in_indonesian(path: tuple[str, ...]) -> None:
    indonesian = runner.invoke(app, ["--lang", "id", *path, "--help"])
    assert indonesian.exit_code == 0
    assert indonesian.stdout.startswith(f"Penggunaan: smrt {' '.join(path)} ")
    assert "Contoh: smrt " in indonesian.stdout and "Example:" not in indonesian.stdout
    assert "Options:" not in indonesian.stdout and "Show this message" not in indonesian.stdout
    # the command objects get their English back: the next help in English is English
    english = runner.invoke(app, [*path, "--help"]).stdout
    assert english.startswith(f"Usage: smrt {' '.join(path)} ") and "\nOptions:\n" in english


@pytest.mark.parametrize(
    ("env", "registry", "args", "usage"),
    [
        ("id", None, ["plan", "--help"], "Penggunaan:"),  # SMRT_LANG
        (None, "id", ["plan", "--help"], "Penggunaan:"),  # the workspace's registry
        (None, "id", ["--help"], "Penggunaan:"),  # the root's help too
        (None, "en", ["--help"], "Usage:"),
        (None, "id", ["--lang", "en", "--help"], "Usage:"),  # --lang wins
        (None, "id", ["plan", "week", "--help", "--lang", "en"], "Usage:"),  # anywhere
        ("en", None, ["export", "plan", "--lang=id", "--help"], "Penggunaan:"),
        (None, None, ["plan", "--help"], "Usage:"),  # no registry of its own: English
    ],
)
def test_the_help_language_is_known_before_anything_loads(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    env: str | None,
    registry: str | None,
    args: list[str],
    usage: str,
) -> None:
    if env is None:
        monkeypatch.delenv("SMRT_LANG", raising=False)
    else:
        monkeypatch.setenv("SMRT_LANG", env)
    root = sample_workspace(tmp_path, registry) if registry else tmp_path
    result = runner.invoke(app, ["-w", str(root), *args])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(usage)


def test_the_registry_named_with_data_says_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SMRT_LANG", raising=False)
    registry = sample_workspace(tmp_path / "ws", "id") / "data" / "upt.yaml"
    result = runner.invoke(app, ["--data", str(registry), "-w", str(tmp_path), "--help"])
    assert result.stdout.startswith("Penggunaan:")


@pytest.mark.parametrize(
    ("args", "indonesian", "english"),
    [
        ([], "smrt [OPSI] PERINTAH [ARGUMEN]...", "smrt [OPTIONS] COMMAND [ARGS]..."),
        (
            ["plan"],
            "smrt plan [OPSI] PERINTAH [ARGUMEN]...",
            "smrt plan [OPTIONS] COMMAND [ARGS]...",
        ),
        (["plan", "week"], "smrt plan week [OPSI]", "smrt plan week [OPTIONS]"),
        (["init"], "smrt init [OPSI] [DIR]", "smrt init [OPTIONS] [DIR]"),
        (
            ["evaluate", "upt"],
            "smrt evaluate upt [OPSI] [UNIT-ID]",
            "smrt evaluate upt [OPTIONS] [UNIT-ID]",
        ),
    ],
)
def test_the_usage_line_is_in_the_help_language(
    args: list[str], indonesian: str, english: str
) -> None:
    # Click's own words in the usage line ("Usage:", "[OPTIONS]", "COMMAND [ARGS]...") too;
    # a command's placeholders (DIR, UNIT-ID) are the ones its options and texts name
    said = runner.invoke(app, ["--lang", "id", *args, "--help"]).stdout
    assert said.splitlines()[0] == f"Penggunaan: {indonesian}"
    said = runner.invoke(app, ["--lang", "en", *args, "--help"]).stdout
    assert said.splitlines()[0] == f"Usage: {english}"


def test_a_long_usage_line_wraps_after_the_indonesian_word() -> None:
    # Click wraps the usage line to the width left after its first word: "Penggunaan: " is
    # longer than "Usage: ", and the line breaks where the longer word leaves room
    said = runner.invoke(app, ["--lang", "id", "--help"], terminal_width=40).stdout
    assert said.startswith("Penggunaan: smrt [OPSI] PERINTAH\n                 [ARGUMEN]...\n\n")
    said = runner.invoke(app, ["--lang", "id", "init", "--help"], terminal_width=40).stdout
    assert said.startswith("Penggunaan: smrt init \n                [OPSI] [DIR]\n\n")
    said = runner.invoke(app, ["--lang", "en", "--help"], terminal_width=40).stdout
    assert said.startswith("Usage: smrt [OPTIONS] COMMAND [ARGS]...\n\n")
