"""Time `smrt`'s start-up against the bare imports it cannot avoid, as CPU ratios in one run."""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

# Each case: what `smrt` runs, and the floor it is measured against (issue 19's targets).
CASES: list[tuple[str, list[str], str, float]] = [
    ("smrt --version", ["--version"], "import typer", 1.2),
    ("smrt --help", ["--help"], "import typer", 1.2),
    (
        "smrt plan week (sample)",
        ["plan", "week", "--week", "2026-W50", "--force"],
        "import typer, rich.table, pydantic, yaml",
        1.5,
    ),
]


def cpu_of(command: list[str], workdir: Path) -> float:
    """User + system CPU seconds of one child process; a failure stops the benchmark."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        command,
        cwd=workdir,
        env={**os.environ, "NO_COLOR": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(args: list[str], floor: str, runs: int, workdir: Path) -> tuple[float, float]:
    """Median CPU of smrt and of its floor, run alternately so drift hits both alike."""
    smrt = [sys.executable, "-m", "smrt_cli", *args]
    bare = [sys.executable, "-c", floor]
    cpu_of(smrt, workdir)  # warm-up: OS file cache, the per-user registry and holiday caches
    cpu_of(bare, workdir)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(cpu_of(smrt, workdir))
        theirs.append(cpu_of(bare, workdir))
    return statistics.median(ours), statistics.median(theirs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="alternated runs of each (15)")
    options = parser.parse_args()
    # Timed as an installed package runs: from bytecode. Where PYTHONDONTWRITEBYTECODE is set
    # and nothing compiled the package, every run would compile it first (+0.1 s of 0.3 s).
    # The package compiled is the one the runs import (PYTHONPATH, else the installed one).
    spec = importlib.util.find_spec("smrt_cli")
    if spec is None or spec.origin is None:
        raise SystemExit("smrt_cli is not importable: install it or set PYTHONPATH")
    compileall.compile_dir(Path(spec.origin).parent, quiet=1)
    print(f"smrt_cli from {Path(spec.origin).parent}")
    workdir = Path(tempfile.mkdtemp(prefix="smrt-bench-"))
    try:
        print(f"{'case':<26} {'smrt CPU s':>10} {'floor CPU s':>11} {'ratio':>6}  target")
        for name, args, floor, target in CASES:
            ours, theirs = measure(args, floor, options.runs, workdir)
            ratio = ours / theirs
            verdict = "met" if ratio <= target else "not met"
            print(
                f"{name:<26} {ours:>10.3f} {theirs:>11.3f} {ratio:>5.2f}x  "
                f'<= {target}x of `python -c "{floor}"`: {verdict}'
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
