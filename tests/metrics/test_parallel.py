"""The forked worker's own cases: many chunks, large files, parking folders and their sweep.

Files from parallel.PARALLEL_BYTES up are read, converted and matched by a forked process
while the importing one writes. The import's other tests run on that path too, through the
parametrised fixture conftest.import_path; the tests here are about the worker alone.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smrt_cli.errors import UserError
from smrt_cli.metrics import parallel, parking, store
from tests.helpers.canonical_data import HEADER, import_canonical

pytestmark = pytest.mark.skipif(not parallel.can_fork(), reason="the worker needs fork")


@pytest.fixture(autouse=True)
def _in_two_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_BYTES", 0)


def test_a_figure_beyond_64_bits_fails_before_a_later_bad_row(tmp_path: Path) -> None:
    conn = store.open_store(tmp_path / "smrt.db")
    path = tmp_path / "posts.csv"
    header = HEADER
    path.write_text(
        f"{header}\nksop-a,x,1,2026-11-01T09:00:00Z,,,,1,,,,,,\n"
        "ksop-a,x,2,2026-11-01T09:00:00Z,,,,99999999999999999999,,,,,,\n"
        "ksop-a,x,3,2026-11-01T09:00:00Z,,,,1,abc,,,,,\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError) as error:
        import_canonical(conn, path)
    assert str(error.value) == (
        'posts.csv:3: column "views": "99999999999999999999" is too large for a count'
    )
    assert conn.execute("SELECT count(*) FROM post").fetchone() == (0,)
    conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("defer_below", [0, 3, 99])  # worker alone, as it falls, writer
def test_rows_of_many_chunks_are_matched_in_either_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, defer_below: int
) -> None:
    monkeypatch.setattr(parallel, "DEFER_BELOW", defer_below)
    conn = store.open_store(tmp_path / "smrt.db")
    path = tmp_path / "posts.csv"
    lines = [HEADER]
    lines += [
        f"ksop-a,x,p{n},2026-11-01T09:00:00Z,,,{('cuaca', 'buku pelaut', 'lain')[n % 3]} {n},"
        f"{n},,,,,,"
        for n in range(12_000)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = import_canonical(conn, path)
    assert (summary.rows, summary.new) == (12_000, 12_000)
    ideas = conn.execute(
        "SELECT idea_id, count(*) FROM post GROUP BY idea_id ORDER BY idea_id"
    ).fetchall()
    assert ideas == [(None, 4000), ("buku-pelaut", 4000), ("cuaca", 4000)], ideas
    conn.close()


def test_parking_folders_of_ended_imports_are_swept(tmp_path: Path) -> None:
    dead = tmp_path / "smrt-import-999999999-abc"  # no process has such a number
    live = tmp_path / f"smrt-import-{os.getpid()}-def"
    other = tmp_path / "smrt-other-1-x"
    for folder in (dead, live, other):
        folder.mkdir()
        (folder / "1").write_bytes(b"chunk")
    parking.sweep(str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])


def test_an_import_leaves_no_parked_chunks(tmp_path: Path) -> None:
    conn = store.open_store(tmp_path / "smrt.db")
    path = tmp_path / "posts.csv"
    lines = [HEADER]
    lines += [f"ksop-a,x,p{n},2026-11-01T09:00:00Z,,,cuaca,{n},,,,,," for n in range(6000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = set(os.listdir(parking.SHM)) if os.path.isdir(parking.SHM) else set()
    assert import_canonical(conn, path).new == 6000
    after = set(os.listdir(parking.SHM)) if os.path.isdir(parking.SHM) else set()
    # only this process's folders: other imports on the machine park theirs here too
    ours = f"{parking.PREFIX}{os.getpid()}-"
    assert {n for n in after - before if n.startswith(ours)} == set()
    conn.close()


def test_the_worker_notes_what_a_file_of_many_units_covers(tmp_path: Path) -> None:
    conn = store.open_store(tmp_path / "smrt.db")
    path = tmp_path / "posts.csv"
    lines = [HEADER]
    # 6000 rows over three chunks, the units mixed: ksop-a's (odd n) on 2, 4, ... 20
    # November, upp-b's (even n) on 21, 23, ... 29 on X, and one on 5 October on Instagram
    for n in range(6000):
        unit, platform, day = ("ksop-a", "x", 1 + n % 20) if n % 2 else ("upp-b", "x", 21 + n % 10)
        lines.append(f"{unit},{platform},p{n},2026-11-{day:02d}T09:00:00+08:00,,,,{n},,,,,,")
    lines.append("upp-b,instagram,ig1,2026-10-05T09:00:00+08:00,,,,1,,,,,,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = import_canonical(conn, path)
    assert summary.covers == [
        ("ksop-a", "x", "2026-11-02", "2026-11-20"),
        ("upp-b", "instagram", "2026-10-05", "2026-10-05"),
        ("upp-b", "x", "2026-11-21", "2026-11-29"),
    ]
    assert conn.execute("SELECT count(*) FROM coverage").fetchone() == (3,)
    conn.close()
