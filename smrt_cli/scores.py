"""The assessors' --scores YAML file: manual criterion scores, checked like the registry."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictFloat, ValidationError

from .errors import Problem, Text, TextError, UserError, msg
from .files import read_text
from .models import MAX_BYTES, MAX_TEXT, Registry, Slug, blank
from .periods import Period
from .yamlsource import YamlDoc, parse, problems_error, validation_problems

NonEmpty = Annotated[str, Field(min_length=1)]


def _said(value: str) -> str:
    if blank(value):
        raise TextError("message.scores.blank")
    return value


Said = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_said)]


class ScoreEntry(BaseModel):
    """One assessor's score of one manual criterion for one unit."""

    # no .nan or .inf: a NaN score compares false with everything and reaches the JSON as NaN
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    upt: Slug
    criterion: Slug
    # Strict: lax pydantic reads `true` as 1.0 and "3" as 3.0, so a yes/no or a quoted value
    # would become a score silently. Strict floats still take whole numbers such as 3.
    score: StrictFloat
    evidence: Said = Field(description="What the score rests on, in words.")
    assessor: Said


class ScoreFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    period: NonEmpty = Field(description="The period label, e.g. '2026-10' or '2026-Q4'.")
    scores: list[ScoreEntry]


def load_scores(path: Path, display: str, registry: Registry, period: Period) -> list[ScoreEntry]:
    """Read and check a --scores file; every problem is reported with FILE:LINE:COL."""
    doc = parse(read_text(path, display, MAX_BYTES), display)
    return scores_from_doc(doc, registry, period)


def scores_from_doc(doc: YamlDoc, registry: Registry, period: Period) -> list[ScoreEntry]:
    if not isinstance(doc.data, dict):
        raise UserError(doc.problem((), msg("message.scores.not_mapping")))
    try:
        parsed = ScoreFile.model_validate(doc.data)
    except ValidationError as exc:
        problems = validation_problems(doc, ScoreFile, exc)
        raise problems_error(problems, exc.error_count()) from None
    problems = list(_cross_check(parsed, doc, registry, period))
    if problems:
        raise problems_error(problems)
    return list(parsed.scores)


def _hint(value: str, known: list[str]) -> Text:
    close = difflib.get_close_matches(value, known, n=1)
    if close:
        return msg("message.did_you_mean", name=repr(close[0]))
    return msg("message.scores.known", names=", ".join(known))


def _cross_check(
    parsed: ScoreFile, doc: YamlDoc, registry: Registry, period: Period
) -> Iterator[Problem]:
    if parsed.period.strip() != period.label:
        yield doc.problem(
            ("period",),
            msg("message.scores.period", given=repr(parsed.period), period=repr(period.label)),
        )
    units = [u.id for u in registry.upts]
    criteria = {c.id: c for c in registry.criteria}
    seen: set[tuple[str, str]] = set()
    for i, entry in enumerate(parsed.scores):
        base = ("scores", i)
        if entry.upt not in units:
            yield doc.problem(
                (*base, "upt"),
                msg(
                    "message.scores.unknown_unit",
                    value=repr(entry.upt),
                    hint=_hint(entry.upt, units),
                ),
            )
        c = criteria.get(entry.criterion)
        if c is None:
            manual = [k for k, v in criteria.items() if v.source == "manual"]
            yield doc.problem(
                (*base, "criterion"),
                msg(
                    "message.scores.unknown_criterion",
                    value=repr(entry.criterion),
                    hint=_hint(entry.criterion, manual),
                ),
            )
            continue
        if c.source != "manual" or c.scale is None:
            manual = [k for k, v in criteria.items() if v.source == "manual"]
            yield doc.problem(
                (*base, "criterion"),
                msg(
                    "message.scores.not_manual",
                    value=repr(entry.criterion),
                    source=c.source,
                    manual=", ".join(manual) or msg("message.none"),
                ),
            )
            continue
        if not c.scale.min <= entry.score <= c.scale.max:
            yield doc.problem(
                (*base, "score"),
                msg(
                    "message.scores.off_scale",
                    score=f"{entry.score:g}",
                    criterion=repr(c.id),
                    low=f"{c.scale.min:g}",
                    high=f"{c.scale.max:g}",
                ),
            )
        key = (entry.upt, entry.criterion)
        if key in seen:
            yield doc.problem(
                base,
                msg("message.scores.twice", unit=repr(entry.upt), criterion=repr(entry.criterion)),
            )
        seen.add(key)
