"""The transcript pane following edits of its text, incrementally.

Whoever edits a transcript (the pane's edit mode, find and replace, an undo, the
command line), the project announces the edits in `Changes.text_edits`; the pane
never lets Qt change its document by itself. For each edit of the shown source
`EditFollower` splices the QTextDocument with a QTextCursor (the view keeps Qt's
undo history off), and moves what the pane knows of the text along with it:

- the offset map, the paragraph starts and the label styles, by the edit's length
  (labels looked at again only on the lines the edit touched);
- the codings: those after the edit move in the index (`IntervalIndex.shift`, no
  coding rebuilt: see live_codings.py); those the edit did more than move follow
  the project's rule (model/edit_shift.py) and are read again from the project
  with the other changed rows right after (panel._codings_changed);
- the search marks; the margin is repainted.

Only the inserted characters are repainted. The scroll position is kept (Qt's own
cursor adjustment keeps the first visible line), and after an edit typed in this
pane the caret goes after the edit.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor, QTextDocument

from annotator.model.edit_shift import moves_only, span_after
from annotator.model.speakers import recognise
from annotator.model.text_edits import TextEdit
from annotator.operations.changes import Changes
from annotator.ui.transcript.margin import CodingMargin
from annotator.ui.transcript.paint import CodingLayer, style_spans
from annotator.ui.transcript.view import TranscriptView

_NEWLINE = re.compile("\n")
_KEEP = QTextCursor.MoveMode.KeepAnchor


class EditFollower(QObject):
    """Applies the project's text edits of one shown source to its view.

    `text()` gives the text shown, `set_text(str)` keeps it; `source_id()` the
    shown source; `paragraphs()` reads the source's paragraphs (only when an edit
    changed a line's label or the lines themselves).
    """

    def __init__(self, view: TranscriptView, margin: CodingMargin,
                 source_id: Callable[[], int | None], text: Callable[[], str],
                 set_text: Callable[[str], None], paragraphs: Callable[[int], list],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._margin = margin
        self._source_id = source_id
        self._text = text
        self._set_text = set_text
        self._paragraphs = paragraphs
        self.caret_after_edit = False  # set by edit mode just before it asks for an edit
        self.editing = False  # in edit mode an undo or redo puts the caret there too
        self.followed = False  # the last change's text edits are shown (see panel)

    def changed(self, changes: Changes) -> None:
        """The bridge's `changed`: apply the shown source's text edits, if any."""
        source_id = self._source_id()
        edits = [e for sid, e in changes.text_edits if sid == source_id]
        self.followed = bool(edits)
        if not edits:
            return
        if not _fits(edits, len(self._text())):
            # Not the text these edits were made to (never expected): the source is
            # shown again whole when the panel hears that it changed.
            self.followed = False
            self._set_text("")
            return
        caret = self.caret_after_edit or self.editing
        self.caret_after_edit = False
        self.apply(edits, undone=changes.undone, caret=caret)

    def apply(self, edits: list[TextEdit], *, undone: bool = False, caret: bool = False) -> None:
        """Splice `edits` (in order) into the document and everything the pane knows."""
        view, layer = self._view, self._view.layer
        text = self._text()
        document = view.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        dirty: list[tuple[int, int]] = []
        relabel = False
        codings_before = len(layer.index)
        styles_before = list(layer._styles)  # noqa: SLF001
        rows_before = len(layer.newlines)
        first = edits[0]
        lines_before = _line_count(document, layer.offsets.to_utf16(first.start))
        stripes_before = _stripe_lines(layer, document, first.start) if len(edits) == 1 else None
        for edit in edits:
            u_start, u_end = layer.offsets.range_to_utf16(edit.start, edit.end)
            after = edit.apply(text)
            relabel = _follow_lines(layer, edit, text, after) or relabel
            _follow_codings(layer, edit, undone, len(after))
            layer.offsets = layer.offsets.edited(edit.start, edit.end, edit.text)
            dirty = [r for r in (_moved(r, edit) for r in dirty) if r is not None]
            inserted = (edit.start, edit.start + len(edit.text))
            # Typed text of one look goes in with its format: no second layout of the
            # paragraph to paint it afterwards.
            runs = layer._runs(*inserted) if edit.text and not relabel else []  # noqa: SLF001
            cursor.setPosition(u_start)
            cursor.setPosition(u_end, _KEEP)
            if len(runs) == 1:
                cursor.insertText(edit.text, layer.format_for(runs[0][2], runs[0][3]))
            else:
                cursor.insertText(edit.text)
                if edit.text:
                    dirty.append(inserted)
            text = after
        self._set_text(text)
        source_id = self._source_id()
        if relabel and source_id is not None:
            styles = style_spans(text, self._paragraphs(source_id))
            # Only the labels that are new, gone or moved otherwise than by the edits.
            moved = {_follow_range((s, e), edits) + (k,) for s, e, k in set(styles_before)
                     if _follow_range((s, e), edits) is not None}
            dirty.extend((s, e) for s, e, _k in moved.symmetric_difference(styles))
            layer._styles = styles  # noqa: SLF001
            layer._style_starts = [s for s, _, _ in styles]  # noqa: SLF001
        if dirty:
            layer.repaint(dirty, nested=True)
        cursor.endEditBlock()
        if relabel or len(layer.index) != codings_before:
            layer.revision += 1  # the margin's columns are planned again
        found = view.found()
        if found:
            view.set_found([r for r in (_follow_range(r, edits) for r in found) if r is not None])
        if caret and edits:
            last = edits[-1]
            place = QTextCursor(document)
            place.setPosition(layer.offsets.to_utf16(last.start + len(last.text)))
            view.setTextCursor(place)
        if (len(edits) == 1 and not relabel and len(layer.newlines) == rows_before
                and _line_count(document, layer.offsets.to_utf16(first.start)) == lines_before):
            # The paragraph kept its height: nothing moved under the margin but there,
            # and there only if an excerpt now starts or ends on another line.
            if _stripe_lines(layer, document, first.start) != stripes_before:
                self._margin.update_ranges([(first.start, first.start + len(first.text))])
        else:
            self._margin.update()


def _fits(edits: list[TextEdit], length: int) -> bool:
    for edit in edits:
        if edit.end > length:
            return False
        length += edit.delta
    return True


def _stripe_lines(layer: CodingLayer, document: QTextDocument, at: int
                  ) -> list[tuple[int, tuple[int, int], tuple[int, int]]]:
    """(coding, (block, line) of its first character, of its last) for the codings in
    the paragraph holding `at`: where the margin draws their stripes and names."""
    rows = layer.newlines
    i = bisect_left(rows, at)
    start = rows[i - 1] + 1 if i > 0 else 0
    end = rows[i] if i < len(rows) else layer.offsets.codepoint_length
    to_utf16 = layer.offsets.to_utf16
    return [(key, _line_of(document, to_utf16(s)), _line_of(document, to_utf16(e - 1)))
            for s, e, key in layer.index.overlapping_items(start, max(end, start + 1))]


def _line_of(document: QTextDocument, u16: int) -> tuple[int, int]:
    block = document.findBlock(u16)
    layout = block.layout()
    line = layout.lineForTextPosition(u16 - block.position()) if layout is not None else None
    return block.blockNumber(), line.lineNumber() if line is not None and line.isValid() else -1


def _line_count(document: QTextDocument, u16: int) -> int:
    layout = document.findBlock(u16).layout()
    return layout.lineCount() if layout is not None else -1


def _moved(span: tuple[int, int], edit: TextEdit) -> tuple[int, int] | None:
    return span_after(span[0], span[1], edit)


def _follow_range(span: tuple[int, int], edits: list[TextEdit]) -> tuple[int, int] | None:
    for edit in edits:
        moved = span_after(span[0], span[1], edit)
        if moved is None:
            return None
        span = moved
    return span


def _follow_lines(layer: CodingLayer, edit: TextEdit, before: str, after: str) -> bool:
    """Move the paragraph starts and the label styles after the edit; True when the
    lines themselves or a line's label changed, so that the labels must be read again."""
    delta = edit.delta
    rows = layer.newlines
    lo, hi = bisect_left(rows, edit.start), bisect_left(rows, edit.end)
    added = [edit.start + m.start() for m in _NEWLINE.finditer(edit.text)]
    if added or hi > lo or delta:
        layer.newlines = rows[:lo] + added + [r + delta for r in rows[hi:]]
    styles = layer._styles  # noqa: SLF001
    if styles:
        first = bisect_right(layer._style_starts, edit.start)  # noqa: SLF001
        while first > 0 and styles[first - 1][1] > edit.start:
            first -= 1  # a label the edit reaches into
        keep = bisect_left(layer._style_starts, edit.end, first)  # noqa: SLF001
        cut = keep > first and styles[keep - 1][1] > edit.start
        styles[first:] = [(s, e, k) for s, e, k in styles[first:keep] if e <= edit.start] + [
            (s + delta, e + delta, k) for s, e, k in styles[keep:]]
        layer._style_starts = [s for s, _, _ in styles]  # noqa: SLF001
        if cut:
            return True
    if added or hi > lo:
        return True
    # One line, edited inside: its label may have changed.
    line_start = rows[lo - 1] + 1 if lo > 0 else 0
    old_end = rows[lo] if lo < len(rows) else len(before)
    old, new = recognise(before[line_start:old_end]), recognise(after[line_start:old_end + delta])
    return (old.speaker_span, old.timestamp_span) != (new.speaker_span, new.timestamp_span)


def _follow_codings(layer: CodingLayer, edit: TextEdit, undone: bool, length: int) -> None:
    """Move the codings as the project moved them.

    The project moves every coding that starts at or after the edit's end by its
    length, and changes the others it touched row by row (they are read again). An
    undo's inverse edits only move: what the step had clipped comes back from its
    rows. The touched ones are taken out before the move so that the index stays in
    order, and put back where the rule puts them (kept valid until read again).
    """
    index, codings = layer.index, layer.codings
    s, e = edit.start, edit.end
    touched = []
    for start, end, key in index.overlapping_items(max(s - 1, 0), e + 1):
        if undone:
            # Those starting in the edited range would break the index's order once
            # the rest moves; one reaching past the new end would be out of the text.
            if (s <= start < e) or (start < e and end > s and end > length):
                touched.append((start, end, key))
        elif not moves_only(start, end, edit):
            touched.append((start, end, key))
    for _start, _end, key in touched:
        index.remove(key)
    index.shift(e, edit.delta)
    for start, end, key in touched:
        if undone:
            # The step's rows bring its true place right after; until then, a valid one.
            first = min(start, length - 1)
            span = (first, max(min(end, length), first + 1)) if length else None
        else:
            span = span_after(start, end, edit)
        if span is None:
            del codings[key]
        else:
            index.add(span[0], span[1], key)
