"""Inter-coder agreement: a code x transcript table of two coders, shaded by agreement.

The measure is chosen above the table (percent or Cohen's kappa on characters,
segment agreement at an overlap threshold, Krippendorff's alpha; docs/agreement.md
defines each); the last column is each code over all the chosen transcripts, and
the line above the table the figures over everything. Clicking a cell lists that
code's disagreements in that transcript below; double-clicking one asks for the
comparison view at it (`disagreement_activated`). Export… writes the table as CSV,
XLSX or a Word table.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.exports.agreement import MEASURES, cell_value, export_agreement
from annotator.model.disagreements import Disagreement
from annotator.project.team import CONSENSUS_CODER, AgreementReport
from annotator.ui.shared.bridge import USER_ERRORS, ProjectBridge
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.shared.plain import plain_menu_text

LOW = QColor("#f4c7c3")  # little agreement
HIGH = QColor("#b7e1cd")  # full agreement
ITEM = Qt.ItemDataRole.UserRole + 1


def measure_label(measure: str) -> str:
    return {"percent": tr("Percent agreement (characters)"),
            "kappa": tr("Cohen's kappa (characters)"),
            "segments": tr("Segment agreement (%)"),
            "alpha": tr("Krippendorff's alpha (characters)")}[measure]


def shade(measure: str, value: float | None) -> QColor | None:
    """Red for little agreement through to green for full; none for no figure."""
    if value is None:
        return None
    t = value / 100 if measure in ("percent", "segments") else value
    t = max(0.0, min(1.0, t))
    return QColor(round(LOW.red() + (HIGH.red() - LOW.red()) * t),
                  round(LOW.green() + (HIGH.green() - LOW.green()) * t),
                  round(LOW.blue() + (HIGH.blue() - LOW.blue()) * t))


def figure(measure: str, value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f} %" if measure in ("percent", "segments") else f"{value:.3f}"


class AgreementPage(QWidget):
    disagreement_activated = Signal(object, str, str)  # Disagreement, coder A, coder B

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.report: AgreementReport | None = None
        self.coder_a = QComboBox()
        self.coder_b = QComboBox()
        self.measure = QComboBox()
        for key in MEASURES:
            self.measure.addItem(measure_label(key), key)
        self.overlap = QSpinBox()
        self.overlap.setRange(1, 100)
        self.overlap.setValue(90)
        self.overlap.setSuffix(" %")
        self.overlap.setToolTip(tr("How much two segments must overlap to agree"))
        # What is left out of the comparison (new transcripts and codes are in).
        self.left_out: dict[str, set[int]] = {"sources": set(), "codes": set()}
        self.sources_button = self._chooser(tr("Transcripts"), "sources")
        self.codes_button = self._chooser(tr("Codes"), "codes")
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setToolTip(tr("Save the table as CSV, Excel or Word"))
        controls = QHBoxLayout()
        for label, widget in ((tr("Coder A:"), self.coder_a), (tr("Coder B:"), self.coder_b),
                              (tr("Measure:"), self.measure), (tr("Overlap:"), self.overlap)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addWidget(self.sources_button)
        controls.addWidget(self.codes_button)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # coder names are text
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(tr("Agreement by code and transcript"))
        self.details = QListWidget()
        self.details.setAccessibleName(tr("Disagreements in the chosen cell"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 130])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.fill_coders()
        for combo in (self.coder_a, self.coder_b, self.measure):
            combo.currentIndexChanged.connect(self.refresh)
        self.overlap.valueChanged.connect(self.refresh)
        self.table.currentCellChanged.connect(self.show_cell)
        self.details.itemActivated.connect(self._activated)
        self.export_button.clicked.connect(lambda: self.export())
        bridge.codings_changed.connect(self._codings_changed)
        self.refresh()

    def _chooser(self, text: str, kind: str) -> QToolButton:
        """A button whose menu ticks the transcripts (or codes) to compare."""
        button = QToolButton()
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: self._fill_chooser(menu, kind))
        button.setMenu(menu)
        return button

    def _fill_chooser(self, menu: QMenu, kind: str) -> None:
        menu.clear()
        project = self.bridge.project
        if kind == "sources":
            items = [(s.id, s.name) for s in project.sources()]
        else:
            paths = project.code_paths()
            items = [(code_id, paths.get(code_id, "")) for code_id in self._used_codes()]
        for item_id, name in items:
            action = menu.addAction(plain_menu_text(name))  # "R&D" shown, not "RD"
            action.setCheckable(True)
            action.setChecked(item_id not in self.left_out[kind])
            action.toggled.connect(lambda on, i=item_id: self._choose(kind, i, on))

    def _choose(self, kind: str, item_id: int, on: bool) -> None:
        (self.left_out[kind].discard if on else self.left_out[kind].add)(item_id)
        self.refresh()

    def _used_codes(self) -> list[int]:
        coders = {self.coder_a.currentText(), self.coder_b.currentText()}
        return sorted({c.code_id for c in self.bridge.project.codings() if c.coder in coders})

    def _codings_changed(self, _ids: object) -> None:
        self.refresh()

    def fill_coders(self) -> None:
        names = [n for n in self.bridge.project.team.coders() if n != CONSENSUS_CODER]
        for combo, index in ((self.coder_a, 0), (self.coder_b, 1)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(min(index, len(names) - 1))
            combo.blockSignals(False)

    def set_coders(self, a: str, b: str) -> None:
        self.coder_a.setCurrentText(a)
        self.coder_b.setCurrentText(b)

    @property
    def measure_key(self) -> str:
        return str(self.measure.currentData())

    def refresh(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        self.table.clear()
        self.details.clear()
        self.report = None
        self.export_button.setEnabled(False)
        if not a or not b or a == b:
            self.summary.setText(tr("Choose two coders: merge their copies of the project "
                                    "first (File > Merge Project…)."))
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        sources = [s.id for s in self.bridge.project.sources()
                   if s.id not in self.left_out["sources"]]
        codes = [c for c in self._used_codes() if c not in self.left_out["codes"]] \
            if self.left_out["codes"] else None
        try:
            self.report = self.bridge.project.team.agreement(
                a, b, codes, sources, threshold=self.overlap.value() / 100)
        except USER_ERRORS as exc:
            self.summary.setText(describe(exc))
            return
        self.export_button.setEnabled(True)
        self._fill(self.report)

    def _fill(self, report: AgreementReport) -> None:
        measure = self.measure_key
        paths = self.bridge.project.code_paths()
        names = {s.id: s.name for s in self.bridge.project.sources()}
        sources = report.characters.source_ids
        codes = report.characters.code_ids
        self.table.setRowCount(len(codes) + 1)
        self.table.setColumnCount(len(sources) + 1)
        self.table.setHorizontalHeaderLabels([*(names[s] for s in sources),
                                              tr("All transcripts")])
        self.table.setVerticalHeaderLabels([*(paths.get(c, "") for c in codes),
                                            tr("All codes")])
        for row, code_id in enumerate((*codes, None)):
            for column, source_id in enumerate((*sources, None)):
                value = cell_value(report, measure, code_id, source_id)
                item = QTableWidgetItem(figure(measure, value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(ITEM, (code_id, source_id))
                color = shade(measure, value)
                if color is not None:
                    item.setBackground(color)
                    item.setForeground(QColor("#000000"))
                self.table.setItem(row, column, item)
        overall = report.characters.overall()
        self.summary.setText(tr(
            "{a} and {b}, all codes: {percent} of characters agree, kappa {kappa}; "
            "segments {segments} at {overlap} % overlap (Brennan-Prediger kappa {bp}); "
            "alpha {alpha}.").format(
            a=report.coder_a, b=report.coder_b, percent=figure("percent", overall.percent),
            kappa=figure("kappa", overall.kappa),
            segments=figure("segments", report.segments.overall().percent),
            overlap=self.overlap.value(), bp=figure("kappa", report.segments.kappa),
            alpha=figure("alpha", report.alpha.overall().alpha)))

    def show_cell(self, row: int, column: int, *_previous: int) -> None:
        self.details.clear()
        item = self.table.item(row, column)
        if item is None or self.report is None:
            return
        code_id, source_id = item.data(ITEM)
        found = self.bridge.project.team.disagreements(
            self.report.coder_a, self.report.coder_b, None if code_id is None else [code_id],
            None if source_id is None else [source_id])
        if not found:
            self.details.addItem(tr("No disagreements here."))
            return
        names = {s.id: s.name for s in self.bridge.project.sources()}
        paths = self.bridge.project.code_paths()
        texts: dict[int, str] = {}
        for d in found:
            text = texts.setdefault(d.source_id, self.bridge.project.source(d.source_id).text)
            excerpt = " ".join(text[d.start:d.end].split())
            excerpt = excerpt if len(excerpt) <= 90 else excerpt[:87] + "…"
            entry = QListWidgetItem(f"{names.get(d.source_id, '')} · {paths.get(d.code_id, '')}"
                                    f": “{excerpt}” · {self._kind(d)}")
            entry.setData(ITEM, d)
            entry.setToolTip(tr("Double-click to decide it in the comparison view"))
            self.details.addItem(entry)

    def _kind(self, d: Disagreement) -> str:
        assert self.report is not None
        if not d.b_spans:
            return tr("only {coder}").format(coder=self.report.coder_a)
        if not d.a_spans:
            return tr("only {coder}").format(coder=self.report.coder_b)
        return tr("different boundaries")

    def _activated(self, item: QListWidgetItem) -> None:
        d = item.data(ITEM)
        if isinstance(d, Disagreement) and self.report is not None:
            self.disagreement_activated.emit(d, self.report.coder_a, self.report.coder_b)

    def export(self, out: Path | None = None) -> bool:
        if self.report is None:
            return False
        if out is None:
            suggested = tr("{project} agreement.xlsx").format(project=self.bridge.project.name)
            name, _ = QFileDialog.getSaveFileName(
                self, tr("Export agreement table"), suggested,
                tr("Excel workbooks (*.xlsx);;CSV files (*.csv);;Word documents (*.docx)"))
            if not name:
                return False
            out = Path(name)
        notes = [self.summary.text(), measure_label(self.measure_key)]
        try:
            export_agreement(self.bridge.project, self.report, self.measure_key, out,
                             tr("Inter-coder agreement"), notes,
                             (tr("All transcripts"), tr("All codes")))
        except (ValueError, *USER_ERRORS) as exc:
            self.bridge.error.emit(tr("The table could not be exported ({error}).").format(
                error=describe(exc)))
            return False
        return True
