"""`annotator screenshot`: render the window offscreen at a fixed size and save a PNG."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from annotator.operations.errors import OperationError
from annotator.ui.app import make_app
from annotator.ui.main_window import MainWindow

SIZE = (1400, 900)
VIEWS = ("workspace", "board")


def save_screenshot(project: Path, out: Path, view: str = "workspace",
                    source: str | None = None) -> None:
    """Raises ValueError with a sentence for an unknown view or transcript."""
    if view not in VIEWS:
        raise ValueError(f"There is no view called “{view}”; choose one of: {', '.join(VIEWS)}.")
    # No screen is needed and none is wanted: the shot must look the same anywhere.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app()
    # A screenshot must not depend on, or disturb, the user's saved window layout.
    window = MainWindow(remember=False)
    try:
        if not window.open_project(project):
            raise ValueError(window.statusBar().currentMessage())
        assert window.project is not None
        if source is not None:
            try:
                source_id = window.project.source_by_name(source).id
            except OperationError as exc:
                raise ValueError(str(exc)) from exc
            window.open_source(source_id)
        panel = window.current_panel()
        if panel is not None and panel.source_id is not None:
            # Start where the coding starts, so the shot shows the work, not a title page.
            codings = window.project.codings(panel.source_id)
            if codings:
                cursor = panel.view.textCursor()
                cursor.setPosition(panel.view.offsets.to_utf16(codings[0].start))
                panel.view.setTextCursor(cursor)
        if view == "board":
            # The map is the subject: give it the room the reading panes would take.
            for key in ("documents", "codes", "retrieval"):
                window.docks[key].hide()
            window.show_board()
        window.resize(*SIZE)
        window.show()
        if view == "board" and window.board is not None:
            app.processEvents()
            window.board.fit_all()
        elif panel is not None:
            # Once laid out at its final size, bring that first excerpt to the middle.
            app.processEvents()
            panel.view.centerCursor()
        if view == "board" and window.board is not None:
            # Show a theme under review: its excerpts by participant, its definition.
            themes = [t for t in window.project.themes() if t.parent_id is None]
            if themes:
                window.board.select_theme(themes[0].id)
        elif window.codes_panel is not None:
            # Show retrieval at work: the first code in the tree that has excerpts.
            usage = window.project.code_usage()
            used = [c for c in window.codes_panel.visible_code_ids(1000) if c in usage]
            if used:
                window.codes_panel.select_code(used[0])
        for _ in range(3):
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise ValueError(f"The screenshot could not be written to “{out}”.")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
