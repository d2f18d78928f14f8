"""Shared fixtures: every test gets its own empty cache folder; the demo exports; both import paths.

Helpers that tests import (the one CLI runner, data builders) live in tests/helpers.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# fixtures kept with their helper, offered to every module from here
from tests.helpers.charts_once import charts_blank, charts_drawn_once, fresh_charts  # noqa: F401

# memory-backed: where the tests' temporary folders go when the machine has it
SHM = Path("/dev/shm")
SHM_NEEDS = 1 << 30


def _free_bytes(folder: Path) -> int:
    found = os.statvfs(folder)
    return found.f_bavail * found.f_frsize


def pytest_configure(config: pytest.Config) -> None:
    # Every test's folder (tmp_path, tempfile) in memory unless the caller chose a place (TMPDIR,
    # --basetemp): SQLite syncs a new store to disk, 60 ms of waiting on the 2-core machine's
    # disk against 7 in memory, and the suite makes hundreds. Set before xdist starts its
    # workers, so they inherit it; nothing a test checks depends on the file system's kind.
    if "TMPDIR" in os.environ or config.option.basetemp is not None:
        return
    # a container's /dev/shm is often 64 MB; a run keeps some 120 MB there (pytest keeps the
    # last three runs' folders), so memory only where a gigabyte is free, else the disk
    if SHM.is_dir() and os.access(SHM, os.W_OK) and _free_bytes(SHM) >= SHM_NEEDS:
        os.environ["TMPDIR"] = str(SHM)
        tempfile.tempdir = None  # gettempdir() reads TMPDIR again on its next call


@pytest.fixture(scope="session")
def _caches(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh path under one folder for each test without a folder of its own."""
    root = tmp_path_factory.mktemp("caches")
    return (root / str(n) for n in itertools.count())


@pytest.fixture(autouse=True)
def _own_cache(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, _caches: Iterator[Path]
) -> None:
    # the cache only saves time; tests must pass from a cold cache and never share one. A test
    # that has no folder gets a path of its own, made only if it writes there: making a folder
    # for each of the thousand tests that never use one cost a second.
    if "tmp_path" in request.fixturenames:
        folder = request.getfixturevalue("tmp_path") / ".smrt-cache"
    else:
        folder = next(_caches)
    monkeypatch.setenv("SMRT_CACHE_DIR", str(folder))


@pytest.fixture(scope="session")
def _demo_exports_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # examples/demo_exports.py is seeded: one run per test process serves every test
    folder = tmp_path_factory.mktemp("demo-exports") / "demo"
    script = Path(__file__).parents[1] / "examples" / "demo_exports.py"
    subprocess.run([sys.executable, str(script), str(folder)], check=True, capture_output=True)
    return folder


@pytest.fixture
def demo_exports(_demo_exports_once: Path) -> Callable[[Path], Path]:
    """Copies the README's demo exports (examples/demo_exports.py) into a test's folder."""

    def copy(root: Path) -> Path:
        return Path(shutil.copytree(_demo_exports_once, root / "demo"))

    return copy


@pytest.fixture(params=["in-process", "worker"])
def import_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways a canonical file is imported: read in this process, or by the forked worker.

    Files from parallel.PARALLEL_BYTES up go to the worker; with that size 0 every file does,
    so a module that uses this fixture checks the same counts, errors and rows on both paths.
    """
    from smrt_cli.metrics import parallel

    if request.param == "worker":
        if not parallel.can_fork():
            pytest.skip("the worker needs fork")
        monkeypatch.setattr(parallel, "PARALLEL_BYTES", 0)
    return str(request.param)


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    # Messages follow the registry's language, and the bundled sample's is Indonesian; tests
    # that read a message in English ask for it as an operator would (SMRT_LANG, i.e. --lang).
    # Tests of the Indonesian messages remove it (tests/test_messages.py).
    monkeypatch.setenv("SMRT_LANG", "en")
