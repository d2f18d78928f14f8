"""The planner against the exact model (issue 16): shortfall and pillar-mix deviation per week.

Run: python benchmarks/bench_optimality.py [--small] [--no-pillar] [--time-limit S]
Needs the test extras (highspy). Prints one row per family as in issue 16's table; a model
figure is its proven optimum, or "≤ x (≥ bound)" (shortfall: "≤x") when the time limit came
first. The full families' pillar stage can take minutes a week: --no-pillar skips it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tests.helpers.optimum_cases import families, weeks_planned  # noqa: E402
from tests.helpers.optimum_model import (  # noqa: E402
    min_pillar_deviation,
    min_shortfall,
    plan_pillar_deviation,
    plan_shortfall,
    week_case,
)


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", action="store_true", help="the test suite's small instances")
    parser.add_argument("--no-pillar", action="store_true", help="the shortfall stage only")
    parser.add_argument("--time-limit", type=float, default=120.0, help="seconds per solve")
    parser.add_argument("--only", help="families whose name contains this")
    args = parser.parse_args(argv)
    print(
        "| instance (weeks) | planner shortfall | optimal shortfall | planner pillar dev. "
        "| optimal | planner s | model s |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for family in families("small" if args.small else "full"):
        if args.only and args.only not in family.name:
            continue
        shares = {p.id: p.target_share / 100.0 for p in family.registry.pillars}
        rows: list[tuple[int, str, float, str]] = []
        plan_s = model_s = 0.0
        for week, holidays, history, plan in weeks_planned(family):
            started = time.perf_counter()
            case = week_case(family.registry, week, holidays, history)
            best = min_shortfall(case, args.time_limit)
            pillar = "–"
            if not args.no_pillar:
                dev = min_pillar_deviation(case, best.total, args.time_limit)
                if dev.proven and dev.pillar_deviation is not None:
                    pillar = _fmt(dev.pillar_deviation)
                elif dev.pillar_deviation is not None:
                    pillar = f"≤ {_fmt(dev.pillar_deviation)} (≥ {_fmt(dev.bound or 0.0)})"
                else:
                    pillar = f"≥ {_fmt(dev.bound or 0.0)}"
            model_s += time.perf_counter() - started
            started = time.perf_counter()
            from smrt_cli.planner import plan_week

            plan_week(family.registry, week, history=history, holidays=holidays)
            plan_s += time.perf_counter() - started
            least = str(best.total) if best.proven else f"≤{best.total}"
            rows.append(
                (
                    sum(plan_shortfall(plan).values()),
                    least,
                    plan_pillar_deviation(plan, shares),
                    pillar,
                )
            )
            print(f"  {family.name} {week.label}: {rows[-1]}", file=sys.stderr, flush=True)
        labels = f"{family.name}, {len(rows)} weeks"
        print(
            f"| {labels} | {','.join(str(r[0]) for r in rows)} | "
            f"{','.join(str(r[1]) for r in rows)} | "
            f"{', '.join(_fmt(r[2]) for r in rows)} | {', '.join(r[3] for r in rows)} | "
            f"{plan_s:.2f} | {model_s:.0f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
