"""Markdown of an evaluation: the regional summary (README.md) and one scorecard per unit."""

from __future__ import annotations

import datetime as dt

from ..catalogue import t
from ..document import (
    Block,
    Bullets,
    Code,
    Emph,
    Inline,
    Link,
    Paragraph,
    Quote,
    Ref,
    Said,
    Section,
    Strong,
    Table,
    Text,
)
from ..evaluation import (
    CriterionResult,
    PostEvidence,
    RegionEvaluation,
    ResponseTime,
    UnitEvaluation,
    advice_text,
    counter_hoax_pillars,
    has_stored_exports,
)
from ..i18n import (
    PERCENT_METRICS,
    PLATFORM_NAMES,
    change_withheld_text,
    coverage_text,
    format_date,
    format_number,
    platform_name,
)
from ..links import web_link
from ..models import Criterion, Registry, localize
from .markdown import page, table
from .markdown_text import one_line

HOURS = frozenset(
    {
        "median_first_reply_hours",
        "median_first_reply_office_hours",
        "median_hoax_clarification_hours",
    }
)
# Below this coverage a score rests on too little of the rubric to compare fairly.
ENOUGH_COVERAGE = 50.0


def _num(value: float, lang: str, decimals: int = 1) -> str:
    if float(value).is_integer() and decimals:
        return format_number(value, lang, 0)
    return format_number(value, lang, decimals)


def _basis(u: UnitEvaluation, c: CriterionResult, lang: str) -> str:
    """' (a floor: ...)' after a follower growth counted from the follows posts brought."""
    floor = u.evidence.follower_growth_basis == "post_follows_floor"
    if c.source == "follower_growth" and c.value is not None and floor:
        return f" ({t('export.floor', lang)})"
    if c.source == "posting_target_share" and c.data_share is not None:
        return f" ({_share_text(c.data_share, lang)})"
    return ""


def _share_text(share: float, lang: str) -> str:
    return t("export.share", lang, pct=format_number(share * 100, lang, 0))


def _change(ev: RegionEvaluation, u: UnitEvaluation, lang: str, none: str) -> str:
    """The change, or why it is not shown (the previous period is no fair base)."""
    why = change_withheld_text(u, ev.previous_period.title(lang), lang)
    return why if why is not None and u.change is None else _signed(u.change, lang, none)


def _signed(value: float | None, lang: str, none: str) -> str:
    if value is None:
        return none
    text = format_number(value, lang, 1)
    return text if value < 0 else ("±" + text if value == 0 else "+" + text)


def value_text(c: CriterionResult, criterion: Criterion, lang: str) -> Inline:
    """The measured value with its unit: '4,2%', '3,5 jam', '12 unggahan', '3 (skala 1–5)'."""
    if c.value is None:
        return Emph(t("evaluation.no_data", lang))
    if criterion.source == "manual" and criterion.scale is not None:
        return t(
            "evaluation.of_scale",
            lang,
            v=_num(c.value, lang),
            lo=_num(criterion.scale.min, lang),
            hi=_num(criterion.scale.max, lang),
        )
    return metric_text(c.source, c.value, lang)


def metric_text(source: str, value: float, lang: str, *, short: bool = False) -> str:
    """A value with its unit; `short` drops a needless ',0' (for targets)."""
    shown = _num(value, lang) if short else format_number(value, lang, 1)
    if source in PERCENT_METRICS:
        return f"{shown}%"
    if source in HOURS:
        return f"{shown} {t('evaluation.hours', lang)}"
    if source in ("posts", "counter_hoax_posts"):
        return f"{format_number(value, lang, 0)} {t('evaluation.posts_unit', lang)}"
    if source == "hoax_reports_handled":
        return f"{format_number(value, lang, 0)} {t('evaluation.reports_unit', lang)}"
    return format_number(value, lang, 0)


def _result_target(c: CriterionResult, criterion: Criterion, lang: str) -> str:
    """The registry's target, or the one of what stood in for its measure (the hoax register)."""
    if c.source != criterion.source and c.target is not None:
        sign = t("evaluation.at_least", lang)
        return f"{sign} {metric_text(c.source, c.target, lang, short=True)}"
    return target_text(criterion, lang)


def target_text(criterion: Criterion, lang: str) -> str:
    if criterion.source == "manual" and criterion.scale is not None:
        return t(
            "evaluation.scale",
            lang,
            lo=_num(criterion.scale.min, lang),
            hi=_num(criterion.scale.max, lang),
        )
    if criterion.target is not None:
        sign = (
            t("evaluation.at_least", lang)
            if criterion.target > criterion.zero
            else t("evaluation.at_most", lang)
        )
        return f"{sign} {metric_text(criterion.source, criterion.target, lang, short=True)}"
    bands = sorted(criterion.bands or [], key=lambda b: b.min)
    parts = [f"{_num(b.min, lang)} → {_num(b.score, lang)}" for b in bands]
    return f"{t('evaluation.bands', lang)}: " + "; ".join(parts)


def _score(value: float | None, lang: str) -> Inline:
    """A 0-100 score, always with its one decimal, so a column of them lines up (68,0 by 78,7)."""
    return Emph(t("evaluation.no_data", lang)) if value is None else format_number(value, lang, 1)


def _header(ev: RegionEvaluation, lang: str, unit: UnitEvaluation | None = None) -> list[Block]:
    """The period, how much of it the exports cover, and the rules a reader needs first."""
    p = ev.period
    span = (
        f"{format_date(p.start, lang, weekday=False)} – {format_date(p.end, lang, weekday=False)}"
    )
    out: list[Block] = [
        Paragraph(f"{t('evaluation.period', lang)}: {span} ({t('evaluation.local', lang)}).")
    ]
    if ev.nothing_covered:
        out.append(Paragraph(Strong(t("evaluation.covered_none", lang))))
    elif unit is not None and unit.covered_days == 0:
        out.append(Paragraph(Strong(t("export.cov.unit_none", lang))))
    elif unit is not None:
        text = coverage_text(unit, p.start, p.end, lang)
        if text is not None:
            out.append(Paragraph(Strong(t("export.cov.sentence", lang, covered=text))))
    else:
        partly = [
            f"{u.name}: {text}"
            for u in ev.upts
            if (text := coverage_text(u, p.start, p.end, lang)) is not None
        ]
        if partly:
            out += [Paragraph(Strong(t("evaluation.covered", lang))), Bullets(partly)]
    # the catalogue writes these two with their own emphasis (*tidak ada data*)
    out.append(Quote([Said("evaluation.no_data_rule", lang), Said("evaluation.er_def", lang)]))
    return out


def _headers(lang: str, *keys: str) -> list[Text]:
    return [t(key, lang) for key in keys]


def render_region(ev: RegionEvaluation, registry: Registry) -> str:
    """README.md: the league table and the region's picture."""
    lang = ev.language
    names = {c.id: localize(c.name, lang) for c in registry.criteria}
    title = f"{t('evaluation.title', lang)} — {ev.region} — {ev.period.title(lang)}"
    hoax = [
        localize(p.name, lang) for p in registry.pillars if p.id in counter_hoax_pillars(registry)
    ]
    public = [localize(p.name, lang) for p in registry.pillars if p.public_service]
    rules = t(
        "evaluation.rules", lang, hoax=", ".join(hoax) or "–", public=", ".join(public) or "–"
    )
    ordered = sorted(ev.upts, key=lambda u: (u.rank is None, u.rank or 0, -(u.coverage), u.id))
    sections = [
        Section(t("evaluation.league", lang), 1, [_league(ev, ordered, lang)]),
        Section(t("evaluation.distribution", lang), 1, [_distribution(ev, lang)]),
        Section(t("evaluation.matrix", lang), 1, _matrix(ordered, registry, names, lang)),
        Section(t("evaluation.thin", lang), 1, [_thin(ev, registry, names, lang)]),
        Section(t("evaluation.common", lang), 1, [_common(ev, names, lang)]),
        Section(
            t("evaluation.units_link", lang),
            1,
            [Bullets([Ref(u.name, f"{u.id}.md") for u in sorted(ev.upts, key=lambda u: u.id)])],
        ),
    ]
    return page(title, [*_header(ev, lang), Paragraph(rules)], sections, lang)


def _league(ev: RegionEvaluation, ordered: list[UnitEvaluation], lang: str) -> Table:
    headers = _headers(
        lang,
        "evaluation.rank",
        "evaluation.unit",
        "evaluation.score",
        "evaluation.grade",
        "evaluation.change",
        "evaluation.coverage",
    )
    no_prev = t("evaluation.no_previous", lang, label=ev.previous_period.title(lang))
    rows = [
        [
            str(u.rank) if u.rank is not None else "–",
            Ref(u.name, f"{u.id}.md"),
            _score(u.score, lang),
            u.grade or "–",
            _change(ev, u, lang, "–" if u.score is None else no_prev),
            f"{_num(u.coverage, lang)}%",
        ]
        for u in ordered
    ]
    return Table(headers, rows, (0, 2, 4, 5))


def _distribution(ev: RegionEvaluation, lang: str) -> Table:
    rows: list[list[Text]] = [[grade, str(n)] for grade, n in ev.grade_distribution.items()]
    unscored = sum(1 for u in ev.upts if u.score is None)
    if unscored:
        rows.append([t("evaluation.no_grade", lang), str(unscored)])
    return Table(_headers(lang, "evaluation.grade", "evaluation.units"), rows, (1,))


def _matrix(
    ordered: list[UnitEvaluation], registry: Registry, names: dict[str, str], lang: str
) -> list[Block]:
    """Every unit's points per criterion, the criterion's weight beside its name."""
    crits = registry.criteria
    headers: list[Text] = [t("evaluation.unit", lang)]
    headers += [f"{names[c.id]} ({_num(c.weight, lang)})" for c in crits]
    rows: list[list[Text]] = []
    for u in ordered:
        scores = {c.id: c.score for c in u.criteria}
        row: list[Text] = [u.name]
        row += [
            "–" if scores.get(c.id) is None else format_number(scores[c.id] or 0, lang, 1)
            for c in crits
        ]
        rows.append(row)
    numeric = tuple(range(1, len(crits) + 1))
    legend = Paragraph((Emph("–"), f" = {t('evaluation.no_data', lang)}"))
    return [Table(headers, rows, numeric), legend]


def _thin(ev: RegionEvaluation, registry: Registry, names: dict[str, str], lang: str) -> Block:
    """The units whose score rests on too little of the rubric to compare fairly."""
    thin = [u for u in ev.upts if u.coverage < ENOUGH_COVERAGE]
    if not thin:
        return Paragraph(t("evaluation.thin_none", lang, pct=_num(ENOUGH_COVERAGE, lang)))
    items: list[Text] = []
    for u in thin:
        if u.score is None:
            key = "thin_elsewhere" if has_stored_exports(registry, u) else "thin_nothing"
            items.append(t(f"evaluation.{key}", lang, name=u.name))
        else:
            missing = ", ".join(names[c] for c in u.no_data)
            coverage = _num(u.coverage, lang)
            items.append(
                t("evaluation.thin_item", lang, name=u.name, coverage=coverage, missing=missing)
            )
    return Bullets(items)


def _common(ev: RegionEvaluation, names: dict[str, str], lang: str) -> Block:
    if not ev.common_weaknesses:
        scored = any(u.score is not None for u in ev.upts)
        return Paragraph(
            t("evaluation.common_none" if scored else "evaluation.common_unscored", lang)
        )
    items: list[Text] = [
        t("evaluation.common_item", lang, name=names[cid], n=n) for cid, n in ev.common_weaknesses
    ]
    return Bullets(items, numbered=True)


def _post_table(posts: list[PostEvidence], lang: str) -> Table:
    headers = _headers(
        lang,
        "evaluation.date",
        "evaluation.platform",
        "evaluation.post",
        "evaluation.interactions",
        "evaluation.reach",
        "evaluation.er",
    )
    rows: list[list[Text]] = []
    for p in posts:
        day = format_date(dt.date.fromisoformat(p.date), lang, weekday=False)
        # a post's text comes from the platform: shown as written, never as markup
        words = p.text if one_line(p.text) else p.post_id
        text: Text = words
        # a javascript: or file: address from an export never becomes a clickable link
        if p.permalink and web_link(p.permalink):
            text = (words, " (", Link(t("evaluation.link", lang), p.permalink), ")")
        reach = "–" if p.reach is None else format_number(p.reach, lang)
        er = (
            "–"
            if p.engagement_rate_by_reach is None
            else f"{format_number(p.engagement_rate_by_reach, lang, 1)}%"
        )
        platform = PLATFORM_NAMES.get(p.platform, p.platform)
        interactions = format_number(p.interactions or 0, lang)
        rows.append([day, platform, text, interactions, reach, er])
    return Table(headers, rows, (3, 4, 5))


def _post_rows(posts: list[PostEvidence], lang: str) -> list[str]:
    """The posts' table as Markdown lines."""
    return table(_post_table(posts, lang))


def render_unit(
    ev: RegionEvaluation, u: UnitEvaluation, registry: Registry, ranked: int | None = None
) -> str:
    """<unit-id>.md: the scorecard, its evidence, strengths, weaknesses and what to do."""
    lang = ev.language
    title = f"{u.name} — {t('evaluation.title', lang)} {ev.period.title(lang)}"
    sections = [
        Section(t("evaluation.scorecard", lang), 1, [_scorecard(u, registry, lang)]),
        *_evidence(u, registry, lang),
        *_judgement(u, registry, lang),
    ]
    intro = [*_header(ev, lang, u), Paragraph(_summary(ev, u, lang, ranked))]
    return page(title, intro, sections, lang)


def _summary(ev: RegionEvaluation, u: UnitEvaluation, lang: str, ranked: int | None) -> Text:
    if u.score is None:
        return Said("evaluation.summary_none", lang)
    no_prev = t("evaluation.no_previous", lang, label=ev.previous_period.title(lang))
    values: dict[str, Text] = {
        "score": format_number(u.score, lang, 1),
        "grade": u.grade or "–",
        "rank": str(u.rank),
        "of": str(_ranked(ev) if ranked is None else ranked),
        "change": _change(ev, u, lang, no_prev),
        "coverage": _num(u.coverage, lang),
    }
    return Said("evaluation.summary_score", lang, values)


def _scorecard(u: UnitEvaluation, registry: Registry, lang: str) -> Table:
    crit = {c.id: c for c in registry.criteria}
    headers: list[Text] = [
        t("evaluation.criterion", lang),
        t("evaluation.measured", lang),
        t("evaluation.target", lang),
        f"{t('evaluation.points', lang)} (0–100)",
        t("evaluation.weight", lang),
    ]
    rows: list[list[Text]] = [
        [
            c.name,
            (value_text(c, crit[c.id], lang), _basis(u, c, lang)),
            _result_target(c, crit[c.id], lang),
            _score(c.score, lang),
            _num(c.weight, lang),
        ]
        for c in u.criteria
    ]
    return Table(headers, rows, (1, 3, 4))


def _evidence(u: UnitEvaluation, registry: Registry, lang: str) -> list[Section]:
    """'Bukti': what was measured, then reply times, best and weakest posts, assessors' notes."""
    e, m = u.evidence, u.metrics
    elsewhere = has_stored_exports(registry, u)
    posts_none = t("evaluation.posts_elsewhere" if elsewhere else "evaluation.posts_none", lang)
    sections = [Section(t("evaluation.evidence", lang), 1, [Bullets(_facts(u, posts_none, lang))])]
    sections += _response_times(u, registry, lang)
    for key, posts in (("best", e.best_posts), ("weakest", e.weakest_posts)):
        if posts:
            shown: list[Block] = [_post_table(posts, lang)]
            shown.append(Paragraph(Emph(Said("evaluation.er_def", lang))))
        else:
            nothing = t("evaluation.nothing_to_show", lang)
            shown = [Paragraph(nothing if m.posts is not None else posts_none)]
        sections.append(Section(t(f"evaluation.{key}", lang), 2, shown))
    names = {c.id: c.name for c in u.criteria}
    notes: Block = Paragraph(t("evaluation.notes_none", lang))
    if e.notes:
        notes = Bullets(
            [
                (
                    Strong(names[note.criterion]),
                    f" ({_num(note.score, lang)}; {note.assessor}): {note.evidence}",
                )
                for note in e.notes
            ]
        )
    sections.append(Section(t("evaluation.notes", lang), 2, [notes]))
    return sections


def _facts(u: UnitEvaluation, posts_none: str, lang: str) -> list[Text]:
    """One line each: posts, public messages, the plan, missing exports, hoaxes."""
    e, m = u.evidence, u.metrics
    facts: list[Text] = []
    if m.posts is None:
        facts.append(f"{t('evaluation.posts', lang)}: {posts_none}")
    else:
        split = ", ".join(
            f"{platform_name(p)} {format_number(n, lang)}"
            for p, n in (m.posts_by_platform or {}).items()
        )
        interactions = format_number(m.interactions or 0, lang)
        reach = "–" if m.reach is None else format_number(m.reach, lang)
        line = f"{t('evaluation.posts', lang)}: {format_number(m.posts, lang)}"
        line += f" ({split})" if split else ""
        # PUEBI: no capital after a semicolon; the labels head columns elsewhere, so lowered here
        line += f"; {t('evaluation.interactions', lang).lower()} {interactions}"
        line += f"; {t('evaluation.reach', lang).lower()} {reach}"
        facts.append(line)
    messages = t("evaluation.messages_none", lang)
    if e.has_message_data:
        messages = t(
            "evaluation.messages_line",
            lang,
            n=format_number(e.messages, lang),
            replied=format_number(e.replied_messages, lang),
            hoax=format_number(e.hoax_reports, lang),
        )
    facts.append(f"{t('evaluation.messages', lang)}: {messages}")
    plan = t("evaluation.plan_none", lang)
    if e.planned_slots:
        plan = t("evaluation.plan_line", lang, matched=e.matched_slots, planned=e.planned_slots)
    facts.append(f"{t('evaluation.plan', lang)}: {plan}")
    if e.missing_exports:
        missing = ", ".join(platform_name(p) for p in e.missing_exports)
        facts.append(f"{t('evaluation.missing_exports', lang)}: {missing}")
    if e.hoaxes:
        facts.append(f"{t('evaluation.hoaxes', lang)}: " + _hoax_line(u, lang))
    return facts


def _judgement(u: UnitEvaluation, registry: Registry, lang: str) -> list[Section]:
    """Strengths, weaknesses and the recommendations, each criterion by name."""
    names = {c.id: c.name for c in u.criteria}
    sections = []
    for key, ids in (("strengths", u.strengths), ("weaknesses", u.weaknesses)):
        block: Block = Paragraph(t("evaluation.none", lang))
        if ids:
            scores = {c.id: c.score for c in u.criteria}
            block = Bullets([(f"{names[cid]}: ", _score(scores[cid], lang)) for cid in ids])
        sections.append(Section(t(f"evaluation.{key}", lang), 1, [block]))
    advice: Block = Paragraph(t("evaluation.none", lang))
    if u.recommendations:
        advice = Bullets(
            [
                (
                    Strong(", ".join(names[c] for c in (r.criteria or [r.criterion]))),
                    " — ",
                    Code(advice_text(registry, r, lang)),
                )
                for r in u.recommendations
            ],
            numbered=True,
        )
    sections.append(Section(t("evaluation.recommendations", lang), 1, [advice]))
    return sections


def _hoax_line(u: UnitEvaluation, lang: str) -> str:
    """'3 hoaks, 2 diklarifikasi (median 5,5 jam; 66,7% dalam target); 4 laporan terkait'."""
    e, m = u.evidence, u.metrics
    median = m.median_hoax_clarification_hours
    share = m.hoax_clarified_within_target_share
    return t(
        "evaluation.hoaxes_line",
        lang,
        n=e.hoaxes,
        clarified=e.hoaxes_clarified,
        median=format_number(median, lang, 1) if median is not None else "–",
        share=format_number(share, lang, 1) if share is not None else "–",
        linked=e.hoax_reports_linked,
    )


def _response_times(u: UnitEvaluation, registry: Registry, lang: str) -> list[Section]:
    """Reply times per platform and per kind, in calendar and in office hours."""
    from ..i18n import deadline_text

    found = u.evidence.response_times
    if not found:
        return []
    target = registry.settings.response.answered_within
    within = deadline_text(target.within, target.unit, lang).split(" ", 2)[-1]
    headers: list[Text] = [
        t("evaluation.rt_group", lang),
        t("evaluation.messages", lang),
        t("evaluation.rt_replied", lang),
        t("evaluation.rt_median", lang),
        t("evaluation.rt_office", lang),
        t("evaluation.rt_within", lang, within=within),
        t("evaluation.rt_resolved", lang),
    ]

    def shown(v: float | None, unit: str = "") -> str:
        return "–" if v is None else format_number(v, lang, 1) + unit

    rows: list[list[Text]] = []
    for r in found:
        name = platform_name(r.key) if r.by == "platform" else t(f"response.kind.{r.key}", lang)
        rows.append(
            [
                name,
                str(r.messages),
                str(r.replied),
                shown(r.median_hours),
                shown(r.median_office_hours),
                shown(r.within_target_share, "%"),
                _resolution(r, lang),
            ]
        )
    blocks: list[Block] = [Table(headers, rows, (1, 2, 3, 4, 5, 6))]
    blocks.append(Paragraph(Emph(Said("evaluation.rt_def", lang))))
    return [Section(t("evaluation.response_times", lang), 2, blocks)]


def _resolution(r: ResponseTime, lang: str) -> str:
    """'2: 30,0 / 8,5' — cases closed, median hours / median office hours to closing."""
    if not r.resolved:
        return "–"
    hours = format_number(r.median_resolution_hours or 0, lang, 1)
    office = format_number(r.median_resolution_office_hours or 0, lang, 1)
    return f"{r.resolved}: {hours} / {office}"


def render_files(ev: RegionEvaluation, registry: Registry) -> dict[str, str]:
    """Every Markdown file of one evaluation, by file name, rendered in memory."""
    files = {"README.md": render_region(ev, registry)}
    ranked = _ranked(ev)  # once, not once a unit: units² at national scale
    for u in ev.upts:
        files[f"{u.id}.md"] = render_unit(ev, u, registry, ranked)
    return files


def _ranked(ev: RegionEvaluation) -> int:
    """How many units the evaluation ranked: the "of" in "rank 3 of 40"."""
    return sum(1 for x in ev.upts if x.rank is not None)
