"""Analysis tables: codes x participants, code co-occurrence, code frequencies.

Each matrix is a QTableView over `MatrixModel`, shaded by count (a heat map);
clicking a cell lists the excerpts behind it below the tables and emits
`excerpts_requested(coding ids)`; double-clicking an excerpt emits
`coding_activated(coding id)` so the window can open it in its transcript.
Export… writes the matrix on show as CSV or XLSX. Matrices are recomputed
only while the panel is visible (a change while hidden marks them stale).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QShowEvent
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
from annotator.model.matrix import NO_CASE_LABEL, Matrix, code_order
from annotator.ui.pages.bar_chart import BarChart
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip
from annotator.ui.shared.theme import black_or_white_on

HEAT = QColor("#2f6db5")
CODING_ID = Qt.ItemDataRole.UserRole + 1
MODES = ("overlap", "turn")
_Index = QModelIndex | QPersistentModelIndex


def mode_label(mode: str) -> str:
    """How a co-occurrence mode reads in the panel's chooser."""
    return {"overlap": tr("Overlapping excerpts"),
            "turn": tr("Within the same speaker turn")}.get(mode, mode)


def axis_label(matrix: Matrix, horizontal: bool, section: int) -> str:
    """A row's or column's label as shown (the column of unassigned transcripts translated)."""
    labels = matrix.column_labels if horizontal else matrix.row_labels
    ids = matrix.column_ids if horizontal else matrix.row_ids
    label = labels[section]
    if matrix.kind != "cooccurrence" and horizontal and ids[section] is None \
            and label == NO_CASE_LABEL:
        return tr("No participant")
    return label


def heat_color(base: QColor, fraction: float) -> QColor:
    """`base` blended toward the heat colour: 0 -> base, 1 -> full heat."""
    t = 0.12 + 0.88 * max(0.0, min(1.0, fraction))
    return QColor(round(base.red() + (HEAT.red() - base.red()) * t),
                  round(base.green() + (HEAT.green() - base.green()) * t),
                  round(base.blue() + (HEAT.blue() - base.blue()) * t))


class MatrixModel(QAbstractTableModel):
    """A read-only view of a Matrix: counts, heat shading, labels and colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.colors: dict[int, str] = {}
        self.short_columns = False
        self._base = QColor("#ffffff")

    def set_matrix(self, matrix: Matrix, colors: dict[int, str], base: QColor) -> None:
        self.beginResetModel()
        self.matrix, self.colors, self._base = matrix, colors, base
        self.short_columns = matrix.kind == "cooccurrence"
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.row_ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.column_ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.matrix is None or not index.isValid():
            return None
        r, c = index.row(), index.column()
        count = self.matrix.count(r, c)
        top = self.matrix.max_count or 1
        if role == Qt.ItemDataRole.DisplayRole:
            if self.matrix.kind == "cooccurrence" and r == c:
                return "–"
            return str(count) if count else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and count:
            return heat_color(self._base, count / top)
        if role == Qt.ItemDataRole.ForegroundRole and count:
            # Black or white, whichever reads on the shade (light or dark theme alike).
            return black_or_white_on(heat_color(self._base, count / top))
        if role == Qt.ItemDataRole.ToolTipRole:
            row, column = axis_label(self.matrix, False, r), axis_label(self.matrix, True, c)
            return plain_tip(cell_summary(self.matrix.kind, row, column, count))
        return None

    def set_base(self, base: QColor) -> None:
        """The page colour the heat shading starts from (the theme changed)."""
        if base != self._base:
            self._base = base
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.rowCount() - 1, self.columnCount() - 1))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.matrix is None:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        labels = self.matrix.column_labels if horizontal else self.matrix.row_labels
        ids = self.matrix.column_ids if horizontal else self.matrix.row_ids
        if section >= len(labels):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label = axis_label(self.matrix, horizontal, section)
            return label.rsplit(" / ", 1)[-1] if horizontal and self.short_columns else label
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(axis_label(self.matrix, horizontal, section))
        if role == Qt.ItemDataRole.DecorationRole and (not horizontal or self.short_columns):
            code_id = ids[section]
            color = self.colors.get(code_id) if code_id is not None else None
            return QColor(color) if color else None
        return None


def cell_summary(kind: str, row: str, column: str, count: int) -> str:
    """"Row × Column: 3 excerpts" (pairs, for co-occurrence)."""
    if kind == "cooccurrence":
        text = tr("{row} × {column}: 1 pair") if count == 1 else \
            tr("{row} × {column}: {n} pairs")
    else:
        text = tr("{row} × {column}: 1 excerpt") if count == 1 else \
            tr("{row} × {column}: {n} excerpts")
    return text.format(row=row, column=column, n=count)


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
        self.tabs.setCornerWidget(self.export_button)
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

    def refresh(self) -> None:
        project = self._bridge.project
        codes = project.codes()
        colors = {c.id: c.color for c in codes}
        base = self.palette().base().color()
        self.case_model.set_matrix(project.code_case_matrix(), colors, base)
        self.cooc_model.set_matrix(project.cooccurrence_matrix(self.mode), colors, base)
        usage = project.code_usage()  # counted by SQL, not by loading every coding
        bars = [(path, usage.get(code.id, (0, 0))[0], code.color)
                for code, path in code_order(codes)]
        self.chart.set_bars(sorted(bars, key=lambda bar: -bar[1]))  # stable: tree order ties
        self._stale = False
        self.excerpt_list.clear()
        self.excerpt_title.setText(tr("Click a cell to list the excerpts behind it."))

    @property
    def mode(self) -> str:
        return str(self.mode_box.currentData())

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

