"""The registry commands: validate, init, schema, upt list, ideas list, help and version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from smrt_cli import __version__
from smrt_cli.cli import app
from smrt_cli.cli.registry_cmds import schema_text
from smrt_cli.registry_file import BUNDLED_SAMPLE
from tests.helpers import paths

runner = CliRunner()
FIXTURES = paths.FIXTURES


def _commands(group: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every leaf command path of the click group behind the Typer app."""
    import typer.main

    click_group: Any = typer.main.get_command(app) if group is None else group
    out: list[tuple[str, ...]] = []
    for name in click_group.list_commands(None):
        cmd = click_group.get_command(None, name)  # the root loads its commands on demand
        if getattr(cmd, "commands", None):
            out.extend(_commands(cmd, (*prefix, name)))
        else:
            out.append((*prefix, name))
    return out


ALL_COMMANDS = _commands(None)


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"smrt {__version__}\n"


def test_root_help_lists_each_command_with_its_own_summary() -> None:
    """The root lists its commands from a table, so it need not import them: keep it true."""
    from smrt_cli.cli import COMMANDS, load_command

    for name, (_, summary) in COMMANDS.items():
        assert load_command(name).get_short_help_str(limit=200) == summary, name
    text = runner.invoke(app, ["--help"]).stdout
    listed = text.split("\nCommands:\n")[1]
    assert [line.split()[0] for line in listed.splitlines() if line.startswith("  ")][:-1] == list(
        COMMANDS
    )


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_version_and_help_import_no_command(args: list[str]) -> None:
    """Start-up budget: the root alone, no pydantic, no command module, no plotting."""
    import subprocess
    import sys

    code = (
        "import sys; from smrt_cli.cli import main; sys.argv = ['smrt', *sys.argv[1:]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        # pydantic.plugin._loader is cli.main's one-line stand-in, with no pydantic in it
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('pydantic', 'yaml', 'rich', 'matplotlib', 'holidays')"
        " and m != 'pydantic.plugin._loader'"
        # helptext is the root's (--help in the run's language); in English it needs no
        # catalogue
        " or (m.startswith('smrt_cli.cli.') and m != 'smrt_cli.cli.helptext')"
        " or m in ('smrt_cli.models', 'smrt_cli.catalogue'))\n"
        "print('LOADED', heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "LOADED []"


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout


@pytest.mark.parametrize("command", [(), *ALL_COMMANDS], ids=lambda c: " ".join(c) or "smrt")
def test_help_names_what_each_option_takes(command: tuple[str, ...]) -> None:
    """Plain help: a flag shows no value, an option names its value, no line is cut short."""
    import re

    import typer.main

    text = runner.invoke(app, [*command, "--help"]).stdout
    options = text.split("\nOptions:\n")[1].split("\nCommands:\n")[0]
    assert "  --help  " in options
    # Typer's own labels ("<bool>", "<str>", "<list[str]>") mean nothing to a coordinator.
    assert not re.search(r"<[a-z]", options), options
    if "\nCommands:\n" in text:  # a command's one-line summary is never cut with "..."
        assert "..." not in text.split("\nCommands:\n")[1]
    click_command = typer.main.get_command(app)
    for name in command:
        click_command = click_command.get_command(None, name)  # type: ignore[attr-defined]
    for param in click_command.params:
        if param.param_type_name == "option" and not param.is_flag:  # type: ignore[attr-defined]
            long_name = next(o for o in param.opts if o.startswith("--"))
            assert f"{long_name} {param.metavar} " in options, long_name


def test_metrics_import_help_lists_every_format() -> None:
    from smrt_cli.metrics.detect import BY_NAME

    text = runner.invoke(app, ["metrics", "import", "--help"]).stdout
    for name in BY_NAME:
        assert f"\n    {name}  " in text, name


def test_validate_uses_the_bundled_sample_with_a_note(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--workspace", str(tmp_path), "validate"])
    assert result.exit_code == 0
    assert "using the bundled North Sulawesi sample" in result.stderr
    assert result.stdout.endswith("OK — 10 units, 80 ideas, 7 pillars, 11 criteria, 14 events\n")


def test_init_creates_a_workspace_and_never_overwrites(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "sulut")])
    assert result.exit_code == 0
    created = tmp_path / "sulut" / "data" / "upt.yaml"
    assert created.read_bytes() == BUNDLED_SAMPLE.read_bytes()
    assert (tmp_path / "sulut" / "data" / "registry.schema.json").read_text(
        encoding="utf-8"
    ) == schema_text()
    created.write_text("# edited\n", encoding="utf-8")
    again = runner.invoke(app, ["init", str(tmp_path / "sulut")])
    assert again.exit_code == 2
    assert "already exists — init never overwrites" in again.stderr
    assert created.read_text(encoding="utf-8") == "# edited\n"


def test_workspace_registry_is_used_when_present(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "upt.yaml").write_bytes((FIXTURES / "minimal.yaml").read_bytes())
    result = runner.invoke(app, ["--workspace", str(tmp_path), "upt", "list", "--json"])
    assert result.exit_code == 0
    assert result.stderr == ""
    rows = json.loads(result.stdout)
    assert [(r["id"], r["name"], r["type"], r["coordinator"]) for r in rows] == [
        ("ksop-a", "KSOP A", "ksop", True),
        ("upp-b", "UPP B", "upp", False),
    ]


def test_unit_list_json_on_the_sample() -> None:
    result = runner.invoke(app, ["upt", "list", "--json"])
    rows = json.loads(result.stdout)
    assert len(rows) == 10
    assert [r["id"] for r in rows if r["coordinator"]] == ["ksop-bitung"]
    assert {"id", "name", "type", "coordinator"} <= set(rows[0])


def test_ideas_list_filters_by_pillar() -> None:
    result = runner.invoke(app, ["ideas", "list", "--pillar", "kontra-hoaks", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert rows and all(r["pillar"] == "kontra-hoaks" for r in rows)
    assert {"id", "title", "pillar", "platforms", "formats", "effort_hours"} <= set(rows[0])


def test_ideas_list_unknown_pillar() -> None:
    result = runner.invoke(app, ["ideas", "list", "--pillar", "ghost"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --pillar: unknown pillar 'ghost' — choose one of")


def test_schema_is_json_and_committed_copy_is_current() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "smrt registry"
    assert {"settings", "pillars", "upts", "ideas", "criteria", "events"} <= set(
        schema["properties"]
    )
    committed = BUNDLED_SAMPLE.with_name("registry.schema.json").read_text(encoding="utf-8")
    assert committed == result.stdout, "run: smrt schema > smrt_cli/data/registry.schema.json"


def test_init_without_a_folder_starts_the_workspace_named_by_w(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["-w", "sulut", "init"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "sulut" / "data" / "upt.yaml").is_file()
    assert not (tmp_path / "data").exists()


def test_init_on_a_file_is_a_user_error(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["init", str(tmp_path / "afile")])
    assert result.exit_code == 2
    assert "cannot make a workspace here (Not a directory) — name a folder" in result.stderr


@pytest.mark.parametrize("args", [["--week", "9999-W52"], ["--date", "9999-12-31"]])
def test_far_years_are_refused_not_a_traceback(tmp_path: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["--workspace", str(tmp_path), "plan", "week", *args])
    assert result.exit_code == 2
    assert "the year 9999 is outside 2000-2100" in result.stderr


def test_an_unreadable_earlier_plan_is_named(tmp_path: Path) -> None:
    (tmp_path / "plans" / "2026-W40").mkdir(parents=True)
    (tmp_path / "plans" / "2026-W40" / "plan.json").write_bytes(b"\xff\xfe")
    result = runner.invoke(
        app, ["--workspace", str(tmp_path), "plan", "week", "--week", "2026-W41"]
    )
    assert result.exit_code == 2
    assert "plans/2026-W40/plan.json: cannot be read as a plan" in result.stderr


def test_tables_piped_to_a_file_are_not_cut() -> None:
    # CliRunner's stdout is not a terminal, like a pipe: no ellipsis may eat a word
    result = runner.invoke(app, ["ideas", "list", "--pillar", "kontra-hoaks"])
    assert result.exit_code == 0
    assert "…" not in result.stdout
    assert "kontra-hoaks" in result.stdout


def test_a_usage_error_is_one_line_naming_the_help() -> None:
    result = runner.invoke(app, ["plan", "week", "--weeks", "2"])
    assert result.exit_code == 2
    assert result.stderr == (
        "error: No such option: --weeks (Possible options: --week) — see 'smrt plan week --help'\n"
    )
    result = runner.invoke(app, ["--bogus"])
    assert (result.exit_code, result.stderr) == (
        2,
        "error: No such option: --bogus — see 'smrt --help'\n",
    )


def test_no_command_shows_the_help() -> None:
    result = runner.invoke(app, [])
    assert result.exit_code == 2
    assert "Usage: smrt [OPTIONS] COMMAND [ARGS]..." in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (("-w", "w" * 300, "plan", "week", "--week", "2026-W49"), "--workspace"),
        (("init", "i" * 300), "DIR"),
        (("plan", "week", "--week", "2026-W49", "--out", "o" * 300), "--out"),
        (("evaluate", "upt", "--period", "2026-10", "--out", "o" * 300), "--out"),
        (("export", "plan", "--week", "2026-W49", "-o", "p" * 300 + ".csv"), "-o"),
    ],
)
def test_a_name_too_long_for_any_file_system_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], what: str
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    if args[0] == "export":
        assert CliRunner().invoke(app, ["plan", "week", "--week", "2026-W49"]).exit_code == 0
    result = CliRunner().invoke(app, list(args))
    size = max(len(a) for a in args)
    first = next(a for a in args if len(a) == size)[:24]
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[-1] == (
        f'error: {what}: the name "{first}…" is {size} bytes long; file systems allow at most '
        "255 — choose a shorter name"
    )
