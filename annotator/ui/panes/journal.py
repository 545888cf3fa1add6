"""The reflexive journal: dated entries, newest first, written with bold, italic and lists.

Entries are journal memos (`project.memos("journal")`); the body is Markdown from
QTextEdit.toMarkdown(), stored unwrapped (Qt wraps it at 80 columns, which broke
sentences wherever the text was read line by line). Typing is saved after a short
pause, each pause one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.model.entities import Memo
from annotator.model.markdown import unwrap
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip

MEMO_ID = Qt.ItemDataRole.UserRole + 1

WIDE_ENOUGH = 560
"""From this width (px) the entries sit beside the text rather than above it."""

SAVE_AFTER_MS = 700
"""How long typing must pause before the entry is saved (one undo step per pause)."""


def entry_label(memo: Memo) -> str:
    return f"{memo.created[:10]}  {memo.title.strip() or tr('(untitled)')}"


def _minute(stamp: str) -> str:
    """An ISO timestamp to the minute, as shown: "2024-05-01 14:30"."""
    return stamp[:16].replace("T", " ")


class JournalPane(QWidget):
    """Entries on the left (newest first), the chosen one's title and text on the right."""

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalPane")
        self._bridge = bridge
        self._memo_id: int | None = None
        self._loaded: tuple[str, str] = ("", "")  # (title, markdown) as last loaded or saved
        self._stored: tuple[str, str] = ("", "")  # (title, body) as in the file
        self._laid_out = False

        self.entries = QListWidget(self)
        self.entries.setObjectName("journalEntries")
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entries.setAccessibleName(tr("Journal entries"))
        self.entries.setAccessibleDescription(tr(
            "The reflexive journal's entries, newest first, each with its date and title."))
        self.entries.setStatusTip(tr("Choose an entry to read and edit it."))
        self.new_button = QPushButton(tr("New entry"), self)
        self.new_button.setObjectName("journalNew")
        self.new_button.setStatusTip(tr("Start a new journal entry dated now."))
        self.delete_button = QPushButton(tr("Delete"), self)
        self.delete_button.setObjectName("journalDelete")
        self.delete_button.setStatusTip(tr("Delete the open journal entry (you can undo this)."))

        self.title = QLineEdit(self)
        self.title.setObjectName("journalTitle")
        self.title.setPlaceholderText(tr("Title"))
        self.title.setAccessibleName(tr("Entry title"))
        self.editor = QTextEdit(self)
        self.editor.setObjectName("journalEditor")
        self.editor.setAcceptRichText(False)  # pasted text arrives plain
        self.editor.setPlaceholderText(tr("What did you notice, feel, assume? Write as you go."))
        self.editor.setAccessibleName(tr("Journal entry"))
        self.editor.setAccessibleDescription(tr(
            "The text of the open journal entry; it is saved as you type."))
        self.bold = self._tool("B", "journalBold", tr("Bold"), QKeySequence.StandardKey.Bold)
        bold_font = self.bold.font()
        bold_font.setBold(True)
        self.bold.setFont(bold_font)
        self.italic = self._tool("I", "journalItalic", tr("Italic"),
                                 QKeySequence.StandardKey.Italic)
        italic_font = self.italic.font()
        italic_font.setItalic(True)
        self.italic.setFont(italic_font)
        self.bullets = self._tool(tr("• List"), "journalBullets", tr("Bulleted list"), None)
        self.dates = QLabel(self)
        self.dates.setObjectName("journalDates")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.entries, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        tools = QHBoxLayout()
        for button in (self.bold, self.italic, self.bullets):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.dates)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.editor, 1)
        self.dates.setWordWrap(True)  # a long "written…, edited…" must not widen the dock
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("journalSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)
        self.title.textEdited.connect(lambda _t: self._timer.start())
        self.editor.textChanged.connect(self._typed)
        self.editor.currentCharFormatChanged.connect(self._show_format)
        self.bold.clicked.connect(self.toggle_bold)
        self.italic.clicked.connect(self.toggle_italic)
        self.bullets.clicked.connect(self.toggle_list)
        self.new_button.clicked.connect(self.new_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.entries.currentItemChanged.connect(self._chosen)
        bridge.memos_changed.connect(lambda _ids: self.refresh())
        self.refresh()

    def _tool(self, text: str, name: str, tip: str,
              key: QKeySequence.StandardKey | None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(tip)  # "B" and "I" say little when read aloud
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the editor keeps its selection
        if key is not None:
            # Only while writing: the window's own shortcuts stay unambiguous.
            shortcut = QShortcut(QKeySequence(key), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(button.click)
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # Docked at the side the pane is tall and narrow: entries above the text;
        # docked below it is wide: entries beside the text.
        wide = event.size().width() >= WIDE_ENOUGH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation or not self._laid_out:
            self._laid_out = True
            self.splitter.setOrientation(orientation)
            length = event.size().width() if wide else event.size().height()
            self.splitter.setSizes([length // 3, length - length // 3])
        super().resizeEvent(event)

    # -- the list -----------------------------------------------------------
    @property
    def current_id(self) -> int | None:
        return self._memo_id

    def refresh(self) -> None:
        """Re-read the entries; reload the open one if it changed elsewhere (undo)."""
        memos = self._bridge.project.memos("journal")
        self.entries.blockSignals(True)
        self.entries.clear()
        for memo in memos:
            item = QListWidgetItem(entry_label(memo), self.entries)
            item.setData(MEMO_ID, memo.id)
            item.setToolTip(plain_tip(tr("{title}\nWritten {date}").format(
                title=memo.title, date=_minute(memo.created))))
        self.entries.blockSignals(False)
        ids = [m.id for m in memos]
        if self._memo_id not in ids:
            self._timer.stop()
            self._memo_id = None
            self._select(ids[0] if ids else None)
            return
        self._select_row(self._memo_id)
        memo = next(m for m in memos if m.id == self._memo_id)
        if not self._dirty() and (memo.title, memo.body) != self._stored:
            self._load(memo)

    def _select_row(self, memo_id: int | None) -> None:
        self.entries.blockSignals(True)
        for row in range(self.entries.count()):
            if self.entries.item(row).data(MEMO_ID) == memo_id:
                self.entries.setCurrentRow(row)
        self.entries.blockSignals(False)

    def _select(self, memo_id: int | None) -> None:
        self._select_row(memo_id)
        memo = None
        if memo_id is not None:
            memo = next((m for m in self._bridge.project.memos("journal") if m.id == memo_id),
                        None)
        self._load(memo)

    def _chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.save_now()
        self._select(current.data(MEMO_ID) if current is not None else None)

    def _load(self, memo: Memo | None) -> None:
        self._memo_id = memo.id if memo else None
        self._stored = (memo.title, memo.body) if memo else ("", "")
        for widget in (self.title, self.editor, self.bold, self.italic, self.bullets,
                       self.delete_button):
            widget.setEnabled(memo is not None)
        self.editor.blockSignals(True)
        self.title.setText(memo.title if memo else "")
        self.editor.setMarkdown(memo.body if memo else "")
        self.editor.blockSignals(False)
        self._loaded = (self.title.text(), self.editor.toMarkdown())
        if memo is None:
            self.dates.setText("")
        elif memo.updated[:16] == memo.created[:16]:
            self.dates.setText(tr("Written {date}").format(date=_minute(memo.created)))
        else:
            self.dates.setText(tr("Written {date}, edited {edited}").format(
                date=_minute(memo.created), edited=_minute(memo.updated)))

    # -- writing ------------------------------------------------------------------
    def _dirty(self) -> bool:
        return self._memo_id is not None and \
            (self.title.text(), self.editor.toMarkdown()) != self._loaded

    def _typed(self) -> None:
        if self._memo_id is not None:
            self._timer.start()

    def save_now(self) -> None:
        """Write the open entry if it changed since it was loaded or last saved."""
        self._timer.stop()
        if not self._dirty() or self._memo_id is None:
            return
        title, markdown = self.title.text(), self.editor.toMarkdown()
        memo_id, body = self._memo_id, unwrap(markdown)
        self._loaded = (title, markdown)
        self._stored = (title, body)
        project = self._bridge.project
        self._bridge.run(tr("Edit journal entry"), lambda: project.edit_memo(memo_id, title, body))

    def new_entry(self) -> int | None:
        """A new, empty entry dated now, opened with the cursor in its title."""
        self.save_now()
        project = self._bridge.project
        memo_id = self._bridge.run(tr("New journal entry"),
                                   lambda: project.add_journal_entry("", ""))
        if memo_id is not None:
            self._select(memo_id)
            self.title.setFocus()
        return memo_id

    def delete_entry(self) -> None:
        """Delete the open entry (undoable, so no question asked)."""
        if self._memo_id is None:
            return
        self._timer.stop()
        memo_id = self._memo_id
        self._loaded = (self.title.text(), self.editor.toMarkdown())  # drop unsaved typing
        project = self._bridge.project
        self._bridge.run(tr("Delete journal entry"), lambda: project.delete_memo(memo_id))

    def hideEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.save_now()
        super().hideEvent(event)

    # -- formatting ----------------------------------------------------------------
    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.fontWeight() < QFont.Weight.Bold.value
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)
        self.editor.setFocus()

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.editor.fontItalic())
        self.editor.mergeCurrentCharFormat(fmt)
        self.editor.setFocus()

    def toggle_list(self) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None:
            block = cursor.block()
            current.remove(block)
            fmt = cursor.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        self.editor.setFocus()
        self._show_format()

    def _show_format(self, *_args: object) -> None:
        self.bold.setChecked(self.editor.fontWeight() >= QFont.Weight.Bold.value)
        self.italic.setChecked(self.editor.fontItalic())
        self.bullets.setChecked(self.editor.textCursor().currentList() is not None)
