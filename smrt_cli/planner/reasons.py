"""Why an idea got its slot: event, cross-post, pillar, rotation or the platform's target."""

from __future__ import annotations

from ..i18n import PLATFORM_NAMES, plan_text
from .model import EPS, Choice
from .scoring import ROTATION_CAP


def reason_for(choice: Choice, platform: str, lang: str) -> str:
    """A few words on why this idea got this slot: event, cross-post, pillar, rotation, target."""
    if choice.idea.event_id is not None:
        return choice.idea.event_reason
    if choice.adaptation:
        return plan_text("reason.crosspost", lang)
    if choice.unit_deficit >= 1.0 - EPS:
        return plan_text("reason.pillar", lang)
    if choice.rotation < ROTATION_CAP:
        return plan_text("reason.rotation", lang)
    return plan_text("reason.target", lang, platform=PLATFORM_NAMES.get(platform, platform))
