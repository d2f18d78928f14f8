"""Commands about the registry itself: validate, init, schema, upt list, ideas list."""

# No `from __future__ import annotations`: Typer would compile and evaluate every option's
# annotation from its text each time the command is built, on every run (issue 19).

import json
import shutil
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UserError, msg
from ..language import current, registry_named
from ..models import Registry, localize
from ..registry_file import BUNDLED_SAMPLE, load_registry, summary
from .common import command_group, note, print_json, said_now, stdout_console, workspace


def schema_text() -> str:
    schema = Registry.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "smrt registry"
    return json.dumps(schema, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def validate(
    ctx: typer.Context,
    file: Annotated[
        Path | None,
        typer.Argument(
            metavar="FILE", help="Registry to check; default the workspace's.", dir_okay=False
        ),
    ] = None,
) -> None:
    """Check a registry and report every problem with FILE:LINE:COLUMN.

    Example: smrt validate data/upt.yaml
    """
    if file is None:
        reg = workspace(ctx).registry()
        shown = str(workspace(ctx).registry_path)
    else:
        registry_named(ctx, file)  # its problems are told in its own language
        reg = load_registry(file, str(file))
        shown = str(file)
    counts = summary(reg)
    said = msg("message.validate.ok", file=shown, **counts).render(current())
    typer.echo(said)


def init(
    ctx: typer.Context,
    directory: Annotated[
        Path | None,
        typer.Argument(
            metavar="DIR",
            help="Folder for the new workspace; default the workspace (-w), else here.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Start a workspace with a copy of the sample registry; never overwrites.

    Example: smrt init sulut && cd sulut && smrt validate
    """
    if directory is None:
        # `smrt -w sulut init` is the same as `smrt init sulut`, as every other command reads -w.
        directory = workspace(ctx).root
    from ..files import check_name

    check_name(directory, "DIR")
    target = directory / "data" / "upt.yaml"
    schema = directory / "data" / "registry.schema.json"
    for path in (target, schema):
        if path.exists():
            raise UserError(msg("message.init.exists", path=path))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(BUNDLED_SAMPLE, target)
        schema.write_text(schema_text(), encoding="utf-8")
    except OSError as exc:
        raise UserError(msg("message.init.cannot", directory=directory, why=exc.strerror)) from None
    note(msg("message.init.created", target=target, schema=schema))


def schema() -> None:
    """Print the JSON Schema of the registry (for editors' completion and checks).

    Example: smrt schema > data/registry.schema.json
    """
    from ..files import write_stdout

    write_stdout(schema_text())


def unit_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """List the units in the registry.

    Example: smrt upt list --json
    """
    reg = workspace(ctx).registry()
    lang = reg.settings.language
    rows = [
        {
            "id": u.id,
            "name": localize(u.name, lang),
            "type": u.type,
            "class": u.class_,
            "city": u.city,
            "coordinator": u.id == reg.settings.coordinator,
            "timezone": reg.unit_timezone(u),
            "capacity_hours": u.capacity_hours,
            "capabilities": list(u.capabilities),
            "targets": dict(u.targets),
        }
        for u in reg.upts
    ]
    if as_json:
        print_json(rows)
        return
    from rich.table import Table

    heads = ("id", "name", "type", "city", "hours_week", "posts_week")
    table = Table(*(said_now(f"message.table.{h}") for h in heads))
    table.columns[0].no_wrap = True
    for row, u in zip(rows, reg.upts, strict=True):
        name = str(row["name"]) + (" ★" if row["coordinator"] else "")
        table.add_row(
            u.id, name, u.type, u.city, f"{u.capacity_hours:g}", str(sum(u.targets.values()))
        )
    stdout_console().print(table)


def ideas_list(
    ctx: typer.Context,
    pillar: Annotated[
        str | None, typer.Option(metavar="PILLAR-ID", help="Only ideas of this pillar id.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """List the content-idea bank.

    Example: smrt ideas list --pillar layanan-publik
    """
    reg = workspace(ctx).registry()
    lang = reg.settings.language
    pillar_ids = [p.id for p in reg.pillars]
    if pillar is not None and pillar not in pillar_ids:
        raise UserError(
            msg("message.ideas.unknown_pillar", pillar=repr(pillar), choices=", ".join(pillar_ids))
        )
    ideas = [i for i in reg.ideas if pillar is None or i.pillar == pillar]
    rows = [
        {
            "id": i.id,
            "title": localize(i.title, lang),
            "pillar": i.pillar,
            "platforms": list(i.platforms),
            "formats": list(i.formats),
            "effort_hours": i.effort_hours,
            "requires": list(i.requires),
            "upt_types": list(i.upt_types) if i.upt_types else None,
            "events": list(i.events),
            "cooldown_weeks": i.cooldown_weeks,
        }
        for i in ideas
    ]
    if as_json:
        print_json(rows)
        return
    from rich.table import Table

    heads = ("id", "title", "pillar", "formats", "platforms", "hours")
    table = Table(*(said_now(f"message.table.{h}") for h in heads))
    table.columns[0].no_wrap = True
    for i, row in zip(ideas, rows, strict=True):
        table.add_row(
            i.id,
            str(row["title"]),
            i.pillar,
            ", ".join(i.formats),
            ", ".join(i.platforms),
            f"{i.effort_hours:g}",
        )
    stdout_console().print(table)


def register(app: typer.Typer) -> None:
    app.command()(validate)
    app.command(short_help="Start a workspace with a copy of the sample registry.")(init)
    app.command(short_help="Print the JSON Schema of the registry.")(schema)
    unit_app = command_group("The units (UPT) in the registry.\n\nExample: smrt upt list --json")
    unit_app.command("list")(unit_list)
    app.add_typer(unit_app, name="upt")
    ideas_app = command_group(
        "The content-idea bank.\n\nExample: smrt ideas list --pillar kontra-hoaks"
    )
    ideas_app.command("list")(ideas_list)
    app.add_typer(ideas_app, name="ideas")
