"""Time the meeting documents on the sample: slides (.pptx) and workbooks (.xlsx), end to end.

Usage: python benchmarks/bench_documents.py [--runs 9]

The README's demo chain is built first and not timed (demo exports, import, the week's plan,
November's evaluation with assessor scores). Each case then runs once to warm up and `--runs`
times as a fresh process, each run followed by one of its floor: a Python process that imports
what the command cannot do without (Typer, rich.table, pydantic, PyYAML, and the document's own
library: python-pptx and matplotlib for slides, openpyxl for workbooks). Printed are the median
and minimum wall time, the median CPU time (user + system) of the child, the floor's median CPU
and the ratio (issue 19). The target (issue 17) is under 2 s on the sample.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = "import typer, rich.table, pydantic, yaml"
# Each case: its name, smrt's arguments, and the imports of its floor.
CASES: list[tuple[str, list[str], str]] = [
    (
        "export slides",
        ["export", "slides", "--period", "2026-11", "-o", "rakor.pptx"],
        f"{BASE}, pptx, matplotlib.pyplot",
    ),
    (
        "export plan --format xlsx",
        ["export", "plan", "--week", "2026-W49", "--format", "xlsx"],
        f"{BASE}, openpyxl",
    ),
    (
        "export report --format xlsx",
        ["export", "report", "--period", "2026-11", "-o", "ev.xlsx"],
        f"{BASE}, openpyxl",
    ),
]
TARGET = 2.0


def run(args: list[str], workdir: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one `smrt` process; a failure stops the benchmark."""
    return timed([sys.executable, "-m", "smrt_cli", "-w", str(workdir), *args, "--force"], workdir)


def timed(command: list[str], workdir: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process; a failure stops the benchmark."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=workdir,
        env={**os.environ, "NO_COLOR": "1", "SOURCE_DATE_EPOCH": "1796385600"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def build(workdir: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo_exports.py"), str(workdir / "demo")],
        check=True,
        capture_output=True,
    )
    demo = workdir / "demo"
    for args in (
        [
            "metrics",
            "import",
            str(demo / "posts_2026-11-01_2026-11-30.csv"),
            str(demo / "inbound_2026-11-01_2026-11-30.csv"),
        ],
        ["plan", "week", "--week", "2026-W49"],
        ["evaluate", "upt", "--period", "2026-11", "--scores", str(demo / "scores-2026-11.yaml")],
    ):
        subprocess.run(
            [sys.executable, "-m", "smrt_cli", "-w", str(workdir), *args],
            check=True,
            capture_output=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each case (9)")
    options = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="smrt-bench-docs-"))
    try:
        build(workdir)
        print(
            f"{'case':<28} {'median wall':>11} {'min wall':>9} {'median CPU':>10}"
            f" {'floor CPU':>9} {'ratio':>6}  target"
        )
        for name, args, imports in CASES:
            floor = [sys.executable, "-c", imports]
            run(args, workdir)  # warm-up: caches, the OS file cache
            timed(floor, workdir)
            times, floors = [], []
            for _ in range(options.runs):  # alternated, so drift hits both alike
                times.append(run(args, workdir))
                floors.append(timed(floor, workdir)[1])
            wall = statistics.median(t[0] for t in times)
            cpu = statistics.median(t[1] for t in times)
            base = statistics.median(floors)
            best = min(t[0] for t in times)
            verdict = "met" if wall < TARGET else "not met"
            print(
                f"{name:<28} {wall:>10.3f}s {best:>8.3f}s {cpu:>9.3f}s {base:>8.3f}s"
                f" {cpu / base:>5.2f}x  < {TARGET} s: {verdict}"
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
