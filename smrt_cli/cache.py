"""A per-user cache of work that is slow to redo; outputs never depend on what is in it.

Every entry is named and keyed by entry(): the one scheme for the registry, plan history,
holiday, planner learning and insights caches.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .records import record


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


@record
class Entry:
    """One cache entry: the file it lives in and the key its text is valid for."""

    name: str
    key: str

    def get(self) -> str | None:
        """The text cached for exactly this key, else None."""
        return read_keyed(self.name, self.key)

    def put(self, text: str) -> None:
        write_keyed(self.name, self.key, text)

    def get_bytes(self) -> bytes | None:
        """The bytes cached for exactly this key, else None."""
        return read_keyed_bytes(self.name, self.key)

    def put_bytes(self, data: bytes) -> None:
        write_keyed_bytes(self.name, self.key, data)

    def put_written(self, write: Callable[[BinaryIO], None]) -> None:
        """Cache what `write` writes to a file, as put_bytes would cache it, without holding
        it all in memory first (an insights entry is 45 MB)."""
        write_keyed_stream(self.name, self.key, write)


def entry(
    kind: str,
    *depends: str,
    path: Path | None = None,
    code: tuple[str, ...] = (),
    suffix: str = ".json",
) -> Entry:
    """The one way to name a cache entry and its key.

    `kind` names the entry ("registry", "history", …). With `path` (the input it is for)
    there is one entry per input file, under kind/, so an edited file replaces its entry
    instead of piling up; without, the one entry kind.json. `depends` is what the cached text
    is computed from (a digest of the input, a package release, a store's state); `code`
    names smrt's own modules whose source changes the result, so an upgraded smrt never
    trusts what an older one cached. `suffix` names what the file holds (".npz": arrays).
    """
    where = "" if path is None else "/" + _sha256(str(path.resolve()))[:20]
    parts = [*depends, code_fingerprint(code)] if code else list(depends)
    return Entry(f"{kind}{where}{suffix}", "|".join(parts))


@functools.cache
def code_fingerprint(modules: tuple[str, ...]) -> str:
    """A digest of these smrt_cli source files (paths relative to the package)."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for module in modules:
        digest.update((root / module).read_bytes())
    return digest.hexdigest()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


def write_keyed_stream(name: str, key: str, write: Callable[[BinaryIO], None]) -> None:
    """write_keyed_bytes of what `write` writes: straight into a temporary file beside the
    entry, renamed into place (as files.write_atomic does)."""
    path = cache_dir() / name
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".smrt-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(key.encode("utf-8") + b"\n")
                write(fh)
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
