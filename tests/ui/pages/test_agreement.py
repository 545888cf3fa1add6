"""The agreement table and the comparison view: shading, drill-down, export, and
disagreements decided by mouse and keyboard into consensus codings that outlive a reopen."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from annotator.operations.stamps import new_guid
from annotator.project import Project
from annotator.ui.pages.agreement import AgreementPage
from annotator.ui.pages.consensus import ConsensusView
from annotator.ui.shared.bridge import ProjectBridge
from tests.helpers import write_txt

TEXT = ("I moved here for the job. The first winter was hard and I missed my family. "
        "Now the team feels like home, most days.")


def build(path: Path, folder: Path) -> None:
    with Project.create(path) as project:
        source = project.import_file(write_txt(folder, "Ana's interview.txt", TEXT))
        home = project.add_code("Missing home")
        work = project.add_code("Work")
        rows = [(new_guid(), source, code, start, end, "2026-12-01T10:00:00", coder, "")
                for coder, spans in (
                    ("Ana", [(home, 26, 76), (work, 0, 25), (home, 77, 105)]),
                    ("Bea", [(home, 30, 76), (work, 0, 25)]))
                for code, start, end in spans]
        # As a merge leaves them: the same excerpt and code, once per coder.
        with project.store.recorded():
            project.store.codings.add_many(rows)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "team.annotator"
    build(path, tmp_path)
    return path


@pytest.fixture
def bridge(project_path: Path):
    bridge = ProjectBridge(Project.open(project_path))
    yield bridge
    if not bridge.project.closed:
        bridge.close()


def test_table_shades_drills_down_and_exports(qtbot, bridge, tmp_path) -> None:
    page = AgreementPage(bridge)
    qtbot.addWidget(page)
    page.show()
    page.set_coders("Ana", "Bea")
    assert page.table.rowCount() == 3 and page.table.columnCount() == 2
    labels = [page.table.verticalHeaderItem(r).text() for r in range(3)]
    assert labels == ["Missing home", "Work", "All codes"]
    work = page.table.item(1, 0)
    assert work.text() == "100.0 %"
    home = page.table.item(0, 0)
    assert home.background().color() != work.background().color()
    assert "kappa" in page.summary.text()
    page.measure.setCurrentIndex(page.measure.findData("kappa"))
    assert page.table.item(1, 0).text() == "1.000"
    page.table.setCurrentCell(0, 0)
    assert page.details.count() == 2  # boundaries differ; Ana alone on the second
    page.table.setCurrentCell(1, 1)
    assert page.details.item(0).text() == "No disagreements here."
    page.table.setCurrentCell(2, 1)  # everything
    assert page.details.count() == 2
    assert page.table.item(2, 1).text() == page.table.item(2, 0).text()  # one transcript
    seen = []
    page.disagreement_activated.connect(lambda d, a, b: seen.append((d.start, a, b)))
    page.table.setCurrentCell(0, 0)
    page.details.itemActivated.emit(page.details.item(0))
    assert seen == [(26, "Ana", "Bea")]
    for suffix in (".csv", ".xlsx", ".docx"):
        assert page.export(tmp_path / f"agreement{suffix}")
    with (tmp_path / "agreement.csv").open(encoding="utf-8-sig") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["Code", "Ana's interview", "All transcripts"]
    sheet = openpyxl.load_workbook(tmp_path / "agreement.xlsx").active
    assert sheet.cell(3, 1).value == "Work" and sheet.cell(3, 2).value == 1
    assert sheet.cell(4, 1).value == "All codes"


def test_consensus_by_mouse_and_keyboard_survives_reopening(qtbot, bridge, project_path):
    view = ConsensusView(bridge)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_coders("Ana", "Bea")
    assert view.progress.text() == "0 of 2 disagreements resolved"
    first = view.current
    assert (first.a_spans, first.b_spans) == (((26, 76),), ((30, 76),))
    qtbot.mouseClick(view.keep_b, Qt.MouseButton.LeftButton)
    assert view.progress.text() == "1 of 2 disagreements resolved"
    assert view.current.a_spans == ((77, 105),)
    view.text.setFocus()  # reading the transcript: the keys still decide
    qtbot.keyClick(view.text, Qt.Key.Key_N)  # keep neither
    assert view.progress.text() == "2 of 2 disagreements resolved"
    bridge.project.undo()
    assert view.progress.text() == "1 of 2 disagreements resolved"
    view.go(1)
    view.start.setValue(80)
    view.end.setValue(100)
    qtbot.keyClick(view.end, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.progress.text() == "2 of 2 disagreements resolved"
    bridge.close()
    with Project.open(project_path) as project:
        consensus = sorted((c.start, c.end) for c in project.codings()
                           if c.coder == "consensus")
        assert consensus == [(30, 76), (80, 100)]
        items = project.team.disagreements("Ana", "Bea")
        assert len(project.team.resolved(items)) == 2


def test_transcripts_and_codes_can_be_left_out(qtbot, bridge) -> None:
    page = AgreementPage(bridge)
    qtbot.addWidget(page)
    page.set_coders("Ana", "Bea")
    menu = page.codes_button.menu()
    menu.aboutToShow.emit()
    actions = {a.text(): a for a in menu.actions()}
    assert set(actions) == {"Missing home", "Work"}
    actions["Missing home"].setChecked(False)
    assert page.table.rowCount() == 2  # Work and All codes
    assert page.table.item(1, 0).text() == "100.0 %"
    menu = page.sources_button.menu()
    menu.aboutToShow.emit()
    menu.actions()[0].setChecked(False)
    assert page.table.columnCount() == 1  # only "All transcripts", over nothing
    assert page.table.item(0, 0).text() == "—"
