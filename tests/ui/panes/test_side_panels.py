"""The transcripts list, the excerpt inspector and retrieval, each on a real project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from annotator.project import Project
from annotator.ui.panes.documents import DocumentsPanel
from annotator.ui.panes.inspector import Inspector
from annotator.ui.panes.retrieval import RetrievalPanel
from annotator.ui.shared.bridge import ProjectBridge
from tests.helpers import write_txt

ANA = (
    "Interviewer: How did it start?\nAna: The clinic 😀 called us.\n"
    "Interviewer: And?\nAna: 社区参与 mattered.\n"
)
BEN = "Interviewer: Hi.\nBen: We trust them.\nInterviewer: Why?\nBen: Time.\n"


@pytest.fixture
def bridge(tmp_path: Path) -> ProjectBridge:
    project = Project.create(tmp_path / "p.annotator")
    ana = project.import_file(write_txt(tmp_path, "Ana.txt", ANA))
    ben = project.import_file(write_txt(tmp_path, "Ben.txt", BEN))
    case = project.add_case("Participant A")
    project.assign_source_to_case(ana, case)
    trust = project.add_code("Trust")
    start = BEN.index("trust them")
    project.add_coding(ben, trust, start, start + len("trust them"), memo="strong")
    start = ANA.index("社区参与")
    project.add_coding(ana, trust, start, start + 4)
    contact = project.add_code("Contact")
    start = ANA.index("called us")
    project.add_coding(ana, contact, ANA.index("clinic"), start + len("called us"))
    bridge = ProjectBridge(project)
    yield bridge
    bridge.close()


def test_documents_grouped_by_participant_with_counts(qtbot, bridge: ProjectBridge) -> None:
    panel = DocumentsPanel(bridge)
    qtbot.addWidget(panel)
    model = panel.model
    groups = [model.item(r).text() for r in range(model.rowCount())]
    assert groups == ["Participant A", "No participant"]
    first = model.item(0)
    assert (first.child(0, 0).text(), first.child(0, 2).text()) == ("Ana", "2")
    panel.show()
    qtbot.waitExposed(panel)
    index = panel.index_of(bridge.project.source_by_name("Ben").id)
    panel.view.setCurrentIndex(index)
    with qtbot.waitSignal(panel.source_activated) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == [bridge.project.source_by_name("Ben").id]
    # A new coding updates the counts.
    ben = bridge.project.source_by_name("Ben").id
    bridge.run("Code", lambda: bridge.project.add_coding(ben, 1, 0, 5))
    index = panel.index_of(ben)
    assert index.siblingAtColumn(2).data() == "2"


def test_inspector_edits_the_memo_as_one_undo_step(qtbot, bridge: ProjectBridge,
                                                   tmp_path: Path) -> None:
    inspector = Inspector(bridge)
    qtbot.addWidget(inspector)
    inspector.show()
    coding = bridge.project.codings(code_id=1)[0]
    inspector.show_coding(coding.id)
    assert "Trust" in inspector.title.text()
    assert inspector.memo.toPlainText() == coding.memo
    inspector.memo.setFocus()
    inspector.memo.selectAll()
    qtbot.keyClicks(inspector.memo, "She said: ")
    # Chinese arrives from an input method as a commit string, not as key presses.
    commit = QInputMethodEvent()
    commit.setCommitString("信任")
    QApplication.sendEvent(inspector.memo, commit)
    qtbot.waitUntil(lambda: bridge.project.coding(coding.id).memo == "She said: 信任",
                    timeout=3000)
    assert bridge.undo_stack.count() == 1
    bridge.undo_stack.undo()
    assert bridge.project.coding(coding.id).memo == coding.memo
    assert inspector.memo.toPlainText() == coding.memo
    qtbot.mouseClick(inspector.remove, Qt.MouseButton.LeftButton)
    assert inspector.coding_id is None
    with Project.open(tmp_path / "p.annotator") as reopened:
        assert coding.id not in {c.id for c in reopened.codings()}


def test_retrieval_lists_excerpts_and_opens_them(qtbot, bridge: ProjectBridge, shots) -> None:
    panel = RetrievalPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(800, 300)
    panel.show()
    panel.show_codes([1])
    assert panel.list.topLevelItemCount() == 2
    assert panel.summary.text() == "2 excerpts in 2 transcripts: Trust"
    rows = [[panel.list.topLevelItem(i).text(c) for c in range(4)] for i in range(2)]
    assert rows == [["Ana", "Ana", "Trust", "社区参与"], ["Ben", "Ben", "Trust", "trust them"]]
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert "<b>社区参与</b>" in panel.context.text()
    ana = bridge.project.source_by_name("Ana").id
    start = ANA.index("社区参与")
    with qtbot.waitSignal(panel.excerpt_activated) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert blocker.args == [ana, start, start + 4]
    panel.grab().save(str(shots / "retrieval.png"))
    # Deleting the code empties the list; undo brings the excerpts back.
    bridge.run("Delete", lambda: bridge.project.delete_code(1))
    assert panel.list.topLevelItemCount() == 0


def test_inspector_marks_an_excerpt_illustrative(qtbot, bridge: ProjectBridge) -> None:
    inspector = Inspector(bridge)
    qtbot.addWidget(inspector)
    inspector.show()
    coding = bridge.project.codings(code_id=1)[0]
    inspector.show_coding(coding.id)
    assert not inspector.illustrative.isChecked()
    qtbot.mouseClick(inspector.illustrative, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, inspector.illustrative.height() // 2))
    assert bridge.project.illustrative_codings() == {coding.id}
    bridge.undo_stack.undo()
    assert bridge.project.illustrative_codings() == set()
    assert not inspector.illustrative.isChecked()
