"""Undo and redo across every kind of change, without Qt.

A step is the row-level log of one user action (see store/undolog.py). The Qt
side wraps each step in a QUndoCommand whose undo()/redo() call back here, so
Ctrl+Z in any pane walks this one history.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.operations.changes import Changes
from annotator.store.store import Store
from annotator.store.undolog import LogEntry


@dataclass(frozen=True, slots=True)
class Step:
    label: str
    entries: tuple[LogEntry, ...]


class History:
    def __init__(self, limit: int = 500) -> None:
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._limit = limit

    def record(self, label: str, entries: tuple[LogEntry, ...]) -> None:
        if not entries:
            return
        self._undo.append(Step(label, entries))
        del self._undo[: -self._limit]
        self._redo.clear()

    @property
    def depth(self) -> int:
        """How many steps can be undone; grows by one when an action records a step."""
        return len(self._undo)

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self, store: Store) -> Changes:
        step = self._replay(store, self._undo, self._redo)
        if step is None:
            return Changes()
        return Changes.from_entries(step.entries, step.label, undone=True)

    def redo(self, store: Store) -> Changes:
        step = self._replay(store, self._redo, self._undo)
        if step is None:
            return Changes()
        return Changes.from_entries(self._undo[-1].entries, step.label)

    @staticmethod
    def _replay(store: Store, source: list[Step], target: list[Step]) -> Step | None:
        """Reverse the newest step of `source`; its reversal becomes the newest of `target`.

        The step leaves `source` only once its transaction has committed, so a
        failed replay (say, another window holds the lock) can simply be retried.
        """
        if not source:
            return None
        step = source[-1]
        reversal = store.replay_inverse(step.entries)
        source.pop()
        target.append(Step(step.label, reversal))
        return step

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
