"""Every message in the registry's language: no English left when it says `id`, and every
error, note and catalogue key accounted for (issue 17)."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.catalogue import CATALOGUE
from smrt_cli.cli import app
from tests.helpers import source

PACKAGE = source.PACKAGE
EXPORTS = Path(__file__).parent / "fixtures" / "exports"

# Words no Indonesian message has and nearly every English one does. Commands in backticks,
# paths and names from the files themselves are removed before looking (see _english).
ENGLISH = re.compile(
    r"\b(the|is|are|not|no|unknown|must|missing|cannot|write|wrote|should|with|for|and|of|"
    r"to|has|have|already|yet|run|import|planning|evaluating|note|warning|error|file)\b",
    re.IGNORECASE,
)


def _english(said: str, ws: Path) -> list[str]:
    """The English marker words in `said`, outside commands and the workspace's paths."""
    text = re.sub(r"`[^`]*`", "", said.replace(str(ws), ""))
    return ENGLISH.findall(text)


def _smrt(ws: Path, *args: str) -> tuple[int, str]:
    """The exit code and what was said: stderr, and stdout too (none of these runs puts data
    there, and `smrt validate` says its result there)."""
    result = CliRunner().invoke(
        app, ["--workspace", str(ws), *args], env={"SOURCE_DATE_EPOCH": "1796000000"}
    )
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout + result.stderr


@pytest.fixture
def indonesian(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A workspace with the bundled sample registry (language: id), asked for in Indonesian."""
    monkeypatch.setenv("SMRT_LANG", "id")
    assert _smrt(tmp_path, "init")[0] == 0
    return tmp_path


def test_a_good_run_speaks_indonesian_throughout(indonesian: Path) -> None:
    ws = indonesian
    fb = str(EXPORTS / "meta_facebook_2026-11.csv")
    runs = [
        ("validate",),
        ("plan", "week", "--week", "2026-W49"),
        ("metrics", "import", fb, "--upt", "ksop-bitung"),
        ("evaluate", "upt", "--period", "2026-11"),
        ("export", "report", "--period", "2026-11", "-o", str(ws / "r.md")),
        ("metrics", "coverage", "--period", "2026-11"),
        ("upt", "list"),
        ("metrics", "show", "--period", "2026-11"),
    ]
    for args in runs:
        code, said = _smrt(ws, *args)
        assert code == 0, (args, said)
        assert said.strip(), args  # each of them says something
        assert _english(said, ws) == [], (args, said)
    # the idea bank's titles are the registry's own words ("Goes to Campus"): its heads only
    heads = _smrt(ws, "ideas", "list")[1].splitlines()[1]
    assert [h.strip() for h in heads.split("┃")[1:-1]] == [
        "id",
        "judul",
        "pilar",
        "format",
        "platform",
        "jam",
    ]
    # the operator's hints are among what was said, in Indonesian
    said = _smrt(ws, "evaluate", "upt", "--period", "2026-11", "--force")[1]
    assert "catatan: disnav-bitung, ksop-bitung, " in said
    assert ": impor catatan pesan publik dengan `smrt metrics import`\n" in said


def _bad_inputs(ws: Path) -> list[tuple[tuple[str, ...], str]]:
    """Broken files of every kind smrt reads, each with the command that reads it."""
    (ws / "plans" / "2026-W49").mkdir(parents=True)
    (ws / "plans" / "2026-W49" / "plan.json").write_text('{"a": NaN}', encoding="utf-8")
    (ws / "evaluations" / "2026-11").mkdir(parents=True)
    (ws / "evaluations" / "2026-11" / "evaluation.json").write_bytes(b"{\xff}")
    (ws / "blank.yaml").write_text(
        "period: 2026-11\nscores:\n  - {upt: ksop-bitung, criterion: kreatifitas, score: 3, "
        'evidence: "  ", assessor: A}\n',
        encoding="utf-8",
    )
    counts = ws / "negative.csv"
    counts.write_text(
        "platform,post_id,published_at,upt,reach\n"
        "facebook,1,2026-11-30T09:00+08:00,ksop-bitung,-5\n",
        encoding="utf-8",
    )
    registry = (ws / "data" / "upt.yaml").read_text(encoding="utf-8")
    bad = registry.replace("timezone: Asia/Makassar", "timezone: Mars/Base", 1)
    bad = bad.replace("weight: 15", "weight: 16", 1)
    (ws / "bad.yaml").write_text(bad, encoding="utf-8")
    ideas = registry.replace("pillar: ", "pillar: x", 1)
    (ws / "ideas.yaml").write_text(ideas, encoding="utf-8")
    return [
        (("export", "calendar", "--week", "2026-W49", "-o", str(ws / "c.ics")), "NaN dan Infinity"),
        (("export", "report", "--period", "2026-11", "-o", str(ws / "r.md")), "bukan teks UTF-8"),
        (
            ("evaluate", "upt", "--period", "2026-11", "--scores", str(ws / "blank.yaml")),
            "teksnya kosong",
        ),
        (("metrics", "import", str(counts)), "bernilai negatif"),
        (("validate", str(ws / "bad.yaml")), "zona waktu 'Mars/Base' tidak dikenal"),
        (("validate", str(ws / "bad.yaml")), "jumlah bobot"),
        (("validate", str(ws / "ideas.yaml")), "pilar 'x"),
    ]


def test_a_refusal_speaks_indonesian_too(indonesian: Path) -> None:
    ws = indonesian
    for args, words in _bad_inputs(ws):
        code, said = _smrt(ws, *args)
        assert code == 2, (args, said)
        assert said.startswith(("kesalahan: ", "catatan: ")), (args, said)
        assert "kesalahan: " in said, (args, said)
        assert words in said, (args, said)
        assert _english(said, ws) == [], (args, said)


def test_a_store_that_is_a_folder_is_said_in_indonesian(indonesian: Path) -> None:
    (indonesian / "smrt.db").mkdir()
    code, said = _smrt(indonesian, "metrics", "import", str(EXPORTS / "canonical.csv"))
    assert (code, said) == (
        2,
        f"kesalahan: {indonesian / 'smrt.db'}: berupa folder, bukan penyimpanan metrik — "
        "pindahkan folder itu\n",
    )


# --- every message is built from the catalogue -------------------------------------------------

# Where a message is given, by the callable's name: which arguments are messages.
_MESSAGE_ARGS = {
    "UserError": None,  # every positional argument
    "WorkError": None,
    "Problem": 3,
    "problem": 1,  # YamlDoc.problem(path, message)
    "fail": 1,  # ReadContext.fail(line, message)
    "NotACount": 0,
    "note": 0,
    "busy": 0,
    "ValueError": 0,  # a validator's refusal reaches the person: TextError(key) instead
}
# Words in the code that never reach a person, with why.
_INTERNAL = {
    ("metrics/store.py", "ValueError"): "a naive datetime is a programming error, not an input's",
}


@functools.cache  # two tests read them: the package walked once
def _calls() -> tuple[tuple[str, int, str, ast.Call], ...]:
    found = []
    for path in source.modules():
        for node in source.nodes(path):
            if isinstance(node, ast.Call):
                func = node.func
                name = (
                    func.id
                    if isinstance(func, ast.Name)
                    else func.attr
                    if isinstance(func, ast.Attribute)
                    else ""
                )
                found.append((str(path.relative_to(PACKAGE)), node.lineno, name, node))
    return tuple(found)


def _words(node: ast.expr) -> bool:
    """Text written in the code: a literal, an f-string, or text joined to text."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and str(v.value).strip() for v in node.values)
    if isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    return False


def test_every_error_and_note_is_built_from_the_catalogue() -> None:
    offenders = []
    for where, line, name, call in _calls():
        if name not in _MESSAGE_ARGS or (where, name) in _INTERNAL:
            continue
        at = _MESSAGE_ARGS[name]
        args = call.args if at is None else call.args[at : at + 1]
        args = [*args, *(k.value for k in call.keywords if k.arg == "message")]
        # note(f"  {path}"): a path alone, indented under the line that names the folder
        offenders += [
            f"{where}:{line}: {name}({ast.unparse(a)[:60]})"
            for a in args
            if _words(a) and not (name == "note" and ast.unparse(a) == "f'  {path}'")
        ]
    assert offenders == []


def test_every_key_a_message_names_is_in_the_catalogue() -> None:
    missing = []
    for where, line, name, call in _calls():
        if name in ("msg", "TextError") and call.args:
            first = call.args[0]
            if isinstance(first, ast.Constant) and first.value not in CATALOGUE:
                missing.append(f"{where}:{line}: {first.value}")
            if isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
                prefix = str(first.values[0].value)
                if not any(key.startswith(prefix) for key in CATALOGUE):
                    missing.append(f"{where}:{line}: {prefix}…")
    assert missing == []


# Keys put together at run time, with where: a key under one of these prefixes counts as used.
DYNAMIC = {
    "advice.": "evaluation.advice_text: advice.<Recommendation.code>",
    "howto.": "evaluation.advice_text: howto.<platform>",
    "message.hint.": "evaluation.operator_hints: message.hint.<code>",
    "message.count.style.": "metrics/numbers.Style.label: message.count.style.<style>",
    "message.registry.unknown.": "registry._unknown: message.registry.unknown.<section>",
    "message.registry.reads.": "yamlsource: message.registry.reads.<what YAML read>",
    "message.pydantic.": "yamlsource.pydantic_message: message.pydantic.<error type>",
    "message.fix.": "yamlsource._fix: message.fix.<_FIXES value>",
    "message.prefix.": "errors.noted and cli: message.prefix.<note|warning|error>",
    "message.csv.before.": "metrics readers: message.csv.before.<time column>",
    "message.language.": "report.language_note: message.language.<id|en>",
    "message.evaluate.units.": "jobs/evaluate: message.evaluate.units.<one|many>",
    "message.evaluate.kept.": "jobs/evaluate: message.evaluate.kept.<one|many>",
    "message.export.stdout.": "cli/export: message.export.stdout.<format>",
    "plan.short.": "reason_texts.shortfall_reason: plan.short.<reason code>",
    "plan.reason.": "reason_texts.slot_reason: plan.reason.<reason code>",
    "plan.kind.": "render/plan_markdown: plan.kind.<event kind>",
    "response.unit.": "i18n: response.unit.<unit of time>",
    "response.kind.": "report, inbox: response.kind.<message kind>",
    "insight.basis.": "render/insights_markdown, whatsapp: insight.basis.<basis>",
    "insight.dimension.": "render/insights_markdown: insight.dimension.<dimension>",
    "insight.r.best.": "report_insights: r.best.<dimension> under the insight area",
    "message.table.": "cli tables: message.table.<column head>",
    # found by their English (cli/helptext.py); tests/cli/test_help_language.py checks each
    # is said by a command
    "help.": "cli/helptext: the help texts, looked up by the English beside each option",
}


def _literals() -> set[str]:
    found: set[str] = set()
    for path in source.modules():
        if path.name == "catalogue.py":
            continue
        for node in source.nodes(path):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def test_every_catalogue_key_is_used() -> None:
    # A module's own t() may add its area ('export.' + key): the key without its area counts.
    literals = _literals()
    unused = [
        key
        for key in CATALOGUE
        if key not in literals
        and key.split(".", 1)[1] not in literals
        and not any(key.startswith(prefix) for prefix in DYNAMIC)
    ]
    assert unused == []


def test_every_dynamic_prefix_still_has_keys() -> None:
    assert [p for p in DYNAMIC if not any(k.startswith(p) for k in CATALOGUE)] == []
