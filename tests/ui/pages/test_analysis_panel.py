"""The analysis panel on the demo project: heat-shaded tables, a cell's excerpts, export, chart."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from annotator.model.matrix import code_order
from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.pages.analysis import AnalysisPanel
from annotator.ui.shared.bridge import ProjectBridge
from tests.helpers import write_txt


@pytest.fixture
def bridge(tmp_path: Path):
    path = tmp_path / "demo.annotator"
    build_demo(path)
    bridge = ProjectBridge(Project.open(path))
    yield bridge
    bridge.close()


@pytest.fixture
def panel(qtbot, bridge: ProjectBridge) -> AnalysisPanel:
    panel = AnalysisPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _busiest(matrix) -> tuple[int, int]:
    return max(matrix.counts, key=lambda key: matrix.counts[key])


def test_tables_show_the_matrices_with_heat(panel: AnalysisPanel, bridge: ProjectBridge) -> None:
    matrix = bridge.project.code_case_matrix()
    model = panel.case_model
    assert (model.rowCount(), model.columnCount()) == matrix.shape
    r, c = _busiest(matrix)
    index = model.index(r, c)
    assert model.data(index) == str(matrix.count(r, c))
    hot = model.data(index, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(hot, QColor)
    empty = next(((i, j) for i in range(matrix.shape[0]) for j in range(matrix.shape[1])
                  if not matrix.count(i, j)), None)
    if empty is not None:
        assert model.data(model.index(*empty), Qt.ItemDataRole.BackgroundRole) is None
    assert panel.cooc_model.matrix == bridge.project.cooccurrence_matrix("overlap")


def test_clicking_a_cell_lists_its_excerpts(qtbot, panel: AnalysisPanel,
                                            bridge: ProjectBridge) -> None:
    matrix = panel.case_model.matrix
    assert matrix is not None
    r, c = _busiest(matrix)
    view = panel.case_view
    rect = view.visualRect(panel.case_model.index(r, c))
    with qtbot.waitSignal(panel.excerpts_requested) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args[0] == list(matrix.coding_ids(r, c))
    assert panel.excerpt_list.count() == matrix.count(r, c)
    first = panel.excerpt_list.item(0)
    coding = bridge.project.coding(int(first.data(Qt.ItemDataRole.UserRole + 1)))
    text = bridge.project.source(coding.source_id).text[coding.start:coding.end]
    assert text in first.text()
    with qtbot.waitSignal(panel.coding_activated) as activated:
        panel.excerpt_list.itemActivated.emit(first)
    assert activated.args == [coding.id]


def test_mode_switch_and_refresh_after_a_change(qtbot, panel: AnalysisPanel,
                                                bridge: ProjectBridge) -> None:
    panel.tabs.setCurrentIndex(1)
    panel.set_mode("turn")
    assert panel.cooc_model.matrix == bridge.project.cooccurrence_matrix("turn")
    before = sum(panel.case_model.matrix.counts.values())
    source = bridge.project.sources()[0]
    code = bridge.project.codes()[0]
    bridge.run("Code", lambda: bridge.project.add_coding(source.id, code.id, 0, 5))
    qtbot.waitUntil(lambda: sum(panel.case_model.matrix.counts.values()) > before)
    bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: sum(panel.case_model.matrix.counts.values()) == before)


def test_export_csv_and_xlsx(panel: AnalysisPanel, tmp_path: Path) -> None:
    matrix = panel.case_model.matrix
    assert panel.export_to(tmp_path / "m.csv")
    with (tmp_path / "m.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][1:] == list(matrix.column_labels)
    assert [[int(v) for v in row[1:]] for row in rows[1:]] == matrix.grid()
    panel.tabs.setCurrentIndex(1)
    cooc = panel.cooc_model.matrix
    assert panel.export_to(tmp_path / "c.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx", read_only=True).worksheets[0]
    cells = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert [[int(v) for v in row[1:]] for row in cells[1:]] == cooc.grid()
    panel.tabs.setCurrentIndex(2)
    assert not panel.export_button.isEnabled()


def test_bar_chart_counts_and_screenshots(panel: AnalysisPanel, bridge: ProjectBridge,
                                          shots: Path) -> None:
    bars = panel.chart.bars()
    usage = bridge.project.code_usage()
    assert {path: n for path, n, _ in bars} == {
        path: usage.get(code.id, (0, 0))[0] for code, path in code_order(bridge.project.codes())}
    assert [n for _, n, _ in bars] == sorted((n for _, n, _ in bars), reverse=True)
    r, c = _busiest(panel.case_model.matrix)
    panel.show_cell(panel.case_model, r, c)
    assert panel.grab().save(str(shots / "analysis_code_case.png"))
    panel.tabs.setCurrentIndex(1)
    assert panel.grab().save(str(shots / "analysis_cooccurrence.png"))
    panel.tabs.setCurrentIndex(2)
    assert panel.grab().save(str(shots / "analysis_frequencies.png"))


def test_chinese_labels_and_empty_project(qtbot, tmp_path: Path, shots: Path) -> None:
    project = Project.create(tmp_path / "zh.annotator")
    text = "访谈者：你好。\n受访者：社区参与很重要。\n"
    source = project.import_file(write_txt(tmp_path, "访谈一.txt", text))
    code = project.add_code("社区参与")
    start = text.index("社区参与")
    project.add_coding(source, code, start, start + 4)
    case = project.add_case("受访者甲")
    project.assign_source_to_case(source, case)
    bridge = ProjectBridge(project)
    panel = AnalysisPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.case_model.headerData(0, Qt.Orientation.Horizontal) == "受访者甲"
    assert panel.show_cell(panel.case_model, 0, 0) == [1]
    assert "社区参与" in panel.excerpt_list.item(0).text()
    assert panel.grab().save(str(shots / "analysis_chinese.png"))
    panel.close()
    bridge.close()
