"""Undo and redo across every kind of change, without Qt.

A step is the row-level log of one user action (see store/undolog.py). The history
tells its listeners each thing that happens to it (a step recorded, the oldest
dropped, undone, redone, all cleared) as a `HistoryEvent`; the Qt side mirrors them
with exactly one QUndoCommand per step, so Ctrl+Z in any pane walks this one history.

Rows another process changes while the project is open are noted (`note_outside`)
with the moment they were seen: an undo or redo that would touch such a row changed
after its step is refused in one sentence, and the history stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Literal

from annotator.messages import Message, message
from annotator.operations.changes import Changes
from annotator.operations.errors import OperationError
from annotator.store.journal import ReplayConflict, Rows
from annotator.store.store import Store
from annotator.store.undolog import LogEntry

LIMIT = 500
"""Steps kept for undo; the window's QUndoStack gets the same limit."""


@dataclass(frozen=True, slots=True)
class Step:
    label: str  # a Message, translated where it is shown
    entries: tuple[LogEntry, ...]
    moment: int = 0  # the history's clock when the step was recorded or last replayed
    merge: object = None  # steps with the same key recorded one after another merge


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    """What happened to the history: `label` is the step's, `count` the steps dropped."""

    kind: Literal["recorded", "merged", "dropped", "undone", "redone", "cleared"]
    label: str = ""
    count: int = 0


HistoryListener = Callable[[HistoryEvent], None]


class History:
    def __init__(self, limit: int = LIMIT) -> None:
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self.limit = limit
        self._listeners: list[HistoryListener] = []
        self._clock = 0
        self._outside: dict[tuple[str, int], int] = {}  # row -> moment seen changed

    def listen(self, listener: HistoryListener) -> None:
        self._listeners.append(listener)

    def unlisten(self, listener: HistoryListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _tell(self, event: HistoryEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    def _tick(self) -> int:
        self._clock += 1
        return self._clock

    def record(self, label: str, entries: tuple[LogEntry, ...], merge: object = None) -> None:
        """A new step; with a `merge` key equal to the newest step's, and nothing done
        since that step (no undo, redo or change from outside), it joins that step
        instead ("merged": a burst of typing is one undo step, as Qt's mergeWith)."""
        if not entries:
            return
        top = self._undo[-1] if self._undo else None
        if (merge is not None and top is not None and top.merge == merge
                and top.moment == self._clock and not self._redo):
            self._undo[-1] = replace(top, entries=top.entries + entries, moment=self._tick())
            self._tell(HistoryEvent("merged", label))
            return
        self._undo.append(Step(label, entries, self._tick(), merge))
        self._redo.clear()
        self._tell(HistoryEvent("recorded", label))
        dropped = len(self._undo) - self.limit
        if dropped > 0:
            del self._undo[:dropped]
            self._tell(HistoryEvent("dropped", count=dropped))

    def note_outside(self, rows: Rows) -> None:
        """Rows another process changed, seen now: steps before this cannot touch them."""
        moment = self._tick()
        for table, ids in rows.items():
            for rowid in ids:
                self._outside[(table, rowid)] = moment

    @property
    def depth(self) -> int:
        """How many steps can be undone."""
        return len(self._undo)

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def labels(self) -> tuple[list[str], int]:
        """Every step's label, oldest first, and how many of them are done."""
        return [s.label for s in self._undo] + [s.label for s in reversed(self._redo)], \
            len(self._undo)

    def undo(self, store: Store) -> Changes:
        step = self._replay(store, self._undo, self._redo, redo=False)
        if step is None:
            return Changes()
        self._tell(HistoryEvent("undone", step.label))
        return Changes.from_entries(step.entries, step.label, undone=True)

    def redo(self, store: Store) -> Changes:
        step = self._replay(store, self._redo, self._undo, redo=True)
        if step is None:
            return Changes()
        self._tell(HistoryEvent("redone", step.label))
        return Changes.from_entries(self._undo[-1].entries, step.label)

    def _replay(self, store: Store, source: list[Step], target: list[Step], *,
                redo: bool) -> Step | None:
        """Reverse the newest step of `source`; its reversal becomes the newest of `target`.

        The step leaves `source` only once its transaction has committed, so a
        refused or failed replay (say, another window holds the lock) leaves both
        lists as they were and can be retried.
        """
        if not source:
            return None
        step = source[-1]

        def check(reversal: tuple[LogEntry, ...]) -> None:
            # Inside the replay's transaction, after what other processes changed up
            # to now was noted; what the replay touched includes cascades.
            touched = _rows(step.entries) | _rows(reversal)
            if any(self._outside.get(row, 0) > step.moment for row in touched):
                raise OperationError(_changed_outside(step.label, redo))

        try:
            reversal = store.replay_inverse(step.entries, check)
        except ReplayConflict as exc:
            raise OperationError(_changed_outside(step.label, redo)) from exc
        source.pop()
        target.append(replace(step, entries=reversal, moment=self._tick(), merge=None))
        return step

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._tell(HistoryEvent("cleared"))


def _rows(entries: Iterable[LogEntry]) -> set[tuple[str, int]]:
    return {(e.table, e.rowid) for e in entries}


def _changed_outside(label: str, redo: bool) -> Message:
    if redo:
        return message("Cannot redo {step}: another program (such as the annotator command) "
                       "has since changed what it touches; nothing was changed.", step=label)
    return message("Cannot undo {step}: another program (such as the annotator command) "
                   "has since changed what it touches; nothing was changed.", step=label)
