"""Search, journal, memos, participants and analysis, reached from the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.platform.demo import build_demo
from annotator.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    demo = tmp_path / "Demo.annotator"
    build_demo(demo)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(demo)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_search_hit_opens_the_transcript_at_the_words(qtbot, window: MainWindow) -> None:
    tools = window.tools
    assert tools is not None
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.docks["search"].isVisible()
    tools.search.set_query("社区")
    group = tools.search.tree.topLevelItem(0)
    assert group is not None and group.childCount() > 0
    hit = group.child(0)
    tools.search.tree.setCurrentItem(hit)
    tools.search.tree.itemActivated.emit(hit, 0)
    panel = window.current_panel()
    assert panel is not None
    start, end = panel.selected_range()
    assert panel.view.toPlainText()[start:end] == "社区"


def test_search_matches_are_marked_in_open_and_newly_opened_transcripts(
        qtbot, window: MainWindow, shots: Path) -> None:
    tools = window.tools
    assert tools is not None and window.project is not None
    first = window.project.source_by_name("P1_food_bank").id
    chinese = window.project.source_by_name("P5_chinese_community_centre").id
    open_panel = window.open_source(first)
    assert open_panel is not None and open_panel.view.found() == []
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tools.search.query, "trust")
    qtbot.keyClick(tools.search.query, Qt.Key.Key_Return)

    def marked(panel) -> list[str]:
        text = panel.view.toPlainText()  # these transcripts are all in the BMP
        return [text[start:end] for start, end in panel.view.found()]

    # Every match in the open transcript is marked, and only those.
    words = marked(open_panel)
    assert words and {w.lower() for w in words} == {"trust"}
    assert len(words) == len(tools.search.found_in(first))
    # Scrolled to the last match: it is among those Qt is given to paint, all "trust".
    view = open_panel.view
    cursor = view.textCursor()
    cursor.setPosition(view.found()[-1][0])
    view.setTextCursor(cursor)
    view.centerCursor()
    assert view.found()[-1] in view.marks.shown()
    painted = [s.cursor.selectedText() for s in view.extraSelections()]
    assert painted and {w.lower() for w in painted} == {"trust"}
    open_panel.grab().save(str(shots / "transcript_found.png"))

    # A transcript opened afterwards comes with its matches marked.
    tools.search.set_query("社区")
    assert marked(open_panel) == []
    later = window.open_source(chinese)
    assert later is not None and marked(later) and set(marked(later)) == {"社区"}

    # Clearing the search clears the marks.
    tools.search.set_query("")
    assert later.view.found() == [] and later.view.extraSelections() == []
    assert open_panel.view.extraSelections() == []


def test_pages_and_docks_from_the_view_menu(qtbot, window: MainWindow, shots: Path) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Analysis"
    window.grab().save(str(shots / "window_analysis.png"))
    qtbot.keyClick(window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Participants"
    window.grab().save(str(shots / "window_participants.png"))
    window.close_tab(window.tabs.currentIndex())  # a page hides, it is not destroyed
    window.show_page("participants")
    assert window.tabs.currentWidget() is window.tools.participants
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.docks["journal"].isVisible()
    window.grab().save(str(shots / "window_journal.png"))


def test_a_memo_jumps_to_what_it_is_about(qtbot, window: MainWindow) -> None:
    project = window.project
    tools = window.tools
    assert project is not None and tools is not None and window.codes_panel is not None
    code_memo = next(m for m in project.memos() if m.target_kind == "code")
    tools.memos.memo_activated.emit("code", code_memo.target_id)
    assert window.codes_panel.selected_code_ids() == [code_memo.target_id]
    theme = project.themes()[0]
    tools.memos.memo_activated.emit("theme", theme.id)
    assert window.tabs.currentWidget() is window.board
    source_memo = next(m for m in project.memos() if m.target_kind == "source")
    tools.memos.memo_activated.emit("source", source_memo.target_id)
    assert window.current_panel().source_id == source_memo.target_id
    tools.memos.memo_activated.emit("journal", None)
    assert window.docks["journal"].isVisible()


def test_code_transcript_and_project_memos_are_written_in_the_inspector(
    qtbot, window: MainWindow
) -> None:
    project = window.project
    assert project is not None and window.codes_panel is not None
    code = project.find_code("Champions").id
    window.codes_panel.select_code(code)
    editor = window.item_memo
    assert window.inspector_stack.currentWidget() is editor
    assert editor.item == ("code", code)
    editor.memo.setPlainText("Champions broker trust; compare 李女士.")
    editor.save()
    assert project.memo_for("code", code).body == "Champions broker trust; compare 李女士."
    window.undo()
    memo = project.memo_for("code", code)
    assert memo is None or memo.body != "Champions broker trust; compare 李女士."
    window.actions_by_name["project_memo"].trigger()
    assert editor.item == ("project", None)
    assert editor.memo.toPlainText() == project.memo_for("project", None).body
    window.tools.memos.memo_activated.emit("project", None)
    assert window.inspector_stack.currentWidget() is editor


def test_codes_with_a_memo_are_marked_in_the_tree(qtbot, window: MainWindow) -> None:
    project = window.project
    model = window.codes_panel.model
    champions = project.find_code("Champions").id
    index = model.index_of(champions)
    assert not (index.data(Qt.ItemDataRole.FontRole) or window.font()).italic()
    window.bridge.run("Memo", lambda: project.set_memo("code", champions, "a thought"))
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "has a memo" in index.data(Qt.ItemDataRole.ToolTipRole)
    window.undo()
    assert index.data(Qt.ItemDataRole.FontRole) is None
