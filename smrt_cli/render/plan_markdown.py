"""The weekly plan as Markdown: a regional README.md and one file per unit."""

from __future__ import annotations

import datetime as dt

from ..calendar import is_joint_leave
from ..catalogue import t
from ..i18n import (
    DEFAULT_CHECKLISTS,
    format_date,
    format_name,
    format_number,
    format_range,
    format_short_date,
    format_time,
    hours_text,
    platform_name,
)
from ..models import Idea, Registry, localize
from ..planner import office_hours
from ..plans import Slot, UptPlan, WeekPlan
from ..reason_texts import event_index, shortfall_reason, skill_names, slot_reason
from .markdown_text import escape

# Registry text (unit names, titles, briefs, checklists, roles, reasons) goes through `escape`
# before it reaches a file, wherever in the file it goes.


def unit_file(unit_id: str) -> str:
    """A unit's file name; a unit called 'readme' must not clash with README.md on Windows."""
    return f"{unit_id}-upt.md" if unit_id.lower() == "readme" else f"{unit_id}.md"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[list[str]], right: set[int] | None = None) -> list[str]:
    align = ["---:" if right and i in right else "---" for i in range(len(header))]
    # headers are smrt's own words ("Hari & tanggal"), not registry text: no entities needed
    return [_row(header), _row(align), *(_row(r) for r in rows)]


def _pillar_name(registry: Registry, pillar_id: str, lang: str) -> str:
    try:
        return localize(registry.pillar(pillar_id).name, lang)
    except KeyError:
        return pillar_id


def _event_kind(kind: str, name: str, lang: str) -> str:
    if kind == "holiday" and is_joint_leave(name):
        return t("plan.kind.joint", lang)
    return t(f"plan.kind.{kind}", lang)


def _status(plan: WeekPlan, upt: str | None, registry: Registry) -> str:
    """The approval line under a title: **DRAF** until `smrt plan approve`, then who and when."""
    from ..approvals import status_text

    status = status_text(plan, upt, plan.language, registry.settings.timezone)
    return f"**{escape(status, block=False)}**"


def render_overview(plan: WeekPlan, registry: Registry) -> str:
    """README.md: the week at a glance for the coordinator."""
    lang = plan.language
    skills = skill_names(registry, lang)
    out: list[str] = []
    out.append(
        "# " + t("plan.title", lang, week=plan.week, range=format_range(plan.start, plan.end, lang))
    )
    out.append("")
    out.append(_status(plan, None, registry))
    out.append("")
    out.append(t("plan.intro", lang, region=escape(localize(registry.settings.region, lang))))
    out.append("")

    out.append("## " + t("plan.events", lang))
    out.append("")
    if not plan.events:
        out.append(t("plan.no_events", lang))
    events_by_id = {e.id: e for e in registry.events}
    for ev in plan.events:
        kind = _event_kind(ev.kind, ev.name, lang)
        text = f"- **{format_date(ev.date, lang)}** — {escape(ev.name)} ({kind}"
        source = events_by_id.get(ev.id)
        if ev.kind == "campaign" and source is not None and source.start and source.end:
            text += f", {format_range(source.start, source.end, lang)}"
        text += ")"
        if ev.estimated:
            text += f" — {t('plan.estimated', lang)}"
        out.append(text)
    out.append("")

    days = [plan.start + dt.timedelta(days=i) for i in range(7)]
    out.append("## " + t("plan.grid", lang))
    out.append("")
    header = [t("plan.unit", lang), *(format_short_date(d, lang) for d in days)]
    header.append(t("plan.total", lang))
    rows = []
    totals = dict.fromkeys(days, 0)
    for unit in plan.upts:
        counts = dict.fromkeys(days, 0)
        for slot in unit.slots:
            counts[slot.date] = counts.get(slot.date, 0) + 1
            totals[slot.date] = totals.get(slot.date, 0) + 1
        rows.append(
            [
                f"[{escape(unit.name or unit.id)}]({unit_file(unit.id)})",
                *(str(counts[d]) if counts[d] else "·" for d in days),
                str(len(unit.slots)),
            ]
        )
    rows.append(
        [
            f"**{escape(t('plan.total', lang))}**",
            *(str(totals[d]) for d in days),
            str(sum(totals.values())),
        ]
    )
    out.extend(_table(header, rows, right=set(range(1, 9))))
    out.append("")

    out.append("## " + t("plan.summary", lang))
    out.append("")
    rows = []
    for unit in plan.upts:
        shortfalls = ", ".join(
            t("plan.shortfall", lang, platform=platform_name(s.platform), missing=s.missing)
            + f" ({shortfall_reason(s, lang, skills)})"
            for s in unit.shortfalls
        )
        rows.append(
            [
                escape(unit.name or unit.id),
                str(len(unit.slots)),
                f"{hours_text(unit.planned_hours, lang)} / {hours_text(unit.capacity_hours, lang)}",
                escape(shortfalls) if shortfalls else t("plan.none", lang),
            ]
        )
    out.extend(
        _table(
            [
                t("plan.unit", lang),
                t("plan.items", lang),
                t("plan.hours", lang),
                t("plan.shortfalls", lang),
            ],
            rows,
            right={1, 2},
        )
    )
    out.append("")

    out.append("## " + t("plan.mix", lang))
    out.append("")
    mix: dict[str, int] = {}
    for unit in plan.upts:
        for slot in unit.slots:
            mix[slot.pillar] = mix.get(slot.pillar, 0) + 1
    total = sum(mix.values())
    rows = []
    for pillar in registry.pillars:
        share = 100.0 * mix.get(pillar.id, 0) / total if total else 0.0
        diff = share - pillar.target_share
        sign = "+" if diff > 0.05 else ("−" if diff < -0.05 else "±")
        rows.append(
            [
                escape(localize(pillar.name, lang)),
                f"{format_number(pillar.target_share, lang)}%",
                f"{format_number(share, lang, 1)}%",
                f"{sign}{format_number(abs(diff), lang, 1)}",
                str(mix.get(pillar.id, 0)),
            ]
        )
    out.extend(
        _table(
            [
                t("plan.pillar", lang),
                t("plan.target", lang),
                t("plan.planned", lang),
                t("plan.difference", lang),
                t("plan.items", lang),
            ],
            rows,
            right={1, 2, 3, 4},
        )
    )
    out.append("")
    out.extend(_unit_mix(plan, registry, lang))

    out.append("## " + t("plan.warnings", lang))
    out.append("")
    warnings: list[str] = []
    for ev in plan.events:
        if ev.day_off:
            warnings.append(
                t(
                    "plan.warn.holiday",
                    lang,
                    date=format_date(ev.date, lang),
                    name=escape(ev.name),
                    hours=hours_text(registry.settings.light_item_hours, lang),
                )
            )
        if ev.estimated:
            warnings.append(
                t(
                    "plan.warn.estimated",
                    lang,
                    date=format_date(ev.date, lang),
                    name=escape(ev.name),
                )
            )
    for unit in plan.upts:
        for s in unit.shortfalls:
            warnings.append(
                t(
                    "plan.warn.shortfall",
                    lang,
                    unit=escape(unit.name or unit.id),
                    platform=platform_name(s.platform),
                    missing=s.missing,
                    reason=escape(shortfall_reason(s, lang, skills)),
                )
            )
        for d in unit.duty:
            if d.member is None:
                warnings.append(
                    t(
                        "plan.warn.duty",
                        lang,
                        unit=escape(unit.name or unit.id),
                        date=format_date(d.date, lang),
                    )
                )
        if unit.capacity_hours - unit.planned_hours < 0.25 - 1e-9:
            warnings.append(
                t(
                    "plan.warn.full",
                    lang,
                    unit=escape(unit.name or unit.id),
                    planned=hours_text(unit.planned_hours, lang),
                    capacity=hours_text(unit.capacity_hours, lang),
                )
            )
    if warnings:
        out.extend(f"- {w}" for w in warnings)
    else:
        out.append(t("plan.no_warnings", lang))
    out.append("")
    return "\n".join(out)


def _unit_mix(plan: WeekPlan, registry: Registry, lang: str) -> list[str]:
    """Each unit's pillar mix against the targets: the region can balance while units do not."""
    header = [t("plan.unit", lang), *(escape(localize(p.name, lang)) for p in registry.pillars)]
    header.append(t("plan.mix.gap", lang))
    rows = [
        [
            t("plan.target", lang),
            *(f"{format_number(p.target_share, lang)}%" for p in registry.pillars),
            "",
        ]
    ]
    for unit in plan.upts:
        total = len(unit.slots)
        counts: dict[str, int] = {}
        for slot in unit.slots:
            counts[slot.pillar] = counts.get(slot.pillar, 0) + 1
        shares = [100.0 * counts.get(p.id, 0) / total if total else 0.0 for p in registry.pillars]
        gaps = [abs(sh - p.target_share) for sh, p in zip(shares, registry.pillars, strict=True)]
        gap = sum(gaps) / len(gaps) if total and gaps else 0.0
        rows.append(
            [
                escape(unit.name or unit.id),
                *(f"{format_number(sh, lang)}%" for sh in shares),
                format_number(gap, lang, 1) if total else "—",
            ]
        )
    numeric = set(range(1, len(header)))
    return [
        "### " + t("plan.mix.units", lang),
        "",
        *_table(header, rows, right=numeric),
        "",
    ]


def _checklist(idea: Idea | None, fmt: str, lang: str) -> list[str]:
    if idea is not None and idea.checklist:
        return [localize(item, lang) for item in idea.checklist]
    per_lang = DEFAULT_CHECKLISTS.get(lang, DEFAULT_CHECKLISTS["id"])
    return list(per_lang.get(fmt, per_lang["photo"]))


def render_unit(
    plan: WeekPlan, unit: UptPlan, registry: Registry, ideas: dict[str, Idea] | None = None
) -> str:
    """<unit-id>.md: the unit's week, day by day, then what each item needs."""
    lang = plan.language
    events = event_index(plan.events)
    if ideas is None:
        ideas = {i.id: i for i in registry.ideas}
    out: list[str] = []
    out.append("# " + t("plan.unit_title", lang, unit=escape(unit.name or unit.id), week=plan.week))
    out.append("")
    out.append(_status(plan, unit.id, registry))
    out.append("")
    out.append(
        f"{format_range(plan.start, plan.end, lang)}. "
        + t(
            "plan.unit_hours",
            lang,
            planned=hours_text(unit.planned_hours, lang),
            capacity=hours_text(unit.capacity_hours, lang),
        )
    )
    out.append("")
    for s in unit.shortfalls:
        out.append(
            "- "
            + t("plan.shortfall", lang, platform=platform_name(s.platform), missing=s.missing)
            + f" ({escape(shortfall_reason(s, lang, skill_names(registry, lang)))})"
        )
    if unit.shortfalls:
        out.append("")
    if not unit.slots:
        out.append(t("plan.no_slots", lang))
        out.append("")
        out.extend(_duty_section(plan, unit, registry))
        out.extend(_ready(unit, ideas, registry, lang))
        return "\n".join(out)

    rows = []
    for slot in unit.slots:
        rows.append(
            [
                escape(format_date(slot.date, lang)),
                escape(format_time(slot.time, unit.timezone, lang)),
                escape(platform_name(slot.platform)),
                escape(format_name(slot.format, lang)),
                escape(slot.title or slot.idea_id),
                escape(_pillar_name(registry, slot.pillar, lang)),
                escape(slot.owner),
                hours_text(slot.effort_hours, lang),
                escape(slot_reason(slot, unit, events, lang)),
            ]
        )
    out.extend(
        _table(
            [
                t("plan.day", lang),
                t("plan.time", lang),
                t("plan.platform", lang),
                t("plan.format", lang),
                t("plan.idea", lang),
                t("plan.pillar", lang),
                t("plan.owner", lang),
                t("plan.effort", lang),
                t("plan.reason", lang),
            ],
            rows,
            right={7},
        )
    )
    out.append("")

    out.extend(_duty_section(plan, unit, registry))
    out.append("## " + t("plan.details", lang))
    out.append("")
    office = office_hours(registry)
    groups: dict[str, list[Slot]] = {}
    for slot in unit.slots:
        groups.setdefault(slot.idea_id, []).append(slot)
    for idea_id, slots in groups.items():
        idea = ideas.get(idea_id)
        first = next((s for s in slots if not s.adaptation), slots[0])
        where = ", ".join(
            f"{platform_name(s.platform)} ({format_short_date(s.date, lang)} "
            f"{format_time(s.time, unit.timezone, lang)})"
            for s in slots
        )
        out.append(f"### {escape(first.title or idea_id)}")
        out.append("")
        out.append(f"*{where}*")
        out.append("")
        if idea is not None:
            out.append(f"**{t('plan.brief', lang)}:** {escape(localize(idea.brief, lang))}")
            out.append("")
            if idea.hashtags:
                tags = " ".join(escape(h, block=False) for h in idea.hashtags)
                out.append(f"**{t('plan.hashtags', lang)}:** {tags}")
                out.append("")
        out.append(f"**{t('plan.checklist', lang)}:**")
        out.append("")
        out.extend(f"- [ ] {escape(item)}" for item in _checklist(idea, first.format, lang))
        late = [s for s in slots if _outside_office(s, plan, office)]
        if late:
            when = ", ".join(
                f"{platform_name(s.platform)} {format_short_date(s.date, lang)} "
                f"{format_time(s.time, unit.timezone, lang)}"
                for s in late
            )
            out.append("- [ ] " + escape(t("plan.checklist.schedule", lang, where=when)))
        out.append("")
    out.extend(_ready(unit, ideas, registry, lang))
    return "\n".join(out)


def _duty_section(plan: WeekPlan, unit: UptPlan, registry: Registry) -> list[str]:
    """'Jadwal piket': who watches the inbox each day, and each day nobody can."""
    from ..roster import campaign_names

    lang = plan.language
    every = registry.settings.response.watch_every_day
    out = ["## " + t("plan.duty.title", lang), ""]
    out += [t("plan.duty.intro.every" if every else "plan.duty.intro.office", lang), ""]
    if not unit.duty:
        return [*out, t("plan.duty.none", lang), ""]
    notes = campaign_names(plan, registry)
    rows = [
        [
            escape(format_date(d.date, lang)),
            escape(d.member) if d.member is not None else f"**{t('plan.duty.nobody', lang)}**",
            escape(", ".join(notes.get(d.date, []))),
        ]
        for d in unit.duty
    ]
    out += _table(
        [t("plan.day", lang), t("plan.duty.member", lang), t("plan.duty.note", lang)],
        rows,
    )
    out.append("")
    gaps = [d for d in unit.duty if d.member is None]
    out += [f"- {format_date(d.date, lang)}: {t('plan.duty.nobody', lang)}" for d in gaps]
    if gaps:
        out.append("")
    return out


def _outside_office(slot: Slot, plan: WeekPlan, office: tuple[str, str, frozenset[int]]) -> bool:
    """A post nobody is at work to publish: evenings, weekends, days off (scheduled instead)."""
    opens, closes, weekdays = office
    day_off = any(e.day_off and e.date == slot.date for e in plan.events)
    return day_off or slot.date.weekday() not in weekdays or not opens <= slot.time <= closes


def _ready(unit: UptPlan, ideas: dict[str, Idea], registry: Registry, lang: str) -> list[str]:
    """The reactive ideas the unit can use when their occasion arises ("siap pakai")."""
    if not unit.ready:
        return []
    out = ["## " + t("plan.ready", lang), "", t("plan.ready.intro", lang), ""]
    for entry in unit.ready:
        idea = ideas.get(entry.idea_id)
        pillar = escape(_pillar_name(registry, entry.pillar, lang)) if entry.pillar else ""
        line = f"- **{escape(entry.title or entry.idea_id)}**" + (f" ({pillar})" if pillar else "")
        if idea is not None:
            line += f": {escape(localize(idea.brief, lang))}"
        out.append(line)
    out.append("")
    return out


def render_plan(plan: WeekPlan, registry: Registry) -> dict[str, str]:
    """Every Markdown file of the week's folder, by file name."""
    files = {"README.md": render_overview(plan, registry)}
    ideas = {i.id: i for i in registry.ideas}
    for unit in plan.upts:
        files[unit_file(unit.id)] = render_unit(plan, unit, registry, ideas)
    return files
