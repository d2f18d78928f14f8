"""The assessors' --scores YAML file: manual criterion scores, checked like the registry."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictFloat, ValidationError

from .errors import Problem, UserError
from .files import read_text
from .models import MAX_BYTES, MAX_TEXT, Registry, Slug, blank
from .periods import Period
from .yamlsource import YamlDoc, parse, problems_error, validation_problems

NonEmpty = Annotated[str, Field(min_length=1)]


def _said(value: str) -> str:
    if blank(value):
        raise ValueError("the text is blank — write who scored, or what the score rests on")
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
        raise UserError(
            doc.problem(
                (),
                "a scores file is a mapping with `period:` and `scores:` "
                "(a list of {upt, criterion, score, evidence, assessor})",
            )
        )
    try:
        parsed = ScoreFile.model_validate(doc.data)
    except ValidationError as exc:
        problems = validation_problems(doc, ScoreFile, exc)
        raise problems_error(problems, exc.error_count()) from None
    problems = list(_cross_check(parsed, doc, registry, period))
    if problems:
        raise problems_error(problems)
    return list(parsed.scores)


def _hint(value: str, known: list[str]) -> str:
    close = difflib.get_close_matches(value, known, n=1)
    return f"did you mean {close[0]!r}?" if close else f"known: {', '.join(known)}"


def _cross_check(
    parsed: ScoreFile, doc: YamlDoc, registry: Registry, period: Period
) -> Iterator[Problem]:
    if parsed.period.strip() != period.label:
        yield doc.problem(
            ("period",),
            f"this file scores period {parsed.period!r} but the evaluation is for "
            f"{period.label!r} — use the scores file of that period or fix `period:`",
        )
    upts = [u.id for u in registry.upts]
    criteria = {c.id: c for c in registry.criteria}
    seen: set[tuple[str, str]] = set()
    for i, entry in enumerate(parsed.scores):
        base = ("scores", i)
        if entry.upt not in upts:
            yield doc.problem(
                (*base, "upt"), f"unknown unit {entry.upt!r} — {_hint(entry.upt, upts)}"
            )
        c = criteria.get(entry.criterion)
        if c is None:
            manual = [k for k, v in criteria.items() if v.source == "manual"]
            yield doc.problem(
                (*base, "criterion"),
                f"unknown criterion {entry.criterion!r} — {_hint(entry.criterion, manual)}",
            )
            continue
        if c.source != "manual" or c.scale is None:
            manual = [k for k, v in criteria.items() if v.source == "manual"]
            yield doc.problem(
                (*base, "criterion"),
                f"criterion {entry.criterion!r} is measured from {c.source}, not scored by "
                f"assessors — manual criteria: {', '.join(manual) or 'none'}",
            )
            continue
        if not c.scale.min <= entry.score <= c.scale.max:
            yield doc.problem(
                (*base, "score"),
                f"score {entry.score:g} is outside the scale of {c.id!r} "
                f"({c.scale.min:g}-{c.scale.max:g}) — give a score on that scale",
            )
        key = (entry.upt, entry.criterion)
        if key in seen:
            yield doc.problem(
                base,
                f"{entry.upt!r} already has a score for {entry.criterion!r} — "
                "keep one score per unit and criterion",
            )
        seen.add(key)
