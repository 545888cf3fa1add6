"""The main window's menus and toolbar, built in one place so shortcuts never collide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from annotator.ui.recent_projects import recent_projects

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | list[QKeySequence] | None


def _action(window: MainWindow, menu: QMenu, text: str, slot: Callable[[], None],
            shortcut: Shortcut = None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, list):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    paths = recent_projects()
    if not paths:
        menu.addAction("No recent projects").setEnabled(False)
    for path in paths:
        action = menu.addAction(f"{path.stem}   ({path.parent})")
        action.triggered.connect(lambda _c=False, p=path: window.open_project(Path(p)))


def build_menus(window: MainWindow) -> dict[str, QAction]:
    bar = window.menuBar()
    acts: dict[str, QAction] = {}
    file_menu = bar.addMenu("&File")
    acts["new_project"] = _action(window, file_menu, "&New Project…",
                                  window.new_project_dialog, QKeySequence.StandardKey.New)
    acts["open_project"] = _action(window, file_menu, "&Open Project…",
                                   window.open_project_dialog, QKeySequence.StandardKey.Open)
    recent = file_menu.addMenu("Open &Recent")
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    file_menu.addSeparator()
    acts["import"] = _action(window, file_menu, "&Import Transcripts…", window.import_dialog,
                             "Ctrl+I", "Import Word (.docx) or text transcripts")
    export_menu = file_menu.addMenu("&Export")
    acts["export_qdpx"] = _action(window, export_menu, "REFI-QDA &Project (.qdpx)…",
                                  window.export_qdpx,
                                  tip="For NVivo, ATLAS.ti, MAXQDA, QualCoder and archives")
    acts["export_codebook"] = _action(window, export_menu, "&Codebook (.qdc)…",
                                      window.export_codebook)
    acts["export_board"] = _action(window, export_menu, "Theme &Board (PNG or SVG)…",
                                   window.export_board)
    export_menu.addSeparator()
    acts["export_docx"] = _action(window, export_menu, "&Annotated Transcripts (Word)…",
                                  lambda: window.word_action("export_annotated"),
                                  tip="Each transcript with codings shaded and as comments")
    acts["export_report"] = _action(window, export_menu, "Theme &Report (Word)…",
                                    lambda: window.word_action("export_report"))
    acts["export_excerpts"] = _action(window, export_menu, "&Excerpts Table (Excel or CSV)…",
                                      lambda: window.word_action("export_excerpts"))
    acts["import_comments"] = _action(window, file_menu, "Import Partner's &Comments…",
                                      lambda: window.word_action("import_partner_comments"),
                                      tip="Member checking: comments added in Word come back "
                                          "as memos")
    file_menu.addSeparator()
    acts["close_tab"] = _action(window, file_menu, "&Close Transcript",
                                window.close_current_tab, QKeySequence.StandardKey.Close)
    acts["close_project"] = _action(window, file_menu, "Close &Project", window.close_project)
    acts["quit"] = _action(window, file_menu, "&Quit", window.close,
                           QKeySequence.StandardKey.Quit)

    edit_menu = bar.addMenu("&Edit")
    acts["undo"] = _action(window, edit_menu, "&Undo", window.undo,
                           QKeySequence.StandardKey.Undo)
    acts["redo"] = _action(window, edit_menu, "&Redo", window.redo,
                           [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

    edit_menu.addSeparator()
    acts["pseudonymise"] = _action(window, edit_menu, "&Pseudonymise…", window.pseudonymise,
                                   tip="Replace names and other identifiers everywhere")

    code_menu = bar.addMenu("&Code")
    acts["new_code"] = _action(window, code_menu, "&New Code", window.new_code,
                               "Ctrl+Shift+N", "Add a code to the code tree")
    # Ctrl+K belongs to the transcript pane itself (its shortcut works while it has
    # focus); a window-wide twin would make the key ambiguous.
    acts["quick_code"] = _action(window, code_menu, "&Quick Code…  (Ctrl+K)", window.quick_code,
                                 None, "Code the selection by typing a code's name")

    # The menu entries carry the action's name ("Undo Move code"); the toolbar keeps
    # a short label so that it never elides.
    acts["undo"].setIconText("Undo")
    acts["redo"].setIconText("Redo")

    view_menu = bar.addMenu("&View")
    acts["board"] = _action(window, view_menu, "Theme &Board", window.show_board, "Ctrl+B",
                            "Gather codes into themes on the board")
    acts["analysis"] = _action(window, view_menu, "&Analysis Tables", lambda: window.show_page(
        "analysis"), "Ctrl+Shift+A", "Codes by participant, co-occurrence, frequencies")
    acts["participants"] = _action(window, view_menu, "&Participants",
                                   lambda: window.show_page("participants"), "Ctrl+Shift+P",
                                   "Participants, their attributes and transcripts")
    acts["search"] = _action(window, view_menu, "&Search", lambda: window.show_dock("search"),
                             QKeySequence.StandardKey.Find, "Search transcripts and memos")
    acts["journal"] = _action(window, view_menu, "Reflexive &Journal",
                              lambda: window.show_dock("journal"), "Ctrl+J",
                              "Write in your reflexive journal")
    acts["project_memo"] = _action(window, view_menu, "Project &Memo",
                                   lambda: window.show_memo_of("project", None),
                                   tip="The memo on the whole project")
    view_menu.addSeparator()
    for dock in window.docks.values():
        view_menu.addAction(dock.toggleViewAction())

    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    style = window.style()
    icons = {
        "open_project": QStyle.StandardPixmap.SP_DialogOpenButton,
        "import": QStyle.StandardPixmap.SP_FileDialogNewFolder,
        "undo": QStyle.StandardPixmap.SP_ArrowBack,
        "redo": QStyle.StandardPixmap.SP_ArrowForward,
        "new_code": QStyle.StandardPixmap.SP_FileIcon,
    }
    for name, pixmap in icons.items():
        acts[name].setIcon(style.standardIcon(pixmap))
        toolbar.addAction(acts[name])
    window.addToolBar(toolbar)
    return acts
