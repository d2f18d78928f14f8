"""Canonical exports imported straight through the importer (no CLI) on the minimal registry."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from smrt_cli.metrics.canonical import CANONICAL_COLUMNS
from smrt_cli.metrics.importer import FileSummary, import_file, prepare
from smrt_cli.registry_file import load_registry
from tests.helpers import paths

REGISTRY = load_registry(paths.MINIMAL)
HEADER = ",".join(CANONICAL_COLUMNS)


def import_canonical(
    conn: sqlite3.Connection, path: Path, registry: object = REGISTRY
) -> FileSummary:
    return import_file(
        conn,
        prepare(path, path.name, REGISTRY),
        REGISTRY,
        year=None,
        imported_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
    )
