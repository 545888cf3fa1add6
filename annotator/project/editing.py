"""Editing transcripts' text through the facade: each edit one undoable step.

`Project.edit_text` and friends are this object's methods (the facade delegates):
the window's edit mode types through `edit_text(..., burst=True)`, so that a burst
of typing is one undo step, as Qt's QUndoCommand.mergeWith makes it.
"""

from __future__ import annotations

from annotator.messages import message
from annotator.model.text_edits import TextEdit
from annotator.operations import text_edits as edit_ops
from annotator.operations import word_original
from annotator.operations.text_edits import EditReport
from annotator.project.session import Session


class Editing:
    """The text-editing actions of one open project."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store
        self._burst = 0  # bumped by end_burst: the next burst edit starts a new step

    def edit_text(self, source_id: int, edit: TextEdit, *, burst: bool = False) -> EditReport:
        """Make one edit of a transcript's text as one undoable step; with `burst`, it
        joins the previous step when that was a burst edit of the same transcript with
        nothing in between. Refused (OperationError, nothing changed) past the end of
        the text or where the Word original cannot follow."""
        return self.session.run_merging(
            message("Edit transcript text"),
            ("edit", source_id, self._burst) if burst else None,
            edit_ops.edit_text, self.store, source_id, edit, word_original.guard)

    def original_bytes(self, source_id: int) -> bytes | None:
        """The transcript's original file with its edits made (operations/word_original.py):
        what every export starts from; None when there is none, or it cannot follow."""
        return word_original.edited_original(self.store, source_id)

    def end_burst(self) -> None:
        """The next burst edit starts a step of its own, as after a pause or a caret move
        (the window's edit mode calls this; the burst rule itself is Qt's mergeWith)."""
        self._burst += 1
