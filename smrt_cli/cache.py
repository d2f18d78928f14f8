"""A per-user cache of work that is slow to redo; outputs never depend on what is in it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def cache_dir() -> Path:
    """SMRT_CACHE_DIR, else $XDG_CACHE_HOME/smrt, else ~/.cache/smrt."""
    own = os.environ.get("SMRT_CACHE_DIR")
    if own:
        return Path(own)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "smrt"


def read(name: str) -> str | None:
    """The cached text, or None when there is none or it cannot be read."""
    try:
        return (cache_dir() / name).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None


def write(name: str, text: str) -> None:
    """Store text atomically; a read-only home only costs time on the next run."""
    from .files import write_atomic

    with contextlib.suppress(OSError):
        write_atomic(cache_dir() / name, text.encode("utf-8"))


def read_keyed(name: str, key: str) -> str | None:
    """The text cached under `name` for exactly `key` (its first line), else None."""
    stored = read(name)
    if stored is None:
        return None
    first, _, body = stored.partition("\n")
    return body if first == key else None


def write_keyed(name: str, key: str, text: str) -> None:
    """Cache `text` under `name` for `key`: a later read_keyed with another key misses."""
    write(name, key + "\n" + text)


def read_keyed_bytes(name: str, key: str) -> bytes | None:
    """The bytes cached under `name` for exactly `key` (their first line), else None."""
    try:
        stored = (cache_dir() / name).read_bytes()
    except OSError:
        return None
    first, _, body = stored.partition(b"\n")
    return body if first == key.encode("utf-8") else None


def write_keyed_bytes(name: str, key: str, data: bytes) -> None:
    """Cache `data` under `name` for `key` (one line of text before it)."""
    from .files import write_atomic

    with contextlib.suppress(OSError):
        write_atomic(cache_dir() / name, key.encode("utf-8") + b"\n" + data)
