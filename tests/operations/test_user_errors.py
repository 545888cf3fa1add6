"""The errors shown as one sentence are one tuple, shared by the window and the command line."""

from __future__ import annotations

from annotator.formats.errors import UnreadableFile
from annotator.operations.errors import USER_ERRORS, OperationError
from annotator.store.errors import ProjectFileError


def test_the_command_line_and_the_window_use_the_same_tuple() -> None:
    from annotator.cli import main, output

    assert output.USER_ERRORS is USER_ERRORS
    assert main.USER_ERRORS is USER_ERRORS


def test_the_window_uses_the_same_tuple() -> None:
    import pytest

    bridge = pytest.importorskip("annotator.ui.shared.bridge")  # needs PySide6
    assert bridge.USER_ERRORS is USER_ERRORS


def test_what_the_tuple_holds() -> None:
    for error in (ProjectFileError("x"), OperationError("x"), UnreadableFile("f", "x"),
                  FileExistsError("x"), PermissionError("x")):
        assert isinstance(error, USER_ERRORS)
    assert not isinstance(KeyError("x"), USER_ERRORS)
