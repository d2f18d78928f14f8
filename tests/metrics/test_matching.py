"""Matching a post's text to an idea by its keywords and hashtags."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smrt_cli.metrics.matching import Matcher
from smrt_cli.models import Idea
from smrt_cli.registry_file import load_registry
from tests.helpers import paths

MINIMAL = paths.MINIMAL


def idea(idea_id: str, pillar: str, match: list[str], hashtags: list[str] | None = None) -> Idea:
    return Idea.model_validate(
        {
            "id": idea_id,
            "title": idea_id,
            "pillar": pillar,
            "formats": ["photo"],
            "platforms": ["x"],
            "effort_hours": 1,
            "brief": "b",
            "match": match,
            "hashtags": hashtags or [],
        }
    )


IDEAS = [
    idea("buku", "layanan", ["buku pelaut"], ["#BukuPelaut"]),
    idea("merah", "layanan", ["buku pelaut merah", "nelayan"]),
    idea("cuaca", "keselamatan", ["cuaca", "bmkg"]),
    idea("tie", "humanis", ["bmkg", "cuaca"]),
]


def test_keyword_case_insensitive_and_whole_words() -> None:
    m = Matcher(IDEAS)
    assert m.match("Info CUACA hari ini") == ("cuaca", "keselamatan")
    assert m.match("Pencuacaan") == (None, None)
    assert m.match("") == (None, None)


def test_most_keywords_win_and_contained_phrases_count() -> None:
    m = Matcher(IDEAS)
    # "buku pelaut merah" also contains "buku pelaut"; "merah" has two keywords found.
    assert m.match("Buku Pelaut Merah gratis untuk nelayan") == ("merah", "layanan")
    # One keyword each: the longer, more specific phrase wins.
    assert m.match("Buku  pelaut\nmerah") == ("merah", "layanan")
    assert m.match("Urus buku pelaut #BukuPelaut") == ("buku", "layanan")


def test_ties_go_to_registry_order() -> None:
    assert Matcher(IDEAS).match("cuaca dan BMKG") == ("cuaca", "keselamatan")
    assert Matcher(list(reversed(IDEAS))).match("cuaca dan BMKG") == ("tie", "humanis")


def test_hashtag_is_a_whole_tag() -> None:
    m = Matcher(IDEAS)
    assert m.match("#bukupelaut!") == ("buku", "layanan")
    assert m.match("#BukuPelautGoesToCampus") == (None, None)


def test_registry_without_keywords_leaves_everything_unclassified() -> None:
    assert Matcher([idea("x", "p", [])]).match("apa saja") == (None, None)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_any_text_matches_an_idea_of_the_registry_or_none(text: str) -> None:
    registry = load_registry(MINIMAL)
    found = Matcher(registry.ideas).match(text)
    pairs = {(i.id, i.pillar) for i in registry.ideas}
    assert found == (None, None) or found in pairs


def test_hashtags_shared_across_pillars_do_not_classify() -> None:
    ideas = [
        idea("a", "layanan", [], ["#Hubla", "#BukuPelaut"]),
        idea("b", "keselamatan", ["cuaca"], ["#Hubla"]),
    ]
    m = Matcher(ideas)
    assert m.match("Selamat pagi #Hubla") == (None, None)
    assert m.match("Info #BukuPelaut #Hubla") == ("a", "layanan")
    assert m.match("Info cuaca #Hubla") == ("b", "keselamatan")


def test_sample_registry_generic_tags_leave_posts_unclassified() -> None:
    from smrt_cli.registry_file import BUNDLED_SAMPLE

    m = Matcher(load_registry(BUNDLED_SAMPLE).ideas)
    assert m.match("Selamat pagi dari kantor kami #HublaKemenhub #PerhubunganLaut") == (None, None)
    assert m.match("Cara mengurus buku pelaut #BukuPelaut #HublaKemenhub") == (
        "buku-pelaut-cara-mengurus",
        "layanan-publik",
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["buku", "pelaut", "merah", "cuaca", "BMKG", "nelayan", "dan", "\t", "é"]),
        max_size=12,
    )
)
def test_plain_words_match_as_the_word_pattern_does(words: list[str]) -> None:
    # Letters and spaces take the split() path; commas between the words, the regex.
    m = Matcher(IDEAS)
    assert m.match(" ".join(words)) == m.match(", ".join(words))


_REF_WORD = re.compile(r"\w+")
_REF_TAG = re.compile(r"#\w+")


def reference_match(ideas: list[Idea], text: str) -> tuple[str | None, str | None]:
    """The matcher's rule written the slow, obvious way: idea by idea, keyword by keyword.

    Kept as the reference the keyword-at-once Matcher must agree with on every text.
    """
    folded = text.casefold()
    tag_pillars: dict[str, set[str]] = {}
    for i in ideas:
        for tag in i.hashtags:
            tag_pillars.setdefault(tag.casefold().strip(), set()).add(i.pillar)
    best: tuple[int, int, int] | None = None
    for n, i in enumerate(ideas):
        telling = [t for t in i.hashtags if len(tag_pillars[t.casefold().strip()]) == 1]
        found: set[str] = set()
        for raw in (*i.match, *telling):
            key = raw.casefold().strip()
            if _REF_TAG.fullmatch(key):
                pattern = re.escape(key) + r"(?!\w)"
            else:
                words = _REF_WORD.findall(key)
                if not words:
                    continue
                key = " ".join(words)
                pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)"
            if re.search(pattern, folded):
                found.add(key)
        if found:
            rank = (-len(found), -sum(map(len, found)), n)
            best = rank if best is None or rank < best else best
    if best is None:
        return None, None
    return ideas[best[2]].id, ideas[best[2]].pillar


_VOCAB = ["buku", "pelaut", "merah", "cuaca", "BMKG", "nelayan", "Straße", "strasse", "kapal_1"]
_TAGS = ["#BukuPelaut", "#Hubla", "#cuaca", "#Kapal"]
_keyword = st.one_of(
    st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=3).map(" ".join),
    st.sampled_from(_TAGS),
)
_ideas = st.lists(
    st.tuples(
        st.sampled_from(["layanan", "keselamatan", "humanis"]),
        st.lists(_keyword, min_size=1, max_size=4),
        st.lists(st.sampled_from(_TAGS), max_size=2, unique=True),
    ),
    min_size=1,
    max_size=6,
).map(lambda specs: [idea(f"i{n}", p, m, h) for n, (p, m, h) in enumerate(specs)])
_word = st.sampled_from([*_VOCAB, *_VOCAB, *_TAGS, "dan", "#BukuPelautX", "ss"])
_texts = st.lists(
    # mostly keywords' words, so that most texts match something; now and then punctuation
    st.one_of(_word, _word, _word, st.text(alphabet="#_-.,!é ", max_size=3)),
    min_size=1,
    max_size=14,
).flatmap(lambda parts: st.sampled_from([" ", ", ", "", "\n", "-"]).map(lambda s: s.join(parts)))


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(_ideas, _texts)
def test_matcher_agrees_with_the_idea_by_idea_reference(ideas: list[Idea], text: str) -> None:
    assert Matcher(ideas).match(text) == reference_match(ideas, text)
