"""Time `smrt plan week` end to end (process start to exit) for the sample and national scale."""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_registry import registry_yaml  # noqa: E402

WEEK = "2026-W50"  # holds Hari Nusantara: event ideas are part of the work


def smrt(args: list[str], workdir: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one `python -m smrt_cli ...` run; a failure stops the benchmark.

    CPU time (user + system of the child) is reported beside wall time because on a shared
    machine other work stretches the wall clock but not the CPU the run itself needed.
    """
    env = {**os.environ, "NO_COLOR": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "smrt_cli", *args],
        cwd=workdir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"smrt {' '.join(args)} failed:\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


# The floor beside each national size: a Python process that imports what the command's
# start-up must (the same libraries as bench_startup.py's floor), reads the week's files the
# command wrote and writes them again, as the command does: a fresh folder swapped in for the
# old one, which is then removed. What the command spends above it is planning, rendering,
# reading the registry and the week's earlier plan.
FLOOR = """
import os, shutil, sys
import typer, rich.table, pydantic, yaml
week = sys.argv[1]
files = {}
for name in sorted(os.listdir(week)):
    with open(os.path.join(week, name), "rb") as fh:
        files[name] = fh.read()
stage = week + ".floor-new"
os.mkdir(stage)
for name, data in files.items():
    fd = os.open(os.path.join(stage, name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    os.write(fd, data)
    os.close(fd)
old = week + ".floor-old"
os.replace(week, old)
os.replace(stage, week)
shutil.rmtree(old)
"""


def floor_cpu(week: Path) -> float:
    """CPU seconds (user + system) of one run of FLOOR over the week's folder."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", FLOOR, str(week)], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def weeks_before(label: str, count: int) -> list[str]:
    """The `count` ISO week labels before `label`, oldest first."""
    year, week = label.split("-W")
    monday = dt.date.fromisocalendar(int(year), int(week), 1)
    labels = []
    for back in range(count, 0, -1):
        iso = (monday - dt.timedelta(weeks=back)).isocalendar()
        labels.append(f"{iso.year}-W{iso.week:02d}")
    return labels


def median_run(
    label: str, data: Path | None, workdir: Path, runs: int, history: int = 0
) -> tuple[float, float]:
    """(median wall, median CPU) seconds of `runs` timed runs after a warm-up.

    A national size alternates each run with one of the floor (FLOOR) and prints the two CPU
    medians and their ratio: on a shared machine a ratio made in one run is what compares.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    args = [] if data is None else ["--data", str(data)]
    out = ["--out", str(workdir / "plans"), "--force"]
    for earlier in weeks_before(WEEK, history):  # not timed: the history the week reads
        smrt([*args, "plan", "week", "--week", earlier, *out], workdir)
    args += ["plan", "week", "--week", WEEK, *out]
    if history:
        # without the cached (unit, idea) pairs every plan.json is read in full
        shutil.rmtree(Path(os.environ["SMRT_CACHE_DIR"]) / "history", ignore_errors=True)
        cold, _ = smrt(args, workdir)
        print(f"{label:<28} {history} weeks of history, none cached: {cold:.3f} s", flush=True)
    smrt(args, workdir)  # warm-up: fills the holiday cache and the OS file cache
    week = workdir / "plans" / WEEK
    samples, floors = [], []
    for _ in range(runs):
        samples.append(smrt(args, workdir))
        if data is not None:
            floors.append(floor_cpu(week))
    times = [wall for wall, _ in samples]
    median = statistics.median(times)
    cpu = statistics.median(c for _, c in samples)
    spread = f"min {min(times):.3f} s, max {max(times):.3f} s, CPU median {cpu:.3f} s"
    print(f"{label:<28} median {median:.3f} s over {runs} runs ({spread})", flush=True)
    if floors:
        floor = statistics.median(floors)
        print(
            f"{'':<28} floor (start-up imports, the week's files read and written again, the"
            f" old folder removed): CPU median {floor:.3f} s; {cpu / floor:.2f}x the floor",
            flush=True,
        )
    return median, cpu


def growth_exponent(cpu: dict[int, float]) -> float:
    """k in time ~ units^k: the least-squares slope of log CPU time against log units."""
    xs = [math.log(n) for n in cpu]
    ys = [math.log(t) for t in cpu.values()]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    covariance = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return covariance / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="Timed runs per case (default 5).")
    parser.add_argument("--ideas", type=int, default=1000)
    parser.add_argument(
        "--units", type=int, nargs="*", default=[250, 500, 1000], help="National sizes to time."
    )
    parser.add_argument(
        "--history",
        type=int,
        default=0,
        help="Plan this many earlier weeks first (not timed), so the timed week reads them.",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="smrt-bench-") as tmp:
        root = Path(tmp)
        os.environ["SMRT_CACHE_DIR"] = str(root / "cache")  # the benchmark's own, not the user's
        sample, _ = median_run("sample region (bundled)", None, root / "sample", args.runs)
        results, cpus = {}, {}
        for units in args.units:
            data = root / f"registry-{units}x{args.ideas}.yaml"
            data.write_text(registry_yaml(units, args.ideas), encoding="utf-8")
            label = f"{units} units x {args.ideas} ideas"
            results[units], cpus[units] = median_run(
                label, data, root / f"n{units}", args.runs, args.history
            )
        print()
        print(f"sample target < 0.3 s: {'met' if sample < 0.3 else 'NOT met'}")
        if 1000 in results:
            print(f"1000 x 1000 target < 2 s: {'met' if results[1000] < 2 else 'NOT met'}")
        if 3000 in results:
            print(f"3000 x 1000 target < 3 s: {'met' if results[3000] < 3 else 'NOT met'}")
        sizes = sorted(results)
        if len(sizes) >= 2:
            base = sizes[0]
            for n in sizes[1:]:
                ratio = results[n] / results[base]
                print(f"time({n}) / time({base}) = {ratio:.2f} (units ratio {n / base:.1f})")
            exponent = growth_exponent(cpus)
            print(
                f"growth: CPU time ~ units^{exponent:.2f} over {', '.join(map(str, sizes))} units"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
