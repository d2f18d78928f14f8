"""Markdown of an evaluation: the regional summary (README.md) and one scorecard per unit."""

from __future__ import annotations

import datetime as dt

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
    export_text,
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

LABELS = {
    "id": {
        "title": "Evaluasi SMRT",
        "period": "Periode",
        "local": "hari menurut waktu setempat tiap unit",
        "no_data": "tidak ada data",
        "covered": "Ekspor unit berikut tidak mencakup seluruh periode: target unggahan "
        "dihitung untuk hari yang tercakup saja, dan platform tanpa ekspor tidak dihitung "
        "(bukan nol).",
        "covered_none": "Belum ada ekspor yang mencakup periode ini: kriteria yang "
        "diukur dari unggahan tidak ada datanya (bukan nol).",
        "no_data_rule": "Kriteria tanpa data ditulis *tidak ada data* dan tidak dihitung; "
        "itu bukan nol. Nilai unit adalah rata-rata berbobot kriteria yang ada datanya, dan "
        "*cakupan* menyatakan berapa persen dari total bobot yang menjadi dasar nilai itu. "
        "Hanya hari yang dicakup ekspor yang dihitung, per unit dan per platform: platform "
        "tanpa ekspor untuk periode ini tidak punya data (targetnya tidak dihitung), dan unit "
        "yang ekspornya mencakup hari-hari itu tetapi tidak mengunggah mendapat 0 unggahan. "
        "Nilai dihitung dari angka yang ditampilkan (dibulatkan ke atas pada ,5; satu desimal).",
        "er_def": "Tingkat keterlibatan per jangkauan = interaksi ÷ jangkauan × 100 (hanya "
        "unggahan yang melaporkan jangkauan); per tayangan = interaksi ÷ tayangan atau impresi × "
        "100. Interaksi = reaksi/suka + komentar + bagikan + simpan.",
        "rules": "Unggahan kontra hoaks = unggahan pada pilar {hoax} (pilar yang id-nya memuat "
        "'hoaks' atau 'hoax'); konten layanan publik = pilar {public}. Pilar unggahan dikenali "
        "dari ide yang dijalankannya saat impor. Semua periode dihitung menurut hari setempat "
        "tiap unit.",
        "league": "Peringkat",
        "rank": "Peringkat",
        "unit": "Unit",
        "score": "Nilai",
        "grade": "Predikat",
        "change": "Perubahan",
        "coverage": "Cakupan",
        "no_previous": "belum ada evaluasi {label}",
        "distribution": "Sebaran predikat",
        "units": "Jumlah unit",
        "no_grade": "Tanpa nilai (tidak ada data)",
        "matrix": "Nilai per kriteria (0–100)",
        "thin": "Unit tanpa data yang cukup",
        "thin_none": "Semua unit punya data untuk sedikitnya {pct}% bobot.",
        "thin_item": "{name}: cakupan {coverage}% dari bobot; tanpa data: {missing}.",
        "thin_nothing": "{name}: tidak ada data sama sekali — belum bisa dinilai "
        "(bukan nilai nol).",
        "thin_elsewhere": "{name}: ekspor yang sudah diimpor tidak memuat data periode ini — "
        "belum bisa dinilai (bukan nilai nol).",
        "common": "Kelemahan paling umum di wilayah",
        "common_item": "{name} — lemah di {n} unit",
        "common_none": "Tidak ada kriteria yang lemah (semua nilai ≥ 70).",
        "common_unscored": "Belum ada unit yang dinilai, jadi belum ada kelemahan yang dapat "
        "disimpulkan.",
        "scorecard": "Kartu nilai",
        "criterion": "Kriteria",
        "measured": "Nilai terukur",
        "target": "Target",
        "weight": "Bobot",
        "points": "Skor",
        "summary_score": "**Nilai {score}** ({grade}) · peringkat {rank} dari {of} · "
        "perubahan {change} · cakupan {coverage}% dari total bobot",
        "summary_none": "**Tidak ada data** untuk periode ini: unit ini belum bisa dinilai dan "
        "tidak diberi peringkat. Data yang belum ada bukan nilai nol.",
        "evidence": "Bukti",
        "posts": "Unggahan",
        "posts_none": "tidak ada data (belum ada ekspor unggahan)",
        "posts_elsewhere": "tidak ada data (ekspor yang sudah diimpor tidak memuat periode ini)",
        "messages": "Pesan publik",
        "messages_line": "{n} pesan, {replied} dibalas; {hoax} laporan hoaks",
        "messages_none": "tidak ada data (belum ada catatan pesan)",
        "hoaxes": "Register hoaks",
        "hoaxes_line": "{n} hoaks, {clarified} diklarifikasi (median {median} jam; {share}% "
        "dalam target); {linked} laporan hoaks bertopik sama",
        "response_times": "Waktu tanggap per platform dan jenis pesan",
        "rt_group": "Platform / jenis",
        "rt_replied": "Dibalas",
        "rt_median": "Median (jam)",
        "rt_office": "Median (jam kerja)",
        "rt_within": "Dibalas dalam {within}",
        "rt_resolved": "Selesai: median jam / jam kerja",
        "rt_def": "Jam = jam kalender sejak pesan masuk sampai balasan pertama; jam kerja = "
        "hanya jam buka kantor (tanpa akhir pekan, libur nasional dan cuti bersama), dihitung "
        "sejak kantor buka. Kriteria median_first_reply_hours memakai jam kalender, "
        "median_first_reply_office_hours dan replied_within_target_share jam kerja.",
        "plan": "Rencana",
        "plan_line": "{matched} dari {planned} slot rencana terbit (platform sama, selisih "
        "paling lama sehari, cocok menurut ide atau pilar)",
        "plan_none": "tidak ada rencana mingguan untuk periode ini",
        "missing_exports": "Akun tanpa ekspor di basis data",
        "best": "Unggahan terbaik tiap platform (menurut interaksi)",
        "weakest": "Unggahan terlemah tiap platform (menurut interaksi)",
        "date": "Tanggal",
        "platform": "Platform",
        "post": "Unggahan",
        "interactions": "Interaksi",
        "reach": "Jangkauan",
        "er": "Keterlibatan per jangkauan",
        "link": "tautan",
        "notes": "Catatan asesor",
        "notes_none": "Tidak ada penilaian asesor untuk periode ini.",
        "strengths": "Kekuatan",
        "weaknesses": "Kelemahan",
        "none": "Tidak ada.",
        "recommendations": "Rekomendasi",
        "ideas": "ide",
        "scale": "skala {lo}–{hi}",
        "of_scale": "{v} (skala {lo}–{hi})",
        "hours": "jam",
        "posts_unit": "unggahan",
        "reports_unit": "laporan",
        "bands": "pita",
        "at_least": "≥",
        "at_most": "≤",
        "units_link": "Kartu nilai per unit",
        "nothing_to_show": "tidak ada unggahan dalam periode ini",
    },
    "en": {
        "title": "SMRT evaluation",
        "period": "Period",
        "local": "days in each unit's local time",
        "no_data": "no data",
        "covered": "These units' exports do not cover the whole period: the posting target "
        "counts the covered days only, and a platform without an export is left out (not a "
        "zero).",
        "covered_none": "No export covers this period: the criteria measured from "
        "posts have no data (not a zero).",
        "no_data_rule": "A criterion without data is written *no data* and left out; it is "
        "not a zero. A unit's score is the weighted mean of the criteria with data, and "
        "*coverage* says what percent of the total weight that score rests on. Only the days "
        "the exports cover count, per unit and platform: a platform without an export for this "
        "period has no data (its target is left out), and a unit whose exports cover those days "
        "but that posted nothing gets 0 posts. Scores use the values as shown (one decimal, "
        "half up).",
        "er_def": "Engagement rate by reach = engagements ÷ reach × 100 (only posts that report "
        "reach); by impressions = engagements ÷ views or impressions × 100. Engagements = "
        "reactions/likes + comments + shares + saves.",
        "rules": "Counter-hoax posts = posts in the pillar(s) {hoax} (pillars whose id contains "
        "'hoaks' or 'hoax'); public-service content = the pillars {public}. A post's pillar comes "
        "from the idea it was recognised as at import. Every period counts the unit's local "
        "days.",
        "league": "League table",
        "rank": "Rank",
        "unit": "Unit",
        "score": "Score",
        "grade": "Grade",
        "change": "Change",
        "coverage": "Coverage",
        "no_previous": "no evaluation of {label} yet",
        "distribution": "Grade distribution",
        "units": "Units",
        "no_grade": "No score (no data)",
        "matrix": "Scores by criterion (0–100)",
        "thin": "Units without enough data",
        "thin_none": "Every unit has data for at least {pct}% of the weight.",
        "thin_item": "{name}: coverage {coverage}% of the weight; no data: {missing}.",
        "thin_nothing": "{name}: no data at all — cannot be scored yet (not a zero score).",
        "thin_elsewhere": "{name}: its imported exports hold nothing of this period — cannot "
        "be scored yet (not a zero score).",
        "common": "The region's most common weaknesses",
        "common_item": "{name} — weak in {n} units",
        "common_none": "No criterion is weak (every score ≥ 70).",
        "common_unscored": "No unit has a score yet, so no weakness can be named.",
        "scorecard": "Scorecard",
        "criterion": "Criterion",
        "measured": "Measured value",
        "target": "Target",
        "weight": "Weight",
        "points": "Score",
        "summary_score": "**Score {score}** ({grade}) · rank {rank} of {of} · change {change} · "
        "coverage {coverage}% of the total weight",
        "summary_none": "**No data** for this period: this unit cannot be scored yet and has no "
        "rank. Missing data is not a zero score.",
        "evidence": "Evidence",
        "posts": "Posts",
        "posts_none": "no data (no post export yet)",
        "posts_elsewhere": "no data (the imported exports hold nothing of this period)",
        "messages": "Public messages",
        "messages_line": "{n} messages, {replied} answered; {hoax} hoax reports",
        "messages_none": "no data (no message log yet)",
        "hoaxes": "Hoax register",
        "hoaxes_line": "{n} hoaxes, {clarified} clarified (median {median} hours; {share}% "
        "within target); {linked} hoax reports on the same topic",
        "response_times": "Reply times per platform and kind of message",
        "rt_group": "Platform / kind",
        "rt_replied": "Replied",
        "rt_median": "Median (hours)",
        "rt_office": "Median (office hours)",
        "rt_within": "Replied within {within}",
        "rt_resolved": "Closed: median hours / office hours",
        "rt_def": "Hours = calendar hours from the message to the first reply; office hours = "
        "only while the office is open (no weekends, public holidays or joint leave), counted "
        "from opening. Criteria on median_first_reply_hours use calendar hours; "
        "median_first_reply_office_hours and replied_within_target_share use office hours.",
        "plan": "Plan",
        "plan_line": "{matched} of {planned} planned slots published (same platform, within a "
        "day, matched by idea or pillar)",
        "plan_none": "no weekly plan for this period",
        "missing_exports": "Accounts without any export in the database",
        "best": "Best post on each platform (by engagements)",
        "weakest": "Weakest post on each platform (by engagements)",
        "date": "Date",
        "platform": "Platform",
        "post": "Post",
        "interactions": "Engagements",
        "reach": "Reach",
        "er": "ER by reach",
        "link": "link",
        "notes": "Assessor's notes",
        "notes_none": "No assessor scores for this period.",
        "strengths": "Strengths",
        "weaknesses": "Weaknesses",
        "none": "None.",
        "recommendations": "Recommendations",
        "ideas": "ideas",
        "scale": "scale {lo}–{hi}",
        "of_scale": "{v} (scale {lo}–{hi})",
        "hours": "h",
        "posts_unit": "posts",
        "reports_unit": "reports",
        "bands": "bands",
        "at_least": "≥",
        "at_most": "≤",
        "units_link": "Scorecards per unit",
        "nothing_to_show": "no posts in this period",
    },
}


def _num(value: float, lang: str, decimals: int = 1) -> str:
    if float(value).is_integer() and decimals:
        return format_number(value, lang, 0)
    return format_number(value, lang, decimals)


def _basis(u: UptEvaluation, c: CriterionResult, lang: str) -> str:
    """' (a floor: ...)' after a follower growth counted from the follows posts brought."""
    floor = u.evidence.follower_growth_basis == "post_follows_floor"
    if c.source == "follower_growth" and c.value is not None and floor:
        return f" ({export_text('floor', lang)})"
    if c.source == "posting_target_share" and c.data_share is not None:
        return f" ({escape(_share_text(c.data_share, lang))})"
    return ""


def _share_text(share: float, lang: str) -> str:
    return export_text("share", lang, pct=format_number(share * 100, lang, 0))


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
    t = LABELS[_l(lang)]
    if c.value is None:
        return f"*{t['no_data']}*"
    if criterion.source == "manual" and criterion.scale is not None:
        return t["of_scale"].format(
            v=_num(c.value, lang),
            lo=_num(criterion.scale.min, lang),
            hi=_num(criterion.scale.max, lang),
        )
    return metric_text(c.source, c.value, lang)


def metric_text(source: str, value: float, lang: str, *, short: bool = False) -> str:
    """A value with its unit; `short` drops a needless ',0' (for targets)."""
    t = LABELS[_l(lang)]
    shown = _num(value, lang) if short else format_number(value, lang, 1)
    if source in PERCENT_METRICS:
        return f"{shown}%"
    if source in HOURS:
        return f"{shown} {t['hours']}"
    if source in ("posts", "counter_hoax_posts"):
        return f"{format_number(value, lang, 0)} {t['posts_unit']}"
    if source == "hoax_reports_handled":
        return f"{format_number(value, lang, 0)} {t['reports_unit']}"
    return format_number(value, lang, 0)


def _result_target(c: CriterionResult, criterion: Criterion, lang: str) -> str:
    """The registry's target, or the one of what stood in for its measure (the hoax register)."""
    if c.source != criterion.source and c.target is not None:
        sign = LABELS[_l(lang)]["at_least"]
        return f"{sign} {metric_text(c.source, c.target, lang, short=True)}"
    return target_text(criterion, lang)


def target_text(criterion: Criterion, lang: str) -> str:
    t = LABELS[_l(lang)]
    if criterion.source == "manual" and criterion.scale is not None:
        return t["scale"].format(
            lo=_num(criterion.scale.min, lang), hi=_num(criterion.scale.max, lang)
        )
    if criterion.target is not None:
        sign = t["at_least"] if criterion.target > criterion.zero else t["at_most"]
        return f"{sign} {metric_text(criterion.source, criterion.target, lang, short=True)}"
    bands = sorted(criterion.bands or [], key=lambda b: b.min)
    parts = [f"{_num(b.min, lang)} → {_num(b.score, lang)}" for b in bands]
    return f"{t['bands']}: " + "; ".join(parts)


def _score(value: float | None, lang: str) -> str:
    """A 0-100 score, always with its one decimal, so a column of them lines up (68,0 by 78,7)."""
    return f"*{LABELS[_l(lang)]['no_data']}*" if value is None else format_number(value, lang, 1)


def _l(lang: str) -> str:
    return "en" if lang == "en" else "id"


def _header(
    ev: RegionEvaluation, lang: str, heading: str, unit: UptEvaluation | None = None
) -> list[str]:
    t = LABELS[_l(lang)]
    p = ev.period
    span = (
        f"{format_date(p.start, lang, weekday=False)} – {format_date(p.end, lang, weekday=False)}"
    )
    covered = []
    if ev.nothing_covered:
        covered = [f"**{t['covered_none']}**", ""]
    elif unit is not None and unit.covered_days == 0:
        covered = [f"**{export_text('cov.unit_none', lang)}**", ""]
    elif unit is not None:
        text = coverage_text(unit, p.start, p.end, lang)
        if text is not None:
            covered = [f"**{escape(export_text('cov.sentence', lang, covered=text))}**", ""]
    else:
        partly = [
            f"{escape(u.name)}: {escape(text)}"
            for u in ev.upts
            if (text := coverage_text(u, p.start, p.end, lang)) is not None
        ]
        if partly:
            covered = [f"**{t['covered']}**", "", *(f"- {line}" for line in partly), ""]
    return [
        f"# {heading}",
        "",
        f"{t['period']}: {span} ({t['local']}).",
        "",
        *covered,
        f"> {t['no_data_rule']}",
        ">",
        f"> {t['er_def']}",
        "",
    ]


def render_region(ev: RegionEvaluation, registry: Registry) -> str:
    """README.md: the league table and the region's picture."""
    lang = ev.language
    t = LABELS[_l(lang)]
    names = {c.id: localize(c.name, lang) for c in registry.criteria}
    title = f"{t['title']} — {ev.region} — {ev.period.title(lang)}"
    out = _header(ev, lang, escape(title))
    hoax = [
        localize(p.name, lang) for p in registry.pillars if p.id in counter_hoax_pillars(registry)
    ]
    public = [localize(p.name, lang) for p in registry.pillars if p.public_service]
    out += [
        t["rules"].format(
            hoax=escape(", ".join(hoax)) or "–",
            public=escape(", ".join(public)) or "–",
        ),
        "",
    ]
    out += [f"## {t['league']}", ""]
    out.append(
        f"| {t['rank']} | {t['unit']} | {t['score']} | {t['grade']} | {t['change']} "
        f"| {t['coverage']} |"
    )
    out.append("|---:|---|---:|---|---:|---:|")
    no_prev = t["no_previous"].format(label=ev.previous_period.title(lang))
    ordered = sorted(ev.upts, key=lambda u: (u.rank is None, u.rank or 0, -(u.coverage), u.id))
    for u in ordered:
        change = _change(ev, u, lang, "–" if u.score is None else no_prev)
        out.append(
            f"| {u.rank if u.rank is not None else '–'} | [{escape(u.name)}]({u.id}.md) "
            f"| {_score(u.score, lang)} | {escape(u.grade) if u.grade else '–'} | {change} "
            f"| {_num(u.coverage, lang)}% |"
        )
    out += ["", f"## {t['distribution']}", "", f"| {t['grade']} | {t['units']} |", "|---|---:|"]
    for grade, n in ev.grade_distribution.items():
        out.append(f"| {escape(grade)} | {n} |")
    unscored = sum(1 for u in ev.upts if u.score is None)
    if unscored:
        out.append(f"| {t['no_grade']} | {unscored} |")
    out += ["", f"## {t['matrix']}", ""]
    crits = registry.criteria
    out.append(
        f"| {t['unit']} | "
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
    out.append(f"*–* = {t['no_data']}")
    out += ["", f"## {t['thin']}", ""]
    thin = [u for u in ev.upts if u.coverage < ENOUGH_COVERAGE]
    if not thin:
        out.append(t["thin_none"].format(pct=_num(ENOUGH_COVERAGE, lang)))
    for u in thin:
        if u.score is None:
            key = "thin_elsewhere" if has_stored_exports(registry, u) else "thin_nothing"
            out.append("- " + t[key].format(name=escape(u.name)))
        else:
            missing = escape(", ".join(names[c] for c in u.no_data))
            out.append(
                "- "
                + t["thin_item"].format(
                    name=escape(u.name), coverage=_num(u.coverage, lang), missing=missing
                )
            )
    out += ["", f"## {t['common']}", ""]
    if not ev.common_weaknesses:
        scored = any(u.score is not None for u in ev.upts)
        out.append(t["common_none" if scored else "common_unscored"])
    for i, (cid, n) in enumerate(ev.common_weaknesses, 1):
        out.append(f"{i}. " + t["common_item"].format(name=escape(names[cid]), n=n))
    out += ["", f"## {t['units_link']}", ""]
    for u in sorted(ev.upts, key=lambda u: u.id):
        out.append(f"- [{escape(u.name)}]({u.id}.md)")
    return "\n".join(out) + "\n"


def _post_rows(posts: list[PostEvidence], lang: str) -> list[str]:
    t = LABELS[_l(lang)]
    rows = [
        f"| {t['date']} | {t['platform']} | {t['post']} | {t['interactions']} | {t['reach']} "
        f"| {t['er']} |",
        "|---|---|---|---:|---:|---:|",
    ]
    for p in posts:
        day = format_date(dt.date.fromisoformat(p.date), lang, weekday=False)
        # a post's text comes from the platform: shown as written, never as markup
        text = escape(p.text) or escape(p.post_id)
        # a javascript: or file: address from an export never becomes a clickable link
        if p.permalink and web_link(p.permalink):
            text = f"{text} ({link(t['link'], p.permalink)})"
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
    t = LABELS[_l(lang)]
    crit = {c.id: c for c in registry.criteria}
    names = {c.id: c.name for c in u.criteria}
    out = _header(ev, lang, escape(f"{u.name} — {t['title']} {ev.period.title(lang)}"), u)
    if u.score is None:
        out.append(t["summary_none"])
    else:
        no_prev = t["no_previous"].format(label=ev.previous_period.title(lang))
        out.append(
            t["summary_score"].format(
                score=format_number(u.score, lang, 1),
                grade=escape(u.grade or "–"),
                rank=u.rank,
                of=_ranked(ev) if ranked is None else ranked,
                change=_change(ev, u, lang, no_prev),
                coverage=_num(u.coverage, lang),
            )
        )
    out += ["", f"## {t['scorecard']}", ""]
    out.append(
        f"| {t['criterion']} | {t['measured']} | {t['target']} | {t['points']} (0–100) "
        f"| {t['weight']} |"
    )
    out.append("|---|---:|---|---:|---:|")
    for c in u.criteria:
        out.append(
            f"| {escape(c.name)} | {value_text(c, crit[c.id], lang)}{_basis(u, c, lang)} "
            f"| {escape(_result_target(c, crit[c.id], lang))} | {_score(c.score, lang)} "
            f"| {_num(c.weight, lang)} |"
        )
    out += ["", f"## {t['evidence']}", ""]
    e, m = u.evidence, u.metrics
    posts_none = t["posts_elsewhere" if has_stored_exports(registry, u) else "posts_none"]
    if m.posts is None:
        out.append(f"- {t['posts']}: {posts_none}")
    else:
        split = ", ".join(
            f"{platform_name(p)} {format_number(n, lang)}"
            for p, n in (m.posts_by_platform or {}).items()
        )
        interactions = format_number(m.interactions or 0, lang)
        reach = "–" if m.reach is None else format_number(m.reach, lang)
        line = f"- {t['posts']}: {format_number(m.posts, lang)}"
        line += f" ({split})" if split else ""
        # PUEBI: no capital after a semicolon; the labels head columns elsewhere, so lowered here
        line += f"; {t['interactions'].lower()} {interactions}; {t['reach'].lower()} {reach}"
        out.append(line)
    if e.has_message_data:
        out.append(
            f"- {t['messages']}: "
            + t["messages_line"].format(
                n=format_number(e.messages, lang),
                replied=format_number(e.replied_messages, lang),
                hoax=format_number(e.hoax_reports, lang),
            )
        )
    else:
        out.append(f"- {t['messages']}: {t['messages_none']}")
    if e.planned_slots:
        out.append(
            f"- {t['plan']}: "
            + t["plan_line"].format(matched=e.matched_slots, planned=e.planned_slots)
        )
    else:
        out.append(f"- {t['plan']}: {t['plan_none']}")
    if e.missing_exports:
        missing = escape(", ".join(platform_name(p) for p in e.missing_exports))
        out.append(f"- {t['missing_exports']}: {missing}")
    if e.hoaxes:
        out.append(f"- {t['hoaxes']}: " + _hoax_line(u, lang))
    out += _response_times(u, registry, lang)
    for key, posts in (("best", e.best_posts), ("weakest", e.weakest_posts)):
        out += ["", f"### {t[key]}", ""]
        if posts:
            out += _post_rows(posts, lang)
            out += ["", f"*{t['er_def']}*"]
        else:
            out.append(t["nothing_to_show"] if m.posts is not None else posts_none)
    out += ["", f"### {t['notes']}", ""]
    if not e.notes:
        out.append(t["notes_none"])
    for note in e.notes:
        out.append(
            f"- **{escape(names[note.criterion])}** "
            f"({_num(note.score, lang)}; {escape(note.assessor)}): {escape(note.evidence)}"
        )
    for key, ids in (("strengths", u.strengths), ("weaknesses", u.weaknesses)):
        out += ["", f"## {t[key]}", ""]
        if not ids:
            out.append(t["none"])
        for cid in ids:
            score = next(c.score for c in u.criteria if c.id == cid)
            out.append(f"- {escape(names[cid])}: {_score(score, lang)}")
    out += ["", f"## {t['recommendations']}", ""]
    if not u.recommendations:
        out.append(t["none"])
    for i, r in enumerate(u.recommendations, 1):
        served = ", ".join(names[c] for c in (r.criteria or [r.criterion]))
        out.append(
            f"{i}. **{escape(served)}** — {escape_keeping_code(advice_text(registry, r, lang))}"
        )
    return "\n".join(out) + "\n"


def _hoax_line(u: UptEvaluation, lang: str) -> str:
    """'3 hoaks, 2 diklarifikasi (median 5,5 jam; 66,7% dalam target); 4 laporan terkait'."""
    t = LABELS[_l(lang)]
    e, m = u.evidence, u.metrics
    median = m.median_hoax_clarification_hours
    share = m.hoax_clarified_within_target_share
    return t["hoaxes_line"].format(
        n=e.hoaxes,
        clarified=e.hoaxes_clarified,
        median=format_number(median, lang, 1) if median is not None else "–",
        share=format_number(share, lang, 1) if share is not None else "–",
        linked=e.hoax_reports_linked,
    )


def _response_times(u: UptEvaluation, registry: Registry, lang: str) -> list[str]:
    """Reply times per platform and per kind, in calendar and in office hours."""
    from ..i18n import deadline_text, response_text

    rows = u.evidence.response_times
    if not rows:
        return []
    t = LABELS[_l(lang)]
    target = registry.settings.response.answered_within
    within = deadline_text(target.within, target.unit, lang).split(" ", 2)[-1]
    out = [
        "",
        f"### {t['response_times']}",
        "",
        f"| {t['rt_group']} | {t['messages']} | {t['rt_replied']} | {t['rt_median']} "
        f"| {t['rt_office']} | {t['rt_within'].format(within=within)} | {t['rt_resolved']} |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        name = platform_name(r.key) if r.by == "platform" else response_text(f"kind.{r.key}", lang)

        def shown(v: float | None, unit: str = "") -> str:
            return "–" if v is None else format_number(v, lang, 1) + unit

        out.append(
            f"| {escape(name)} | {r.messages} | {r.replied} | {shown(r.median_hours)} "
            f"| {shown(r.median_office_hours)} | {shown(r.within_target_share, '%')} "
            f"| {_resolution(r, lang)} |"
        )
    out += ["", f"*{t['rt_def']}*"]
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
