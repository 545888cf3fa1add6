"""Edit > Find and Replace…: every hit of a word in one or all transcripts, in context,
with the codings it touches, replaced one at a time or all in one undo step.

The preview asks the project (`Project.find_text`) again a moment after each change
of the words or options, so it always lists what Replace All would replace. Enter
never closes the dialog (there is no default button: a researcher pressing Enter
after typing a word expects the list, not to lose it); Escape and Close do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.model.text_edits import TextEdit
from annotator.operations.find_replace import TextHit
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr

PREVIEW_DELAY_MS = 150
"""The preview follows typing after this pause, so a long word is looked for once."""
SHOWN_HITS = 2000
"""Rows listed at most; Replace All still replaces every hit."""
SOURCE, BEFORE, HIT, AFTER, CODES = range(5)
_CONTEXT = 40  # characters of context either side shown in the table


class _ElideLeft(QStyledItemDelegate):
    """The context before a hit is cut at its start, so the words by the hit show."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt override)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class FindReplaceDialog(QDialog):
    """Find and replace across the project's transcripts.

    Signal `hit_activated(source_id, start, end)`: a hit double-clicked, to show it.
    """

    hit_activated = Signal(int, int, int)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceDialog")
        self.setWindowTitle(tr("Find and Replace"))
        self.setModal(False)
        self.bridge = bridge
        self._source_id: int | None = None
        self._hits: list[TextHit] = []
        self._texts: dict[int, str] = {}
        self.last_report = ""  # what the last Replace did, shown before the count
        self.find = QLineEdit(self)
        self.find.setObjectName("findText")
        self.find.setAccessibleName(tr("Find"))
        self.find.setClearButtonEnabled(True)
        self.replace = QLineEdit(self)
        self.replace.setObjectName("replaceText")
        self.replace.setAccessibleName(tr("Replace with"))
        self.whole_word = QCheckBox(tr("Whole &word"), self)
        self.whole_word.setObjectName("wholeWord")
        self.match_case = QCheckBox(tr("Match &case"), self)
        self.match_case.setObjectName("matchCase")
        self.this_source = QRadioButton(tr("&This transcript"), self)
        self.this_source.setObjectName("thisTranscript")
        self.all_sources = QRadioButton(tr("All tra&nscripts"), self)
        self.all_sources.setObjectName("allTranscripts")
        self.all_sources.setChecked(True)
        form = QFormLayout()
        form.addRow(tr("&Find:"), self.find)
        form.addRow(tr("Replace wit&h:"), self.replace)
        options = QHBoxLayout()
        for widget in (self.whole_word, self.match_case, self.this_source, self.all_sources):
            options.addWidget(widget)
        options.addStretch(1)
        form.addRow(options)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("findHits")
        self.table.setAccessibleName(tr("Hits"))
        self.table.setHorizontalHeaderLabels(
            [tr("Transcript"), tr("Before"), tr("Found"), tr("After"), tr("Codes affected")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setItemDelegateForColumn(BEFORE, _ElideLeft(self.table))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CODES, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(SOURCE, 150)
        self.table.setColumnWidth(CODES, 170)
        self.table.itemDoubleClicked.connect(self._activated)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.summary = QLabel(self)
        self.summary.setObjectName("findSummary")
        self.summary.setWordWrap(True)

        self.replace_one = QPushButton(tr("&Replace"), self)
        self.replace_one.setObjectName("replaceOne")
        self.replace_one.setToolTip(tr("Replace the selected hit"))
        self.replace_all = QPushButton(tr("Replace &All"), self)
        self.replace_all.setObjectName("replaceAll")
        self.replace_all.setToolTip(tr("Replace every hit listed, as one step you can undo"))
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.setObjectName("closeFind")
        for button in (self.replace_one, self.replace_all, self.close_button):
            button.setAutoDefault(False)  # Enter in a field must not press any of them
            button.setDefault(False)
        self.replace_one.clicked.connect(self.replace_selected)
        self.replace_all.clicked.connect(self.replace_every)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.replace_one)
        buttons.addWidget(self.replace_all)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 480)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.find.textChanged.connect(self._later)
        self.find.textChanged.connect(self._forget_report)
        self.replace.textChanged.connect(self._update_buttons)
        for box in (self.whole_word, self.match_case, self.this_source, self.all_sources):
            box.toggled.connect(self._later)
        bridge.changed.connect(self._project_changed)
        self._update_buttons()

    # -- opening ---------------------------------------------------------------------
    def open_for(self, source_id: int | None, words: str = "") -> None:
        """Show the dialog for the transcript shown (None: all), seeded with `words`."""
        self._source_id = source_id
        self.this_source.setEnabled(source_id is not None)
        if source_id is None:
            self.all_sources.setChecked(True)
        if words:
            self.find.setText(words)
        self.show()
        self.raise_()
        self.activateWindow()
        self.find.setFocus()
        self.find.selectAll()
        self.refresh()

    # -- the preview -------------------------------------------------------------------
    def _later(self) -> None:
        self._timer.start()

    def _source_ids(self) -> list[int] | None:
        if self.this_source.isChecked() and self._source_id is not None:
            return [self._source_id]
        return None

    def _options(self) -> dict[str, object]:
        return {"source_ids": self._source_ids(), "whole_word": self.whole_word.isChecked(),
                "match_case": self.match_case.isChecked()}

    def refresh(self) -> None:
        """List every hit of the words as the options stand."""
        self._timer.stop()
        query = self.find.text()
        hits: Sequence[TextHit] = []
        if query and not self.bridge.project.closed:
            found = self.bridge.run("", lambda: self.bridge.project.find_text(
                query, **self._options()))
            hits = found or []
        self._hits = list(hits)
        self._texts: dict[int, str] = {}  # the hits' transcripts, to show each hit as written
        self._fill(self._hits[:SHOWN_HITS])
        sources = len({hit.source_id for hit in self._hits})
        if not query:
            summary = ""
        elif not self._hits:
            summary = tr("No hits.")
        else:
            summary = tr("%n hit(s)", None, len(self._hits)) + " · " + tr(
                "%n transcript(s)", None, sources)
        self.summary.setText(" ".join(t for t in (self.last_report, summary) if t))
        self._update_buttons()

    def _fill(self, hits: Sequence[TextHit]) -> None:
        table = self.table
        table.setUpdatesEnabled(False)
        table.clearContents()
        table.setRowCount(len(hits))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, hit in enumerate(hits):
            before = hit.before[-_CONTEXT:].replace("\n", " ⏎ ")
            after = hit.after[:_CONTEXT].replace("\n", " ⏎ ")
            cells = (hit.source, before, self._hit_text(hit), after, ", ".join(hit.codes))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                if column == BEFORE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == HIT:
                    item.setFont(bold)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.setUpdatesEnabled(True)
        if hits:
            table.selectRow(0)

    def _hit_text(self, hit: TextHit) -> str:
        """The hit as the transcript writes it (the query may differ in case)."""
        text = self._texts.get(hit.source_id)
        if text is None:
            text = self._texts[hit.source_id] = self.bridge.project.source(hit.source_id).text
        return text[hit.start:hit.end].replace("\n", " ⏎ ")

    def _update_buttons(self) -> None:
        has = bool(self._hits)
        self.replace_all.setEnabled(has)
        self.replace_one.setEnabled(has and bool(self.table.selectedItems()))

    def _selected(self) -> TextHit | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._hits[row] if row < len(self._hits) else None

    def _activated(self, item: QTableWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if row is not None and row < len(self._hits):
            hit = self._hits[row]
            self.hit_activated.emit(hit.source_id, hit.start, hit.end)

    # -- replacing -----------------------------------------------------------------------
    def replace_selected(self) -> None:
        """Replace the selected hit (one undo step) and list the rest."""
        hit = self._selected()
        if hit is None:
            return
        project = self.bridge.project
        edit = TextEdit(hit.start, hit.end, self.replace.text())
        row = self.table.currentRow()
        done = self.bridge.run(tr("Replace"), lambda: project.edit_text(hit.source_id, edit))
        if done is not None:
            self._report(done, 1)
            self.refresh()
            if self._hits:
                self.table.selectRow(min(row, len(self._hits) - 1))

    def replace_every(self) -> None:
        """Replace every hit in one undo step."""
        query = self.find.text()
        if not query or not self._hits:
            return
        project = self.bridge.project
        count = len(self._hits)
        report = self.bridge.run(tr("Replace all"), lambda: project.replace_text(
            query, self.replace.text(), **self._options()))
        if report is not None:
            self._report(report, getattr(report, "edits", count))
            self.refresh()

    def _report(self, report: object, count: int) -> None:
        removed = getattr(report, "removed", ())
        text = tr("Replaced %n hit(s).", None, count)
        if removed:
            codes = ", ".join(sorted({f"“{note.code}”" for note in removed}))
            text += " " + tr("%n coding(s) removed ({codes}); Ctrl+Z brings them back.", None,
                             len(removed)).format(codes=codes)
        if removed:
            self.bridge.error.emit(text)  # the status bar too: codings went
        self.last_report = text

    def _forget_report(self) -> None:
        self.last_report = ""

    def _project_changed(self, _changes: object) -> None:
        if self.isVisible() and self.find.text():
            self._later()  # the text changed elsewhere (typing, undo): hits move

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.refresh()  # Enter finds; it never closes the dialog
            event.accept()
            return
        super().keyPressEvent(event)
