"""The one object that turns the Project's Qt-free changes into Qt signals and undo commands.

Widgets never call the Project's write methods directly: they call
`bridge.run(label, action)`, which performs the action and reports a refused action
as one sentence on `error`. The window's QUndoStack mirrors the project's History
through the history's own events: exactly one command per recorded step, the same
limit, the oldest dropped together, an undo or redo made outside Qt followed, and a
refused undo or redo leaving Qt's index where it was. Views refresh from the
signals, each listening only to the tables it shows (the Anki pattern of "changes"
flags); what another process changed arrives the same way, polled a few times a
second (store/journal.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.messages import Message
from annotator.operations.changes import Changes
from annotator.operations.errors import USER_ERRORS
from annotator.operations.history import HistoryEvent
from annotator.project import Project
from annotator.ui.shared.i18n import describe

T = TypeVar("T")

SOURCE_TABLES = ("sources", "paragraphs", "source_cases", "cases", "case_values", "attributes")
POLL_MS = 300
"""How often the window looks for other processes' changes (one pragma when none)."""
TYPING_PAUSE_MS = 400
"""Text typed in edit mode changes its source, and the codings it is typed in, at every
keystroke; the other panes (word counts, filters, the inspector, retrieval) catch up
once typing pauses this long. The transcript follows each keystroke through `changed`
(Changes.text_edits), moving its codings as the project moves them."""


class _ProjectCommand(QUndoCommand):
    """One recorded step of the project's history, seen by Qt's undo stack.

    The history has already done (or undone) the step when Qt moves over the command
    to follow it; only an undo or redo Qt starts replays the project's history.
    """

    def __init__(self, bridge: ProjectBridge, text: str) -> None:
        super().__init__(text)
        self._bridge = bridge

    def redo(self) -> None:
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
    # Before a user action runs: the inspector saves what is being typed, so that
    # deleting the item it is typed on does not lose the words.
    about_to_run = Signal()
    # A SimilarRequest from any pane's menu; the window shows the passages.
    similar_requested = Signal(object)

    def __init__(self, project: Project, parent: QObject | None = None,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(project.history.limit)  # drops its oldest with History's
        self._following = False  # Qt follows the history: its commands touch no data
        self._replaying = False  # the history's events are then Qt's own move
        self._keep_index: int | None = None  # after a refused replay (see _on_index)
        self._label = ""  # the caller's label, for a step named in English only
        self.undo_stack.indexChanged.connect(self._on_index)
        self.recent_codes: list[int] = []
        project.subscribe(self._on_changes)
        project.history.listen(self._on_history)
        self.typing = False  # edit mode's keystroke is running (see TYPING_PAUSE_MS)
        self._owed_sources = False  # signals put off while typing
        self._owed_codings: set[int] = set()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(TYPING_PAUSE_MS)
        self._later.timeout.connect(self._pay_owed)
        self._poll = QTimer(self)
        if not project.closed:
            project.watch_outside()
            self._poll.timeout.connect(self._poll_outside)
            self._poll.start(poll_ms)

    def note_code_used(self, code_id: int) -> None:
        """Remember a code for the "recently used" menus (most recent first, at most 8)."""
        if code_id in self.recent_codes:
            self.recent_codes.remove(code_id)
        self.recent_codes.insert(0, code_id)
        del self.recent_codes[8:]

    def run(self, label: str, action: Callable[[], T]) -> T | None:
        """Perform one user action as one undoable step; None if it was refused.

        The step is named by the project (a Message, shown in the interface's
        language); `label` names it only when the project's name for it is a plain
        string (a widget's own `project.batch("...")`)."""
        if self.project.closed:
            return None  # a save timer firing after the window let the project go
        self.about_to_run.emit()
        self._label = label
        try:
            return action()
        except USER_ERRORS as exc:
            self.error.emit(describe(exc))
            return None
        finally:
            self._label = ""

    def replay(self, *, redo: bool) -> None:
        """Qt's undo or redo of the newest (newest undone) step."""
        if self._following:
            return
        self._replaying = True
        try:
            if redo:
                self.project.redo()
            else:
                self.project.undo()
        except USER_ERRORS as exc:
            # Qt moves its index once this returns; _on_index puts it back.
            self._keep_index = self.undo_stack.index()
            self.error.emit(describe(exc))
        finally:
            self._replaying = False

    def close(self) -> None:
        self.release().close()

    def release(self) -> Project:
        """Let go of the project without closing it (to hand it to another window)."""
        self._poll.stop()
        self._later.stop()
        self._owed_sources, self._owed_codings = False, set()
        self.project.unsubscribe(self._on_changes)
        self.project.history.unlisten(self._on_history)
        if not self.project.closed:
            self.project.unwatch_outside()
        with self._follow():
            self.undo_stack.clear()
        return self.project

    def undo_texts(self) -> tuple[list[str], int]:
        """The undo stack's step names, oldest first, and how many of them are done."""
        stack = self.undo_stack
        return [stack.text(i) for i in range(stack.count())], stack.index()

    # -- following the history --------------------------------------------------
    @contextmanager
    def _follow(self) -> Iterator[None]:
        self._following = True
        try:
            yield
        finally:
            self._following = False

    def _text(self, label: str) -> str:
        return describe(label) if isinstance(label, Message) or not self._label else self._label

    def adopt_history(self) -> None:
        """One command per step the project had before this bridge (a window adopting
        an open project keeps Ctrl+Z), named in this window's language. Without it the
        stack starts empty and follows the steps recorded from now on."""
        labels, done = self.project.history.labels()
        with self._follow():
            self.undo_stack.clear()
            for label in labels:
                self.undo_stack.push(_ProjectCommand(self, describe(label)))
            self.undo_stack.setIndex(done)

    def _on_history(self, event: HistoryEvent) -> None:
        stack = self.undo_stack
        with self._follow():
            if event.kind == "recorded":
                stack.push(_ProjectCommand(self, self._text(event.label)))
            elif event.kind == "dropped":
                if stack.count() > len(self.project.history.labels()[0]):
                    self.adopt_history()  # a stack whose limit could not be set
            elif event.kind in ("undone", "redone") and not self._replaying:
                # An undo or redo made outside Qt (a script, a test): Qt follows, or
                # mirrors the whole history when it reached past the bridge's start.
                labels, done = self.project.history.labels()
                if len(labels) != stack.count():
                    self.adopt_history()
                else:
                    stack.setIndex(done)
            elif event.kind == "cleared":
                stack.clear()

    def _on_index(self, _index: int) -> None:
        """Put Qt's index back after a refused undo or redo: the history did not move."""
        if self._keep_index is not None:
            index, self._keep_index = self._keep_index, None
            with self._follow():
                self.undo_stack.setIndex(index)

    def _poll_outside(self) -> None:
        if self.project.closed:
            self._poll.stop()
            return
        try:
            self.project.poll_outside()
        except USER_ERRORS as exc:
            self.error.emit(describe(exc))

    def _pay_owed(self) -> None:
        """Tell the panes what typing changed (see TYPING_PAUSE_MS)."""
        sources, codings = self._owed_sources, self._owed_codings
        self._owed_sources, self._owed_codings = False, set()
        self._later.stop()
        if self.project.closed:
            return
        if sources:
            self.sources_changed.emit()
        if codings:
            self.codings_changed.emit(frozenset(codings))

    def _on_changes(self, changes: Changes) -> None:
        self.changed.emit(changes)
        typing = self.typing and bool(changes.text_edits) and not changes.touches(
            *SOURCE_TABLES[2:], "codes", "memos", "themes", "theme_codes", "theme_links")
        if typing:
            self._owed_sources = self._owed_sources or changes.touches(*SOURCE_TABLES)
            self._owed_codings |= changes.ids("codings")
            self._later.start()
            return
        self._pay_owed()  # first, so that the panes hear of changes in order
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
