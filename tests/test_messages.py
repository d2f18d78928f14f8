"""Messages in the registry's language: Indonesian with the sample registry, English on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from tests.helpers import paths

FIXTURES = paths.FIXTURES
MINIMAL = (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")  # says `language: id`
runner = CliRunner()


@pytest.fixture(autouse=True)
def _registry_language(monkeypatch: pytest.MonkeyPatch) -> None:
    # conftest asks every other test for English; these tests read the registry's choice
    monkeypatch.delenv("SMRT_LANG", raising=False)


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr


def bad_registry(tmp_path: Path, language: str = "id") -> Path:
    path = tmp_path / "upt.yaml"
    text = MINIMAL.replace("language: id", f"language: {language}\n  colour: blue")
    path.write_text(text, encoding="utf-8")
    return path


def test_a_registry_error_in_indonesian_then_in_english(tmp_path: Path) -> None:
    path = bad_registry(tmp_path)
    line = MINIMAL.splitlines().index("  language: id") + 2
    allowed = run("validate", str(path))[1].split("—", 1)[1]
    assert run("validate", str(path)) == (
        2,
        f"kesalahan: {path}:{line}:3: settings.colour: isian 'colour' tidak dikenal —{allowed}",
    )
    assert allowed.startswith(" yang diizinkan: ")
    code, said = run("--lang", "en", "validate", str(path))
    assert code == 2
    assert said == (
        f"error: {path}:{line}:3: settings.colour: unknown field 'colour' — allowed: "
        + allowed.removeprefix(" yang diizinkan: ")
    )


def test_an_english_registry_speaks_english_even_when_it_is_invalid(tmp_path: Path) -> None:
    path = bad_registry(tmp_path, "en")
    code, said = run("validate", str(path))
    assert code == 2
    assert said.startswith(f"error: {path}:") and "unknown field 'colour'" in said


def test_a_pydantic_message_by_its_type(tmp_path: Path) -> None:
    path = tmp_path / "upt.yaml"
    old = next(line for line in MINIMAL.splitlines() if line.strip().startswith("timezone:"))
    path.write_text(MINIMAL.replace(old, old.split(":")[0] + ": [7]"), encoding="utf-8")
    code, said = run("validate", str(path))
    assert code == 2
    assert (
        "Isian harus berupa teks — tulis teks di sini (dalam tanda petik jika tampak seperti "
        in said
    )
    code, said = run("--lang", "en", "validate", str(path))
    assert "Input should be a valid string — write text here (in quotes if it looks like " in said


def test_an_unknown_week_in_both_languages(tmp_path: Path) -> None:
    data = bad_registry(tmp_path)
    data.write_text(MINIMAL, encoding="utf-8")
    common = ("--workspace", str(tmp_path), "--data", str(data))
    assert run(*common, "plan", "week", "--week", "2026-W54") == (
        2,
        "kesalahan: --week: 2026-W54 tidak ada — tahun 2026 memiliki pekan ISO W01 sampai dengan "
        "W53\n",
    )
    assert run(*common, "--lang", "en", "plan", "week", "--week", "2026-W54") == (
        2,
        "error: --week: 2026-W54 does not exist — 2026 has ISO weeks W01 to W53\n",
    )


def test_a_bad_option_value_in_both_languages(tmp_path: Path) -> None:
    data = tmp_path / "upt.yaml"
    data.write_text(MINIMAL, encoding="utf-8")
    common = ("--workspace", str(tmp_path), "--data", str(data))
    args = ("evaluate", "upt", "--period", "2026-11", "--lang", "fr")
    assert run(*common, *args) == (
        2,
        "kesalahan: --lang: 'fr' tidak didukung — gunakan 'id' atau 'en'\n",
    )
    assert run(*common, "--lang", "en", *args) == (
        2,
        "error: --lang: 'fr' is not supported — use 'id' or 'en'\n",
    )
    assert run(*common, "plan", "week", "--wek", "1") == (
        2,
        "kesalahan: Opsi tidak dikenal: --wek (opsi yang ada: --week) — lihat 'smrt plan week "
        "--help'\n",
    )
    assert run(*common, "--lang", "en", "plan", "week", "--wek", "1") == (
        2,
        "error: No such option: --wek (Possible options: --week) — see 'smrt plan week --help'\n",
    )


def test_a_csv_import_error_in_both_languages(tmp_path: Path, import_path: str) -> None:
    # on both paths: the forked worker hands its refusal over as texts, not English words
    data = tmp_path / "upt.yaml"
    data.write_text(MINIMAL, encoding="utf-8")
    csv = tmp_path / "posts.csv"
    csv.write_text(
        "platform,post_id,published_at,upt\nfacebook,1,2026-11-30T09:00+08:00,ksop-x\n",
        encoding="utf-8",
    )
    common = ("--workspace", str(tmp_path), "--data", str(data))
    code, said = run(*common, "metrics", "import", str(csv))
    assert code == 2
    assert said.startswith(f'kesalahan: {csv}:2: unit "ksop-x" tidak dikenal — registri memuat: ')
    code, said = run(*common, "--lang", "en", "metrics", "import", str(csv))
    assert code == 2
    assert said.startswith(f'error: {csv}:2: unknown unit "ksop-x" — the registry has: ')


def test_a_command_lang_sets_the_messages_too(tmp_path: Path) -> None:
    data = tmp_path / "upt.yaml"
    data.write_text(MINIMAL, encoding="utf-8")
    common = ("--workspace", str(tmp_path), "--data", str(data))
    code, said = run(*common, "evaluate", "upt", "--period", "2026-13", "--lang", "en")
    assert (code, said) == (
        2,
        "error: --period: '2026-13' is not a month — write YYYY-MM with a month 01-12, "
        "e.g. 2026-10\n",
    )


def test_without_a_readable_registry_messages_are_english(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    code, said = run("--data", str(missing), "plan", "week", "--week", "2026-W54")
    assert code == 2
    assert said == "error: --week: 2026-W54 does not exist — 2026 has ISO weeks W01 to W53\n"


def test_the_bundled_sample_speaks_indonesian_and_says_so(tmp_path: Path) -> None:
    code, said = run("--workspace", str(tmp_path), "upt", "list")
    assert code == 0
    assert said == (
        f"catatan: tidak ada registri di {tmp_path / 'data' / 'upt.yaml'}; memakai contoh "
        "bawaan Sulawesi Utara (jalankan `smrt init` untuk membuat registri sendiri)\n"
    )


def test_a_root_lang_the_catalogue_lacks_is_refused() -> None:
    assert run("--lang", "fr", "upt", "list") == (
        2,
        "kesalahan: --lang: 'fr' tidak didukung — gunakan 'id' atau 'en'\n",
    )
