"""Import attributes in the window: the Sheffield facesheet into the issue's study (five
transcripts, Ana's already participant "P1 Ana"), previewed, a conflict answered,
applied as one undo step, the project file read again (issue 15, item 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from annotator.project import Project
from annotator.ui.dialogs.attribute_import import AttributeImportDialog
from annotator.ui.shared.i18n import install_language
from annotator.ui.window.main_window import MainWindow

SHEFFIELD = "transcripts/sheffield-open-qual"
SHEET = f"{SHEFFIELD}/Interview Participant - Facesheet information.xlsx"


@pytest.fixture
def study(tmp_path: Path, corpus_copy) -> Path:
    path = tmp_path / "five.annotator"
    with Project.create(path) as project:
        ids = project.import_files([corpus_copy(f"{SHEFFIELD}/{n}.docx")
                                    for n in ("Ana", "David", "Jessica", "Kelly", "Peter")])
        project.assign_source_to_case(ids[0], project.add_case("P1 Ana"))
        project.add_case(" kelly ")  # called like a row, but not linked to Kelly's transcript
        project.assign_source_to_case(ids[3], project.add_case("P4"))
        project.history.clear()
    return path


@pytest.fixture
def window(qtbot, study: Path) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(study)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def links(path: Path) -> dict[str, list[str]]:
    with Project.open(path) as project:
        cases = {c.id: c.name for c in project.cases()}
        return {s.name: sorted(cases[c] for c in project.cases_of_source(s.id))
                for s in project.sources()}


def preview_answered(qtbot, act, shots: Path | None = None, name: str = "") -> None:
    """Once the preview is up, `act` on it (choose, check, press a button)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AttributeImportDialog):
            QTimer.singleShot(10, answer)
            return
        if shots is not None:
            assert dialog.grab().save(str(shots / name))
        act(dialog)

    QTimer.singleShot(0, answer)


def test_the_facesheet_previewed_then_imported(qtbot, window: MainWindow, study: Path,
                                               corpus_copy, monkeypatch, shots: Path) -> None:
    sheet = corpus_copy(SHEET)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_args: (str(sheet), "")))
    window.actions_by_name["participants"].trigger()
    page = window.tools.participants
    assert page is not None
    button = page.findChild(QPushButton, "importAttributes")
    seen: dict[str, object] = {}

    def cancel(dialog: AttributeImportDialog) -> None:
        tree = dialog.tree
        seen["sections"] = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        seen["matched"] = [(c.text(1), c.text(2), c.text(3)) for c in
                           (tree.topLevelItem(0).child(i)
                            for i in range(tree.topLevelItem(0).childCount()))]
        seen["choices"] = dialog.choices()
        dialog.reject()

    preview_answered(qtbot, cancel, shots, "attribute_preview.png")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen["sections"] == ["Matched participants (2)", "New participants (3)",
                                "Unmatched rows (10)", "Conflicts (1)"]
    assert seen["matched"] == [("Ana", "P1 Ana", "Ana"), ("Kelly", "kelly", "Kelly")]
    assert seen["choices"] == {10: "keep"}  # Kelly's row: keep P4's link by default
    assert window.bridge is not None and window.bridge.undo_stack.count() == 0

    def move_and_import(dialog: AttributeImportDialog) -> None:
        dialog.choose(10, "move")
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    preview_answered(qtbot, move_and_import)
    with qtbot.waitSignal(page.import_reported):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.bridge.undo_stack.count() == 1
    window.close()
    assert links(study) == {"Ana": ["P1 Ana"], "David": ["David"], "Jessica": ["Jessica"],
                            "Kelly": ["kelly"], "Peter": ["Peter"]}
    with Project.open(study) as project:
        # P1 Ana, kelly, P4 (kept, now without a transcript), David, Jessica, Peter
        assert len(project.cases()) == 6
        assert not any(c.name == "Ana" for c in project.cases())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_preview_reads_whole(qtbot, window: MainWindow, corpus_copy, shots: Path,
                                 language: str) -> None:
    install_language(language)
    try:
        assert window.project is not None
        plan = window.project.sheets.preview(corpus_copy(SHEET))
        dialog = AttributeImportDialog(plan, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        combo = dialog._combos[10]
        # the conflict's choice shows whole in its column
        assert combo.width() >= combo.sizeHint().width()
        assert dialog.unmatched.width() >= dialog.unmatched.sizeHint().width()
        assert dialog.grab().save(str(shots / f"attribute_preview_{language}.png"))
        dialog.close()
    finally:
        install_language("en")
