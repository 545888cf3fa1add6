"""A Word transcript's original file, kept in step with the edits of its text.

The original bytes stay as imported; each edit of a Word transcript's text is logged
(`source_edits`, store/edits.py), and whoever needs the file (the annotated Word
export, the REFI-QDA export) gets the original with the log applied by
formats/docx/edit.py's `apply_edits`, in the runs that hold the characters. Undo
takes an edit out of the log with the rest of its step.

An edit where the document cannot follow (a field result, an equation, a text box:
`protected_spans`, worked out once per original and carried through the log) is
refused before anything changes, in the document reader's one sentence. Should
applying the log fail all the same, there is no edited original (None): the export
then writes a clean document from the text rather than a file that says otherwise.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.messages import message
from annotator.model.text_edits import TextEdit
from annotator.operations.errors import OperationError
from annotator.store.store import Store


@dataclass(slots=True)
class _Cached:
    mark: tuple[object, ...] = (-1, -1, None, None)
    spans: list = field(default_factory=list)  # ProtectedSpan, carried through the log
    edited: tuple[tuple[object, ...], bytes | None] | None = None
    refused: str = ""  # why the log could not be applied, when it could not


_CACHE: weakref.WeakKeyDictionary[Store, dict[int, _Cached]] = weakref.WeakKeyDictionary()


def _cached(store: Store, source_id: int) -> _Cached:
    return _CACHE.setdefault(store, {}).setdefault(source_id, _Cached())


def edited_original(store: Store, source_id: int) -> bytes | None:
    """The original file with every logged edit made; the original itself for any
    transcript without edits (or not from Word); None when the edits cannot be made."""
    data = store.sources.original(source_id)
    if not data or not store.edits.has_word_original(source_id):
        return data
    cached = _cached(store, source_id)
    mark = store.edits.log_mark(source_id)
    if mark[0] == 0:
        return data
    if cached.edited is not None and cached.edited[0] == mark:
        return cached.edited[1]
    try:
        from annotator.formats.docx.edit import EditRefused, apply_edits
    except ImportError:  # the Word editing module is not there: no faithful file
        return None
    source = store.sources.get(source_id)
    name = source.file_name if source and source.file_name else "document.docx"
    try:
        edited: bytes | None = apply_edits(data, store.edits.edit_log(source_id), name)
        cached.refused = ""
    except EditRefused as error:
        edited, cached.refused = None, str(error)
    cached.edited = (mark, edited)
    return edited


def refusal(store: Store, source_id: int) -> str:
    """Why `edited_original` has no file for this transcript although it came from
    Word (the Word reader's sentence), or "" when it has one."""
    if edited_original(store, source_id) is not None:
        return ""
    return _cached(store, source_id).refused


def guard(store: Store, source_id: int, edits: Sequence[TextEdit]) -> None:
    """Refuse (OperationError, the reader's sentence) edits the Word original of the
    transcript cannot follow (each in the text as it stands); nothing for others."""
    if not edits or not store.edits.has_word_original(source_id):
        return
    spans = sorted(_spans(store, source_id), key=lambda s: s.start)
    starts = [span.start for span in spans]
    for edit in edits:
        # Spans do not overlap: only those starting before the edit's end can touch it.
        for span in spans[max(0, bisect_left(starts, edit.start) - 1):
                          bisect_right(starts, edit.end)]:
            if span.touches(edit):  # the Word reader's own sentence, translated as such
                raise OperationError(message("{reason}", reason=span.reason))


def _spans(store: Store, source_id: int) -> list:  # list[ProtectedSpan]
    """The protected spans in the text as it stands: read from the original once, then
    moved with the edits logged since (while the log only grew)."""
    cached = _cached(store, source_id)
    mark = store.edits.log_mark(source_id)
    if mark == cached.mark:
        return cached.spans
    count, size, _newest_id, _newest = mark
    old_count, old_size, old_id, old_newest = cached.mark
    if size == old_size and old_count != -1 and count >= old_count:  # type: ignore[operator]
        before, since = (store.edits.logged_since(source_id, old_id)  # type: ignore[arg-type]
                         if old_id is not None else (0, store.edits.edit_log(source_id)))
        intact = old_id is None or store.edits.logged(source_id, old_id) == old_newest
        if intact and before == old_count and before + len(since) == count:
            spans = cached.spans
            for logged in since:
                spans = [s.after(logged) for s in spans]
            cached.spans, cached.mark = spans, mark
            return spans
    try:
        from annotator.formats.docx.edit import protected_spans
    except ImportError:
        raise OperationError(message(
            "This Word transcript cannot be edited here yet: its original could not "
            "follow the edit.")) from None
    data = store.sources.original(source_id) or b""
    source = store.sources.get(source_id)
    spans = protected_spans(data, source.file_name if source and source.file_name
                            else "document.docx")
    for logged in store.edits.edit_log(source_id):
        spans = [s.after(logged) for s in spans]
    cached.spans, cached.mark = spans, mark
    return spans


def materialise(store: Store, source_id: int) -> bool:
    """Make the edited original the original and empty the log (pseudonymising: the
    stored file must not keep what was replaced). False when the edits cannot be made
    into the file, which is then dropped instead."""
    if store.edits.log_mark(source_id)[0] == 0:
        return True
    edited = edited_original(store, source_id)
    if edited is None:
        store.edits.drop_original(source_id)
        return False
    store.edits.set_original(source_id, edited)
    return True
