"""Files that cannot be imported, dropped on the window or chosen in the import dialog:
a dialog lists each with the command line's sentence for it, and the others are
imported (issue 15, item 8)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog

from annotator.cli.main import main
from annotator.formats import legacy_doc
from annotator.project import Project
from annotator.ui.dialogs.refused_files import RefusedFilesDialog
from annotator.ui.shared.i18n import install_language
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt
from tests.ui.drive import answer_refused_files, send_drop

SCAN = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n")
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Two readable transcripts among four that cannot be read (no LibreOffice here)."""
    monkeypatch.setattr(legacy_doc, "find_soffice", lambda: None)
    folder = tmp_path / "dropped"
    folder.mkdir()
    made = [write_txt(folder, "Ana.txt", "Ana: We said yes.\n"),
            write_txt(folder, "notes.xyz", "not a transcript"),
            folder / "scan.pdf", folder / "old.doc", folder / "damaged.docx",
            write_txt(folder, "Bo.txt", "Bo: Hello.\n")]
    made[2].write_bytes(SCAN)
    made[3].write_bytes(OLE2)
    made[4].write_bytes(b"PK\x03\x04 not really a zip")
    return made


def cli_sentences(paths: list[Path], tmp_path: Path,
                  capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What `annotator import` says of each file, one at a time."""
    scratch = tmp_path / "scratch.annotator"
    Project.create(scratch).close()
    said = []
    for path in paths:
        assert main(["import", str(scratch), str(path)]) == 1
        said.append(capsys.readouterr().err.removeprefix("annotator: ").strip())
    return said


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "study.annotator"
    Project.create(path).close()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_project(path)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def names(path: Path) -> list[str]:
    with Project.open(path) as project:
        return sorted(s.name for s in project.sources())


def test_dropped_files_refused_are_listed_and_the_others_imported(
        qtbot, window: MainWindow, files: list[Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    expected = cli_sentences(files[1:5], tmp_path, capsys)
    assert expected[0].startswith("“notes.xyz” is not a kind of file Annotator can import")
    assert "scan" in expected[1] and ".docx" in expected[2] and "damaged.docx" in expected[3]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    shown: list[str] = []
    answer_refused_files(shown)
    assert send_drop(window, mime, QPoint(600, 400))
    assert shown == expected
    assert window.project is not None
    path = window.project.path
    assert sorted(s.name for s in window.project.sources()) == ["Ana", "Bo"]
    window.actions_by_name["undo"].trigger()  # the two imported: one step
    assert window.project.sources() == []
    window.actions_by_name["redo"].trigger()
    window.close()
    assert names(path) == ["Ana", "Bo"]


def test_the_import_dialog_lists_them_too(qtbot, window: MainWindow, files: list[Path],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *_args: ([str(files[1]), str(files[5])], "")))
    shown: list[str] = []
    answer_refused_files(shown)
    window.actions_by_name["import"].trigger()
    assert len(shown) == 1 and shown[0].startswith("“notes.xyz” is not a kind of file")
    assert window.project is not None
    path = window.project.path
    window.close()
    assert names(path) == ["Bo"]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_dialog_reads_whole(qtbot, window: MainWindow, files: list[Path], shots: Path,
                                language: str) -> None:
    install_language(language)
    try:
        refused: list[tuple[Path, str]] = []
        assert window.bridge is not None
        window.bridge.project.import_files(files, refused=refused)
        dialog = RefusedFilesDialog(refused, 2, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        files_list = dialog.files
        # every sentence whole: no row cut short at the list's bottom or side
        last = files_list.visualItemRect(files_list.item(files_list.count() - 1))
        assert last.bottom() <= files_list.viewport().height()
        assert files_list.horizontalScrollBar().maximum() == 0
        assert dialog.grab().save(str(shots / f"refused_files_{language}.png"))
        if os.environ.get("ANNOTATOR_SHOTS"):
            QTimer.singleShot(0, lambda: None)
            assert QApplication.activeModalWidget() is None
    finally:
        install_language("en")
