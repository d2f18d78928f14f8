"""Markdown of an evaluation: the regional summary (README.md) and one scorecard per unit."""

from __future__ import annotations

import datetime as dt

from ..catalogue import t
from ..evaluation import (
    CriterionResult,
    PostEvidence,
    RegionEvaluation,
    ResponseTime,
    UptEvaluation,
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
from .markdown_text import escape, escape_keeping_code, link

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


def _basis(u: UptEvaluation, c: CriterionResult, lang: str) -> str:
    """' (a floor: ...)' after a follower growth counted from the follows posts brought."""
    floor = u.evidence.follower_growth_basis == "post_follows_floor"
    if c.source == "follower_growth" and c.value is not None and floor:
        return f" ({t('export.floor', lang)})"
    if c.source == "posting_target_share" and c.data_share is not None:
        return f" ({escape(_share_text(c.data_share, lang))})"
    return ""


def _share_text(share: float, lang: str) -> str:
    return t("export.share", lang, pct=format_number(share * 100, lang, 0))


def _change(ev: RegionEvaluation, u: UptEvaluation, lang: str, none: str) -> str:
    """The change, or why it is not shown (the previous period is no fair base)."""
    why = change_withheld_text(u, ev.previous_period.title(lang), lang)
    return escape(why) if why is not None and u.change is None else _signed(u.change, lang, none)


def _signed(value: float | None, lang: str, none: str) -> str:
    if value is None:
        return none
    text = format_number(value, lang, 1)
    return text if value < 0 else ("±" + text if value == 0 else "+" + text)


def value_text(c: CriterionResult, criterion: Criterion, lang: str) -> str:
    """The measured value with its unit: '4,2%', '3,5 jam', '12 unggahan', '3 (skala 1–5)'."""
    if c.value is None:
        return f"*{t('evaluation.no_data', lang)}*"
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


def _score(value: float | None, lang: str) -> str:
    """A 0-100 score, always with its one decimal, so a column of them lines up (68,0 by 78,7)."""
    return f"*{t('evaluation.no_data', lang)}*" if value is None else format_number(value, lang, 1)


def _header(
    ev: RegionEvaluation, lang: str, heading: str, unit: UptEvaluation | None = None
) -> list[str]:
    p = ev.period
    span = (
        f"{format_date(p.start, lang, weekday=False)} – {format_date(p.end, lang, weekday=False)}"
    )
    covered = []
    if ev.nothing_covered:
        covered = [f"**{t('evaluation.covered_none', lang)}**", ""]
    elif unit is not None and unit.covered_days == 0:
        covered = [f"**{t('export.cov.unit_none', lang)}**", ""]
    elif unit is not None:
        text = coverage_text(unit, p.start, p.end, lang)
        if text is not None:
            covered = [f"**{escape(t('export.cov.sentence', lang, covered=text))}**", ""]
    else:
        partly = [
            f"{escape(u.name)}: {escape(text)}"
            for u in ev.upts
            if (text := coverage_text(u, p.start, p.end, lang)) is not None
        ]
        if partly:
            covered = [
                f"**{t('evaluation.covered', lang)}**",
                "",
                *(f"- {line}" for line in partly),
                "",
            ]
    return [
        f"# {heading}",
        "",
        f"{t('evaluation.period', lang)}: {span} ({t('evaluation.local', lang)}).",
        "",
        *covered,
        f"> {t('evaluation.no_data_rule', lang)}",
        ">",
        f"> {t('evaluation.er_def', lang)}",
        "",
    ]


def render_region(ev: RegionEvaluation, registry: Registry) -> str:
    """README.md: the league table and the region's picture."""
    lang = ev.language
    names = {c.id: localize(c.name, lang) for c in registry.criteria}
    title = f"{t('evaluation.title', lang)} — {ev.region} — {ev.period.title(lang)}"
    out = _header(ev, lang, escape(title))
    hoax = [
        localize(p.name, lang) for p in registry.pillars if p.id in counter_hoax_pillars(registry)
    ]
    public = [localize(p.name, lang) for p in registry.pillars if p.public_service]
    out += [
        t(
            "evaluation.rules",
            lang,
            hoax=escape(", ".join(hoax)) or "–",
            public=escape(", ".join(public)) or "–",
        ),
        "",
    ]
    out += [f"## {t('evaluation.league', lang)}", ""]
    out.append(
        _header_row(
            lang,
            "evaluation.rank",
            "evaluation.unit",
            "evaluation.score",
            "evaluation.grade",
            "evaluation.change",
            "evaluation.coverage",
        )
    )
    out.append("|---:|---|---:|---|---:|---:|")
    no_prev = t("evaluation.no_previous", lang, label=ev.previous_period.title(lang))
    ordered = sorted(ev.upts, key=lambda u: (u.rank is None, u.rank or 0, -(u.coverage), u.id))
    for u in ordered:
        change = _change(ev, u, lang, "–" if u.score is None else no_prev)
        out.append(
            f"| {u.rank if u.rank is not None else '–'} | [{escape(u.name)}]({u.id}.md) "
            f"| {_score(u.score, lang)} | {escape(u.grade) if u.grade else '–'} | {change} "
            f"| {_num(u.coverage, lang)}% |"
        )
    out += [
        "",
        f"## {t('evaluation.distribution', lang)}",
        "",
        f"| {t('evaluation.grade', lang)} | {t('evaluation.units', lang)} |",
        "|---|---:|",
    ]
    for grade, n in ev.grade_distribution.items():
        out.append(f"| {escape(grade)} | {n} |")
    unscored = sum(1 for u in ev.upts if u.score is None)
    if unscored:
        out.append(f"| {t('evaluation.no_grade', lang)} | {unscored} |")
    out += ["", f"## {t('evaluation.matrix', lang)}", ""]
    crits = registry.criteria
    out.append(
        f"| {t('evaluation.unit', lang)} | "
        + " | ".join(f"{escape(names[c.id])} ({_num(c.weight, lang)})" for c in crits)
        + " |"
    )
    out.append("|---|" + "---:|" * len(crits))
    for u in ordered:
        scores = {c.id: c.score for c in u.criteria}
        row = " | ".join(
            "–" if scores.get(c.id) is None else format_number(scores[c.id] or 0, lang, 1)
            for c in crits
        )
        out.append(f"| {escape(u.name)} | {row} |")
    out.append("")
    out.append(f"*–* = {t('evaluation.no_data', lang)}")
    out += ["", f"## {t('evaluation.thin', lang)}", ""]
    thin = [u for u in ev.upts if u.coverage < ENOUGH_COVERAGE]
    if not thin:
        out.append(t("evaluation.thin_none", lang, pct=_num(ENOUGH_COVERAGE, lang)))
    for u in thin:
        if u.score is None:
            key = "thin_elsewhere" if has_stored_exports(registry, u) else "thin_nothing"
            out.append("- " + t(f"evaluation.{key}", lang, name=escape(u.name)))
        else:
            missing = escape(", ".join(names[c] for c in u.no_data))
            out.append(
                "- "
                + t(
                    "evaluation.thin_item",
                    lang,
                    name=escape(u.name),
                    coverage=_num(u.coverage, lang),
                    missing=missing,
                )
            )
    out += ["", f"## {t('evaluation.common', lang)}", ""]
    if not ev.common_weaknesses:
        scored = any(u.score is not None for u in ev.upts)
        out.append(t("evaluation.common_none" if scored else "evaluation.common_unscored", lang))
    for i, (cid, n) in enumerate(ev.common_weaknesses, 1):
        out.append(f"{i}. " + t("evaluation.common_item", lang, name=escape(names[cid]), n=n))
    out += ["", f"## {t('evaluation.units_link', lang)}", ""]
    for u in sorted(ev.upts, key=lambda u: u.id):
        out.append(f"- [{escape(u.name)}]({u.id}.md)")
    return "\n".join(out) + "\n"


def _header_row(lang: str, *keys: str) -> str:
    """A table's header line: '| Peringkat | Unit | … |'."""
    return "| " + " | ".join(t(key, lang) for key in keys) + " |"


def _post_rows(posts: list[PostEvidence], lang: str) -> list[str]:
    rows = [
        _header_row(
            lang,
            "evaluation.date",
            "evaluation.platform",
            "evaluation.post",
            "evaluation.interactions",
            "evaluation.reach",
            "evaluation.er",
        ),
        "|---|---|---|---:|---:|---:|",
    ]
    for p in posts:
        day = format_date(dt.date.fromisoformat(p.date), lang, weekday=False)
        # a post's text comes from the platform: shown as written, never as markup
        text = escape(p.text) or escape(p.post_id)
        # a javascript: or file: address from an export never becomes a clickable link
        if p.permalink and web_link(p.permalink):
            text = f"{text} ({link(t('evaluation.link', lang), p.permalink)})"
        reach = "–" if p.reach is None else format_number(p.reach, lang)
        er = (
            "–"
            if p.engagement_rate_by_reach is None
            else f"{format_number(p.engagement_rate_by_reach, lang, 1)}%"
        )
        rows.append(
            f"| {day} | {PLATFORM_NAMES.get(p.platform, escape(p.platform))} | {text} "
            f"| {format_number(p.interactions or 0, lang)} | {reach} | {er} |"
        )
    return rows


def render_unit(
    ev: RegionEvaluation, u: UptEvaluation, registry: Registry, ranked: int | None = None
) -> str:
    """<unit-id>.md: the scorecard, its evidence, strengths, weaknesses and what to do."""
    lang = ev.language
    crit = {c.id: c for c in registry.criteria}
    names = {c.id: c.name for c in u.criteria}
    out = _header(
        ev, lang, escape(f"{u.name} — {t('evaluation.title', lang)} {ev.period.title(lang)}"), u
    )
    if u.score is None:
        out.append(t("evaluation.summary_none", lang))
    else:
        no_prev = t("evaluation.no_previous", lang, label=ev.previous_period.title(lang))
        out.append(
            t(
                "evaluation.summary_score",
                lang,
                score=format_number(u.score, lang, 1),
                grade=escape(u.grade or "–"),
                rank=u.rank,
                of=_ranked(ev) if ranked is None else ranked,
                change=_change(ev, u, lang, no_prev),
                coverage=_num(u.coverage, lang),
            )
        )
    out += ["", f"## {t('evaluation.scorecard', lang)}", ""]
    out.append(
        f"| {t('evaluation.criterion', lang)} | {t('evaluation.measured', lang)} "
        f"| {t('evaluation.target', lang)} | {t('evaluation.points', lang)} (0–100) "
        f"| {t('evaluation.weight', lang)} |"
    )
    out.append("|---|---:|---|---:|---:|")
    for c in u.criteria:
        out.append(
            f"| {escape(c.name)} | {value_text(c, crit[c.id], lang)}{_basis(u, c, lang)} "
            f"| {escape(_result_target(c, crit[c.id], lang))} | {_score(c.score, lang)} "
            f"| {_num(c.weight, lang)} |"
        )
    out += ["", f"## {t('evaluation.evidence', lang)}", ""]
    e, m = u.evidence, u.metrics
    elsewhere = has_stored_exports(registry, u)
    posts_none = t("evaluation.posts_elsewhere" if elsewhere else "evaluation.posts_none", lang)
    if m.posts is None:
        out.append(f"- {t('evaluation.posts', lang)}: {posts_none}")
    else:
        split = ", ".join(
            f"{platform_name(p)} {format_number(n, lang)}"
            for p, n in (m.posts_by_platform or {}).items()
        )
        interactions = format_number(m.interactions or 0, lang)
        reach = "–" if m.reach is None else format_number(m.reach, lang)
        line = f"- {t('evaluation.posts', lang)}: {format_number(m.posts, lang)}"
        line += f" ({split})" if split else ""
        # PUEBI: no capital after a semicolon; the labels head columns elsewhere, so lowered here
        line += f"; {t('evaluation.interactions', lang).lower()} {interactions}"
        line += f"; {t('evaluation.reach', lang).lower()} {reach}"
        out.append(line)
    if e.has_message_data:
        out.append(
            f"- {t('evaluation.messages', lang)}: "
            + t(
                "evaluation.messages_line",
                lang,
                n=format_number(e.messages, lang),
                replied=format_number(e.replied_messages, lang),
                hoax=format_number(e.hoax_reports, lang),
            )
        )
    else:
        out.append(f"- {t('evaluation.messages', lang)}: {t('evaluation.messages_none', lang)}")
    if e.planned_slots:
        out.append(
            f"- {t('evaluation.plan', lang)}: "
            + t("evaluation.plan_line", lang, matched=e.matched_slots, planned=e.planned_slots)
        )
    else:
        out.append(f"- {t('evaluation.plan', lang)}: {t('evaluation.plan_none', lang)}")
    if e.missing_exports:
        missing = escape(", ".join(platform_name(p) for p in e.missing_exports))
        out.append(f"- {t('evaluation.missing_exports', lang)}: {missing}")
    if e.hoaxes:
        out.append(f"- {t('evaluation.hoaxes', lang)}: " + _hoax_line(u, lang))
    out += _response_times(u, registry, lang)
    for key, posts in (("best", e.best_posts), ("weakest", e.weakest_posts)):
        out += ["", f"### {t(f'evaluation.{key}', lang)}", ""]
        if posts:
            out += _post_rows(posts, lang)
            out += ["", f"*{t('evaluation.er_def', lang)}*"]
        else:
            out.append(t("evaluation.nothing_to_show", lang) if m.posts is not None else posts_none)
    out += ["", f"### {t('evaluation.notes', lang)}", ""]
    if not e.notes:
        out.append(t("evaluation.notes_none", lang))
    for note in e.notes:
        out.append(
            f"- **{escape(names[note.criterion])}** "
            f"({_num(note.score, lang)}; {escape(note.assessor)}): {escape(note.evidence)}"
        )
    for key, ids in (("strengths", u.strengths), ("weaknesses", u.weaknesses)):
        out += ["", f"## {t(f'evaluation.{key}', lang)}", ""]
        if not ids:
            out.append(t("evaluation.none", lang))
        for cid in ids:
            score = next(c.score for c in u.criteria if c.id == cid)
            out.append(f"- {escape(names[cid])}: {_score(score, lang)}")
    out += ["", f"## {t('evaluation.recommendations', lang)}", ""]
    if not u.recommendations:
        out.append(t("evaluation.none", lang))
    for i, r in enumerate(u.recommendations, 1):
        served = ", ".join(names[c] for c in (r.criteria or [r.criterion]))
        out.append(
            f"{i}. **{escape(served)}** — {escape_keeping_code(advice_text(registry, r, lang))}"
        )
    return "\n".join(out) + "\n"


def _hoax_line(u: UptEvaluation, lang: str) -> str:
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


def _response_times(u: UptEvaluation, registry: Registry, lang: str) -> list[str]:
    """Reply times per platform and per kind, in calendar and in office hours."""
    from ..catalogue import t
    from ..i18n import deadline_text

    rows = u.evidence.response_times
    if not rows:
        return []
    target = registry.settings.response.answered_within
    within = deadline_text(target.within, target.unit, lang).split(" ", 2)[-1]
    out = [
        "",
        f"### {t('evaluation.response_times', lang)}",
        "",
        f"| {t('evaluation.rt_group', lang)} | {t('evaluation.messages', lang)} "
        f"| {t('evaluation.rt_replied', lang)} | {t('evaluation.rt_median', lang)} "
        f"| {t('evaluation.rt_office', lang)} | {t('evaluation.rt_within', lang, within=within)} "
        f"| {t('evaluation.rt_resolved', lang)} |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        name = platform_name(r.key) if r.by == "platform" else t(f"response.kind.{r.key}", lang)

        def shown(v: float | None, unit: str = "") -> str:
            return "–" if v is None else format_number(v, lang, 1) + unit

        out.append(
            f"| {escape(name)} | {r.messages} | {r.replied} | {shown(r.median_hours)} "
            f"| {shown(r.median_office_hours)} | {shown(r.within_target_share, '%')} "
            f"| {_resolution(r, lang)} |"
        )
    out += ["", f"*{t('evaluation.rt_def', lang)}*"]
    return out


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
