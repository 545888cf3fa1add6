"""The dialogs the code tree asks its questions in: confirm, pick a colour, write a
description, pick the code to merge into. The panel wraps each in a method that tests
replace."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.codes.columns import CODE_ID_ROLE
from annotator.ui.shared.i18n import tr


def confirm(parent: QWidget, text: str, action: str) -> bool:
    """Ask `text` with an `action` button and Cancel; True if the user chose `action`."""
    box = QMessageBox(QMessageBox.Icon.Question, action, text,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the question quotes a name
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(yes)
    box.exec()
    box.deleteLater()
    return box.clickedButton() is yes


def pick_color(parent: QWidget, current: str) -> str | None:
    """A colour as "#RRGGBB", or None if the user cancelled."""
    color = QColorDialog.getColor(QColor(current), parent, tr("Code colour"))
    return color.name().upper() if color.isValid() else None


def ask_description(parent: QWidget, current: str) -> str | None:
    """The code's description as edited, or None if the user cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Code description"))
    edit = QPlainTextEdit(current, dialog)
    edit.setAccessibleName(tr("Code description"))
    accepted = run_dialog(dialog, tr("What the code means, and when to use it:"), edit)
    dialog.deleteLater()
    return edit.toPlainText() if accepted else None


def pick_code(parent: QWidget, prompt: str, choices: Iterable[tuple[int, QIcon, str]]
              ) -> int | None:
    """One of `choices` (code id, swatch, path), narrowed by a filter box; None if the
    user cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Merge codes"))
    search = QLineEdit(dialog)
    search.setPlaceholderText(tr("Filter codes"))
    search.setAccessibleName(tr("Filter codes"))
    listing = QListWidget(dialog)
    listing.setAccessibleName(tr("Codes to merge into"))
    for code_id, swatch, path in choices:
        item = QListWidgetItem(swatch, path, listing)
        item.setData(CODE_ID_ROLE, code_id)
    listing.setCurrentRow(0)
    listing.itemDoubleClicked.connect(dialog.accept)

    def narrow(text: str) -> None:
        shown = []
        for row in range(listing.count()):
            item = listing.item(row)
            item.setHidden(text.casefold() not in item.text().casefold())
            shown += [] if item.isHidden() else [item]
        listing.setCurrentItem(shown[0] if shown else None)

    search.textChanged.connect(narrow)
    accepted = run_dialog(dialog, prompt, search, listing)
    item = listing.currentItem()
    dialog.deleteLater()
    return int(item.data(CODE_ID_ROLE)) if accepted and item is not None else None


def run_dialog(dialog: QDialog, prompt: str, *widgets: QWidget) -> bool:
    """Lay out a prompt, the widgets and OK/Cancel; True if the user pressed OK."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(prompt, dialog))
    for widget in widgets:
        layout.addWidget(widget)
    layout.addWidget(buttons)
    return dialog.exec() == QDialog.DialogCode.Accepted
