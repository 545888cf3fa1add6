"""The recently opened projects, kept in QSettings (never in a project file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

_KEY = "recentProjects"
LIMIT = 8


def recent_projects() -> list[Path]:
    value = QSettings().value(_KEY, [])
    names = [value] if isinstance(value, str) else list(value or [])
    return [Path(n) for n in names if Path(n).exists()]


def remember_project(path: Path) -> None:
    names = [str(p) for p in recent_projects() if p.resolve() != path.resolve()]
    QSettings().setValue(_KEY, [str(path.resolve()), *names][:LIMIT])


def forget_project(path: Path | None = None) -> None:
    """Take one project off the list (the file itself is untouched); None: all of them."""
    names = [] if path is None else [
        str(p) for p in recent_projects() if p.resolve() != path.resolve()]
    QSettings().setValue(_KEY, names)


def _session_key(path: Path) -> str:
    # QSettings treats "/" as a group separator, so keep it out of the key.
    return "session/" + str(path.resolve()).replace("/", "|").replace("\\", "|")


def save_session(path: Path, open_sources: list[int], current: int | None) -> None:
    """Which transcripts were open, so the project reopens where the researcher left it."""
    settings = QSettings()
    settings.setValue(_session_key(path) + "/open", [str(s) for s in open_sources])
    settings.setValue(_session_key(path) + "/current", -1 if current is None else current)


def load_session(path: Path) -> tuple[list[int], int | None]:
    settings = QSettings()
    value = settings.value(_session_key(path) + "/open", [])
    names = [value] if isinstance(value, str) else list(value or [])
    current = int(settings.value(_session_key(path) + "/current", -1))
    return [int(n) for n in names if str(n).lstrip("-").isdigit()], (
        None if current < 0 else current)
