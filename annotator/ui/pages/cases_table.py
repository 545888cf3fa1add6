"""The participants table: one row per participant (case), its transcripts, then one
column per attribute, each edited in place with an editor for the attribute's type
(number: spin box, date: date edit, choice: combo box, text: line edit). Every edit
is one undoable step through the bridge.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from annotator.model.entities import Attribute, Case
from annotator.ui.dialogs.attribute import type_label
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip

FIXED = ("Participant", "Transcripts")
"""The first two columns (their headers are translated where shown: `fixed_header`)."""
_Index = QModelIndex | QPersistentModelIndex


def fixed_header(section: int) -> str:
    return (tr("Participant"), tr("Transcripts"))[section]


class CasesModel(QAbstractTableModel):
    """Rows are participants; columns: name, transcripts, then one per attribute."""

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.cases: list[Case] = []
        self.attributes: list[Attribute] = []
        self._transcripts: dict[int, list[str]] = {}

    def reload(self) -> None:
        project = self._bridge.project
        self.beginResetModel()
        self.cases, self.attributes = project.cases(), project.attributes()
        self._transcripts = {}
        for case, summaries in project.sources_by_case():
            if case is not None:
                self._transcripts[case.id] = [s.name for s in summaries]
        self.endResetModel()

    def attribute_at(self, column: int) -> Attribute | None:
        index = column - len(FIXED)
        return self.attributes[index] if 0 <= index < len(self.attributes) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(FIXED) + len(self.attributes)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() != 1 and not self._bridge.project.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        case = self.cases[index.row()]
        attribute = self.attribute_at(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return case.name
            if index.column() == 1:
                return ", ".join(self._transcripts.get(case.id, []))
            assert attribute is not None
            return case.values.get(attribute.name, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and attribute and attribute.type == "number":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return tr("Tick transcripts in the list beside the table to assign them.")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        attribute = self.attribute_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(FIXED):
                return fixed_header(section)
            return attribute.name if attribute else None
        if role == Qt.ItemDataRole.ToolTipRole and attribute is not None:
            choices = f": {', '.join(attribute.choices)}" if attribute.choices else ""
            return plain_tip(f"{attribute.name} ({type_label(attribute.type)}{choices})")
        return None

    def setData(self, index: _Index, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        project = self._bridge.project
        case = self.cases[index.row()]
        text = "" if value is None else str(value)
        if index.column() == 0:
            if text.strip() == case.name:
                return False
            return self._bridge.run(tr("Rename participant"),
                                    lambda: project.rename_case(case.id, text)) is not None
        attribute = self.attribute_at(index.column())
        if attribute is None or text == case.values.get(attribute.name, ""):
            return False
        self._bridge.run(tr("Edit attribute value"), lambda: project.set_case_value(
            case.id, attribute.id, text or None))
        return True


class AttributeDelegate(QStyledItemDelegate):
    """An editor per attribute type; values go back as text (dates YYYY-MM-DD)."""

    def __init__(self, model: CasesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        attribute = self._model.attribute_at(index.column())
        if attribute is None or attribute.type == "text":
            return super().createEditor(parent, option, index)
        if attribute.type == "number":
            spin = QDoubleSpinBox(parent)
            spin.setRange(-1e12, 1e12)
            spin.setDecimals(3)
            return spin
        if attribute.type == "date":
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        combo = QComboBox(parent)
        combo.addItem("", "")
        for choice in attribute.choices:
            combo.addItem(choice, choice)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QDoubleSpinBox):
            try:
                editor.setValue(float(value) if value else 0.0)
            except ValueError:
                editor.setValue(0.0)
        elif isinstance(editor, QDateEdit):
            date = QDate.fromString(value, "yyyy-MM-dd")
            editor.setDate(date if date.isValid() else QDate.currentDate())
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: _Index) -> None:
        if isinstance(editor, QDoubleSpinBox):
            number = round(editor.value(), 3)
            model.setData(index, str(int(number)) if number.is_integer() else str(number))
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toString("yyyy-MM-dd"))
        elif isinstance(editor, QComboBox):
            model.setData(index, str(editor.currentData() or ""))
        else:
            super().setModelData(editor, model, index)
