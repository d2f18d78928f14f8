"""The open backlog of the store, judged by each unit's office clock at a moment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..inbox import UnitBacklog
    from ..models import Registry
    from ..officehours import OfficeClock


def clocks_for(
    registry: Registry, unit_ids: list[str], first: dt.date, last: dt.date
) -> dict[str, OfficeClock]:
    """One office clock per unit, closed on the holidays and joint leave of [first, last]."""
    from ..calendar import days_off
    from ..officehours import office_clocks

    return office_clocks(registry, unit_ids, days_off(first, last))


def load_backlog(
    db: Path, registry: Registry, as_of: dt.datetime, lang: str, units: list[str] | None = None
) -> list[UnitBacklog]:
    """The open backlog of the store at `db` (all units, or `units`) judged at `as_of`."""
    from ..inbox import OpenRow, backlog
    from ..metrics import store

    conn = store.open_store(db, create=False)
    parse = dt.datetime.fromisoformat  # reads the stored '...Z' in C, unlike strptime
    try:
        rows = [
            OpenRow(r[0], r[1], r[3], parse(r[2]), bool(r[4]), *r[5:])
            for r in store.open_messages(conn, as_of, units)
        ]
    finally:
        conn.close()
    first = min((r.received_at for r in rows), default=as_of).date() - dt.timedelta(days=1)
    every = units if units is not None else [u.id for u in registry.upts]
    clocks = clocks_for(registry, every, first, as_of.date() + dt.timedelta(days=1))
    return backlog(registry, rows, clocks, as_of, lang)
