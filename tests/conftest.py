"""Shared test set-up: every test gets its own empty cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the cache only saves time; tests must pass from a cold cache and never share one
    monkeypatch.setenv("SMRT_CACHE_DIR", str(tmp_path / ".smrt-cache"))


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    # Messages follow the registry's language, and the bundled sample's is Indonesian; tests
    # that read a message in English ask for it as an operator would (SMRT_LANG, i.e. --lang).
    # Tests of the Indonesian messages remove it (tests/test_messages.py).
    monkeypatch.setenv("SMRT_LANG", "en")
