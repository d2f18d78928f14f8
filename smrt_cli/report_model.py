"""The regional report for the coordination meeting, and the week's plan, as documents."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import catalogue
from .calendar import week_from_label, week_of
from .catalogue import language, t
from .document import (
    BarChart,
    Block,
    Bullets,
    Chart,
    ChartRef,
    HeatMap,
    Link,
    Paragraph,
    PillarMix,
    Report,
    Section,
    Signature,
    Table,
    Trend,
)
from .errors import Text, msg
from .i18n import (
    PERCENT_METRICS,
    change_withheld_text,
    coverage_text,
    format_date,
    format_name,
    format_number,
    format_range,
    format_time,
    hours_text,
    platform_name,
    week_name,
)
from .models import Registry, localize
from .plan_file import WeekPlan
from .plan_rows import idea_title, plan_rows, unit_name
from .reason_texts import shortfall_reason, skill_names

if TYPE_CHECKING:  # plan exports import this module too; only the report needs the evaluation
    from .evaluation import CriterionResult, Recommendation, RegionEvaluation, UnitEvaluation
    from .inbox import UnitBacklog
    from .insights import Insights
    from .periods import Period


_CODE = re.compile(r"`([^`]+)`")


def week_after(day: dt.date) -> str:
    """The first ISO week lying mostly after `day`: the plan discussed once a period has ended.

    "Mostly" is ISO's own rule, its Thursday: November 2026 ends on Monday 30 November, so the
    meeting looks at 2026-W49 (30 November – 6 December); October 2026 ends on a Saturday, so at
    2026-W45 rather than the week of 26 October.
    """
    week = week_of(day)
    return week.label if week.start + dt.timedelta(days=3) > day else week.next().label


def _and(items: list[str], lang: str) -> str:
    """Join as "A", "A dan B", "A, B, dan C": a comma before the last of three (PUEBI)."""
    if len(items) < 2:
        return "".join(items)
    word = "dan" if lang == "id" else "and"
    last = f" {word} " if len(items) == 2 else f", {word} "
    return ", ".join(items[:-1]) + last + items[-1]


def _num(value: float | None, lang: str, decimals: int = 1) -> str:
    if value is None:
        return t("export.r.nodata", lang)
    return format_number(value, lang, decimals)


def _pct(value: float, lang: str) -> str:
    return format_number(value, lang, 0) + "%"


def _value_text(source: str, value: float | None, lang: str) -> str:
    """The value as its result's source measures it (the registry's source or what stood in)."""
    if value is None:
        return t("export.r.nodata", lang)
    if source in PERCENT_METRICS:
        return format_number(value, lang, 1) + "%"
    if source in (
        "median_first_reply_hours",
        "median_first_reply_office_hours",
        "median_hoax_clarification_hours",
    ):
        return format_number(value, lang, 1) + (" jam" if lang == "id" else " h")
    if source in ("posts", "interactions", "reach", "hoax_reports_handled", "counter_hoax_posts"):
        return format_number(value, lang, 0)
    return format_number(value, lang, 1)


def _basis_note(u: UnitEvaluation, c: CriterionResult, lang: str) -> str:
    """' (a floor: ...)' or ' (60% of the weekly target has an export; ...)' after a value."""
    if c.value is None:
        return ""
    if c.source == "follower_growth" and u.evidence.follower_growth_basis == "post_follows_floor":
        return f" ({t('export.floor', lang)})"
    if c.source == "posting_target_share" and c.data_share is not None:
        return f" ({t('export.share', lang, pct=format_number(c.data_share * 100, lang, 0))})"
    return ""


def _criterion_name(registry: Registry, criterion_id: str, lang: str) -> str:
    for c in registry.criteria:
        if c.id == criterion_id:
            return localize(c.name, lang)
    return criterion_id


def _metric_total(evaluation: RegionEvaluation, name: str) -> float | None:
    numbers = [v for u in evaluation.upts if (v := u.metrics.value(name)) is not None]
    return sum(numbers) if numbers else None


def _other_language(evaluation: RegionEvaluation, lang: str) -> bool:
    """True when evaluation.json records a language and the report is in another one."""
    return bool(evaluation.language) and evaluation.language != lang


def report_grades(
    registry: Registry, evaluation: RegionEvaluation, lang: str
) -> dict[str, str | None]:
    """Each unit's grade name in the report's language.

    evaluation.json stores grade names in the evaluation's language ("Baik"); an English
    report re-derives them from the registry's grade bands and the unit's score, as the
    evaluation did. Same language (or none recorded): the stored names, untouched.
    """
    if not _other_language(evaluation, lang):
        return {u.id: u.grade for u in evaluation.upts}
    from .evaluation import grade_for  # lazily, as for the type above

    return {u.id: grade_for(registry, u.score, lang) for u in evaluation.upts}


def language_note(evaluation: RegionEvaluation, lang: str, display: str) -> Text | None:
    """The stderr note when recommendation texts cannot follow --lang.

    They are written from the evaluation's evidence at evaluation time and only their text is
    stored, so the report cannot re-render them; it says so rather than mixing silently.
    """
    if not _other_language(evaluation, lang):
        return None
    if all(r.code for u in evaluation.upts for r in u.recommendations):
        return None  # every recommendation is a code, rendered in the report's language
    was = msg(f"message.language.{language(evaluation.language)}")
    now = msg(f"message.language.{language(lang)}")
    return msg(
        "message.report.language",
        file=display,
        was=was,
        now=now,
        period=evaluation.period.label,
        lang=lang,
    )


def build_report(
    registry: Registry,
    evaluation: RegionEvaluation,
    plan: WeekPlan | None,
    week: str,
    lang: str,
    report_date: dt.date,
    earlier: list[RegionEvaluation] | None = None,
    insights: Insights | None = None,
    overdue: Sequence[UnitBacklog] = (),
) -> Report:
    """The regional report for the coordination meeting, as sections of blocks and chart data.

    `insights` (the period's best formats, pillars, times and breakout posts) add a section on
    what worked to the results.
    """
    names = {u.id: unit_name(registry, u.id, u.name or "", lang) for u in evaluation.upts}
    # league order: ranked units by rank, then units without a score, each by name
    league = sorted(
        evaluation.upts,
        key=lambda u: (u.rank is None, u.rank or 0, -(u.score or 0), names[u.id]),
    )
    ctx = _Context(
        registry,
        evaluation,
        lang,
        names,
        report_grades(registry, evaluation, lang),
        league,
        [u for u in league if u.score is not None],
        {},
        sorted(earlier or [], key=lambda e: e.period.start),
    )
    sections = [*_introduction(ctx), *_summary(ctx), *_results(ctx, insights)]
    sections += [*_unit_sections(ctx), *_constraints(ctx, plan, overdue)]
    charts = ctx.charts
    s = registry.settings
    region = localize(s.region, lang)
    period = evaluation.period
    period_text = evaluation.period_title()

    def t(key: str, **values: object) -> str:
        return catalogue.t(f"export.{key}", lang, **values)

    # Rekomendasi dan Tindak Lanjut: one table of actions, who answers for them, and by when
    sections.append(
        Section(
            t("r.rekomendasi"),
            1,
            [_follow_up_table(registry, league, names, lang, report_date, evaluation.language)],
        )
    )

    penutup: list[Block] = [Paragraph(t("r.penutup.text", region=region, period=period_text))]
    penutup.append(signature_block(registry, lang, report_date))
    sections.append(Section(t("r.penutup"), 1, penutup))

    sections += _appendix(ctx, plan, week)
    _number(sections)
    return Report(
        lang=lang,
        title=t("r.title"),
        subtitle=t("r.subtitle", region=region, period=period_text),
        organisation=localize(s.organisation, lang),
        region=region,
        meeting=t("r.meeting"),
        date_text=t("r.date", date=format_date(report_date, lang, weekday=False)),
        period=period.label,
        sections=sections,
        charts=charts,
    )


def _appendix(ctx: _Context, plan: WeekPlan | None, week: str) -> list[Section]:
    """Lampiran: the plan for the week after the period, at a glance."""
    lang, t = ctx.lang, ctx.t
    sections = [Section(t("r.lampiran"), 1)]
    if plan is None:
        # the command that makes it is the operator's business: stderr says it
        absent = t("r.plan.missing", week=_week_text(week, lang, days=False))
        sections.append(
            Section(t("r.plan.title", week=_week_text(week, lang)), 2, [Paragraph(absent)])
        )
    else:
        # the week at a glance; each unit's week is the plan's own document, not the report's
        sections.append(_plan_overview(ctx.registry, plan, lang, ctx.charts))
    return sections


@dataclass
class _Context:
    """What every chapter of the report reads: the evaluation, its units' names, grades and
    league order in the report's language, and the charts the chapters add."""

    registry: Registry
    evaluation: RegionEvaluation
    lang: str
    names: dict[str, str]
    grade: dict[str, str | None]
    league: list[UnitEvaluation]
    scored: list[UnitEvaluation]
    charts: dict[str, Chart]
    earlier: list[RegionEvaluation]

    def t(self, key: str, **values: object) -> str:
        return catalogue.t(f"export.{key}", self.lang, **values)


def _introduction(ctx: _Context) -> list[Section]:
    """Pendahuluan: background, legal bases, purpose, and how much the exports cover."""
    registry = ctx.registry
    evaluation = ctx.evaluation
    lang = ctx.lang
    names = ctx.names
    t = ctx.t
    sections: list[Section] = []
    region = localize(registry.settings.region, lang)
    period = evaluation.period
    period_text = evaluation.period_title()
    sections.append(Section(t("r.pendahuluan"), 1))
    sections.append(Section(t("r.latar"), 2, [Paragraph(t("r.latar.text", region=region))]))
    sections.extend(_basis_sections(registry, lang))
    range_text = format_range(period.start, period.end, lang)
    period_text = evaluation.period_title()
    sections.append(
        Section(
            t("r.tujuan"),
            2,
            [
                Paragraph(
                    t(
                        "r.tujuan.text",
                        n=len(evaluation.upts),
                        period=period_text,
                        range=range_text,
                    )
                )
            ],
        )
    )

    if evaluation.nothing_covered:
        sections[-1].blocks.append(Paragraph(t("r.covered.none")))
    else:
        partly = [
            f"{names[u.id]}: {text}"
            for u in evaluation.upts
            if (text := coverage_text(u, period.start, period.end, lang)) is not None
        ]
        if partly:
            sections[-1].blocks += [Paragraph(t("r.covered")), Bullets(list(partly))]
    return sections


def _summary(ctx: _Context) -> list[Section]:
    """Ringkasan: the headline numbers, every average over how many units it is."""
    registry = ctx.registry
    evaluation = ctx.evaluation
    lang = ctx.lang
    names = ctx.names
    grade = ctx.grade
    league = ctx.league
    scored = ctx.scored
    charts = ctx.charts
    t = ctx.t
    sections: list[Section] = []
    # Ringkasan: the headline numbers
    summary: list[str | Link] = [t("r.sum.units", n=len(evaluation.upts), scored=len(scored))]
    if scored:
        mean = sum(u.score or 0 for u in scored) / len(scored)
        # an average says over how many units: 2 scored of 10 is not the region's mean
        summary.append(
            t("r.sum.mean", mean=_num(mean, lang), scored=len(scored), n=len(evaluation.upts))
        )
        best = max(scored, key=lambda u: (u.score or 0, names[u.id]))
        low = min(scored, key=lambda u: (u.score or 0, names[u.id]))
        summary.append(t("r.sum.best", unit=names[best.id], score=_num(best.score, lang)))
        summary.append(t("r.sum.low", unit=names[low.id], score=_num(low.score, lang)))
    posts = _metric_total(evaluation, "posts")
    interactions = _metric_total(evaluation, "interactions")
    if posts is not None or interactions is not None:
        summary.append(
            t(
                "r.sum.posts",
                posts=_num(posts, lang, 0),
                interactions=_num(interactions, lang, 0),
            )
        )
    grades: dict[str, int] = {}
    for u in scored:
        if g := grade[u.id]:
            grades[g] = grades.get(g, 0) + 1
    if grades:
        summary.append(t("r.sum.grades", grades=", ".join(f"{g} {n}" for g, n in grades.items())))
    unscored = [names[u.id] for u in league if u.score is None]
    if unscored:
        summary.append(t("r.sum.nodata", units=", ".join(unscored)))
    if evaluation.common_weaknesses:
        weak = ", ".join(
            t("r.sum.weak.item", criterion=_criterion_name(registry, cid, lang), n=n)
            for cid, n in evaluation.common_weaknesses[:3]
        )
        summary.append(t("r.sum.weak", items=weak))
    charts["scores"] = BarChart(
        "scores",
        t("r.chart.scores"),
        [names[u.id] for u in league],
        [u.score for u in league],
        [_num(u.score, lang) for u in league],
    )
    sections.append(Section(t("r.ringkasan"), 1, [Bullets(summary), ChartRef("scores")]))
    return sections


def _results(ctx: _Context, insights: Insights | None) -> list[Section]:
    """Hasil Evaluasi: the league table, heat map and trend, the units without data, what worked."""
    from .evaluation import with_change
    from .report_insights import what_worked

    registry = ctx.registry
    evaluation = ctx.evaluation
    lang = ctx.lang
    names = ctx.names
    grade = ctx.grade
    league = ctx.league
    t = ctx.t
    sections: list[Section] = []

    # The change is against the period just before, as the evaluation's own: a month against
    # the month before, never against whichever month was evaluated last.
    before = evaluation.period.previous()
    previous = _evaluation_of(ctx.earlier, before)
    prev_units = {u.id: u for u in previous.upts} if previous else {}
    has_change = previous is not None or any(u.change is not None for u in evaluation.upts)
    # Hasil Evaluasi: league table, heat map, trend, then one section per unit
    headers = [t("r.col.rank"), t("r.col.unit"), t("r.col.score"), t("r.col.grade")]
    headers += [t("r.col.coverage"), t("r.col.posts")]
    if has_change:
        headers.append(t("r.col.change", period=before.short_title(lang)))
    rows = []
    for u in league:
        row = [
            str(u.rank) if u.rank is not None else "–",
            names[u.id],
            _num(u.score, lang),
            grade[u.id] or "–",
            _pct(u.coverage, lang),
            _num(u.metrics.value("posts"), lang, 0),
        ]
        if has_change:
            # an evaluation of the period before made after this one still counts, if fair
            if u.change is None and u.change_withheld is None and u.id in prev_units:
                u = with_change(u, prev_units[u.id])
            why = change_withheld_text(u, before.short_title(lang), lang)
            if u.change is not None:
                row.append(("+" if u.change > 0 else "") + format_number(u.change, lang, 1))
            else:
                row.append(why or "–")
        rows.append(row)
    numeric = (0, 2, 4, 5, 6) if has_change else (0, 2, 4, 5)
    result_blocks: list[Block] = [Table(headers, rows, numeric)]
    result_blocks += _result_charts(ctx)
    result_blocks.extend(_no_data_line(league, names, lang))
    sections.append(Section(t("r.hasil"), 1, result_blocks))
    sections.extend(what_worked(registry, insights, names, lang))
    return sections


def _result_charts(ctx: _Context) -> list[Block]:
    """The heat map of every unit's criteria, and the trend where an earlier score exists."""
    registry, evaluation, lang = ctx.registry, ctx.evaluation, ctx.lang
    names, league, charts, earlier, t = ctx.names, ctx.league, ctx.charts, ctx.earlier, ctx.t
    result_blocks: list[Block] = []
    criteria_ids = [c.id for c in registry.criteria]
    for u in evaluation.upts:
        criteria_ids += [c.id for c in u.criteria if c.id not in criteria_ids]
    charts["heatmap"] = HeatMap(
        "heatmap",
        t("r.chart.heatmap"),
        [names[u.id] for u in league],
        [_criterion_name(registry, c, lang) for c in criteria_ids],
        [[_criterion_score(u, c) for c in criteria_ids] for u in league],
        t("r.nodata"),
    )
    result_blocks.append(ChartRef("heatmap"))
    # The trend runs period by period up to this one; a period without an evaluation stays a
    # gap, so no line joins August to November as if they were consecutive months.
    window = _trend_periods(evaluation.period, earlier)
    history = [_evaluation_of(earlier, p) for p in window[:-1]] + [evaluation]
    # a trend needs at least one earlier score; empty earlier periods would draw a blank chart
    if any(_score_in(e, u) is not None for e in history[:-1] for u in evaluation.upts):
        charts["trend"] = Trend(
            "trend",
            t("r.chart.trend"),
            [p.short_title(lang) for p in window],
            [
                (
                    names[u.id],
                    [_score_in(e, u, i == len(history) - 1) for i, e in enumerate(history)],
                )
                for u in league
            ],
        )
        result_blocks.append(ChartRef("trend"))
    return result_blocks


def _unit_sections(ctx: _Context) -> list[Section]:
    """One section per scored unit: its criteria, and its best posts."""
    registry = ctx.registry
    lang = ctx.lang
    names = ctx.names
    grade = ctx.grade
    scored = ctx.scored
    t = ctx.t
    sections: list[Section] = []
    for u in scored:  # units without data: one line above, not a table of "no data" each
        summary_line = t(
            "r.unit.summary",
            score=_num(u.score, lang),
            grade=grade[u.id] or "–",
            rank=u.rank if u.rank is not None else "–",
            coverage=_pct(u.coverage, lang),
        )
        blocks: list[Block] = [Paragraph(summary_line)]
        if u.criteria:
            crit_rows = [
                [
                    _criterion_name(registry, c.id, lang),
                    _value_text(c.source, c.value, lang) + _basis_note(u, c, lang),
                    _num(c.score, lang),
                    format_number(c.weight, lang, 0),
                ]
                for c in u.criteria
            ]
            blocks.append(
                Table(
                    [t("r.col.criterion"), t("r.col.value"), t("r.col.cscore"), t("r.col.weight")],
                    crit_rows,
                    (1, 2, 3),
                    CRITERIA_WIDTHS,
                )
            )
        best_posts: list[str | Link] = []
        for post in u.evidence.best_posts[:3]:
            day = format_date(dt.date.fromisoformat(post.date), lang, weekday=False)
            label = f"{platform_name(post.platform)}, {day}: {_clip(post.text)}"
            label += " — " + t(
                "r.post.interactions", n=format_number(post.interactions or 0, lang, 0)
            )
            best_posts.append(Link(label, post.permalink) if post.permalink else label)
        if best_posts:
            blocks += [Paragraph(t("r.best")), Bullets(best_posts)]
        sections.append(Section(names[u.id], 2, blocks))
    return sections


def _constraints(
    ctx: _Context, plan: WeekPlan | None, overdue: Sequence[UnitBacklog]
) -> list[Section]:
    """Kendala: missing data, missing exports, capacity, shortfalls, overdue messages."""
    from .evaluation import has_stored_exports

    registry = ctx.registry
    lang = ctx.lang
    names = ctx.names
    league = ctx.league
    t = ctx.t
    sections: list[Section] = []
    # Kendala: capacity, missing data, shortfalls
    constraints: list[str | Link] = []
    # Units lacking the same criteria share one line: nine lines saying "no follower data"
    # hide the one constraint that differs.
    lacking: dict[tuple[str, str], tuple[int, list[str]]] = {}  # -> (line's place, units)
    plan_by_unit = {p.id: p for p in plan.upts} if plan is not None else {}
    for u in league:
        name = names[u.id]
        if u.score is None:
            stored = has_stored_exports(registry, u)
            constraints.append(t("r.k.elsewhere" if stored else "r.k.nodata", unit=name))
        else:
            missing = [_criterion_name(registry, c.id, lang) for c in u.criteria if c.value is None]
            if missing:
                key = (_and(missing, lang), _pct(u.coverage, lang))
                if key not in lacking:
                    lacking[key] = (len(constraints), [])
                    constraints.append("")  # the group's line, written once all are known
                lacking[key][1].append(name)
        if u.evidence.missing_exports:
            exports = ", ".join(platform_name(p) for p in u.evidence.missing_exports)
            constraints.append(t("r.k.exports", unit=name, platforms=exports))
        planned = plan_by_unit.get(u.id)
        if planned is not None:
            hours = {
                "unit": name,
                "planned": hours_text(planned.planned_hours, lang),
                "capacity": hours_text(planned.capacity_hours, lang),
            }
            if planned.planned_hours > planned.capacity_hours + 1e-9:
                constraints.append(t("r.k.capacity", **hours))
            elif planned.shortfalls:
                constraints.append(t("r.k.full", **hours))
            for sf in planned.shortfalls:
                constraints.append(
                    t(
                        "r.k.shortfall",
                        unit=name,
                        platform=platform_name(sf.platform),
                        missing=sf.missing,
                        reason=shortfall_reason(sf, lang, skill_names(registry, lang)),
                    )
                )
    for key, (place, units) in lacking.items():
        line = t("r.k.missing", unit=_and(units, lang), criteria=key[0], coverage=key[1])
        constraints[place] = line
    constraints += _overdue_lines(registry, overdue, lang)
    kendala: list[Block] = [Bullets(constraints)] if constraints else [Paragraph(t("r.k.none"))]
    sections.append(Section(t("r.kendala"), 1, kendala))
    return sections


# --- the report as a signed document (issue 17) ------------------------------------------------
# Dasar, the follow-up table, the signature block and the meeting's wording of stored advice:
# kept together, apart from the evaluation's chapters, so the two can change independently.

# `smrt metrics template` in brackets says nothing to the meeting: dropped with its brackets
_COMMAND_IN_BRACKETS = re.compile(r"\s*\(`(?:smrt |--)[^`]*`\)")
_COMMAND = re.compile(r"`(smrt [^`]*|--[^`]*)`")


def meeting_text(text: str, lang: str) -> str:
    """Stored advice as the meeting reads it: no command line, no Markdown ticks.

    evaluation.json keeps the operator's wording ("impor dengan `smrt metrics import`"); the
    report names the tool ("impor dengan aplikasi smrt") and quotes any other `name`.
    """
    text = _COMMAND_IN_BRACKETS.sub("", text)

    def word(match: re.Match[str]) -> str:
        key = "r.cmd.option" if match[1].startswith("--") else "r.cmd.tool"
        return t(f"export.{key}", lang)

    return _CODE.sub(r"“\1”", _COMMAND.sub(word, text))


def _basis_sections(registry: Registry, lang: str) -> list[Section]:
    """'Dasar': the registry's legal bases, numbered; none when the registry lists none."""
    bases = [localize(b, lang) for b in registry.settings.legal_bases]
    if not bases:
        return []
    return [Section(t("export.r.dasar", lang), 2, [Bullets(list(bases), numbered=True)])]


def _no_data_line(league: list[UnitEvaluation], names: dict[str, str], lang: str) -> list[Block]:
    """The units without a score in one sentence, instead of a table of 'no data' each."""
    units = [names[u.id] for u in league if u.score is None]
    if not units:
        return []
    return [Paragraph(t("export.r.unit.nodata.all", lang, units=_and(units, lang)))]


def _deadline(registry: Registry, lang: str, issued: dt.date) -> str:
    """The next Rakor's date from the registry; 'the next Rakor' when unset or already past."""
    day = registry.settings.next_rakor
    if day is None or day < issued:
        return t("export.r.tl.next", lang)
    return format_date(day, lang)


def next_rakor_note(registry: Registry, issued: dt.date) -> Text | None:
    """The stderr note when settings.next_rakor lies before the report's date of issue."""
    day = registry.settings.next_rakor
    if day is None or day >= issued:
        return None
    return msg("message.report.next_rakor", day=day.isoformat(), issued=issued.isoformat())


def _lead(registry: Registry, unit_id: str, lang: str) -> str:
    try:
        lead = registry.unit(unit_id).lead
    except KeyError:
        lead = None
    return localize(lead, lang) if lead is not None else t("export.r.tl.lead", lang)


def recommendation_text(
    registry: Registry, rec: Recommendation, lang: str, said_in: str = ""
) -> str:
    """'Criterion — advice', ideas named once, as the meeting reads it.

    `said_in` is the language the stored advice is in (the evaluation's): a command in it is
    named in that language, not in the report's.
    """
    from .evaluation import advice_text  # lazily, as for the type above

    # made from the code in the report's language; an evaluation made before codes keeps
    # its stored text, in its own language
    said = meeting_text(advice_text(registry, rec, lang, idea_ids=False), said_in or lang)
    # An idea's id after its title serves the operator's scorecard, not the meeting.
    for idea_id in rec.idea_ids:
        said = said.replace(f"” ({idea_id})", "”")
    # a dash, not a colon: the advice itself often holds one ("Belum ada data: …")
    text = f"{_criterion_name(registry, rec.criterion, lang)} — {said}"
    titles = [idea_title(registry, i, i, lang) for i in rec.idea_ids]
    if titles and not all(title in said for title in titles):
        text += " " + t("export.r.rec.ideas", lang, ideas=", ".join(titles))
    return text


def follow_up_rows(
    registry: Registry,
    league: list[UnitEvaluation],
    names: dict[str, str],
    lang: str,
    issued: dt.date,
    said_in: str = "",
) -> list[list[str]]:
    """No., action, unit(s), person in charge, deadline: one row per action.

    The same advice to several units is one row naming them all: nine rows saying "plan every
    week" would hide the one action that differs.
    """
    deadline = _deadline(registry, lang, issued)
    grouped: dict[str, tuple[list[str], list[str]]] = {}  # action -> (units, leads)
    few = _few_slots_span(league)
    for u in league:
        for rec in u.recommendations:
            if rec.code == "few_slots" and few:
                # one action for every unit whose plans are too thin to grade, whatever its
                # count: the meeting reads the span ("1–4 slot"), the scorecard the unit's own
                rec = rec.model_copy(update={"values": {**rec.values, "n": few}})
            action = recommendation_text(registry, rec, lang, said_in)
            units, leads = grouped.setdefault(action, ([], []))
            units.append(names[u.id])
            if (lead := _lead(registry, u.id, lang)) not in leads:
                leads.append(lead)
    return [
        [str(n), action, _and(units, lang), _and(leads, lang), deadline]
        for n, (action, (units, leads)) in enumerate(grouped.items(), start=1)
    ]


def _few_slots_span(league: list[UnitEvaluation]) -> str:
    """'1–4': the least and most planned slots of the units told their plans are too thin."""
    counts = [
        int(rec.values["n"])
        for u in league
        for rec in u.recommendations
        if rec.code == "few_slots" and "n" in rec.values
    ]
    if not counts:
        return ""
    low, high = min(counts), max(counts)
    return str(low) if low == high else f"{low}–{high}"


def _follow_up_table(
    registry: Registry,
    league: list[UnitEvaluation],
    names: dict[str, str],
    lang: str,
    issued: dt.date,
    said_in: str,
) -> Block:
    rows = follow_up_rows(registry, league, names, lang, issued, said_in)
    if not rows:
        return Paragraph(t("export.r.rec.none", lang))
    keys = ("r.col.no", "r.col.action", "r.col.unit", "r.col.lead", "r.col.deadline")
    return Table([t(f"export.{k}", lang) for k in keys], rows, (0,), FOLLOW_UP_WIDTHS)


# A criterion's name and its value with a note; the score ("tidak ada data" on one line) and
# the weight are short.
CRITERIA_WIDTHS = (0.38, 0.36, 0.16, 0.10)
# The action is a sentence or two, the units a list of names; "No." and the deadline are short.
FOLLOW_UP_WIDTHS = (0.06, 0.46, 0.22, 0.13, 0.13)


def signature_block(registry: Registry, lang: str, issued: dt.date) -> Signature:
    """Place and date of issue, the signatory's title, room to sign, name and NIP."""
    s = registry.settings
    place = s.place
    if place is None:
        try:
            place = registry.unit(s.coordinator).city
        except KeyError:
            place = localize(s.region, lang)
    place_date = f"{place}, {format_date(issued, lang, weekday=False)}"
    if s.signatory is None:
        title = t("export.r.sign.title", lang, region=localize(s.region, lang))
        return Signature(place_date, title, "", "")
    nip = f"NIP {s.signatory.nip}" if s.signatory.nip else ""
    return Signature(place_date, localize(s.signatory.title, lang), s.signatory.name, nip)


def signatory_note(registry: Registry) -> Text | None:
    """The stderr note when the registry names nobody to sign the report."""
    if registry.settings.signatory is not None:
        return None
    return msg("message.report.no_signatory")


def league_of(evaluation: RegionEvaluation, names: dict[str, str]) -> list[UnitEvaluation]:
    """The units in league order, as the report's table: ranked, then unscored, by name."""
    return sorted(
        evaluation.upts,
        key=lambda u: (u.rank is None, u.rank or 0, -(u.score or 0), names[u.id]),
    )


def criterion_name(registry: Registry, criterion_id: str, lang: str) -> str:
    return _criterion_name(registry, criterion_id, lang)


def unit_names(registry: Registry, evaluation: RegionEvaluation, lang: str) -> dict[str, str]:
    return {u.id: unit_name(registry, u.id, u.name or "", lang) for u in evaluation.upts}


def build_plan_document(registry: Registry, plan: WeekPlan, lang: str, issued: dt.date) -> Report:
    """The week's plan as a printable document for the head of office: the overview, each
    unit's week, its approval status, and a block to sign it."""
    charts: dict[str, Chart] = {}
    overview, *units = _plan_sections(registry, plan, lang, charts)
    # the appendix's sections as the document's chapters: overview, then each unit's week
    overview.title, overview.level = t("export.p.doc.overview", lang), 1
    for unit in units:
        unit.level = 2
    sections = [overview, Section(t("export.p.doc.units", lang), 1), *units]
    sign = Section(t("export.p.doc.sign", lang), 1, [signature_block(registry, lang, issued)])
    sections.append(sign)
    _number(sections)
    region = localize(registry.settings.region, lang)
    week = week_name(plan.start.isocalendar().week, plan.start, plan.end, lang)
    return Report(
        lang=lang,
        title=t("export.p.doc.title", lang),
        subtitle=t("export.p.doc.subtitle", lang, region=region, week=week),
        organisation=localize(registry.settings.organisation, lang),
        region=region,
        meeting=t("export.p.doc.for", lang),
        date_text=t("export.p.doc.date", lang, date=format_date(issued, lang, weekday=False)),
        period=plan.week,
        sections=sections,
        charts=charts,
    )


def _plan_sections(
    registry: Registry, plan: WeekPlan, lang: str, charts: dict[str, Chart]
) -> list[Section]:
    """The week's overview (workload, pillar mix), then each unit's week as a table."""
    return [_plan_overview(registry, plan, lang, charts), *_plan_units(registry, plan, lang)]


def _plan_overview(
    registry: Registry, plan: WeekPlan, lang: str, charts: dict[str, Chart]
) -> Section:
    """The week at a glance: each unit's workload, and the pillar mix against its target."""

    def t(key: str, **values: object) -> str:
        return catalogue.t(f"export.{key}", lang, **values)

    title = t(
        "r.plan.title", week=week_name(plan.start.isocalendar().week, plan.start, plan.end, lang)
    )
    overview = []
    for unit in plan.upts:
        missing = sum(sf.missing for sf in unit.shortfalls)
        overview.append(
            [
                unit_name(registry, unit.id, unit.name, lang),
                str(len(unit.slots)),
                hours_text(unit.planned_hours, lang),
                hours_text(unit.capacity_hours, lang),
                str(missing) if missing else "–",
            ]
        )
    headers = [t("r.col.unit"), t("r.col.items"), t("r.col.hours"), t("r.col.capacity")]
    headers.append(t("r.col.shortfall"))
    from .approvals import status_text  # the plan's approval, as its own documents say it

    blocks: list[Block] = [Paragraph(status_text(plan, None, lang, registry.settings.timezone))]
    blocks.append(Table(headers, overview, (1, 2, 3, 4)))
    blocks += _pillar_mix(registry, plan, lang, charts)
    return Section(title, 2, blocks)


def _pillar_mix(
    registry: Registry, plan: WeekPlan, lang: str, charts: dict[str, Chart]
) -> list[Block]:
    """The share of all planned items per pillar against the registry's target: chart, table."""

    def t(key: str, **values: object) -> str:
        return catalogue.t(f"export.{key}", lang, **values)

    counts = {p.id: 0 for p in registry.pillars}
    for unit in plan.upts:
        for slot in unit.slots:
            counts[slot.pillar] = counts.get(slot.pillar, 0) + 1
    total = sum(counts.values())
    if not total:
        return []
    labels, planned, target = [], [], []
    for pid, count in counts.items():
        try:
            pillar = registry.pillar(pid)
            labels.append(localize(pillar.name, lang))
            target.append(pillar.target_share)
        except KeyError:
            labels.append(pid)
            target.append(0.0)
        planned.append(round(100 * count / total, 1))
    charts["pillars"] = PillarMix(
        "pillars",
        t("r.chart.pillars"),
        labels,
        planned,
        target,
        t("r.chart.planned"),
        t("r.col.target"),
    )
    rows = [
        # the planned share as the plan's own README writes it: 25,3%, not 25%
        [label, format_number(p, lang, 1) + "%", _pct(tg, lang)]
        for label, p, tg in zip(labels, planned, target, strict=True)
    ]
    headers = [t("r.col.pillar"), t("r.col.share"), t("r.col.target")]
    return [ChartRef("pillars"), Table(headers, rows, (1, 2))]


def _plan_units(registry: Registry, plan: WeekPlan, lang: str) -> list[Section]:
    """Each unit's week: date, time, platform and format, idea, pillar."""

    def t(key: str, **values: object) -> str:
        return catalogue.t(f"export.{key}", lang, **values)

    sections = []
    for unit in plan.upts:
        rows = [
            [
                format_date(r.date, lang),
                format_time(r.time, r.timezone, lang),
                f"{platform_name(r.platform)} ({format_name(r.format, lang)})",
                r.idea_title,
                r.pillar,
            ]
            for r in plan_rows(registry, unit, lang)
        ]
        headers = [t("r.col.date"), t("r.col.time"), t("r.col.platform"), t("r.col.idea")]
        headers.append(t("r.col.pillar"))
        name = unit_name(registry, unit.id, unit.name, lang)
        sections.append(Section(name, 3, [Table(headers, rows)] if rows else []))
    return sections


def _overdue_lines(registry: Registry, overdue: Sequence[UnitBacklog], lang: str) -> list[str]:
    """Kendala: per unit, its overdue open messages and the oldest of them."""
    from zoneinfo import ZoneInfo

    from .catalogue import t
    from .i18n import deadline_text

    lines = []
    for u in overdue:
        late = [m for m in u.messages if m.overdue]
        if not late:
            continue
        oldest = late[0]
        zone = registry.unit_timezone(registry.unit(u.unit_id))
        day = oldest.row.received_at.astimezone(ZoneInfo(zone)).date()
        assert oldest.deadline is not None
        lines.append(
            t(
                "export.r.k.overdue",
                lang,
                unit=u.name,
                n=len(late),
                date=format_date(day, lang),
                kind=t(f"response.kind.{oldest.row.kind}", lang),
                limit=deadline_text(oldest.deadline.within, oldest.deadline.unit, lang),
            )
        )
    return lines


def _week_text(week: str, lang: str, days: bool = True) -> str:
    """'pekan ke-49 (30 November – 6 Desember 2026)' for 2026-W49 (the label if it is none)."""
    parsed = week_from_label(week)
    if parsed is None:
        return week
    return week_name(parsed.number, parsed.start if days else None, parsed.end, lang)


def _number(sections: list[Section]) -> None:
    chapter = sub = 0
    for section in sections:
        if section.level == 1:
            chapter, sub = chapter + 1, 0
            section.number = f"{chapter}."
        elif section.level == 2:
            sub += 1
            section.number = f"{chapter}.{sub}"


def _clip(text: str, limit: int = 80) -> str:
    """A post's text, one line and short enough for a bullet."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _criterion_score(unit: UnitEvaluation, criterion_id: str) -> float | None:
    for c in unit.criteria:
        if c.id == criterion_id:
            return c.score
    return None


# The trend shows the period and at most this many before it.
TREND_PERIODS = 5


def earlier_periods(period: Period) -> list[Period]:
    """The periods of the same kind and length just before `period`, latest first."""
    found = [period.previous()]
    while len(found) < TREND_PERIODS:
        found.append(found[-1].previous())
    return found


def _evaluation_of(evaluations: list[RegionEvaluation], period: Period) -> RegionEvaluation | None:
    for e in evaluations:
        if (e.period.start, e.period.end) == (period.start, period.end):
            return e
    return None


def _trend_periods(period: Period, earlier: list[RegionEvaluation]) -> list[Period]:
    """From the earliest evaluated of the periods just before `period` up to it, gaps kept."""
    before = earlier_periods(period)
    evaluated = [i for i, p in enumerate(before) if _evaluation_of(earlier, p) is not None]
    if not evaluated:
        return [period]
    return [*reversed(before[: max(evaluated) + 1]), period]


def _score_in(
    evaluation: RegionEvaluation | None, now: UnitEvaluation, current: bool = False
) -> float | None:
    """The unit's score in an earlier period, where that period's coverage compares with now.

    A period covered on under half its days, or on other platforms, is a gap in the line.
    """
    from .evaluation import comparable

    if evaluation is None:
        return None
    for u in evaluation.upts:
        if u.id == now.id:
            return u.score if current or comparable(u, now) is None else None
    return None
