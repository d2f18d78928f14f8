"""jobs.plan.approve_job and jobs.metrics.import_job without the CLI: what they return."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from smrt_cli.errors import UserError, WorkError
from smrt_cli.jobs.metrics import ImportRequest, import_job
from smrt_cli.jobs.plan import approve_job, plan_exports
from smrt_cli.plan_file import load_plan, plan_json
from smrt_cli.workspace import Workspace
from tests.helpers import paths
from tests.helpers.plan_data import make_plan, workspace


def test_approve_job_returns_the_approved_files_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796342400")  # 4 December 2026
    ws = Workspace(workspace(tmp_path))
    path = ws.plan_path("2026-W49")
    before = path.read_bytes()
    done = approve_job(ws, load_plan(path), None, "Kepala KSOP A")
    assert done.folder == tmp_path / "plans" / "2026-W49"
    assert done.approved == before and path.read_bytes() == before
    assert sorted(done.files) == ["README.md", "ksop-a.md", "plan.json", "upp-b.md"]
    assert (done.approval.by, done.approval.upt) == ("Kepala KSOP A", None)
    assert done.approval.at == dt.datetime(2026, 12, 4, tzinfo=dt.UTC)
    assert done.files["plan.json"] == plan_json(done.plan)
    assert sorted(p.name for p in done.folder.iterdir()) == ["plan.json"]


def test_approve_job_refuses_a_plan_changed_since_it_was_read(tmp_path: Path) -> None:
    ws = Workspace(workspace(tmp_path))
    read = load_plan(ws.plan_path("2026-W49"))
    ws.plan_path("2026-W49").write_text(
        plan_json(make_plan().model_copy(update={"language": "en"}))
    )
    with pytest.raises(WorkError) as error:
        approve_job(ws, read, None, "Kepala")
    path = ws.plan_path("2026-W49")
    assert str(error.value) == f"{path}: changed while approving — approve it again"


def test_approve_job_refuses_a_unit_without_a_plan(tmp_path: Path) -> None:
    ws = Workspace(workspace(tmp_path))
    with pytest.raises(UserError, match="'upp-x' has no plan in 2026-W49"):
        approve_job(ws, load_plan(ws.plan_path("2026-W49")), "upp-x", "Kepala")


def test_plan_exports_are_smrts_own_names_only(tmp_path: Path) -> None:
    for name in ("plan.csv", "plan-ksop-a.ics", "plan.json", "notes.txt", "README.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert plan_exports(tmp_path) == ["plan-ksop-a.ics", "plan.csv"]


@contextmanager
def _no_progress(size: int, name: str) -> Iterator[Callable[[int], None] | None]:
    yield None


def test_import_job_stores_every_file_or_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798675200")
    ws = Workspace(tmp_path, paths.MINIMAL)
    exports = paths.FIXTURES / "exports"
    good = exports / "meta_facebook_2026-10.csv"
    request = ImportRequest([good], "auto", "ksop-a", None, None)
    (summary,) = import_job(ws, ws.registry(), request, _no_progress)
    assert (summary.rows, summary.new) == (3, 3)
    missing = tmp_path / "nothing.csv"
    request = ImportRequest([good, missing], "auto", "ksop-a", None, None)
    with pytest.raises(UserError) as error:
        import_job(ws, ws.registry(), request, _no_progress)
    assert str(error.value) == f"{missing}: no such file"  # checked before anything is stored
    with sqlite3.connect(ws.store) as conn:  # the first import only, the second's good file not
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM post), (SELECT count(*) FROM import_batch)"
        )
        assert counts.fetchone() == (3, 1)
