"""The language of one run's messages: --lang, else the registry's, else English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

# Where the chosen language is kept for the run: Click shares ctx.meta between a command's
# context and its parents', so the root's error handler sees what a command's --lang said.
META_KEY = "smrt.message_language"

# `language: en` under settings; read without YAML or pydantic so even a registry that fails
# to load still says which language its error messages are in.
_LANGUAGE_LINE = re.compile(r"""^[ \t]+language:[ \t]*["']?([A-Za-z]+)["']?[ \t]*(?:#.*)?$""", re.M)


# The root context of the run under way, for messages printed outside the error handler
# (notes, warnings); set by the root callback, which every command's run passes through.
run_context: Any = None


def current() -> str:
    """The message language of the run under way (English before a run has begun)."""
    return message_language(run_context)


def remember(ctx: Any, value: str | None) -> str | None:
    """Click callback of every --lang: a valid choice becomes the run's message language."""
    if value in ("id", "en"):
        ctx.meta[META_KEY] = value
    return value


def message_language(ctx: Any) -> str:
    """'id' or 'en' for this run, decided once and kept in the context's meta."""
    meta = ctx.meta if ctx is not None else {}
    if META_KEY not in meta:
        meta[META_KEY] = _registry_language(ctx.find_root().obj if ctx is not None else None)
    return str(meta[META_KEY])


def _registry_language(workspace: Any) -> str:
    # the Workspace of the run (see common.py); never built when the root's options failed
    loaded = getattr(workspace, "_registry", None)
    if loaded is not None:
        return str(loaded.settings.language)
    try:
        path = getattr(workspace, "registry_path", None)
    except (OSError, ValueError):  # a --workspace no file system can name
        return "en"
    return file_language(path) if isinstance(path, Path) else "en"


def file_language(path: Path) -> str:
    """The language a registry file names, read from its text alone; English if unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return "en"
    found = _LANGUAGE_LINE.search(text)
    if found is None:
        return "id"  # the registry's default (models.Settings.language)
    return found[1] if found[1] in ("id", "en") else "en"


def registry_named(ctx: Any, path: Path) -> None:
    """A command that reads a registry of its own (`smrt validate FILE`) speaks its language."""
    if META_KEY not in ctx.meta:
        ctx.meta[META_KEY] = file_language(path)
