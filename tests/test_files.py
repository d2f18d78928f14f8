"""Output files: atomic, readable by the office, never outside their folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from smrt_cli.errors import UserError, WorkError
from smrt_cli.files import read_text, refuse_overwrite, replace_folder, write_atomic


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_atomic_write_keeps_the_usual_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.md", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "a.md").read_bytes() == b"x"
    assert _mode(tmp_path / "a.md") == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # no temporary left behind


def test_replace_folder_swaps_the_set_and_keeps_files_a_person_added(tmp_path: Path) -> None:
    week = tmp_path / "plans" / "2026-W49"
    old = os.umask(0o022)
    try:
        replace_folder(week, {"README.md": "one", "a.md": "a", "plan.json": "{}"})
        (week / "notes.txt").write_text("mine", encoding="utf-8")
        (week / "catatan.md").write_text("rapat", encoding="utf-8")
        (week / "plan.ics").write_text("BEGIN:VCALENDAR", encoding="utf-8")
        replace_folder(week, {"README.md": "two"}, owned=("a.md", "plan.json"))
    finally:
        os.umask(old)
    # the old run's a.md and plan.json go; the person's notes (.md too) and the export stay
    names = ["README.md", "catatan.md", "notes.txt", "plan.ics"]
    assert sorted(p.name for p in week.iterdir()) == names
    assert (week / "README.md").read_text(encoding="utf-8") == "two"
    assert (week / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert _mode(week) == 0o755
    assert sorted(p.name for p in week.parent.iterdir()) == ["2026-W49"]


@pytest.mark.parametrize("name", ["../escape.md", "sub/x.md", ".hidden"])
def test_replace_folder_refuses_names_that_leave_the_folder(tmp_path: Path, name: str) -> None:
    with pytest.raises(WorkError):
        replace_folder(tmp_path / "w", {name: "x"})
    assert not (tmp_path / "escape.md").exists()
    assert not (tmp_path / "w").exists()


def test_refuse_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    path.write_text("edited", encoding="utf-8")
    with pytest.raises(UserError, match="already exists — pass --force"):
        refuse_overwrite(path, force=False)
    refuse_overwrite(path, force=True)


def test_read_text_names_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"ok: 1\nname: caf\xe9\n")
    with pytest.raises(UserError) as err:
        read_text(path, "x.yaml")
    assert str(err.value).startswith("x.yaml:2:10: byte 0xe9 is not UTF-8")
