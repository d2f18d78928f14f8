"""One call begun in a thread, its result (or its error) collected when the caller needs it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")


def started(work: Callable[[], _T], name: str = "smrt-work") -> Callable[[], _T]:
    """`work` begun in a daemon thread; the returned call waits for it and gives its result,
    or raises its error in the caller's thread."""
    box: list[_T] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            box.append(work())
        except BaseException as exc:  # raised again in the caller's thread
            failed.append(exc)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()

    def wait() -> _T:
        thread.join()
        if failed:
            raise failed[0]
        return box[0]

    return wait
