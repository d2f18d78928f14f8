"""Scoring units against the registry's criteria: pure models in, result models out."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from contextlib import suppress
from typing import Any

from pydantic import Field, ValidationError, model_validator

from . import catalogue
from .catalogue import CATALOGUE
from .errors import Text, msg, noted
from .measured import (
    AssessorNote,
    Evidence,
    Metrics,
    PostEvidence,
    ResponseTime,
    Result,
    UnitMeasure,
    counter_hoax_pillars,
    half_up,
)
from .models import Criterion, Idea, Registry, Unit, localize
from .periods import Period
from .scores import ScoreEntry

__all__ = [
    "AssessorNote",
    "CriterionResult",
    "Evidence",
    "Metrics",
    "Period",
    "PostEvidence",
    "Recommendation",
    "RegionEvaluation",
    "ResponseTime",
    "UnitEvaluation",
    "UnitMeasure",
    "counter_hoax_pillars",
    "criterion_score",
    "evaluate",
    "half_up",
    "has_stored_exports",
    "recorded_scores",
]

# JSON numbers keep this many decimals so the same inputs always give the same bytes.
DECIMALS = 2
# A criterion scoring below this is a weakness; at or above STRONG a strength.
WEAK = 70.0
STRONG = 80.0
MAX_WEAKNESSES = 3
MAX_STRENGTHS = 3
# Which store table a metric comes from, to say which export is missing when it has no value.
POST_METRICS = frozenset(
    {
        "posts",
        "posting_target_share",
        "interactions",
        "reach",
        "engagement_rate_by_reach",
        "engagement_rate_by_impressions",
        "counter_hoax_posts",
        "format_variety",
        "public_service_share",
    }
)
MESSAGE_METRICS = frozenset(
    {
        "median_first_reply_hours",
        "median_first_reply_office_hours",
        "replied_within_24h_share",
        "replied_within_target_share",
        "hoax_reports_handled",
    }
)
HOAX_METRICS = frozenset({"hoax_clarified_within_target_share", "median_hoax_clarification_hours"})


def _r(value: float | None) -> float | None:
    return None if value is None else round(float(value), DECIMALS)


def _h(value: float | None) -> float | None:
    return None if value is None else half_up(value)


class CriterionResult(Result):
    id: str
    name: str = ""
    source: str = ""
    value: float | None = None
    score: float | None = None
    weight: float
    target: float | None = None
    zero: float | None = None
    # the part of the criterion with data, when not all (a posting target whose platforms
    # have no export in part): its weight counts this much in the score and the coverage
    data_share: float | None = None


class Recommendation(Result):
    criterion: str  # the first criterion this action serves
    # what to do, as a code and its values ({"target": 7}, {"platforms": ["x"]}): the sentence
    # is made when rendering, in the document's language (advice_text)
    code: str = ""
    values: dict[str, Any] = Field(default_factory=dict)
    # the sentence in the evaluation's language, for tools; the only content of an evaluation
    # made before codes, which renderers then show as it is
    text: str = ""
    idea_ids: list[str] = Field(default_factory=list)
    criteria: list[str] = Field(default_factory=list)  # every criterion it serves


class UnitEvaluation(Result):
    id: str
    name: str = ""
    score: float | None = None
    coverage: float = 0.0
    grade: str | None = None
    rank: int | None = None
    change: float | None = None
    previous_score: float | None = None
    # why the change is not shown though both periods have a score: "unrecorded" (the earlier
    # evaluation predates coverage), "thin" (it covered under half its days) or "platforms"
    change_withheld: str | None = None
    previous_covered_days: int | None = None
    previous_period_days: int | None = None
    previous_platforms: list[str] | None = None
    # the days of the period the unit's post exports cover (any platform), and on which
    # platforms; None in an evaluation made before coverage was recorded
    covered_days: int | None = None
    period_days: int | None = None
    covered_spans: list[tuple[dt.date, dt.date]] = Field(default_factory=list)
    covered_platforms: list[str] | None = None
    metrics: Metrics = Field(default_factory=Metrics)
    criteria: list[CriterionResult] = Field(default_factory=list)
    strengths: list[str] = Field(default_factory=list)  # criterion ids, best first
    weaknesses: list[str] = Field(default_factory=list)  # criterion ids, weakest first
    no_data: list[str] = Field(default_factory=list)  # criterion ids without data
    recommendations: list[Recommendation] = Field(default_factory=list)
    evidence: Evidence = Field(default_factory=Evidence)


class RegionEvaluation(Result):
    period: Period
    previous_period: Period
    language: str = ""  # empty only in a hand-written evaluation.json that leaves it out
    organisation: str = ""
    region: str = ""
    upts: list[UnitEvaluation]
    # grade name -> units, best grade first
    grade_distribution: dict[str, int] = Field(default_factory=dict)
    # (criterion id, units), most common first
    common_weaknesses: list[tuple[str, int]] = Field(default_factory=list)
    # No import covers any day of the period for any unit: the criteria measured from posts
    # have no data.
    nothing_covered: bool = False

    @model_validator(mode="before")
    @classmethod
    def _from_json_data(cls, data: Any) -> Any:
        """Read the json_data() document too, so evaluation.json keeps its bytes.

        It differs from a plain dump in two places: the previous period has no kind (it is
        always the period's own: Period.previous keeps it), and each common weakness is an
        object {criterion, units} rather than a pair.
        """
        if not isinstance(data, dict) or not isinstance(data.get("period"), dict):
            return data
        data = dict(data)
        period = data["period"]
        previous = data.get("previous_period")
        if isinstance(previous, dict) and "kind" not in previous:
            data["previous_period"] = {**previous, "kind": period.get("kind")}
        elif previous is None:
            # a hand-written file may leave it out; a bad period is reported by the validation
            with suppress(ValidationError):
                data["previous_period"] = Period.model_validate(period).previous()
        weaknesses = data.get("common_weaknesses")
        if isinstance(weaknesses, list):
            data["common_weaknesses"] = [
                (w.get("criterion"), w.get("units")) if isinstance(w, dict) else w
                for w in weaknesses
            ]
        return data

    def period_title(self) -> str:
        """'November 2026' in the evaluation's language, as evaluation.json's period.title."""
        return self.period.title(self.language) if self.language else self.period.label

    def json_data(self) -> dict[str, Any]:
        """The --json document (and evaluation.json): the issue's shape plus extra fields."""
        data = self.model_dump(mode="json")
        data["period"] = {
            "label": self.period.label,
            "start": self.period.start.isoformat(),
            "end": self.period.end.isoformat(),
            "kind": self.period.kind,
            "title": self.period.title(self.language),
        }
        data["previous_period"] = {
            "label": self.previous_period.label,
            "start": self.previous_period.start.isoformat(),
            "end": self.previous_period.end.isoformat(),
        }
        data["common_weaknesses"] = [
            {"criterion": c, "units": n} for c, n in self.common_weaknesses
        ]
        if not self.nothing_covered:
            del data["nothing_covered"]
        return data


def recorded_scores(
    evaluation: RegionEvaluation, registry: Registry
) -> tuple[list[ScoreEntry], list[tuple[str, str, str]]]:
    """The assessors' scores an evaluation recorded, as its --scores file gave them.

    Evaluating a period again (an export came late) without the scores file must not drop
    them and change a grade in silence. Scores the registry no longer takes come apart, as
    (unit, criterion, why), for the caller to say.
    """
    criteria = {c.id: c for c in registry.criteria}
    units = {u.id for u in registry.upts}
    kept: list[ScoreEntry] = []
    dropped: list[tuple[str, str, str]] = []
    for u in evaluation.upts:
        for n in u.evidence.notes:
            c = criteria.get(n.criterion)
            if u.id not in units:
                why = f"no unit {u.id!r}"
            elif c is None or c.source != "manual" or c.scale is None:
                why = f"{n.criterion!r} is not scored by assessors"
            elif not c.scale.min <= n.score <= c.scale.max:
                why = f"{n.score:g} on a scale of {c.scale.min:g}-{c.scale.max:g}"
            else:
                try:
                    kept.append(
                        ScoreEntry(
                            upt=u.id,
                            criterion=n.criterion,
                            score=n.score,
                            evidence=n.evidence,
                            assessor=n.assessor,
                        )
                    )
                    continue
                except ValidationError:
                    why = "not a valid score"
            dropped.append((u.id, n.criterion, why))
    return kept, dropped


def has_stored_exports(registry: Registry, unit: UnitEvaluation) -> bool:
    """Whether one of the unit's accounts has an export in the store, of whatever period.

    A unit with none of its data in the period but such an export has sent its exports, only
    not this period's: "no data at all" would send it for the wrong file. A unit no longer in
    the registry: no.
    """
    try:
        registered = registry.unit(unit.id)
    except KeyError:
        return False
    if any(p in registered.accounts for p in unit.evidence.exported_platforms):
        return True
    # an evaluation.json from before coverage was recorded: its missing exports were those
    # of any period
    return unit.covered_days is None and any(
        p not in unit.evidence.missing_exports for p in registered.accounts
    )


def criterion_score(criterion: Criterion, value: float | None) -> float | None:
    """Map a measured (or manual) value to 0-100 the way the registry says."""
    if value is None:
        return None
    if criterion.source == "manual":
        assert criterion.scale is not None
        low, high = criterion.scale.min, criterion.scale.max
        return _clamp((value - low) / (high - low) * 100)
    if criterion.target is not None:
        # linear from `zero` (0) to `target` (100); target < zero means lower is better
        return _clamp((value - criterion.zero) / (criterion.target - criterion.zero) * 100)
    assert criterion.bands is not None
    reached = [b for b in criterion.bands if b.min <= value]
    if not reached:
        return 0.0
    return float(max(reached, key=lambda b: b.min).score)


def _clamp(score: float) -> float:
    return min(100.0, max(0.0, score))


def weighted_score(results: Sequence[CriterionResult]) -> tuple[float | None, float]:
    """(score over the criteria with data, percent of the total weight with data).

    A criterion with data for a part only (data_share) weighs that part of its weight.
    """
    total = sum(c.weight for c in results)
    scored = [c for c in results if c.score is not None]
    weights = [c.weight * (1.0 if c.data_share is None else c.data_share) for c in scored]
    weight = sum(weights)
    if not scored or weight <= 0:
        return None, 0.0
    score = sum(w * (c.score or 0.0) for w, c in zip(weights, scored, strict=True)) / weight
    return score, (weight / total * 100 if total else 0.0)


# A previous period a change is shown against covers at least this share of its days.
COMPARABLE_SHARE = 0.5


def comparable(earlier: UnitEvaluation, now: UnitEvaluation) -> str | None:
    """Why `earlier` is no base for a change or a trend of `now`, or None when it is.

    It must have covered at least half its days, on the same platforms as `now`.
    """
    if earlier.covered_days is None or earlier.period_days is None:
        return "unrecorded"
    if earlier.covered_days < earlier.period_days * COMPARABLE_SHARE:
        return "thin"
    if sorted(earlier.covered_platforms or []) != sorted(now.covered_platforms or []):
        return "platforms"
    return None


def grade_for(registry: Registry, score: float | None, lang: str) -> str | None:
    if score is None:
        return None
    reached = [g for g in registry.settings.grades if g.min <= score]
    if not reached:
        return None
    return localize(max(reached, key=lambda g: g.min).name, lang)


def ranks(scores: Mapping[str, float | None]) -> dict[str, int]:
    """Competition ranking (1, 2, 2, 4) among units with a score."""
    ordered = sorted((s for s in scores.values() if s is not None), reverse=True)
    first: dict[float, int] = {}
    for i, s in enumerate(ordered, 1):
        first.setdefault(s, i)
    return {u: first[s] for u, s in scores.items() if s is not None}


def evaluate(
    registry: Registry,
    period: Period,
    previous_period: Period,
    measures: Mapping[str, UnitMeasure],
    manual: Sequence[ScoreEntry],
    previous: RegionEvaluation | None,
    unit_ids: Sequence[str],
    lang: str,
) -> RegionEvaluation:
    """Score the named units; ranks are among these units only.

    The change is against `previous` (the evaluation of `previous_period`) where that
    unit's coverage there is comparable, else it is withheld and says why.
    """
    by_unit: dict[str, dict[str, ScoreEntry]] = {}
    for entry in manual:
        by_unit.setdefault(entry.upt, {})[entry.criterion] = entry
    drafts: list[dict[str, Any]] = []
    for unit_id in unit_ids:
        registered = registry.unit(unit_id)
        measure = measures.get(unit_id, UnitMeasure())
        draft = _score_unit(registry, registered, measure, by_unit.get(unit_id, {}), lang)
        drafts.append({**draft, **_coverage_of(period, measure.evidence)})
    rank_of = ranks({d["id"]: d["score"] for d in drafts})
    earlier = {u.id: u for u in previous.upts} if previous is not None else {}
    results = []
    for d in drafts:
        unit = UnitEvaluation(
            **d, grade=grade_for(registry, d["score"], lang), rank=rank_of.get(d["id"])
        )
        before = earlier.get(d["id"])
        results.append(with_change(unit, before) if before is not None else unit)
    grades = sorted(registry.settings.grades, key=lambda g: -g.min)
    distribution = {localize(g.name, lang): 0 for g in grades}
    for r in results:
        if r.grade is not None:
            distribution[r.grade] += 1
    order = {c.id: i for i, c in enumerate(registry.criteria)}
    counts = Counter(w for r in results for w in r.weaknesses)
    common = sorted(counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))[:3]
    return RegionEvaluation(
        period=period,
        previous_period=previous_period,
        language=lang,
        organisation=localize(registry.settings.organisation, lang),
        region=localize(registry.settings.region, lang),
        upts=results,
        grade_distribution=distribution,
        common_weaknesses=common,
        nothing_covered=bool(results) and not any(r.covered_days for r in results),
    )


def with_change(unit: UnitEvaluation, before: UnitEvaluation) -> UnitEvaluation:
    """`unit` with its change against `before`, or the reason it is withheld."""
    if before.score is None or unit.score is None:
        return unit
    why = comparable(before, unit)
    return unit.model_copy(
        update={
            "previous_score": before.score,
            "change": half_up(unit.score - before.score) if why is None else None,
            "change_withheld": why,
            "previous_covered_days": before.covered_days,
            "previous_period_days": before.period_days,
            "previous_platforms": before.covered_platforms,
        }
    )


def _coverage_of(period: Period, evidence: Evidence) -> dict[str, Any]:
    """The days of the period a unit's post exports cover, on any of its platforms."""
    from .metrics.coverage import days, merge

    spans = merge(s for spans in evidence.covered.values() for s in spans)
    return {
        "covered_days": days(spans),
        "period_days": period.days,
        "covered_spans": spans,
        "covered_platforms": sorted(evidence.covered),
    }


def _from_register(c: Criterion, metrics: Metrics, lang: str) -> CriterionResult | None:
    """A counter-hoax criterion scored from the hoax register, when the unit has entries.

    The register says how fast hoaxes were clarified: that, not a count of posts, is the
    counter-hoax work, so the share clarified within the target is the score.
    """
    clarified = _h(metrics.hoax_clarified_within_target_share)
    if c.source != "counter_hoax_posts" or clarified is None:
        return None
    return CriterionResult(
        id=c.id,
        name=localize(c.name, lang),
        source="hoax_clarified_within_target_share",
        value=clarified,
        score=clarified,
        weight=c.weight,
        target=100,
        zero=0,
    )


def _score_unit(
    registry: Registry,
    unit: Unit,
    measure: UnitMeasure,
    manual: Mapping[str, ScoreEntry],
    lang: str,
) -> dict[str, Any]:
    criteria: list[CriterionResult] = []
    notes: list[AssessorNote] = []
    for c in registry.criteria:
        if c.source == "manual":
            entry = manual.get(c.id)
            value = entry.score if entry is not None else None
            if entry is not None:
                notes.append(
                    AssessorNote(
                        criterion=c.id,
                        score=entry.score,
                        evidence=entry.evidence,
                        assessor=entry.assessor,
                    )
                )
        else:
            value = measure.metrics.value(c.source)
        register = _from_register(c, measure.metrics, lang)
        if register is not None:
            criteria.append(register)
            continue
        # scored as shown: the value rounded as the scorecard prints it, and so the score
        value = _h(value)
        score = _h(criterion_score(c, value))
        share = measure.evidence.target_data_share
        partial = c.source == "posting_target_share" and share is not None and share < 1
        criteria.append(
            CriterionResult(
                id=c.id,
                name=localize(c.name, lang),
                source=c.source,
                value=value,
                score=score,
                weight=c.weight,
                target=c.target if c.source != "manual" else None,
                zero=c.zero if c.target is not None else None,
                data_share=_r(share) if partial and score is not None else None,
            )
        )
    score, coverage = weighted_score(criteria)
    scored = [c for c in criteria if c.score is not None]
    order = {c.id: i for i, c in enumerate(criteria)}
    weak = sorted(
        (c for c in scored if (c.score or 0.0) < WEAK),
        key=lambda c: (c.score, -c.weight, order[c.id]),
    )[:MAX_WEAKNESSES]
    strong = sorted(
        (c for c in scored if (c.score or 0.0) >= STRONG),
        key=lambda c: (-(c.score or 0.0), -c.weight, order[c.id]),
    )[:MAX_STRENGTHS]
    no_data = [c.id for c in criteria if c.score is None]
    evidence = measure.evidence.model_copy(update={"notes": notes})
    recs = recommendations(
        registry, unit, [c.id for c in weak], no_data, evidence, lang, measure.metrics.posts
    )
    return {
        "id": unit.id,
        "name": localize(unit.name, lang),
        "score": _h(score),
        "coverage": _h(coverage) or 0.0,
        "metrics": measure.metrics.rounded(),
        "criteria": criteria,
        "strengths": [c.id for c in strong],
        "weaknesses": [c.id for c in weak],
        "no_data": no_data,
        "recommendations": recs,
        "evidence": evidence,
    }


# ---- recommendations ---------------------------------------------------------------------------

VIDEO_FORMATS = frozenset({"reel", "video"})
INTERACTIVE_FORMATS = frozenset({"reel", "video", "carousel"})


def producible(registry: Registry, unit: Unit) -> list[Idea]:
    """Evergreen ideas this unit can make and post on a platform where it has an account.

    Ideas tied to an event, a season or the holidays are left out: advice read in June must
    not point at a Christmas post.
    """
    return [
        i
        for i in registry.ideas
        if unit.can_produce(i)
        and (not unit.accounts or set(i.platforms) & set(unit.accounts))
        and not i.events
        and i.season is None
        and not i.holidays
    ]


def _pick(ideas: Sequence[Idea], n: int = 2) -> list[Idea]:
    # lightest first: teams are small and equipment is limited
    return sorted(ideas, key=lambda i: (i.effort_hours, i.id))[:n]


# The codes an operator acts on, in the order their hints are said: each has its text, with
# the command to run, as message.hint.<code>; for stderr when evaluating, never in a scorecard
# or report (issue 17: the documents are for the meeting).
OPERATOR_HINTS = (
    "export",
    "no_posts",
    "no_messages",
    "no_hoaxes",
    "no_followers",
    "no_plan",
    "few_slots",
    "no_manual",
    "no_targets",
)


def operator_hints(units: Sequence[UnitEvaluation]) -> list[Text]:
    """'note: <units>: <what to run>' for each code an operator acts on, in a stable order."""
    by_code: dict[str, list[str]] = {}
    for u in units:
        for rec in u.recommendations:
            if rec.code in OPERATOR_HINTS and u.id not in by_code.setdefault(rec.code, []):
                by_code[rec.code].append(u.id)
    return [
        noted(msg("message.hint", units=", ".join(ids), hint=msg(f"message.hint.{code}")))
        for code in OPERATOR_HINTS
        if (ids := by_code.get(code))
    ]


def advice_text(
    registry: Registry, rec: Recommendation, lang: str, *, idea_ids: bool = True
) -> str:
    """The sentence for a recommendation in `lang`, made from its code and values.

    Ideas are named by their titles in `lang` (with their ids for the operator's scorecard
    unless `idea_ids` is False). An evaluation made before codes keeps its stored text.
    """
    if not rec.code:
        return rec.text
    values = {k: v for k, v in rec.values.items() if k != "platforms"}
    if platforms := rec.values.get("platforms"):
        values["howto"] = "; ".join(
            catalogue.t(f"howto.{p}", lang) for p in platforms if f"howto.{p}" in CATALOGUE
        )
    if criterion := rec.values.get("criterion"):
        named = [c for c in registry.criteria if c.id == criterion]
        values["name"] = localize(named[0].name, lang) if named else criterion
    if rec.idea_ids:
        titles = {i.id: i.title for i in registry.ideas}
        joiner = catalogue.t("advice.and", lang)
        values["ideas"] = joiner.join(
            f"“{localize(titles[i], lang) if i in titles else i}”" + (f" ({i})" if idea_ids else "")
            for i in rec.idea_ids
        )
    return catalogue.t(f"advice.{rec.code}", lang, **values)


def _rec(
    registry: Registry,
    lang: str,
    cid: str,
    code: str,
    values: Mapping[str, Any],
    ideas: Sequence[str] = (),
) -> Recommendation:
    rec = Recommendation(
        criterion=cid, code=code, values=dict(values), idea_ids=list(ideas), criteria=[cid]
    )
    return rec.model_copy(update={"text": advice_text(registry, rec, lang)})


def recommendations(
    registry: Registry,
    unit: Unit,
    weak: Sequence[str],
    no_data: Sequence[str],
    evidence: Evidence,
    lang: str,
    posts: int | None = None,
) -> list[Recommendation]:
    """One concrete action per weak criterion, then one per criterion without data."""
    criteria = {c.id: c for c in registry.criteria}
    ideas = producible(registry, unit)
    out: list[Recommendation] = []
    for cid in weak:
        out.append(_improve(registry, unit, criteria[cid], ideas, lang))
    missing = list(evidence.missing_exports)
    export: tuple[str, dict[str, Any]] | None = (
        ("export", {"platforms": missing}) if missing else None
    )
    same: dict[str, int] = {}
    for cid in no_data:
        code, values = _no_data_code(criteria[cid].source, evidence, posts, export)
        rec = _rec(registry, lang, cid, code, values)
        if rec.text in same:
            # one action for every criterion it fixes, not the same sentence again and again
            i = same[rec.text]
            out[i] = out[i].model_copy(update={"criteria": [*out[i].criteria, cid]})
            continue
        same[rec.text] = len(out)
        out.append(rec)
    if export and not any(r.code == "export" for r in out):
        # the scores rest on some platforms only: the others' exports are still to come
        # Named under a criterion those platforms feed: the posting target only when one of
        # them carries a target, else what every post counts in (engagement, reach, ...).
        targeted = any(n for p, n in unit.targets.items() if p in evidence.missing_exports)
        posting = [
            c.id
            for c in registry.criteria
            if c.source in POST_METRICS and (targeted or c.source != "posting_target_share")
        ]
        if posting:
            out.append(_rec(registry, lang, posting[0], *export))
    return out


def _no_data_code(
    source: str,
    evidence: Evidence,
    posts: int | None,
    export: tuple[str, dict[str, Any]] | None,
) -> tuple[str, dict[str, Any]]:
    """The action for a criterion without data, as a code and its values."""
    if source in POST_METRICS and export:
        return export
    if source in POST_METRICS:
        return _post_gap(source, evidence, posts), {}
    if source in MESSAGE_METRICS:
        return "no_messages", {}
    if source in HOAX_METRICS:
        return "no_hoaxes", {}
    if source == "follower_growth":
        return "no_followers", {}
    if source == "plan_adherence" and evidence.planned_slots and evidence.has_post_data:
        # the plan reaches too few days of the period to grade it on
        return "few_slots", {"n": evidence.planned_slots}
    if source == "plan_adherence" and evidence.planned_slots:
        # there was a plan; what is missing is the export to compare it with
        return export or ("no_posts", {})
    if source == "plan_adherence":
        return "no_plan", {}
    return "no_manual", {}


def _post_gap(source: str, evidence: Evidence, posts: int | None) -> str:
    """Why a post-based value is missing: no export, no posts, or a field the export lacks."""
    if not evidence.has_post_data or posts is None:
        return "no_posts"
    if source == "posting_target_share":
        return "no_targets"
    if posts == 0:
        return "no_posts_in_period"
    if source in ("engagement_rate_by_reach", "reach"):
        return "no_reach"
    if source == "engagement_rate_by_impressions":
        return "no_views"
    if source == "format_variety":
        return "no_format"
    return "no_classified"


def _improve(
    registry: Registry,
    unit: Unit,
    c: Criterion,
    ideas: Sequence[Idea],
    lang: str,
) -> Recommendation:
    source = c.source
    chosen: list[Idea] = []
    key: str
    extra: dict[str, Any] = {}
    if source in ("posts", "posting_target_share"):
        chosen, key = _pick(ideas), "posting"
        extra["target"] = sum(unit.targets.values())
    elif source in ("engagement_rate_by_reach", "engagement_rate_by_impressions", "interactions"):
        chosen = _pick([i for i in ideas if set(i.formats) & INTERACTIVE_FORMATS])
        key = "engagement"
    elif source in ("follower_growth", "reach"):
        chosen = _pick([i for i in ideas if set(i.formats) & VIDEO_FORMATS] or ideas)
        key = "growth"
    elif source in (
        "median_first_reply_hours",
        "median_first_reply_office_hours",
        "replied_within_24h_share",
        "replied_within_target_share",
    ):
        key = "response"
    elif source == "hoax_reports_handled":
        key = "hoax_handled"
    elif source in ("counter_hoax_posts", *HOAX_METRICS):
        hoax = counter_hoax_pillars(registry)
        chosen, key = _pick([i for i in ideas if i.pillar in hoax]), "counter_hoax"
    elif source == "format_variety":
        chosen = _pick([i for i in ideas if set(i.formats) & VIDEO_FORMATS])
        key = "variety"
    elif source == "public_service_share":
        public = {p.id for p in registry.pillars if p.public_service}
        chosen, key = _pick([i for i in ideas if i.pillar in public]), "public_service"
    elif source == "plan_adherence":
        key = "plan"
    else:
        key = "manual"
        extra["criterion"] = c.id
    if "{ideas}" in CATALOGUE[f"advice.{key}"]["id"] and not chosen:
        key += "_noideas"
    return _rec(registry, lang, c.id, key, extra, [i.id for i in chosen])
