"""Time `smrt inbox` end to end over N units and M messages (default 1,000 × 1,000,000).

Usage: python benchmarks/bench_inbox.py [--units 1000] [--messages 1000000] [--runs 5]

The generated workspace (registry, smrt.db) is built first and not timed. Messages fall over
one quarter; 95% are answered and nine complaints in ten are closed, so about 7% are open, as
an inbox that is worked but not emptied. Each run is a fresh process from start to exit,
judging the backlog at the quarter's end and printing it (to a pipe, as cron would), followed
by one run of the floor: a Python process that imports Typer, rich.table, pydantic and PyYAML
and reads the open messages out of the store with one SQLite query (issue 19: each figure
beside its floor, CPU ratio).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gen_registry import registry_yaml

START = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
SECONDS = 92 * 86_400  # the fourth quarter
KINDS = ("question", "complaint", "hoax_report", "other")
PLATFORMS = ("facebook", "instagram", "x", "tiktok")


def build(work: Path, units: int, messages: int) -> None:
    (work / "data").mkdir(parents=True)
    (work / "data" / "upt.yaml").write_text(registry_yaml(units, 45), encoding="utf-8")
    sys.path.insert(0, str(Path(__file__).parent.parent))
    from smrt_cli.metrics.store import open_store

    open_store(work / "smrt.db").close()
    conn = sqlite3.connect(work / "smrt.db")
    rng = random.Random(15)

    def rows() -> object:
        for i in range(messages):
            moment = START + dt.timedelta(seconds=rng.randrange(SECONDS))
            reply = moment + dt.timedelta(minutes=rng.randrange(5, 3000))
            kind = KINDS[i % 4]
            answered = rng.random() < 0.95
            closed = kind != "complaint" or rng.random() < 0.9
            received = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
            yield (
                f"upt-{i % units:04d}",
                PLATFORMS[i % 4],
                received,
                f"{received}|{kind}|#1",  # the message's identity, as an import keys it
                (moment + dt.timedelta(hours=8)).date().isoformat(),
                reply.strftime("%Y-%m-%dT%H:%M:%SZ") if answered else None,
                kind,
                int(closed),
                f"LPR-{i}" if kind == "complaint" and i % 3 == 0 else None,
            )

    conn.execute("BEGIN")
    conn.executemany(
        "INSERT OR IGNORE INTO message (upt, platform, received_at, message_key, local_date,"
        " first_reply_at, kind, resolved, lapor_id) VALUES (?,?,?,?,?,?,?,?,?)",
        rows(),
    )
    conn.execute("COMMIT")
    (stored, open_) = conn.execute(
        "SELECT count(*), sum(first_reply_at IS NULL OR (kind = 'complaint' AND resolved = 0))"
        " FROM message"
    ).fetchone()
    conn.close()
    print(f"{stored:,} messages stored, {open_:,} open", file=sys.stderr)


# The floor: the imports any command's start-up needs (as bench_startup.py's floor) and the
# open backlog read out of the store in one query, nothing judged or printed.
FLOOR = (
    "import sqlite3, sys, typer, rich.table, pydantic, yaml\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    'conn.execute("SELECT upt, platform, received_at, kind, first_reply_at, resolved'
    " FROM message WHERE first_reply_at IS NULL OR (kind = 'complaint' AND resolved = 0)\")"
    ".fetchall()\n"
)


def timed(command: list[str]) -> tuple[float, float, subprocess.CompletedProcess[bytes]]:
    """(wall seconds, CPU seconds, the result) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="Build the workspace here (or reuse it)."
    )
    args = parser.parse_args(argv)
    smrt = Path(sys.executable).parent / "smrt"
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        if not (work / "smrt.db").exists():
            began = time.perf_counter()
            build(work, args.units, args.messages)
            took = time.perf_counter() - began
            print(f"generated in {took:.1f} s (not timed)", file=sys.stderr)
        command = [str(smrt), "--workspace", str(work), "inbox", "--as-of", "2026-12-31T16:00"]
        # a first run fills the per-user caches (registry, holidays), as a daily cron job has
        subprocess.run(command, capture_output=True)
        floor = [sys.executable, "-c", FLOOR, str(work / "smrt.db")]
        times, cpus, floors = [], [], []
        for _ in range(args.runs):
            wall, cpu, done = timed(command)
            times.append(wall)
            cpus.append(cpu)
            if done.returncode not in (0, 1):
                sys.stderr.write(done.stderr.decode())
                return 1
            floors.append(timed(floor)[1])
        lines = done.stdout.decode().count("\n")
    cpu, base = statistics.median(cpus), statistics.median(floors)
    print(
        f"smrt inbox, {args.units} units, {args.messages:,} messages: median "
        f"{statistics.median(times):.2f} s over {args.runs} runs (min {min(times):.2f} s, "
        f"max {max(times):.2f} s), CPU {cpu:.2f} s; {lines:,} lines out, exit {done.returncode}"
    )
    print(
        f"floor (start-up imports, the open messages in one SQLite query): CPU {base:.2f} s;"
        f" {cpu / base:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
