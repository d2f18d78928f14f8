"""The one text catalogue: both languages for every key, the same placeholders, one fallback."""

from __future__ import annotations

import string
import subprocess
import sys

import pytest

from smrt_cli.catalogue import CATALOGUE, t


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_key_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE[key]
    assert set(entry) == {"id", "en"}, key
    assert entry["id"].strip() and entry["en"].strip(), key
    assert _fields(entry["id"]) == _fields(entry["en"]), key


def test_keys_are_area_dot_name() -> None:
    areas = {key.split(".", 1)[0] for key in CATALOGUE}
    assert areas == {
        "advice",
        "evaluation",
        "export",
        "help",
        "howto",
        "insight",
        "message",
        "plan",
        "response",
    }


def test_t_fills_placeholders_and_falls_back_to_indonesian_for_other_codes() -> None:
    assert t("plan.unit_title", "en", unit="KSOP Bitung", week="2026-W49") == (
        "Content Plan KSOP Bitung — 2026-W49"
    )
    assert t("plan.unit_title", "id", unit="KSOP Bitung", week="2026-W49") == (
        "Rencana Konten KSOP Bitung — 2026-W49"
    )
    # one fallback rule: a language the catalogue does not have reads as Indonesian
    assert t("response.inbox.none", "fr") == "Tidak ada pesan terbuka."
    # without values the template comes back as it is
    assert t("plan.unit_title", "en") == "Content Plan {unit} — {week}"


def test_an_unknown_key_fails_loudly() -> None:
    with pytest.raises(KeyError):
        t("plan.no_such_text", "id")


def test_the_catalogue_loads_nothing_heavy() -> None:
    code = (
        "import sys, smrt_cli.catalogue\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('pydantic', 'yaml', 'rich', 'typer', 'click'))\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "[]\n"
