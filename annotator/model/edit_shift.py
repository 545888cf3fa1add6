"""How codings, paragraphs and cues follow an edit of a transcript's text.

The rule at the edges of an excerpt (what a word processor does with formatting):

- Text typed (inserted) *inside* an excerpt or *at its end* becomes part of it:
  typing at the end of a coded word extends the coding, as it extends bold.
- Text inserted *at its start* stays outside: the excerpt moves right with its text.
- Text that replaces characters an excerpt covered becomes part of it, whole (a
  coding of "Marcia" covers "P1" once the name is replaced; a coding that ended
  inside a replaced word ends at the end of its replacement). A replacement that
  only touches an excerpt's edge, covering none of its characters, stays outside.
- Deleting characters takes them out; an excerpt whose characters are all deleted
  is removed (the operation names its code, and undo brings it back).

Paragraphs are the text's lines ("\\n" between them): the lines an edit touches are
worked out again from the new text, so inserting "\\n" splits one and deleting one
joins two; the paragraphs after move by the edit's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from annotator.model.entities import Cue, Paragraph
from annotator.model.speakers import NO_LABEL, recognise
from annotator.model.text_edits import TextEdit


def span_after(start: int, end: int, edit: TextEdit) -> tuple[int, int] | None:
    """Where the excerpt [start, end) is after `edit`; None when nothing of it is left."""
    s, e, t = edit.start, edit.end, len(edit.text)
    d = edit.delta
    if s == e:  # an insertion: at the start it moves, inside or at the end it grows
        new_start = start if start < s else start + t
        new_end = end if end < s else end + t
    else:
        if start < s:
            new_start = start
        elif start < e:
            new_start = s  # it covered replaced characters: it takes the new text
        else:
            new_start = start + d
        if end <= s:
            new_end = end
        elif end <= e:
            new_end = s + t
        else:
            new_end = end + d
    if new_start >= new_end:
        return None
    return new_start, new_end


def moves_only(start: int, end: int, edit: TextEdit) -> bool:
    """True when the edit leaves the excerpt as it was or only moves it by its length:
    it ends before the edit, or starts at or after the edited range's end."""
    if edit.start == edit.end:
        return end < edit.start or start >= edit.end
    return end <= edit.start or start >= edit.end


def cues_after(cues: Sequence[Cue], edit: TextEdit) -> list[Cue]:
    """The cues with their text spans following the edit (a cue whose text all went goes)."""
    result = []
    for cue in cues:
        span = span_after(cue.start, cue.end, edit)
        if span is not None:
            result.append(Cue(span[0], span[1], cue.begin_ms, cue.end_ms))
    return result


@dataclass(frozen=True, slots=True)
class ParagraphPlan:
    """The paragraphs an edit touches (`first`..`last` by index, before the edit), what
    takes their place (`new`, indexes from `first` on, offsets after the edit), and how
    far the later ones move: `shift` characters and `renumber` indexes."""

    first: int
    last: int
    new: tuple[Paragraph, ...]
    shift: int
    renumber: int


Relabel = Callable[[str | None, str, Paragraph, str | None], tuple[str | None, str | None]]
"""(old line or None for a new one, new line, the paragraph it continues, the speaker of
the line before) -> (speaker, timestamp) of the new line."""


def paragraph_plan(touched: Sequence[Paragraph], old_lines: Sequence[str], edit: TextEdit,
                   relabel: Relabel, before: str | None = None) -> ParagraphPlan:
    """The new paragraphs in place of the touched ones: consecutive, in order, from the
    one holding the edit's start to the one holding its end, with `old_lines` their
    texts; `before` is the speaker of the paragraph before the first.

    The first new line is the first touched paragraph (its place and label); when the
    edit spanned several, the last new line is the last one's. Lines the edit's "\n"s
    made in between or after are split off the first: its place, its turn continuing,
    no timestamp of their own unless one is written there.
    """
    first, last = touched[0], touched[-1]
    if len(old_lines) != len(touched):  # not one line per paragraph: keep them, moved
        return _moved(touched, edit)
    head = old_lines[0][: edit.start - first.start]
    tail = old_lines[-1][edit.end - last.start:]
    pieces = edit.text.split("\n")
    pieces[0] = head + pieces[0]
    pieces[-1] += tail
    new: list[Paragraph] = []
    offset = first.start
    speaker = before
    for number, line in enumerate(pieces):
        if number == 0:
            base, old_line = first, old_lines[0]
        elif number == len(pieces) - 1 and len(touched) > 1:
            base, old_line = last, old_lines[-1]
        else:
            base, old_line = Paragraph(first.index, 0, 0, first.location, speaker, None), None
        speaker, timestamp = relabel(old_line, line, base, speaker)
        new.append(Paragraph(first.index + number, offset, offset + len(line), base.location,
                             speaker, timestamp))
        offset += len(line) + 1
    return ParagraphPlan(first.index, last.index, tuple(new), edit.delta,
                         len(pieces) - len(touched))


_NUMBERED = re.compile(r"((?:.*/)?)p/(\d+)")


def numbered_locations(plan: ParagraphPlan, touched: int
                       ) -> tuple[ParagraphPlan, tuple[str, int] | None]:
    """For a Word transcript, whose locations ("p/12", "tbl/0/r/1/c/2/p/0") number the
    `w:p` of a container: the plan with its lines numbered on from the first's (a
    split adds a `w:p` after it, a join takes one away), and (the container's path,
    the last number the `touched` paragraphs had) when the later paragraphs of that
    container must be numbered on by `plan.renumber`; None when nothing moves."""
    found = _NUMBERED.fullmatch(plan.new[0].location)
    if found is None or (len(plan.new) == 1 and touched == 1):
        return plan, None
    prefix, first = found.group(1), int(found.group(2))
    new = tuple(replace(p, location=f"{prefix}p/{first + number}")
                for number, p in enumerate(plan.new))
    return replace(plan, new=new), ((prefix, first + touched - 1) if plan.renumber else None)


def _moved(touched: Sequence[Paragraph], edit: TextEdit) -> ParagraphPlan:
    new = []
    for p in touched:
        start = p.start if p.start <= edit.start else max(edit.start + len(edit.text),
                                                          p.start + edit.delta)
        end = p.end if p.end < edit.start else max(edit.start + len(edit.text), p.end + edit.delta)
        new.append(Paragraph(p.index, start, max(start, end), p.location, p.speaker,
                             p.timestamp))
    return ParagraphPlan(touched[0].index, touched[-1].index, tuple(new), edit.delta, 0)


def relabeller(names: Callable[[], Iterable[str]]) -> Relabel:
    """The `Relabel` that re-recognises a line's label (model/speakers.py) only where it
    changed; a name found is spelt as the transcript already spells it (`names`, asked
    only then); a line without a label continues the turn before it."""

    def relabel(old_line: str | None, line: str, base: Paragraph, before: str | None
                ) -> tuple[str | None, str | None]:
        label = recognise(line) if line.strip() else NO_LABEL
        if old_line is not None:
            old = recognise(old_line) if old_line.strip() else NO_LABEL
            if (old.speaker, old.timestamp) == (label.speaker, label.timestamp):
                return base.speaker, base.timestamp
        known = {" ".join(n.split()).casefold(): n for n in names()} \
            if label.speaker is not None else {}
        if label.speaker is not None and known:  # a transcript with speakers
            tidy = " ".join(label.speaker.split())
            return known.get(tidy.casefold(), tidy), label.timestamp
        return (before if line.strip() else None), label.timestamp

    return relabel
