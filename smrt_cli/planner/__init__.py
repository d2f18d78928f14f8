"""The weekly planner: a pure function from registry, week, history and holidays to a WeekPlan.

Split by concern: `ideas` (which ideas are usable this week, and their index), `days` (days
and times), `budget` (the hour budget and reserve, per unit and per person), `scoring` (every
weight, in one function), `search` (one slot's search), `place` (a choice into the week),
`learn` (what the region's results teach) and `week` (the whole week, unit by unit).
"""

from .days import office_hours
from .ideas import PLATFORM_FORMATS
from .scoring import MIX_TOLERANCE, ROTATION_CAP
from .week import plan_week

__all__ = ["MIX_TOLERANCE", "PLATFORM_FORMATS", "ROTATION_CAP", "office_hours", "plan_week"]
