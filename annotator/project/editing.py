"""Editing transcripts' text through the facade: each edit one undoable step.

`Project.edit_text` and friends are this object's methods (the facade delegates):
the window's edit mode types through `edit_text(..., burst=True)`, so that a burst
of typing is one undo step, as Qt's QUndoCommand.mergeWith makes it.
"""

from __future__ import annotations

from collections.abc import Collection

from annotator.messages import message
from annotator.model.text_edits import TextEdit
from annotator.operations import find_replace, word_original
from annotator.operations import text_edits as edit_ops
from annotator.operations.find_replace import TextHit
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

    def original_refusal(self, source_id: int) -> str:
        """Why the Word original could not follow the transcript's edits ("" if it did)."""
        return word_original.refusal(self.store, source_id)

    def end_burst(self) -> None:
        """The next burst edit starts a step of its own, as after a pause or a caret move
        (the window's edit mode calls this; the burst rule itself is Qt's mergeWith)."""
        self._burst += 1

    def find_text(self, query: str, *, source_ids: Collection[int] | None = None,
                  whole_word: bool = False, match_case: bool = False) -> list[TextHit]:
        """Every place `query` is found in the transcripts (`source_ids`, or all), with
        its line around it and the codes of the codings it falls in."""
        return find_replace.find_text(self.store, query, source_ids=source_ids,
                                      whole_word=whole_word, match_case=match_case)

    def replace_text(self, query: str, replacement: str, *,
                     source_ids: Collection[int] | None = None, whole_word: bool = False,
                     match_case: bool = False) -> EditReport:
        """Replace every hit of `query` with `replacement`, as one undo step (one
        sentence and nothing changed if one hit cannot be edited)."""
        return self.session.run(
            message("Replace “{old}” with “{new}”", old=query, new=replacement),
            find_replace.replace_text, self.store, query, replacement, source_ids=source_ids,
            whole_word=whole_word, match_case=match_case, guard=word_original.guard)
