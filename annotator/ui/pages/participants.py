"""Participants (cases): a table of participants x attributes, editable in place.

The table and its editors are in cases_table.py; every edit is one undoable
step through the bridge. Beside the table, the transcripts of the selected
participant are a checkable list (a transcript may belong to several). Import
attributes… reads a CSV/XLSX sheet and shows what matched below the table.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.model.entities import Attribute, Case
from annotator.ui.dialogs.attribute import AttributeDialog
from annotator.ui.dialogs.attribute_import import AttributeImportDialog
from annotator.ui.pages.cases_table import AttributeDelegate, CasesModel
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.shared.icons import icon
from annotator.ui.shared.plain import plain_message

SOURCE_ID = Qt.ItemDataRole.UserRole + 1
"""data(SOURCE_ID) of an item in the transcripts list: the transcript's id."""


class ParticipantsPanel(QWidget):
    """The participant table, the selected participant's transcripts, and the actions.

    Emits `import_reported(str)` with the report text after an attribute import.
    """

    import_reported = Signal(str)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPanel")
        self._bridge = bridge
        self._filling = False
        self._refresh_pending = False
        self._toggling = False
        self.model = CasesModel(bridge, self)
        self.view = QTableView(self)
        self.view.setObjectName("participantsTable")
        self.view.setAccessibleName(tr("Participants"))
        self.view.setAccessibleDescription(tr(
            "One row per participant, one column per attribute; edit a cell to change a "
            "value."))
        self.view.setModel(self.model)
        self.view.setItemDelegate(AttributeDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._fill_transcripts())
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionDoubleClicked.connect(self._edit_attribute_at)
        header.setToolTip(tr("Double-click an attribute's heading to edit it; right-click "
                             "for more"))

        self.transcripts = QListWidget(self)
        self.transcripts.setObjectName("caseTranscripts")
        self.transcripts.setAccessibleName(tr("Transcripts of the participant"))
        self.transcripts.setAccessibleDescription(tr(
            "Every transcript; the checked ones belong to the selected participant."))
        self.transcripts.itemChanged.connect(self._transcript_toggled)
        self.transcripts_title = QLabel(tr("Transcripts"), self)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.transcripts_title)
        side_layout.addWidget(self.transcripts)

        buttons = QHBoxLayout()
        for label, name, slot, tip in (
            (tr("Add participant…"), "addParticipant", self._add_participant_clicked,
             tr("Add a participant to the table")),
            (tr("Remove participant"), "removeParticipant", self.remove_current,
             tr("Remove the selected participant (their transcripts stay)")),
            (tr("Add attribute…"), "addAttribute", self._add_attribute_clicked,
             tr("Add a column: an attribute every participant can have a value for")),
            (tr("Import attributes…"), "importAttributes", self._import_clicked,
             tr("Read participants' attributes from a CSV or Excel sheet")),
        ):
            button = QPushButton(label, self)
            button.setObjectName(name)
            button.setStatusTip(tip)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("importReport")
        self.report.setAccessibleName(tr("Import report"))
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(6 * self.fontMetrics().lineSpacing())
        self.report.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.report)
        bridge.sources_changed.connect(self.refresh)
        self.refresh()

    # -- state ------------------------------------------------------------------
    def current_case(self) -> Case | None:
        row = self.view.currentIndex().row()
        return self.model.cases[row] if 0 <= row < len(self.model.cases) else None

    def select_case(self, case_id: int) -> None:
        row = next((i for i, c in enumerate(self.model.cases) if c.id == case_id), -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def refresh(self) -> None:
        if self.view.state() == QAbstractItemView.State.EditingState:
            # A cell's edit is committing: rebuild once its editor has closed.
            if not self._refresh_pending:
                self._refresh_pending = True
                QTimer.singleShot(0, self, self._deferred_refresh)
            return
        current = self.current_case()
        self.model.reload()
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(max(self.view.columnWidth(column), 70), 260))
        if current is not None:
            self.select_case(current.id)
        elif self.model.cases:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._fill_transcripts()

    def _deferred_refresh(self) -> None:
        self._refresh_pending = False
        if not self._bridge.project.closed:
            self.refresh()

    def _fill_transcripts(self) -> None:
        if self._toggling or self._bridge.project.closed:
            return  # never rebuild the list under the item being toggled
        case = self.current_case()
        self._filling = True
        self.transcripts.clear()
        assigned: set[int] = set()
        if case is not None:
            for group, summaries in self._bridge.project.sources_by_case():
                if group is not None and group.id == case.id:
                    assigned = {s.id for s in summaries}
        self.transcripts_title.setText(
            tr("Transcripts of {participant}").format(participant=case.name) if case
            else tr("Select a participant"))
        for summary in self._bridge.project.sources():
            item = QListWidgetItem(summary.name)
            item.setData(SOURCE_ID, summary.id)
            if case is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if summary.id in assigned
                                   else Qt.CheckState.Unchecked)
            self.transcripts.addItem(item)
        self._filling = False

    def _transcript_toggled(self, item: QListWidgetItem) -> None:
        case = self.current_case()
        if self._filling or case is None:
            return
        source_id = int(item.data(SOURCE_ID))
        project = self._bridge.project
        checked = item.checkState() == Qt.CheckState.Checked
        self._toggling = True  # the list already shows it: do not rebuild it under the item
        try:
            if checked:
                self._bridge.run(tr("Assign transcript"), lambda: project.assign_source_to_case(
                    source_id, case.id))
            else:
                self._bridge.run(tr("Unassign transcript"),
                                 lambda: project.unassign_source_from_case(source_id, case.id))
        finally:
            self._toggling = False
        # Refused or not, show what the project now holds, once this signal is over.
        QTimer.singleShot(0, self, self._fill_transcripts)

    # -- actions (the buttons ask, these do) --------------------------------------
    def add_participant(self, name: str) -> int | None:
        case_id = self._bridge.run(tr("New participant"),
                                   lambda: self._bridge.project.add_case(name))
        if case_id is not None:
            self.select_case(case_id)
        return case_id

    def remove_current(self) -> None:
        case = self.current_case()
        if case is not None:
            self._bridge.run(tr("Delete participant “{name}”").format(name=case.name),
                             lambda: self._bridge.project.delete_case(case.id))

    def add_attribute(self, name: str, type: str = "text", choices: list[str] | None = None
                      ) -> int | None:
        return self._bridge.run(tr("New attribute"), lambda: self._bridge.project.add_attribute(
            name, type, choices or ()))

    def edit_attribute(self, attribute_id: int, name: str, type: str,
                       choices: list[str] | None = None) -> None:
        self._bridge.run(tr("Edit attribute"), lambda: self._bridge.project.edit_attribute(
            attribute_id, name, type, choices or ()))

    def delete_attribute(self, attribute_id: int) -> None:
        self._bridge.run(tr("Delete attribute"),
                         lambda: self._bridge.project.delete_attribute(attribute_id))

    def import_sheet(self, path: Path) -> str | None:
        """Preview the sheet at `path` (dialogs/attribute_import.py), then import it as
        the researcher chose there; the report, or None if refused or cancelled."""
        sheets = self._bridge.project.sheets
        plan = self._bridge.run(tr("Import attributes"), lambda: sheets.preview(path))
        if plan is None:
            return None
        dialog = AttributeImportDialog(plan, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choices, add_unmatched = dialog.choices(), dialog.add_unmatched()
        dialog.deleteLater()
        if not accepted:
            return None
        report = self._bridge.run(tr("Import attributes"),
                                  lambda: sheets.apply(plan, choices, add_unmatched))
        if report is None:
            return None
        text = "\n".join(describe(line) for line in report.lines())
        self.report.setPlainText(text)
        self.report.show()
        self.import_reported.emit(text)
        return text

    def _add_participant_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, tr("New participant"), tr("Name:"))
        if ok and name.strip():
            self.add_participant(name)

    def _add_attribute_clicked(self) -> None:
        dialog = AttributeDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, type, choices = dialog.values()
            self.add_attribute(name, type, choices)

    def attribute_menu(self, column: int) -> QMenu | None:
        """The menu of an attribute's heading (None for the fixed columns)."""
        attribute = self.model.attribute_at(column)
        if attribute is None:
            return None
        menu = QMenu(self)
        menu.addAction(icon("rename"), tr("Edit Attribute…"),
                       lambda: self._edit_attribute_at(column))
        menu.addAction(icon("delete"), tr("Delete Attribute…"),
                       lambda: self._delete_attribute_asked(attribute))
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = self.attribute_menu(header.logicalIndexAt(pos))
        if menu is not None:
            menu.exec(header.mapToGlobal(pos))

    def _edit_attribute_at(self, column: int) -> None:
        attribute = self.model.attribute_at(column)
        if attribute is None:
            return
        dialog = AttributeDialog(self)
        dialog.show_attribute(attribute)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, type, choices = dialog.values()
            self.edit_attribute(attribute.id, name, type, choices)

    def _delete_attribute_asked(self, attribute: Attribute) -> None:
        count = self._bridge.project.attribute_value_count(attribute.id)
        question = (tr("Delete the attribute “{name}” and the values {n} participants have "
                       "for it? You can undo this.").format(name=attribute.name, n=count)
                    if count else
                    tr("Delete the attribute “{name}”? No participant has a value for it "
                       "yet.").format(name=attribute.name))
        answer = plain_message(self, QMessageBox.Icon.Question, tr("Delete attribute"), question,
                               QMessageBox.StandardButton.Yes
                               | QMessageBox.StandardButton.Cancel,
                               QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_attribute(attribute.id)

    def _import_clicked(self) -> None:
        filters = ";;".join((tr("Attribute sheets (*.xlsx *.csv)"), tr("All files (*)")))
        name, _ = QFileDialog.getOpenFileName(self, tr("Import attributes"), "", filters)
        if name:
            self.import_sheet(Path(name))
