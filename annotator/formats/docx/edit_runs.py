"""Typing and deleting inside one Word paragraph, in the runs that hold the characters.

A paragraph here is a reader Paragraph: one `w:p`, or a merged group of them (a drop
cap, a deleted paragraph mark), whose visible characters are the atoms of runs.py.
Every position is a visible-text offset in that group.

- Text typed inside a `w:t` goes into that `w:t`, so it keeps its run's formatting.
- At a boundary between two atoms, text goes into the atom before (a word processor
  extends the formatting of the character before the caret) or, for a replacement,
  into the first replaced atom, so a replaced word keeps its own formatting. A tab,
  a symbol or a break cannot hold text: the text goes into a new `w:t` in the same run.
- A field result that Word recalculates, or an equation, never takes typed text: it
  goes into a new run beside the whole field (its rPr copied), outside it.
- Deleting removes or shortens the atoms in the range, and then the runs and the
  wrappers (hyperlink, tracked insertion) left with nothing in them; tracked
  deletions (`w:del`, `w:moveFrom`) lying between deleted characters go too, since
  they were inside the stretch the user took out. Invisible things (bookmarks,
  comment marks, note references, images, field codes) are never deleted.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence

from lxml import etree

from annotator.formats.docx import runs as docx_runs
from annotator.formats.docx.runs import XML_SPACE, Atom
from annotator.formats.docx.text import Tags

# Wrappers that can be dropped once they hold no element (a run-less hyperlink...).
_EMPTY_WRAPPERS = ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "dir", "bdo")
# Run properties that record a revision, not formatting: not carried into new runs.
_REVISION_MARKS = ("ins", "del", "moveFrom", "moveTo", "rPrChange")
_NEEDS_PRESERVE = re.compile(r"^\s|\s$|\s\s")


class Unfaithful(Exception):
    """The edit cannot be reproduced in the XML (edit.py turns it into EditRefused)."""


def insert_text(atoms: Sequence[Atom], paragraphs: Sequence[etree._Element], x: int,
                text: str, prefer_after: bool, tags: Tags) -> None:
    """Put `text` at visible position `x` of the group."""
    before = after = None
    for atom in atoms:
        if atom.start < x < atom.end:
            if not atom.cuttable:
                raise Unfaithful("inside an indivisible atom")
            _put(atom, x - atom.start, text)
            return
        if atom.end == x:
            before = atom
        elif atom.start == x and after is None:
            after = atom
        elif atom.start > x:
            break
    order = ((after, False), (before, True)) if prefer_after else ((before, True), (after, False))
    for atom, at_end in order:
        if atom is not None and _takes_text(atom, at_end):
            _put(atom, atom.length if at_end else 0, text)
            return
    if before is not None:
        _after(_outer_edge(before, end=True), _new_run(_rpr_near(before, after), text, tags))
    elif after is not None:
        _outer_edge(after, end=False).addprevious(_new_run(_rpr_near(after, None), text, tags))
    else:
        _into_empty(paragraphs[-1], text, tags)


def delete_range(atoms: Sequence[Atom], s: int, e: int, tags: Tags) -> None:
    """Take out the visible characters [s, e) of the group."""
    hit = [a for a in atoms if a.start < e and a.end > s]
    if not hit:
        return
    _drop_crossed_deletions(hit[0], hit[-1], tags)
    emptied: list[etree._Element] = []
    for atom in hit:
        if s <= atom.start and atom.end <= e:
            parent = atom.child.getparent()
            if parent is None:
                continue
            remove(atom.child)
            emptied.append(parent)
        elif atom.cuttable:
            value = docx_runs.visible(atom.child.text or "")
            lo, hi = max(s, atom.start) - atom.start, min(e, atom.end) - atom.start
            set_text(atom.child, value[:lo] + value[hi:])
        else:
            raise Unfaithful("part of an indivisible atom")
    for parent in emptied:
        _prune(parent, tags)


def split_point(atoms: Sequence[Atom], x: int) -> tuple[etree._Element, bool] | None:
    """Where a group cut at `x` (runs already cut there) divides: (element, True) when
    the second part starts with that element, (element, False) when it starts right
    after it; None when the group holds no visible character."""
    after = next((a for a in atoms if a.start >= x), None)
    if after is not None:
        field = after.field
        if field is not None and field.begin is not None and _first_of_field(atoms, after):
            return docx_runs.field_edge(field.begin, before=True), True
        alternate = alternate_of(after)
        return (after.holder if alternate is None else alternate), True
    if atoms:
        return _outer_edge(atoms[-1], end=True), False
    return None


def set_text(t: etree._Element, value: str) -> None:
    t.text = value
    if _NEEDS_PRESERVE.search(value):
        t.set(XML_SPACE, "preserve")  # else Word drops the spaces at either end


def clean_rpr(properties: etree._Element | None) -> etree._Element | None:
    """A copy of run properties without the revision marks they carry."""
    if properties is None:
        return None
    copied = copy.deepcopy(properties)
    w = etree.QName(copied).namespace
    for name in _REVISION_MARKS:
        for mark in copied.findall(f"{{{w}}}{name}"):
            copied.remove(mark)
    return copied


def carry_run(source: Atom | None, paragraph: etree._Element, tags: Tags) -> None:
    """Leave an empty run with `source`'s formatting at the end of a new paragraph that
    holds no text, so that what is typed there next looks like the text before."""
    if source is None or not source.in_run:
        return
    properties = clean_rpr(source.holder.find(tags.rpr))
    if properties is None:
        return
    run = paragraph.makeelement(f"{{{tags.w}}}r", {})
    run.append(properties)
    paragraph.append(run)


# -- helpers -----------------------------------------------------------------


def _takes_text(atom: Atom, at_end: bool) -> bool:
    """Whether text typed at the atom's end (start) may go into its run. Not into the
    result of a field Word recalculates, unless that field runs on into the next
    (from the previous) paragraph: such a field was split by an edit, and only a
    hyperlink may be (the others are protected, line breaks included)."""
    field = atom.field
    if alternate_of(atom) is not None:
        return False
    if not atom.in_run or field is None or not field.recalculated:
        return atom.in_run
    return (field.end if at_end else field.begin) is None


def alternate_of(atom: Atom) -> etree._Element | None:
    """The mc:AlternateContent in the paragraph whose one branch holds the atom's run:
    text typed beside it goes outside, or the other branch would not have it."""
    for ancestor in atom.child.iterancestors():
        name = etree.QName(ancestor).localname
        if name == "p":
            return None
        if name == "AlternateContent":
            return ancestor
    return None


def _put(atom: Atom, offset: int, text: str) -> None:
    child = atom.child
    if atom.cuttable:
        value = docx_runs.visible(child.text or "")
        _write(child, value[:offset] + text + value[offset:])
        return
    t = child.makeelement(f"{{{etree.QName(child).namespace}}}t", {})
    if offset:
        child.addnext(t)
    else:
        child.addprevious(t)
    _write(t, text)


def _write(t: etree._Element, value: str) -> None:
    """Set a w:t's text; a typed tab becomes a w:tab beside it in the run, as Word
    writes one."""
    if "\t" not in value:
        set_text(t, value)
        return
    first, *rest = value.split("\t")
    set_text(t, first)
    namespace = etree.QName(t).namespace
    anchor = t
    for piece in rest:
        tab = t.makeelement(f"{{{namespace}}}tab", {})
        anchor.addnext(tab)
        anchor = tab
        if piece:
            more = t.makeelement(t.tag, {})
            set_text(more, piece)
            anchor.addnext(more)
            anchor = more


def _first_of_field(atoms: Sequence[Atom], atom: Atom) -> bool:
    return not any(a.field is atom.field and a.start < atom.start for a in atoms)


def _outer_edge(atom: Atom, end: bool) -> etree._Element:
    """The element beside which new text may go to stay outside the atom's field (or
    the alternative content it is in)."""
    alternate = alternate_of(atom)
    if alternate is not None:
        return alternate
    field = atom.field
    if field is not None and field.recalculated:
        mark = field.end if end else field.begin
        if mark is not None:
            return docx_runs.field_edge(mark, before=not end)
    return atom.holder


def _rpr_near(atom: Atom, other: Atom | None) -> etree._Element | None:
    for candidate in (atom, other):
        if candidate is not None and candidate.in_run:
            return candidate.holder.find(f"{{{etree.QName(candidate.holder).namespace}}}rPr")
    return None


def _new_run(properties: etree._Element | None, text: str, tags: Tags) -> etree._Element:
    run = etree.Element(f"{{{tags.w}}}r")
    cleaned = clean_rpr(properties)
    if cleaned is not None:
        run.append(cleaned)
    _write(etree.SubElement(run, f"{{{tags.w}}}t"), text)
    return run


def _after(anchor: etree._Element, element: etree._Element) -> None:
    anchor.addnext(element)  # the anchor keeps its tail, before `element`


def _into_empty(paragraph: etree._Element, text: str, tags: Tags) -> None:
    """Text in a paragraph with no visible character: into the run a split left for it,
    else a new run formatted like the paragraph mark."""
    last = paragraph[-1] if len(paragraph) else None
    if last is not None and last.tag == f"{{{tags.w}}}r" and all(
            c.tag == tags.rpr for c in last):
        _write(etree.SubElement(last, f"{{{tags.w}}}t"), text)
        return
    ppr = paragraph.find(tags.ppr)
    mark = ppr.find(tags.rpr) if ppr is not None else None
    paragraph.append(_new_run(mark, text, tags))


def remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    # Keep the tail (whitespace between elements) in place.
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _prune(element: etree._Element | None, tags: Tags) -> None:
    """Remove a run left without content, then wrappers left without elements."""
    w = tags.w
    run_tag = f"{{{w}}}r"
    wrappers = {f"{{{w}}}{name}" for name in _EMPTY_WRAPPERS}
    while element is not None and element.getparent() is not None:
        parent = element.getparent()
        if element.tag == run_tag:
            if any(child.tag != tags.rpr for child in element):
                return
        elif element.tag not in wrappers or len(element):
            return
        remove(element)
        element = parent


def _drop_crossed_deletions(first: Atom, last: Atom, tags: Tags) -> None:
    """Tracked deletions between the first and the last deleted character go with them."""
    if first is last:
        return
    paragraph = next((a for a in first.child.iterancestors(tags.p)), None)
    if paragraph is None:
        return
    w = tags.w
    deletions = (f"{{{w}}}del", f"{{{w}}}moveFrom")
    if next(paragraph.iter(*deletions), None) is None:
        return
    order = {element: n for n, element in enumerate(paragraph.iter())}
    lo, hi = order.get(first.child, -1), order.get(last.child, -1)
    doomed = [d for d in paragraph.iter(*deletions)
              if lo < order[d] < hi and d.getparent() is not None
              and d.getparent().tag not in (tags.rpr, tags.ppr)]
    for deletion in doomed:
        if deletion.getparent() is not None:
            remove(deletion)
