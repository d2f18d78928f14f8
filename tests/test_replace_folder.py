"""Replacing a week's folder: never through a link, one run at a time, no person's file lost.

Every step that changes the disk (rename, exchange, link, mkdir, unlink) is made to fail, or to
kill the process, in turn; whatever step it is, the folder afterwards holds the old set or the
new one, and always the person's files.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from smrt_cli import files
from smrt_cli.errors import UserError, WorkError
from smrt_cli.files import LOCK_NAME, output_lock, recover, replace_folder

OLD = {"README.md": "old", "a.md": "old", "plan.json": "old"}
NEW = {"README.md": "new", "b.md": "new", "plan.json": "new"}
OURS = ("a.md", "b.md")
STEPS = ("replace", "rename", "link", "mkdir", "unlink")


def _week(tmp_path: Path) -> Path:
    """An old week with a person's file, a person's folder and a person's .md in it."""
    week = tmp_path / "plans" / "2026-W49"
    replace_folder(week, OLD)
    (week / "notes.txt").write_text("mine", encoding="utf-8")
    (week / "catatan.md").write_text("rapat", encoding="utf-8")
    (week / "foto").mkdir()
    (week / "foto" / "kapal.jpg").write_bytes(b"\xff\xd8")
    return week


def _check(week: Path) -> str:
    """Which set the week holds ('old' or 'new'); asserts the person's files are all there."""
    assert week.is_dir() and not week.is_symlink()
    version = (week / "README.md").read_text(encoding="utf-8")
    expected = OLD if version == "old" else NEW
    person = {"notes.txt", "catatan.md", "foto"}
    assert sorted(p.name for p in week.iterdir()) == sorted({*expected, *person})
    for name, text in expected.items():
        assert (week / name).read_text(encoding="utf-8") == text
    assert (week / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (week / "catatan.md").read_text(encoding="utf-8") == "rapat"
    assert (week / "foto" / "kapal.jpg").read_bytes() == b"\xff\xd8"
    return version


def _no_leftovers(week: Path) -> None:
    assert sorted(p.name for p in week.parent.iterdir()) == [week.name]


class Steps:
    """Counts the calls that change the disk; at call `fail_at` raises or kills instead."""

    def __init__(self, fail_at: int = 0, kill: bool = False) -> None:
        self.count, self.fail_at, self.kill = 0, fail_at, kill

    def wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            if self.count == self.fail_at:
                if self.kill:
                    os._exit(9)  # as kill -9 would: no finally, no rollback
                raise OSError(5, "Input/output error (injected)")
            return real(*args, **kwargs)

        return step


@pytest.fixture(params=["exchange", "two-renames"])
def swap_kind(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of swapping: Linux's one-step exchange, and the rename pair used elsewhere."""
    if request.param == "two-renames":
        monkeypatch.setattr(files, "_exchange", lambda a, b: False)
    elif not files._exchange(*_pair(request)):
        pytest.skip("this system cannot exchange two folders in one step")
    return str(request.param)


def _pair(request: pytest.FixtureRequest) -> tuple[Path, Path]:
    base: Path = request.getfixturevalue("tmp_path") / "probe"
    (base / "a").mkdir(parents=True)
    (base / "b").mkdir()
    return base / "a", base / "b"


def _inject(monkeypatch: pytest.MonkeyPatch, steps: Steps) -> None:
    for name in STEPS:
        monkeypatch.setattr(os, name, steps.wrap(getattr(os, name)))
    monkeypatch.setattr(files, "_exchange", steps.wrap(files._exchange))


def _steps_of_one_run(tmp_path: Path) -> int:
    week = _week(tmp_path / "count")
    steps = Steps()
    with pytest.MonkeyPatch.context() as mp:
        _inject(mp, steps)
        replace_folder(week, NEW, owned=OURS)
    assert _check(week) == "new"
    return steps.count


def test_an_error_at_any_step_rolls_back_and_keeps_the_persons_files(
    tmp_path: Path, swap_kind: str
) -> None:
    total = _steps_of_one_run(tmp_path)
    assert total >= 8
    outcomes = set()
    for k in range(1, total + 1):
        week = _week(tmp_path / str(k))
        with pytest.MonkeyPatch.context() as mp:
            _inject(mp, Steps(fail_at=k))
            try:
                replace_folder(week, NEW, owned=OURS)
                outcomes.add("new")
            except WorkError as exc:
                where = (f"{week}: cannot be written (", f"{week.parent}: cannot be written (")
                assert str(exc).startswith((*where, f"{week}: written, but ")), str(exc)
                outcomes.add("error")
        version = _check(week)
        replace_folder(week, NEW, owned=OURS)  # the next run finishes what was left over
        assert _check(week) == "new", (k, version)
        _no_leftovers(week)
    assert outcomes == {"new", "error"}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked child")
def test_a_kill_at_any_step_leaves_the_old_week_or_the_new_one(
    tmp_path: Path, swap_kind: str
) -> None:
    total = _steps_of_one_run(tmp_path)
    seen = set()
    for k in range(1, total + 1):
        week = _week(tmp_path / str(k))
        pid = os.fork()
        if pid == 0:  # the child replaces the week and dies at step k
            try:
                with pytest.MonkeyPatch.context() as mp:
                    _inject(mp, Steps(fail_at=k, kill=True))
                    replace_folder(week, NEW, owned=OURS)
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        if swap_kind == "exchange":
            seen.add(_check(week))  # no moment without a whole week at its path
        elif not week.exists():
            # between the two renames the old week waits beside it, whole
            (held,) = [p for p in week.parent.iterdir() if p.name.endswith(".old")]
            assert _check(held) == "old"
            seen.add("moved aside")
        else:
            seen.add(_check(week))
        with output_lock(week.parent):
            recover(week, ("README.md", "plan.json", *OURS))
        _check(week)
        assert sorted(p.name for p in week.parent.iterdir()) == [week.name]
    assert {"old", "new"} <= seen


def test_a_file_a_person_saves_during_the_swap_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, swap_kind: str
) -> None:
    week = _week(tmp_path)
    carry = files._carry

    def carry_then_save(folder: Path, stage: Path, ours: Any) -> None:
        carry(folder, stage, ours)
        (folder / "late.txt").write_text("baru", encoding="utf-8")
        (folder / "notes.txt").unlink()  # an editor saving by replacing the file
        (folder / "notes.txt").write_text("mine", encoding="utf-8")

    monkeypatch.setattr(files, "_carry", carry_then_save)
    replace_folder(week, NEW, owned=OURS)
    assert (week / "late.txt").read_text(encoding="utf-8") == "baru"
    (week / "late.txt").unlink()
    assert _check(week) == "new"
    _no_leftovers(week)


def test_leftovers_of_an_older_smrt_are_put_right(tmp_path: Path) -> None:
    """Earlier versions left the old week at .NAME.X.old/NAME and moved notes into .NAME.X.tmp."""
    week = _week(tmp_path)
    parent = week.parent
    (parent / ".2026-W49.abc.old").mkdir()
    os.replace(week, parent / ".2026-W49.abc.old" / "2026-W49")
    (parent / ".2026-W49.def.tmp").mkdir()
    os.replace(
        parent / ".2026-W49.abc.old" / "2026-W49" / "notes.txt",
        parent / ".2026-W49.def.tmp" / "notes.txt",
    )
    replace_folder(week, NEW, owned=OURS)
    assert _check(week) == "new"
    _no_leftovers(week)


def _replace_many(week: Path, tag: str, rounds: int) -> None:
    for i in range(rounds):
        replace_folder(week, {n: f"{tag}-{i}" for n in ("README.md", "a.md", "plan.json")})


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="runs forked writers")
def test_concurrent_replacements_never_lose_a_persons_file(tmp_path: Path) -> None:
    for trial in range(10):
        week = tmp_path / str(trial) / "plans" / "2026-W49"
        replace_folder(week, {"README.md": "0", "a.md": "0", "plan.json": "0"})
        (week / "notes.txt").write_text("mine", encoding="utf-8")
        children = []
        for writer in range(4):
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    _replace_many(week, f"w{writer}", 3)
                    code = 0
                finally:
                    os._exit(code)
            children.append(pid)
        assert all(os.waitpid(pid, 0)[1] == 0 for pid in children)
        assert (week / "notes.txt").read_text(encoding="utf-8") == "mine"
        texts = {(week / n).read_text(encoding="utf-8") for n in ("README.md", "a.md", "plan.json")}
        assert len(texts) == 1 and texts.pop().endswith("-2")  # one run's whole set
        _no_leftovers(week)


def test_a_second_run_waits_for_the_lock_then_says_so(tmp_path: Path) -> None:
    with output_lock(tmp_path), pytest.raises(WorkError) as err, output_lock(tmp_path, wait=0.2):
        pass
    assert str(err.value) == (
        f"{tmp_path}: another smrt run is writing here (it holds {tmp_path / LOCK_NAME}) — "
        "wait for it to finish and run again"
    )
    assert not (tmp_path / LOCK_NAME).exists()  # released: nothing left behind
    with output_lock(tmp_path):
        pass


def test_a_linked_week_is_refused_and_what_it_points_at_untouched(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "README.md").write_text("bukan milik smrt", encoding="utf-8")
    (tmp_path / "plans").mkdir()
    week = tmp_path / "plans" / "2026-W49"
    week.symlink_to("../elsewhere", target_is_directory=True)
    with pytest.raises(UserError) as err:
        replace_folder(week, NEW)
    assert str(err.value) == (
        f"{week}: is a symbolic link (to ../elsewhere) — smrt replaces only real folders; "
        "remove the link, or pass --out with the folder it points at"
    )
    assert [p.name for p in elsewhere.iterdir()] == ["README.md"]
    assert (elsewhere / "README.md").read_text(encoding="utf-8") == "bukan milik smrt"


def _smrt(ws: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "XDG_CACHE_HOME": str(ws / "cache")}
    command = [sys.executable, "-m", "smrt_cli", "--workspace", str(ws), *args]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_concurrent_plan_week_force_keeps_the_notes(tmp_path: Path) -> None:
    args = ("plan", "week", "--week", "2026-W49", "--force")
    assert _smrt(tmp_path, *args).wait() == 0
    week = tmp_path / "plans" / "2026-W49"
    (week / "notes.txt").write_text("rapat Senin", encoding="utf-8")
    for _ in range(2):
        runs = [_smrt(tmp_path, *args) for _ in range(3)]
        results = [(p.wait(), p.stderr.read() if p.stderr else b"") for p in runs]
        assert all(code == 0 for code, _ in results), results
        assert (week / "notes.txt").read_text(encoding="utf-8") == "rapat Senin"
    assert sorted(p.name for p in week.parent.iterdir()) == ["2026-W49"]


def test_a_late_file_that_cannot_be_moved_back_waits_for_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, swap_kind: str
) -> None:
    week = _week(tmp_path)
    carry, rescue = files._carry, files._rescue

    def carry_then_save(folder: Path, stage: Path, ours: Any) -> None:
        carry(folder, stage, ours)
        (folder / "late.txt").write_text("baru", encoding="utf-8")

    def full(old: Path, folder: Path, ours: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "_carry", carry_then_save)
    monkeypatch.setattr(files, "_rescue", full)
    with pytest.raises(WorkError) as err:
        replace_folder(week, NEW, owned=OURS)
    (old,) = [p for p in week.parent.iterdir() if p.name.startswith(".2026-W49.")]
    assert str(err.value) == (
        f"{week}: written, but {old} could not be cleared (No space left on device) — the next "
        "run moves any file of yours in it back into the folder"
    )
    assert (old / "late.txt").read_text(encoding="utf-8") == "baru"
    monkeypatch.setattr(files, "_carry", carry)
    monkeypatch.setattr(files, "_rescue", rescue)
    replace_folder(week, NEW, owned=OURS)
    assert (week / "late.txt").read_text(encoding="utf-8") == "baru"
    (week / "late.txt").unlink()
    assert _check(week) == "new"
    _no_leftovers(week)
