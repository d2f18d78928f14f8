"""Writing output files atomically, so an interrupted run leaves the old file whole."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Collection, Mapping
from pathlib import Path

from .errors import Problem, UserError, WorkError


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        # mkstemp creates the file 0600; give it the mode an ordinary open() would
        os.chmod(tmp, 0o666 & ~_umask())
        # rename is atomic: readers see the old file or the new one, never half of one. No
        # fsync: it made a ten-unit plan four times slower and guards only against power loss.
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def refuse_overwrite(path: Path, force: bool) -> None:
    """A file a person may have edited is only replaced when they say --force."""
    if path.exists() and not force:
        raise UserError(f"{path}: already exists — pass --force to replace it")


def write_files(folder: Path, files: Mapping[str, bytes | str]) -> list[Path]:
    """Write several files into `folder`, each atomically; names cannot leave the folder."""
    written = []
    root = folder.resolve()
    for name, content in files.items():
        target = (folder / name).resolve()
        if target.parent != root:
            raise WorkError(f"refusing to write {name!r} outside {folder}")
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            write_atomic(folder / name, data)
        except OSError as exc:
            raise WorkError(f"{folder / name}: cannot be written ({exc.strerror})") from exc
        written.append(folder / name)
    return written


def replace_folder(
    folder: Path,
    files: Mapping[str, str],
    owned: tuple[str, ...] = (".md", ".json"),
    drop: Collection[str] = (),
) -> list[Path]:
    """Write a set of files into a fresh folder beside `folder`, then move it into place.

    One rename swaps the whole set, so a week's README.md, unit files and plan.json (or a
    period's scorecards and evaluation.json) always come from the same run. Old files with an
    `owned` suffix belong to the previous run and go (a unit dropped from the plan must not
    leave its old page behind), and so do those named in `drop` (exports made from the old
    run); anything else — a person's notes, a file they exported elsewhere — is carried over.
    """
    import shutil

    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=parent))
        os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes it 0700: plans are for the office
    except OSError as exc:
        raise WorkError(f"{parent}: cannot be written ({exc.strerror})") from exc
    try:
        for name, text in files.items():
            if Path(name).name != name or name.startswith("."):
                raise WorkError(f"refusing to write {name!r} outside {folder}")
            (tmp / name).write_bytes(text.encode("utf-8"))
        old: Path | None = None
        if folder.exists():
            for extra in sorted(folder.iterdir()):
                if not (extra.name in files or extra.name in drop or extra.name.endswith(owned)):
                    os.replace(extra, tmp / extra.name)
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".old", dir=parent))
            os.replace(folder, old / folder.name)
        os.replace(tmp, folder)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise WorkError(f"{folder}: cannot be written ({exc.strerror})") from exc
    return [folder / name for name in files]


def write_stdout(text: str) -> None:
    """Documents to stdout as UTF-8 even where the console's default encoding is not."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # some test runners give a text-only stream
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def read_text(path: Path, display: str) -> str:
    """The file's text, decoded as UTF-8 whatever the platform's default encoding."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{display}: file not found — check the path") from None
    except IsADirectoryError:
        raise UserError(f"{display}: is a folder, not a file — name the YAML file") from None
    except OSError as exc:
        raise UserError(
            f"{display}: cannot be read ({exc.strerror}) — check its permissions"
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise UserError(
            Problem(
                display,
                line,
                col,
                f"byte 0x{raw[exc.start]:02x} is not UTF-8 — save the file as UTF-8 "
                "(in Notepad: Save As, Encoding: UTF-8)",
            )
        ) from None
