"""Why an idea got its slot, as a code: event, cross-post, pillar, rotation or the target."""

from __future__ import annotations

from ..plan_file import Reason
from .model import EPS, Choice
from .scoring import ROTATION_CAP

_CROSSPOST = Reason(code="crosspost")
_PILLAR = Reason(code="pillar")
_ROTATION = Reason(code="rotation")


def reason_for(choice: Choice, platform: str) -> Reason:
    """Why this idea got this slot: event, cross-post, pillar, rotation or the target; as a
    code, which the renderers put in words."""
    if choice.idea.event_reason is not None:
        return choice.idea.event_reason
    if choice.adaptation:
        return _CROSSPOST
    if choice.unit_deficit >= 1.0 - EPS:
        return _PILLAR
    if choice.rotation < ROTATION_CAP:
        return _ROTATION
    found = _TARGET.get(platform)
    if found is None:
        found = _TARGET[platform] = Reason(code="target", platform=platform)
    return found


# One frozen reason per platform, shared by its slots: a national week has thousands of them.
_TARGET: dict[str, Reason] = {}
