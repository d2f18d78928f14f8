"""Report inputs: the minimal registry signed, two months' evaluations, the README's demo chain."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from smrt_cli.plan_file import Shortfall, Slot, UnitPlan, WeekPlan, plan_json
from tests.helpers import paths
from tests.helpers.cli import run

FIXTURE = paths.MINIMAL
MONDAY = dt.date(2026, 11, 30)  # 2026-W49: the week after November 2026
EPOCH = "1765152000"  # 2025-12-08 00:00 UTC


# What makes the report a document an office signs (issue 17): minimal.yaml's line numbers stay
# as test_registry pins them, so these settings are put in after its grades here.
DOCUMENT_SETTINGS = """  legal_bases:
    - Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik
    - {id: Pedoman SMRT, en: SMRT guidance}
  signatory:
    title: {id: Kepala KSOP A, en: Head of KSOP A}
    name: Nama Penanda Tangan
    nip: "198001012005011001"
  next_rakor: 2026-12-14
"""


def registry_text() -> str:
    """minimal.yaml with the signed document's settings."""
    text = FIXTURE.read_text(encoding="utf-8")
    grades = "    - {min: 0, name: Kurang}\n"
    assert grades in text
    return text.replace(grades, grades + DOCUMENT_SETTINGS, 1)


def evaluation(label: str, start: str, end: str, scores: tuple[float | None, float | None]) -> Any:
    a, b = scores
    # every day of the period covered, on Instagram: each period compares with the others
    days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1
    covered = {"covered_days": days, "period_days": days, "covered_platforms": ["instagram"]}
    return {
        "period": {"label": label, "start": start, "end": end, "kind": "month"},
        "upts": [
            {
                "id": "ksop-a",
                "score": a,
                **covered,
                "coverage": 100,
                "grade": "Kurang",
                "rank": 1,
                "metrics": {"posts": 40, "interactions": 1234},
                "criteria": [
                    {"id": "konsistensi", "value": 95.0, "score": 95.0, "weight": 60},
                    {"id": "pimpinan", "value": 3, "score": 50, "weight": 40},
                ],
                "recommendations": [
                    {
                        "criterion": "pimpinan",
                        "text": "Libatkan pimpinan | dalam konten layanan.",
                        "idea_ids": ["buku-pelaut"],
                    }
                ],
                "evidence": {
                    "missing_exports": [],
                    "best_posts": [
                        {
                            "platform": "instagram",
                            "date": "2026-11-03",
                            "permalink": "https://www.instagram.com/p/abc/",
                            "text": "Buku pelaut",
                            "interactions": 120,
                        },
                        {
                            "platform": "facebook",
                            "date": "2026-11-04",
                            "permalink": "javascript:alert(1)",
                            "text": "Cuaca\u000b<b>\u0000",
                            "interactions": 50,
                        },
                    ],
                },
            },
            {
                "id": "upp-b",
                "score": b,
                **covered,
                "coverage": 60 if b is not None else 0,
                "grade": "Kurang" if b is not None else None,
                "rank": 2 if b is not None else None,
                "metrics": {"posts": 8, "interactions": 50},
                "criteria": [
                    {"id": "konsistensi", "value": b, "score": b, "weight": 60},
                    {"id": "pimpinan", "value": None, "score": None, "weight": 40},
                ],
                "recommendations": [
                    {
                        "criterion": "konsistensi",
                        "text": "Unduh ekspor, lalu impor dengan `smrt metrics import`.",
                    },
                    {
                        "criterion": "pimpinan",
                        # as the evaluation writes it: the scorecard keeps the idea's id
                        "text": "Buat konten, misalnya “Cara mengurus buku pelaut” (buku-pelaut).",
                        "idea_ids": ["buku-pelaut"],
                    },
                ],
                "evidence": {"missing_exports": ["instagram"]},
            },
        ],
        "common_weaknesses": [{"criterion": "pimpinan", "units": 1}],
    }


def make_plan() -> WeekPlan:
    def slot(day: int, platform: str, idea: str, pillar: str) -> Slot:
        return Slot(
            date=MONDAY + dt.timedelta(days=day),
            time="09:00",
            platform=platform,
            format="photo",
            idea_id=idea,
            pillar=pillar,
            effort_hours=1.0,
            owner="Operator",
            reason="test",
        )

    return WeekPlan(
        week="2026-W49",
        start=MONDAY,
        end=MONDAY + dt.timedelta(days=6),
        language="id",
        events=[],
        upts=[
            UnitPlan(
                id="ksop-a",
                name="KSOP A",
                capacity_hours=2,
                planned_hours=3,
                slots=[
                    slot(0, "instagram", "buku-pelaut", "layanan"),
                    slot(1, "facebook", "cuaca", "keselamatan"),
                    slot(2, "instagram", "reel-staf", "humanis"),
                ],
                shortfalls=[Shortfall(platform="facebook", missing=1, reason="kapasitas habis")],
            ),
            UnitPlan(
                id="upp-b",
                name="UPP B",
                capacity_hours=2,
                planned_hours=1,
                slots=[slot(1, "instagram", "cuaca", "keselamatan")],
                shortfalls=[],
            ),
        ],
    )


def workspace(
    root: Path, *, plan: bool = True, earlier: bool = True, registry: str | None = None
) -> Path:
    (root / "data").mkdir(parents=True)
    text = registry if registry is not None else registry_text()
    (root / "data" / "upt.yaml").write_text(text, encoding="utf-8")
    evals = {"2026-11": evaluation("2026-11", "2026-11-01", "2026-11-30", (78.5, 40.0))}
    if earlier:
        evals["2026-10"] = evaluation("2026-10", "2026-10-01", "2026-10-31", (70.0, None))
    for label, data in evals.items():
        folder = root / "evaluations" / label
        folder.mkdir(parents=True)
        (folder / "evaluation.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    if plan:
        folder = root / "plans" / "2026-W49"
        folder.mkdir(parents=True)
        (folder / "plan.json").write_text(plan_json(make_plan()), encoding="utf-8")
    return root


REPORT = ("export", "report", "--period", "2026-11")


def demo_workspace(root: Path, demo_exports: Callable[[Path], Path]) -> Path:
    """The README's demo chain on the bundled sample: ten units, a week's plan, November."""
    demo_exports(root)
    for args in (
        ["metrics", "import", str(root / "demo" / "posts_2026-11-01_2026-11-30.csv")],
        ["plan", "week", "--week", "2026-W49"],
        [
            "evaluate",
            "upt",
            "--period",
            "2026-11",
            "--scores",
            str(root / "demo" / "scores-2026-11.yaml"),
        ],
    ):
        result = run(root, *args)
        assert result.exit_code == 0, result.stderr
    return root


# 4 December 2026, the day the coordinator in issue 17 made the November report
ISSUED = "1796342400"


def demo_evaluated(tmp_path: Path, demo_exports: Callable[[Path], Path]) -> Path:
    """The README's demo chain: the sample's exports imported, a week planned, 2026-11 evaluated."""
    root = tmp_path / "ws"
    demo_exports(root)
    for args in (
        ["metrics", "import", str(root / "demo" / "posts_2026-11-01_2026-11-30.csv")],
        ["metrics", "import", str(root / "demo" / "inbound_2026-11-01_2026-11-30.csv")],
        ["plan", "week", "--week", "2026-W49"],
        [
            "evaluate",
            "upt",
            "--period",
            "2026-11",
            "--scores",
            str(root / "demo" / "scores-2026-11.yaml"),
        ],
    ):
        result = run(root, *args)
        assert result.exit_code == 0, result.stderr
    return root
