"""Properties of generated exports: every count stored is the one meant, or the file is refused.

A file is generated in one notation, English or Indonesian, with counts written as people
and platforms write them (plain, grouped thousands, float-written, K/M with an exact value).
What the import must do follows from how each cell was written, not from the parser:
a cell that could be two counts ("1.234K") is refused unless some cell shows the notation;
everything else is stored exactly as meant. Mangled files never give a traceback.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from smrt_cli.cli import app
from smrt_cli.errors import UserError
from smrt_cli.metrics import store
from smrt_cli.metrics.importer import import_file, prepare
from smrt_cli.registry_file import load_registry
from tests.helpers import paths

MINIMAL = paths.MINIMAL
REGISTRY = load_registry(MINIMAL)


@dataclass(frozen=True)
class Format:
    """An export: its header, a row from (index, three count cells, a rate cell), the query."""

    name: str
    header: list[str]
    row: Callable[[int, list[str], str], list[str]]
    sql: str  # (key, three counts) in file order
    key: Callable[[int], str] = lambda i: str(100 + i)  # the stored key of row i


FORMATS = [
    Format(
        "canonical",
        ["upt", "platform", "post_id", "published_at", "views", "reach", "likes"],
        lambda i, c, r: ["ksop-a", "x", f"p{100 + i}", f"2026-11-{1 + i:02d}T09:00:00+08:00", *c],
        "SELECT post_id, views, reach, reactions FROM post ORDER BY rowid",
        lambda i: f"p{100 + i}",
    ),
    Format(
        "meta-facebook",
        ["Post ID", "Page ID", "Publish time", "Views", "Reach", "Reactions"],
        lambda i, c, r: [f"{100 + i}", "2002", f"11/{1 + i:02d}/2026 09:00", *c],
        "SELECT post_id, views, reach, reactions FROM post ORDER BY rowid",
    ),
    Format(
        "meta-instagram",
        ["Post ID", "Account ID", "Publish time", "Post type", "Views", "Reach", "Likes"],
        lambda i, c, r: [f"{100 + i}", "2002", f"11/{1 + i:02d}/2026 09:00", "IG reel", *c],
        "SELECT post_id, views, reach, reactions FROM post ORDER BY rowid",
    ),
    Format(
        "x-legacy",
        ["Tweet id", "time", "impressions", "engagement rate", "likes", "replies"],
        lambda i, c, r: [f"{100 + i}", f"2026-11-{1 + i:02d} 01:00 +0000", c[0], r, *c[1:]],
        "SELECT post_id, views, reactions, comments FROM post ORDER BY rowid",
    ),
    Format(
        "x-content",
        ["Post id", "Date", "Post text", "Impressions", "Likes", "Bookmarks"],
        lambda i, c, r: [f"{100 + i}", f"Nov {1 + i}, 2026", "Halo", *c],
        "SELECT post_id, views, reactions, saves FROM post ORDER BY rowid",
    ),
    Format(
        "youtube",
        [
            "Content",
            "Video title",
            "Video publish time",
            "Views",
            "Watch time (hours)",
            "Likes",
            "Shares",
        ],
        lambda i, c, r: [f"v{100 + i}", "Halo", f"Nov {1 + i}, 2026", c[0], r, *c[1:]],
        "SELECT post_id, views, reactions, shares FROM post ORDER BY rowid",
        lambda i: f"v{100 + i}",
    ),
    Format(
        "x-legacy-daily",
        ["Date", "Tweets published", "impressions", "engagement rate", "likes", "replies"],
        lambda i, c, r: [f"2026-11-{1 + i:02d}", "1", c[0], r, *c[1:]],
        "SELECT day, views, likes, comments FROM account_day ORDER BY rowid",
        lambda i: f"2026-11-{1 + i:02d}",
    ),
    Format(
        "tiktok-overview",
        ["Date", "Video Views", "Profile Views", "Likes"],
        lambda i, c, r: [f"November {1 + i}", *c],
        "SELECT day, views, profile_views, likes FROM account_day ORDER BY rowid",
        lambda i: f"2026-11-{1 + i:02d}",
    ),
]

# What a cell's writing means for the import, whatever the parser does.
PLAIN, CLUE, NEEDS_CLUE = "plain", "clue", "needs clue"


@dataclass(frozen=True)
class Notation:
    point: str
    group: str


NOTATIONS = [Notation(".", ","), Notation(",", ".")]


def grouped(value: int, group: str) -> str:
    return f"{value:,}".replace(",", group)


@st.composite
def written(draw: st.DrawFn, value: int, n: Notation, ways: list[str]) -> tuple[str, str]:
    """`value` written one of the ways an export in notation `n` may write it, and its kind."""
    way = draw(st.sampled_from(ways))
    if way == "grouped" and value >= 1000:
        text = grouped(value, n.group)
        # 12.000 is twelve thousand with or without witness; 1.234 and 1.234.567 are witnesses
        one_zero_group = text.count(n.group) == 1 and text.endswith("000")
        return text, PLAIN if one_zero_group else CLUE
    if way == "float":
        whole = grouped(value, n.group) if draw(st.booleans()) else str(value)
        return f"{whole}{n.point}{draw(st.sampled_from(['0', '00']))}", CLUE
    if way == "suffix":
        for unit, letter in ((1_000_000, draw(st.sampled_from("Mm"))), (1000, "K")):
            if value >= unit and (value * 1000) % unit == 0:
                whole, rest = divmod(value, unit)
                decimals = f"{rest * 1000 // unit:03d}".rstrip("0")
                head = grouped(whole, n.group)
                seps = head.count(n.group)
                text = head + (n.point + decimals if decimals else "") + letter
                if (len(decimals) == 3 and not seps) or (not decimals and seps == 1):
                    return text, NEEDS_CLUE  # 1.234K, 1,234K: a thousand times apart
                return text, CLUE if decimals or seps else PLAIN
    return str(value), PLAIN


counts = st.one_of(
    st.integers(0, 10**10),
    # round figures, which K and M and "12.000" are made of
    st.builds(
        lambda m, e: m * 10**e, st.integers(1, 999) | st.integers(1, 99_999), st.integers(0, 7)
    ),
)


@st.composite
def exports(
    draw: st.DrawFn,
) -> tuple[Format, str, list[list[str]], list[list[int | None]], list[str]]:
    """A format, a delimiter, rows of cells, the counts they mean and the kinds of cells."""
    fmt = draw(st.sampled_from(FORMATS))
    n = draw(st.sampled_from(NOTATIONS))
    # Some files write no count with a separator but one that needs a witness; many do.
    ways = draw(st.sampled_from([["plain", "grouped", "float", "suffix"], ["plain", "suffix"]]))
    rates = ["", "-"] if len(ways) == 2 else ["", "-", f"0{n.point}0132", f"0{n.point}5"]
    rows, meant, kinds = [], [], []
    for i in range(draw(st.integers(1, 5))):
        cells, values, row_kinds = [], [], []
        for _ in range(3):
            value = draw(st.none() | counts)
            text, kind = ("", PLAIN) if value is None else draw(written(value, n, ways))
            cells.append(text)
            values.append(value)
            row_kinds.append(kind)
        rate = draw(st.sampled_from(rates))
        has_rate = "rate" in " ".join(fmt.header) or "hours" in " ".join(fmt.header)
        if has_rate and rate not in ("", "-"):
            row_kinds.append(CLUE)
        rows.append(fmt.row(i, cells, rate))
        meant.append(values)
        kinds.append(row_kinds)
    return fmt, draw(st.sampled_from([",", ";"])), rows, meant, kinds


def write(folder: Path, fmt: Format, sep: str, rows: list[list[str]]) -> Path:
    path = folder / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=sep).writerows([fmt.header, *rows])
    return path


@pytest.fixture(scope="module")
def new_store() -> Iterator[Callable[[], sqlite3.Connection]]:
    """A fresh in-memory store per example: a copy of one made by open_store, not a migration."""
    made = store.open_store(Path(":memory:"))

    def copy() -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        made.backup(conn)
        conn.execute("PRAGMA foreign_keys=ON")  # per connection, as open_store sets it
        return conn

    yield copy
    made.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("exports")


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(exports())
def test_every_stored_count_is_the_one_meant_or_the_file_is_refused(
    new_store: Callable[[], sqlite3.Connection],
    folder: Path,
    export: tuple[Format, str, list[list[str]], list[list[int | None]], list[str]],
) -> None:
    fmt, sep, rows, meant, kinds = export
    # each example writes the one file anew and imports it into a new store
    path = write(folder, fmt, sep, rows)
    conn = new_store()
    try:
        import_file(
            conn,
            prepare(path, "export.csv", REGISTRY, unit="ksop-a", year=2026),
            REGISTRY,
            year=2026,
            imported_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
        )
    except UserError as exc:
        refused: str | None = str(exc)
    else:
        refused = None
        got = conn.execute(fmt.sql).fetchall()
    conn.close()
    witnessed = any(CLUE in k for k in kinds)
    doubtful = [i for i, k in enumerate(kinds) if NEEDS_CLUE in k]
    event(f"{'doubtful' if doubtful else 'clear'}, {'witnessed' if witnessed else 'no witness'}")
    if doubtful and not witnessed:
        line = doubtful[0] + 2
        assert refused is not None, rows
        found = re.fullmatch(
            rf'export\.csv:{line}: column "[^"]+": "([^"]+)" may be \d+ or \d+ — .*', refused
        )
        assert found is not None, refused
        assert found.group(1) in rows[doubtful[0]]
        return
    assert refused is None, (refused, rows)
    expected = [(fmt.key(i), *values) for i, values in enumerate(meant)]
    assert got == expected


runner = CliRunner()
# Cells as a careless hand or a broken tool leaves them.
mangled = st.text(alphabet='0123456789.,;-+KkMmEe "\n\r\u00a0٣abc/:T', max_size=12)


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(export=exports(), spoils=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 8), mangled), max_size=4), cut=st.none() | st.integers(0, 400))  # fmt: skip
def test_a_mangled_export_is_imported_or_refused_at_a_line_never_a_traceback(
    export: tuple[Format, str, list[list[str]], list[list[int | None]], list[str]],
    spoils: list[tuple[int, int, str]],
    cut: int | None,
) -> None:
    fmt, sep, rows, _, _ = export
    for r, c, text in spoils:
        if r < len(rows) and c < len(rows[r]):
            rows[r][c] = text
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write(folder, fmt, sep, rows)
        if cut is not None:
            data = path.read_bytes()
            path.write_bytes(data[: len(data) * cut // 400 or 1])
        args = ["--workspace", tmp, "--data", str(MINIMAL), "metrics", "import"]
        result = runner.invoke(app, [*args, "--upt", "ksop-a", "--year", "2026", str(path)])
        batches = (0,)
        if (folder / "smrt.db").exists():  # a file refused before the import opens no store
            with sqlite3.connect(folder / "smrt.db") as conn:
                batches = conn.execute("SELECT count(*) FROM import_batch").fetchone()
    event(f"exit {result.exit_code}")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 2:
        assert re.match(rf"error: {re.escape(str(path))}:\d+: \S", result.stderr), result.stderr
        assert batches == (0,)  # nothing of a refused file is kept
