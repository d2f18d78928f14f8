"""The one cache scheme, and the fast paths it serves: what `smrt --help` and `validate` load."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smrt_cli import cache


def test_an_entry_per_input_file_and_one_without(tmp_path: Path) -> None:
    one, two = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert (
        cache.entry("registry", "k", path=one).name == cache.entry("registry", "j", path=one).name
    )
    assert (
        cache.entry("registry", "k", path=one).name != cache.entry("registry", "k", path=two).name
    )
    digest = hashlib.sha256(str(one.resolve()).encode()).hexdigest()[:20]
    assert cache.entry("registry", "k", path=one).name == f"registry/{digest}.json"
    assert cache.entry("holidays-ID", "release").name == "holidays-ID.json"


def test_an_entry_answers_for_its_own_key_only(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    cache.entry("history", "digest-1", path=path).put("[1]")
    assert cache.entry("history", "digest-1", path=path).get() == "[1]"
    assert cache.entry("history", "digest-2", path=path).get() is None
    cache.entry("history", "digest-2", path=path).put("[2]")  # replaces the file's entry
    assert cache.entry("history", "digest-1", path=path).get() is None


def test_the_key_holds_what_it_depends_on_and_smrts_own_code() -> None:
    plain = cache.entry("learning", "store-state", "2026-11-30")
    assert plain.key == "store-state|2026-11-30"
    coded = cache.entry("learning", "store-state", code=("errors.py", "cache.py"))
    root = Path(cache.__file__).parent
    digest = hashlib.sha256()
    for module in ("errors.py", "cache.py"):
        digest.update((root / module).read_bytes())
    assert coded.key == "store-state|" + digest.hexdigest()


# Start-up budget: these load in a second or more and only the commands that draw need them.
HEAVY = (
    "matplotlib",
    "docx",
    "pptx",
    "openpyxl",
    "smrt_cli.render.",
    "smrt_cli.report",
    "smrt_cli.document",
    "smrt_cli.plan_rows",
    "smrt_cli.evaluation",
    "smrt_cli.metrics.",
)
PROBE = """
import atexit, sys
listing = sys.argv[1]
atexit.register(lambda: open(listing, "w").write("\\n".join(sorted(sys.modules))))
from smrt_cli.cli import main
sys.argv = ["smrt", *sys.argv[2:]]
main()
"""


def loaded(tmp_path: Path, *args: str) -> list[str]:
    listing = tmp_path / "modules.txt"
    env = {**os.environ, "SMRT_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(listing), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return listing.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("args", [["--help"], ["validate"], ["plan", "week", "--help"]])
def test_help_and_validate_load_no_renderer_and_no_plotting(
    tmp_path: Path, args: list[str]
) -> None:
    modules = loaded(tmp_path, *args)
    assert "smrt_cli.cli" in modules  # the probe ran the command
    assert [m for m in modules if m.startswith(HEAVY)] == []


def test_the_probe_sees_a_renderer_when_one_is_loaded(tmp_path: Path) -> None:
    # the check above can fail: a command that draws does load them
    modules = loaded(tmp_path, "export", "report", "--help")
    assert "smrt_cli.cli.export" in modules
    out = tmp_path / "plans"
    modules = loaded(tmp_path, "plan", "week", "--week", "2026-W49", "--out", str(out))
    assert "smrt_cli.render.plan_markdown" in modules
