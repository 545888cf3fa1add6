"""The transcript pane driven as a researcher drives it: select with the mouse, then code.

Selections are made with real mouse events on the viewport (press at the start of
a word, move, release at the end of another) or real key presses (Shift+arrows);
codes are applied through each path the pane offers; then the project file is
closed, reopened and every coding's start, end and text checked.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from annotator.model.entities import Code, Coding
from annotator.model.margin_columns import ColumnPlan, assign_columns
from annotator.project import Project
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.mime import code_ids_mime
from annotator.ui.transcript.panel import TranscriptPanel
from annotator.ui.transcript.view import TranscriptView
from tests.helpers import write_txt
from tests.ui.drive import drag_select, point, send_drop

TEXT = (
    "Interviewer: [00:01:02] How did it begin for you?\n"
    "P1: The clinic 😀 called us about the students. We felt worried, really worried, "
    "because the community support had gone and nobody at the council would answer.\n"
    "Interviewer: What happened next?\n"
    "P1: My neighbour helped. She knew the nurse from church and the volunteer group "
    "met every Tuesday in the hall.\n"
    "访谈者：您好😀，请谈谈𠀋社区参与的经历。\n"
    "受访者：社区参与很重要，我们每周都去社区中心帮忙。\n"
    "مرحبا بكم في المقابلة، نتحدث اليوم عن المجتمع.\n"
)


def span(phrase: str, until: str | None = None, *, after: str = "") -> tuple[int, int]:
    """Code-point span of `phrase` (through `until` if given), searching past `after`."""
    start = TEXT.index(phrase, TEXT.index(after) if after else 0)
    end = TEXT.index(until, start) + len(until) if until else start + len(phrase)
    return start, end


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
        trust = project.add_code("Trust", color="#FFD54F")
        support = project.add_code("Community support", color="#81D4FA")
        project.add_code("Worry", parent_id=support, color="#F48FB1")
        project.add_code("社区参与", color="#A5D6A7")
        project.add_coding(source, trust, *span("The clinic", "students."))
        project.add_coding(source, support, *span("called us", "worried,"),
                           memo="Contact came from the clinic.")
        write_txt(tmp_path, "Ben.txt", "P2: A second, short transcript.\n")
        project.import_file(tmp_path / "Ben.txt")
    return path


@pytest.fixture
def bridge(project_path: Path):
    bridge = ProjectBridge(Project.open(project_path))
    yield bridge
    if bridge.project.store is not None:
        bridge.close()


@pytest.fixture
def panel(qtbot, bridge: ProjectBridge) -> TranscriptPanel:
    widget = TranscriptPanel(bridge)
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show_source(source_named(bridge, "Ana"))
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.view.setFocus()
    return widget


def source_named(bridge: ProjectBridge, name: str) -> int:
    return next(s.id for s in bridge.project.sources() if s.name == name)


def code_named(bridge: ProjectBridge, name: str) -> int:
    return next(c.id for c in bridge.project.codes() if c.name == name)


def select_by_mouse(qtbot, panel: TranscriptPanel, start: int, end: int) -> None:
    drag_select(qtbot, panel.view, start, end)
    assert panel.selected_range() == (start, end)


def inside(view: TranscriptView, codepoint: int) -> QPoint:
    """A viewport point over the character at a code point (for hover and right-click)."""
    a, b = point(view, codepoint), point(view, codepoint + 1)
    return QPoint((a.x() + b.x()) // 2, a.y())


def stored(path: Path) -> list[tuple[str, int, int, str, str]]:
    """(code path, start, end, excerpt, memo) of every coding, read from the reopened file."""
    with Project.open(path) as project:
        text = {s.id: project.source(s.id).text for s in project.sources()}
        return sorted((project.code_path(c.code_id), c.start, c.end,
                       text[c.source_id][c.start:c.end], c.memo) for c in project.codings())


def drop_codes(view: TranscriptView, code_ids: list[int], at: QPoint) -> bool:
    """A code drag from the tree ending over the viewport; True if the drop was taken."""
    return send_drop(view.viewport(), code_ids_mime(code_ids), at)


def _value(value: object) -> str:
    if isinstance(value, QBrush):
        return f"brush({value.color().name()}, {value.style()})"
    return str(value)


def formats(view: TranscriptView) -> list[tuple[int, int, str]]:
    """The document's character formats as maximal runs (start, end, properties)."""
    runs: list[tuple[int, int, str]] = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            props = repr(sorted((k, _value(v))
                                for k, v in fragment.charFormat().properties().items()))
            start, end = fragment.position(), fragment.position() + fragment.length()
            if runs and runs[-1][1] == start and runs[-1][2] == props:
                runs[-1] = (runs[-1][0], end, props)
            else:
                runs.append((start, end, props))
            it += 1
        block = block.next()
    return runs


def background(view: TranscriptView, codepoint: int) -> QColor:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(codepoint) + 1)
    return cursor.charFormat().background().color()


# -- selecting --------------------------------------------------------------


def test_mouse_selection_is_exactly_what_was_covered(qtbot, panel: TranscriptPanel) -> None:
    view = panel.view
    english = span("called", "students")  # after the emoji
    chinese = span("社区参与的", "经历")  # after an emoji and an astral CJK character
    arabic = span("نتحدث", "اليوم")  # right to left
    for start, end in (english, chinese, arabic):
        drag_select(qtbot, view, start, end)
        assert panel.selected_range() == (start, end), TEXT[start:end]
    # Mid-word with Alt held: no snapping to whole words (test_word_snap.py has the rest).
    start, end = TEXT.index("linic"), TEXT.index("students") + 3
    drag_select(qtbot, view, start, end, Qt.KeyboardModifier.AltModifier)
    assert panel.selected_range() == (start, end)
    assert view.selected_text() == "linic 😀 called us about the stu"


def test_keyboard_selection_and_number_keys(qtbot, panel: TranscriptPanel, bridge,
                                            project_path: Path) -> None:
    worry, trust = code_named(bridge, "Worry"), code_named(bridge, "Trust")
    panel.set_number_codes(lambda: [trust, worry])
    view = panel.view
    start = TEXT.index("nobody")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point(view, start))
    for _ in range(len("nobody")):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert panel.selected_range() == (start, start + 6)
    with qtbot.waitSignal(panel.codes_applied) as applied:
        qtbot.keyClick(view, Qt.Key.Key_2)
    assert applied.args == [[worry]]
    assert panel.selected_range() == (start, start + 6), "the selection stays for the next code"
    qtbot.keyClick(view, Qt.Key.Key_9)  # no ninth code: nothing happens
    # Without a selection a digit codes nothing.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point(view, start))
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert bridge.recent_codes == [worry]
    bridge.close()
    assert ("Community support/Worry", start, start + 6, "nobody", "") in stored(project_path)


# -- coding -----------------------------------------------------------------


def test_dropping_codes_codes_the_selection(qtbot, panel: TranscriptPanel, bridge,
                                            project_path: Path) -> None:
    view = panel.view
    trust, worry = code_named(bridge, "Trust"), code_named(bridge, "Worry")
    # Nothing selected: the drag is refused.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=point(view, TEXT.index("neighbour")))
    assert not drop_codes(view, [trust], inside(view, TEXT.index("neighbour")))
    start, end = span("My neighbour", "nurse")
    select_by_mouse(qtbot, panel, start, end)
    with qtbot.waitSignal(panel.codes_applied) as applied:
        # Dropped on a word outside the selection: the selection is still what is coded.
        accepted = drop_codes(view, [trust, worry], inside(view, TEXT.index("Tuesday")))
    assert accepted
    assert applied.args == [[trust, worry]]
    assert bridge.undo_stack.undoText() == "Code excerpt with 2 codes"
    assert panel.selected_range() == (start, end)
    assert background(view, start) != background(view, TEXT.index("Tuesday"))
    bridge.close()
    codings = stored(project_path)
    assert ("Trust", start, end, "My neighbour helped. She knew the nurse", "") in codings
    assert ("Community support/Worry", start, end, TEXT[start:end], "") in codings


def test_chinese_selection_after_emoji_and_astral_character(qtbot, panel: TranscriptPanel,
                                                            bridge, project_path: Path) -> None:
    code = code_named(bridge, "社区参与")
    start, end = span("社区参与的", "经历")
    select_by_mouse(qtbot, panel, start, end)
    drop_codes(panel.view, [code], inside(panel.view, start))
    bridge.close()
    assert ("社区参与", start, end, "社区参与的经历", "") in stored(project_path)


def test_context_menu_actions(qtbot, panel: TranscriptPanel, bridge, project_path: Path,
                              monkeypatch) -> None:
    view = panel.view
    trust = code_named(bridge, "Trust")
    bridge.note_code_used(trust)
    start, end = span("volunteer group")
    select_by_mouse(qtbot, panel, start, end)

    def action(menu: QMenu, name: str):
        found = [a for a in menu.findChildren(type(menu.menuAction())) if a.objectName() == name]
        assert found, [a.objectName() for a in menu.actions()]
        return found[0]

    # Recent codes.
    menu = panel.context_menu_at(inside(view, start))
    assert "Trust" in [a.text() for a in menu.actions()]
    action(menu, f"recentCode{trust}").trigger()
    # New code, named in a dialog (replaced here), created and applied in one step.
    monkeypatch.setattr(panel, "ask_code_name", lambda: "Faith/Church groups")
    depth = bridge.undo_stack.count()
    action(panel.context_menu_at(inside(view, start)), "newCode").trigger()
    assert bridge.undo_stack.count() == depth + 1
    # In-vivo: a top-level code named after the words, in one step.
    action(panel.context_menu_at(inside(view, start)), "inVivoCode").trigger()
    assert bridge.undo_stack.count() == depth + 2
    assert bridge.undo_stack.undoText() == "In-vivo code “volunteer group”"
    assert panel.selected_range() == (start, end)
    # Three codings lie under the click now: remove offers one entry per code.
    menu = panel.context_menu_at(inside(view, start + 3))
    here = view.codings_at_point(inside(view, start + 3))
    assert len(here) == 3
    names = {a.text() for a in menu.findChild(QMenu, "removeCoding").actions()}
    assert names == {"Trust", "Faith/Church groups", "volunteer group"}
    faith = next(c for c in here if bridge.project.code_path(c.code_id) == "Faith/Church groups")
    action(menu, f"removeCoding{faith.id}").trigger()
    # Adjust an excerpt: select new bounds, right-click on the excerpt.
    clinic = span("The clinic", "students.")
    coding = next(c for c in bridge.project.codings() if (c.start, c.end) == clinic)
    new = span("clinic", "us")
    select_by_mouse(qtbot, panel, *new)
    menu = panel.context_menu_at(inside(view, new[0]))
    assert menu.findChild(QMenu, "adjustExcerpt") is None  # only Trust lies there
    action(menu, f"adjustExcerpt{coding.id}").trigger()
    assert bridge.undo_stack.undoText() == "Adjust excerpt"
    # Away from any excerpt there is nothing to remove.
    menu = panel.context_menu_at(inside(view, TEXT.index("happened")))
    assert menu.findChild(QMenu, "removeCoding") is None
    assert not [a for a in menu.actions() if a.objectName().startswith("removeCoding")]
    bridge.close()
    codings = stored(project_path)
    assert ("Trust", *new, "clinic 😀 called us", "") in codings
    assert ("Trust", start, end, "volunteer group", "") in codings
    assert ("volunteer group", start, end, "volunteer group", "") in codings
    assert not [c for c in codings if c[0] == "Faith/Church groups"]


def test_right_click_opens_the_real_menu(qtbot, panel: TranscriptPanel, bridge,
                                         monkeypatch) -> None:
    """A context-menu event on the viewport reaches the menu, and its action codes."""
    view = panel.view
    start, end = span("council")
    select_by_mouse(qtbot, panel, start, end)
    shown: list[QMenu] = []

    def fake_exec(menu: QMenu, _where: QPoint) -> None:
        # QMenu.exec would block; do what the researcher would: pick In-vivo code.
        shown.append(menu)
        next(a for a in menu.actions() if a.objectName() == "inVivoCode").trigger()

    monkeypatch.setattr(panel, "exec_menu", fake_exec)
    pos = inside(view, start + 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert len(shown) == 1
    assert bridge.project.find_code("council") is not None


# Popups and tooltips ask the offscreen platform for things it cannot do.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@OFFSCREEN_POPUP
def test_quick_code_box(qtbot, panel: TranscriptPanel, bridge, project_path: Path) -> None:
    view = panel.view
    start, end = span("the hall")
    select_by_mouse(qtbot, panel, start, end)
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = panel.quick_code
    qtbot.waitUntil(box.isVisible)
    assert box.objectName() == "quickCode"
    assert box.visible_paths() == ["Trust", "Community support", "Community support/Worry",
                                   "社区参与"]
    qtbot.keyClicks(box.line_edit, "SUPP")
    assert box.visible_paths() == ["Community support", "Community support/Worry"]
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.codes_applied) as applied:
        qtbot.keyClick(box.line_edit, Qt.Key.Key_Return)
    assert applied.args == [[code_named(bridge, "Worry")]]
    assert not box.isVisible()
    # Escape closes without coding.
    panel.open_quick_code()
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClicks(box.line_edit, "trust")
    depth = bridge.undo_stack.count()
    qtbot.keyClick(box.line_edit, Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert bridge.undo_stack.count() == depth
    bridge.close()
    assert ("Community support/Worry", start, end, "the hall", "") in stored(project_path)


# -- margin, hover ------------------------------------------------------------


def test_margin_stripe_click_selects_its_excerpt(qtbot, panel: TranscriptPanel, bridge) -> None:
    margin = panel.margin
    assert margin.objectName() == "codingMargin"
    qtbot.waitUntil(lambda: len(margin.stripes()) == 2)
    support = next(c for c in bridge.project.codings() if c.memo)
    rect = margin.stripe_rect(support.id)
    assert rect is not None
    # Overlapping codings sit in separate columns.
    other = next(r for r, k in margin.stripes() if k != support.id)
    assert not rect.intersects(other)
    with qtbot.waitSignal(panel.coding_selected) as selected:
        qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [support.id]
    assert panel.selected_range() == (support.start, support.end)
    tip = margin.tooltip_at(rect.center())
    assert "Community support" in tip and "Contact came from the clinic." in tip


@OFFSCREEN_POPUP
def test_hover_names_codes_and_memos(qtbot, panel: TranscriptPanel) -> None:
    view = panel.view
    pos = inside(view, TEXT.index("called"))  # Trust and Community support overlap here
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    assert "Trust" in text and "Community support" in text
    assert "Contact came from the clinic." in text
    QToolTip.hideText()
    assert view.tooltip_at(inside(view, TEXT.index("happened"))) == ""
    # Far right of a short line is not over any character.
    assert view.position_at(QPoint(view.viewport().width() - 5, pos.y() + 200)) is None


# -- painting -----------------------------------------------------------------


def test_overlaps_are_blended_and_distinct(panel: TranscriptPanel) -> None:
    view = panel.view
    only_trust = background(view, TEXT.index("clinic"))
    both = background(view, TEXT.index("called"))
    only_support = background(view, TEXT.index("worried"))
    assert only_trust.name().upper() == "#FFD54F"
    assert only_support.name().upper() == "#81D4FA"
    assert both.name() not in {only_trust.name(), only_support.name()}
    # Still light enough for black text.
    assert both.lightness() > 110
    # A speaker label stays bold under a coding's background.
    assert view.document().begin().next().begin().fragment().charFormat().fontWeight() == 700


def test_incremental_paint_equals_a_fresh_paint(qtbot, panel: TranscriptPanel, bridge) -> None:
    project = bridge.project
    source = panel.source_id
    assert source is not None
    trust, worry = code_named(bridge, "Trust"), code_named(bridge, "Worry")

    def fresh() -> list[tuple[int, int, str]]:
        other = TranscriptView()
        qtbot.addWidget(other)
        other.show_source(TEXT, project.paragraphs(source), project.codings(source_id=source),
                          project.codes())
        return formats(other)

    steps = [
        lambda: project.add_coding(source, worry, *span("Interviewer: What", "next?")),
        lambda: project.add_coding(source, trust, *span("students", "community")),
        lambda: project.resize_coding(project.codings(source_id=source)[0].id,
                                      *span("clinic", "about")),
        lambda: project.remove_coding(project.codings(source_id=source)[-1].id),
        lambda: project.recolor_code(trust, "#CE93D8"),
        lambda: project.rename_code(worry, "Worries"),
    ]
    for step in steps:
        bridge.run("step", step)
        assert formats(panel.view) == fresh()
    for _ in steps:
        bridge.undo_stack.undo()
        assert formats(panel.view) == fresh()
    assert background(panel.view, TEXT.index("clinic")).name().upper() == "#FFD54F"


def test_undo_redo_then_reopen(qtbot, panel: TranscriptPanel, bridge,
                               project_path: Path) -> None:
    before = stored(project_path)
    trust = code_named(bridge, "Trust")
    start, end = span("nurse", "church")
    select_by_mouse(qtbot, panel, start, end)
    drop_codes(panel.view, [trust], inside(panel.view, start))
    painted = background(panel.view, start)
    assert painted.name().upper() == "#FFD54F"
    bridge.undo_stack.undo()
    assert background(panel.view, start) != painted
    bridge.undo_stack.redo()
    assert background(panel.view, start) == painted
    bridge.close()
    assert stored(project_path) == sorted([*before, ("Trust", start, end, "nurse from church",
                                                     "")])


def test_switching_and_removing_sources(qtbot, panel: TranscriptPanel, bridge) -> None:
    ben = source_named(bridge, "Ben")
    qtbot.waitUntil(lambda: len(panel.margin.stripes()) == 2)
    panel.show_source(ben)
    assert panel.source_id == ben
    assert panel.view.toPlainText().startswith("P2:")
    assert panel.margin.stripes() == []
    bridge.run("Remove", lambda: bridge.project.remove_source(ben))
    assert panel.source_id is None
    assert panel.view.toPlainText() == ""


# -- screenshots --------------------------------------------------------------


def dense(bridge: ProjectBridge, source: int) -> None:
    """Code a passage densely, with overlaps, nesting, memos and long names."""
    project = bridge.project
    names = ["Loss of services", "Neighbours and informal help", "Faith communities",
             "Worry about the future", "Trust in professionals"]
    ids = [project.add_code(n) for n in names]
    plan = [
        (0, "We felt", "answer.", "They felt abandoned by the council."),
        (3, "worried, really", "worried,", ""),
        (1, "My neighbour", "Tuesday", ""),
        (2, "from church", "hall.", "Church as the hub of the network."),
        (4, "She knew", "nurse", ""),
        # Nested in another code's excerpt: one code nested in itself would be one coding.
        (4, "volunteer", "group", ""),
        (0, "我们每周", "帮忙。", ""),
        (3, "请谈谈", "经历", "Opening question."),
    ]
    with project.batch("dense"):
        for i, first, last, memo in plan:
            project.add_coding(source, ids[i], *span(first, last), memo=memo)


CHINESE = (
    "访谈者：请您谈谈😀您参与社区活动的经历。\n"
    "受访者：𠀋我最早是通过邻居介绍去社区中心做志愿者的。那时候大家都很热情，"
    "每周三下午一起打扫街道、照顾老人。后来社区参与变成了我生活的一部分。\n"
    "访谈者：您觉得这些活动对您有什么影响？\n"
    "受访者：最大的影响是信任。以前我不认识楼上楼下的人，现在遇到困难可以互相帮忙。"
    "不过有时候也觉得压力很大，因为志愿者太少，事情太多。\n"
)


def test_screenshots(qtbot, panel: TranscriptPanel, bridge, tmp_path: Path,
                     shots: Path) -> None:
    dense(bridge, panel.source_id or 0)
    qtbot.waitUntil(lambda: len(panel.margin.stripes()) >= 10)
    panel.select_range(*span("社区参与很重要"))
    panel.grab().save(str(shots / "transcript_panel.png"))

    project = bridge.project
    source = project.import_file(write_txt(tmp_path, "王女士.txt", CHINESE))
    names = ["社区参与", "邻里互助", "信任", "志愿者压力", "Volunteering"]
    ids = {n: project.find_code(n).id if project.find_code(n) else project.add_code(n)
           for n in names}
    plan = [("社区参与", "我最早", "一部分。", "从志愿者到社区参与"),
            ("邻里互助", "通过邻居", "照顾老人。", ""),
            ("Volunteering", "社区中心", "志愿者的", ""),
            ("信任", "最大的影响", "互相帮忙。", ""),
            ("志愿者压力", "不过有时候", "事情太多。", "Burden: too few volunteers."),
            ("邻里互助", "现在遇到困难", "互相帮忙。", "")]
    with project.batch("Chinese codings"):
        for name, first, last, memo in plan:
            start = CHINESE.index(first)
            project.add_coding(source, ids[name], start,
                               CHINESE.index(last, start) + len(last), memo=memo)
    panel.resize(620, 360)
    panel.show_source(source)
    qtbot.waitUntil(lambda: len(panel.margin.stripes()) == len(plan))
    start = CHINESE.index("社区参与变成")
    panel.select_range(start, start + 4)
    assert panel.view.selected_text() == "社区参与"
    panel.grab().save(str(shots / "transcript_panel_chinese.png"))


def test_margin_narrows_in_a_narrow_pane_and_keeps_every_stripe(
        qtbot, panel: TranscriptPanel, bridge, shots: Path) -> None:
    dense(bridge, panel.source_id or 0)
    margin = panel.margin
    qtbot.waitUntil(lambda: len(margin.stripes()) >= 10)
    wide, columns = margin.width(), margin.drawn_columns
    assert columns >= 3 and wide >= 150
    panel.resize(300, 560)
    qtbot.waitUntil(lambda: margin.width() <= 0.35 * 300)
    margin.repaint()
    # Fewer, narrower columns (deeper overlaps share the outermost), all inside it.
    assert margin.drawn_columns < columns
    assert len({rect.left() for rect, _key in margin.stripes()}) == margin.drawn_columns
    assert all(rect.left() >= 0 and rect.right() < margin.width()
               for rect, _key in margin.stripes())
    qtbot.waitUntil(lambda: panel.view.width() >= 0.6 * 300)
    panel.grab().save(str(shots / "transcript_panel_narrow.png"))
    panel.resize(900, 560)
    qtbot.waitUntil(lambda: margin.width() == wide)


# -- more behaviour -------------------------------------------------------------


def test_caret_in_an_excerpt_reports_its_coding(qtbot, panel: TranscriptPanel, bridge) -> None:
    view = panel.view
    trust = next(c for c in bridge.project.codings() if not c.memo)
    with qtbot.waitSignal(panel.coding_selected) as selected:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=point(view, TEXT.index("clinic")))
    assert selected.args == [trust.id]
    # Where two overlap, the shorter (innermost) one is reported.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point(view, TEXT.index("us")))
    assert panel.margin.selected == trust.id
    with qtbot.waitSignal(panel.coding_selected) as selected:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=point(view, TEXT.index("happened")))
    assert selected.args == [None]


def test_select_range_scrolls_a_far_excerpt_to_the_middle(qtbot, bridge, tmp_path: Path) -> None:
    lines = "".join(f"P1: line {i} 😀 of a long transcript.\n" for i in range(400))
    source = bridge.project.import_file(write_txt(tmp_path, "Long.txt", lines))
    panel = TranscriptPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    panel.show_source(source)
    qtbot.waitExposed(panel)
    start = lines.index("line 350 ")
    panel.select_range(start, start + len("line 350"))
    assert panel.selected_range() == (start, start + 8)
    y = point(panel.view, start).y()
    height = panel.view.viewport().height()
    assert height * 0.3 < y < height * 0.7


def test_margin_columns_never_collide_through_changes(qtbot) -> None:
    """Random adds, moves and removals: codings that share a paragraph never share a column."""
    view = TranscriptView()
    qtbot.addWidget(view)
    text = "".join(f"Paragraph {i} " + "word " * (i % 7 * 10) + "\n" for i in range(60))
    view.show_source(text, [], [], [Code(1, "g", None, "A", "#FFD54F")])
    layer = view.layer
    plan = ColumnPlan()
    rng = random.Random(7)
    rows = layer.newlines

    def row(cp: int) -> int:
        return sum(1 for n in rows if n < cp)

    for step in range(300):
        ids = list(layer.codings)
        if ids and rng.random() < 0.3:
            layer.update_codings([], [rng.choice(ids)])
        else:
            start = rng.randrange(0, len(text) - 2)
            end = min(len(text), start + rng.randint(1, 400))
            key = rng.choice(ids) if ids and rng.random() < 0.3 else 1000 + step
            layer.update_codings([Coding(key, "g", 1, 1, start, end)], [])
        plan.sync(layer)
        spans = {k: (row(c.start), row(c.end - 1)) for k, c in layer.codings.items()}
        assert set(plan.columns) == set(spans)
        for a, (a0, a1) in spans.items():
            for b, (b0, b1) in spans.items():
                if a < b and a0 <= b1 and b0 <= a1:
                    assert plan.columns[a] != plan.columns[b]
    # A fresh plan needs no more columns than the kept one.
    _, fresh = assign_columns([(a0, a1, k) for k, (a0, a1) in spans.items()])
    assert fresh <= plan.count


def test_a_right_to_left_transcript_aligns_right_and_selects_by_mouse(qtbot) -> None:
    arabic = "المحاور: كيف بدأت القصة؟\nالمشارك: بدأت في المجتمع المحلي مع الجيران.\n"
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    view.show_source(arabic, [], [], [])
    qtbot.waitExposed(view)
    alignment = view.document().defaultTextOption().alignment()
    assert alignment & Qt.AlignmentFlag.AlignRight
    start = arabic.index("المجتمع")
    end = start + len("المجتمع المحلي")
    drag_select(qtbot, view, start, end)
    assert view.selected_range() == (start, end)
    # The next, left-to-right transcript is aligned left again.
    view.show_source(TEXT, [], [], [])
    assert view.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignLeft


def test_search_marks_follow_the_scroll_in_a_long_transcript(qtbot, bridge,
                                                            tmp_path: Path) -> None:
    lines = "".join(f"P1: line {i} of the long transcript, with the word trust.\n"
                    for i in range(3000))
    source = bridge.project.import_file(write_txt(tmp_path, "Long.txt", lines))
    panel = TranscriptPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show_source(source)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view
    text = view.toPlainText()
    matches = [(i, i + 5) for i in range(len(text)) if text.startswith("trust", i)]
    view.set_found(matches)
    assert view.found() == matches
    # Qt is given only the matches near the screen, not all 3,000.
    near_top = view.marks.shown()
    assert near_top and near_top[0] == matches[0] and len(near_top) < 200
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    near_end = view.marks.shown()
    assert near_end[-1] == matches[-1] and matches[0] not in near_end
    assert len(view.extraSelections()) == len(near_end)
    view.set_found([])
    assert view.extraSelections() == [] and view.marks.shown() == []
