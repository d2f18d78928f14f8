"""The one error type for user errors: bad input or bad usage, reported without a traceback."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only a type here: importing errors must not load pydantic
    from pydantic import ValidationError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, pinned to where it is."""

    file: str
    line: int | None
    column: int | None
    message: str
    path: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class UserError(Exception):
    """Bad input or bad usage: the CLI prints the messages and exits with code 2."""

    exit_code = 2

    def __init__(self, *messages: str | Problem, problems: Iterable[Problem] = ()) -> None:
        self.messages = [str(m) for m in (*messages, *problems)]
        super().__init__("\n".join(self.messages))


class WorkError(Exception):
    """A failure while working (disk full, database locked): exit code 1."""

    exit_code = 1


def first_error(exc: ValidationError) -> str:
    """'upts.0.id: Field required': where a file we wrote went wrong, for its one-line error.

    The first error is enough: a file of ours that is wrong at all is written again whole.
    """
    first = exc.errors(include_url=False)[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}"
