"""What can be imported is one list (annotator.formats.reader): the window's import dialog
offers exactly it, its drag and drop and the command line take it from there."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from annotator.cli import refi as cli_refi
from annotator.formats import reader
from annotator.project import Project
from annotator.ui.window import exchange_actions, file_actions
from annotator.ui.window.main_window import MainWindow


def test_the_import_dialog_offers_exactly_the_readers_list(qtbot, tmp_path: Path,
                                                           monkeypatch) -> None:
    project = tmp_path / "p.annotator"
    Project.create(project).close()
    offered: list[str] = []

    def fake_dialog(_parent: object, _title: str, _folder: str, filters: str
                    ) -> tuple[list[str], str]:
        offered.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_dialog))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(project)
    window.actions_by_name["import"].trigger()
    [everything, transcripts, exchange] = offered[0].split(";;")

    def patterns(name_filter: str) -> list[str]:
        return re.findall(r"\*(\.\w+)", name_filter)

    assert patterns(transcripts) == list(reader.TRANSCRIPT_SUFFIXES)
    assert patterns(exchange) == list(reader.EXCHANGE_SUFFIXES)
    assert patterns(everything) == [*reader.TRANSCRIPT_SUFFIXES, *reader.EXCHANGE_SUFFIXES]
    assert {".docx", ".docm", ".dotx", ".dotm", ".txt"} <= set(reader.TRANSCRIPT_SUFFIXES)
    window.close()


def test_the_window_and_the_command_line_share_the_readers_lists() -> None:
    assert file_actions.TRANSCRIPT_SUFFIXES is reader.TRANSCRIPT_SUFFIXES
    assert exchange_actions.EXCHANGE_SUFFIXES is reader.EXCHANGE_SUFFIXES
    assert file_actions.EXCHANGE_SUFFIXES is reader.EXCHANGE_SUFFIXES
    assert cli_refi.EXCHANGE_SUFFIXES is reader.EXCHANGE_SUFFIXES
    for suffix in reader.EXCHANGE_SUFFIXES:
        assert cli_refi.is_exchange_file(Path(f"study{suffix.upper()}"))
        assert exchange_actions.is_exchange_file(Path(f"study{suffix}"))
    for suffix in reader.TRANSCRIPT_SUFFIXES:
        assert not cli_refi.is_exchange_file(Path(f"interview{suffix}"))
