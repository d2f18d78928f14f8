"""The weekly plan as Markdown: a regional README.md and one file per unit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from ..calendar import is_joint_leave
from ..catalogue import t
from ..document import (
    Block,
    Bullets,
    Emph,
    Inline,
    Paragraph,
    Ref,
    Said,
    Section,
    Strong,
    Table,
    Text,
)
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
from ..plan_file import PlanEvent, Slot, UnitPlan, WeekPlan
from ..planner import office_hours
from ..reason_texts import event_index, shortfall_reason, skill_names, slot_reason
from .markdown import blocks, page, sections

# Built as the document model: registry text (unit names, titles, briefs, checklists, roles,
# reasons) is made literal by the one Markdown writer, wherever in the file it goes.

# A national week says the same seven dates, a few times and hours 200,000 times: each once.
_date = lru_cache(maxsize=256)(format_date)
_short_date = lru_cache(maxsize=256)(format_short_date)
_time = lru_cache(maxsize=4096)(format_time)
_hours = lru_cache(maxsize=4096)(hours_text)


@dataclass
class _Week:
    """What every unit's page of one plan shares, worked out once (a national week has 3,000)."""

    plan: WeekPlan
    registry: Registry
    ideas: dict[str, Idea]
    lang: str = field(init=False)
    skills: dict[str, str] = field(init=False)
    office: tuple[str, str, frozenset[int]] = field(init=False)
    days_off: frozenset[dt.date] = field(init=False)
    events: dict[str, PlanEvent] = field(init=False)
    campaigns: dict[dt.date, list[str]] = field(init=False)
    pillars: dict[str, str] = field(init=False)
    # per idea and format: its brief, hashtags and checklist as Markdown lines, the same on
    # every unit's page
    fragments: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from ..roster import campaign_names

        plan, registry = self.plan, self.registry
        self.lang = lang = plan.language
        self.skills = skill_names(registry, lang)
        self.office = office_hours(registry)
        self.days_off = frozenset(e.date for e in plan.events if e.day_off)
        self.events = event_index(plan.events)
        self.campaigns = campaign_names(plan, registry)
        self.pillars = {}
        for p in registry.pillars:
            self.pillars.setdefault(p.id, localize(p.name, lang))  # the first, as pillar() finds

    def pillar(self, pillar_id: str) -> str:
        return self.pillars.get(pillar_id, pillar_id)


def unit_file(unit_id: str) -> str:
    """A unit's file name; a unit called 'readme' must not clash with README.md on Windows."""
    return f"{unit_id}-upt.md" if unit_id.lower() == "readme" else f"{unit_id}.md"


def _pillar_name(registry: Registry, pillar_id: str, lang: str) -> str:
    try:
        return localize(registry.pillar(pillar_id).name, lang)
    except KeyError:
        return pillar_id


def _event_kind(kind: str, name: str, lang: str) -> str:
    if kind == "holiday" and is_joint_leave(name):
        return t("plan.kind.joint", lang)
    return t(f"plan.kind.{kind}", lang)


def _status(plan: WeekPlan, unit: str | None, registry: Registry) -> Paragraph:
    """The approval line under a title: **DRAF** until `smrt plan approve`, then who and when."""
    from ..approvals import status_text

    return Paragraph(Strong(status_text(plan, unit, plan.language, registry.settings.timezone)))


def render_overview(plan: WeekPlan, registry: Registry) -> str:
    """README.md: the week at a glance for the coordinator."""
    lang = plan.language
    title = t("plan.title", lang, week=plan.week, range=format_range(plan.start, plan.end, lang))
    intro = [
        _status(plan, None, registry),
        Paragraph(t("plan.intro", lang, region=localize(registry.settings.region, lang))),
    ]
    sections = [
        Section(t("plan.events", lang), 1, [_events(plan, registry, lang)]),
        Section(t("plan.grid", lang), 1, [_grid(plan, lang)]),
        Section(t("plan.summary", lang), 1, [_summary(plan, registry, lang)]),
        Section(t("plan.mix", lang), 1, [_mix(plan, registry, lang)]),
        Section(t("plan.mix.units", lang), 2, [_unit_mix(plan, registry, lang)]),
        Section(t("plan.warnings", lang), 1, [_warnings(plan, registry, lang)]),
    ]
    return page(title, intro, sections, lang)


def _events(plan: WeekPlan, registry: Registry, lang: str) -> Block:
    """The week's holidays, observances and campaigns, each with its kind."""
    if not plan.events:
        return Paragraph(t("plan.no_events", lang))
    events_by_id = {e.id: e for e in registry.events}
    items: list[Text] = []
    for ev in plan.events:
        text = f" — {ev.name} ({_event_kind(ev.kind, ev.name, lang)}"
        source = events_by_id.get(ev.id)
        if ev.kind == "campaign" and source is not None and source.start and source.end:
            text += f", {format_range(source.start, source.end, lang)}"
        text += ")"
        if ev.estimated:
            text += f" — {t('plan.estimated', lang)}"
        items.append((Strong(format_date(ev.date, lang)), text))
    return Bullets(items)


def _grid(plan: WeekPlan, lang: str) -> Table:
    """Items per unit and day, each unit's name a link to its file, and the totals."""
    days = [plan.start + dt.timedelta(days=i) for i in range(7)]
    header: list[Text] = [t("plan.unit", lang), *(format_short_date(d, lang) for d in days)]
    header.append(t("plan.total", lang))
    rows: list[list[Text]] = []
    totals = dict.fromkeys(days, 0)
    for unit in plan.upts:
        counts = dict.fromkeys(days, 0)
        for slot in unit.slots:
            counts[slot.date] = counts.get(slot.date, 0) + 1
            totals[slot.date] = totals.get(slot.date, 0) + 1
        row: list[Text] = [Ref(unit.name or unit.id, unit_file(unit.id))]
        row += [str(counts[d]) if counts[d] else "·" for d in days]
        rows.append([*row, str(len(unit.slots))])
    last: list[Text] = [Strong(t("plan.total", lang)), *(str(totals[d]) for d in days)]
    rows.append([*last, str(sum(totals.values()))])
    return Table(header, rows, tuple(range(1, 9)))


def _summary(plan: WeekPlan, registry: Registry, lang: str) -> Table:
    """Each unit's items, hours against capacity, and what it could not fit."""
    skills = skill_names(registry, lang)
    rows: list[list[Text]] = []
    for unit in plan.upts:
        shortfalls = ", ".join(
            t("plan.shortfall", lang, platform=platform_name(s.platform), missing=s.missing)
            + f" ({shortfall_reason(s, lang, skills)})"
            for s in unit.shortfalls
        )
        hours = f"{hours_text(unit.planned_hours, lang)} / {hours_text(unit.capacity_hours, lang)}"
        rows.append(
            [unit.name or unit.id, str(len(unit.slots)), hours, shortfalls or t("plan.none", lang)]
        )
    keys = ("plan.unit", "plan.items", "plan.hours", "plan.shortfalls")
    return Table([t(k, lang) for k in keys], rows, (1, 2))


def _mix(plan: WeekPlan, registry: Registry, lang: str) -> Table:
    """The region's pillar mix against the registry's target shares."""
    mix: dict[str, int] = {}
    for unit in plan.upts:
        for slot in unit.slots:
            mix[slot.pillar] = mix.get(slot.pillar, 0) + 1
    total = sum(mix.values())
    rows: list[list[Text]] = []
    for pillar in registry.pillars:
        share = 100.0 * mix.get(pillar.id, 0) / total if total else 0.0
        diff = share - pillar.target_share
        sign = "+" if diff > 0.05 else ("−" if diff < -0.05 else "±")
        rows.append(
            [
                localize(pillar.name, lang),
                f"{format_number(pillar.target_share, lang)}%",
                f"{format_number(share, lang, 1)}%",
                f"{sign}{format_number(abs(diff), lang, 1)}",
                str(mix.get(pillar.id, 0)),
            ]
        )
    keys = ("plan.pillar", "plan.target", "plan.planned", "plan.difference", "plan.items")
    return Table([t(k, lang) for k in keys], rows, (1, 2, 3, 4))


def _warnings(plan: WeekPlan, registry: Registry, lang: str) -> Block:
    """Days off, estimated dates, shortfalls, days without duty, full weeks."""
    warnings: list[Text] = []
    light = hours_text(registry.settings.light_item_hours, lang)
    for ev in plan.events:
        day = format_date(ev.date, lang)
        if ev.day_off:
            warnings.append(t("plan.warn.holiday", lang, date=day, name=ev.name, hours=light))
        if ev.estimated:
            warnings.append(t("plan.warn.estimated", lang, date=day, name=ev.name))
    for unit in plan.upts:
        warnings += _unit_warnings(unit, registry, lang)
    return Bullets(warnings) if warnings else Paragraph(t("plan.no_warnings", lang))


def _unit_warnings(unit: UnitPlan, registry: Registry, lang: str) -> list[Text]:
    skills = skill_names(registry, lang)
    name = unit.name or unit.id
    warnings: list[Text] = []
    for s in unit.shortfalls:
        platform = platform_name(s.platform)
        reason = shortfall_reason(s, lang, skills)
        warnings.append(
            t(
                "plan.warn.shortfall",
                lang,
                unit=name,
                platform=platform,
                missing=s.missing,
                reason=reason,
            )
        )
    for d in unit.duty:
        if d.member is None:
            day = format_date(d.date, lang)
            warnings.append(t("plan.warn.duty", lang, unit=name, date=day))
    if unit.capacity_hours - unit.planned_hours < 0.25 - 1e-9:
        planned = hours_text(unit.planned_hours, lang)
        capacity = hours_text(unit.capacity_hours, lang)
        warnings.append(t("plan.warn.full", lang, unit=name, planned=planned, capacity=capacity))
    return warnings


def _unit_mix(plan: WeekPlan, registry: Registry, lang: str) -> Table:
    """Each unit's pillar mix against the targets: the region can balance while units do not."""
    header: list[Text] = [t("plan.unit", lang), *(localize(p.name, lang) for p in registry.pillars)]
    header.append(t("plan.mix.gap", lang))
    first: list[Text] = [t("plan.target", lang)]
    first += [f"{format_number(p.target_share, lang)}%" for p in registry.pillars]
    rows: list[list[Text]] = [[*first, ""]]
    for unit in plan.upts:
        total = len(unit.slots)
        counts: dict[str, int] = {}
        for slot in unit.slots:
            counts[slot.pillar] = counts.get(slot.pillar, 0) + 1
        shares = [100.0 * counts.get(p.id, 0) / total if total else 0.0 for p in registry.pillars]
        gaps = [abs(sh - p.target_share) for sh, p in zip(shares, registry.pillars, strict=True)]
        gap = sum(gaps) / len(gaps) if total and gaps else 0.0
        row: list[Text] = [unit.name or unit.id]
        row += [f"{format_number(sh, lang)}%" for sh in shares]
        rows.append([*row, format_number(gap, lang, 1) if total else "—"])
    return Table(header, rows, tuple(range(1, len(header))))


def _checklist(idea: Idea | None, fmt: str, lang: str) -> list[str]:
    if idea is not None and idea.checklist:
        return [localize(item, lang) for item in idea.checklist]
    per_lang = DEFAULT_CHECKLISTS.get(lang, DEFAULT_CHECKLISTS["id"])
    return list(per_lang.get(fmt, per_lang["photo"]))


def render_unit(
    plan: WeekPlan, unit: UnitPlan, registry: Registry, ideas: dict[str, Idea] | None = None
) -> str:
    """<unit-id>.md: the unit's week, day by day, then what each item needs."""
    if ideas is None:
        ideas = {i.id: i for i in registry.ideas}
    return _unit_page(_Week(plan, registry, ideas), unit)


def _unit_page(week: _Week, unit: UnitPlan) -> str:
    plan, lang = week.plan, week.lang
    title = t("plan.unit_title", lang, unit=unit.name or unit.id, week=plan.week)
    hours = t(
        "plan.unit_hours",
        lang,
        planned=hours_text(unit.planned_hours, lang),
        capacity=hours_text(unit.capacity_hours, lang),
    )
    intro: list[Block] = [
        _status(plan, unit.id, week.registry),
        Paragraph(f"{format_range(plan.start, plan.end, lang)}. {hours}"),
    ]
    shortfalls: list[Text] = [
        t("plan.shortfall", lang, platform=platform_name(s.platform), missing=s.missing)
        + f" ({shortfall_reason(s, lang, week.skills)})"
        for s in unit.shortfalls
    ]
    if shortfalls:
        intro.append(Bullets(shortfalls))
    intro.append(_slots(week, unit) if unit.slots else Paragraph(t("plan.no_slots", lang)))
    head = page(title, intro, [_duty_section(week, unit)], lang)
    # the rest written section by section by the same writer, so each idea's fragment is
    # written once a week rather than once a page: as page() would join them
    lines = _details(week, unit) if unit.slots else []
    lines += sections(_ready(unit, week.ideas, week.registry, lang), lang)
    return head + "\n".join(lines) + "\n" if lines else head


def _slots(week: _Week, unit: UnitPlan) -> Table:
    """The unit's week, one row a post: when, where, what, whose, how long, and why."""
    lang, zone = week.lang, unit.timezone
    rows: list[list[Text]] = [
        [
            _date(slot.date, lang),
            _time(slot.time, zone, lang),
            platform_name(slot.platform),
            format_name(slot.format, lang),
            slot.title or slot.idea_id,
            week.pillar(slot.pillar),
            slot.owner,
            _hours(slot.effort_hours, lang),
            slot_reason(slot, unit, week.events, lang),
        ]
        for slot in unit.slots
    ]
    keys = ("plan.time", "plan.platform", "plan.format", "plan.idea", "plan.pillar")
    headers: list[Text] = [_day_header(lang), *(t(k, lang) for k in keys)]
    headers += [t("plan.owner", lang), t("plan.effort", lang), t("plan.reason", lang)]
    return Table(headers, rows, (7,))


def _day_header(lang: str) -> Said:
    """'Hari & tanggal': smrt's own words, its "&" as written (not as an entity)."""
    return Said("plan.day", lang)


def _details(week: _Week, unit: UnitPlan) -> list[str]:
    """Each idea once: where and when it runs, its brief, hashtags and checklist (as lines)."""
    lang, zone = week.lang, unit.timezone
    groups: dict[str, list[Slot]] = {}
    for slot in unit.slots:
        groups.setdefault(slot.idea_id, []).append(slot)
    lines = sections([Section(t("plan.details", lang), 1)], lang)
    for idea_id, slots in groups.items():
        first = next((s for s in slots if not s.adaptation), slots[0])
        where = ", ".join(
            f"{platform_name(s.platform)} ({_short_date(s.date, lang)} {_time(s.time, zone, lang)})"
            for s in slots
        )
        lines += sections([Section(first.title or idea_id, 2, [Paragraph(Emph(where))])], lang)
        lines += _fragment(week, idea_id, first.format)
        late = [s for s in slots if _outside_office(s, week)]
        if late:
            when = ", ".join(
                f"{platform_name(s.platform)} {_short_date(s.date, lang)} "
                f"{_time(s.time, zone, lang)}"
                for s in late
            )
            # one more task in the checklist: a task list writes each item on a line of its own
            schedule = t("plan.checklist.schedule", lang, where=when)
            lines += blocks([Bullets([schedule], tasks=True)], lang)[1:]
    return lines


def _fragment(week: _Week, idea_id: str, fmt: str) -> list[str]:
    """An idea's brief, hashtags and checklist as Markdown lines: alike on every page."""
    found = week.fragments.get((idea_id, fmt))
    if found is not None:
        return found
    lang = week.lang
    idea = week.ideas.get(idea_id)
    about: list[Block] = []
    if idea is not None:
        brief = localize(idea.brief, lang)
        about.append(Paragraph((Strong(f"{t('plan.brief', lang)}:"), f" {brief}")))
        if idea.hashtags:
            tags = " ".join(idea.hashtags)
            about.append(Paragraph((Strong(f"{t('plan.hashtags', lang)}:"), f" {tags}")))
    about.append(Paragraph(Strong(f"{t('plan.checklist', lang)}:")))
    items: list[Text] = list(_checklist(idea, fmt, lang))
    found = week.fragments[(idea_id, fmt)] = blocks([*about, Bullets(items, tasks=True)], lang)
    return found


def _duty_section(week: _Week, unit: UnitPlan) -> Section:
    """'Jadwal piket': who watches the inbox each day, and each day nobody can."""
    lang = week.lang
    every = week.registry.settings.response.watch_every_day
    intro = Paragraph(t("plan.duty.intro.every" if every else "plan.duty.intro.office", lang))
    if not unit.duty:
        return Section(t("plan.duty.title", lang), 1, [intro, Paragraph(t("plan.duty.none", lang))])
    notes = week.campaigns
    nobody = Strong(t("plan.duty.nobody", lang))
    rows: list[list[Text]] = [
        [
            _date(d.date, lang),
            d.member if d.member is not None else nobody,
            ", ".join(notes.get(d.date, [])),
        ]
        for d in unit.duty
    ]
    headers: list[Text] = [_day_header(lang), t("plan.duty.member", lang)]
    headers.append(t("plan.duty.note", lang))
    blocks: list[Block] = [intro, Table(headers, rows)]
    gaps: list[Text] = [
        f"{_date(d.date, lang)}: {t('plan.duty.nobody', lang)}"
        for d in unit.duty
        if d.member is None
    ]
    if gaps:
        blocks.append(Bullets(gaps))
    return Section(t("plan.duty.title", lang), 1, blocks)


def _outside_office(slot: Slot, week: _Week) -> bool:
    """A post nobody is at work to publish: evenings, weekends, days off (scheduled instead)."""
    opens, closes, weekdays = week.office
    return (
        slot.date in week.days_off
        or slot.date.weekday() not in weekdays
        or not opens <= slot.time <= closes
    )


def _ready(unit: UnitPlan, ideas: dict[str, Idea], registry: Registry, lang: str) -> list[Section]:
    """The reactive ideas the unit can use when their occasion arises ("siap pakai")."""
    if not unit.ready:
        return []
    items: list[Text] = []
    for entry in unit.ready:
        idea = ideas.get(entry.idea_id)
        line: list[Inline] = [Strong(entry.title or entry.idea_id)]
        if entry.pillar:
            line.append(f" ({_pillar_name(registry, entry.pillar, lang)})")
        if idea is not None:
            line.append(f": {localize(idea.brief, lang)}")
        items.append(tuple(line))
    blocks: list[Block] = [Paragraph(t("plan.ready.intro", lang)), Bullets(items)]
    return [Section(t("plan.ready", lang), 1, blocks)]


def render_plan(plan: WeekPlan, registry: Registry) -> dict[str, str]:
    """Every Markdown file of the week's folder, by file name."""
    files = {"README.md": render_overview(plan, registry)}
    week = _Week(plan, registry, {i.id: i for i in registry.ideas})
    for unit in plan.upts:
        files[unit_file(unit.id)] = _unit_page(week, unit)
    return files
