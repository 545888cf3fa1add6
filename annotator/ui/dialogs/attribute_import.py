"""The preview of an attribute sheet before it is imported: the rows that match
participants, the new participants, the rows that match nothing (left out unless
asked for) and the conflicts, each with its choice (keep the transcript's link, by
default; link to both; move the link). Nothing changes until Import is pressed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.operations.attribute_plan import (
    ADD,
    KEEP,
    MOVE,
    AttributePlan,
    PlannedRow,
    conflict_sentence,
)
from annotator.ui.shared.i18n import describe, tr

ROW_NUMBER = Qt.ItemDataRole.UserRole + 1


class AttributeImportDialog(QDialog):
    """Shows `plan`; `choices()` and `add_unmatched()` say what the researcher chose."""

    def __init__(self, plan: AttributePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attributeImportDialog")
        self.setWindowTitle(tr("Import attributes"))
        self.plan = plan
        heading = QLabel(describe(plan.lines()[0]), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("attributePreview")
        self.tree.setHeaderLabels([tr("Row"), tr("In the sheet"), tr("Participant"),
                                   tr("Transcript")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self._combos: dict[int, QComboBox] = {}
        self._section(tr("Matched participants ({n})"), plan.matched, tr("updated"))
        self._section(tr("New participants ({n})"), plan.new, tr("new"))
        self._section(tr("Unmatched rows ({n})"), plan.unmatched, tr("left out"))
        self._conflicts()
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.unmatched = QCheckBox(tr("Add the unmatched rows as new participants too"), self)
        self.unmatched.setObjectName("addUnmatched")
        self.unmatched.setEnabled(bool(plan.unmatched))
        self.unmatched.toggled.connect(self._unmatched_toggled)
        notes = [describe(line) for line in plan.skipped]
        if plan.transcripts_without_row:
            notes.insert(0, tr("Transcripts with no row: {names}").format(
                names=", ".join(plan.transcripts_without_row)))
        self.notes = QLabel("\n".join(notes), self)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(tr("Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import")
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.unmatched)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)
        self.resize(820, 560)

    def _section(self, title: str, rows: list[PlannedRow], state: str) -> QTreeWidgetItem:
        section = QTreeWidgetItem(self.tree, [title.format(n=len(rows))])
        section.setFirstColumnSpanned(True)
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        for row in rows:
            item = QTreeWidgetItem(section, [str(row.number), row.name,
                                             row.case_name if row.case_id is not None
                                             else f"{row.name} ({state})", row.source_name])
            item.setData(0, ROW_NUMBER, row.number)
        return section

    def _conflicts(self) -> None:
        if not self.plan.conflicts:
            return
        section = QTreeWidgetItem(self.tree, [tr("Conflicts ({n})").format(
            n=len(self.plan.conflicts))])
        section.setFirstColumnSpanned(True)
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        for conflict in self.plan.conflicts:
            row = conflict.row
            linked = ", ".join(f"“{name}”" for name in conflict.linked)
            item = QTreeWidgetItem(section, [str(row.number), row.name, row.case_name])
            item.setToolTip(1, describe(conflict_sentence(conflict)))
            combo = QComboBox(self.tree)
            combo.setObjectName(f"conflict{row.number}")
            combo.addItem(tr("keep “{source}” with {linked}").format(
                source=row.source_name, linked=linked), KEEP)
            combo.addItem(tr("link “{source}” to both").format(source=row.source_name), ADD)
            combo.addItem(tr("move “{source}” to “{case}”").format(
                source=row.source_name, case=row.case_name), MOVE)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.tree.setItemWidget(item, 3, combo)
            self._combos[row.number] = combo

    def _unmatched_toggled(self, on: bool) -> None:
        section = self.tree.topLevelItem(2)
        if section is None:
            return
        for i in range(section.childCount()):
            item = section.child(i)
            name = item.text(1)
            item.setText(2, f"{name} ({tr('new')})" if on else f"{name} ({tr('left out')})")

    def choices(self) -> dict[int, str]:
        """Each conflicting row's number and its choice (keep, add or move)."""
        return {number: str(combo.currentData()) for number, combo in self._combos.items()}

    def add_unmatched(self) -> bool:
        return self.unmatched.isChecked()

    def choose(self, row_number: int, choice: str) -> None:
        combo = self._combos[row_number]
        combo.setCurrentIndex(combo.findData(choice))
