"""Where a Word original cannot follow an edit of its text: the protected spans.

Each span is a stretch of the reader's text (offsets of the document as it stands)
with the one sentence that says why. An edit touches a span when it deletes or
replaces any of its characters, or inserts strictly inside it; typing at either edge
is fine (the text goes into a run beside it). What is protected, and why:

- the result of a field Word recalculates (PAGE, DATE, a citation, a table of
  contents): Word would overwrite the edit the next time it updates fields.
  Hyperlink fields are not recalculated, so their text is editable;
- an equation (`m:oMath`): its text is read as a best effort, not as runs;
- a phonetic guide (ruby) or an alternative-content run: one indivisible piece, or
  text in one branch of an `mc:AlternateContent` while the other keeps the old;
- a text box's paragraphs, with the line breaks around them: the reader places them
  after their anchor paragraph, which is not where they are in the XML;
- a paragraph with a content control bound to the document's data (Word refills it);
- the continuation of a vertically merged table cell: the reader skips it when it is
  empty, so emptying it would take a paragraph out of the text;
- a paragraph with a page or column break inside its text, and the line breaks on
  either side of a paragraph with one at its edge: the reader shows such a break as a
  line only between text, so deleting or joining around it would change what shows;
- the line break between two paragraphs that are not next to each other in one
  container (two table cells, a paragraph and a table, the edge of a content control):
  Word cannot join them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from lxml import etree

from annotator.formats.docx import runs as docx_runs
from annotator.formats.docx.edit_paragraphs import joinable
from annotator.formats.docx.edit_runs import alternate_of
from annotator.formats.docx.reader import continues_merge
from annotator.formats.docx.runs import Atom
from annotator.formats.docx.text import Fields, Tags
from annotator.messages import message
from annotator.model.text_edits import TextEdit


@dataclass(frozen=True, slots=True)
class ProtectedSpan:
    """Characters [start, end) of the text that an edit may not touch, and why."""

    start: int
    end: int
    reason: str  # one sentence (annotator.messages.message)

    def touches(self, edit: TextEdit) -> bool:
        if edit.start == edit.end:
            return self.start < edit.start < self.end
        return edit.start < self.end and edit.end > self.start

    def after(self, edit: TextEdit) -> ProtectedSpan:
        """Where the span is after an edit that does not touch it."""
        if edit.end <= self.start:
            return ProtectedSpan(self.start + edit.delta, self.end + edit.delta, self.reason)
        return self


class GroupView:
    """What the spans are worked out from, for one reader paragraph."""

    def __init__(self, start: int, text: str, location: str, elements: list[etree._Element],
                 fields: Fields, tags: Tags) -> None:
        self.start, self.text, self.location, self.elements = start, text, location, elements
        self._fields, self._tags = fields, tags
        self._atoms: list[Atom] | None = None

    @property
    def atoms(self) -> list[Atom]:
        """The paragraph's atoms; none to look at when it holds no field, equation, ruby,
        alternative content or break and is not inside a field (the common case, found
        by lxml's own iteration rather than a walk in Python)."""
        if self._atoms is None:
            tags = self._tags
            if not self._fields.stack and not any(
                    next(p.iter(*_special_tags(tags)), None) is not None for p in self.elements):
                self._atoms = []
            else:
                self._atoms = docx_runs.walk(self.elements, tags, self._fields.copy())
        return self._atoms


@cache
def _special_tags(tags: Tags) -> tuple[str, ...]:
    w, math = tags.w, etree.QName(tags.math_text).namespace
    return (f"{{{w}}}fldChar", f"{{{w}}}fldSimple", f"{{{w}}}ruby", f"{{{w}}}br",
            tags.alternate, f"{{{math}}}oMath", f"{{{math}}}oMathPara")


def find_spans(groups: Sequence[GroupView], total: int, tags: Tags) -> list[ProtectedSpan]:
    found: list[tuple[int, int, str]] = []
    whole = [_whole(group, tags) for group in groups]
    for n, group in enumerate(groups):
        start, end = group.start, group.start + len(group.text)
        reason = whole[n]
        if reason is not None:
            found.append((start - 1, end + 1, reason))
            continue
        if _has_break(group.elements, tags):
            found.append((start - 1, start, PAGE_BREAK))
            found.append((end, end + 1, PAGE_BREAK))
        for atom in group.atoms:
            span = _atom_span(atom, start, end, tags)
            if span is not None:
                found.append(span)
        if n + 1 < len(groups) and whole[n + 1] is None \
                and not joinable(group.elements[-1], groups[n + 1].elements[0], tags):
            found.append((end, end + 1, SEPARATE))
    return _merged(found, total)


FIELD = message("This text is the result of a field (a page number, a date or a citation) in "
                "the Word document, which Word would write over; edit it in Word.")
EQUATION = message("This text is an equation in the Word document; edit it in Word.")
SPECIAL = message("This text is a phonetic guide or an alternative rendering in the Word "
                  "document; edit it in Word.")
TEXT_BOX = message("This text is in a text box of the Word document; edit it in Word.")
MERGED_CELL = message("This text is in a merged table cell of the Word document; "
                      "edit it in Word.")
PAGE_BREAK = message("This paragraph holds a page or column break in the Word document; "
                     "edit it in Word.")
BOUND = message("This text is bound to data stored in the Word document (a content "
                "control), which Word would write over; edit it in Word.")
SEPARATE = message("These paragraphs are in different table cells or parts of the Word "
                   "document, so they cannot be joined.")


def _whole(group: GroupView, tags: Tags) -> str | None:
    if "/x/" in group.location:
        return TEXT_BOX
    if _bound(group.elements, tags):
        return BOUND
    cell = next(group.elements[0].iterancestors(tags.tc), None)
    if cell is not None and continues_merge(cell, tags):
        return MERGED_CELL
    if any(atom.page_break for atom in group.atoms):
        return PAGE_BREAK
    return None


def _bound(elements: Sequence[etree._Element], tags: Tags) -> bool:
    """Whether a content control bound to the document's data holds or wraps the text."""
    binding = f"{{{tags.w}}}dataBinding"
    if any(next(p.iter(binding), None) is not None for p in elements):
        return True
    return any(control.find(f"{{{tags.w}}}sdtPr/{binding}") is not None
               for control in elements[0].iterancestors(tags.sdt))


def _atom_span(atom: Atom, start: int, end: int, tags: Tags) -> tuple[int, int, str] | None:
    field = atom.field
    if field is not None and field.recalculated:
        # A field that runs on from or into another paragraph takes the line break too.
        return (start - 1 if field.begin is None else start + atom.start,
                end + 1 if field.end is None else start + atom.end, FIELD)
    if not atom.in_run:
        return start + atom.start, start + atom.end, EQUATION
    if not atom.cuttable and atom.length > 1:
        return start + atom.start, start + atom.end, SPECIAL
    if atom.child.tag in (f"{{{tags.w}}}ruby", tags.alternate) \
            or alternate_of(atom) is not None:
        return start + atom.start, start + atom.end, SPECIAL
    return None


def _has_break(elements: Sequence[etree._Element], tags: Tags) -> bool:
    name = f"{{{tags.w}}}br"
    return any(br.get(tags.type) in ("page", "column")
               for p in elements for br in p.iter(name))


def _merged(found: list[tuple[int, int, str]], total: int) -> list[ProtectedSpan]:
    spans: list[ProtectedSpan] = []
    for start, end, reason in sorted((max(s, 0), min(e, total), r) for s, e, r in found):
        if end <= start:
            continue
        last = spans[-1] if spans else None
        if last is not None and last.reason == reason and start < last.end:
            spans[-1] = ProtectedSpan(last.start, max(last.end, end), reason)
        else:
            spans.append(ProtectedSpan(start, end, reason))
    return spans
