"""The "Similar passages" pane on a real project: background indexing with progress and
cancel, results uncoded first, jumping, coding several in one undo step, not relevant."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from annotator.project import Project
from annotator.ui.panes.similar import RESULT, SimilarPanel
from annotator.ui.shared.bridge import ProjectBridge
from tests.helpers import table_dump, write_txt

ANA = (
    "Interviewer: How was the waiting list?\n"
    "Ana: The council kept us waiting on the housing list for years.\n"
    "Interviewer: And the school?\n"
    "Ana: The school was kind to the children.\n"
)
BEN = (
    "Interviewer: Tell me about housing.\n"
    "Ben: Nobody at the council answered about housing, the list never moved.\n"
    "Ben: My neighbour brought soup when I was ill.\n"
)


@pytest.fixture
def bridge(tmp_path: Path):
    project = Project.create(tmp_path / "p.annotator")
    ana = project.import_file(write_txt(tmp_path, "Ana.txt", ANA))
    project.import_file(write_txt(tmp_path, "Ben.txt", BEN))
    code = project.add_code("Housing")
    start = ANA.index("The council kept")
    project.add_coding(ana, code, start, ANA.index("\n", start))
    project.add_code("Other")
    bridge = ProjectBridge(project)
    yield bridge
    bridge.close()


@pytest.fixture
def panel(qtbot, bridge):
    panel = SimilarPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: not panel.indexer.running and not bridge.project.similar_pending())
    yield panel
    panel.stop()


def results(panel: SimilarPanel) -> list:
    return [panel.tree.topLevelItem(i).data(0, RESULT)
            for i in range(panel.tree.topLevelItemCount())]


def housing(bridge: ProjectBridge) -> int:
    found = bridge.project.find_code("Housing")
    assert found is not None
    return found.id


def test_a_code_lists_uncoded_passages_first_and_coded_ones_marked(panel, bridge) -> None:
    panel.show_code(housing(bridge))
    shown = results(panel)
    assert shown and not shown[0].coded
    assert [r.coded for r in shown] == sorted(r.coded for r in shown)
    assert shown[-1].coded and panel.tree.topLevelItem(len(shown) - 1).text(3).startswith("✓")
    assert "Housing" in panel.title.text()
    texts = [r.text for r in shown]
    assert "Nobody at the council answered about housing, the list never moved." in texts
    assert "My neighbour brought soup when I was ill." not in texts
    assert panel.code.currentData() == housing(bridge)
    assert panel.tree.topLevelItem(0).text(0) in ("Ana", "Ben")


def test_double_click_jumps_to_the_passage(qtbot, panel, bridge) -> None:
    panel.show_code(housing(bridge))
    item = panel.tree.topLevelItem(0)
    with qtbot.waitSignal(panel.passage_activated) as signal:
        panel.tree.itemActivated.emit(item, 0)
    result = item.data(0, RESULT)
    assert signal.args == [*result.span]


def test_coding_selected_results_is_one_undo_step(panel, bridge) -> None:
    code = housing(bridge)
    panel.show_code(code)
    before = table_dump(bridge.project.store)
    selection = panel.tree.selectionModel()
    uncoded = [i for i, r in enumerate(results(panel)) if not r.coded][:2]
    for row in uncoded:
        selection.select(panel.tree.model().index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert panel.code_selected.isEnabled()
    depth = bridge.undo_stack.count()
    ids = panel.code_selection()
    assert ids is not None and len(ids) == len(uncoded)
    assert bridge.undo_stack.count() == depth + 1
    assert sum(r.coded for r in results(panel)) == 1 + len(uncoded)  # re-run on the change
    bridge.undo_stack.undo()
    assert table_dump(bridge.project.store) == before
    assert sum(r.coded for r in results(panel)) == 1


def test_not_relevant_hides_a_passage_for_the_code_and_undo_brings_it_back(panel, bridge
                                                                          ) -> None:
    panel.show_code(housing(bridge))
    first = results(panel)[0]
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert panel.not_relevant.isEnabled()
    panel.dismiss_selection()
    assert first.span not in [r.span for r in results(panel)]
    bridge.undo_stack.undo()
    assert first.span in [r.span for r in results(panel)]


def test_selection_query_and_an_empty_result(panel, bridge) -> None:
    ben = bridge.project.source_by_name("Ben")
    start = ben.text.index("My neighbour")
    panel.show_selection(ben.id, start, start + len("My neighbour brought soup"))
    assert results(panel) == []
    assert panel.summary.text() == "No similar passages found."
    assert not panel.code_selected.isEnabled()


def test_importing_indexes_in_the_background_with_progress(qtbot, panel, bridge,
                                                           tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    panel.indexer.progress.connect(lambda done, total: seen.append((done, total)))
    path = write_txt(tmp_path, "Cy.txt", "Cy: The council housing list, again.\n")
    bridge.run("Import", lambda: bridge.project.import_file(path))
    qtbot.waitUntil(lambda: bool(seen) and not panel.indexer.running)
    assert seen[0] == (0, 1) and seen[-1] == (1, 1)
    assert bridge.project.similar_pending() == []
    assert not panel.progress.isVisible()
    panel.show_code(housing(bridge))
    assert "Cy" in [r.source_name for r in results(panel)]


def test_cancel_stops_indexing_and_a_query_still_answers(qtbot, panel, bridge,
                                                         tmp_path: Path) -> None:
    paths = [write_txt(tmp_path, f"T{i}.txt", "T: housing council list.\n" * 400)
             for i in range(4)]
    bridge.run("Import", lambda: bridge.project.import_files(paths))
    panel.start_indexing()
    assert panel.indexer.running and panel.progress.isVisible()
    with qtbot.waitSignal(panel.indexer.finished) as signal:
        panel.cancel.click()
    assert signal.args == [False]
    assert not panel.indexer.running and not panel.progress.isVisible()
    panel.show_code(housing(bridge))  # asking again finishes the index first
    assert panel.indexer.running and results(panel) == []
    assert panel.summary.text() == "Indexing transcripts; the passages follow."
    qtbot.waitUntil(lambda: bool(results(panel)))
    assert bridge.project.similar_pending() == []


def test_a_bad_request_says_one_sentence(qtbot, panel, bridge) -> None:
    with qtbot.waitSignal(bridge.error) as signal:
        panel.show_code(9999)
    assert signal.args == ["That code no longer exists."]
    assert results(panel) == []


def test_enter_on_a_result_jumps_to_it(qtbot, panel, bridge) -> None:
    panel.show_code(housing(bridge))
    panel.tree.setFocus()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    with qtbot.waitSignal(panel.passage_activated):
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)


def test_a_pane_deleted_while_indexing_lets_its_thread_finish(qtbot, bridge,
                                                              tmp_path: Path) -> None:
    from annotator.ui.panes.similar_indexer import _threads

    paths = [write_txt(tmp_path, f"T{i}.txt", "T: housing council list.\n" * 400)
             for i in range(4)]
    bridge.project.import_files(paths)
    panel = SimilarPanel(bridge)
    panel.start_indexing()
    assert panel.indexer.running
    panel.deleteLater()
    qtbot.waitUntil(lambda: all(t.isFinished() for t in _threads))


def test_a_query_waiting_for_the_index_says_so_when_indexing_is_cancelled(
        qtbot, panel, bridge, tmp_path: Path) -> None:
    paths = [write_txt(tmp_path, f"T{i}.txt", "T: housing council list.\n" * 400)
             for i in range(3)]
    bridge.run("Import", lambda: bridge.project.import_files(paths))
    panel.show_code(housing(bridge))
    assert panel.indexer.running
    panel.cancel.click()
    assert panel.summary.text() == ("Indexing stopped; ask again to finish it and see the "
                                    "passages.")


def test_the_index_is_read_into_memory_while_idle(qtbot, panel, bridge) -> None:
    from annotator.operations.similar import _engine

    qtbot.waitUntil(lambda: not panel._warm_timer.isActive())
    engine = _engine(bridge.project.store)
    assert engine.load(bridge.project.store, 0)  # nothing left to read
    assert engine._index is not None  # assembled before the first query


def test_a_code_name_that_looks_like_markup_is_shown_as_it_is(panel, bridge) -> None:
    code = bridge.project.add_code("<b>Housing<b>")
    panel.show_code(code)
    assert panel.title.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Housing<b>" in panel.title.text()
