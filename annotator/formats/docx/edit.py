"""Edits of a transcript's text, made in its Word original too.

`apply_edits` replays TextEdits (code points into the text docx/reader.py reads, as it
stands before each edit) on the .docx itself, in the runs that hold the characters,
so the annotated export of an edited transcript is still the researcher's own
document: a replacement inside a run stays in that run, an insertion at a run
boundary takes the formatting of the run before it (edit_runs.py), a "\\n" splits the
`w:p` and deleting one joins two (edit_paragraphs.py). Only the paragraphs an edit
touched are written anew; every other byte of document.xml and every other part is
kept (edit_splice.py).

Where the document cannot follow an edit faithfully (a field result Word would
recalculate, an equation, a text box...; see edit_protect.py), `protected_spans`
says so beforehand and `apply_edits` refuses with `EditRefused` and that sentence.
After every step the paragraphs it changed are read back with the reader's own code
and compared with the intended text, so a mismatch is refused, never written.

The log of a transcript's edits holds one edit per keystroke; edits that fall within
the text the edit before them put in are merged into it first (`coalesced`), so a
burst of typing costs one edit, not one per character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, count
from operator import add, attrgetter

from lxml import etree

from annotator.formats.docx import edit_runs
from annotator.formats.docx import runs as docx_runs
from annotator.formats.docx.edit_paragraphs import Ids, join_paragraphs, joinable, split_paragraph
from annotator.formats.docx.edit_protect import GroupView, ProtectedSpan, find_spans
from annotator.formats.docx.edit_runs import Unfaithful
from annotator.formats.docx.edit_splice import Spans, write
from annotator.formats.docx.parts import Package
from annotator.formats.docx.reader import collect
from annotator.formats.docx.runs import Atom
from annotator.formats.docx.text import Fields, Tags, read_paragraph, tags_of
from annotator.messages import message
from annotator.model.text_edits import TextEdit

__all__ = ["EditRefused", "ProtectedSpan", "apply_edits", "protected_spans"]

_TEXT = attrgetter("text")
_TEXT_CHILDREN = ("t", "tab", "br", "cr", "sym", "noBreakHyphen")
# What XML 1.0 cannot hold (and "\r", which the reader would show as a space).
_NOT_IN_XML = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff]")


class EditRefused(Exception):
    """An edit the Word original cannot follow; str() is one sentence for the user."""


def protected_spans(data: bytes, file_name: str = "document.docx") -> list[ProtectedSpan]:
    """The stretches of the document's text that edits may not touch (see edit_protect)."""
    return _Document(data, file_name).spans


def apply_edits(data: bytes, edits: Sequence[TextEdit], file_name: str = "document.docx"
                ) -> bytes:
    """The .docx with `edits` made in order; raises EditRefused if one cannot be made."""
    if not edits:
        return data
    document = _Document(data, file_name)
    spans = Spans(document.package.part(document.package.document_part) or b"",
                  document.package.document, document.tags)
    for edit in coalesced(edits):
        document.apply(edit)
    return write(document.package, spans, document.edited, document.created, document.tags)


def coalesced(edits: Sequence[TextEdit]) -> list[TextEdit]:
    """The same edits, with each one that falls within the text the edit before it put
    in merged into that one: a log of keystrokes ("a", "b", a backspace...) becomes
    one edit per burst. The text comes out the same, and so do the runs: typed
    characters go where the first of them went."""
    merged: list[TextEdit] = []
    for edit in edits:
        last = merged[-1] if merged else None
        if last is not None and last.start <= edit.start \
                and edit.end <= last.start + len(last.text):
            cut_from, cut_to = edit.start - last.start, edit.end - last.start
            merged[-1] = TextEdit(last.start, last.end,
                                  last.text[:cut_from] + edit.text + last.text[cut_to:])
        else:
            merged.append(edit)
    return merged


class _Group:
    """One reader paragraph: its w:p elements, the field state before them, its text."""

    __slots__ = ("elements", "fields", "text")

    def __init__(self, elements: list[etree._Element], fields: Fields, text: str) -> None:
        self.elements = elements
        self.fields = fields
        self.text = text

    def atoms(self, tags: Tags) -> list[Atom]:
        return docx_runs.walk(self.elements, tags, self.fields.copy())

    def fields_after(self, tags: Tags) -> Fields:
        fields = self.fields.copy()
        for p in self.elements:
            read_paragraph(p, tags, fields)
        return fields

    def reads_as(self, tags: Tags) -> bool:
        """Whether the reader reads these elements as one paragraph with this text."""
        fields = self.fields.copy()
        read = [read_paragraph(p, tags, fields) for p in self.elements]
        return all(r.joins_next for r in read[:-1]) and "".join(r.text for r in read) == \
            self.text


class _Document:
    def __init__(self, data: bytes, file_name: str) -> None:
        self.package = Package(data, file_name)
        root = self.package.document
        self.tags = tags_of(root)
        collector = collect(root, file_name)
        self.groups = [_Group(elements, fields, text) for (elements, fields), text
                       in zip(collector.groups, collector.texts, strict=True)]
        self._starts: list[int] | None = None
        starts = self.starts()
        views = [GroupView(start, g.text, location, g.elements, g.fields, self.tags)
                 for start, g, location in zip(starts, self.groups, collector.locations,
                                               strict=True)]
        self.spans = find_spans(views, self.length(), self.tags)
        self.ids = Ids(root, self.tags)
        self.edited: set[etree._Element] = set()
        self.created: set[etree._Element] = set()

    # -- offsets ---------------------------------------------------------------
    def starts(self) -> list[int]:
        if self._starts is None:
            # map() and accumulate() run in C: this is redone after every change.
            sums = accumulate(map(len, map(_TEXT, self.groups[:-1])), initial=0)
            self._starts = list(map(add, sums, count()))
        return self._starts

    def length(self) -> int:
        if not self.groups:
            return 0
        return self.starts()[-1] + len(self.groups[-1].text)

    def locate(self, position: int) -> tuple[int, int]:
        """(group index, offset in it) of a position; a "\\n" belongs to the group before."""
        starts = self.starts()
        index = max(bisect_right(starts, position) - 1, 0)
        return index, position - starts[index]

    # -- one edit --------------------------------------------------------------
    def apply(self, edit: TextEdit) -> None:
        if not self.groups:
            raise EditRefused(message("The Word document has no paragraph to hold the text."))
        if edit.end > self.length():
            raise EditRefused(message(
                "The edit reaches past the end of the Word document's text."))
        if _NOT_IN_XML.search(edit.text) or "\r" in edit.text:
            raise EditRefused(message(
                "The new text holds a control character that a Word document cannot hold."))
        for span in self.spans:
            if span.touches(edit):
                raise EditRefused(span.reason)
        try:
            if edit.text and edit.end > edit.start:
                # Into the first replaced character's run: the word keeps its formatting.
                self._insert(edit.start, edit.text, prefer_after=True)
                self._delete(edit.start + len(edit.text), edit.end + len(edit.text))
            elif edit.text:
                self._insert(edit.start, edit.text, prefer_after=False)
            else:
                self._delete(edit.start, edit.end)
        except (Unfaithful, ValueError, LookupError, AttributeError) as error:
            # Unfaithful: seen and refused; the others: XML shaped as no writer shapes it
            # (lxml's ValueError, an element where none was expected). Either way the
            # document is not written with a text that differs from the transcript's.
            raise EditRefused(message(
                "This edit cannot be made faithfully in the Word document, so it was not "
                "made.")) from error
        self.spans = [span.after(edit) for span in self.spans]

    def _insert(self, position: int, text: str, prefer_after: bool) -> None:
        for n, piece in enumerate(text.split("\n")):
            if n:
                self._split(position)
                position += 1
            if piece:
                index, x = self.locate(position)
                group = self.groups[index]
                self._touch(group)
                edit_runs.insert_text(group.atoms(self.tags), group.elements, x, piece,
                                      prefer_after or n > 0, self.tags)
                self._changed(group, group.text[:x] + piece + group.text[x:])
                position += len(piece)

    def _delete(self, start: int, end: int) -> None:
        if start >= end:
            return
        first, x = self.locate(start)
        last, y = self.locate(end)
        if first == last:
            self._delete_in(first, x, y)
            return
        self._delete_in(last, 0, y)
        for index in range(last - 1, first, -1):
            self._delete_in(index, 0, len(self.groups[index].text))
        self._delete_in(first, x, len(self.groups[first].text))
        for index in range(last, first, -1):
            self._join(index - 1)

    def _delete_in(self, index: int, x: int, y: int) -> None:
        if x >= y:
            return
        group = self.groups[index]
        self._touch(group)
        edit_runs.delete_range(group.atoms(self.tags), x, y, self.tags)
        self._changed(group, group.text[:x] + group.text[y:])

    def _split(self, position: int) -> None:
        index, x = self.locate(position)
        group = self.groups[index]
        tags = self.tags
        self._touch(group)
        atoms = group.atoms(tags)
        docx_runs.cut(atoms, [x], tags)
        atoms = group.atoms(tags)
        point = edit_runs.split_point(atoms, x)
        if point is None:
            p, node, include = group.elements[-1], None, False
        else:
            node, include = point
            p = next(node.iterancestors(tags.p))
        k = group.elements.index(p)
        new = split_paragraph(p, node, include, tags, self.ids)
        self.created.add(new)
        _move_boxes(group.elements[: k + 1], new, group.fields, tags)
        if not any(atom.start >= x for atom in atoms):
            edit_runs.carry_run(atoms[-1] if atoms else None, new, tags)
        first = _Group(group.elements[: k + 1], group.fields, group.text[:x])
        second = _Group([new, *group.elements[k + 1:]], first.fields_after(tags),
                        group.text[x:])
        self.groups[index: index + 1] = [first, second]
        self._changed(first, first.text)
        self._changed(second, second.text)

    def _join(self, index: int) -> None:
        first, second = self.groups[index], self.groups[index + 1]
        if not joinable(first.elements[-1], second.elements[0], self.tags):
            raise Unfaithful("paragraphs that are not neighbours")
        self._touch(first)
        self._touch(second)
        join_paragraphs(first.elements[-1], second.elements, self.tags)
        del self.groups[index + 1]
        self._changed(first, first.text + second.text)

    # -- bookkeeping -------------------------------------------------------------
    def _touch(self, group: _Group) -> None:
        self.edited.update(group.elements)

    def _changed(self, group: _Group, text: str) -> None:
        group.text = text
        self._starts = None
        if not group.reads_as(self.tags):
            raise Unfaithful("the paragraph does not read back as intended")


def _move_boxes(elements: list[etree._Element], new: etree._Element, fields: Fields,
                tags: Tags) -> None:
    """The reader puts a text box after the paragraph that anchors it: the anchors of the
    first half of a split go to the start of the second half, so the box still follows
    the text it followed."""
    anchors: list[etree._Element] = []
    state = fields.copy()
    for p in elements:
        for box in read_paragraph(p, tags, state).boxes:
            run = next(box.iterancestors(f"{{{tags.w}}}r"), None)
            if run is None or run.getparent() is not p or run in anchors:
                raise Unfaithful("a text box anchored where it cannot be moved")
            if any(etree.QName(child).localname in _TEXT_CHILDREN for child in run):
                raise Unfaithful("a text box anchored in a run with text")
            anchors.append(run)
    properties = new.find(tags.ppr)
    at = 0 if properties is None else new.index(properties) + 1
    for offset, run in enumerate(anchors):
        new.insert(at + offset, run)
