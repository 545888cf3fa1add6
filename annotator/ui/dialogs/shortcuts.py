"""Help > Keyboard Shortcuts: every menu command's keys, as the window's registry of
commands gives them (ui/window/actions.shortcut_groups, so the list cannot drift from
the menus), and the keys that work inside each pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.shared.i18n import tr

Keys = list[tuple[str, list[tuple[str, str]]]]
"""(group title, [(keys, what they do)])"""


def pane_keys() -> Keys:
    """Keys handled inside one pane rather than by a menu command."""
    return [
        (tr("Transcript"), [
            ("1 … 9", tr("Code the selection with the code numbered in the code tree")),
            ("Ctrl+K", tr("Quick code: type a code's name to code the selection")),
            (QKeySequence(QKeySequence.StandardKey.Copy).toString(
                QKeySequence.SequenceFormat.NativeText), tr("Copy the selected text")),
            (tr("Drag a code"), tr("Drop a code from the tree onto selected text to code it")),
        ]),
        (tr("Code tree"), [
            ("F2", tr("Rename the code")),
            ("Ctrl+Alt+N", tr("New sub-code under the selected code")),
            (tr("Enter"), tr("Show the code's excerpts")),
            (tr("Del"), tr("Delete the selected codes (asks first)")),
            (tr("Alt+drop"), tr("Merge the dragged code into the one it is dropped on")),
        ]),
        (tr("Theme board"), [
            ("F", tr("Fit the whole board in view")),
            ("Ctrl++ / Ctrl+−", tr("Zoom in and out (or Ctrl+wheel)")),
            (tr("Space+drag"), tr("Pan the board (or drag with the middle button)")),
            (tr("Shift+drag"), tr("Draw a link from one theme to another")),
            (tr("Ctrl+drag a chip"), tr("Copy a code to another theme instead of moving it")),
            (tr("Del"), tr("Delete the selected themes or links")),
            (tr("Esc"), tr("Cancel drawing a link")),
        ]),
        (tr("Quick code box"), [
            (tr("Up / Down"), tr("Choose among the matching codes")),
            (tr("Enter"), tr("Code the selection (a new code if none matches)")),
            (tr("Esc"), tr("Close without coding")),
        ]),
        (tr("Welcome page"), [
            (tr("Enter"), tr("Open the recent project selected")),
            (tr("Del"), tr("Take the selected project off the list (the file stays)")),
        ]),
    ]


class ShortcutsDialog(QDialog):
    """`commands`: the menu commands' keys, menu by menu; the panes' keys follow."""

    def __init__(self, commands: Keys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsList")
        self.tree.setAccessibleName(tr("Keyboard shortcuts"))
        self.tree.setAccessibleDescription(tr("Keys and what they do, grouped by menu and pane."))
        self.tree.setHeaderLabels([tr("Keys"), tr("What it does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for title, rows in commands + pane_keys():
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for keys, meaning in rows:
                QTreeWidgetItem(group, [keys, meaning])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 640)
