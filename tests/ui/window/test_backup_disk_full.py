"""A full disk where the backups go: the project still opens in the window, the
researcher is told in one sentence, and nothing is left locked (issue 14, item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.project import Project, default_backup_root
from annotator.ui.window.main_window import MainWindow
from tests.file_system import fill, full_disk
from tests.helpers import write_txt


def test_opening_with_a_full_backup_disk(qtbot, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "study.annotator"
    with Project.create(path) as project:
        project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: trust matters.\n"))
    with full_disk(tmp_path / "data") as data:
        monkeypatch.setenv("XDG_DATA_HOME", str(data))
        default_backup_root().mkdir(parents=True)
        fill(data)
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.open_project(path)  # no sqlite3.OperationalError escapes
        assert "No backup could be taken this time" in window.statusBar().currentMessage()
        assert [p for p in default_backup_root().rglob("*") if p.is_file()] == []
        window.close_project()
        # The lock went with the project: the next Open is not "already open elsewhere".
        assert window.open_project(path)
        window.close_project()
        window.close()
