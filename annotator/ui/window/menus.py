"""The main window's menus and toolbar, built in one place so shortcuts never collide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from annotator.ui.shared.i18n import tr
from annotator.ui.shared.icons import icon
from annotator.ui.shared.recent_projects import recent_projects

if TYPE_CHECKING:
    from annotator.ui.window.main_window import MainWindow

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
        menu.addAction(tr("No recent projects")).setEnabled(False)
    for path in paths:
        action = menu.addAction(f"{path.stem}   ({path.parent})")
        action.triggered.connect(lambda _c=False, p=path: window.open_project(Path(p)))
    if paths:
        menu.addSeparator()
        clear = menu.addAction(tr("Clear Recent Projects"))
        clear.setStatusTip(tr("Empty this list; the project files stay where they are"))
        clear.triggered.connect(lambda _c=False: window.forget_recent_projects())


def build_menus(window: MainWindow) -> dict[str, QAction]:
    bar = window.menuBar()
    acts: dict[str, QAction] = {}
    file_menu = bar.addMenu(tr("&File"))
    acts["new_project"] = _action(window, file_menu, tr("&New Project…"),
                                  window.new_project_dialog, QKeySequence.StandardKey.New,
                                  tr("Start a new, empty project file"))
    acts["open_project"] = _action(window, file_menu, tr("&Open Project…"),
                                   window.open_project_dialog, QKeySequence.StandardKey.Open,
                                   tr("Open an .annotator project file"))
    recent = file_menu.addMenu(tr("Open &Recent"))
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    file_menu.addSeparator()
    acts["import"] = _action(window, file_menu, tr("&Import Transcripts…"), window.import_dialog,
                             "Ctrl+I", tr("Import Word (.docx) or text transcripts"))
    export_menu = file_menu.addMenu(tr("&Export"))
    acts["export_qdpx"] = _action(window, export_menu, tr("REFI-QDA &Project (.qdpx)…"),
                                  window.export_qdpx,
                                  tip=tr("For NVivo, ATLAS.ti, MAXQDA, QualCoder and archives"))
    acts["export_codebook"] = _action(window, export_menu, tr("&Codebook (.qdc)…"),
                                      window.export_codebook,
                                      tip=tr("The code tree with descriptions, for other tools"))
    acts["export_board"] = _action(window, export_menu, tr("Theme &Board (PNG or SVG)…"),
                                   window.export_board,
                                   tip=tr("The thematic map as a picture for a paper or slides"))
    export_menu.addSeparator()
    acts["export_docx"] = _action(window, export_menu, tr("&Annotated Transcripts (Word)…"),
                                  lambda: window.word_action("export_annotated"),
                                  tip=tr("Each transcript with codings shaded and as comments"))
    acts["export_report"] = _action(window, export_menu, tr("Theme &Report (Word)…"),
                                    lambda: window.word_action("export_report"),
                                    tip=tr("Each theme with its definition and excerpts"))
    acts["export_excerpts"] = _action(window, export_menu, tr("&Excerpts Table (Excel or CSV)…"),
                                      lambda: window.word_action("export_excerpts"),
                                      tip=tr("Every excerpt with its codes, one per row"))
    acts["import_comments"] = _action(window, file_menu, tr("Import Partner's &Comments…"),
                                      lambda: window.word_action("import_partner_comments"),
                                      tip=tr("Member checking: comments added in Word come back "
                                             "as memos"))
    acts["restore_backup"] = _action(window, file_menu, tr("Restore from &Backup…"),
                                     window.restore_backup_dialog,
                                     tip=tr("Go back to the project as it was when last "
                                            "opened, or before"))
    file_menu.addSeparator()
    acts["close_tab"] = _action(window, file_menu, tr("&Close Transcript"),
                                window.close_current_tab, QKeySequence.StandardKey.Close,
                                tr("Close the transcript shown"))
    acts["close_project"] = _action(window, file_menu, tr("Close &Project"), window.close_project,
                                     tip=tr("Close the project; everything is already saved"))
    acts["quit"] = _action(window, file_menu, tr("&Quit"), window.close,
                           QKeySequence.StandardKey.Quit, tr("Close Annotator"))

    edit_menu = bar.addMenu(tr("&Edit"))
    acts["undo"] = _action(window, edit_menu, tr("&Undo"), window.undo,
                           QKeySequence.StandardKey.Undo, tr("Undo the last change"))
    acts["redo"] = _action(window, edit_menu, tr("&Redo"), window.redo,
                           [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                           tr("Redo the change last undone"))

    edit_menu.addSeparator()
    acts["pseudonymise"] = _action(window, edit_menu, tr("&Pseudonymise…"), window.pseudonymise,
                                   tip=tr("Replace names and other identifiers everywhere"))

    edit_menu.addSeparator()
    acts["preferences"] = _action(window, edit_menu, tr("Pre&ferences…"), window.edit_preferences,
                                  "Ctrl+,",
                                  tr("Language, appearance, your coder name, backups, font size"))
    acts["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)

    code_menu = bar.addMenu(tr("&Code"))
    acts["new_code"] = _action(window, code_menu, tr("&New Code"), window.new_code,
                               "Ctrl+Shift+N", tr("Add a code to the code tree"))
    # Ctrl+K belongs to the transcript pane itself (its shortcut works while it has
    # focus); a window-wide twin would make the key ambiguous.
    acts["quick_code"] = _action(window, code_menu, tr("&Quick Code…") + "\tCtrl+K",
                                 window.quick_code, None,
                                 tr("Code the selection by typing a code's name"))

    # The menu entries carry the action's name ("Undo Move code"); the toolbar keeps
    # a short label so that it never elides.
    acts["undo"].setIconText(tr("Undo"))
    acts["redo"].setIconText(tr("Redo"))

    view_menu = bar.addMenu(tr("&View"))
    acts["board"] = _action(window, view_menu, tr("Theme &Board"), window.show_board, "Ctrl+B",
                            tr("Gather codes into themes on the board"))
    acts["analysis"] = _action(window, view_menu, tr("&Analysis Tables"),
                               lambda: window.show_page("analysis"), "Ctrl+Shift+A",
                               tr("Codes by participant, co-occurrence, frequencies"))
    acts["participants"] = _action(window, view_menu, tr("&Participants"),
                                   lambda: window.show_page("participants"), "Ctrl+Shift+P",
                                   tr("Participants, their attributes and transcripts"))
    acts["search"] = _action(window, view_menu, tr("&Search"), lambda: window.show_dock("search"),
                             QKeySequence.StandardKey.Find, tr("Search transcripts and memos"))
    acts["journal"] = _action(window, view_menu, tr("Reflexive &Journal"),
                              lambda: window.show_dock("journal"), "Ctrl+J",
                              tr("Write in your reflexive journal"))
    acts["project_memo"] = _action(window, view_menu, tr("Project &Memo"),
                                   lambda: window.show_memo_of("project", None),
                                   tip=tr("The memo on the whole project"))
    view_menu.addSeparator()
    for dock in window.docks.values():
        view_menu.addAction(dock.toggleViewAction())

    help_menu = bar.addMenu(tr("&Help"))
    acts["user_guide"] = _action(window, help_menu, tr("&User Guide"), window.open_user_guide,
                                 QKeySequence.StandardKey.HelpContents,
                                 tr("The six phases of thematic analysis, step by step"))
    acts["shortcuts"] = _action(window, help_menu, tr("&Keyboard Shortcuts"),
                                window.show_shortcuts, "Ctrl+/",
                                tr("Every key the app knows, by menu and pane"))
    acts["demo"] = _action(window, help_menu, tr("Open the &Demo Project"),
                           window.open_demo_project,
                           tip=tr("Five coded interviews with themes, to explore"))
    help_menu.addSeparator()
    acts["licences"] = _action(window, help_menu, tr("Third-Party &Licences"),
                               window.show_licences,
                               tip=tr("The free software Annotator is built from, and its "
                                      "licences"))
    acts["about"] = _action(window, help_menu, tr("&About Annotator"), window.show_about,
                            tip=tr("Version and licences"))
    acts["about"].setMenuRole(QAction.MenuRole.AboutRole)

    toolbar = QToolBar(tr("Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    # Every command has its icon (menus show them beside the text); the toolbar holds
    # the everyday ones.
    for name, action in acts.items():
        action.setIcon(icon(name))
    recent.setIcon(icon("open_recent"))
    export_menu.setIcon(icon("export"))
    # Short toolbar labels of their own: a menu text's "(&O)" would show as "(O)" in
    # languages that write the accelerator that way.
    for name, label in (("open_project", tr("Open Project")), ("import", tr("Import")),
                        ("new_code", tr("New Code")), ("board", tr("Board")),
                        ("search", tr("Search")), ("journal", tr("Journal"))):
        acts[name].setIconText(label)
    for name in ("open_project", "import", "undo", "redo", "new_code", "board", "search",
                 "journal"):
        toolbar.addAction(acts[name])
    window.addToolBar(toolbar)
    return acts
