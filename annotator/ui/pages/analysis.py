"""Analysis tables: codes x participants, code co-occurrence, code frequencies.

Each matrix is a QTableView over `MatrixModel`, shaded by count (a heat map);
clicking a cell lists the excerpts behind it below the tables and emits
`excerpts_requested(coding ids)`; double-clicking an excerpt emits
`coding_activated(coding id)` so the window can open it in its transcript.
Export… writes the matrix on show as CSV or XLSX. When two or more coders have
coded (a team's merged project), a Coder choice limits every table to one coder's
codings. Matrices are recomputed
only while the panel is visible (a change while hidden marks them stale).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.exports.targets import export_file
from annotator.model.matrix import Matrix, code_order
from annotator.ui.pages.bar_chart import BarChart
from annotator.ui.pages.matrix_model import MatrixModel, axis_label, cell_summary
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip

CODING_ID = Qt.ItemDataRole.UserRole + 1
MODES = ("overlap", "turn")


def mode_label(mode: str) -> str:
    """How a co-occurrence mode reads in the panel's chooser."""
    return {"overlap": tr("Overlapping excerpts"),
            "turn": tr("Within the same speaker turn")}.get(mode, mode)


class AnalysisPanel(QWidget):
    """Codes x participants, co-occurrence and frequencies, with the excerpts behind a cell."""

    excerpts_requested = Signal(list)
    coding_activated = Signal(int)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisPanel")
        self._bridge = bridge
        self._stale = True
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("analysisTabs")

        self.case_model = MatrixModel(self)
        self.case_view = self._table(self.case_model, "codeCaseTable")
        self.case_view.setAccessibleName(tr("Codes by participants"))
        self.case_view.setAccessibleDescription(tr(
            "How many excerpts of each code come from each participant; select a cell to "
            "list its excerpts below."))
        self.tabs.addTab(self.case_view, tr("Codes × participants"))

        self.mode_box = QComboBox(self)
        self.mode_box.setObjectName("cooccurrenceMode")
        self.mode_box.setAccessibleName(tr("Co-occurrence rule"))
        self.mode_box.setStatusTip(tr("Choose when two codes count as occurring together"))
        for key in MODES:
            self.mode_box.addItem(mode_label(key), key)
        self.mode_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.cooc_model = MatrixModel(self)
        self.cooc_view = self._table(self.cooc_model, "cooccurrenceTable")
        self.cooc_view.setAccessibleName(tr("Code co-occurrence"))
        self.cooc_view.setAccessibleDescription(tr(
            "How often each pair of codes occurs together; select a cell to list the "
            "excerpts below."))
        cooc = QWidget(self)
        cooc_layout = QVBoxLayout(cooc)
        cooc_layout.setContentsMargins(0, 4, 0, 0)
        mode_row = QHBoxLayout()
        mode_label_widget = QLabel(tr("Count codes as co-occurring when:"), cooc)
        mode_label_widget.setBuddy(self.mode_box)
        mode_row.addWidget(mode_label_widget)
        mode_row.addWidget(self.mode_box)
        mode_row.addStretch(1)
        cooc_layout.addLayout(mode_row)
        cooc_layout.addWidget(self.cooc_view)
        self.tabs.addTab(cooc, tr("Co-occurrence"))

        self.chart = BarChart(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.chart)
        self.tabs.addTab(scroll, tr("Code frequencies"))

        self.export_button = QPushButton(tr("Export…"), self)
        self.export_button.setObjectName("exportMatrix")
        self.export_button.setToolTip(tr("Save the table on show as CSV or Excel (.xlsx)"))
        self.export_button.setStatusTip(self.export_button.toolTip())
        self.export_button.setAccessibleName(tr("Export table"))
        self.export_button.clicked.connect(self._export_clicked)
        self.coder_box = QComboBox(self)
        self.coder_box.setObjectName("analysisCoder")
        # It is filled after its first show: grow with its names, not "All coder".
        self.coder_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.coder_box.setAccessibleName(tr("Coder"))
        self.coder_box.setToolTip(tr("Count only this coder's codings in every table"))
        self.coder_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.coder_label = QLabel(tr("C&oder:"), self)
        self.coder_label.setBuddy(self.coder_box)
        corner = QWidget(self)
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.coder_label, self.coder_box, self.export_button):
            corner_layout.addWidget(widget)
        self.tabs.setCornerWidget(corner)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.excerpt_title = QLabel(tr("Click a cell to list the excerpts behind it."), self)
        self.excerpt_title.setWordWrap(True)
        self.excerpt_list = QListWidget(self)
        self.excerpt_list.setObjectName("analysisExcerpts")
        self.excerpt_list.setWordWrap(True)
        self.excerpt_list.setAlternatingRowColors(True)
        self.excerpt_list.setSpacing(2)
        self.excerpt_list.setAccessibleName(tr("Excerpts of the selected cell"))
        self.excerpt_list.setAccessibleDescription(tr(
            "The excerpts behind the selected table cell; activate one to open it in its "
            "transcript."))
        self.excerpt_list.itemActivated.connect(
            lambda item: self.coding_activated.emit(int(item.data(CODING_ID))))
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.excerpt_title)
        lower_layout.addWidget(self.excerpt_list)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        bridge.codings_changed.connect(self._changed)
        bridge.codes_changed.connect(self._changed)
        bridge.sources_changed.connect(self._changed)

    # -- building -------------------------------------------------------------
    def _table(self, model: MatrixModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setDefaultSectionSize(96)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.clicked.connect(lambda index, m=model: self.show_cell(m, index.row(),
                                                                   index.column()))
        return view

    # -- refreshing -----------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            base = self.palette().base().color()  # light or dark: the heat starts from the page
            self.case_model.set_base(base)
            self.cooc_model.set_base(base)

    def _fill_coders(self) -> list[str] | None:
        """Offer the coders once two or more have coded; the coders counted (None: all)."""
        names = sorted(self._bridge.project.team.coders(), key=str.casefold)
        chosen = self.coder_box.currentData()
        self.coder_box.blockSignals(True)  # refilling is not a choice
        self.coder_box.clear()
        if len(names) > 1:
            self.coder_box.addItem(tr("All coders"), None)
            for name in names:
                self.coder_box.addItem(name, name)
        self.coder_box.setCurrentIndex(max(0, self.coder_box.findData(chosen)))
        self.coder_box.blockSignals(False)
        for widget in (self.coder_label, self.coder_box):
            widget.setVisible(len(names) > 1)
        return [chosen] if isinstance(chosen, str) and chosen in names else None

    def refresh(self) -> None:
        project = self._bridge.project
        codes = project.codes()
        colors = {c.id: c.color for c in codes}
        base = self.palette().base().color()
        coders = self._fill_coders()
        self.case_model.set_matrix(project.code_case_matrix(coders), colors, base)
        self.cooc_model.set_matrix(project.cooccurrence_matrix(self.mode, coders), colors, base)
        usage = project.code_usage(coders)  # all coders': counted by SQL
        bars = [(path, usage.get(code.id, (0, 0))[0], code.color)
                for code, path in code_order(codes)]
        self.chart.set_bars(sorted(bars, key=lambda bar: -bar[1]))  # stable: tree order ties
        self._stale = False
        self.excerpt_list.clear()
        self.excerpt_title.setText(tr("Click a cell to list the excerpts behind it."))

    @property
    def mode(self) -> str:
        return str(self.mode_box.currentData())

    @property
    def coder(self) -> str | None:
        """The one coder whose codings the tables count, or None for all coders."""
        chosen = self.coder_box.currentData()
        return chosen if isinstance(chosen, str) else None

    def set_mode(self, mode: str) -> None:
        self.mode_box.setCurrentIndex(MODES.index(mode))

    def current_matrix(self) -> Matrix | None:
        if self.tabs.currentIndex() == 0:
            return self.case_model.matrix
        if self.tabs.currentIndex() == 1:
            return self.cooc_model.matrix
        return None

    def _tab_changed(self, index: int) -> None:
        self.export_button.setEnabled(index in (0, 1))

    # -- a cell's excerpts ----------------------------------------------------
    def show_cell(self, model: MatrixModel, row: int, column: int) -> list[int]:
        """List the excerpts behind one cell; returns and emits their coding ids."""
        matrix = model.matrix
        if matrix is None:
            return []
        ids = list(matrix.coding_ids(row, column))
        self.excerpt_list.clear()
        for listed in self._bridge.project.excerpt_rows(coding_ids=ids):
            excerpt = listed.excerpt
            said = (tr("{speaker}: {text}").format(speaker=excerpt.speaker, text=excerpt.text)
                    if excerpt.speaker else excerpt.text)
            item = QListWidgetItem(f"{excerpt.source_name} · {listed.code_path}\n{said}")
            item.setData(CODING_ID, excerpt.coding_id)
            item.setToolTip(plain_tip(excerpt.memo or tr("Double-click to open in the transcript")))
            self.excerpt_list.addItem(item)
        self.excerpt_title.setText(cell_summary(
            "", axis_label(matrix, False, row), axis_label(matrix, True, column), len(ids)))
        self.excerpts_requested.emit(ids)
        return ids

    # -- export ---------------------------------------------------------------
    def export_to(self, path: Path) -> bool:
        """Write the matrix on show to `path` (.csv or .xlsx); errors go to bridge.error."""
        matrix = self.current_matrix()
        if matrix is None:
            return False
        from annotator.formats.tables.matrix import write_matrix  # at first export, not start

        try:
            # Whole, owner-only, never onto the project or a backup (exports/targets.py).
            with export_file(self._bridge.project, path) as partial:
                write_matrix(matrix, partial)
        except (OSError, ValueError) as exc:
            self._bridge.error.emit(tr("The table could not be saved ({error}).").format(error=exc))
            return False
        return True

    def _export_clicked(self) -> None:
        matrix = self.current_matrix()
        if matrix is None:
            return
        suggested = f"{self._bridge.project.name} {matrix.kind}.xlsx"
        filters = ";;".join((tr("Excel workbook (*.xlsx)"), tr("CSV (*.csv)")))
        name, chosen = QFileDialog.getSaveFileName(self, tr("Export table"), suggested, filters)
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        self.export_to(path)

