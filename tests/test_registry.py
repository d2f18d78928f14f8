"""Every class of bad registry input gives exit 2 and names the file, line and column."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from smrt_cli.registry_file import BUNDLED_SAMPLE, load_registry
from tests.helpers import paths
from tests.helpers.registry_data import MINIMAL, mutate, validate

FIXTURES = paths.FIXTURES
runner = CliRunner()


def test_minimal_registry_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "upt.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.stdout == (f"{path}: OK — 2 units, 3 ideas, 3 pillars, 2 criteria, 1 events\n")


def test_bundled_sample_is_valid() -> None:
    reg = load_registry(BUNDLED_SAMPLE)
    assert [u.id for u in reg.upts][:2] == ["disnav-bitung", "ksop-bitung"]
    assert len(reg.upts) == 10
    assert reg.settings.coordinator == "ksop-bitung"
    assert len(reg.ideas) >= 40
    assert len(reg.pillars) >= 6
    assert len(reg.criteria) >= 8
    assert sum(c.weight for c in reg.criteria) == pytest.approx(100)


def test_bundled_sample_points_editors_at_the_schema() -> None:
    first = BUNDLED_SAMPLE.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")


def test_repository_data_file_is_the_bundled_sample() -> None:
    repo_copy = Path(__file__).parents[1] / "data" / "upt.yaml"
    assert repo_copy.read_bytes() == BUNDLED_SAMPLE.read_bytes()


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # YAML syntax error: an unclosed flow sequence
        (
            '["09:00", "19:00"]',
            '["09:00", "19:00"',
            "upt.yaml:14:5: YAML syntax error",
        ),
        # duplicate key
        (
            "  region: Contoh\n",
            "  region: Contoh\n  region: Lain\n",
            "upt.yaml:5:3: settings: duplicate key 'region'",
        ),
        # unknown field with a suggestion
        (
            '    class: "II"\n    city: Bitung',
            '    class: "II"\n    city: Bitung\n    capabilitis: [photo]',
            "upt.yaml:29:5: upts[0].capabilitis: unknown field 'capabilitis' — did you mean 'capabilities'?",
        ),
        # wrong type
        (
            "    effort_hours: 1.5",
            "    effort_hours: lama",
            "upt.yaml:53:19: ideas[0].effort_hours:",
        ),
        # YAML 1.1: `no` is a boolean
        ("  language: id", "  language: no", "upt.yaml:6:13: settings.language: Input should be"),
        # YAML 1.1: 9:30 is a base-60 number
        (
            'instagram: ["09:00", "19:00"]',
            'instagram: [9:30, "19:00"]',
            'write it in quotes: "9:30"',
        ),
        # an id that is not a slug
        ("  - id: upp-b", "  - id: UPP B", "upt.yaml:36:9: upts[1].id: 'UPP B' is not a valid id"),
        # duplicate ids
        ("  - id: reel-staf", "  - id: cuaca", "upt.yaml:67:9: ideas[2].id: duplicate id 'cuaca'"),
        # dangling references: pillar, capability, event, coordinator
        (
            "    pillar: keselamatan",
            "    pillar: keselamatn",
            "upt.yaml:60:13: ideas[1].pillar: unknown pillar 'keselamatn' — did you mean 'keselamatan'?",
        ),
        (
            "    requires: [phone-video]",
            "    requires: [drone]",
            "upt.yaml:73:16: ideas[2].requires[0]: unknown capability 'drone' — define it under settings.capabilities first",
        ),
        (
            "    match: [buku pelaut]",
            "    match: [buku pelaut]\n    events: [hari-nusantar]",
            "upt.yaml:58:14: ideas[0].events[0]: unknown event 'hari-nusantar' — did you mean 'hari-nusantara'?",
        ),
        (
            "  coordinator: ksop-a",
            "  coordinator: ksop-x",
            "upt.yaml:5:16: settings.coordinator: unknown unit 'ksop-x' — did you mean 'ksop-a'?",
        ),
        # sums that must be 100
        (
            "    weight: 40",
            "    weight: 30",
            "upt.yaml:76:3: criteria: weights add up to 90, not 100",
        ),
        (
            "target_share: 20",
            "target_share: 25",
            "upt.yaml:20:3: pillars: target_share values add up to 105, not 100",
        ),
        # zero and negative hours
        (
            "hours_per_week: 2}",
            "hours_per_week: 0}",
            "upt.yaml:44:42: upts[1].team[0].hours_per_week: Input should be greater than 0",
        ),
        (
            "    effort_hours: 0.5",
            "    effort_hours: -1",
            "upt.yaml:63:19: ideas[1].effort_hours: Input should be greater than 0",
        ),
        # time zone
        (
            "  timezone: Asia/Makassar",
            "  timezone: Asia/Makasar",
            "upt.yaml:7:13: settings.timezone: unknown time zone",
        ),
        # missing field
        ("    city: Tahuna\n", "", "upt.yaml:36:5: upts[1]: required field 'city' is missing"),
        # a daily presence for something that is not a campaign
        (
            "      - {role: Operator, hours_per_week: 2}",
            "      - {role: Operator, hours_per_week: 2}\n"
            "    posting_policy: {daily_presence: [hari-nusantara]}",
            "upt.yaml:45:39: upts[1].posting_policy.daily_presence[0]: unknown campaign "
            "'hari-nusantara' — define it under events with kind: campaign first",
        ),
        # a member's capability the unit lacks, a member id twice
        (
            "      - {role: Operator, hours_per_week: 2}",
            "      - {role: Operator, hours_per_week: 2, capabilities: [design]}",
            "upt.yaml:44:60: upts[1].team[0].capabilities[0]: 'design' is not among the unit's "
            "capabilities — add it to the unit's `capabilities` too, or remove it here",
        ),
        (
            "      - {role: Operator, hours_per_week: 2}",
            "      - {id: op, role: Operator, hours_per_week: 2}\n"
            "      - {id: op, role: Editor, hours_per_week: 1}",
            "upt.yaml:45:14: upts[1].team[1].id: duplicate member id 'op'",
        ),
        (
            "      - {role: Operator, hours_per_week: 2}",
            "      - {role: Operator, hours_per_week: 2, days: [sunday, funday]}",
            "upt.yaml:44:60: upts[1].team[0].days[1]: Input should be",
        ),
    ],
)
def test_bad_input_names_file_line_and_column(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    code, err = validate(tmp_path, mutate(old, new))
    assert code == 2
    assert expected in err
    assert err.startswith("error: ")


def test_tab_in_indentation(tmp_path: Path) -> None:
    code, err = validate(tmp_path, mutate("  region: Contoh", "\tregion: Contoh"))
    assert code == 2
    assert "upt.yaml:4:1: tab character in the indentation" in err


def test_empty_file(tmp_path: Path) -> None:
    code, err = validate(tmp_path, "# nothing here\n")
    assert code == 2
    assert "upt.yaml:1:1: the file is empty" in err


def test_wrong_top_level_type(tmp_path: Path) -> None:
    code, err = validate(tmp_path, "- settings\n- upts\n")
    assert code == 2
    assert "upt.yaml:1:1: the registry must be a mapping" in err


def test_non_utf8_bytes(tmp_path: Path) -> None:
    code, err = validate(
        tmp_path, MINIMAL.replace("Contoh", "Cont\x00h").encode().replace(b"\x00", b"\xe9")
    )
    assert code == 2
    assert "upt.yaml:4:15: byte 0xe9 is not UTF-8" in err


def test_alias_bomb_fails_fast(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    started = time.process_time()
    code, err = validate(tmp_path, "\n".join(lines) + "\n")
    assert time.process_time() - started < 1.0
    assert code == 2
    assert "billion laughs" in err
    assert "upt.yaml:" in err


def test_many_problems_reported_in_one_run(tmp_path: Path) -> None:
    text = mutate("    weight: 40", "    weight: 30").replace("pillar: keselamatan", "pillar: x")
    code, err = validate(tmp_path, text)
    assert code == 2
    assert err.count("error: ") == 2


def test_missing_file() -> None:
    result = runner.invoke(app, ["validate", "no/such/upt.yaml"])
    assert result.exit_code == 2
    assert result.stderr == "error: no/such/upt.yaml: file not found — check the path\n"


def test_per_language_text_is_checked(tmp_path: Path) -> None:
    code, err = validate(
        tmp_path,
        mutate("{id: Cara mengurus buku pelaut, en:", "{id: Cara mengurus buku pelaut, fr:"),
    )
    assert code == 2
    assert "upt.yaml:49:12: ideas[0].title: unknown language 'fr'" in err


def test_aliases_sharing_a_team_are_fine(tmp_path: Path) -> None:
    text = mutate(
        "      - {role: Operator, hours_per_week: 6}",
        "      - &operator {role: Operator, hours_per_week: 6}",
    ).replace("      - {role: Operator, hours_per_week: 2}", "      - *operator")
    path = tmp_path / "upt.yaml"
    path.write_text(text, encoding="utf-8")
    reg = load_registry(path)
    assert reg.upts[1].capacity_hours == 6


def test_fast_and_located_paths_agree_on_a_cross_reference_error(tmp_path: Path) -> None:
    # the happy path parses without marks; a problem must still be located exactly
    code, err = validate(tmp_path, mutate("    pillar: keselamatan", "    pillar: nope"))
    assert code == 2
    assert err == (
        f"error: {tmp_path / 'upt.yaml'}:60:13: ideas[1].pillar: unknown pillar 'nope' — "
        "define it under pillars first\n"
    )


def test_a_validated_registry_is_cached_and_read_back_equal(tmp_path: Path) -> None:
    from smrt_cli.cache import cache_dir

    path = tmp_path / "upt.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    first = load_registry(path)
    cached = list((cache_dir() / "registry").glob("*.json"))
    assert len(cached) == 1
    assert load_registry(path) == first


def test_an_edited_registry_is_not_answered_from_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "upt.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    load_registry(path)
    path.write_text(mutate("    weight: 40", "    weight: 30"), encoding="utf-8")
    code, err = validate(tmp_path, path.read_text(encoding="utf-8"))
    assert code == 2
    assert "weights add up to 90" in err


def test_a_corrupt_cache_is_ignored(tmp_path: Path) -> None:
    from smrt_cli.cache import cache_dir

    path = tmp_path / "upt.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    expected = load_registry(path)
    for entry in (cache_dir() / "registry").glob("*.json"):
        key = entry.read_text(encoding="utf-8").partition("\n")[0]
        entry.write_text(key + "\n{not json", encoding="utf-8")
    assert load_registry(path) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("!foo x", "upt.yaml:4:11: 'x' with the tag !foo cannot be read"),
        (
            "!!python/object:os.system x",
            "upt.yaml:4:11: 'x' with the tag !!python/object:os.system",
        ),
        ("!!int x", "upt.yaml:4:11: 'x' with the tag !!int cannot be read"),
        ("!!timestamp 2026-99-99", "upt.yaml:4:11: '2026-99-99' with the tag !!timestamp"),
    ],
)
def test_tags_yaml_cannot_build_are_located(tmp_path: Path, value: str, expected: str) -> None:
    code, err = validate(tmp_path, mutate("  region: Contoh", f"  region: {value}"))
    assert code == 2
    assert expected in err


def test_control_character_is_located(tmp_path: Path) -> None:
    code, err = validate(tmp_path, mutate("  region: Contoh", "  region: Con\x07toh"))
    assert code == 2
    assert "upt.yaml:4:14: control characters are not allowed" in err


def test_a_key_that_is_not_text(tmp_path: Path) -> None:
    code, err = validate(
        tmp_path, mutate("  region: Contoh", "  ? [a, b]\n  : 1\n  region: Contoh")
    )
    assert code == 2
    assert "upt.yaml:4:5: a key must be plain text" in err


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # YAML 1.1 yes/on/true where a number belongs: not silently 1
        (
            "hours_per_week: 2}",
            "hours_per_week: yes}",
            "upt.yaml:44:42: upts[1].team[0].hours_per_week: Input should be a valid number — YAML reads yes as a yes/no value, not a number",
        ),
        (
            "    weight: 40",
            "    weight: on",
            "upt.yaml:84:13: criteria[1].weight: Input should be a valid number — YAML reads on as a yes/no value",
        ),
        (
            "targets: {instagram: 2}",
            "targets: {instagram: true}",
            "upt.yaml:46:26: upts[1].targets.instagram: Input should be a valid integer",
        ),
        # a misspelt platform key, and a misspelt field inside a per-platform mapping
        (
            "targets: {instagram: 2}",
            "targets: {instagam: 2}",
            "upt.yaml:46:15: upts[1].targets.instagam: unknown key 'instagam' — did you mean 'instagram'?",
        ),
        (
            "{handle: upp.b, followers: 300}",
            "{handle: upp.b, folowers: 300}",
            "upt.yaml:42:34: upts[1].accounts.instagram.folowers: unknown field 'folowers' — did you mean 'followers'?",
        ),
        # `no` for a text field, with the quoting hint, and 9:30 located
        (
            "  region: Contoh",
            "  region: no",
            'upt.yaml:4:11: settings.region: expected text: a string, or a map of languages such as {id: ..., en: ...} — YAML reads no unquoted as the yes/no value False; write it in quotes: "no"',
        ),
        (
            'instagram: ["09:00", "19:00"]',
            'instagram: [9:30, "19:00"]',
            'upt.yaml:13:17: settings.posting_times.instagram[0]: Input should be a valid string — YAML reads 9:30 unquoted as the number 570; write it in quotes: "9:30"',
        ),
        # Indonesian thousands points: 3.400 is 3.4 to YAML, 3.400.000 is text
        (
            "followers: 300}",
            "followers: 3.400}",
            "upt.yaml:42:45: upts[1].accounts.instagram.followers: YAML reads 3.400 as the decimal number 3.4, not 3400 — write 3400 without the thousands point",
        ),
        (
            "followers: 300}",
            "followers: 3.400.000}",
            "upt.yaml:42:45: upts[1].accounts.instagram.followers: Input should be a valid integer — write 3400000 without thousands points",
        ),
        # a bare hashtag is a YAML comment: in [ ] it swallows the bracket, as an item it empties it
        (
            '    hashtags: ["#BukuPelaut"]',
            "    hashtags: [#BukuPelaut]",
            "upt.yaml:56:16: '#' starts a comment in YAML, so the rest of the line is ignored — write the hashtag in quotes: \"#BukuPelaut\"",
        ),
        (
            '    hashtags: ["#BukuPelaut"]',
            "    hashtags:\n      - #BukuPelaut",
            "upt.yaml:57:8: ideas[0].hashtags[0]: Input should be a valid string — '#' starts a comment in YAML, so the rest of the line is ignored — write the hashtag in quotes: \"#BukuPelaut\"",
        ),
        # a quoted '#' is text: the bracket missing a line on is the mistake, not the hashtag
        (
            '    hashtags: ["#BukuPelaut"]\n    match: [buku pelaut]',
            '    hashtags: ["Ayo, #BukuPelaut"]\n    match: [buku pelaut',
            "upt.yaml:58:7: YAML syntax error:",
        ),
        (
            "    formats: [reel]",
            "    formats: [reels]",
            "upt.yaml:70:15: ideas[2].formats[0]: Input should be 'photo', 'carousel', 'reel', 'video', 'story', 'text', 'infographic' or 'live' — did you mean 'reel'?",
        ),
        (
            "  adaptation_hours: 0.25",
            "  adaptation_hours: .inf",
            "upt.yaml:15:21: settings.adaptation_hours: Input should be a finite number — .nan and .inf are not numbers a registry can use; write a number such as 2 or 1.5",
        ),
    ],
)
def test_yaml_surprises_and_misspelt_keys(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    code, err = validate(tmp_path, mutate(old, new))
    assert code == 2
    assert expected in err


def _national(units: int, ideas: int) -> str:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from gen_registry import registry_yaml

    return registry_yaml(units, ideas)


@pytest.mark.parametrize("which", ["sample", "minimal", "generated"])
def test_the_cache_rebuilds_the_registry_exactly_as_it_validated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    from smrt_cli import registry_file as registry

    texts = {
        "sample": lambda: BUNDLED_SAMPLE.read_text(encoding="utf-8"),
        "minimal": lambda: MINIMAL,
        "generated": lambda: _national(12, 30),
    }
    path = tmp_path / "upt.yaml"
    path.write_text(texts[which](), encoding="utf-8")
    validated = load_registry(path)
    rebuilt: list[object] = []
    real = registry.rebuild
    monkeypatch.setattr(registry, "rebuild", lambda *a: rebuilt.append(real(*a)) or rebuilt[-1])
    cached = load_registry(path)
    assert rebuilt == [cached]  # read back from the cache, not validated again
    assert cached == validated
    assert cached.model_dump_json(by_alias=True) == validated.model_dump_json(by_alias=True)
    assert [type(e.start) for e in cached.events] == [type(e.start) for e in validated.events]


def test_a_cache_entry_changed_after_it_was_written_is_validated_again(tmp_path: Path) -> None:
    # the entry is rebuilt unchecked, so its text must be the one written after validating
    from smrt_cli.cache import cache_dir

    path = tmp_path / "upt.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    expected = load_registry(path)
    (entry,) = (cache_dir() / "registry").glob("*.json")
    key, digest, data = entry.read_text(encoding="utf-8").split("\n", 2)
    assert '"hours_per_week":6.0' in data
    changed = data.replace('"hours_per_week":6.0', '"hours_per_week":-1.0')
    entry.write_text(f"{key}\n{digest}\n{changed}", encoding="utf-8")
    assert load_registry(path) == expected


def test_what_the_cache_cannot_rebuild_is_refused_not_guessed() -> None:
    import datetime as dt

    from pydantic import BaseModel, ConfigDict

    from smrt_cli.registry_file import rebuild

    class Later(BaseModel):
        at: dt.time

    class Open(BaseModel):
        model_config = ConfigDict(extra="allow")
        at: str

    with pytest.raises(TypeError, match="no way to rebuild"):
        rebuild(Later, {"at": "09:00:00"})
    with pytest.raises(TypeError, match="keeps more than its fields"):
        rebuild(Open, {"at": "09:00", "more": 1})


def test_the_cache_key_holds_the_registrys_bytes_and_the_pydantic_release(tmp_path: Path) -> None:
    # rebuild() sets the state pydantic keeps: an upgraded pydantic must not read old entries
    import hashlib

    import pydantic

    from smrt_cli.registry_file import _cache_entry

    path = tmp_path / "upt.yaml"
    digest, release, code = _cache_entry(path, MINIMAL).key.split("|")
    assert digest == hashlib.sha256(MINIMAL.encode()).hexdigest()
    assert release == pydantic.VERSION
    assert len(code) == 64
