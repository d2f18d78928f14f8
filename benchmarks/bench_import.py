"""Benchmark: `smrt metrics import` of a generated canonical CSV, and monthly aggregates.

Run: python benchmarks/bench_import.py [--rows 100000] [--repeat 3]
Prints the median wall time of a fresh import (end to end, the real command in a subprocess),
of a re-import of the same file (all rows unchanged), of Python's csv module merely reading
the file, of the floor of any import (the csv module's rows written as they stand into an
SQLite table without indexes, in one process and one transaction, as the store is set up:
WAL, synchronous=NORMAL), of `metrics.store.monthly` over the whole store, and the
import's peak memory.
The imports' CPU time (user + system) is printed beside the wall time: on a shared machine
it is the steadier figure. The target (at most 2x the floor, issue 19) is judged on wall time
when the machine was quiet (load average below 1 before and after the timed runs: the import
may then use both cores, its reader and writer overlapping), else on CPU time. The least wall
time two cores allow (the import's CPU time halved, against the floor's CPU time) is
printed too.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from smrt_cli.metrics import store
from smrt_cli.metrics.canonical import CANONICAL_COLUMNS
from smrt_cli.registry_file import BUNDLED_SAMPLE, load_registry

WORDS = [
    "kapal",
    "pelabuhan",
    "layanan",
    "buku",
    "pelaut",
    "cuaca",
    "bmkg",
    "gelombang",
    "pas",
    "kecil",
    "nelayan",
    "apel",
]


def generate(path: Path, rows: int) -> None:
    registry = load_registry(BUNDLED_SAMPLE)
    units = [u.id for u in registry.upts]
    rng = random.Random(42)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(CANONICAL_COLUMNS)
        for n in range(rows):
            when = start + dt.timedelta(minutes=rng.randrange(525_600))
            text = " ".join(rng.choices(WORDS, k=12))
            out.writerow(
                [
                    rng.choice(units),
                    rng.choice(("facebook", "instagram", "x", "youtube", "tiktok")),
                    f"p{n}",
                    when.isoformat(),
                    rng.choice(("photo", "reel", "video", "carousel")),
                    f"https://example.org/p{n}",
                    text,
                    rng.randrange(10_000),
                    rng.randrange(8_000),
                    rng.randrange(500),
                    rng.randrange(50),
                    rng.randrange(50),
                    rng.randrange(30),
                    rng.randrange(100),
                ]
            )


def timed(action: object) -> float:
    begin = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - begin


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_of_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed_self(action: object, cpu: list[float]) -> float:
    """Wall time of `action`, run in this process; its CPU time goes to `cpu`."""
    before = cpu_of_self()
    wall = timed(action)
    cpu.append(cpu_of_self() - before)
    return wall


def timed_child(action: object, cpu: list[float]) -> float:
    """Wall time of `action`, which runs one subprocess; its CPU time goes to `cpu`."""
    before = cpu_of_children()
    wall = timed(action)
    cpu.append(cpu_of_children() - before)
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    smrt = Path(sys.executable).with_name("smrt")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = folder / "posts.csv"
        generate(data, args.rows)
        size = data.stat().st_size / 1e6

        def read_csv() -> None:
            with data.open(encoding="utf-8", newline="") as fh:
                for _ in csv.reader(fh):
                    pass

        def csv_into_sqlite() -> None:
            target = folder / "floor.db"
            conn = sqlite3.connect(target, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            width = len(CANONICAL_COLUMNS)
            conn.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(width))})")
            conn.execute("BEGIN")
            with data.open(encoding="utf-8", newline="") as fh:
                reader = csv.reader(fh)
                next(reader)
                conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * width)})", reader)
            conn.execute("COMMIT")
            conn.close()
            for suffix in ("", "-wal", "-shm"):
                target.with_name(target.name + suffix).unlink(missing_ok=True)

        command = [str(smrt), "--data", str(BUNDLED_SAMPLE), "metrics", "import", str(data)]

        def fresh() -> None:
            shutil.rmtree(folder / "ws", ignore_errors=True)
            subprocess.run(
                [*command[:1], "-w", str(folder / "ws"), *command[1:]],
                check=True,
                capture_output=True,
            )

        def again() -> None:
            subprocess.run(
                [*command[:1], "-w", str(folder / "ws"), *command[1:]],
                check=True,
                capture_output=True,
            )

        csv_times = [timed(read_csv) for _ in range(args.repeat)]
        # The floor and the imports take turns, so a machine that slows down mid-run slows
        # both alike; the CPU ratio (user + system) is the steadier one on a shared machine.
        floor_cpu: list[float] = []
        fresh_cpu: list[float] = []
        again_cpu: list[float] = []
        floor_times, fresh_times, again_times = [], [], []
        load_before = os.getloadavg()[0]
        for _ in range(args.repeat):
            floor_times.append(timed_self(csv_into_sqlite, floor_cpu))
            fresh_times.append(timed_child(fresh, fresh_cpu))
            again_times.append(timed_child(again, again_cpu))
        load_after = os.getloadavg()[0]
        conn = store.open_store(folder / "ws" / "smrt.db")
        month_times = [timed(lambda: store.monthly(conn)) for _ in range(args.repeat)]
        conn.close()
    csv_s, floor = statistics.median(csv_times), statistics.median(floor_times)
    new, again_s = statistics.median(fresh_times), statistics.median(again_times)
    floor_c = statistics.median(floor_cpu)
    new_c, again_c = statistics.median(fresh_cpu), statistics.median(again_cpu)
    print(f"{args.rows} rows, {size:.1f} MB canonical CSV, median of {args.repeat}:")
    print(f"  csv module reading only:   {csv_s:7.2f} s")
    print(
        f"  csv rows into bare SQLite: {floor:7.2f} s  ({floor / csv_s:.1f}x csv: the floor;"
        f" CPU {floor_c:.2f} s)"
    )
    print(
        f"  smrt metrics import, new:  {new:7.2f} s  ({new / floor:.2f}x the floor;"
        f" CPU {new_c:.2f} s over two processes, {new_c / floor_c:.2f}x the floor's)"
    )
    print(
        f"  re-import, all unchanged:  {again_s:7.2f} s  ({again_s / floor:.2f}x the floor;"
        f" CPU {again_c:.2f} s, {again_c / floor_c:.2f}x the floor's)"
    )
    quiet = max(load_before, load_after) < 1
    print(
        f"  load average {load_before:.1f} before, {load_after:.1f} after: judged on"
        f" {'wall time (a quiet machine)' if quiet else 'CPU time (a busy machine)'}"
    )
    for name, wall, cpu in (("new", new, new_c), ("re-import", again_s, again_c)):
        verdict = "met" if wall <= 2 * floor else "NOT met"
        print(f"  {name} target <= 2x the floor: {verdict} in wall time,", end=" ")
        print("met" if cpu <= 2 * floor_c else "NOT met", "in CPU time;", end=" ")
        # Two cores at best halve the CPU time: the least wall time the import could take,
        # against the floor's CPU time (its wall time on a quiet machine: it runs on one core).
        print(f"two cores allow no less than {cpu / 2:.2f} s wall ({cpu / 2 / floor_c:.2f}x)")
    print(f"  monthly aggregates:        {statistics.median(month_times):7.2f} s")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB on Linux
    print(f"  peak memory of an import:  {peak:7.0f} MB")


if __name__ == "__main__":
    main()
