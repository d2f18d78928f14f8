"""Generated posting history for the insights tests: 16 weeks of the sample region's posts."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from smrt_cli.metrics.canonical import CANONICAL_COLUMNS

# 2026-W33 … 2026-W48: the 16 weeks before the sample's golden week 2026-W49.
FIRST_MONDAY = dt.date(2026, 8, 10)
WEEKS = 16
# the canonical columns as `smrt metrics template` prints them, in that order
HEADER = list(CANONICAL_COLUMNS)
# ksop-bitung's Instagram week: (weekday, local time); Thursday 19.30 does three times better.
BITUNG_INSTAGRAM = ((0, "08:00"), (1, "12:00"), (2, "08:00"), (3, "19:30"), (4, "12:00"))
HOT = (3, "19:30")


def history_rows() -> list[list[str]]:
    rows: list[list[str]] = []

    def add(unit: str, platform: str, day: dt.date, time: str, likes: int, text: str) -> None:
        n = len(rows)
        rows.append(
            [
                unit,
                platform,
                f"{platform}-{n:05d}",
                f"{day.isoformat()} {time}",
                "photo",
                f"https://example.org/{platform}/{n}",
                text,
                "",
                "1000",
                str(likes),
                "0",
                "",
                "",
                "",
            ]
        )

    for week in range(WEEKS):
        monday = FIRST_MONDAY + dt.timedelta(weeks=week)
        wobble = week % 3  # medians that are not all one number
        for weekday, time in BITUNG_INSTAGRAM:
            likes = 300 if (weekday, time) == HOT else 100 + wobble
            day = monday + dt.timedelta(days=weekday)
            add("ksop-bitung", "instagram", day, time, likes, f"Info layanan pekan {week}")
        for weekday in (0, 2, 4):
            day = monday + dt.timedelta(days=weekday)
            add("upp-tahuna", "instagram", day, "08:00", 50 + wobble, "Pesona pelabuhan")
            add("ksop-manado", "instagram", day, "12:00", 80 + wobble, "Pesona pelabuhan")
    # a unit with four posts in all, every one at Bitung's best time and far above the rest
    for week in range(4):
        day = FIRST_MONDAY + dt.timedelta(weeks=week, days=3)
        add("upp-likupang", "instagram", day, "19:30", 900, "Info layanan")
    return rows


def write_history(path: Path) -> Path:
    """The canonical posts CSV of the history; import it with `smrt metrics import`."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(history_rows())
    return path
