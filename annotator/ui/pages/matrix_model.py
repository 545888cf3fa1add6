"""The model behind an analysis table: a Matrix's counts, heat-shaded, with its labels.

A read-only QAbstractTableModel over model/matrix.Matrix for the analysis page
(pages/analysis.py): each cell's count on a shade between the page colour and
the heat colour, the row codes' colours, and tooltips that say what a count is.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from annotator.model.matrix import NO_CASE_LABEL, Matrix
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip
from annotator.ui.shared.theme import black_or_white_on

HEAT = QColor("#2f6db5")
_Index = QModelIndex | QPersistentModelIndex


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
