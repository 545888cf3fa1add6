"""The analysis page's Coder choice: shown once two coders have coded, it re-counts the tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.platform.demo import build_demo
from annotator.project import Project
from annotator.ui.pages.analysis import AnalysisPanel
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import install_language
from tests.project.test_analysis_tables import two_coder_project

# The offscreen platform cannot raise or grab for a combo box's open list; a screen can.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing|propagateSizeHints)")


def open_panel(qtbot, path: Path, size: tuple[int, int] = (1100, 760)):
    bridge = ProjectBridge(Project.open(path))
    panel = AnalysisPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    return bridge, panel


def shown_counts(panel: AnalysisPanel, label: str) -> list[str]:
    """The counts the code-case table shows in `label`'s row, as the cells read."""
    model = panel.case_model
    matrix = model.matrix
    assert matrix is not None
    row = matrix.row_labels.index(label)
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


@OFFSCREEN_POPUP
def test_choosing_a_coder_by_keyboard_and_mouse_recounts(qtbot, tmp_path: Path) -> None:
    bridge, panel = open_panel(qtbot, two_coder_project(tmp_path))
    box = panel.coder_box
    assert box.isVisible() and panel.coder_label.isVisible()
    assert [box.itemText(i) for i in range(box.count())] == ["All coders", "Ana", "Bea"]
    assert shown_counts(panel, "Home") == ["3"] and shown_counts(panel, "Work") == ["2"]

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # Ana
    qtbot.waitUntil(lambda: shown_counts(panel, "Home") == ["1"])
    assert panel.coder == "Ana" and shown_counts(panel, "Work") == ["1"]
    cooc = panel.cooc_model
    home, work = (cooc.matrix.row_labels.index(n) for n in ("Home", "Work"))
    assert cooc.data(cooc.index(home, work)) == "1"

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # open the list, click Bea
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    spot = view.visualRect(view.model().index(2, 0)).center()

    def click_bea() -> bool:
        # The list ignores a click within the double-click interval of opening (so the
        # click that opened it cannot choose): click until one is taken.
        if view.isVisible():
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        return panel.coder == "Bea"

    qtbot.waitUntil(click_bea)
    assert shown_counts(panel, "Home") == ["2"] and shown_counts(panel, "Work") == ["1"]
    assert cooc.data(cooc.index(home, work)) == ""  # Bea's codes never overlap
    assert {path: n for path, n, _ in panel.chart.bars()} == {"Home": 2, "Work": 1}

    # A change elsewhere re-counts under the same choice.
    project = bridge.project
    bridge.run("Code", lambda: project.add_coding(project.source_by_name("one").id,
                                                  project.find_code("Work").id, 10, 20,
                                                  coder="Bea"))
    qtbot.waitUntil(lambda: shown_counts(panel, "Work") == ["2"])
    assert panel.coder == "Bea"

    qtbot.keyClick(box, Qt.Key.Key_Home)  # back to all coders
    qtbot.waitUntil(lambda: shown_counts(panel, "Home") == ["3"])
    assert panel.coder is None
    panel.close()
    bridge.close()


def test_one_coder_shows_no_choice(qtbot, tmp_path: Path) -> None:
    build_demo(tmp_path / "demo.annotator")
    bridge, panel = open_panel(qtbot, tmp_path / "demo.annotator")
    assert not panel.coder_box.isVisible() and not panel.coder_label.isVisible()
    assert panel.coder is None
    panel.close()
    bridge.close()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_coder_choice_screenshots(qtbot, tmp_path: Path, shots: Path, language: str) -> None:
    """The demo, with a second coder's codings merged in (shots for a person to look at)."""
    ours = tmp_path / "demo.annotator"
    build_demo(ours)
    theirs = tmp_path / "second.annotator"
    shutil.copy(ours, theirs)
    with Project.open(theirs) as project:
        project.set_coder("Bea Wu")
        codes = project.codes()[:4]
        for n, source in enumerate(project.sources()):
            for k, code in enumerate(codes):
                if (n + k) % 2 == 0:
                    project.add_coding(source.id, code.id, 10 * k, 10 * k + 30)
    with Project.open(ours) as project:
        project.team.merge(theirs)
    install_language(language)
    try:
        bridge, panel = open_panel(qtbot, ours)
        assert panel.coder_box.isVisible()
        panel.coder_box.setCurrentIndex(panel.coder_box.findData("Bea Wu"))
        expected = bridge.project.code_case_matrix(["Bea Wu"])
        assert panel.case_model.matrix == expected
        folder = Path("/tmp/shots/coderfilter")
        for target in (shots, folder if folder.is_dir() else shots):
            assert panel.grab().save(str(target / f"analysis_coder_{language}.png"))
        panel.resize(1366 // 2, 768 // 2 + 150)
        assert panel.grab().save(str(shots / f"analysis_coder_{language}_narrow.png"))
        if folder.is_dir():
            assert panel.grab().save(str(folder / f"analysis_coder_{language}_narrow.png"))
        panel.close()
        bridge.close()
    finally:
        install_language("en")
