"""Registries built in code for the planner's tests: a base, units and ideas with defaults."""

from __future__ import annotations

import copy
from typing import Any

from smrt_cli.models import Registry

BASE: dict[str, Any] = {
    "settings": {
        "organisation": "Hubla",
        "region": "Uji",
        "coordinator": "unit-a",
        "language": "id",
        "timezone": "Asia/Makassar",
        "capabilities": [
            {"id": "photo", "name": "Foto"},
            {"id": "video", "name": "Video"},
        ],
        "posting_times": {"instagram": ["09:00", "19:00"], "facebook": ["10:00"]},
        "adaptation_hours": 0.25,
        "light_item_hours": 1.0,
        "grades": [{"min": 0, "name": "Semua"}],
    },
    "pillars": [
        {"id": "layanan", "name": "Layanan", "target_share": 50, "public_service": True},
        {"id": "humanis", "name": "Humanis", "target_share": 50, "public_service": False},
    ],
    "upts": [],
    "ideas": [],
    "criteria": [
        {
            "id": "c",
            "name": "C",
            "weight": 100,
            "source": "manual",
            "scale": {"min": 1, "max": 5},
            "description": "d",
        }
    ],
    "events": [],
}


def unit(uid: str, hours: float = 10, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": uid,
        "name": uid.upper(),
        "type": "upp",
        "class": "III",
        "city": "Bitung",
        "accounts": {
            "instagram": {"handle": uid, "followers": 1},
            "facebook": {"handle": uid, "followers": 1},
        },
        "team": [{"role": "Admin", "hours_per_week": hours}],
        "capabilities": ["photo"],
        "targets": {"instagram": 1},
    }
    data.update(fields)
    return data


def idea(iid: str, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": iid,
        "title": iid,
        "pillar": "layanan",
        "formats": ["photo"],
        "platforms": ["instagram"],
        "effort_hours": 1.0,
        "requires": ["photo"],
        "brief": "b",
    }
    data.update(fields)
    return data


def registry(units: list[dict[str, Any]], ideas: list[dict[str, Any]], **extra: Any) -> Registry:
    data = copy.deepcopy(BASE)
    data["upts"] = units
    data["ideas"] = ideas
    data.update(extra)
    return Registry.model_validate(data)
