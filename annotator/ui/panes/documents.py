"""The transcripts list: grouped by participant, with word and coding counts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr

SOURCE_ID = Qt.ItemDataRole.UserRole + 1


class DocumentsPanel(QWidget):
    """Lists the project's transcripts under their participants.

    Emits `source_activated(int)` on double-click or Enter.
    """

    source_activated = Signal(int)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([tr("Transcript"), tr("Words"), tr("Codings")])
        self.view = QTreeView(self)
        self.view.setObjectName("documentsList")
        self.view.setAccessibleName(tr("Transcripts"))
        self.view.setAccessibleDescription(
            tr("The project's transcripts under their participants, with word and coding "
               "counts; Enter or a double-click opens one."))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        bridge.sources_changed.connect(self.refresh)
        bridge.codings_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont(self.font())
        bold.setBold(True)
        for case, summaries in self._bridge.project.sources_by_case():
            group = QStandardItem(case.name if case else tr("No participant"))
            group.setFont(bold)
            if case is not None and case.values:
                group.setToolTip("\n".join(f"{k}: {v}" for k, v in case.values.items()))
            blanks = [QStandardItem(), QStandardItem()]
            for summary in summaries:
                name = QStandardItem(summary.name)
                name.setData(summary.id, SOURCE_ID)
                name.setToolTip(tr("{name}: double-click to open").format(name=summary.name))
                words = QStandardItem(f"{summary.words:,}")
                codings = QStandardItem(f"{summary.codings:,}")
                for item in (words, codings):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                group.appendRow([name, words, codings])
            self.model.appendRow([group, *blanks])
        self.view.expandAll()

    def source_ids(self) -> list[int]:
        """Every listed transcript id, top to bottom (a transcript may be listed twice)."""
        ids: list[int] = []
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            ids += [group.child(r).data(SOURCE_ID) for r in range(group.rowCount())]
        return ids

    def index_of(self, source_id: int) -> QModelIndex:
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            for r in range(group.rowCount()):
                if group.child(r).data(SOURCE_ID) == source_id:
                    return group.child(r).index()
        return QModelIndex()

    def _activated(self, index: QModelIndex) -> None:
        source_id = index.siblingAtColumn(0).data(SOURCE_ID)
        if source_id is not None:
            self.source_activated.emit(int(source_id))
