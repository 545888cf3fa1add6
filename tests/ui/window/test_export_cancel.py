"""Annotated export from the menu: Enter, Return and Space do not stop it; Escape does, and
the status bar then says it was cancelled and which transcripts were not written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from annotator.exports import word
from annotator.platform.demo import build_demo
from annotator.ui.window.main_window import MainWindow


def _press(qtbot, dialog: QProgressDialog, key: Qt.Key) -> None:
    """A key as a person presses it: to whatever has the keyboard focus in the dialog."""
    qtbot.keyClick(dialog.focusWidget() or dialog, key)


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch) -> MainWindow:
    demo = tmp_path / "Demo.annotator"
    build_demo(demo)
    monkeypatch.setattr("annotator.ui.window.word_actions.ask_folder",
                        lambda _parent: tmp_path / "out")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(demo)
    return window


def _between_files(monkeypatch, action: Callable[[int], None]) -> None:
    """Run `action(n)` as the n-th transcript (from 0) starts being written: the test's hand
    on the keyboard while the export is under way, with no sleeps."""
    real = word.export_transcript
    calls = iter(range(100))

    def writer(*args, **kwargs):  # type: ignore[no-untyped-def]
        action(next(calls))
        return real(*args, **kwargs)

    monkeypatch.setattr(word, "export_transcript", writer)


def _dialog(window: MainWindow) -> QProgressDialog:
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None
    if not dialog.isVisible():  # it shows itself after 300 ms; the test does not wait
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_enter_return_and_space_do_not_cancel_an_export(qtbot, window: MainWindow,
                                                        tmp_path: Path, monkeypatch) -> None:
    pressed: list[int] = []

    def keys(n: int) -> None:
        dialog = _dialog(window)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            _press(qtbot, dialog, key)
        QApplication.processEvents()
        assert not dialog.wasCanceled()
        pressed.append(n)

    _between_files(monkeypatch, keys)
    window.actions_by_name["export_docx"].trigger()
    assert pressed == [0, 1, 2, 3, 4]
    assert len(list((tmp_path / "out").glob("*.docx"))) == 5
    assert window.statusBar().currentMessage().startswith("Wrote 5 annotated transcripts")


def test_escape_cancels_and_the_status_names_what_was_not_written(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    names = [s.name for s in window.bridge.project.sources()]

    def escape_during_the_second(n: int) -> None:
        dialog = _dialog(window)
        if n == 1:
            _press(qtbot, dialog, Qt.Key.Key_Return)  # not this one
            assert not dialog.wasCanceled()
            _press(qtbot, dialog, Qt.Key.Key_Escape)
            assert dialog.wasCanceled()

    _between_files(monkeypatch, escape_during_the_second)
    window.actions_by_name["export_docx"].trigger()
    out = tmp_path / "out"
    # The file being written when Escape came is finished; nothing after it is begun,
    # and no half-written or temporary file is left.
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{word.file_stem(n)} - annotated.docx" for n in names[:2])
    missing = ", ".join(f"“{n}”" for n in names[2:])
    assert window.statusBar().currentMessage() == (
        f"Export cancelled: wrote 2 of 5 transcripts; not written: {missing}.")
    assert window.findChild(QProgressDialog) is None or \
        not window.findChild(QProgressDialog).isVisible()


def test_what_the_export_did_with_text_boxes_is_shown(qtbot, tmp_path: Path, monkeypatch,
                                                      corpus_copy) -> None:
    from annotator.project import Project

    path = tmp_path / "boxes.annotator"
    with Project.create(path) as project:
        source_id = project.import_file(corpus_copy(
            "tricky-docx/docx2python__nested_paragraphs.docx"))
        body, box = project.paragraphs(source_id)[:2]
        code = project.ensure_code_path("Place", "#1f77b4")
        project.add_coding(source_id, code, body.end - 5, box.start + 5)
    monkeypatch.setattr("annotator.ui.window.word_actions.ask_folder",
                        lambda _parent: tmp_path / "out")
    reports: list[tuple[str, str]] = []
    monkeypatch.setattr("annotator.ui.window.word_actions.show_report",
                        lambda _parent, title, text: reports.append((title, text)))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path)
    window.actions_by_name["export_docx"].trigger()
    assert reports == [("Annotated transcripts", "docx2python__nested_paragraphs: 1 excerpt "
                        "crosses a text box: split into 2 comments.")]
    assert window.statusBar().currentMessage().startswith("Wrote 1 annotated transcript into")
