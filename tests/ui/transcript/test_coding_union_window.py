"""Issue 15 item 4 in the window, on the real interview where it was met: coding
"concept of data gatheri" (723-746) and then "concept of data gathering " (723-749)
with one code by mouse makes ONE coding, 723-749, in the reopened file, and the
annotated Word export writes one comment on it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.exports.word import export_transcript
from annotator.project import Project
from annotator.ui.transcript.panel import TranscriptPanel
from annotator.ui.window.main_window import MainWindow
from tests.ui.drive import drag_select, point

ANA = "transcripts/sheffield-open-qual/Ana.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def project_path(tmp_path: Path, corpus_copy) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(corpus_copy(ANA))
        project.add_code("Data gathering", color="#81D4FA")
        project.history.clear()
    return path


@pytest.fixture
def panel(qtbot, project_path: Path):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(project_path)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.project is not None
    shown = window.open_source(window.project.sources()[0].id)
    assert shown is not None
    cursor = QTextCursor(shown.view.document())
    cursor.setPosition(shown.view.offsets.to_utf16(723))
    shown.view.setTextCursor(cursor)
    shown.view.centerCursor()
    shown.view.setFocus()
    yield shown
    window.close()


def code_by_mouse(qtbot, panel: TranscriptPanel, start: int, end: int,
                  modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> str:
    view = panel.view
    # Click away first: a press inside the last selection would drag its text.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point(view, 700))
    drag_select(qtbot, view, start, end, modifiers)
    selected = view.selected_text()
    qtbot.keyClick(view, Qt.Key.Key_1)
    return selected


def stored_codings(path: Path) -> list[tuple[int, int]]:
    with Project.open(path) as project:
        return [(c.start, c.end) for c in project.codings()]


def exported_comments(path: Path) -> list[str]:
    """The comments of the annotated Word export, read with lxml (not our reader)."""
    with Project.open(path) as project:
        data, _skipped = export_transcript(project, project.sources()[0].id)
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        root = etree.fromstring(docx.read("word/comments.xml"))
    return ["".join(c.itertext()) for c in root.iter(f"{W}comment")]


def test_exact_selections_of_one_code_make_one_coding_and_one_comment(
        qtbot, panel: TranscriptPanel, project_path: Path) -> None:
    assert code_by_mouse(qtbot, panel, 723, 746, ALT) == "concept of data gatheri"
    assert code_by_mouse(qtbot, panel, 723, 749, ALT) == "concept of data gathering "
    assert [(c.start, c.end) for c in panel.bridge.project.codings()] == [(723, 749)]
    assert len(panel.margin.columns()) == 1
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [(c.start, c.end) for c in panel.bridge.project.codings()] == [(723, 746)]
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    panel.window().close()
    assert stored_codings(project_path) == [(723, 749)]
    comments = exported_comments(project_path)
    assert len(comments) == 1 and "Data gathering" in comments[0]


def test_snapped_selections_make_one_coding_of_whole_words(
        qtbot, panel: TranscriptPanel, project_path: Path) -> None:
    assert code_by_mouse(qtbot, panel, 723, 746) == "concept of data gathering"
    assert code_by_mouse(qtbot, panel, 726, 749) == "concept of data gathering"
    panel.window().close()
    assert stored_codings(project_path) == [(723, 748)]
    assert len(exported_comments(project_path)) == 1
