"""The canonical import's fast path: same rows, errors and counts as the careful path."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from smrt_cli.errors import UserError
from smrt_cli.metrics import store
from smrt_cli.metrics.canonical import CANONICAL_COLUMNS
from smrt_cli.metrics.fastrows import CanonicalPosts
from smrt_cli.metrics.matching import Matcher
from smrt_cli.metrics.readers import Columns, ReadContext, Row
from tests.helpers import paths
from tests.helpers.canonical_data import HEADER, REGISTRY, import_canonical

# every test here runs on both import paths (conftest.import_path)
pytestmark = pytest.mark.usefixtures("import_path")

MINIMAL = paths.MINIMAL
# Zones with daylight saving (Berlin, Sydney), a half-hour offset (Kolkata) and none (Makassar).
ZONES = {
    "ber": ZoneInfo("Europe/Berlin"),
    "syd": ZoneInfo("Australia/Sydney"),
    "kol": ZoneInfo("Asia/Kolkata"),
    "mak": ZoneInfo("Asia/Makassar"),
}


def careful_rows(
    self: CanonicalPosts, cols: Columns, data: Iterator[Row]
) -> Iterator[tuple[object, ...]]:
    """Every row through the careful path, as the fast path was before it existed."""
    self._cols = cols
    for line, row in data:
        yield self.careful(line, row)


def stored(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT upt, platform, post_id, published_at, local_date, format, permalink, text,"
        " views, reach, reactions, comments, shares, saves, clicks, follows, idea_id, pillar"
        " FROM post ORDER BY upt, platform, post_id"
    ).fetchall()


def figures(row: tuple[object, ...]) -> tuple[object, ...]:
    """The fast path hands counts over as digits ("" for none); the store makes them numbers."""
    counts = tuple((int(v) if v else None) if isinstance(v, str) else v for v in row[8:16])
    return (*row[:8], *counts, *row[16:])


def outcome(fast: CanonicalPosts, line: int, cells: list[str], careful: bool) -> object:
    cols = Columns(CANONICAL_COLUMNS)
    try:
        if careful:
            fast._cols = cols
            return fast.careful(line, list(cells))
        return figures(next(fast.rows(cols, iter([(line, list(cells))]))))
    except UserError as exc:
        return str(exc)


times = st.one_of(
    st.sampled_from(
        [
            "2026-03-29T02:30:00",  # Berlin: a wall time that does not exist
            "2026-10-25T02:30:00",  # Berlin: a wall time that happens twice
            "2026-10-25T00:59:59Z",
            "2026-04-05T02:30:00",  # Sydney: back from daylight saving
            "2026-10-04T02:30:00",  # Sydney: into daylight saving
            "2026-11-30T23:45:00+05:30",
            "2026-11-30T18:29:59Z",
            "2026-11-30T18:30:00z",
            "2026-11-30 09:00",
            "2026-11-30T09:00+08:00",
            "2026-11-30T09:00:00.250+08:00",
            "2026-11-30T09:61:00+08:00",
            "2026-11-30T09:00:00+0800",
            " 2026-11-30T09:00:00+08:00",
            "2026-W48-1T09:00:00",
            "2026-11-30T09:00:00 +08:00",
            "30/11/2026 09:00:00",
            "",
        ]
    ),
    st.builds(
        lambda day, hour, minute, tail: f"2026-{day:%m-%d}T{hour:02d}:{minute:02d}:07{tail}",
        st.dates(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        st.integers(0, 23),
        st.integers(0, 59),
        st.sampled_from(["", "Z", "+00:00", "+08:00", "-03:00", "+05:45", "+14:00"]),
    ),
)
# A plain row (the fast path's own), sometimes with one cell spoiled in a way that matters.
cells = st.tuples(
    st.sampled_from(["ber", "syd", "kol", "mak", ""]),
    st.sampled_from(["x", "instagram"]),
    st.sampled_from(["p1", "0042"]),
    times,
    st.sampled_from(["", "reel"]),
    st.sampled_from(["", "https://e.org/1"]),
    st.sampled_from(["", "buku pelaut", "Tips &amp; cuaca\r\nBMKG", " #BukuPelaut ", "é" * 600]),
    st.lists(st.sampled_from(["", "0", "42", "007"]), min_size=7, max_size=7),
)
PLAIN = ("mak", "x", "p1", "2026-11-30T09:00:00+08:00", "", "", "", ["1"] * 7)
spoils = st.none() | st.tuples(
    st.integers(0, 13),
    st.sampled_from([" mak", "nope", "Instagram", " x", "threads", " p1 ", "'0042", "",
                     "1.22158E+17", "a+b", "Reel", "gif", " photo", " https://e.org/1 ",
                     "1.2K", "1,234", "-", "-40", "abc", "1.5", "٣", "99999999999999999999"]),
)  # fmt: skip


# it calls no import: one path is enough
@pytest.mark.slow
@pytest.mark.parametrize("import_path", ["in-process"], indirect=True)
@settings(max_examples=500, deadline=None)
@given(row=cells, spoil=spoils)
@example(row=PLAIN, spoil=(7, "99999999999999999999"))
@example(row=PLAIN, spoil=(8, "1.2K"))
@example(row=PLAIN, spoil=(9, "-40"))
@example(row=PLAIN, spoil=None)
@example(row=("kol", *PLAIN[1:3], "2026-11-30T18:45:00Z", *PLAIN[4:]), spoil=None)
def test_fast_path_gives_the_careful_paths_row_or_error(
    row: tuple[str, str, str, str, str, str, str, list[str]], spoil: tuple[int, str] | None
) -> None:
    values = [*row[:7], *row[7]]
    if spoil is not None:
        values[spoil[0]] = spoil[1]
    for unit in (None, "mak"):
        ctx = ReadContext("f.csv", unit, ZONES)
        fast = CanonicalPosts(ctx, Matcher(REGISTRY.ideas))
        assert outcome(fast, 7, values, careful=False) == outcome(fast, 7, values, careful=True)


def test_short_and_long_rows_take_the_careful_path() -> None:
    ctx = ReadContext("f.csv", "mak", ZONES)
    fast = CanonicalPosts(ctx, Matcher(REGISTRY.ideas))
    cols = Columns(CANONICAL_COLUMNS)
    short = ["mak", "x", "p1", "2026-11-30T09:00:00+08:00"]
    (got,) = fast.rows(cols, iter([(2, short)]))
    assert got[:5] == ("mak", "x", "p1", "2026-11-30T01:00:00Z", "2026-11-30")


def test_counts_of_a_file_with_repeats_updates_and_changes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "a.csv"
    first.write_text(
        f"{HEADER}\n"
        "ksop-a,x,1,2026-11-01T09:00:00Z,,,cuaca,10,,,,,,\n"
        "ksop-a,x,2,2026-11-01T09:00:00Z,,,cuaca,20,,,,,,\n"
        "ksop-a,x,3,2026-11-01T09:00:00Z,,,cuaca,30,,,,,,\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.csv"
    second.write_text(
        f"{HEADER}\n"
        "ksop-a,x,1,2026-11-01T09:00:00Z,,,cuaca,11,,,,,,\n"  # updated
        "ksop-a,x,2,2026-11-01T09:00:00Z,,,cuaca,21,,,,,,\n"  # changed, then back: unchanged
        "ksop-a,x,2,2026-11-01T09:00:00Z,,,cuaca,20,,,,,,\n"
        "ksop-a,x,3,2026-11-01T09:00:00Z,,,cuaca,30,,,,,,\n"  # unchanged
        "ksop-a,x,4,2026-11-01T09:00:00Z,,,cuaca,1,,,,,,\n"  # new, repeated
        "ksop-a,x,4,2026-11-01T09:00:00Z,,,cuaca,40,,,,,,\n",
        encoding="utf-8",
    )
    results = []
    for slow in (False, True):
        if slow:
            monkeypatch.setattr(CanonicalPosts, "rows", careful_rows)
        conn = store.open_store(Path(":memory:"))
        import_canonical(conn, first)
        summary = import_canonical(conn, second)
        again = import_canonical(conn, second)
        results.append((summary.line(), again.line(), stored(conn)))
        conn.close()
    assert results[0] == results[1]
    line_text, again_text, rows = results[0]
    line, again = line_text.render("en"), again_text.render("en")
    assert line_text.render("id") == (
        "b.csv: canonical, unit dari kolom upt: 6 baris — 1 baru, 1 diperbarui, 2 tidak berubah"
        " (2 baris berulang dihitung sekali)"
    )
    assert line == (
        "b.csv: canonical, units from the upt column: 6 rows — 1 new, 1 updated, 2 unchanged"
        " (2 repeated rows counted once)"
    )
    assert again.endswith("6 rows — 0 new, 0 updated, 4 unchanged (2 repeated rows counted once)")
    assert [(r[2], r[8]) for r in rows] == [("1", 11), ("2", 20), ("3", 30), ("4", 40)]


def test_fast_and_careful_paths_store_the_same_posts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "posts.csv"
    lines = [HEADER]
    for n in range(3000):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=n % 365)
        tail = ("", "Z", "+08:00", "-03:00")[n % 4]
        m = n % 2900  # the last hundred rows repeat earlier posts with other figures
        lines.append(
            f"{('ksop-a', 'upp-b')[m % 2]},{('x', 'instagram', 'Facebook')[m % 3]},p{m},"
            f"{day}T{n % 24:02d}:{n % 60:02d}:{n % 7:02d}{tail},{('reel', '', 'Photo')[n % 3]},"
            f',"buku pelaut {n} &amp; cuaca",{n},{"" if n % 5 else "1.2K"},{n % 9},,,,{n % 3}'
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = []
    for slow in (False, True):
        if slow:
            monkeypatch.setattr(CanonicalPosts, "rows", careful_rows)
        conn = store.open_store(Path(":memory:"))
        summary = import_canonical(conn, path)
        results.append((summary.as_json(), stored(conn)))
        conn.close()
    assert results[0] == results[1]
    assert results[0][0]["new"] == 2900


@pytest.mark.slow
def test_an_error_deep_in_a_large_file_keeps_nothing_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Large as the store sees it, with a tenth of the rows 160,000 took: five chunks written
    # and the period index dropped for its rebuild before the bad row (the file's size guesses
    # 4,793 rows, over REBUILD_FROM lowered from 50,000 to 2,000).
    monkeypatch.setattr(store, "REBUILD_FROM", 2_000)
    conn = store.open_store(tmp_path / "smrt.db")
    before = tmp_path / "before.csv"
    before.write_text(f"{HEADER}\nksop-a,x,p7,2026-11-01T09:00:00Z,,,cuaca,5,,,,,,\n", "utf-8")
    import_canonical(conn, before)
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER + "\n")
        for n in range(1, 16_001):
            reach = "abc" if n == 15_000 else str(n)
            out.write(f"ksop-a,x,p{n},2026-11-01T09:00:00Z,,,cuaca,{n},{reach},,,,,\n")
    with pytest.raises(UserError) as error:
        import_canonical(conn, path)
    assert str(error.value) == 'big.csv:15001: column "reach": "abc" is not a number'
    assert conn.execute("SELECT post_id, views FROM post").fetchall() == [("p7", 5)]
    # the index dropped for the rebuild is back with the rollback
    index = "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'post_by_period'"
    assert conn.execute(index).fetchall() == [("post_by_period",)]
    assert conn.execute("SELECT count(*) FROM import_batch").fetchone() == (1,)
    conn.close()


def test_a_count_beyond_64_bits_is_refused(tmp_path: Path) -> None:
    conn = store.open_store(tmp_path / "smrt.db")
    path = tmp_path / "posts.csv"
    path.write_text(
        f"{HEADER}\nksop-a,x,1,2026-11-01T09:00:00Z,,,,1,,,,,,\n"
        "ksop-a,x,2,2026-11-01T09:00:00Z,,,,99999999999999999999,,,,,,\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError) as error:
        import_canonical(conn, path)
    assert str(error.value) == (
        'posts.csv:3: column "views": "99999999999999999999" is too large for a count'
    )
    assert conn.execute("SELECT count(*) FROM post").fetchone() == (0,)
    conn.close()
