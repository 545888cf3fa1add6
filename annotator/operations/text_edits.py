"""Editing a transcript's text while its codings, paragraphs, speakers and cues follow.

How an excerpt follows an edit at its edges is model/edit_shift.py's rule (typing at
the end of a coded word extends the coding; at its start it does not). One edit is:

1. the codings it clips or removes, one by one (row-logged: undo restores them, a
   removed coding with its memos, exactly);
2. the move (store/edits.py): the text spliced and everything after it shifted, with
   one UPDATE per table, logged as one entry that says how to move it back;
3. the paragraphs it is typed in worked out again (a "\\n" splits, deleting one
   joins), their speaker and timestamp re-recognised where the label changed;
4. the cue spans (subtitle imports) and, for a Word original, its edit log.

(Paragraph rows change before the move when the edit joins paragraphs and after it
when it splits them, so that their indexes never collide.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from annotator.messages import message
from annotator.model.edit_shift import (
    cues_after,
    moves_only,
    numbered_locations,
    paragraph_plan,
    relabeller,
    span_after,
)
from annotator.model.entities import Coding, Paragraph
from annotator.model.text_edits import TextEdit
from annotator.model.words import count_words
from annotator.operations.errors import OperationError
from annotator.store.edits import Move
from annotator.store.store import Store


@dataclass(frozen=True, slots=True)
class CodingNote:
    """A coding an edit changed, by name: its id, its code's name, its transcript's name."""

    coding_id: int
    code: str
    source: str


@dataclass(frozen=True, slots=True)
class EditReport:
    """What an edit did to the codings: how many moved (or grew), which shrank (cover
    fewer characters than before), which went (all their characters deleted); `edits`
    counts the edits made."""

    moved: int = 0
    shrunk: tuple[CodingNote, ...] = ()
    removed: tuple[CodingNote, ...] = ()
    edits: int = 0

    def __add__(self, other: EditReport) -> EditReport:
        return EditReport(self.moved + other.moved, self.shrunk + other.shrunk,
                          self.removed + other.removed, self.edits + other.edits)


Guard = Callable[[Store, int, Sequence[TextEdit]], None]
"""Refuses edits of one transcript (each in the text as it stands) by raising
OperationError: the Word original's protected spans (operations/word_original.py)."""


def edit_text(store: Store, source_id: int, edit: TextEdit, guard: Guard | None = None
              ) -> EditReport:
    """Make one edit of a transcript's text (see the module docstring)."""
    edit = _one_kind_of_break(edit)
    # The paragraphs it touches first: then one read of the text gives its length and
    # their text (each read of a long transcript's text costs a keystroke 0.3 ms).
    touched = store.edits.touched_paragraphs(source_id, edit.start, edit.end)
    lo, hi = (touched[0].start, touched[-1].end) if touched else (edit.start, edit.end)
    found = store.edits.length_and_text(source_id, lo, hi)
    checked(store, source_id, edit, None if found is None else found[0])
    if edit.start == edit.end and not edit.text:
        return EditReport()
    if guard is not None:
        guard(store, source_id, [edit])
    return apply_one(store, source_id, edit, (touched, found[1]) if found else None)


def checked(store: Store, source_id: int, edit: TextEdit, length: int | None = None
            ) -> TextEdit:
    """The edit with its line breaks made "\n", once it is known to fit the transcript
    (of `length` characters: asked when not given); OperationError otherwise."""
    if length is None:
        length = store.edits.length(source_id)
    if length is None:
        raise OperationError(message("That transcript no longer exists."))
    if edit.end > length:
        raise OperationError(message(
            "The edit reaches past the end of the transcript ({length} characters).",
            length=length))
    edit = _one_kind_of_break(edit)
    if _CONTROL.search(edit.text):
        # Nothing a transcript shows, and the Word original could not hold it.
        raise OperationError(message(
            "The text holds a control character; type or paste plain text."))
    return edit


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _one_kind_of_break(edit: TextEdit) -> TextEdit:
    if "\r" not in edit.text:
        return edit
    return TextEdit(edit.start, edit.end, edit.text.replace("\r\n", "\n").replace("\r", "\n"))


def apply_one(store: Store, source_id: int, edit: TextEdit,
              read: tuple[list[Paragraph], str] | None = None) -> EditReport:
    """Make one checked edit; `read` is what `edit_text` already read: the touched
    paragraphs and the text from the first's start to the last's end (or the edited
    stretch when there are none)."""
    edits = store.edits
    if read is None:
        touched = edits.touched_paragraphs(source_id, edit.start, edit.end)
        lo, hi = (touched[0].start, touched[-1].end) if touched else (edit.start, edit.end)
        read = touched, edits.text(source_id, lo, hi)
    touched, region = read
    lo = touched[0].start if touched else edit.start
    old = region[edit.start - lo:edit.end - lo]
    moved, shrunk, removed, skip = _codings(store, source_id, edit)
    words = 0
    if touched:
        new_region = region[: edit.start - lo] + edit.text + region[edit.end - lo:]
        words = count_words(new_region) - count_words(region)
        plan = paragraph_plan(touched, region.split("\n"), edit,
                              relabeller(lambda: edits.speakers(source_id)),
                              edits.speaker_before(source_id, touched[0].index))
        word = edits.has_word_original(source_id)
        numbering = None
        if word:
            plan, numbering = numbered_locations(plan, len(touched))
        after, renumber = plan.last, plan.renumber
        back_after = plan.first + len(plan.new) - 1
    else:
        words = count_words(edit.text) - count_words(old)
        plan, renumber, word, numbering = None, 0, edits.has_word_original(source_id), None
        after = back_after = 1 << 62  # no paragraphs: none move
    edits.drop_dismissed(source_id, [edit])
    forward = Move(source_id, (edit,), words, skip, after, renumber)
    back = Move(source_id, (TextEdit(edit.start, edit.start + len(edit.text), old),), -words, skip,
                back_after, -renumber)
    if plan is not None and renumber <= 0:
        edits.set_paragraphs(source_id, plan, touched)
    moved += edits.move(forward, back)
    if plan is not None and renumber > 0:
        edits.set_paragraphs(source_id, plan, touched)
    if plan is not None and numbering is not None:
        edits.renumber_locations(source_id, *numbering, renumber, back_after)
    cues = store.cues.of_source(source_id)
    if cues:
        after_cues = cues_after(cues, edit)
        if after_cues != cues:
            store.cues.replace(source_id, after_cues)
    if word:
        edits.log_edits(source_id, [edit])
    return EditReport(moved, notes(store, source_id, shrunk), notes(store, source_id, removed),
                      1)


def _codings(store: Store, source_id: int, edit: TextEdit
             ) -> tuple[int, list[Coding], list[Coding], tuple[int, ...]]:
    """Clip or remove the codings the edit does more than move: (how many grew or
    moved with it, those that lost characters, those removed, the ids of all three)."""
    moved = 0
    shrunk: list[Coding] = []
    removed: list[Coding] = []
    skip: list[int] = []
    for coding in store.edits.codings_near(source_id, edit.start, edit.end):
        if moves_only(coding.start, coding.end, edit):
            continue
        skip.append(coding.id)
        span = span_after(coding.start, coding.end, edit)
        if span is None:
            removed.append(coding)
            store.codings.delete(coding.id)  # with its memo, row-logged for undo
            continue
        store.edits.set_span(coding.id, *span)
        if span[1] - span[0] < coding.end - coding.start:
            shrunk.append(coding)
        else:
            moved += 1
    return moved, shrunk, removed, tuple(skip)


def notes(store: Store, source_id: int, codings: Sequence[Coding]) -> tuple[CodingNote, ...]:
    if not codings:
        return ()
    found = store.sources.name_and_length(source_id)
    source = found[0] if found else ""
    notes = []
    for coding in codings:
        code = store.codes.get(coding.code_id)
        notes.append(CodingNote(coding.id, code.name if code else "", source))
    return tuple(notes)
