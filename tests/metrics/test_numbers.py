"""The one rule for points and commas in counts, on cells and on every export format."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from smrt_cli.cli import app
from smrt_cli.metrics import detect, numbers
from smrt_cli.metrics.numbers import Clue, NotACount, Style, Witnesses, clues_in, count_value
from tests.helpers import paths
from tests.helpers.cli import run

MINIMAL = paths.MINIMAL
runner = CliRunner()

ENGLISH = {Style.ENGLISH: Clue(Style.ENGLISH, 5, "engagement rate", "0.0132")}
INDONESIAN = {Style.INDONESIAN: Clue(Style.INDONESIAN, 6, "Watch time (hours)", "0,5")}
WITNESSES: dict[str, Mapping[Style, Clue]] = {
    "none": {},
    "english": ENGLISH,
    "indonesian": INDONESIAN,
    "both": {**ENGLISH, **INDONESIAN},
}
NOT_WHOLE = "is not a whole number — a count has no decimals; correct the cell or download the export again"  # fmt: skip
EN_SAYS = 'line 5 writes "0.0132" (column "engagement rate") in English notation (1,234.5)'
ID_SAYS = 'line 6 writes "0,5" (column "Watch time (hours)") in Indonesian notation (1.234,5)'
DIGITS = "write the count in digits only, without separators"


def value(text: str, witness: str) -> int | str | None:
    try:
        return count_value(text, lambda: Witnesses(WITNESSES[witness]))
    except NotACount as exc:
        return str(exc)


@pytest.mark.parametrize(
    ("text", "none", "english", "indonesian"),
    [
        ("42", 42, 42, 42),
        ("1 234", 1234, 1234, 1234),
        ("1\u202f234\u00a0567", 1234567, 1234567, 1234567),
        # one separator before exactly three digits: a count is whole, so it groups thousands
        ("1.234", 1234, None, 1234),
        ("1,234", 1234, 1234, None),
        ("12.000", 12000, "12 or 12000", 12000),
        ("1,000", 1000, 1000, "1 or 1000"),
        ("1.234.567", 1234567, None, 1234567),
        ("1,234,567", 1234567, 1234567, None),
        # decimals that are zero: the float-written counts of X's legacy export
        ("3423.0", 3423, 3423, None),
        ("3.423,0", 3423, None, 3423),
        ("1.234,00", 1234, None, 1234),
        ("1,000.000", 1000, 1000, None),
        # K, M, B: a decimal separator is never followed by a group of three here
        ("1.2K", 1200, 1200, None),
        ("1,5K", 1500, None, 1500),
        ("0.5k", 500, 500, None),
        ("3M", 3_000_000, 3_000_000, 3_000_000),
        ("2,75 M", 2_750_000, None, 2_750_000),
        ("1,5 rb", 1500, None, 1500),
        ("2 jt", 2_000_000, 2_000_000, 2_000_000),
        ("1.234K", "1234 or 1234000", 1234, 1_234_000),
        ("1,000M", "1000000 or 1000000000", 1_000_000_000, 1_000_000),
        ("", None, None, None),
        ("-", None, None, None),
        ("n/a", None, None, None),
    ],
)
def test_a_count_in_either_notation(
    text: str, none: int | str | None, english: int | str | None, indonesian: int | str | None
) -> None:
    for witness, expected in (("none", none), ("english", english), ("indonesian", indonesian)):
        got = value(text, witness)
        if expected is None and text not in ("", "-", "n/a"):
            # the cell's only reading is the other notation's: refused, never converted
            assert isinstance(got, str) and got.startswith("would be "), (witness, got)
        elif isinstance(expected, str):
            assert isinstance(got, str) and got.startswith(f"may be {expected} — "), (witness, got)
        else:
            assert got == expected, witness


def test_the_messages_say_why_and_what_to_do() -> None:
    assert value("1.234", "english") == (
        f"would be 1234 in Indonesian notation (1.234,5), but {EN_SAYS} — {DIGITS}, or "
        "download the export again"
    )
    assert value("12.000", "english") == f"may be 12 or 12000 — {EN_SAYS}; {DIGITS}"
    assert value("12.000", "both") == f"may be 12 or 12000 — {EN_SAYS}; {ID_SAYS}; {DIGITS}"
    assert value("1.234K", "none") == (
        'may be 1234 or 1234000 — nothing else in the file shows whether "." or "," separates '
        f"decimals; {DIGITS}"
    )


@pytest.mark.parametrize(
    "text", ["2,5", "1.5", "0,5", "1.234,5", "1,234.5", "1.2345K", "0.0000005M", "1,2345 K"]
)
def test_decimals_are_refused_in_any_notation(text: str) -> None:
    for witness in WITNESSES:
        assert value(text, witness) == NOT_WHOLE


@pytest.mark.parametrize(
    "text",
    ["abc", "1.2X", "nan", "inf", "1.", "1,23,456", "12.00.000", "1.234,567.8", "٣", "1'234"],
)
def test_not_a_number(text: str) -> None:
    for witness in WITNESSES:
        assert value(text, witness) == "is not a number"


def test_thousands_of_digits_are_too_large_not_a_crash() -> None:
    for text in ("9" * 5000, "1" * 4999 + ",5", "99,999,999,999,999,999,999"):
        assert value(text, "none") == "is too large for a count"
    assert clues_in(iter([(2, ["1" * 5000 + ".5"])]), ["rate"], []) == Witnesses()


def test_excels_scientific_notation_is_refused() -> None:
    assert value("1.5E+06", "none") == (
        "is in scientific notation, as Excel shows a number whose digits it has cut — "
        "import the platform's file without opening it in Excel"
    )


def test_clues_come_from_count_and_decimal_columns_only() -> None:
    names = ["Post text", "Views", "engagement rate", "Likes"]
    rows = [
        (2, ["Naik 2.5 m", "12.000", "1.234", "7"]),  # text: no clue; rate "1.234": either
        (3, ["x", "1.2K", "0,5 %", "8"]),
    ]
    found = clues_in(iter(rows), names, [1, 3])
    assert found == Witnesses(
        {
            Style.ENGLISH: Clue(Style.ENGLISH, 3, "Views", "1.2K"),
            Style.INDONESIAN: Clue(Style.INDONESIAN, 3, "engagement rate", "0,5 %"),
        },
        {Style.INDONESIAN: Clue(Style.INDONESIAN, 2, "Views", "12.000")},
    )


def test_thousands_grouped_both_ways_in_one_file_are_refused() -> None:
    # 1,000 and 12.000 are 1000 and 12 in English, 1 and 12000 in Indonesian: never both
    # grouped, so neither is taken as grouped.
    rows = [(2, ["1,000"]), (3, ["12.000"]), (4, ["5.000"])]
    witnesses = clues_in(iter(rows), ["Views"], [0])
    assert witnesses == Witnesses(
        {},
        {
            Style.ENGLISH: Clue(Style.ENGLISH, 2, "Views", "1,000"),
            Style.INDONESIAN: Clue(Style.INDONESIAN, 3, "Views", "12.000"),
        },
    )
    with pytest.raises(NotACount) as error:
        count_value("5.000", lambda: witnesses)
    assert str(error.value) == (
        'may be 5 or 5000 — line 2 writes "1,000" (column "Views") in English notation '
        f"(1,234.5); {DIGITS}"
    )
    one_way = clues_in(iter(rows[1:]), ["Views"], [0])
    assert count_value("5.000", lambda: one_way) == 5000


# --- every export format, through the command -------------------------------------------

# (format, header, a data row with {v1} {v2} where two counts go, what to select)
FORMATS = [
    (
        "meta-facebook",
        '"Post ID","Page ID","Publish time","Post type",Views,Reactions',
        '1001,2002,11/03/2026 09:00,Photos,"{v1}","{v2}"',
        "SELECT views, reactions FROM post",
    ),
    (
        "meta-instagram",
        '"Post ID","Account ID","Publish time","Post type",Views,Likes',
        '1001,2002,11/03/2026 09:00,IG reel,"{v1}","{v2}"',
        "SELECT views, reactions FROM post",
    ),
    (
        "x-legacy",
        '"Tweet id","Tweet text","time","impressions","likes"',
        '"1001","Halo","2026-11-03 01:00 +0000","{v1}","{v2}"',
        "SELECT views, reactions FROM post",
    ),
    (
        "x-content",
        "Post id,Date,Post text,Impressions,Likes",
        '1001,"Tue, Nov 3, 2026",Halo,"{v1}","{v2}"',
        "SELECT views, reactions FROM post",
    ),
    (
        "youtube",
        "Content,Video title,Video publish time,Views,Likes",
        'v1001,Halo,"Nov 3, 2026","{v1}","{v2}"',
        "SELECT views, reactions FROM post",
    ),
    (
        "tiktok-overview",
        "Date,Video Views,Profile Views",
        '"November 3","{v1}","{v2}"',
        "SELECT views, profile_views FROM account_day",
    ),
    (
        "x-legacy-daily",
        '"Date","Tweets published","impressions","likes"',
        '"2026-11-03","1","{v1}","{v2}"',
        "SELECT views, likes FROM account_day",
    ),
    (
        "accounts",
        "upt,platform,day,followers,new_followers",
        'ksop-a,x,2026-11-03,"{v1}","{v2}"',
        "SELECT followers, new_followers FROM account_day",
    ),
    (
        "canonical",
        "upt,platform,post_id,published_at,views,likes",
        'ksop-a,x,1001,2026-11-03T09:00:00+08:00,"{v1}","{v2}"',
        "SELECT views, reactions FROM post",
    ),
]


def test_every_format_of_figures_is_tried_here() -> None:
    # message logs and the hoax register hold times and words, no counts
    countless = ("messages", "hoaxes")
    assert {f[0] for f in FORMATS} == {s.name for s in detect.FORMATS if s.kind not in countless}


@pytest.fixture(autouse=True)
def _readers_name_their_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    # A reader that named no count column would have every column searched for witnesses.
    clues = numbers.Figures.clues

    def checked(self: numbers.Figures) -> numbers.Witnesses:
        assert self._counts is not None, "the reader did not call expect_counts"
        return clues(self)

    monkeypatch.setattr(numbers.Figures, "clues", checked)


def import_rows(tmp_path: Path, header: str, *rows: str) -> tuple[Result, Path]:
    path = tmp_path / "export.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    args = ["metrics", "import", "--upt", "ksop-a", "--year", "2026", str(path)]
    result = run(tmp_path, *args, data=MINIMAL, env={"SOURCE_DATE_EPOCH": "1798675200"})
    assert "Traceback" not in result.output
    return result, path


def stored(tmp_path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(tmp_path / "smrt.db") as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.parametrize(("fmt", "header", "row", "sql"), FORMATS, ids=[f[0] for f in FORMATS])
def test_indonesian_counts_in_every_format(
    tmp_path: Path, fmt: str, header: str, row: str, sql: str
) -> None:
    # The cases: 12.000 was stored as 12, 1,5K as 15000.
    result, _ = import_rows(tmp_path, header, row.format(v1="12.000", v2="1,5K"))
    assert result.exit_code == 0, result.stderr
    assert stored(tmp_path, sql) == [(12000, 1500)]


@pytest.mark.parametrize(("fmt", "header", "row", "sql"), FORMATS, ids=[f[0] for f in FORMATS])
def test_a_decimal_count_is_refused_in_every_format(
    tmp_path: Path, fmt: str, header: str, row: str, sql: str
) -> None:
    # "2,5" was stored as 25.
    result, path = import_rows(tmp_path, header, row.format(v1="7", v2="2,5"))
    assert result.exit_code == 2
    column = header.split(",")[-1].strip('"')
    assert result.stderr == f'error: {path}:2: column "{column}": "2,5" {NOT_WHOLE}\n'
    assert stored(tmp_path, sql) == []


@pytest.mark.parametrize(("fmt", "header", "row", "sql"), FORMATS, ids=[f[0] for f in FORMATS])
def test_a_later_row_settles_an_earlier_cell_in_every_format(
    tmp_path: Path, fmt: str, header: str, row: str, sql: str
) -> None:
    # "1.234K" is 1234 in English notation and 1234000 in Indonesian: the last row shows
    # which the file writes, though the import reaches it only after the first.
    second = row.replace("1001", "1002").replace("November 3", "November 4")
    second = second.replace("2026-11-03", "2026-11-04")
    for clue, meant in (("1,234,567", 1234), ("1.234.567", 1_234_000)):
        result, _ = import_rows(
            tmp_path, header, row.format(v1="1.234K", v2="0"), second.format(v1=clue, v2="0")
        )
        assert result.exit_code == 0, result.stderr
        assert stored(tmp_path, sql)[0] == (meant, 0)
    (tmp_path / "smrt.db").unlink()
    result, path = import_rows(tmp_path, header, row.format(v1="1.234K", v2="0"))
    assert result.exit_code == 2
    column = header.split(",")[-2].strip('"')
    assert result.stderr == (
        f'error: {path}:2: column "{column}": "1.234K" may be 1234 or 1234000 — nothing else in '
        f'the file shows whether "." or "," separates decimals; {DIGITS}\n'
    )


def test_a_mixed_file_is_refused_at_the_cell_it_would_misread(tmp_path: Path) -> None:
    # X's legacy export writes its rates with a point; "1.234" there cannot be 1234.
    header = '"Tweet id","time","impressions","engagement rate","likes"'
    rows = ['"1","2026-11-03 01:00 +0000","1.234","0.5","1"']
    result, path = import_rows(tmp_path, header, *rows)
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:2: column "impressions": "1.234" would be 1234 in Indonesian notation '
        '(1.234,5), but line 2 writes "0.5" (column "engagement rate") in English notation '
        f"(1,234.5) — {DIGITS}, or download the export again\n"
    )
    assert stored(tmp_path, "SELECT count(*) FROM post") == [(0,)]


def test_youtube_watch_time_shows_the_notation(tmp_path: Path) -> None:
    # Studio's Total row, in an Indonesian file: "80,2" hours settles "1,000" as 1.
    header = "Content,Video title,Video publish time,Views,Watch time (hours)"
    rows = ['Total,,,2000,"80,2"', 'vid1,Halo,"Nov 3, 2026","1,000","80,2"']
    result, path = import_rows(tmp_path, header, *rows)
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:3: column "Views": "1,000" may be 1 or 1000 — line 2 writes "80,2" '
        f'(column "Watch time (hours)") in Indonesian notation (1.234,5); {DIGITS}\n'
    )


def test_a_file_grouping_thousands_both_ways_is_refused(tmp_path: Path) -> None:
    # 1,000 and 12.000 were stored as 1000 and 12; read each alone, as 1000 and 12000.
    header = "upt,platform,post_id,published_at,views"
    rows = ['ksop-a,x,1,2026-11-03T09:00:00Z,"1,000"', "ksop-a,x,2,2026-11-03T09:00:00Z,12.000"]
    result, path = import_rows(tmp_path, header, *rows)
    assert result.exit_code == 2
    assert result.stderr == (
        f'error: {path}:2: column "views": "1,000" may be 1 or 1000 — line 3 writes "12.000" '
        f'(column "views") in Indonesian notation (1.234,5); {DIGITS}\n'
    )
    assert stored(tmp_path, "SELECT count(*) FROM post") == [(0,)]


def test_witnesses_are_found_below_blank_lines_above_the_header(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "\n\nupt,platform,post_id,published_at,views\n"
        'ksop-a,x,1,2026-11-03T09:00:00Z,1.234K\nksop-a,x,2,2026-11-03T09:00:00Z,"1,234,567"\n',
        encoding="utf-8",
    )
    args = ["--workspace", str(tmp_path), "--data", str(MINIMAL), "metrics", "import", str(path)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert stored(tmp_path, "SELECT post_id, views FROM post ORDER BY post_id") == [
        ("1", 1234),
        ("2", 1234567),
    ]
