"""JSON read as a strict parser reads it: NaN and Infinity are errors."""

from __future__ import annotations

import json
from typing import Any


def strict(text: str, where: str) -> Any:
    """json.loads as a strict parser would: NaN, Infinity and -Infinity are errors."""

    def refuse(name: str) -> Any:
        raise AssertionError(f"{where}: {name} is not JSON")

    return json.loads(text, parse_constant=refuse)
