"""The one object that turns the Project's Qt-free changes into Qt signals and undo commands.

Widgets never call the Project's write methods directly: they call
`bridge.run(label, action)`, which performs the action, pushes a command on the
window's single QUndoStack, and reports a refused action as one sentence on
`error`. Views refresh from the signals, each listening only to the tables it
shows (the Anki pattern of "changes" flags).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.operations.changes import Changes
from annotator.operations.errors import USER_ERRORS
from annotator.project import Project
from annotator.ui.shared.i18n import current_language, describe

T = TypeVar("T")

SOURCE_TABLES = ("sources", "paragraphs", "source_cases", "cases", "case_values", "attributes")


class _ProjectCommand(QUndoCommand):
    """One recorded step of the project's history, seen by Qt's undo stack.

    The action has already run when the command is pushed, so the first redo()
    Qt makes on push does nothing; later ones replay the project's history.
    """

    def __init__(self, bridge: ProjectBridge, label: str) -> None:
        super().__init__(label)
        self._bridge = bridge
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._bridge.replay(redo=True)

    def undo(self) -> None:
        self._bridge.replay(redo=False)


class ProjectBridge(QObject):
    """Owns the open Project on the Qt side. Emits:

    - `changed(Changes)`: after every action, undo or redo;
    - `sources_changed()`, `codes_changed(ids)`, `codings_changed(ids)`,
      `memos_changed(ids)`, `themes_changed()`: the same, split by what views show;
    - `error(str)`: one sentence for the user when an action was refused.
    """

    changed = Signal(object)
    sources_changed = Signal()
    codes_changed = Signal(object)
    codings_changed = Signal(object)
    memos_changed = Signal(object)
    themes_changed = Signal()
    error = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self._mirroring = False  # see mirror_history: commands then touch no data
        self.recent_codes: list[int] = []
        project.subscribe(self._on_changes)

    def note_code_used(self, code_id: int) -> None:
        """Remember a code for the "recently used" menus (most recent first, at most 8)."""
        if code_id in self.recent_codes:
            self.recent_codes.remove(code_id)
        self.recent_codes.insert(0, code_id)
        del self.recent_codes[8:]

    def run(self, label: str, action: Callable[[], T]) -> T | None:
        """Perform one user action as one undoable step; None if it was refused."""
        if self.project.closed:
            return None  # a save timer firing after the window let the project go
        depth = self.project.history.depth
        try:
            result = action()
        except USER_ERRORS as exc:
            self.error.emit(describe(exc))
            return None
        if self.project.history.depth > depth:
            # The project names its steps precisely, but in English; the caller's label
            # is in the interface's language.
            english = current_language() == "en"
            named = (self.project.history.undo_label if english else None) or label
            self.undo_stack.push(_ProjectCommand(self, named))
        return result

    def replay(self, *, redo: bool) -> None:
        if self._mirroring:
            return
        try:
            if redo:
                self.project.redo()
            else:
                self.project.undo()
        except USER_ERRORS as exc:
            self.error.emit(describe(exc))

    def close(self) -> None:
        self.release().close()

    def release(self) -> Project:
        """Let go of the project without closing it (to hand it to another window)."""
        self.project.unsubscribe(self._on_changes)
        self.undo_stack.clear()
        return self.project

    def undo_texts(self) -> tuple[list[str], int]:
        """The undo stack's step names, oldest first, and how many of them are done."""
        stack = self.undo_stack
        return [stack.text(i) for i in range(stack.count())], stack.index()

    def mirror_history(self, texts: list[str], index: int) -> None:
        """Rebuild the undo stack over a project whose history is already `texts`, the
        first `index` of them done (a window handing the project over keeps Ctrl+Z)."""
        self._mirroring = True
        try:
            for text in texts:
                self.undo_stack.push(_ProjectCommand(self, text))
            self.undo_stack.setIndex(index)  # the undone steps: the project has undone them
        finally:
            self._mirroring = False

    def _on_changes(self, changes: Changes) -> None:
        self.changed.emit(changes)
        if changes.touches(*SOURCE_TABLES):
            self.sources_changed.emit()
        if changes.touches("codes"):
            live = {c.id for c in self.project.codes()}
            self.recent_codes[:] = [c for c in self.recent_codes if c in live]
            self.codes_changed.emit(changes.ids("codes"))
        if changes.touches("codings"):
            self.codings_changed.emit(changes.ids("codings"))
        if changes.touches("memos"):
            self.memos_changed.emit(changes.ids("memos"))
        if changes.touches("themes", "theme_codes", "theme_links"):
            self.themes_changed.emit()
