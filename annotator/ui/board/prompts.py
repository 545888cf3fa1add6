"""The board's questions to the researcher: a theme's name, a link's label, a colour,
a definition. Tests replace `BoardPrompts`' methods to answer them."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.shared.i18n import tr


class BoardPrompts:
    """Dialogs the board opens; each returns None when the researcher cancels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_theme_name(self, title: str, default: str | None = None) -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, tr("Theme name:"),
                                        QLineEdit.EchoMode.Normal,
                                        tr("New theme") if default is None else default)
        return " ".join(text.split()) if ok and text.strip() else None

    def ask_link_label(self, default: str = "") -> str | None:
        """The label of a link; "" is a fine answer (an unlabelled arrow)."""
        text, ok = QInputDialog.getText(
            self.parent, tr("Link themes"), tr("How are the themes related? (may be left empty)"),
            QLineEdit.EchoMode.Normal, default)
        return text.strip() if ok else None

    def ask_color(self, current: str) -> str | None:
        color = QColorDialog.getColor(QColor(current), self.parent, tr("Theme colour"))
        return color.name().upper() if color.isValid() else None

    def ask_definition(self, name: str, current: str) -> str | None:
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(tr("Definition of “{theme}”").format(theme=name))
        edit = QPlainTextEdit(current, dialog)
        edit.setObjectName("themeDefinitionEdit")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(tr("What the theme is about, its scope and its boundaries:")))
        layout.addWidget(edit)
        layout.addWidget(buttons)
        dialog.resize(480, 260)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return edit.toPlainText().strip()
        finally:
            dialog.deleteLater()
