"""A hand-edited plan.json: every command that reads it refuses a bad value at FILE:LINE:COL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.hostile_plans import COMMANDS, FIX, WEEK, edit, smrt
from tests.helpers.report_data import workspace


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            '"09:00"',
            '"25:00"',
            "upts[0].slots[0].time: '25:00' is not a time of day — write it as \"HH:MM\", "
            'e.g. "09:00"',
        ),
        (
            '"09:00"',
            '"9 pagi"',
            "upts[0].slots[0].time: '9 pagi' is not a time of day — write it as \"HH:MM\", "
            'e.g. "09:00"',
        ),
        (
            '"Asia/Makassar"',
            '"Asia"',
            "upts[0].timezone: unknown time zone 'Asia' — use an IANA name such as "
            "'Asia/Makassar' (WITA)",
        ),
        (
            '"Asia/Makassar"',
            '""',
            "upts[0].timezone: unknown time zone '' — use an IANA name such as "
            "'Asia/Makassar' (WITA)",
        ),
        (
            '"Asia/Makassar"',
            '"Mars/Base"',
            "upts[0].timezone: unknown time zone 'Mars/Base' — use an IANA name such as "
            "'Asia/Makassar' (WITA)",
        ),
        (
            '"ksop-a"',
            '"../../outside"',
            "upts[0].id: '../../outside' is not a valid id — use lower-case letters, digits "
            "and hyphens, starting with a letter or digit (for example 'ksop-bitung')",
        ),
        (
            "1.0",
            "-1",
            "upts[0].slots[0].effort_hours: Input should be greater than or equal to 0",
        ),
    ],
)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_bad_value_is_refused_at_its_place_by_every_reader(
    tmp_path: Path, old: str, new: str, message: str, command: str
) -> None:
    ws = workspace(tmp_path)
    path, line, column = edit(ws, old, new)
    code, out, err = smrt(ws, COMMANDS[command])
    assert (code, out) == (2, "")
    assert err.endswith(f"error: {path}:{line}:{column}: {message} — correct it here, or {FIX}\n")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_in_plan_json_is_refused_at_its_place(tmp_path: Path, constant: str) -> None:
    ws = workspace(tmp_path)
    path, line, column = edit(ws, "1.0", constant)
    code, _, err = smrt(ws, COMMANDS["export plan"])
    assert code == 2
    assert err == (
        f"error: {path}:{line}:{column}: NaN and Infinity are not numbers JSON allows — write "
        f"a number, or {FIX}\n"
    )


def test_a_plan_json_nested_too_deeply_names_its_line(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    path, line, column = edit(ws, '"events": []', '"events": ' + "[" * 5000 + "]" * 5000)
    code, _, err = smrt(ws, COMMANDS["export plan"])
    assert code == 2
    # the 51st bracket, 10 columns after `"events": ` begins
    assert err == (
        f"error: {path}:{line}:{column + 10 + 50}: nested more than 50 levels deep — {FIX}\n"
    )


@pytest.mark.parametrize("written", ["09.00", "9.00", "9:00", " 09.00 "])
def test_the_house_style_time_is_read_as_the_clock_time(tmp_path: Path, written: str) -> None:
    # the plan's pages print 09.00 WITA, so a person editing plan.json may well type 09.00
    ws = workspace(tmp_path)
    edit(ws, '"09:00"', f'"{written}"')
    code, out, err = smrt(ws, COMMANDS["export calendar"])
    assert code == 0, err
    assert "DTSTART;TZID=Asia/Makassar:20261130T090000" in out
    code, out, _ = smrt(ws, ["export", "plan", "--week", WEEK, "--format", "whatsapp", "-o", "-"])
    assert code == 0
    assert "• 09.00 WITA — Instagram" in out


def test_replanning_over_a_bad_plan_json_says_so_and_replaces_it(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    path = edit(ws, '"Asia/Makassar"', '"Asia"')[0]
    code, _, err = smrt(ws, ["plan", "week", "--week", WEEK, "--force"])
    assert code == 0, err
    assert f"note: {path} could not be read; the new plan starts at revision 0" in err
    code, _, err = smrt(ws, COMMANDS["export calendar"])
    assert code == 0, err


@pytest.mark.parametrize("command", list(COMMANDS))
def test_half_a_character_is_refused_before_any_page_is_written(
    tmp_path: Path, command: str
) -> None:
    # "\ud800" is valid JSON text but no character: written to a UTF-8 page it crashed every
    # command that printed the owner, the platform or the format
    ws = workspace(tmp_path)
    path, line, column = edit(ws, '"Operator"', '"Op\\ud800"')
    code, _, err = smrt(ws, COMMANDS[command])
    assert code == 2
    assert err.endswith(
        f"error: {path}:{line}:{column + 3}: \\ud800 is half of a character (a lone UTF-16 "
        f"surrogate) — delete it or write the character itself, or {FIX}\n"
    )


def test_an_escaped_character_outside_the_basic_plane_is_fine(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    edit(ws, '"Operator"', '"Operator \\ud83d\\udea2"')  # a ship emoji, escaped as a pair
    code, out, err = smrt(ws, COMMANDS["export plan"])
    assert code == 0, err
    assert "Operator 🚢" in out


def test_a_plan_json_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    # Windows Notepad saves UTF-8 with a BOM, which json.loads alone refuses
    ws = workspace(tmp_path)
    path = ws / "plans" / WEEK / "plan.json"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    code, out, err = smrt(ws, COMMANDS["export calendar"])
    assert code == 0, err
    assert out.startswith("BEGIN:VCALENDAR")
