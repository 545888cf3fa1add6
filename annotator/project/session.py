"""One open project's undo history and listeners: how a user action becomes one step.

Every action runs in one transaction, is recorded for undo and redo, and tells the
listeners which rows it changed; `batch` folds several actions into one of each.
`Action` declares a facade method that is nothing more than that: a label and an
operation, with the operation's own parameters.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

from annotator.messages import message
from annotator.operations.changes import Changes
from annotator.operations.errors import OperationError
from annotator.operations.history import History
from annotator.store.journal import Rows
from annotator.store.lock import ProjectInUse, ProjectLock
from annotator.store.store import Store
from annotator.store.undolog import LogEntry

P = ParamSpec("P")
T = TypeVar("T")

Listener = Callable[[Changes], None]


class Session:
    """Runs actions on one store as undoable steps and tells listeners what changed."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.history = History()
        self._listeners: list[Listener] = []
        self._batch: list[tuple[str, list[LogEntry]]] = []
        self._coder_name = ""
        self._coder_initials = ""
        self._unannounced: list[Rows] = []  # rows other processes changed, to tell
        self._watch_lock: ProjectLock | None = None

    def set_coder(self, name: str, initials: str = "") -> None:
        """Who is working in this session (the app's "coder name" preference): recorded
        on new codings, memos and journal entries. Empty falls back to the project's
        stored coder, then to the operating-system user. `initials` are the ones the
        coder chose for Word comments (empty: made from the name on export).
        """
        self._coder_name = name.strip()
        self._coder_initials = initials.strip()

    def initials_of(self, coder: str) -> str:
        """The initials chosen by `coder` if that is this session's coder, else ""."""
        return self._coder_initials if coder and coder == self._coder_name else ""

    @property
    def coder(self) -> str:
        if self._coder_name:
            return self._coder_name
        try:
            return self.store.meta("coder") or getpass.getuser()
        except (KeyError, OSError):
            return "researcher"

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def forget_listeners(self) -> None:
        self._listeners.clear()

    def _notify(self, changes: Changes) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    def run(self, label: str, action: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        return self.run_merging(label, None, action, *args, **kwargs)

    def run_merging(self, label: str, merge: object, action: Callable[P, T], *args: P.args,
                    **kwargs: P.kwargs) -> T:
        """`run`, the step joining the newest one when both have the `merge` key (not
        None) and nothing happened in between (operations/history.py)."""
        if self._batch:
            # Inside batch(): the batch's transaction and undo step hold everything.
            return action(*args, **kwargs)
        try:
            with self.store.recorded() as recording:
                result = action(*args, **kwargs)
        finally:
            self._announce()
        self.history.record(label, recording.entries, merge)
        self._notify(Changes.from_entries(recording.entries, label))
        return result

    @contextmanager
    def batch(self, label: str) -> Iterator[None]:
        """Group several operations into one transaction and one undo step."""
        if self._batch:
            yield
            return
        self._batch.append((label, []))
        try:
            with self.store.recorded() as recording:
                yield
        finally:
            self._batch.clear()
            self._announce()
        self.history.record(label, recording.entries)
        self._notify(Changes.from_entries(recording.entries, label))

    def undo(self) -> Changes:
        try:
            changes = self.history.undo(self.store)
        finally:
            self._announce()
        self._notify(changes)
        return changes

    def redo(self) -> Changes:
        try:
            changes = self.history.redo(self.store)
        finally:
            self._announce()
        self._notify(changes)
        return changes

    # -- other processes (see store/journal.py) ---------------------------------
    def watch_outside(self) -> None:
        """Hear of the rows other processes change (the window does; one watcher a file).

        Other processes mark their changes only while the project's lock is held: a
        project the window created, or opened without it, takes it here."""
        if self._watch_lock is None and not self.store.database.read_only:
            lock = ProjectLock(self.store.path)
            try:
                lock.acquire()
                self._watch_lock = lock
            except ProjectInUse:
                pass  # held already, by this window's own open or by another window
        self.store.journal.watch(self._seen_outside)

    def unwatch_outside(self) -> None:
        self.store.journal.unwatch()
        if self._watch_lock is not None:
            self._watch_lock.release()
            self._watch_lock = None

    def poll_outside(self) -> None:
        """Tell the listeners what other processes changed since the last look; cheap
        (one pragma) when nothing did."""
        if not self.closed:
            self.store.journal.poll()
            self._announce()

    @property
    def closed(self) -> bool:
        return self.store.database.closed

    def _seen_outside(self, rows: Rows) -> None:
        # Noted at once (inside the transaction of an undo, before it is checked);
        # told to the listeners once the transaction is over.
        self.history.note_outside(rows)
        self._unannounced.append(rows)

    def _announce(self) -> None:
        while self._unannounced:
            rows = self._unannounced.pop(0)
            self._notify(Changes(rows, message("Changed by another program"), outside=True))


def existing(found: T | None, kind: str) -> T:
    """`found`, or an error saying the transcript, code or coding no longer exists."""
    if found is None:
        raise OperationError({"source": message("That transcript no longer exists."),
                              "code": message("That code no longer exists."),
                              "coding": message("That coding no longer exists.")}[kind])
    return found


def open_store(path: Path, exclusive: bool) -> tuple[Store, ProjectLock | None]:
    """The project file's store; `exclusive` first takes the lock a second window refuses.
    Either way the file's name is recorded, so that a hard link to it is refused."""
    lock = ProjectLock(path, exclusive)
    lock.acquire()
    try:
        return Store.open(path), lock
    except BaseException:
        if lock is not None:
            lock.release()
        raise


class HasSession(Protocol):
    @property
    def session(self) -> Session: ...


class Action(Generic[P, T]):
    """A facade method running `operation(store, ...)` as one step called `label` (a
    Message: the window shows it in its own language).

    `rename_code = Action(message("Rename code"), code_ops.rename_code)` makes
    `project.rename_code(code_id, name)`, with the operation's parameters and
    docstring, so the facade lists its plain actions one line each.
    """

    def __init__(self, label: str, operation: Callable[Concatenate[Store, P], T]) -> None:
        self.label = label
        self.operation = operation
        self.__doc__ = operation.__doc__

    @overload
    def __get__(self, owner: None, kind: type) -> Action[P, T]: ...

    @overload
    def __get__(self, owner: HasSession, kind: type) -> Callable[P, T]: ...

    def __get__(self, owner: HasSession | None, kind: type) -> Action[P, T] | Callable[P, T]:
        if owner is None:
            return self
        session = owner.session

        def run(*args: P.args, **kwargs: P.kwargs) -> T:
            return session.run(self.label, self.operation, session.store, *args, **kwargs)

        run.__name__ = self.operation.__name__
        run.__doc__ = self.__doc__
        return run
