"""The main window's commands, in one registry: every menu entry with its text, keys,
status tip, icon, toolbar label and handler, in menu order.

The menus and the toolbar are built from it; the keyboard-shortcuts list
(`shortcut_groups`) and the toolbar buttons' accessible names and descriptions read
it too, so none of them can drift from the menus. The registry is a function, not a
constant: its texts are translated when it is read, in the language of the moment.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from PySide6.QtGui import QAction, QKeySequence

from annotator.ui.dialogs.shortcuts import Keys
from annotator.ui.shared.i18n import tr, without_accelerator

Shortcut = QKeySequence.StandardKey | str | tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command. `handler` is "owner.method" (owners: the window's parts, see
    menus.build_menus), called with `args`; a `checkable` one stays on until toggled
    again (its handler reads the action's state)."""

    name: str  # the key in MainWindow.actions_by_name, and the icon's name
    text: str  # the menu entry, with its accelerator
    handler: str
    args: tuple[object, ...] = ()
    keys: Shortcut = None
    tip: str = ""  # status tip, and the toolbar button's accessible description
    label: str = ""  # the toolbar's short label (no accelerator to show as "(O)")
    toolbar: bool = False  # one of the everyday commands, on the toolbar in menu order
    role: QAction.MenuRole | None = None
    pane_keys: str = ""  # keys a pane handles, shown beside the entry only
    # "undo" or "redo": the action is made by the window's QUndoGroup
    # (createUndoAction/createRedoAction), which enables it, triggers the open
    # project's QUndoStack and names the step; `handler` is then only its name here.
    undo_step: str = ""
    checkable: bool = False  # a mode that stays on (Edit Transcript Text)

    @property
    def spoken(self) -> str:
        """The command as plain words: a screen reader's name for its toolbar button."""
        return without_accelerator(self.text).rstrip("…")


@dataclass(frozen=True, slots=True)
class MenuSpec:
    """A menu or submenu: its entries in order, None standing for a separator."""

    key: str  # also the icon's name, for a submenu
    title: str
    entries: tuple[ActionSpec | MenuSpec | None, ...] = field(default=())


def registry() -> tuple[MenuSpec, ...]:
    """The menu bar, menu by menu."""
    std = QKeySequence.StandardKey
    return (
        MenuSpec("file", tr("&File"), (
            ActionSpec("new_project", tr("&New Project…"), "files.new_project_dialog",
                       keys=std.New, tip=tr("Start a new, empty project file")),
            ActionSpec("open_project", tr("&Open Project…"), "files.open_project_dialog",
                       keys=std.Open, tip=tr("Open an .annotator project file"),
                       label=tr("Open Project"), toolbar=True),
            MenuSpec("open_recent", tr("Open &Recent")),  # filled as it opens
            None,
            ActionSpec("import", tr("&Import Transcripts…"), "files.import_dialog",
                       keys="Ctrl+I",
                       tip=tr("Import transcripts: Word, text, subtitles, OpenDocument, RTF "
                              "or PDF"),
                       label=tr("Import"), toolbar=True),
            MenuSpec("export", tr("&Export"), (
                ActionSpec("export_qdpx", tr("REFI-QDA &Project (.qdpx)…"), "files.export_qdpx",
                           tip=tr("For NVivo, ATLAS.ti, MAXQDA, QualCoder and archives")),
                ActionSpec("export_codebook", tr("&Codebook (.qdc)…"), "files.export_codebook",
                           tip=tr("The code tree with descriptions, for other tools")),
                ActionSpec("export_board", tr("Theme &Board (PNG or SVG)…"),
                           "files.export_board",
                           tip=tr("The thematic map as a picture for a paper or slides")),
                None,
                ActionSpec("export_docx", tr("&Annotated Transcripts (Word)…"),
                           "files.word_action", ("export_annotated",),
                           tip=tr("Each transcript with codings shaded and as comments")),
                ActionSpec("export_report", tr("Theme &Report (Word)…"), "files.word_action",
                           ("export_report",),
                           tip=tr("Each theme with its definition and excerpts")),
                ActionSpec("export_excerpts", tr("&Excerpts Table (Excel or CSV)…"),
                           "files.word_action", ("export_excerpts",),
                           tip=tr("Every excerpt with its codes, one per row")),
            )),
            ActionSpec("import_comments", tr("Import Partner's &Comments…"), "files.word_action",
                       ("import_partner_comments",),
                       tip=tr("Member checking: comments added in Word come back as memos")),
            ActionSpec("merge_project", tr("&Merge Project…"), "files.team_action",
                       ("merge_project",),
                       tip=tr("Bring another coder's copy (or a .qdpx) into this project")),
            ActionSpec("restore_backup", tr("Restore from &Backup…"),
                       "files.restore_backup_dialog",
                       tip=tr("Go back to the project as it was when last opened, or before")),
            None,
            ActionSpec("close_tab", tr("&Close Transcript"), "window.close_current_tab",
                       keys=std.Close, tip=tr("Close the transcript shown")),
            ActionSpec("close_project", tr("Close &Project"), "window.close_project",
                       tip=tr("Close the project; everything is already saved")),
            ActionSpec("quit", tr("&Quit"), "window.close", keys=std.Quit,
                       tip=tr("Close Annotator")),
        )),
        MenuSpec("edit", tr("&Edit"), (
            # The menu entries carry the step's name ("Undo Move code"); the toolbar
            # keeps a short label so that it never elides.
            ActionSpec("undo", tr("&Undo"), "chrome.undo", keys=std.Undo,
                       tip=tr("Undo the last change"), label=tr("Undo"), toolbar=True,
                       undo_step="undo"),
            ActionSpec("redo", tr("&Redo"), "chrome.redo", keys=("Ctrl+Shift+Z", "Ctrl+Y"),
                       tip=tr("Redo the change last undone"), label=tr("Redo"), toolbar=True,
                       undo_step="redo"),
            None,
            ActionSpec("edit_text", tr("&Edit Transcript Text"), "edits.toggle_edit_mode",
                       keys="Ctrl+E", checkable=True, label=tr("Edit Text"), toolbar=True,
                       tip=tr("Correct the transcript's words; codings follow the text")),
            ActionSpec("find_replace", tr("Find and Rep&lace…"), "edits.find_and_replace",
                       keys="Ctrl+H",
                       tip=tr("Replace words in one or all transcripts, seeing every hit")),
            ActionSpec("pseudonymise", tr("&Pseudonymise…"), "files.pseudonymise",
                       tip=tr("Replace names and other identifiers everywhere")),
            None,
            ActionSpec("preferences", tr("Pre&ferences…"), "app.edit_preferences",
                       keys="Ctrl+,",
                       tip=tr("Language, appearance, your coder name, backups, font size"),
                       role=QAction.MenuRole.PreferencesRole),
        )),
        MenuSpec("code", tr("&Code"), (
            ActionSpec("new_code", tr("&New Code"), "window.new_code", keys="Ctrl+Shift+N",
                       tip=tr("Add a code to the code tree"), label=tr("New Code"),
                       toolbar=True),
            # Ctrl+K belongs to the transcript pane itself (its shortcut works while it
            # has focus); a window-wide twin would make the key ambiguous.
            ActionSpec("quick_code", tr("&Quick Code…"), "window.quick_code",
                       tip=tr("Code the selection by typing a code's name"),
                       pane_keys="Ctrl+K"),
        )),
        MenuSpec("view", tr("&View"), (
            ActionSpec("board", tr("Theme &Board"), "window.show_board", keys="Ctrl+B",
                       tip=tr("Gather codes into themes on the board"), label=tr("Board"),
                       toolbar=True),
            ActionSpec("analysis", tr("&Analysis Tables"), "window.show_page", ("analysis",),
                       keys="Ctrl+Shift+A",
                       tip=tr("Codes by participant, co-occurrence, frequencies")),
            ActionSpec("participants", tr("&Participants"), "window.show_page",
                       ("participants",), keys="Ctrl+Shift+P",
                       tip=tr("Participants, their attributes and transcripts")),
            ActionSpec("agreement", tr("Coder A&greement"), "files.team_action",
                       ("show_agreement",),
                       tip=tr("Agreement of two coders by code and transcript")),
            ActionSpec("compare_coders", tr("&Compare Coders"), "files.team_action",
                       ("show_consensus",),
                       tip=tr("Walk through two coders' disagreements to a consensus")),
            ActionSpec("search", tr("&Search"), "chrome.focus_search", keys=std.Find,
                       tip=tr("Search transcripts and memos"), label=tr("Search"),
                       toolbar=True),
            ActionSpec("journal", tr("Reflexive &Journal"), "window.show_dock", ("journal",),
                       keys="Ctrl+J", tip=tr("Write in your reflexive journal"),
                       label=tr("Journal"), toolbar=True),
            ActionSpec("project_memo", tr("Project &Memo"), "window.show_memo_of",
                       ("project", None), tip=tr("The memo on the whole project")),
            None,
            MenuSpec("panes", ""),  # each pane's show/hide toggle, in place
            ActionSpec("reset_layout", tr("&Reset Layout"), "chrome.reset_layout",
                       tip=tr("Put every pane back where it was at first start")),
        )),
        MenuSpec("help", tr("&Help"), (
            ActionSpec("user_guide", tr("&User Guide"), "app.open_user_guide",
                       keys=std.HelpContents,
                       tip=tr("The six phases of thematic analysis, step by step")),
            ActionSpec("shortcuts", tr("&Keyboard Shortcuts"), "app.show_shortcuts",
                       keys="Ctrl+/", tip=tr("Every key the app knows, by menu and pane")),
            ActionSpec("demo", tr("Open the &Demo Project"), "app.open_demo_project",
                       tip=tr("Five coded interviews with themes, to explore")),
            None,
            ActionSpec("licences", tr("Third-Party &Licences"), "app.show_licences",
                       tip=tr("The free software Annotator is built from, and its licences")),
            ActionSpec("about", tr("&About Annotator"), "app.show_about",
                       tip=tr("Version and licences"), role=QAction.MenuRole.AboutRole),
        )),
    )


def action_specs(menus: tuple[MenuSpec, ...] | None = None) -> Iterator[ActionSpec]:
    """Every command of the registry, in menu order."""
    for menu in registry() if menus is None else menus:
        for entry in menu.entries:
            if isinstance(entry, MenuSpec):
                yield from action_specs((entry,))
            elif entry is not None:
                yield entry


def key_sequences(keys: Shortcut) -> list[QKeySequence]:
    """The keys of a command; a standard key this platform has none for gives none."""
    if keys is None:
        return []
    sequences = [QKeySequence(k) for k in keys] if isinstance(keys, tuple) \
        else [QKeySequence(keys)]
    return [k for k in sequences if not k.isEmpty()]


def resolve(spec: ActionSpec, owners: Mapping[str, object]) -> Callable[[], None]:
    """The handler a spec names, bound to its owner: a KeyError or AttributeError at
    start-up for a name that has none, rather than a dead menu entry."""
    owner, _, method = spec.handler.partition(".")
    function = getattr(owners[owner], method)
    return lambda: function(*spec.args)


def shortcut_groups(actions: Mapping[str, QAction]) -> Keys:
    """(menu title, [(keys, command)]) for every command with keys, in menu order: the
    keys as the live actions have them, the command's words from the registry."""
    groups: Keys = []
    for menu in registry():
        rows: list[tuple[str, str]] = []
        for spec in action_specs((menu,)):
            action = actions.get(spec.name)
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText)
                    for k in (action.shortcuts() if action is not None else []) if not k.isEmpty()]
            if keys:
                rows.append((", ".join(keys), spec.spoken))
        if rows:
            groups.append((without_accelerator(menu.title), rows))
    return groups
