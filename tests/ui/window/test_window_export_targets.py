"""The window's exports never write onto the open project (issue 14, item 1) and are
written whole and owner-only (items 8 and 11), like the command line's."""

from __future__ import annotations

import hashlib
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.project import Project
from annotator.ui.window import exchange_actions, word_actions
from annotator.ui.window.main_window import MainWindow
from tests.helpers import write_txt


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def opened(qtbot, tmp_path: Path, name: str) -> tuple[MainWindow, Path]:
    path = tmp_path / name
    with Project.create(path) as project:
        source = project.import_file(write_txt(tmp_path, "Ana.txt", "Ana: trust matters.\n"))
        project.add_coding(source, project.add_code("Trust"), 5, 10)
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    assert window.open_project(path)
    return window, path


def qdpx(window: MainWindow, out: Path) -> object:
    return exchange_actions.export_qdpx(window.bridge, window, out)


def codebook(window: MainWindow, out: Path) -> object:
    return exchange_actions.export_codebook(window.bridge, window, out)


def report(window: MainWindow, out: Path) -> object:
    return word_actions.export_report(window.bridge, window)


def excerpts(window: MainWindow, out: Path) -> object:
    return word_actions.export_excerpts(window.bridge, window)


def board(window: MainWindow, out: Path) -> object:
    assert window.board is not None
    window.board.export()
    return None


ACTIONS: list[tuple[str, Callable[[MainWindow, Path], object]]] = [
    (".qdpx", qdpx), (".qdc", codebook), (".docx", report), (".xlsx", excerpts),
    (".png", board)]


@pytest.mark.parametrize(("suffix", "action"), ACTIONS, ids=[s for s, _ in ACTIONS])
def test_an_export_from_the_window_never_writes_onto_the_project(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str,
        action: Callable[[MainWindow, Path], object]) -> None:
    # Named with the export's own suffix: only the check of what the target is stands
    # between the export and the project.
    window, path = opened(qtbot, tmp_path, f"study{suffix}")
    monkeypatch.setattr(word_actions, "ask_save", lambda *_args: path)
    assert window.board is not None
    monkeypatch.setattr(window.board, "ask_export_path", lambda: path)
    before = digest(path)
    assert not action(window, path)
    assert "an export never writes over those" in window.statusBar().currentMessage()
    assert digest(path) == before
    window.close_project()
    with Project.open(path) as project:
        assert project.check() == [] and [c.name for c in project.codes()] == ["Trust"]


@pytest.mark.parametrize(("suffix", "action"), ACTIONS, ids=[s for s, _ in ACTIONS])
def test_an_export_from_the_window_is_whole_and_owner_only(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str,
        action: Callable[[MainWindow, Path], object]) -> None:
    window, _path = opened(qtbot, tmp_path, "study.annotator")
    out = tmp_path / "out" / f"export{suffix}"
    out.parent.mkdir()
    out.write_bytes(b"an earlier export")
    monkeypatch.setattr(word_actions, "ask_save", lambda *_args: out)
    assert window.board is not None
    monkeypatch.setattr(window.board, "ask_export_path", lambda: out)
    action(window, out)
    assert out.read_bytes() != b"an earlier export"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    window.close_project()
