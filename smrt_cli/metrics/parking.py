"""Chunks handed from the import's reading process to its writer through files in /dev/shm."""

from __future__ import annotations

import marshal
import os
import shutil
import tempfile
from typing import cast

# The worker's chunks wait in files here (in memory on Linux), a folder per import named
# after the importing process, so a folder an import killed outright left behind is known.
SHM = "/dev/shm"
PREFIX = "smrt-import-"


def sweep(base: str) -> None:
    """Remove parking folders whose importing process no longer runs."""
    try:
        names = [n for n in os.listdir(base) if n.startswith(PREFIX)]
    except OSError:
        return
    for name in names:
        pid = name[len(PREFIX) :].split("-", 1)[0]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(os.path.join(base, name), ignore_errors=True)
        except OSError:
            pass  # another user's process: not ours to judge


class Parking:
    """One import's folder of parked chunks: filled by the reader, emptied by the writer.

    A file in memory-backed /dev/shm passes half a megabyte at the cost of a copy; through
    the queue's pipe, 64 KB at a time, the two processes kept waiting for each other.
    """

    def __init__(self) -> None:
        self.folder = ""
        self.parked = 0

    def open(self, owner: int) -> None:
        """Make the folder, named after the importing process, once stale ones are swept."""
        base = SHM if os.access(SHM, os.W_OK) else tempfile.gettempdir()
        sweep(base)
        self.folder = tempfile.mkdtemp(prefix=f"{PREFIX}{owner}-", dir=base)

    def remove(self) -> None:
        """The folder and whatever is left in it: the import is over, or failed."""
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    def park(self, chunk: list[tuple[object, ...]]) -> str:
        """Leave a chunk in a file for the writer and return its name."""
        self.parked += 1
        name = os.path.join(self.folder, str(self.parked))
        with open(name, "wb") as out:
            marshal.dump(chunk, out)
        return name

    @staticmethod
    def unpark(name: str) -> list[tuple[object, ...]]:
        """The chunk parked under `name`; its file is gone after."""
        with open(name, "rb") as fh:
            data = fh.read()
        os.unlink(name)
        # marshal: these are plain tuples of text, numbers and None, and it is twice as fast
        # as pickle both ways.
        return cast(list[tuple[object, ...]], marshal.loads(data))
