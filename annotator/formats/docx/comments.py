"""Word comments: the comment elements, the range marks in the text, and their ids.

One comment per coding (see docx_annotate.py for why). The comment's author is
the coder, its date the coding's, and its text the code path (bold) with the
coding memo below. Exported comments carry `w:initials="Annotator"`: Word keeps a
comment's initials when it saves, and a partner's own comments get theirs from
their Word profile, so member-checking import can tell ours from theirs.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from lxml import etree

from annotator.formats.docx.parts import COMMENTS_CONTENT, COMMENTS_TYPES, Package, serialize
from annotator.formats.docx.text import Tags

EXPORT_INITIALS = "Annotator"

# Characters XML 1.0 cannot hold; a memo pasted from elsewhere may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def word_date(stamp: str) -> str | None:
    """An ISO time stamp as Word writes w:date (UTC, no fraction), or None."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


class CommentsPart:
    """The comments part of a package, created if the document has none."""

    def __init__(self, package: Package, tags: Tags) -> None:
        self.package = package
        self.tags = tags
        w = tags.w
        self.name = package.target_of(package.document_part, COMMENTS_TYPES)
        root = package.xml(self.name) if self.name else None
        self.created = root is None
        self.root = root if root is not None else etree.Element(f"{{{w}}}comments",
                                                                nsmap={"w": w})
        self._id = f"{{{w}}}id"
        used = [_int(c.get(self._id)) for c in self.root]
        # Range marks of comments that lost their comment element still hold ids.
        for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
            used.extend(_int(e.get(self._id)) for e in package.document.iter(f"{{{w}}}{tag}"))
        self._next = max([-1, *used]) + 1

    def new_id(self) -> int:
        number = self._next
        self._next += 1
        return number

    def add(self, number: int, author: str, date: str | None, heading: str, body: str) -> None:
        w = self.tags.w
        attributes = {self._id: str(number), f"{{{w}}}author": clean(author) or "Annotator",
                      f"{{{w}}}initials": EXPORT_INITIALS}
        if date:
            attributes[f"{{{w}}}date"] = date
        comment = etree.SubElement(self.root, f"{{{w}}}comment", attributes)
        first = etree.SubElement(comment, f"{{{w}}}p")
        mark = etree.SubElement(first, f"{{{w}}}r")
        etree.SubElement(mark, f"{{{w}}}annotationRef")  # Word draws the comment's mark here
        _text_run(first, clean(heading), w, bold=True)
        for line in clean(body).split("\n") if body.strip() else ():
            _text_run(etree.SubElement(comment, f"{{{w}}}p"), line, w)

    def start_mark(self, number: int) -> list[etree._Element]:
        return [etree.Element(f"{{{self.tags.w}}}commentRangeStart", {self._id: str(number)})]

    def end_marks(self, number: int) -> list[etree._Element]:
        w = self.tags.w
        end = etree.Element(f"{{{w}}}commentRangeEnd", {self._id: str(number)})
        reference = etree.Element(f"{{{w}}}r")
        etree.SubElement(reference, f"{{{w}}}commentReference", {self._id: str(number)})
        return [end, reference]

    def save(self) -> None:
        package = self.package
        if self.created:
            self.name = _free_name(package, "word/comments.xml")
            target = self.name.removeprefix(package.document_part.rpartition("/")[0] + "/")
            strict = self.tags.w.startswith("http://purl.oclc.org/")
            package.add_relationship(package.document_part, COMMENTS_TYPES[strict], target)
            package.add_override(self.name, COMMENTS_CONTENT)
            self.created = False
        assert self.name is not None
        package.put(self.name, serialize(self.root))


def _text_run(p: etree._Element, text: str, w: str, bold: bool = False) -> None:
    run = etree.SubElement(p, f"{{{w}}}r")
    if bold:
        etree.SubElement(etree.SubElement(run, f"{{{w}}}rPr"), f"{{{w}}}b")
    t = etree.SubElement(run, f"{{{w}}}t", {"{http://www.w3.org/XML/1998/namespace}space":
                                            "preserve"})
    t.text = text


def _free_name(package: Package, wanted: str) -> str:
    name, number = wanted, 1
    while package.part(name) is not None:
        number += 1
        name = wanted.replace(".xml", f"{number}.xml")
    return name


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return -1
