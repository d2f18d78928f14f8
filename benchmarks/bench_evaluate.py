"""Time `smrt evaluate upt --all` end to end over N units and M posts (default 1,000 × 1,000,000).

Usage: python benchmarks/bench_evaluate.py [--units 1000] [--posts 1000000] [--runs 5]
       python benchmarks/bench_evaluate.py --units 300 1000 3000 --posts-per-unit 1000 --runs 1
       python benchmarks/bench_evaluate.py ... --keep DIR   # build each size's store once, reuse it
       python benchmarks/bench_evaluate.py ... --baseline ../main  # that checkout too, in turn

The generated workspace (registry, smrt.db) is built first and not timed; each run is a fresh
process from start to exit, writing README.md, one scorecard per unit and evaluation.json.

Measured 2026-11-27 on the 2-core CI machine (other jobs running, load ~2): median 3.80 s over
5 runs (min 3.69 s, max 5.75 s) for 1,000 units, 1,000,000 posts, 100,000 messages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
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
from gen_registry import PILLARS, PLATFORMS, registry_yaml

CRITERIA = """\
criteria:
  - {id: target, name: Target, weight: 15, source: posting_target_share, target: 100,
     description: d}
  - {id: er, name: ER, weight: 15, source: engagement_rate_by_reach, target: 5, description: d}
  - {id: growth, name: Growth, weight: 10, source: follower_growth, target: 3, description: d}
  - {id: reply, name: Reply, weight: 10, source: median_first_reply_hours, target: 2, zero: 48,
     description: d}
  - {id: r24, name: R24, weight: 10, source: replied_within_24h_share, target: 90,
     description: d}
  - id: hoax
    name: Hoax
    weight: 10
    source: counter_hoax_posts
    bands: [{min: 0, score: 0}, {min: 1, score: 60}, {min: 2, score: 80}, {min: 4, score: 100}]
    description: d
  - {id: variety, name: Variety, weight: 5, source: format_variety, target: 50, description: d}
  - {id: plan, name: Plan, weight: 5, source: plan_adherence, target: 90, description: d}
  - {id: public, name: Public, weight: 10, source: public_service_share, target: 60,
     description: d}
  - {id: head, name: Head, weight: 10, source: manual, scale: {min: 1, max: 5}, description: d}
"""
FORMATS = ("photo", "carousel", "reel", "video", "text", None)
START = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
SECONDS = 92 * 86_400  # the fourth quarter


def build(work: Path, units: int, posts: int) -> None:
    text = registry_yaml(units, 45)
    head, _, tail = text.partition("criteria:\n")
    events = tail[tail.index("events:") :]
    (work / "data").mkdir(parents=True)
    (work / "data" / "upt.yaml").write_text(head + CRITERIA + events, encoding="utf-8")
    sys.path.insert(0, str(Path(__file__).parent.parent))
    from smrt_cli.metrics.store import open_store

    open_store(work / "smrt.db").close()
    conn = sqlite3.connect(work / "smrt.db")
    rng = random.Random(7)
    pillars = [p for p, _, _ in PILLARS] + [None]

    def post_rows() -> object:
        for i in range(posts):
            unit = i % units
            moment = START + dt.timedelta(seconds=rng.randrange(SECONDS))
            reach = rng.randrange(50, 5000) if i % 7 else None
            yield (
                f"upt-{unit:04d}",
                PLATFORMS[i % (2 + unit % 4)],
                f"p{i}",
                moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                (moment + dt.timedelta(hours=8)).date().isoformat(),
                FORMATS[i % len(FORMATS)],
                f"https://example.org/p/{i}",
                f"Unggahan {i} tentang layanan",
                reach and reach * 2,
                reach,
                rng.randrange(0, 300),
                rng.randrange(0, 40),
                rng.randrange(0, 20),
                rng.randrange(0, 10),
                pillars[i % len(pillars)],
            )

    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO post (upt, platform, post_id, published_at, local_date, format, permalink,"
        " text, views, reach, reactions, comments, shares, saves, pillar)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        post_rows(),
    )

    def message_rows() -> object:
        for i in range(posts // 10):
            moment = START + dt.timedelta(seconds=rng.randrange(SECONDS))
            reply = moment + dt.timedelta(minutes=rng.randrange(5, 3000))
            yield (
                f"upt-{i % units:04d}",
                "instagram",
                moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                (moment + dt.timedelta(hours=8)).date().isoformat(),
                reply.strftime("%Y-%m-%dT%H:%M:%SZ") if i % 5 else None,
                ("question", "complaint", "hoax_report", "other")[i % 4],
                i % 2,
            )

    conn.executemany(
        "INSERT OR IGNORE INTO message (upt, platform, received_at, local_date, first_reply_at,"
        " kind, resolved, message_key) VALUES (?,?,?,?,?,?,?, ?3 || '|' || ?6 || '|#1')",
        message_rows(),
    )
    # Each unit's exports cover the quarter on each of its platforms, and its message log.
    batch = conn.execute(
        "INSERT INTO import_batch (file_name, sha256, format, upt, row_count, imported_at)"
        " VALUES ('bench.csv', '', 'canonical', NULL, ?, '2027-01-01T00:00:00Z')",
        (posts,),
    ).lastrowid
    conn.executemany(
        "INSERT INTO coverage (batch_id, upt, platform, data, first_day, last_day, source)"
        " VALUES (?, ?, ?, ?, '2026-10-01', '2026-12-31', 'rows')",
        [
            (batch, f"upt-{u:04d}", platform, "posts")
            for u in range(units)
            for platform in PLATFORMS[: 2 + u % 4]
        ]
        + [(batch, f"upt-{u:04d}", "*", "inbound") for u in range(units)],
    )
    conn.executemany(
        "INSERT INTO account_day (upt, platform, day, followers) VALUES (?,?,?,?)",
        [
            (f"upt-{u:04d}", "facebook", day, 1000 + u + (30 if day > "2026-11" else 0))
            for u in range(units)
            for day in ("2026-10-01", "2026-12-31")
        ],
    )
    conn.execute("COMMIT")
    conn.close()


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# The floor: one pass of SQLite over the quarter's posts, summed per unit and platform, in a
# process of its own (the interpreter's start included, as in the command's figure).
FLOOR = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
    " c.execute('SELECT upt, platform, COUNT(*), SUM(reactions), SUM(reach) FROM post"
    " WHERE local_date BETWEEN ? AND ? GROUP BY upt, platform',"
    " ('2026-10-01', '2026-12-31')).fetchall()"
)


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `command`, a fresh process."""
    before = cpu_of_children()
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=cwd, env=env)
    return time.perf_counter() - began, cpu_of_children() - before


def one_size(
    units: int, posts: int, runs: int, keep: Path | None, baseline: Path | None
) -> tuple[float, float]:
    """Median wall and CPU time of `evaluate upt --all` over a generated store of this size.

    Each run is followed by one of the floor (and of the baseline checkout, if given), so
    that a machine whose speed drifts slows all of them alike: the ratios are the figures.
    """
    with tempfile.TemporaryDirectory() as tmp:
        work = keep / f"{units}x{posts}" if keep else Path(tmp)
        if not (work / "smrt.db").exists():
            began = time.perf_counter()
            build(work, units, posts)
            took = time.perf_counter() - began
            print(f"generated in {took:.1f} s (not timed)", file=sys.stderr)
        # the smrt_cli that PYTHONPATH names, so that two checkouts can be timed in turn (run
        # from the workspace: `-m` puts the working folder first on the path)
        command = [sys.executable, "-m", "smrt_cli", "--workspace", str(work)]
        command += ["evaluate", "upt", "--all", "--quarter", "2026-Q4", "--force"]
        floor = [sys.executable, "-c", FLOOR, str(work / "smrt.db")]
        other = None
        if baseline is not None:
            other = {**os.environ, "PYTHONPATH": str(baseline)}
        # a first run fills the per-user caches (the registry, the holidays); not timed
        subprocess.run(command, check=True, capture_output=True, cwd=work)
        got: dict[str, list[tuple[float, float]]] = {"smrt": [], "floor": [], "baseline": []}
        for _ in range(runs):
            got["smrt"].append(timed(command, work))
            got["floor"].append(timed(floor, work))
            if other is not None:
                got["baseline"].append(timed(command, work, other))
        written = len(list((work / "evaluations" / "2026-Q4").iterdir()))
    wall = statistics.median(w for w, _ in got["smrt"])
    cpu = statistics.median(c for _, c in got["smrt"])
    times = [w for w, _ in got["smrt"]]
    print(
        f"smrt evaluate upt --all: {units} units, {posts} posts, {written} files; "
        f"median {wall:.2f} s over {runs} runs (min {min(times):.2f} s, max {max(times):.2f} s),"
        f" CPU {cpu:.2f} s"
    )
    for name, label in (("floor", "SQLite floor (one GROUP BY pass)"), ("baseline", "baseline")):
        if got[name]:
            their_wall = statistics.median(w for w, _ in got[name])
            their_cpu = statistics.median(c for _, c in got[name])
            print(
                f"  {label}: {their_wall:.2f} s wall, {their_cpu:.2f} s CPU;"
                f" smrt/{name}: {wall / their_wall:.2f}x wall, {cpu / their_cpu:.2f}x CPU"
            )
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, nargs="+", default=[1000])
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument(
        "--posts-per-unit", type=int, default=0, help="instead of --posts: grows with the units"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="Build each size's workspace here (or reuse it)."
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        metavar="CHECKOUT",
        help="Also time the smrt_cli of this checkout, run by run in turn (same outputs).",
    )
    args = parser.parse_args(argv)
    sizes, cpus = [], []
    for units in args.units:
        posts = units * args.posts_per_unit if args.posts_per_unit else args.posts
        sizes.append(units)
        cpus.append(one_size(units, posts, args.runs, args.keep, args.baseline)[1])
    if len(sizes) > 1:
        # CPU ~ units^k: a least-squares fit on logarithms (1 is linear)
        xs, ys = [math.log(s) for s in sizes], [math.log(c) for c in cpus]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        k = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
            (x - mx) ** 2 for x in xs
        )
        print(f"CPU grows as units^{k:.2f} over {', '.join(map(str, sizes))} units")
    return 0


if __name__ == "__main__":
    sys.exit(main())
