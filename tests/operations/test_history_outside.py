"""Undo and redo beside another process writing the same file (the command line while
a window has the project open): what it changed is seen, and never undone by accident.

The window is a Project that watches (`watch_outside`); the command line a second
Project opened on the same file, as `annotator code` or `annotator import` opens it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.operations.changes import Changes
from annotator.operations.errors import OperationError
from annotator.project import Project
from tests.helpers import table_dump, write_txt


@pytest.fixture
def window(tmp_path: Path) -> Iterator[Project]:
    path = tmp_path / "study.annotator"
    with Project.create(path) as setup:
        setup.import_file(write_txt(tmp_path, "Ana.txt", "Ana: We said yes, and it grew.\n"))
    project = Project.open(path, exclusive=True)
    project.watch_outside()
    yield project
    project.close()


def command_line(window: Project) -> Project:
    return Project.open(window.path)


def test_redo_over_a_row_the_command_line_took_is_refused(window: Project) -> None:
    # Before: the redo re-inserted codes row 1, which the command line had taken:
    # sqlite3.IntegrityError, printed to stderr.
    window.add_code("GUI code")
    window.undo()
    with command_line(window) as cli:
        cli.ensure_code_path("CLI code")
    before = table_dump(window.store)
    with pytest.raises(OperationError) as refused:
        window.redo()
    assert str(refused.value).startswith("Cannot redo New code “GUI code”: another program")
    assert table_dump(window.store) == before
    assert window.history.redo_label == "New code “GUI code”"  # still there, still refused
    assert [c.name for c in window.codes()] == ["CLI code"]


def test_undo_never_deletes_what_the_command_line_attached(window: Project) -> None:
    # Before: undoing "New code" deleted, by cascade, the command line's coding and memo.
    code = window.add_code("GUI code")
    source = window.sources()[0].id
    with command_line(window) as cli:
        cli.add_coding(source, code, 0, 3, memo="Ana, in her words")
    with pytest.raises(OperationError) as refused:
        window.undo()
    assert "Cannot undo New code “GUI code”" in str(refused.value)
    [coding] = window.codings()
    assert (coding.code_id, coding.memo) == (code, "Ana, in her words")
    assert window.history.undo_label == "New code “GUI code”"


def test_steps_the_command_line_did_not_touch_still_undo(window: Project) -> None:
    first = window.add_code("GUI code")
    window.add_code("GUI code 2")
    window.undo()
    with command_line(window) as cli:
        cli.ensure_code_path("CLI code")  # takes the row "GUI code 2" had
    with pytest.raises(OperationError):
        window.redo()
    window.undo()  # "GUI code", which nobody else touched
    assert [c.name for c in window.codes()] == ["CLI code"]
    assert window.history.depth == 0
    window.redo()
    assert window.code(first).name == "GUI code"
    # An undo after the outside change touches only rows it made: allowed.
    window.rename_code(first, "Renamed")
    window.undo()
    assert window.code(first).name == "GUI code"


def test_the_window_hears_what_the_command_line_changed(window: Project,
                                                        tmp_path: Path) -> None:
    heard: list[Changes] = []
    window.subscribe(heard.append)
    window.poll_outside()
    assert heard == []  # one pragma, nothing changed
    with command_line(window) as cli:
        cli.import_file(write_txt(tmp_path, "Bo.txt", "Bo: Later.\n"))
        code = cli.ensure_code_path("Trust")
    window.poll_outside()
    [changes] = heard
    assert changes.outside and changes.label == "Changed by another program"
    assert code in changes.ids("codes") and len(changes.ids("sources")) == 1
    window.poll_outside()
    assert len(heard) == 1  # each change is told once


def test_changes_caught_inside_the_windows_own_step_are_told_before_it(
        window: Project) -> None:
    heard: list[Changes] = []
    window.subscribe(heard.append)
    with command_line(window) as cli:
        cli.ensure_code_path("CLI code")
    window.add_code("GUI code")  # before the timer polled
    assert [c.outside for c in heard] == [True, False]


def marks(project: Project, table: str | None = None) -> int:
    return project.store.database.conn.execute(
        "SELECT count(*) FROM change_marks WHERE ? IS NULL OR tbl = ?",
        (table, table)).fetchone()[0]


def test_the_windows_own_writes_are_not_marked(window: Project) -> None:
    for i in range(20):
        window.add_code(f"c{i}")
    assert marks(window, "codes") == 0


def test_marks_stay_one_per_row_and_are_pruned_by_the_window(window: Project) -> None:
    with command_line(window) as cli:
        code = cli.ensure_code_path("A")
        for name in ("B", "C", "D"):
            cli.rename_code(code, name)
    assert marks(window, "codes") == 1
    window.poll_outside()
    window.add_code("GUI")  # the window's own transaction prunes what it has read
    assert marks(window) == 1  # the newest stays: the next number counts from it


def test_without_a_window_the_command_line_writes_no_marks(tmp_path: Path) -> None:
    path = tmp_path / "alone.annotator"
    Project.create(path).close()
    with Project.open(path) as cli:
        cli.import_file(write_txt(tmp_path, "Ana.txt", "Ana: Hello.\n"))
        cli.add_code("Trust")
        assert marks(cli) == 0


def test_a_window_on_a_project_it_created_is_told_too(tmp_path: Path) -> None:
    window = Project.create(tmp_path / "new.annotator")  # File > New: not opened locked
    window.watch_outside()  # takes the lock, so that the command line marks
    heard: list[Changes] = []
    window.subscribe(heard.append)
    with Project.open(window.path) as cli:
        code = cli.add_code("Trust")
    window.poll_outside()
    assert [c.ids("codes") for c in heard] == [frozenset({code})]
    window.unwatch_outside()
    window.close()
