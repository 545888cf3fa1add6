"""The participants panel: typed editors, one undo step per edit, assignment, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.pages.participants import ParticipantsPanel
from annotator.ui.shared.bridge import ProjectBridge

SHEFFIELD = "transcripts/sheffield-open-qual"


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.annotator"
    build_demo(path)
    return path


@pytest.fixture
def bridge(demo_path: Path):
    bridge = ProjectBridge(Project.open(demo_path))
    yield bridge
    bridge.close()


@pytest.fixture
def panel(qtbot, bridge: ProjectBridge) -> ParticipantsPanel:
    panel = ParticipantsPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _edit(qtbot, panel: ParticipantsPanel, row: int, column: int, editor_type: type):
    index = panel.model.index(row, column)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    qtbot.waitUntil(lambda: panel.view.viewport().findChild(editor_type) is not None)
    return panel.view.viewport().findChild(editor_type)


def _column(panel: ParticipantsPanel, name: str) -> int:
    return next(i for i in range(panel.model.columnCount())
                if panel.model.headerData(i, Qt.Orientation.Horizontal) == name)


def test_each_type_has_its_editor_and_an_edit_is_one_undo_step(
        qtbot, panel: ParticipantsPanel, bridge: ProjectBridge, demo_path: Path) -> None:
    project = bridge.project
    for name, kind, choices in (("Age", "number", []), ("Interviewed", "date", []),
                                ("Setting", "choice", ["Online", "In person"])):
        assert panel.add_attribute(name, kind, choices) is not None
    case = panel.model.cases[0]
    depth = bridge.undo_stack.count()

    spin = _edit(qtbot, panel, 0, _column(panel, "Age"), QDoubleSpinBox)
    spin.setValue(42)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bridge.undo_stack.count() == depth + 1)
    assert {c.id: c for c in project.cases()}[case.id].values["Age"] == "42"

    date = _edit(qtbot, panel, 0, _column(panel, "Interviewed"), QDateEdit)
    date.setDate(QDate(2024, 2, 29))
    qtbot.keyClick(date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bridge.undo_stack.count() == depth + 2)

    combo = _edit(qtbot, panel, 0, _column(panel, "Setting"), QComboBox)
    combo.setCurrentIndex(combo.findData("In person"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bridge.undo_stack.count() == depth + 3)
    values = {c.id: c for c in project.cases()}[case.id].values
    assert (values["Interviewed"], values["Setting"]) == ("2024-02-29", "In person")
    qtbot.waitUntil(lambda: panel.model.data(
        panel.model.index(0, _column(panel, "Setting"))) == "In person")

    bridge.undo_stack.undo()
    assert "Setting" not in {c.id: c for c in project.cases()}[case.id].values
    bridge.undo_stack.redo()
    # a renamed participant through the text editor of the first column
    line = _edit(qtbot, panel, 0, 0, QLineEdit)
    line.setText("Renamed 参与者")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bridge.undo_stack.count() == depth + 4)
    bridge.close()
    with Project.open(demo_path) as reopened:
        again = {c.id: c for c in reopened.cases()}[case.id]
    assert again.name == "Renamed 参与者"
    assert again.values["Age"] == "42" and again.values["Setting"] == "In person"
    assert again.values["Interviewed"] == "2024-02-29"


def test_assign_transcripts_with_the_checklist(qtbot, panel: ParticipantsPanel,
                                               bridge: ProjectBridge) -> None:
    project = bridge.project
    case_id = panel.add_participant("Group interview")
    assert case_id is not None and panel.current_case().id == case_id
    assert panel.transcripts.count() == len(project.sources())
    item = panel.transcripts.item(1)
    source_id, name = int(item.data(Qt.ItemDataRole.UserRole + 1)), item.text()
    item.setCheckState(Qt.CheckState.Checked)
    assert case_id in project.cases_of_source(source_id)
    row = next(i for i, c in enumerate(panel.model.cases) if c.id == case_id)
    assert name in panel.model.data(panel.model.index(row, 1))
    panel.transcripts.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert case_id not in project.cases_of_source(source_id)
    bridge.undo_stack.undo()
    assert case_id in project.cases_of_source(source_id)
    panel.remove_current()
    assert case_id not in {c.id for c in project.cases()}


def test_refused_value_is_one_sentence(qtbot, panel: ParticipantsPanel,
                                       bridge: ProjectBridge) -> None:
    with qtbot.waitSignal(bridge.error) as error:
        panel.add_attribute("", "text")
    assert "needs a name" in error.args[0]


def test_import_sheffield_sheet_and_screenshots(qtbot, tmp_path: Path, corpus_copy,
                                                shots: Path, panel: ParticipantsPanel) -> None:
    assert panel.grab().save(str(shots / "participants_demo.png"))
    project = Project.create(tmp_path / "sheffield.annotator")
    project.import_files([corpus_copy(f"{SHEFFIELD}/{n}.docx") for n in ("Ana", "Kelly")])
    bridge = ProjectBridge(project)
    sheffield = ParticipantsPanel(bridge)
    qtbot.addWidget(sheffield)
    sheffield.resize(1200, 600)
    sheffield.show()
    qtbot.waitExposed(sheffield)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def accept_preview() -> None:  # the preview of what the sheet does (issue 15, item 14)
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "attributeImportDialog":
            QTimer.singleShot(10, accept_preview)
            return
        dialog.import_button.click()

    QTimer.singleShot(0, accept_preview)
    with qtbot.waitSignal(sheffield.import_reported) as reported:
        sheffield.import_sheet(corpus_copy(
            f"{SHEFFIELD}/Interview Participant - Facesheet information.xlsx"))
    assert "Ana → Ana" in reported.args[0] and "Kelly → Kelly" in reported.args[0]
    # the 13 rows naming neither a transcript nor a participant are left out
    assert sheffield.model.rowCount() == 2
    assert bridge.undo_stack.count() == 1
    sheffield.select_case(next(c.id for c in sheffield.model.cases if c.name == "Ana"))
    checked = [sheffield.transcripts.item(i).text() for i in range(sheffield.transcripts.count())
               if sheffield.transcripts.item(i).checkState() == Qt.CheckState.Checked]
    assert checked == ["Ana"]
    assert sheffield.grab().save(str(shots / "participants_sheffield.png"))
    bridge.undo_stack.undo()
    assert sheffield.model.rowCount() == 0
    sheffield.close()
    bridge.close()


def _header_point(panel: ParticipantsPanel, column: int):
    header = panel.view.horizontalHeader()
    return header, header.sectionViewportPosition(column) + header.sectionSize(column) // 2


def test_attributes_are_edited_and_deleted_from_their_headings(
        qtbot, panel: ParticipantsPanel, bridge: ProjectBridge, demo_path: Path) -> None:
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

    from annotator.ui.dialogs.attribute import AttributeDialog

    errors: list[str] = []
    bridge.error.connect(errors.append)

    def in_dialog(name: str, type: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AttributeDialog)
        assert dialog.windowTitle() == "Edit attribute"
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, name)
        dialog.type.setCurrentIndex(dialog.type.findData(type))
        dialog.accept()

    # Double-click on the heading: edit it. A new name is one undo step.
    column = _column(panel, "Role")
    header, x = _header_point(panel, column)
    QTimer.singleShot(0, lambda: in_dialog("Role in the partnership", "text"))
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert _column(panel, "Role in the partnership") == column

    # A type the values do not fit is refused in one sentence, and nothing changes.
    QTimer.singleShot(0, lambda: in_dialog("Role in the partnership", "number"))
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert errors and errors[-1].endswith("Nothing was changed.")
    assert _column(panel, "Role in the partnership") == column

    # Right-click: Delete Attribute…, which asks, naming how many values go with it.
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    menu = panel.attribute_menu(header.logicalIndexAt(QPoint(x, 5)))
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == ["Edit Attribute…", "Delete Attribute…"]
    assert panel.attribute_menu(0) is None  # the participant's own column has none
    QTimer.singleShot(0, answer)
    menu.actions()[1].trigger()
    assert "values 5 participants have" in asked[0]
    assert not any("Role" in str(panel.model.headerData(i, Qt.Orientation.Horizontal))
                   for i in range(panel.model.columnCount()))
    bridge.undo_stack.undo()  # the values come back with the column
    assert _column(panel, "Role in the partnership") == column
    with Project.open(demo_path) as reopened:
        names = [a.name for a in reopened.attributes()]
    assert "Role in the partnership" in names
