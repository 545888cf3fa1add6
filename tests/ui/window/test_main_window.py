"""The coding workspace as a person uses it: open, select with the mouse, code, undo,
close, and find it all in the project file afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.project import Project
from annotator.ui.transcript.panel import TranscriptPanel
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt
from tests.ui.drive import answer_refused_files, drag_select, send_drop, stored

ENGLISH = (
    "Interviewer: [00:01:02] How did it begin?\n"
    "Ana: The clinic 😀 called us about the students.\n"
    "Interviewer: And then?\n"
    "Ana: We said yes, and it grew from there.\n"
)
CHINESE = (
    "访谈者：你们是怎么开始合作的？\n"
    "受访者：疫情的时候 😀 𠀋 医学院联系了我们，社区参与很重要。\n"
    "访谈者：后来呢？\n"
    "受访者：我们一起做了很多事情。\n"
)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", ENGLISH))
        project.import_file(write_txt(tmp_path, "李女士.txt", CHINESE))
        project.add_code("Contact", color="#81D4FA")
        project.add_code("社区参与", color="#FFD54F")
        project.history.clear()
    return path


@pytest.fixture
def window(qtbot, project_path: Path) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(project_path)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_panel(window: MainWindow, name: str) -> TranscriptPanel:
    assert window.project is not None
    panel = window.open_source(window.project.source_by_name(name).id)
    assert panel is not None and window.current_panel() is panel
    return panel


def tree_drag_payload(window: MainWindow, name: str) -> QMimeData:
    """What the code tree puts on a drag of the code called `name`."""
    panel = window.codes_panel
    assert panel is not None and window.project is not None
    code = next(c for c in window.project.codes() if c.name == name)
    panel.select_code(code.id)
    indexes = panel.tree.selectionModel().selectedRows(0)
    return panel.tree.model().mimeData(indexes)


def test_window_shows_the_project(window: MainWindow) -> None:
    assert window.windowTitle() == "study — Annotator"
    assert window.tabs.count() == 1, "the first transcript opens when there is no session"
    assert window.centralWidget() is window.tabs
    for name in ("documentsList", "codeTree", "transcriptView", "codingMargin", "inspector",
                 "retrievalList"):
        assert window.findChild(object, name) is not None, name


def test_code_by_mouse_drag_and_tree_drop_then_undo_and_reopen(
    qtbot, window: MainWindow, project_path: Path
) -> None:
    panel = open_panel(window, "李女士")
    start = CHINESE.index("医学院")
    end = CHINESE.index("很重要") + 3
    drag_select(qtbot, panel.view, start, end)
    assert panel.selected_range() == (start, end)
    payload = tree_drag_payload(window, "社区参与")
    inside = panel.view.cursorRect().center() - QPoint(20, 0)
    assert send_drop(panel.view.viewport(), payload, inside)

    english = open_panel(window, "Ana")
    e_start = ENGLISH.index("called")
    e_end = ENGLISH.index("students") + len("students")
    drag_select(qtbot, english.view, e_start, e_end)
    english.view.setFocus()
    qtbot.keyClick(english.view, Qt.Key.Key_1)  # the first code in the tree: Contact
    assert len(window.project.codings()) == 2

    qtbot.keyClick(english.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.project.codings()) == 1
    assert window.actions_by_name["redo"].text() == "&Redo Code excerpt with “Contact”"
    qtbot.keyClick(english.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.project.codings()) == 2
    window.close()
    assert stored(project_path) == sorted([
        ("Ana", "Contact", e_start, e_end, "called us about the students"),
        ("李女士", "社区参与", start, end, "医学院联系了我们，社区参与很重要"),
    ])


def test_reopens_where_the_researcher_left_it(qtbot, window: MainWindow,
                                              project_path: Path) -> None:
    open_panel(window, "李女士")
    open_panel(window, "Ana")
    window.tabs.setCurrentIndex(1)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_project(project_path)
    assert [again.tabs.tabText(i) for i in range(again.tabs.count())] == ["Ana", "李女士"]
    assert again.tabs.currentIndex() == 1
    again.close()


def test_retrieval_double_click_opens_the_excerpt(qtbot, window: MainWindow) -> None:
    project = window.project
    assert project is not None and window.codes_panel is not None
    source = project.source_by_name("李女士").id
    code = project.find_code("社区参与").id
    start = CHINESE.index("社区参与")
    window.bridge.run("Code", lambda: project.add_coding(source, code, start, start + 4))
    window.close_tab(window.tabs.currentIndex())
    window.codes_panel.select_code(code)
    retrieval = window.retrieval
    assert retrieval is not None and retrieval.list.topLevelItemCount() == 1
    item = retrieval.list.topLevelItem(0)
    rect = retrieval.list.visualItemRect(item)
    # A real double-click is press, release, then the double-click press.
    qtbot.mouseClick(retrieval.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(retrieval.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = window.current_panel()
    assert panel is not None and panel.source_id == source
    assert panel.selected_range() == (start, start + 4)


def test_dropped_files_are_imported(qtbot, window: MainWindow, tmp_path: Path) -> None:
    files = [write_txt(tmp_path, f"Extra{i}.txt", f"Interviewer: {i}?\nP: yes.\n")
             for i in range(3)]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    assert send_drop(window, mime, QPoint(300, 300))
    names = [s.name for s in window.project.sources()]
    assert names[-3:] == ["Extra0", "Extra1", "Extra2"]
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Extra0"
    window.bridge.undo_stack.undo()
    assert [s.name for s in window.project.sources()] == ["Ana", "李女士"]


def test_cancelled_import_changes_nothing(qtbot, window: MainWindow, tmp_path: Path,
                                          monkeypatch) -> None:
    monkeypatch.setattr("annotator.ui.dialogs.import_progress.QProgressDialog.wasCanceled",
                        lambda _self: True)
    files = [write_txt(tmp_path, f"More{i}.txt", "text") for i in range(2)]
    assert window.import_files(files) == []
    assert len(window.project.sources()) == 2


def test_a_bad_file_is_one_sentence(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    shown: list[str] = []
    answer_refused_files(shown)  # a dialog now, not a status message that goes in 10 s
    assert window.import_files([bad]) == []
    assert len(shown) == 1 and "broken.docx" in shown[0]
    assert len(window.project.sources()) == 2


def answer_error_box(shown: list[str]) -> None:
    """Read the window's modal error box once it is up, then press OK, as a person would."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        assert box.textFormat() == Qt.TextFormat.PlainText  # a name is never markup
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)


def test_opening_a_non_project_says_so(qtbot, tmp_path: Path) -> None:
    shown: list[str] = []
    win = MainWindow()
    qtbot.addWidget(win)
    fake = write_txt(tmp_path, "notes.annotator", "not a project")
    answer_error_box(shown)
    assert not win.open_project(fake)
    assert shown == ["“notes.annotator” is not an Annotator project."]
    assert win.project is None and win.centralWidget() is win.empty


def test_a_second_window_on_the_same_project_is_told(qtbot, window: MainWindow,
                                                     project_path: Path) -> None:
    shown: list[str] = []
    second = MainWindow()
    qtbot.addWidget(second)
    answer_error_box(shown)
    assert not second.open_project(project_path)
    assert shown == ["“study.annotator” is already open in another Annotator window; "
                     "switch to that window, or close the project there first."]
    window.close()
    assert second.open_project(project_path)
    second.close()
