"""Read a .docx's comments back with the exact text each one is anchored to.

A comment's range is the text between `w:commentRangeStart` and
`w:commentRangeEnd` with its id, counted the way the importer counts text
(docx_text.py: fields, hyperlinks, tabs, hidden text...). Rather than re-implement
that accounting a third time, each range mark is swapped for a run holding a
sentinel made of supplementary private-use characters (which no transcript
contains), the document is read by the importer itself, and the sentinels are
then taken out again, leaving the plain text and every range's offsets in it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from lxml import etree

from annotator.formats.docx.comments import EXPORT_INITIALS
from annotator.formats.docx.parts import COMMENTS_TYPES, Package
from annotator.formats.docx.reader import read_docx
from annotator.formats.docx.text import tags_of
from annotator.model.entities import Paragraph

_OPEN, _CLOSE, _END = "\U000f0000", "\U000f0002", "\U000f0001"
_SENTINEL = re.compile(f"([{_OPEN}{_CLOSE}])(-?\\d+){_END}")


@dataclass(slots=True)
class WordComment:
    id: str
    author: str
    initials: str
    date: str
    text: str
    start: int | None = None  # offsets into CommentedDocument.text, if the range was found
    end: int | None = None

    @property
    def exported(self) -> bool:
        """Written by our own export (see docx_comments.py)."""
        return self.initials == EXPORT_INITIALS


@dataclass(slots=True)
class CommentedDocument:
    text: str
    paragraphs: list[Paragraph]
    comments: list[WordComment] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)

    def anchored(self, comment: WordComment) -> str | None:
        if comment.start is None or comment.end is None:
            return None
        return self.text[comment.start:comment.end]


def read_comments(data: bytes, file_name: str) -> CommentedDocument:
    """The visible text of a .docx, its comments and where each is anchored."""
    package = Package(data, file_name)
    tags = tags_of(package.document)
    w = tags.w
    for kind, sentinel in (("commentRangeStart", _OPEN), ("commentRangeEnd", _CLOSE)):
        for mark in list(package.document.iter(f"{{{w}}}{kind}")):
            _swap(mark, sentinel + (mark.get(f"{{{w}}}id") or "-1") + _END, tags.p, w)
    marked = read_docx(package.to_bytes(), file_name)
    text, ranges, removed_at, removed_total = _take_out(marked.text)

    def clean(position: int) -> int:
        index = bisect_left(removed_at, position) - 1
        return position - (removed_total[index] if index >= 0 else 0)

    paragraphs = [
        Paragraph(p.index, clean(p.start), clean(p.end), p.location, p.speaker, p.timestamp)
        for p in marked.paragraphs
    ]
    result = CommentedDocument(text, paragraphs, properties=package.custom_properties())
    name = package.target_of(package.document_part, COMMENTS_TYPES)
    root = package.xml(name) if name else None
    for element in root if root is not None else ():
        if element.tag != f"{{{w}}}comment":
            continue
        number = element.get(f"{{{w}}}id") or ""
        start, end = ranges.get(number, (None, None))
        body = "\n".join(
            "".join(t.text or "" for t in p.iter(f"{{{w}}}t")) for p in element.iter(f"{{{w}}}p")
        )
        result.comments.append(WordComment(
            number, element.get(f"{{{w}}}author", ""), element.get(f"{{{w}}}initials", ""),
            element.get(f"{{{w}}}date", ""), body, start, end,
        ))
    return result


def _swap(mark: etree._Element, sentinel: str, p_tag: str, w: str) -> None:
    """Replace a range mark with a run showing `sentinel`, at the same place in the text."""
    run = etree.Element(f"{{{w}}}r")
    etree.SubElement(run, f"{{{w}}}t").text = sentinel
    if any(a.tag == p_tag for a in mark.iterancestors()):
        mark.addprevious(run)
    else:
        # A mark between paragraphs: a start belongs to the next paragraph, an end to
        # the one before.
        is_start = sentinel.startswith(_OPEN)
        neighbours = mark.itersiblings(preceding=not is_start)
        target = next((p for n in neighbours for p in _paragraphs(n, p_tag, not is_start)), None)
        if target is None:
            return
        if is_start:
            properties = target.find(f"{{{w}}}pPr")
            target.insert(0 if properties is None else 1, run)
        else:
            target.append(run)
    mark.getparent().remove(mark)


def _paragraphs(element: etree._Element, p_tag: str, last: bool) -> list[etree._Element]:
    found = [element] if element.tag == p_tag else list(element.iter(p_tag))
    return found[-1:] if last else found[:1]


def _take_out(marked: str) -> tuple[str, dict[str, tuple[int, int]], list[int], list[int]]:
    """Remove the sentinels: the clean text, ranges, and where text was taken out."""
    pieces: list[str] = []
    opened: dict[str, int] = {}
    ranges: dict[str, tuple[int, int]] = {}
    removed_at: list[int] = []
    removed_total: list[int] = []
    removed = last = 0
    for match in _SENTINEL.finditer(marked):
        pieces.append(marked[last:match.start()])
        position = match.start() - removed
        kind, number = match.group(1), match.group(2)
        if kind == _OPEN:
            opened[number] = position
        elif number in opened:
            ranges[number] = (opened.pop(number), position)
        removed += match.end() - match.start()
        removed_at.append(match.start())
        removed_total.append(removed)
        last = match.end()
    pieces.append(marked[last:])
    return "".join(pieces), ranges, removed_at, removed_total
