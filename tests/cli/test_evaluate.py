"""`smrt evaluate upt` end to end: exact exit codes and messages, golden Markdown, stable bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from smrt_cli.cli import app
from smrt_cli.metrics.store import open_store
from tests.helpers import paths
from tests.helpers.cli import UPDATE_GOLDEN, parts, run
from tests.helpers.evaluation_data import (
    FIXTURES,
    REGION,
    batch,
    cover,
    post,
    region_store,
    write_plan,
)

GOLDEN = paths.GOLDEN / "eval-region"
SCORES = FIXTURES / "scores-2026-10.yaml"
runner = CliRunner()


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    region_store(tmp_path / "smrt.db")
    write_plan(tmp_path)
    return tmp_path


HINTS = (
    "note: upp-c: import the missing platforms' exports with `smrt metrics import`\n"
    "note: upp-b, upp-c, upp-d: import the public-message log with `smrt metrics import`\n"
    "note: upp-b, upp-c, upp-d: give the assessors' scores with `smrt evaluate upt --scores FILE`\n"
)


def test_writes_the_golden_markdown(ws: Path) -> None:
    code, out, err = parts(
        run(ws, "evaluate", "upt", "--period", "2026-10", "--scores", str(SCORES), data=REGION)
    )
    assert (code, out) == (0, "")
    folder = ws / "evaluations" / "2026-10"
    # what the operator runs to fill the gaps goes to stderr; the scorecards name no command
    assert err == HINTS + (f"wrote 6 files to {folder} (3 of 4 units scored)\n")
    assert not any("`smrt" in p.read_text(encoding="utf-8") for p in folder.glob("*.md"))
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "README.md",
        "evaluation.json",
        *(f"{u}.md" for u in ("ksop-a", "upp-b", "upp-c", "upp-d")),
    ]
    for name in names:
        if not name.endswith(".md"):
            continue
        got = (folder / name).read_text(encoding="utf-8")
        if UPDATE_GOLDEN:
            GOLDEN.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_text(got, encoding="utf-8")
        assert got == (GOLDEN / name).read_text(encoding="utf-8"), name


def test_no_data_is_said_in_words(ws: Path) -> None:
    run(ws, "evaluate", "upt", "--period", "2026-10", data=REGION)
    text = (ws / "evaluations" / "2026-10" / "upp-c.md").read_text(encoding="utf-8")
    assert "**Tidak ada data** untuk periode ini" in text
    assert "Unduh ekspor dari Meta Business Suite (Konten → Ekspor data) untuk Instagram" in text
    run(
        ws,
        "evaluate",
        "upt",
        "upp-c",
        "--period",
        "2026-10",
        "--lang",
        "en",
        "--out",
        str(ws / "en"),
        data=REGION,
    )
    english = (ws / "en" / "2026-10" / "upp-c.md").read_text(encoding="utf-8")
    assert "**No data** for this period" in english


def test_same_inputs_give_the_same_bytes(ws: Path) -> None:
    for out in ("one", "two"):
        code, _, _ = parts(
            run(
                ws,
                "evaluate",
                "upt",
                "--period",
                "2026-10",
                "--scores",
                str(SCORES),
                "--out",
                str(ws / out),
                data=REGION,
            )
        )
        assert code == 0
    one, two = ws / "one" / "2026-10", ws / "two" / "2026-10"
    for path in sorted(one.iterdir()):
        assert path.read_bytes() == (two / path.name).read_bytes(), path.name
    first = run(ws, "evaluate", "upt", "--period", "2026-10", "--json", data=REGION).stdout
    assert first == run(ws, "evaluate", "upt", "--period", "2026-10", "--json", data=REGION).stdout


def test_json_shape(ws: Path) -> None:
    code, out, _ = parts(
        run(
            ws,
            "evaluate",
            "upt",
            "ksop-a",
            "upp-c",
            "--period",
            "2026-10",
            "--scores",
            str(SCORES),
            "--json",
            data=REGION,
        )
    )
    assert code == 0
    data = json.loads(out)
    assert data["period"] == {
        "label": "2026-10",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "kind": "month",
        "title": "Oktober 2026",
    }
    a, c = data["upts"]
    assert (a["id"], a["score"], a["coverage"], a["grade"], a["rank"]) == (
        "ksop-a",
        59.0,
        100.0,
        "Cukup",
        1,
    )
    assert (c["id"], c["score"], c["coverage"], c["grade"], c["rank"]) == (
        "upp-c",
        None,
        0.0,
        None,
        None,
    )
    assert a["metrics"]["posts"] == 4
    assert a["criteria"][0] == {
        "id": "aktif",
        "name": "Ketercapaian target",
        "source": "posting_target_share",
        "value": 18.1,  # 18.06 %, scored as shown
        "score": 18.1,
        "weight": 20.0,
        "target": 100.0,
        "zero": 0.0,
        "data_share": None,  # every platform with a target has an export
    }
    assert set(a["recommendations"][0]) >= {"criterion", "text", "idea_ids"}
    assert not (ws / "evaluations").exists()  # --json writes no files


def test_change_against_the_previous_month(ws: Path) -> None:
    assert run(ws, "evaluate", "upt", "--period", "2026-09", data=REGION).exit_code == 0
    run(ws, "evaluate", "upt", "--period", "2026-10", "--scores", str(SCORES), data=REGION)
    data = json.loads((ws / "evaluations" / "2026-10" / "evaluation.json").read_text("utf-8"))
    # September: upp-b and upp-d posted one photo each (posts 1 of 2 x 30/7 target: 11.67)
    by_id = {u["id"]: u for u in data["upts"]}
    assert by_id["upp-b"]["previous_score"] is not None
    assert by_id["upp-b"]["change"] == round(0.0 - by_id["upp-b"]["previous_score"], 2)
    readme = (ws / "evaluations" / "2026-10" / "README.md").read_text(encoding="utf-8")
    assert "belum ada evaluasi" not in readme.split("| [UPP B]")[1].split("\n")[0]


def test_refuses_to_overwrite_without_force(ws: Path) -> None:
    assert run(ws, "evaluate", "upt", "--period", "2026-10", data=REGION).exit_code == 0
    code, _, err = parts(run(ws, "evaluate", "upt", "--period", "2026-10", data=REGION))
    readme = ws / "evaluations" / "2026-10" / "README.md"
    assert (code, err) == (
        2,
        f"error: {readme}: already exists — pass --force to replace this period's files\n",
    )
    assert run(ws, "evaluate", "upt", "--period", "2026-10", "--force", data=REGION).exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--period", "2026-13"],
            "--period: '2026-13' is not a month — write YYYY-MM with a month 01-12, e.g. 2026-10",
        ),
        (["ksop-z", "--period", "2026-10"], "unknown unit 'ksop-z' — did you mean 'ksop-a'?"),
        (
            [],
            "no periods given — name exactly one: --period 2026-10, --quarter 2026-Q4 or "
            "--from 2026-10-01 --to 2026-10-15",
        ),
        (
            ["--quarter", "2026-Q5"],
            "--quarter: '2026-Q5' is not a quarter — write YYYY-Qn with n 1-4, e.g. 2026-Q4",
        ),
        (
            ["--period", "2026-10", "--lang", "fr"],
            "--lang: 'fr' is not supported — use 'id' or 'en'",
        ),
        (["ksop-a", "--all", "--period", "2026-10"], "give unit ids or --all, not both"),
    ],
)
def test_bad_usage_is_exit_2(ws: Path, args: list[str], message: str) -> None:
    code, out, err = parts(run(ws, "evaluate", "upt", *args, data=REGION))
    assert (code, out, err) == (2, "", f"error: {message}\n")


def test_bad_scores_file_is_exit_2_with_file_and_line(ws: Path) -> None:
    bad = ws / "skor.yaml"
    bad.write_text(
        'period: "2026-10"\nscores:\n  - upt: ksop-a\n    criterion: pimpinan\n    score: 6\n'
        "    evidence: e\n    assessor: a\n",
        encoding="utf-8",
    )
    code, out, err = parts(
        run(ws, "evaluate", "upt", "--period", "2026-10", "--scores", str(bad), data=REGION)
    )
    assert (code, out) == (2, "")
    assert err == (
        f"error: {bad}:5:12: scores[0].score: score 6 is outside the scale of 'pimpinan' (1-5)"
        " — give a score on that scale\n"
    )
    assert not (ws / "evaluations").exists()


def test_without_a_store_every_unit_has_no_data(tmp_path: Path) -> None:
    code, out, err = parts(
        run(tmp_path, "evaluate", "upt", "--period", "2026-10", "--json", data=REGION)
    )
    assert code == 0
    assert (
        err == f"note: no metrics store at {tmp_path / 'smrt.db'}; every measured criterion is"
        " 'no data'\n"
    )
    assert [u["score"] for u in json.loads(out)["upts"]] == [None] * 4
    assert not (tmp_path / "smrt.db").exists()


def test_help_ends_with_an_example() -> None:
    for args in (["evaluate", "--help"], ["evaluate", "upt", "--help"]):
        result = runner.invoke(app, args, env={"COLUMNS": "200"})
        assert result.exit_code == 0
        assert "Example: smrt evaluate upt --period 2026-10" in result.stdout


def test_quarter_and_date_range_folders(ws: Path) -> None:
    assert run(ws, "evaluate", "upt", "--quarter", "2026-Q4", data=REGION).exit_code == 0
    code, _, err = parts(
        run(ws, "evaluate", "upt", "--from", "2026-10-01", "--to", "2026-10-15", data=REGION)
    )
    folder = ws / "evaluations" / "2026-10-01_2026-10-15"
    no_scores = HINTS.replace("upp-b, upp-c, upp-d: give", "ksop-a, upp-b, upp-c, upp-d: give")
    assert (code, err) == (0, no_scores + f"wrote 6 files to {folder} (3 of 4 units scored)\n")
    data = json.loads((folder / "evaluation.json").read_text(encoding="utf-8"))
    assert data["previous_period"] == {
        "label": "2026-09-16_2026-09-30",
        "start": "2026-09-16",
        "end": "2026-09-30",
    }
    quarter = json.loads(
        (ws / "evaluations" / "2026-Q4" / "evaluation.json").read_text(encoding="utf-8")
    )
    assert quarter["period"]["title"] == "Triwulan IV 2026"
    # p2 (1 November WITA) now counts: 5 posts for ksop-a
    assert quarter["upts"][0]["metrics"]["posts"] == 5


def test_pipes_and_line_breaks_stay_inside_their_table_cell() -> None:
    """The post text 'Cara | mengurus<newline>buku pelaut' is one cell, not two rows or columns."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse((GOLDEN / "ksop-a.md").read_text(encoding="utf-8"))
    cells = [
        tokens[i + 1].content
        for i, tok in enumerate(tokens)
        if tok.type == "td_open" and tokens[i + 1].type == "inline"
    ]
    link = "([tautan](https://example.org/instagram/p1))"
    assert f"Cara | mengurus buku pelaut {link}" in cells
    region = md.parse((GOLDEN / "README.md").read_text(encoding="utf-8"))
    assert region[1].content == "Evaluasi SMRT — Contoh \\| Utara — Oktober 2026"


def test_re_evaluating_one_unit_keeps_the_region_whole(ws: Path) -> None:
    # a late export for one unit: re-running for it must not shrink the region to one unit
    assert run(ws, "evaluate", "upt", "--period", "2026-10", data=REGION).exit_code == 0
    folder = ws / "evaluations" / "2026-10"
    before = sorted(p.name for p in folder.iterdir())
    code, _, _ = parts(
        run(ws, "evaluate", "upt", "upp-b", "--period", "2026-10", "--force", data=REGION)
    )
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == before
    data = json.loads((folder / "evaluation.json").read_text(encoding="utf-8"))
    assert [u["id"] for u in data["upts"]] == ["ksop-a", "upp-b", "upp-c", "upp-d"]
    code, out, _ = parts(
        run(ws, "evaluate", "upt", "upp-b", "--period", "2026-10", "--json", data=REGION)
    )
    shown = json.loads(out)["upts"]
    assert [u["id"] for u in shown] == ["upp-b"]
    region_rank = next(u["rank"] for u in data["upts"] if u["id"] == "upp-b")
    assert shown[0]["rank"] == region_rank


def test_registry_text_never_renders_as_html(ws: Path) -> None:
    from markdown_it import MarkdownIt

    source = REGION.read_text(encoding="utf-8")
    for old, new in (
        ("name: KSOP A", 'name: "<b>x</b> | y"'),
        ("name: Ketercapaian target", 'name: "<script>alert(1)</script>"'),
        ("region: Contoh | Utara", 'region: "Contoh & <i>Utara</i>"'),
    ):
        assert old in source
        source = source.replace(old, new)
    registry = ws / "upt.yaml"
    registry.write_text(source, encoding="utf-8")
    result = runner.invoke(
        app,
        ["--workspace", str(ws), "--data", str(registry), "evaluate", "upt", "--period", "2026-10"],
    )
    assert result.exit_code == 0, result.stderr
    md = MarkdownIt("commonmark").enable("table")
    shown = []
    for path in sorted((ws / "evaluations" / "2026-10").glob("*.md")):
        tokens = md.parse(path.read_text(encoding="utf-8"))
        assert not [t for t in tokens if t.type == "html_block"], path.name
        children = [c for t in tokens for c in t.children or []]
        assert not [c for c in children if c.type == "html_inline"], path.name
        shown += [c.content for c in children if c.type == "text"]
    text = " ".join(shown)
    for literal in ("<b>x</b> | y", "<script>alert(1)</script>", "Contoh & <i>Utara</i>"):
        assert literal in text, literal


def test_a_period_the_exports_do_not_cover_whole_is_counted_on_the_days_they_do(
    ws: Path,
) -> None:
    # ksop-a's exports cover 1 October - 1 November, upp-b's and upp-d's September to
    # November: the quarter is partly covered for each, and says so.
    code, _, err = parts(run(ws, "evaluate", "upt", "--quarter", "2026-Q4", data=REGION))
    assert code == 0
    assert err.startswith(
        "note: the exports of 3 unit(s) cover part of 2026-Q4 only (ksop-a, upp-b, upp-d);"
        " their targets are counted for the covered days — see `smrt metrics coverage`\n"
    )
    folder = ws / "evaluations" / "2026-Q4"
    data = json.loads((folder / "evaluation.json").read_text(encoding="utf-8"))
    a = data["upts"][0]
    assert (a["covered_days"], a["period_days"], a["covered_spans"]) == (
        32,
        92,
        [["2026-10-01", "2026-11-01"]],
    )
    # 5 posts on Instagram and Facebook against 5 a week over 32 days: 21.875 %, shown 21.9
    assert a["metrics"]["posting_target_share"] == 21.9
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "- KSOP A: mencakup 1 Oktober – 1 November 2026 dari 1 Oktober – 31 Desember 2026\n" in (
        readme
    )
    card = (folder / "ksop-a.md").read_text(encoding="utf-8")
    assert (
        "**Ekspor unit ini mencakup 1 Oktober – 1 November 2026 dari 1 Oktober – 31 Desember"
        " 2026; target unggahan dihitung untuk hari-hari yang tercakup saja, platform tanpa"
        " ekspor tidak dihitung (bukan nol).**"
    ) in card
    # A whole period says nothing of coverage.
    run(ws, "evaluate", "upt", "--period", "2026-10", data=REGION)
    october = (ws / "evaluations" / "2026-10" / "ksop-a.md").read_text("utf-8")
    assert "tercakup" not in october


def _old_export_only(root: Path) -> None:
    """ksop-a's Instagram export of December 2016, imported on 27 November 2026; nothing else."""
    conn = open_store(root / "smrt.db")
    with conn:
        batch(conn, "ksop-a", "meta-instagram-posts", "2026-11-27T01:00:00Z")
        post(conn, "ksop-a", "instagram", "old", "2016-12-05T03:00:00Z", reach=10, reactions=1)
        cover(conn, "ksop-a", "instagram", "2016-12-01", "2016-12-31")
    conn.close()


def test_an_old_export_alone_covers_no_day_of_the_period(tmp_path: Path) -> None:
    _old_export_only(tmp_path)
    code, out, err = parts(run(tmp_path, "evaluate", "upt", "--period", "2026-11", data=REGION))
    folder = tmp_path / "evaluations" / "2026-11"
    assert (code, out) == (0, "")
    assert err == (
        "note: no import covers any day of 1 November 2026 – 30 November 2026; the criteria"
        " measured from posts have no data — see `smrt metrics coverage`\n"
        + HINTS.replace("upp-b, upp-c, upp-d:", "ksop-a, upp-b, upp-c, upp-d:").replace(
            "upp-c: import", "ksop-a, upp-b, upp-c, upp-d: import"
        )
        + f"wrote 6 files to {folder} (0 of 4 units scored)\n"
    )
    data = json.loads((folder / "evaluation.json").read_text(encoding="utf-8"))
    assert data["nothing_covered"] is True
    assert [u["covered_days"] for u in data["upts"]] == [0, 0, 0, 0]
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert (
        "**Belum ada ekspor yang mencakup periode ini: kriteria yang diukur dari"
        " unggahan tidak ada datanya (bukan nol).**"
    ) in readme


def test_thin_data_makes_no_claim_it_cannot_back(tmp_path: Path) -> None:
    _old_export_only(tmp_path)
    run(tmp_path, "evaluate", "upt", "--period", "2026-11", data=REGION)
    folder = tmp_path / "evaluations" / "2026-11"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    # no unit has a score: nothing can be said of weak criteria
    weak = readme[readme.index("## Kelemahan paling umum") : readme.index("## Kartu nilai")]
    assert weak == (
        "## Kelemahan paling umum di wilayah\n\n"
        "Belum ada unit yang dinilai, jadi belum ada kelemahan yang dapat disimpulkan.\n\n"
    )
    # ksop-a imported an export, only not one of November; upp-c never imported anything
    assert (
        "- KSOP A: ekspor yang sudah diimpor tidak memuat data periode ini — belum bisa "
        "dinilai (bukan nilai nol).\n"
    ) in readme
    assert "- UPP C: tidak ada data sama sekali — belum bisa dinilai (bukan nilai nol).\n" in readme
    card = (folder / "ksop-a.md").read_text(encoding="utf-8")
    assert "- Unggahan: tidak ada data (ekspor yang sudah diimpor tidak memuat periode ini)\n" in (
        card
    )
    assert "belum ada ekspor unggahan" not in card
    other = (folder / "upp-c.md").read_text(encoding="utf-8")
    assert "- Unggahan: tidak ada data (belum ada ekspor unggahan)\n" in other


def test_force_without_scores_keeps_the_assessors_scores(ws: Path) -> None:
    assert (
        run(
            ws, "evaluate", "upt", "--period", "2026-10", "--scores", str(SCORES), data=REGION
        ).exit_code
        == 0
    )
    folder = ws / "evaluations" / "2026-10"
    written = {p.name: p.read_bytes() for p in folder.iterdir()}
    # a late export, say: the period is evaluated again without the scores file at hand
    code, out, err = parts(
        run(ws, "evaluate", "upt", "--period", "2026-10", "--force", data=REGION)
    )
    assert (code, out) == (0, "")
    assert err == (
        f"note: kept 1 assessor score (1 unit) of the earlier evaluation of this period, from"
        f" {folder / 'evaluation.json'}; pass --scores FILE to replace them\n"
        + HINTS
        + f"wrote 6 files to {folder} (3 of 4 units scored)\n"
    )
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == written
    # --json shows what --force would write
    code, out, err = parts(
        run(ws, "evaluate", "upt", "ksop-a", "--period", "2026-10", "--json", data=REGION)
    )
    (unit,) = json.loads(out)["upts"]
    assert [n["criterion"] for n in unit["evidence"]["notes"]] == ["pimpinan"]
    assert err.startswith("note: kept 1 assessor score (1 unit)")


def test_a_new_scores_file_replaces_the_kept_scores(ws: Path, tmp_path: Path) -> None:
    assert (
        run(
            ws, "evaluate", "upt", "--period", "2026-10", "--scores", str(SCORES), data=REGION
        ).exit_code
        == 0
    )
    other = tmp_path / "skor.yaml"
    other.write_text('period: "2026-10"\nscores: []\n', encoding="utf-8")
    code, _, err = parts(
        run(
            ws,
            "evaluate",
            "upt",
            "--period",
            "2026-10",
            "--force",
            "--scores",
            str(other),
            data=REGION,
        )
    )
    assert code == 0 and "kept" not in err
    data = json.loads((ws / "evaluations" / "2026-10" / "evaluation.json").read_text("utf-8"))
    assert [n for u in data["upts"] for n in u["evidence"]["notes"]] == []


def test_a_kept_score_the_registry_no_longer_takes_is_said(ws: Path, tmp_path: Path) -> None:
    assert (
        run(
            ws, "evaluate", "upt", "--period", "2026-10", "--scores", str(SCORES), data=REGION
        ).exit_code
        == 0
    )
    registry = tmp_path / "upt.yaml"
    source = REGION.read_text(encoding="utf-8")
    assert "scale: {min: 1, max: 5}" in source
    registry.write_text(source.replace("scale: {min: 1, max: 5}", "scale: {min: 0, max: 2}"))
    result = runner.invoke(
        app,
        ["--workspace", str(ws), "--data", str(registry), "evaluate", "upt", "--period",
         "2026-10", "--force"],
    )  # fmt: skip
    assert result.exit_code == 0
    assert result.stderr.startswith(
        "note: dropped the assessor score of ksop-a for 'pimpinan' of the earlier evaluation of"
        " this period: the registry no longer takes it (3 on a scale of 0-2) — pass --scores"
        " FILE with a score for it\n"
    )


def test_force_through_a_linked_period_is_refused(ws: Path) -> None:
    elsewhere = ws / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "README.md").write_text("arsip", encoding="utf-8")
    (ws / "evaluations").mkdir()
    (ws / "evaluations" / "2026-10").symlink_to("../elsewhere", target_is_directory=True)
    code, out, err = parts(
        run(ws, "evaluate", "upt", "--period", "2026-10", "--force", data=REGION)
    )
    assert (code, out) == (2, "")
    assert err == (
        f"error: {ws / 'evaluations' / '2026-10'}: is a symbolic link (to ../elsewhere) — smrt "
        "replaces only real folders; remove the link, or pass --out with the folder it points at\n"
    )
    assert (elsewhere / "README.md").read_text(encoding="utf-8") == "arsip"
    assert [p.name for p in elsewhere.iterdir()] == ["README.md"]


def test_a_change_against_a_thin_month_is_withheld_with_its_reason(ws: Path) -> None:
    # September "evaluated" on one post, two days covered (its export ran 29-30 September)
    conn = open_store(ws / "smrt.db")
    with conn:
        batch(conn, "ksop-a", imported_at="2026-10-01T00:00:00Z")
        post(conn, "ksop-a", "instagram", "sep", "2026-09-29T03:00:00Z", reach=100, reactions=9)
        cover(conn, "ksop-a", "instagram", "2026-09-29", "2026-09-30")
    conn.close()
    assert run(ws, "evaluate", "upt", "--period", "2026-09", data=REGION).exit_code == 0
    september = json.loads((ws / "evaluations" / "2026-09" / "evaluation.json").read_text())
    assert september["upts"][0]["score"] is not None
    assert run(ws, "evaluate", "upt", "--period", "2026-10", data=REGION).exit_code == 0
    data = json.loads((ws / "evaluations" / "2026-10" / "evaluation.json").read_text("utf-8"))
    a = data["upts"][0]
    assert (a["change"], a["change_withheld"], a["previous_covered_days"]) == (None, "thin", 2)
    readme = (ws / "evaluations" / "2026-10" / "README.md").read_text(encoding="utf-8")
    row = readme.split("| [KSOP A]")[1].split("\n")[0]
    assert "| tidak dibandingkan: September 2026 hanya tercakup 2 dari 30 hari |" in row
