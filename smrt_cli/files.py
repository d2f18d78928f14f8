"""Writing output files atomically, so an interrupted run leaves the old file whole."""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import stat
import sys
import tempfile
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path

from .errors import Message, Problem, UserError, WorkError, msg


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A short name of its own, not the target's plus a prefix: a legal 250-character name
    # would otherwise make a temporary name too long for the file system.
    fd, tmp = tempfile.mkstemp(prefix=".smrt-", suffix=".tmp", dir=path.parent)
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


# Bytes in one file or folder name: ext4, APFS, NTFS (in characters) and FAT32 all stop here.
NAME_MAX = 255


def check_name(path: Path, what: str = "-o") -> None:
    """A name longer than file systems allow is refused up front, before any work."""
    for part in path.parts:
        size = len(os.fsencode(part))
        if size > NAME_MAX:
            raise UserError(
                msg("message.file.name_long", what=what, start=part[:24], size=size, most=NAME_MAX)
            )


def refuse_overwrite(path: Path, force: bool) -> None:
    """A file a person may have edited is only replaced when they say --force."""
    check_name(path)
    if path.exists() and not force:
        raise UserError(msg("message.file.exists", path=path))


def write_files(folder: Path, files: Mapping[str, bytes | str]) -> list[Path]:
    """Write several files into `folder`, each atomically; names cannot leave the folder."""
    written = []
    root = folder.resolve()
    for name, content in files.items():
        target = (folder / name).resolve()
        if target.parent != root:
            raise WorkError(msg("message.file.outside", name=repr(name), folder=folder))
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            write_atomic(folder / name, data)
        except OSError as exc:
            raise WorkError(
                msg("message.file.unwritable", path=folder / name, why=exc.strerror)
            ) from exc
        written.append(folder / name)
    return written


def refuse_link(folder: Path, other: Message | None = None) -> None:
    """An output folder that is a symbolic link would have smrt empty whatever it points at."""
    if folder.is_symlink():
        other = other if other is not None else msg("message.file.link_out")
        raise UserError(
            msg("message.file.link", folder=folder, target=os.readlink(folder), other=other)
        )


LOCK_NAME = ".smrt-lock"
LOCK_WAIT = 60.0  # seconds: a national plan takes a few; longer means a run is stuck


@contextmanager
def output_lock(root: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the output root's lock, so one smrt run at a time replaces folders under it.

    The lock file is removed on release; a run that locked a file another run has just
    removed sees that its path names another file (or none) and locks again.
    """
    import time

    path = root / LOCK_NAME
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise WorkError(msg("message.file.unwritable", path=root, why=exc.strerror)) from exc
        if _try_lock(fd) and _still_there(fd, path):
            break
        os.close(fd)
        if time.monotonic() > deadline:
            raise WorkError(msg("message.file.locked", root=root, path=path))
        time.sleep(0.05)
    try:
        yield
    finally:
        with suppress(OSError):  # Windows cannot remove an open file: it then stays, harmless
            path.unlink()
        os.close(fd)  # closing releases the lock


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # no fcntl there: msvcrt locks a byte of the file instead
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _still_there(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


def replace_folder(
    folder: Path,
    files: Mapping[str, str],
    owned: Collection[str] = (),
    drop: Collection[str] = (),
) -> list[Path]:
    """Write a set of files into a fresh folder beside `folder`, then swap it into place.

    One swap puts the whole set in place, so a week's README.md, unit files and plan.json (or a
    period's scorecards and evaluation.json) always come from the same run. The old run's files
    go: those named in `files`, in `owned` (a unit dropped from the plan must not leave its old
    page behind) and in `drop` (exports made from the old run). Anything else — a person's
    notes, a file they exported there — is carried over as a hard link (a copy where links are
    not possible), so until the swap the old folder still holds it: an error rolls back and a
    crash at any moment leaves the old week or the new one, each with the person's files.
    """
    refuse_link(folder)
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkError(msg("message.file.unwritable", path=parent, why=exc.strerror)) from exc
    for name in files:
        if Path(name).name != name or name.startswith("."):
            raise WorkError(msg("message.file.outside", name=repr(name), folder=folder))
    ours = {*files, *owned, *drop}
    with output_lock(parent):
        refuse_link(folder)  # made a link while this run waited for the lock
        try:
            recover(folder, ours)
            stage = _stage(folder, files)
        except OSError as exc:
            raise WorkError(msg("message.file.unwritable", path=folder, why=exc.strerror)) from exc
        old: Path | None = None
        try:
            if folder.exists():
                _carry(folder, stage, ours)
                old = _swap(stage, folder)
                _rescue(old, folder, ours)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(stage, folder)
        except OSError as exc:
            if old is None:  # not swapped: the stage holds nothing but copies
                shutil.rmtree(stage, ignore_errors=True)
                raise WorkError(
                    msg("message.file.unwritable_kept", path=folder, why=exc.strerror)
                ) from exc
            # swapped, but a file saved late may still be in the old folder: never delete it
            raise WorkError(
                msg("message.file.uncleared", folder=folder, old=old, why=exc.strerror)
            ) from exc
    return [folder / name for name in files]


def _hidden(folder: Path, kind: str) -> Path:
    """A name beside `folder` no other run uses (runs are serialised by the lock)."""
    return folder.parent / f".{folder.name}.{os.getpid()}-{secrets.token_hex(4)}.{kind}"


# A new file in a fresh folder: no buffered file object (its size and terminal checks are two
# more system calls a file, 6,000 for a national week) and no fsync (the folder's swap is what
# makes the set atomic; a power cut before it leaves the old week).
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
_NEW_FILE |= getattr(os, "O_BINARY", 0)  # Windows would otherwise turn "\n" into "\r\n"


def _stage(folder: Path, files: Mapping[str, str]) -> Path:
    stage = _hidden(folder, "new")
    os.mkdir(stage, 0o777)  # the umask applies, as for any folder: plans are for the office
    try:
        for name, text in files.items():
            _write_new(os.path.join(stage, name), text.encode("utf-8"))
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return stage


def _write_new(path: str, data: bytes) -> None:
    """`data` as a new file (mode 0666 less the umask, as open() makes it)."""
    fd = os.open(path, _NEW_FILE, 0o666)
    try:
        view = memoryview(data)
        while view:  # a write may be partial (a signal, a pipe-like file system)
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _carry(folder: Path, stage: Path, ours: Collection[str]) -> None:
    """The person's files of `folder` into `stage` too, leaving them in `folder` as well."""
    for entry in sorted(folder.iterdir()):
        if entry.name in ours:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, stage / entry.name, symlinks=True, copy_function=_link)
        else:
            _link(str(entry), str(stage / entry.name))


def _link(src: str, dst: str) -> None:
    """A second name for the file: a hard link, else a copy (FAT, some network drives)."""
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), dst)
        else:
            shutil.copy2(src, dst, follow_symlinks=False)


def _swap(stage: Path, folder: Path) -> Path:
    """Put `stage` at `folder`; returns where the old folder went."""
    if _exchange(stage, folder):
        return stage  # one step: the path never lacks a week
    old = _hidden(folder, "old")
    os.replace(folder, old)
    try:
        os.replace(stage, folder)
    except BaseException:
        # a crash right here leaves the week as `old`: recover() puts it back on the next run
        os.replace(old, folder)
        raise
    return old


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:  # a C library older than glibc 2.28
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes += [ctypes.c_uint]
    at_cwd, exchange = -100, 2  # AT_FDCWD, RENAME_EXCHANGE
    if renameat2(at_cwd, os.fsencode(a), at_cwd, os.fsencode(b), exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):  # old kernel, or a filesystem
        return False
    raise OSError(err, os.strerror(err), str(b))


def _rescue(old: Path, folder: Path, ours: Collection[str]) -> None:
    """Files a person put in the old folder after it was staged (or replaced since) move over."""
    for entry in sorted(old.iterdir()):
        if entry.name in ours:
            continue
        target = folder / entry.name
        if (target.is_symlink() or target.exists()) and not _newer_file(entry, target):
            continue
        os.replace(entry, target)


def _newer_file(entry: Path, target: Path) -> bool:
    """`entry` is another file than `target` (not a second link to it) and was saved later."""
    try:
        a, b = entry.lstat(), target.lstat()
    except OSError:
        return False
    regular = stat.S_ISREG(a.st_mode) and stat.S_ISREG(b.st_mode)
    return regular and a.st_ino != b.st_ino and a.st_mtime_ns > b.st_mtime_ns


def recover(folder: Path, ours: Collection[str]) -> None:
    """Finish what an interrupted replacement of `folder` left beside it (call under the lock).

    A week that was moved aside and not replaced comes back; files a person put in a folder
    left over go into the week; then the leftovers go.
    """
    prefix = f".{folder.name}."
    leftovers = sorted(
        p
        for p in folder.parent.iterdir()
        if p.name.startswith(prefix)
        and p.name.endswith((".old", ".new", ".tmp"))
        and p.is_dir()
        and not p.is_symlink()
    )
    if not leftovers:
        return
    weeks = {p: _legacy_week(p, folder.name) for p in leftovers}
    if not folder.exists() and not folder.is_symlink():
        olds = [p for p in leftovers if p.name.endswith(".old")]
        if olds:
            os.replace(weeks[olds[-1]], folder)
    for leftover in leftovers:
        week = weeks[leftover]
        if folder.is_dir() and week.is_dir():
            _rescue(week, folder, ours)
        shutil.rmtree(leftover, ignore_errors=True)


def _legacy_week(leftover: Path, name: str) -> Path:
    """Earlier versions moved the old week to .NAME.XXXX.old/NAME; now it is .NAME.XXXX.old."""
    inner = leftover / name
    if leftover.name.endswith(".old") and inner.is_dir() and [*leftover.iterdir()] == [inner]:
        return inner
    return leftover


def write_stdout(text: str) -> None:
    """Documents to stdout as UTF-8 even where the console's default encoding is not."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # some test runners give a text-only stream
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def read_text(path: Path, display: str, limit: int | None = None) -> str:
    """The file's text, decoded as UTF-8 whatever the platform's default encoding.

    With `limit`, a file of more bytes is refused after reading only that many (so a
    multi-gigabyte file, or /dev/zero named by mistake, fails at once).
    """
    try:
        with path.open("rb") as fh:
            raw = fh.read() if limit is None else fh.read(limit + 1)
    except FileNotFoundError:
        raise UserError(msg("message.file.not_found", file=display)) from None
    except IsADirectoryError:
        raise UserError(msg("message.file.is_folder", file=display)) from None
    except OSError as exc:
        raise UserError(msg("message.file.unreadable", file=display, why=exc.strerror)) from None
    if limit is not None and len(raw) > limit:
        raise UserError(
            Problem(
                display,
                1,
                1,
                msg("message.file.too_large", most=limit),
            )
        )
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
                msg("message.file.not_utf8", byte=f"0x{raw[exc.start]:02x}"),
            )
        ) from None
