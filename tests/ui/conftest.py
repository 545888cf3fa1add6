"""Widget tests: settings in a temporary folder, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture
def shots() -> Path:
    """Where tests leave screenshots for a person to look at."""
    folder = Path(__file__).resolve().parents[2] / "shots"
    folder.mkdir(exist_ok=True)
    return folder
