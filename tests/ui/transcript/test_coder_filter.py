"""The transcript pane's coder filter (issue 17): with codings by several coders, show
all of them, one coder's, or two side by side, in the text's colours and the margin,
the coder named in the margin's tooltip; changes keep following the filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox

from annotator.project import Project
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import install_language
from annotator.ui.transcript.panel import TranscriptPanel
from tests.helpers import write_txt
from tests.ui.drive import drag_select

TEXT = (
    "Interviewer: How did the partnership start?\n"
    "Ana: The clinic called us about the students, and we felt worried at first.\n"
    "Interviewer: And then?\n"
    "Ana: We said yes, and the volunteer group met every Tuesday in the hall.\n"
    "受访者：社区参与很重要，我们每周都去社区中心帮忙。\n"
)


def span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
        contact = project.add_code("Contact with the clinic", color="#81D4FA")
        worry = project.add_code("Worry", color="#F48FB1")
        community = project.add_code("社区参与", color="#A5D6A7")
        for coder in ("Ana", "Ben"):
            project.add_coding(source, contact, *span("The clinic called us"), coder=coder)
        project.add_coding(source, worry, *span("we felt worried"), coder="Ana")
        project.add_coding(source, worry, *span("felt worried at first"), coder="Ben")
        project.add_coding(source, community, *span("社区参与很重要"), coder="Ben")
        project.add_coding(source, community, *span("volunteer group"), coder="Chen")
    return path


@pytest.fixture
def panel(qtbot, project_path: Path):
    bridge = ProjectBridge(Project.open(project_path))
    bridge.project.set_coder("Ana")
    widget = TranscriptPanel(bridge)
    qtbot.addWidget(widget)
    widget.resize(900, 360)
    widget.show_source(bridge.project.sources()[0].id)
    widget.set_number_codes(lambda: [c.id for c in bridge.project.codes()])
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.detach()
    bridge.close()


def coders_shown(panel: TranscriptPanel) -> dict[str, int]:
    shown: dict[str, int] = {}
    for coding in panel.view.layer.codings.values():
        shown[coding.coder] = shown.get(coding.coder, 0) + 1
    return shown


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry with the keyboard, as a person tabbing to the box does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        index = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != index, f"no entry {text!r}"


def shaded(panel: TranscriptPanel, codepoint: int) -> bool:
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(panel.view.offsets.to_utf16(codepoint) + 1)
    return cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush


def test_one_coder_then_two_side_by_side(qtbot, panel: TranscriptPanel, shots: Path) -> None:
    bar = panel.coder_filter
    assert bar.isVisible() and bar.coders() == ["Ben", "Ana", "Chen"]
    assert coders_shown(panel) == {"Ana": 2, "Ben": 3, "Chen": 1}
    margin = panel.margin
    qtbot.waitUntil(lambda: len(margin.stripes()) == 6)

    choose(qtbot, bar.mode, "One coder")
    choose(qtbot, bar.coder_a, "Ana")
    assert coders_shown(panel) == {"Ana": 2}
    qtbot.waitUntil(lambda: len(margin.stripes()) == 2)
    assert not shaded(panel, TEXT.index("volunteer"))  # Chen's
    assert not shaded(panel, TEXT.index("at first"))  # Ben's only
    assert shaded(panel, TEXT.index("felt"))

    choose(qtbot, bar.mode, "Compare two coders")
    choose(qtbot, bar.coder_b, "Ben")
    assert coders_shown(panel) == {"Ana": 2, "Ben": 3}
    qtbot.waitUntil(lambda: len(margin.stripes()) == 5)
    columns = margin.columns()
    inner = {columns[c.id] for c in panel.view.layer.codings.values() if c.coder == "Ben"}
    outer = {columns[c.id] for c in panel.view.layer.codings.values() if c.coder == "Ana"}
    assert max(inner) < min(outer), "A's stripes further out than B's"
    rect, key = margin.stripes()[0]
    coder = panel.view.layer.codings[key].coder
    assert f"Coded by {coder}" in margin.tooltip_at(rect.center())
    panel.grab().save(str(shots / "coder_filter_compare.png"))

    choose(qtbot, bar.mode, "All coders")
    assert coders_shown(panel) == {"Ana": 2, "Ben": 3, "Chen": 1}


def test_new_codings_follow_the_filter(qtbot, panel: TranscriptPanel) -> None:
    bar = panel.coder_filter
    choose(qtbot, bar.mode, "One coder")
    choose(qtbot, bar.coder_a, "Ben")
    panel.view.setFocus()
    drag_select(qtbot, panel.view, *span("We said yes"))
    qtbot.keyClick(panel.view, Qt.Key.Key_1)  # coded by Ana: hidden while Ben is shown
    assert len(panel.bridge.project.codings()) == 7
    assert coders_shown(panel) == {"Ben": 3}
    choose(qtbot, bar.mode, "All coders")
    assert coders_shown(panel) == {"Ana": 3, "Ben": 3, "Chen": 1}
    panel.bridge.undo_stack.undo()  # Edit > Undo in the window
    assert coders_shown(panel) == {"Ana": 2, "Ben": 3, "Chen": 1}


def test_hidden_with_one_coder_and_shown_when_a_second_arrives(
        qtbot, tmp_path: Path) -> None:
    path = tmp_path / "solo.annotator"
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
        code = project.add_code("Contact")
        project.add_coding(source, code, *span("The clinic"), coder="Ana")
    bridge = ProjectBridge(Project.open(path))
    panel = TranscriptPanel(bridge)
    qtbot.addWidget(panel)
    panel.show_source(source)
    panel.show()
    qtbot.waitExposed(panel)
    assert not panel.coder_filter.isVisible()
    bridge.run("", lambda: bridge.project.add_coding(source, code, *span("the students"),
                                                     coder="Ben"))
    assert panel.coder_filter.isVisible() and panel.coder_filter.coders() == ["Ana", "Ben"]
    panel.detach()
    bridge.close()


def test_chinese_screenshot(qtbot, project_path: Path, shots: Path) -> None:
    with Project.open(project_path) as project:
        source = project.sources()[0].id
        community = project.find_code("社区参与")
        worry = project.find_code("Worry")
        assert community is not None and worry is not None
        project.add_coding(source, community.id, *span("我们每周都去社区中心帮忙"), coder="李明")
        project.add_coding(source, community.id, *span("社区中心帮忙"), coder="王芳")
        project.add_coding(source, worry.id, *span("社区参与"), coder="王芳")
    install_language("zh_CN")
    try:
        bridge = ProjectBridge(Project.open(project_path))
        panel = TranscriptPanel(bridge)
        qtbot.addWidget(panel)
        panel.resize(900, 360)
        panel.show_source(source)
        panel.show()
        qtbot.waitExposed(panel)
        panel.coder_filter.choose("compare", "李明", "王芳")
        qtbot.waitUntil(lambda: len(panel.margin.stripes()) == 3)
        panel.grab().save(str(shots / "coder_filter_compare_zh.png"))
        panel.coder_filter.choose("one", "王芳")
        qtbot.waitUntil(lambda: len(panel.margin.stripes()) == 2)
        panel.grab().save(str(shots / "coder_filter_one_zh.png"))
        panel.detach()
        bridge.close()
    finally:
        install_language("en")
