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

from PySide6.QtGui import Qt


def plain_tip(text: str) -> str:
    """`text` for setToolTip or a ToolTipRole: shown literally, line breaks kept."""
    if not Qt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def plain_menu_text(text: str) -> str:
    """`text` for a menu item or button: an "&" in it shown, not taken as a shortcut mark."""
    return text.replace("&", "&&")
