"""Recognise which idea (and so which pillar) a published post carries out, by its words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Idea

_WORD = re.compile(r"\w+")
_HASHTAG = re.compile(r"#\w+")
_MAX_CACHED = 100_000


class Matcher:
    """Compiled once per import; a post's text is split into words once and looked up.

    An idea matches when any of its `match` keywords or hashtags appears in the text as whole
    words (case and punctuation between words aside: "e-pas kecil" finds "E-Pas  Kecil") or,
    for a keyword written with #, as that exact hashtag. Hashtags that ideas of more than one
    pillar carry are ignored: they cannot tell what a post is about. The idea with the most
    distinct keywords found wins; among equals the one whose keywords are longer (the more
    specific phrase), then the one first in the registry.
    """

    def __init__(self, ideas: Sequence[Idea]) -> None:
        self._ideas: list[tuple[str, str]] = [(i.id, i.pillar) for i in ideas]
        # keyword -> (ideas that list it, its weight for the tie-break)
        self._owners: dict[str, set[int]] = {}
        self._hashtags: set[str] = set()
        self._words: set[str] = set()
        # first word -> (phrase, the phrase padded with spaces for a substring search)
        self._phrases: dict[str, list[tuple[str, str]]] = {}
        self._best: dict[frozenset[str], tuple[str | None, str | None]] = {}
        # Every word that is a keyword or starts a phrase: one lookup per word of a post.
        self._firsts: set[str] = set()
        self._starts: set[str] = set()
        # A hashtag on ideas of several pillars (#HublaKemenhub sits on nearly all of them)
        # says nothing about what a post is; the coordinator's `match` keywords always count.
        tag_pillars: dict[str, set[str]] = {}
        for idea in ideas:
            for tag in idea.hashtags:
                tag_pillars.setdefault(tag.casefold().strip(), set()).add(idea.pillar)
        for n, idea in enumerate(ideas):
            telling = [t for t in idea.hashtags if len(tag_pillars[t.casefold().strip()]) == 1]
            for raw in (*idea.match, *telling):
                folded = raw.casefold().strip()
                if _HASHTAG.fullmatch(folded):
                    key = folded
                    self._hashtags.add(key)
                else:
                    words = tuple(_WORD.findall(folded))
                    if not words:
                        continue
                    key = " ".join(words)
                    if len(words) == 1:
                        self._words.add(key)
                    else:
                        self._phrases.setdefault(words[0], []).append((key, f" {key} "))
                self._owners.setdefault(key, set()).add(n)
        self._starts = set(self._phrases)
        self._firsts = self._words | self._starts
        # first word -> its phrases grouped by their first two words (padded): "hari" starts
        # fifteen phrases, "buku" five that all go on "pelaut"; a pair not in the text rules
        # out its whole group with one substring test.
        self._pairs: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {}
        for first, items in self._phrases.items():
            groups: dict[str, list[tuple[str, str]]] = {}
            for key, padded in items:
                pair = " ".join(key.split(" ")[:2])
                groups.setdefault(f" {pair} ", []).append((key, padded))
            self._pairs[first] = list(groups.items())

    def match(self, text: str) -> tuple[str | None, str | None]:
        """(idea id, pillar id) of the best-matching idea, or (None, None): unclassified."""
        if not text or not self._owners:
            return None, None
        folded = text.casefold()
        words = folded.split()
        # The national-scale path: when every non-space character is a letter or digit, the
        # whitespace split is exactly the regex's words, at a fraction of its cost.
        if not "".join(words).isalnum():
            words = _WORD.findall(folded)
        # One pass over the words finds keywords and phrase starts alike; the sets it leaves
        # are small, so splitting them costs little.
        hits = self._firsts.intersection(words)
        found = hits & self._words
        if self._hashtags and "#" in folded:
            found |= self._hashtags.intersection(_HASHTAG.findall(folded))
        starts = hits & self._starts
        if starts:
            joined = f" {' '.join(words)} "
            pairs = self._pairs
            for first in starts:
                for pair, items in pairs[first]:
                    if pair in joined:
                        for key, padded in items:
                            if padded in joined:
                                found.add(key)
        if not found:
            return None, None
        # Posts of one campaign hit the same few keyword sets: score each set once.
        chosen = frozenset(found)
        best = self._best.get(chosen)
        if best is None:
            best = self._score(chosen)
            if len(self._best) >= _MAX_CACHED:
                self._best.clear()  # a bound, so memory stays flat however varied the texts
            self._best[chosen] = best
        return best

    def _score(self, found: frozenset[str]) -> tuple[str | None, str | None]:
        scores: dict[int, tuple[int, int]] = {}
        for keyword in found:
            for n in self._owners[keyword]:
                hits, length = scores.get(n, (0, 0))
                scores[n] = (hits + 1, length + len(keyword))
        best = min(scores, key=lambda n: (-scores[n][0], -scores[n][1], n))
        return self._ideas[best]
