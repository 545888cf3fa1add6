"""A window beside the command line on the same project: what `annotator import` or
`annotator code` writes shows within a second, without a click; undo and redo never
undo it by accident, and Qt's stack stays in step; `annotator restore` is refused
while the window has the project open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotator.operations.errors import USER_ERRORS
from annotator.platform import backups as project_backups
from annotator.project import Project
from annotator.ui.panes.documents import DocumentsPanel
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: We said yes, and it grew.\n"))
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(path)  # exclusive, as the app opens it; a backup is taken
    win.show()
    qtbot.waitExposed(win)
    return win


def listed(documents: DocumentsPanel) -> list[str]:
    """The transcripts' names as the list shows them now (no catching up first)."""
    model = documents.model
    return [model.item(row).child(r).text() for row in range(model.rowCount())
            for r in range(model.item(row).rowCount())]


def annotator(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command line, as a second process."""
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def test_a_command_line_import_shows_in_the_open_window_without_a_click(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.documents is not None and window.project is not None
    assert listed(window.documents) == ["Ana"]
    done = annotator("import", window.project.path, write_txt(tmp_path, "Bo.txt", "Bo: Hi.\n"))
    assert done.returncode == 0, done.stderr
    # The poll finds it with no event from the user; how soon is measured by
    # bench/window_bench.py (tests do not time), so the wait here is generous.
    qtbot.waitUntil(lambda: "Bo" in listed(window.documents), timeout=5000)
    # and `annotator code` on it: the count of the transcript's codings follows
    done = annotator("code", window.project.path, "--source", "Bo", "--code", "Greeting",
                     "--match", "Hi")
    assert done.returncode == 0, done.stderr
    greeting = window.project.find_code("Greeting")
    assert greeting is not None and window.codes_panel is not None
    tree = window.codes_panel.model
    qtbot.waitUntil(lambda: greeting.id in tree.tree_ids() and tree.usage(greeting.id) == (1, 1),
                    timeout=5000)
    assert window.bridge is not None and window.bridge.undo_stack.count() == 0  # not ours


def test_redo_refused_after_a_command_line_write_keeps_qt_in_step(qtbot,
                                                                  window: MainWindow) -> None:
    # Before: the redo raised IntegrityError (printed to stderr), Qt's index moved anyway,
    # and the next Undo was labelled "New code “GUI code 2”" but deleted "GUI code".
    bridge, project = window.bridge, window.project
    assert bridge is not None and project is not None
    bridge.run("New code", lambda: project.add_code("GUI code"))
    bridge.run("New code", lambda: project.add_code("GUI code 2"))
    window.actions_by_name["undo"].trigger()
    with Project.open(project.path) as cli:  # `annotator code` creating its code path
        cli.ensure_code_path("CLI code")
    with qtbot.waitSignal(bridge.error) as refused:
        window.actions_by_name["redo"].trigger()
    assert refused.args[0].startswith("Cannot redo New code “GUI code 2”: another program")
    assert bridge.undo_stack.index() == 1 == project.history.depth
    assert window.actions_by_name["undo"].text() == "&Undo New code “GUI code”"
    window.actions_by_name["undo"].trigger()
    assert [c.name for c in project.codes()] == ["CLI code"]


def test_undoing_new_code_keeps_the_coding_the_command_line_attached(
        qtbot, window: MainWindow) -> None:
    bridge, project = window.bridge, window.project
    assert bridge is not None and project is not None
    code = bridge.run("New code", lambda: project.add_code("GUI code"))
    assert code is not None
    done = annotator("code", project.path, "--source", "Ana", "--code", "GUI code",
                     "--match", "said yes", "--memo", "her own words")
    assert done.returncode == 0, done.stderr
    with qtbot.waitSignal(bridge.error) as refused:
        window.actions_by_name["undo"].trigger()
    assert refused.args[0].startswith("Cannot undo New code “GUI code”")
    [coding] = project.codings()
    assert (coding.code_id, coding.memo) == (code, "her own words")
    assert bridge.undo_stack.index() == 1 == project.history.depth


def test_restore_is_refused_while_a_window_has_the_project_open(window: MainWindow) -> None:
    project = window.project
    assert project is not None
    [backup] = project_backups.backups(project.path)
    with pytest.raises(USER_ERRORS) as refused:
        project_backups.restore(project.path, backup)
    assert "already open in another Annotator window" in str(refused.value)
    done = annotator("restore", project.path, "--backup", "1")
    assert done.returncode != 0 and "already open" in done.stderr
    assert done.stderr.count("\n") == 1  # one sentence, no traceback
    window.bridge.run("New code", lambda: project.add_code("Still writing"))  # same file
    assert project.find_code("Still writing") is not None
