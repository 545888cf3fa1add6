"""Several edits of one transcript at once (a replace-all, pseudonymising), as one move.

Made one by one, 100 replacements in a transcript would move its codings 100 times.
Here the edits (in the coordinates of the text before any of them, none overlapping)
run from the end of the text to its start, so each stays valid; the codings they
clip or remove and the paragraphs they are typed in are worked out in Python and
written row by row, and everything else moves once, by the lengths of the edits
before it (store/edits.py `Move` with several edits). Edits that split or join
paragraphs are made one by one instead (operations/text_edits.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from annotator.messages import message
from annotator.model.edit_shift import cues_after, moves_only, relabeller, span_after
from annotator.model.entities import Coding, Paragraph
from annotator.model.text_edits import TextEdit
from annotator.model.words import count_words
from annotator.operations.errors import OperationError
from annotator.operations.text_edits import EditReport, Guard, apply_one, checked, notes
from annotator.store.edits import Move
from annotator.store.store import Store


def edit_many(store: Store, source_id: int, edits: Sequence[TextEdit],
              guard: Guard | None = None) -> EditReport:
    """Make `edits` (coordinates of the text as it stands, none overlapping) in one
    transcript; what each does to the codings is the one edit's rule."""
    ordered = sorted((e for e in edits if e.start != e.end or e.text), key=lambda e: e.start,
                     reverse=True)
    for right, left in zip(ordered, ordered[1:], strict=False):
        if left.end > right.start or left.start == right.start:
            raise OperationError(message("Edits of one transcript may not overlap."))
    source = store.sources.get(source_id)
    if source is None:
        raise OperationError(message("That transcript no longer exists."))
    text = source.text
    ordered = [checked(store, source_id, edit, len(text)) for edit in ordered]
    if guard is not None:
        guard(store, source_id, ordered)
    olds = [text[e.start:e.end] for e in ordered]
    if len(ordered) <= 1 or any("\n" in e.text or "\n" in old
                                for e, old in zip(ordered, olds, strict=True)):
        report = EditReport()
        for edit in ordered:  # from the end: each edit's offsets stay right
            report += apply_one(store, source_id, edit)
        return report
    return _together(store, source_id, ordered, olds, text)


def _together(store: Store, source_id: int, ordered: list[TextEdit], olds: list[str],
              text: str) -> EditReport:
    edits = store.edits
    ascending = ordered[::-1]
    ends = [e.end for e in ascending]
    before = [0]  # before[i]: the sum of the lengths of the i leftmost edits
    for edit in ascending:
        before.append(before[-1] + edit.delta)

    def shift_at(position: int) -> int:
        """How far an excerpt starting here moves with the edits ending at or before it."""
        return before[bisect_right(ends, position)]

    def shift_before(position: int) -> int:
        """How far a paragraph starting here moves: the edits ending before it (one
        typed at its very start is in it)."""
        return before[bisect_left(ends, position)]

    moved, shrunk, removed, skip = _codings(store, source_id, ordered, shift_at)
    words, fixed = _paragraphs(store, source_id, ascending, shift_before, text)
    if not fixed:
        words = sum(count_words(e.text) - count_words(old) for e, old in zip(ordered, olds,
                                                                           strict=True))
    inverse = tuple(TextEdit(e.start + before[i], e.start + before[i] + len(e.text), old)
                    for i, (e, old) in enumerate(zip(ascending, olds[::-1], strict=True)))
    store.edits.drop_dismissed(source_id, ordered)
    forward = Move(source_id, tuple(ordered), words, skip, fixed=fixed)
    back = Move(source_id, inverse[::-1], -words, skip, fixed=fixed)
    moved += edits.move(forward, back)
    cues = store.cues.of_source(source_id)
    if cues:
        after = cues
        for edit in ordered:
            after = cues_after(after, edit)
        if after != cues:
            store.cues.replace(source_id, after)
    if edits.has_word_original(source_id):
        edits.log_edits(source_id, ordered)
    return EditReport(moved, notes(store, source_id, shrunk), notes(store, source_id, removed),
                      len(ordered))

def _codings(store: Store, source_id: int, ordered: list[TextEdit], shift_at: object
             ) -> tuple[int, list[Coding], list[Coding], tuple[int, ...]]:
    """Clip or remove, row by row, the codings an edit does more than move."""
    ascending = ordered[::-1]
    starts = [e.start for e in ascending]
    moved, shrunk, removed, skip = 0, [], [], []
    for coding in store.codings.list(source_id):
        # The edits that may touch it start at or before its end (and end at or after
        # its start): from the first edit ending at or after its start.
        last = bisect_right(starts, coding.end)
        touching = [e for e in ascending[_first_reaching(ascending, coding.start):last]
                    if not moves_only(coding.start, coding.end, e)][::-1]
        if not touching:
            continue
        skip.append(coding.id)
        span: tuple[int, int] | None = (coding.start, coding.end)
        for edit in touching:  # from the end, as made
            span = span_after(*span, edit) if span is not None else None
        if span is None:
            removed.append(coding)
            store.codings.delete(coding.id)
            continue
        shift = shift_at(coding.start)  # type: ignore[operator]
        store.edits.set_span(coding.id, span[0] + shift, span[1] + shift)
        if span[1] - span[0] < coding.end - coding.start:
            shrunk.append(coding)
        else:
            moved += 1
    return moved, shrunk, removed, tuple(sorted(skip))


def _first_reaching(ascending: list[TextEdit], position: int) -> int:
    """The first edit (left to right) ending at or after `position`: edits do not
    overlap, so their ends rise with their starts."""
    low, high = 0, len(ascending)
    while low < high:
        middle = (low + high) // 2
        if ascending[middle].end < position:
            low = middle + 1
        else:
            high = middle
    return low


def _paragraphs(store: Store, source_id: int, ascending: list[TextEdit], shift_before: object,
                text: str) -> tuple[int, tuple[int, ...]]:
    """Write, row by row, the paragraphs the edits are made in (their new ends, and labels
    where they changed); returns the change in words and those paragraphs' indexes."""
    edits = store.edits
    paragraphs = store.sources.paragraphs(source_id)
    starts = [p.start for p in paragraphs]
    touched: dict[int, tuple[int, list[TextEdit]]] = {}  # index -> (position, edits)
    for edit in ascending:
        at = bisect_right(starts, edit.start) - 1
        if at >= 0 and paragraphs[at].end >= edit.end:
            touched.setdefault(paragraphs[at].index, (at, []))[1].append(edit)
    relabel = relabeller(lambda: {p.speaker for p in paragraphs if p.speaker is not None})
    words = 0
    for at, inside in touched.values():
        paragraph = paragraphs[at]
        old = line = text[paragraph.start:paragraph.end]
        for edit in reversed(inside):
            line = (line[: edit.start - paragraph.start] + edit.text
                    + line[edit.end - paragraph.start:])
        words += count_words(line) - count_words(old)
        speaker, timestamp = relabel(old, line, paragraph,
                                     paragraphs[at - 1].speaker if at > 0 else None)
        start = paragraph.start + shift_before(paragraph.start)  # type: ignore[operator]
        edits.set_paragraph(source_id, Paragraph(paragraph.index, start, start + len(line),
                                                 paragraph.location, speaker, timestamp))
    return words, tuple(sorted(touched))
