"""A week's plan for the minimal registry's two units, and a workspace holding it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from smrt_cli.plan_file import PlanEvent, Shortfall, Slot, UnitPlan, WeekPlan, plan_json
from tests.helpers import paths

FIXTURE = paths.MINIMAL
MONDAY = dt.date(2026, 11, 30)


def slot(day: int, time: str, platform: str, idea: str, pillar: str, **kw: object) -> Slot:
    return Slot(
        date=MONDAY + dt.timedelta(days=day),
        time=time,
        platform=platform,
        format=str(kw.pop("format", "photo")),
        idea_id=idea,
        pillar=pillar,
        effort_hours=float(kw.pop("effort", 1.5)),  # type: ignore[arg-type]
        owner=str(kw.pop("owner", "Operator")),
        reason="test",
        **kw,  # type: ignore[arg-type]
    )


def make_plan() -> WeekPlan:
    return WeekPlan(
        week="2026-W49",
        start=MONDAY,
        end=MONDAY + dt.timedelta(days=6),
        language="id",
        events=[PlanEvent(date=dt.date(2026, 12, 3), id="x", name="Hari Contoh", kind="campaign")],
        upts=[
            UnitPlan(
                id="ksop-a",
                name="KSOP A",
                capacity_hours=6,
                planned_hours=4.5,
                slots=[
                    slot(0, "09:00", "instagram", "buku-pelaut", "layanan", format="carousel"),
                    slot(
                        0,
                        "10:00",
                        "facebook",
                        "buku-pelaut",
                        "layanan",
                        format="carousel",
                        effort=0.25,
                        adaptation=True,
                    ),
                    slot(3, "19:00", "instagram", "reel-staf", "humanis", format="reel", effort=2),
                ],
                shortfalls=[Shortfall(platform="facebook", missing=1, reason="kapasitas habis")],
            ),
            UnitPlan(
                id="upp-b",
                name="UPP B",
                capacity_hours=2,
                planned_hours=0.5,
                slots=[slot(1, "09:00", "instagram", "cuaca", "keselamatan", effort=0.5)],
                shortfalls=[],
            ),
        ],
    )


def workspace(tmp_path: Path, plan: WeekPlan | None = None, registry: str | None = None) -> Path:
    (tmp_path / "data").mkdir()
    if registry is None:
        shutil.copyfile(FIXTURE, tmp_path / "data" / "upt.yaml")
    else:
        (tmp_path / "data" / "upt.yaml").write_text(registry, encoding="utf-8")
    plan = plan or make_plan()
    folder = tmp_path / "plans" / plan.week
    folder.mkdir(parents=True)
    (folder / "plan.json").write_text(plan_json(plan), encoding="utf-8")
    return tmp_path
