"""Plan approvals: what an approval covers, whether it still holds, and how documents say so."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zoneinfo

from .catalogue import t
from .i18n import format_date, format_time
from .plan_file import Approval, WeekPlan, plan_json

# Documents show this many hex digits of the digest; plan.json keeps all 64.
SHORT_DIGEST = 12


def plan_digest(plan: WeekPlan, unit_id: str | None = None) -> str:
    """SHA-256 of what an approval covers: the week's plan.json without its approvals, or one
    unit's plan (so re-planning another unit leaves a unit's approval standing)."""
    if unit_id is None:
        text = plan_json(plan.model_copy(update={"approvals": []}))
    else:
        unit = next(u for u in plan.upts if u.id == unit_id)
        text = json.dumps(unit.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def approve(plan: WeekPlan, unit: str | None, by: str, at: dt.datetime) -> WeekPlan:
    """`plan` with one more approval, of the week or of unit `upt`, by `by` at `at` (UTC)."""
    approval = Approval(
        upt=unit,
        by=by,
        at=at.astimezone(dt.UTC).replace(microsecond=0),
        sha256=plan_digest(plan, unit),
    )
    return plan.model_copy(update={"approvals": [*plan.approvals, approval]})


def holds(plan: WeekPlan, approval: Approval) -> bool:
    """True while the plan is still the one approved (plan.json not edited since)."""
    if approval.upt is not None and all(u.id != approval.upt for u in plan.upts):
        return False
    return plan_digest(plan, approval.upt) == approval.sha256


def approval_of(plan: WeekPlan, unit: str | None = None) -> Approval | None:
    """The latest approval still holding that covers the week (None) or unit `upt`.

    A unit is approved by its own approval or by the week's.
    """
    found = None
    for approval in plan.approvals:
        if approval.upt in (None, unit) and holds(plan, approval):
            found = approval  # later approvals come later in the list
    return found


def broken(plan: WeekPlan) -> list[Approval]:
    """Approvals plan.json records that no longer match it: edited after approval."""
    return [a for a in plan.approvals if not holds(plan, a)]


def carry_over(new: WeekPlan, previous: WeekPlan, units: list[str] | None) -> WeekPlan:
    """The re-planned week keeps only what planning did not touch.

    Planning every unit (`units` None) voids every approval; planning some voids theirs and
    the week's, and leaves other units' own approvals standing (their plans are unchanged).
    """
    if units is None:
        return new
    kept = [
        a for a in previous.approvals if a.upt is not None and a.upt not in units and holds(new, a)
    ]
    return new.model_copy(update={"approvals": kept})


def voided(new: WeekPlan, previous: WeekPlan) -> list[Approval]:
    """The previous plan's holding approvals that the new plan no longer carries."""
    return [a for a in previous.approvals if holds(previous, a) and a not in new.approvals]


def status_text(plan: WeekPlan, unit: str | None, lang: str, zone: str) -> str:
    """'DRAF — …' or 'Disetujui oleh … pada …' for the week or one unit's plan."""
    approval = approval_of(plan, unit)
    if approval is None:
        return t("export.plan.draft", lang)
    return approved_text(approval, lang, zone)


def approved_text(approval: Approval, lang: str, zone: str) -> str:
    local = approval.at.astimezone(zoneinfo.ZoneInfo(zone))
    return t(
        "export.plan.approved",
        lang,
        by=approval.by,
        date=format_date(local.date(), lang),
        time=format_time(f"{local:%H:%M}", zone, lang),
        digest=approval.sha256[:SHORT_DIGEST],
    )


def status_word(plan: WeekPlan, unit: str | None, lang: str, zone: str) -> str:
    """A spreadsheet cell's worth: 'DRAF', or 'Disetujui: name, 2026-12-04' (local date)."""
    approval = approval_of(plan, unit)
    if approval is None:
        return t("export.plan.draft.word", lang)
    day = approval.at.astimezone(zoneinfo.ZoneInfo(zone)).date()
    return t("export.plan.approved.word", lang, by=approval.by, date=day.isoformat())
