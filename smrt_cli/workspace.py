"""The coordinator's workspace: every path and listing of it, written once here."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from .records import mutable_record
from .registry_file import BUNDLED_SAMPLE, load_registry

if TYPE_CHECKING:
    from .models import Registry

# The names inside a workspace. Commands take other folders with --out; the layout below
# a folder (WEEK/plan.json, PERIOD/evaluation.json) is the same wherever it is.
PLANS = "plans"
EVALUATIONS = "evaluations"
REPORTS = "reports"
INSIGHTS = "insights"
STORE = "smrt.db"
REGISTRY = Path("data") / "upt.yaml"
PLAN_JSON = "plan.json"
EVALUATION_JSON = "evaluation.json"


@mutable_record
class Workspace:
    """The folder a coordinator works in and the registry it uses."""

    root: Path
    data: Path | None = None
    _registry: Registry | None = field(default=None, repr=False)

    @property
    def own_registry(self) -> Path:
        return self.root / REGISTRY

    @property
    def registry_path(self) -> Path:
        if self.data is not None:
            return self.data
        own = self.own_registry
        return own if own.exists() else BUNDLED_SAMPLE

    def registry(self) -> Registry:
        if self._registry is None:
            path = self.registry_path
            if path == BUNDLED_SAMPLE:
                from .errors import msg, noted
                from .language import current

                said = noted(msg("message.sample", path=self.root / "data" / "upt.yaml"))
                sys.stderr.write(said.render(current()) + "\n")
                display = "<bundled sample>/data/upt.yaml"
            else:
                display = _display(path)
            self._registry = load_registry(path, display)
        return self._registry

    @property
    def store(self) -> Path:
        """The metrics store (SQLite) the imports fill and evaluations read."""
        return self.root / STORE

    @property
    def plans(self) -> Path:
        return self.root / PLANS

    def plan_folder(self, week: str) -> Path:
        return plan_folder(self.plans, week)

    def plan_path(self, week: str) -> Path:
        return plan_path(self.plans, week)

    def plan_export(self, week: str, unit: str | None, ext: str) -> Path:
        """Where `smrt export plan/calendar` writes by default: beside the week's plan."""
        return self.plan_folder(week) / plan_export_name(unit, ext)

    @property
    def evaluations(self) -> Path:
        return self.root / EVALUATIONS

    @property
    def reports(self) -> Path:
        return self.root / REPORTS

    def report_path(self, period: str, ext: str) -> Path:
        return self.reports / f"{period}.{ext}"

    def insights_folder(self, period: str, out: Path | None = None) -> Path:
        """Insights go to OUT/insights/PERIOD (--out names the folder that holds insights/)."""
        return (out if out is not None else self.root) / INSIGHTS / period


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def plan_folder(plans: Path, week: str) -> Path:
    return plans / week


def plan_path(plans: Path, week: str) -> Path:
    return plans / week / PLAN_JSON


def plan_export_name(unit: str | None, ext: str) -> str:
    """plan.csv for the region, plan-UNIT.csv for one unit."""
    return f"plan{f'-{unit}' if unit else ''}.{ext}"


def week_plan_paths(plans: Path, first: dt.date, last: dt.date) -> list[Path]:
    """plan.json of every ISO week overlapping first..last that has one, in week order."""
    found: list[Path] = []
    day = first - dt.timedelta(days=first.weekday())
    while day <= last:
        year, week, _ = day.isocalendar()
        path = plan_path(plans, f"{year}-W{week:02d}")
        if path.exists():
            found.append(path)
        day += dt.timedelta(days=7)
    return found


def evaluation_folder(evaluations: Path, period: str) -> Path:
    return evaluations / period


def evaluation_path(evaluations: Path, period: str) -> Path:
    return evaluations / period / EVALUATION_JSON


def evaluated_periods(evaluations: Path) -> list[str]:
    """The labels of the periods with an evaluation.json, sorted."""
    if not evaluations.is_dir():
        return []
    return sorted(p.parent.name for p in evaluations.glob(f"*/{EVALUATION_JSON}"))


def evaluation_folders(evaluations: Path) -> Iterator[Path]:
    """Every folder under evaluations/, sorted by name (a label or anything a person put there)."""
    if evaluations.is_dir():
        yield from sorted(evaluations.iterdir())
