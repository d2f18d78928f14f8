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


# What `smrt plan week` loads once the registry is cached (issue 19: at most 1.5x the bare
# imports of Typer, rich.table, pydantic and PyYAML). The planner and the renderer are another
# engineer's to divide into modules; every other module it loads is listed.
PLAN_WEEK_MODULES = {
    "smrt_cli",
    "smrt_cli.approvals",
    "smrt_cli.cache",
    "smrt_cli.calendar",
    "smrt_cli.catalogue",
    "smrt_cli.cli",
    "smrt_cli.cli.common",
    "smrt_cli.cli.helptext",
    "smrt_cli.cli.plan",
    "smrt_cli.document",
    "smrt_cli.errors",
    "smrt_cli.files",
    "smrt_cli.i18n",
    "smrt_cli.jobs",
    "smrt_cli.jobs.common",
    "smrt_cli.jobs.plan",
    "smrt_cli.jsonsource",
    "smrt_cli.language",
    "smrt_cli.links",
    "smrt_cli.models",
    "smrt_cli.plan_file",
    "smrt_cli.reason_texts",
    "smrt_cli.records",
    "smrt_cli.registry_file",
    "smrt_cli.roster",
    "smrt_cli.weeks",
    "smrt_cli.workspace",
}
PLAN_PROBE = """
import atexit, json, sys
listing = sys.argv[1]
def done():
    from smrt_cli import models
    built = sorted(
        name for name, c in vars(models).items()
        if isinstance(c, type) and issubclass(c, models.BaseModel) and c.__pydantic_complete__
    )
    with open(listing, "w") as out:
        json.dump({"modules": sorted(sys.modules), "built": built}, out)
atexit.register(done)
from smrt_cli.cli import main
sys.argv = ["smrt", *sys.argv[2:]]
main()
"""


def test_plan_week_loads_no_yaml_rich_or_report_and_validates_no_cached_registry(
    tmp_path: Path,
) -> None:
    import json

    env = {**os.environ, "SMRT_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    listing = tmp_path / "loaded.json"
    command = [sys.executable, "-c", PLAN_PROBE, str(listing), "plan", "week"]
    command += ["--week", "2026-W50", "--force"]
    runs = []
    for _ in range(2):  # the first run reads the YAML and fills the cache
        done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        runs.append(json.loads(listing.read_text(encoding="utf-8")))
    first, cached = runs
    assert "yaml" in first["modules"] and "Registry" in first["built"]  # the probe sees them
    modules = cached["modules"]
    assert [m for m in modules if m.split(".")[0] in ("yaml", "rich", "numpy", "sqlite3")] == []
    assert "importlib.metadata" not in modules  # no look for pydantic plugins (cli.main)
    own = {m for m in modules if m.startswith("smrt_cli")}
    assert {m for m in own if not m.startswith(("smrt_cli.planner", "smrt_cli.render"))} == (
        PLAN_WEEK_MODULES
    )
    assert [m for m in own if m.startswith("smrt_cli.render.")] == [
        m for m in own if m.startswith(("smrt_cli.render.plan_", "smrt_cli.render.markdown"))
    ]
    assert cached["built"] == []  # the cached registry is rebuilt, not validated again


def test_the_collector_waits_for_start_up_and_runs_for_the_commands_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc

    from smrt_cli import cli, workspace

    seen: dict[str, bool] = {}
    build, read = cli.load_command, workspace.load_registry

    def building(name: str) -> object:
        seen["building the command"] = gc.isenabled()
        return build(name)

    def reading(*args: object) -> object:
        seen["the command's work"] = gc.isenabled()
        return read(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "load_command", building)
    monkeypatch.setattr(workspace, "load_registry", reading)
    monkeypatch.setattr(sys, "argv", ["smrt", "-w", str(tmp_path), "upt", "list"])
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")  # as main() sets it, undone after
    try:
        with pytest.raises(SystemExit) as exited:
            cli.main()
    finally:
        gc.unfreeze()  # this test process's objects, frozen as start-up's would be
    assert exited.value.code == 0
    assert seen == {"building the command": False, "the command's work": True}
    assert gc.isenabled()
    assert "ksop-bitung" in capsys.readouterr().out


def test_pydantic_plugins_are_off_and_their_loader_not_imported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pydantic.plugin._loader  # noqa: F401  (the real one, put back after the test)
    from pydantic import BaseModel

    from smrt_cli import cli

    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    monkeypatch.delitem(sys.modules, "pydantic.plugin._loader")
    cli.no_pydantic_plugins()
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"
    loader = sys.modules["pydantic.plugin._loader"]
    assert loader.get_plugins() == ()

    class Probe(BaseModel):  # pydantic builds its validator through that loader
        n: int

    assert Probe.model_validate({"n": "3"}).n == 3


@pytest.mark.parametrize("setting", ["logfire", ""])
def test_a_persons_own_plugin_setting_keeps_pydantics_loader(
    monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    import pydantic.plugin._loader  # noqa: F401  (the real one, put back after the test)

    from smrt_cli import cli

    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", setting)
    monkeypatch.delitem(sys.modules, "pydantic.plugin._loader")
    cli.no_pydantic_plugins()
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == setting
    assert "pydantic.plugin._loader" not in sys.modules
