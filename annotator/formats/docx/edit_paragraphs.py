"""Splitting a Word paragraph in two and joining two, for edits that insert or delete "\\n".

A split cuts one `w:p` at an inline element: what follows goes into a new `w:p` right
after it, which gets a copy of the paragraph properties (style, numbering,
alignment), as Word does when Enter is pressed. Wrappers the cut falls inside (a
hyperlink, a tracked insertion, a content control) are cut too, each half a copy of
the wrapper; tracked changes and content controls get a fresh `w:id`, and the new
paragraph no `w14:paraId`, since those must stay unique. What makes a paragraph run on
into the next one (a drop cap, a deleted paragraph mark) stays with the second half,
and so does a section break (it ends the section at the paragraph's end).

A join moves the content of the following paragraph(s) to the end of the first, whose
properties win; the section break of the last one, if any, comes along (deleting a
section break makes the text part of the section that follows, as in Word).
"""

from __future__ import annotations

import copy

from lxml import etree

from annotator.formats.docx.edit_runs import Unfaithful, remove
from annotator.formats.docx.text import Tags

# w14 paragraph ids: unique in a document, so a new paragraph does without.
_UNIQUE_ATTRIBUTES = ("paraId", "textId")
# Inline wrappers a split may cut in two, and the property children each half keeps.
_SPLITTABLE = frozenset({"hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple",
                         "dir", "bdo", "sdt", "sdtContent"})
_PROPERTY_CHILDREN = frozenset({"sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr", "fldData"})
_BLOCKS = frozenset({"p", "tbl", "sdt", "customXml", "sectPr", "AlternateContent"})


class Ids:
    """Fresh `w:id` values for the wrappers a split duplicates."""

    def __init__(self, root: etree._Element, tags: Tags) -> None:
        self._root = root
        self._attribute = f"{{{tags.w}}}id"
        self._next: int | None = None

    def new(self) -> str:
        if self._next is None:
            values = (e.get(self._attribute) for e in self._root.iter())
            self._next = max((int(v) for v in values if v and v.isdigit()), default=0) + 1
        value, self._next = self._next, self._next + 1
        return str(value)


def split_paragraph(p: etree._Element, node: etree._Element | None, include: bool,
                    tags: Tags, ids: Ids) -> etree._Element:
    """Move what follows `node` (from `node` on when `include`) into a new w:p after `p`;
    with no `node`, the new w:p is empty."""
    new = p.makeelement(p.tag, {k: v for k, v in p.attrib.items()
                                if etree.QName(k).localname not in _UNIQUE_ATTRIBUTES})
    properties = p.find(tags.ppr)
    if properties is not None:
        new.append(copy.deepcopy(properties))
    moving: list[etree._Element] = []
    wrappers: list[etree._Element] = []  # between `node` and `p`, innermost first
    if node is not None:
        moving = ([node] if include else []) + list(node.itersiblings())
        for ancestor in node.iterancestors():
            if ancestor is p:
                break
            if etree.QName(ancestor).localname not in _SPLITTABLE \
                    or etree.QName(ancestor).namespace != tags.w:
                raise Unfaithful("a paragraph break inside an element that cannot be cut")
            wrappers.append(ancestor)
    current = node
    for wrapper in wrappers:
        if moving:
            shell = _shell(wrapper, current, tags, ids)
            shell.extend(moving)
            moving = [shell]
        moving.extend(wrapper.itersiblings())
        if not any(isinstance(c.tag, str) and etree.QName(c).localname not in
                   _PROPERTY_CHILDREN for c in wrapper):
            remove(wrapper)  # all it held went to the second half
        current = wrapper
    new.extend(moving)
    if properties is not None:
        _ends_here(properties, tags)
    p.addnext(new)
    return new


def joinable(first: etree._Element, second: etree._Element, tags: Tags) -> bool:
    """True when `second` is the next block after `first` in the same container."""
    if first.getparent() is not second.getparent():
        return False
    for sibling in first.itersiblings():
        if sibling is second:
            return True
        if isinstance(sibling.tag, str) and etree.QName(sibling).localname in _BLOCKS:
            return False
    return False


def join_paragraphs(first: etree._Element, others: list[etree._Element], tags: Tags) -> None:
    """Move the content of `others` to the end of `first` and remove them."""
    section = None
    for other in others:
        properties = other.find(tags.ppr)
        section = properties.find(_section(tags)) if properties is not None else None
        for child in list(other):
            if child is not properties:
                first.append(child)
        remove(other)
    properties = first.find(tags.ppr)
    own = properties.find(_section(tags)) if properties is not None else None
    if own is not None and properties is not None:
        properties.remove(own)
    if section is not None:
        if properties is None:
            properties = first.makeelement(tags.ppr, {})
            first.insert(0, properties)
        change = properties.find(f"{{{tags.w}}}pPrChange")
        if change is not None:
            change.addprevious(section)
        else:
            properties.append(section)


def _section(tags: Tags) -> str:
    return f"{{{tags.w}}}sectPr"


def _shell(parent: etree._Element, current: etree._Element, tags: Tags,
           ids: Ids) -> etree._Element:
    """An empty copy of the wrapper `parent`, with the properties before `current`."""
    shell = parent.makeelement(parent.tag, dict(parent.attrib))
    identifier = f"{{{tags.w}}}id"
    if shell.get(identifier) is not None:
        shell.set(identifier, ids.new())
    for child in parent:
        if child is current:
            break
        if isinstance(child.tag, str) and etree.QName(child).localname in _PROPERTY_CHILDREN:
            copied = copy.deepcopy(child)
            for own_id in copied.findall(identifier):
                copied.remove(own_id)  # a content control's id: optional, and unique
            shell.append(copied)
    return shell


def _ends_here(properties: etree._Element, tags: Tags) -> None:
    """The first half of a split ends its paragraph: no section break (the second half
    keeps it), no drop cap or deleted mark that would run it into the second half."""
    for section in properties.findall(_section(tags)):
        properties.remove(section)
    frame = properties.find(tags.frame_pr)
    if frame is not None and frame.get(tags.drop_cap) in ("drop", "margin"):
        properties.remove(frame)
    mark = properties.find(tags.rpr)
    if mark is not None:
        for tag in tags.deleted_marks:
            for deleted in mark.findall(tag):
                mark.remove(deleted)
