"""Names as text, never markup: for the places Qt would take a name for rich text.

Qt renders a tooltip, and a label left at its automatic format, as HTML whenever the
text merely looks like it (Qt.mightBeRichText): a code called `<img src="/dev/zero">`
from an imported file made Qt read /dev/zero until memory ran out, and `<b>x</b>` showed
as a bold x. Labels that show names are set to plain text where they are made;
tooltips cannot be, so `plain_tip` writes a text Qt would take for markup as escaped
HTML, which shows every character as it is (line breaks kept); any other text is
shown as it is already. Menu items take "&" for a shortcut mark:
`plain_menu_text` doubles it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_tip(text: str) -> str:
    """`text` for setToolTip or a ToolTipRole: shown literally, line breaks kept."""
    if not GuiQt.mightBeRichText(text):  # a QtGui function, in its Qt namespace
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def plain_menu_text(text: str) -> str:
    """`text` for a menu item or button: an "&" in it shown, not taken as a shortcut mark."""
    return text.replace("&", "&&")


def plain_warning(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.warning, with `text` shown literally."""
    plain_message(parent, QMessageBox.Icon.Warning, title, text)


def plain_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                  buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                  default: QMessageBox.StandardButton | None = None
                  ) -> QMessageBox.StandardButton:
    """A message box that shows `text` literally (an error or report may quote any name);
    the button pressed."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default is not None:
        box.setDefaultButton(default)
    answer = QMessageBox.StandardButton(box.exec())
    box.deleteLater()
    return answer
