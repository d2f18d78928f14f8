"""Recognise which idea (and so which pillar) a published post carries out, by its words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Idea


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


class Matcher:
    """Compiled once per import: one scan of a post's text finds every keyword in it.

    An idea matches when any of its `match` keywords or hashtags appears as a whole word (or
    phrase); the idea with the most distinct keywords found wins; among equals the one whose
    keywords cover more text (the more specific phrase), then the one first in the registry.
    """

    def __init__(self, ideas: Sequence[Idea]) -> None:
        self._ideas: list[tuple[str, str]] = [(i.id, i.pillar) for i in ideas]
        owners: dict[str, set[int]] = {}
        for n, idea in enumerate(ideas):
            for keyword in (*idea.match, *idea.hashtags):
                key = _norm(keyword)
                if key:
                    owners.setdefault(key, set()).add(n)
        self._owners = owners
        # At one position the alternation takes the longest keyword; shorter ones that end
        # on a word boundary inside it ("buku pelaut" in "buku pelaut merah") are found too.
        self._inside: dict[str, list[str]] = {
            k: [
                p
                for p in owners
                if p != k and k.startswith(p) and not (k[len(p)].isalnum() or k[len(p)] == "_")
            ]
            for k in owners
        }
        if owners:
            alternatives = "|".join(re.escape(k) for k in sorted(owners, key=len, reverse=True))
            self._pattern: re.Pattern[str] | None = re.compile(
                rf"(?=(?<!\w)({alternatives})(?!\w))"
            )
        else:
            self._pattern = None

    def match(self, text: str) -> tuple[str | None, str | None]:
        """(idea id, pillar id) of the best-matching idea, or (None, None): unclassified."""
        if self._pattern is None or not text:
            return None, None
        found: set[str] = set()
        for m in self._pattern.finditer(_norm(text)):
            keyword = m.group(1)
            found.add(keyword)
            found.update(self._inside[keyword])
        if not found:
            return None, None
        scores: dict[int, tuple[int, int]] = {}
        for keyword in found:
            for n in self._owners[keyword]:
                hits, length = scores.get(n, (0, 0))
                scores[n] = (hits + 1, length + len(keyword))
        best = min(scores, key=lambda n: (-scores[n][0], -scores[n][1], n))
        return self._ideas[best]
