"""Shared test set-up: every test gets its own empty cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the cache only saves time; tests must pass from a cold cache and never share one
    monkeypatch.setenv("SMRT_CACHE_DIR", str(tmp_path / ".smrt-cache"))
