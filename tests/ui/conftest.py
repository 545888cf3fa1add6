"""Widget tests: settings in a temporary folder, never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture(scope="session")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where tests leave screenshots for a person to look at: a temporary folder (never
    the repository), or the folder named by ANNOTATOR_SHOTS. Its path is printed at the
    end of the run."""
    chosen = os.environ.get("ANNOTATOR_SHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.getbasetemp() / "shots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
