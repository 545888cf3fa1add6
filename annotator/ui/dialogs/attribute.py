"""The dialog that names an attribute (a column of the participants table), gives it a
type and, for a choice, its choices: for a new attribute or to edit one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from annotator.model.entities import ATTRIBUTE_TYPES, Attribute
from annotator.ui.shared.i18n import tr


def type_label(type: str) -> str:
    """An attribute type ("text", "number", "date", "choice") as the researcher reads it."""
    return {"text": tr("text", "attribute type"), "number": tr("number", "attribute type"),
            "date": tr("date", "attribute type"),
            "choice": tr("choice", "attribute type")}.get(type, type)


class AttributeDialog(QDialog):
    """Name, type and (for a choice) the choices of an attribute, new or edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New attribute"))
        self.name = QLineEdit(self)
        self.type = QComboBox(self)
        for type in ATTRIBUTE_TYPES:
            self.type.addItem(type_label(type), type)
        self.choices = QLineEdit(self)
        self.choices.setPlaceholderText(tr("for a choice: values separated by commas"))
        form = QFormLayout(self)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Type"), self.type)
        form.addRow(tr("Choices"), self.choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(440)  # room to read a list of choices

    def values(self) -> tuple[str, str, list[str]]:
        choices = [c.strip() for c in self.choices.text().split(",") if c.strip()]
        return self.name.text(), str(self.type.currentData()), choices

    def show_attribute(self, attribute: Attribute) -> None:
        """Fill the dialog with an existing attribute, to edit it."""
        self.setWindowTitle(tr("Edit attribute"))
        self.name.setText(attribute.name)
        self.type.setCurrentIndex(self.type.findData(attribute.type))
        self.choices.setText(", ".join(attribute.choices))
