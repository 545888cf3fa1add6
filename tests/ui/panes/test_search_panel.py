"""The search panel on a real project: typing, filters, jumping, Code all results and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from annotator.model.search import Hit, MemoHit
from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.panes.search import HIT, SearchPanel
from annotator.ui.shared.bridge import ProjectBridge
from tests.helpers import table_dump, write_txt

ANA = (
    "Interviewer: Was the waiting list long?\n"
    "Ana: The waiting list was long. 社区参与 mattered to us.\n"
    "Interviewer: And the clinic?\n"
    "Ana: The clinic was kind.\n"
)
BEN = "Interviewer: Hi.\nBen: The WAITING list, yes.\nInterviewer: Why?\nBen: Time.\n"


@pytest.fixture
def bridge(tmp_path: Path):
    project = Project.create(tmp_path / "p.annotator")
    ana = project.import_file(write_txt(tmp_path, "Ana.txt", ANA))
    project.import_file(write_txt(tmp_path, "Ben.txt", BEN))
    case = project.add_case("Ana")
    role = project.add_attribute("Role", "choice", ["Nurse", "Carer"])
    project.set_case_value(case, role, "Nurse")
    project.assign_source_to_case(ana, case)
    access = project.add_code("Access")
    start = ANA.index("The waiting list was long.")
    project.add_coding(ana, access, start, start + len("The waiting list was long."))
    project.add_code("Waiting")
    project.set_memo("source", ana, "Ana spoke of the waiting list first.")
    bridge = ProjectBridge(project)
    yield bridge
    bridge.close()


def rows(panel: SearchPanel) -> list[tuple[str, object]]:
    found = []
    for g in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(g)
        for c in range(group.childCount()):
            found.append((group.text(0), group.child(c).data(0, HIT)))
    return found


def test_typing_searches_grouped_by_transcript_with_memos(qtbot, bridge) -> None:
    panel = SearchPanel(bridge)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.keyClicks(panel.query, "waiting LIST")
    qtbot.waitUntil(lambda: panel.results is not None and len(panel.results) == 4)
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert groups == ["Ana (2)", "Ben (1)", "Memos (1)"]
    assert isinstance(rows(panel)[-1][1], MemoHit)
    assert "3 in 2 transcripts, 1 in memos" in panel.summary.text()
    assert panel.code_all.text() == "Code all 3 results"


def test_chinese_typed_through_the_input_method(qtbot, bridge) -> None:
    panel = SearchPanel(bridge)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.query.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("社区")
    QApplication.sendEvent(panel.query, event)
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    hits = [h for _g, h in rows(panel)]
    assert len(hits) == 1 and isinstance(hits[0], Hit)
    assert ANA[hits[0].start:hits[0].end + 2] == "社区参与"


def test_filters_speaker_code_attribute(qtbot, bridge) -> None:
    panel = SearchPanel(bridge)
    qtbot.addWidget(panel)
    panel.memos.setChecked(False)
    panel.set_query("waiting")
    assert {h.speaker for _g, h in rows(panel)} == {"Interviewer", "Ana", "Ben"}
    panel.speaker_mode.setCurrentIndex(panel.speaker_mode.findData("exclude"))
    panel.speaker.setCurrentText("Interviewer")
    panel.search()
    assert {h.speaker for _g, h in rows(panel)} == {"Ana", "Ben"}
    panel.code.setCurrentIndex(panel.code.findText("Access"))
    panel.search()
    assert [h.start for _g, h in rows(panel)] == [ANA.index("waiting list was")]
    panel.code.setCurrentIndex(0)
    panel.attribute.setCurrentIndex(panel.attribute.findText("Role"))
    assert panel.value.currentText() == "Nurse"
    panel.search()
    assert {g for g, _h in rows(panel)} == {"Ana (1)"}


def test_double_click_jumps_to_the_hit(qtbot, bridge) -> None:
    panel = SearchPanel(bridge)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_query("clinic")
    item = panel.tree.topLevelItem(0).child(0)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.hit_activated) as blocker:
        qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    start = ANA.index("clinic")
    assert blocker.args == [bridge.project.source_by_name("Ana").id, start, start + 6]


@pytest.mark.parametrize("widen", ["none", "sentence", "turn"])
def test_code_all_results_then_undo_leaves_the_project_as_before(qtbot, bridge,
                                                                  widen) -> None:
    project = bridge.project
    panel = SearchPanel(bridge)
    qtbot.addWidget(panel)
    panel.set_query("waiting list")
    before = table_dump(project.store)
    panel.code_all_code.setCurrentIndex(panel.code_all_code.findText("Waiting"))
    panel.widen.setCurrentIndex(panel.widen.findData(widen))
    ids = panel.code_all_results()
    assert ids and len(ids) == 3
    assert bridge.undo_stack.count() == 1
    waiting = project.find_code("Waiting").id
    coded = sorted(ANA[c.start:c.end] for c in project.codings(code_id=waiting)
                   if c.source_id == project.source_by_name("Ana").id)
    expected = {"none": ["waiting list", "waiting list"],
                "sentence": ["The waiting list was long.", "Was the waiting list long?"],
                "turn": ["The waiting list was long. 社区参与 mattered to us.",
                         "Was the waiting list long?"]}[widen]
    assert coded == expected
    bridge.undo_stack.undo()
    assert table_dump(project.store) == before
    bridge.undo_stack.redo()
    assert len(project.codings(code_id=waiting)) == 3


def test_screenshot_on_the_demo(qtbot, tmp_path: Path, shots: Path) -> None:
    path = tmp_path / "demo.annotator"
    build_demo(path)
    bridge = ProjectBridge(Project.open(path))
    try:
        panel = SearchPanel(bridge)
        qtbot.addWidget(panel)
        panel.resize(820, 520)
        panel.show()
        qtbot.waitExposed(panel)
        panel.speaker_mode.setCurrentIndex(panel.speaker_mode.findData("exclude"))
        panel.set_query("community")
        assert panel.results is not None and len(panel.results.hits) > 3
        panel.grab().save(str(shots / "search_panel.png"))
        panel.set_query("社区")
        assert {panel.results.names[h.source_id] for h in panel.results.hits} == {
            "P5_chinese_community_centre"}
        panel.grab().save(str(shots / "search_panel_chinese.png"))
    finally:
        bridge.close()
