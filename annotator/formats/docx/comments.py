"""Word comments: the comment elements, the range marks in the text, and their ids.

One comment per coding (see docx_annotate.py for why). The comment's author is
the coder, its date the coding's, and its text the code path (bold) with the
coding memo below, in Word's own comment styles (CommentText, CommentReference),
which are added to the document's styles when it has none. The initials are the
coder's, as Word shows them; member checking tells our comments from a partner's
by author and date, which Word keeps (comments_import.py). Exports made before
carry `w:initials="Annotator"`, still recognised.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from lxml import etree

from annotator.formats.docx import properties as rpr_order
from annotator.formats.docx.parts import (
    COMMENTS_CONTENT,
    COMMENTS_TYPES,
    STYLES_TYPES,
    Package,
    serialize,
)
from annotator.formats.docx.text import Tags

EXPORT_INITIALS = "Annotator"

# Characters XML 1.0 cannot hold; a memo pasted from elsewhere may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def initials(name: str) -> str:
    """A coder's initials as Word makes them: the first letter of each word, at most three."""
    words = clean(name).split()
    return "".join(word[0] for word in words[:3]).upper() or "A"


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

    def add(self, number: int, author: str, date: str | None, heading: str, body: str,
            chosen_initials: str = "") -> None:
        w = self.tags.w
        author = clean(author) or "Annotator"
        attributes = {self._id: str(number), f"{{{w}}}author": author,
                      f"{{{w}}}initials": clean(chosen_initials).strip() or initials(author)}
        if date:
            attributes[f"{{{w}}}date"] = date
        comment = etree.SubElement(self.root, f"{{{w}}}comment", attributes)
        first = _comment_paragraph(comment, w)
        mark = etree.SubElement(first, f"{{{w}}}r")
        _run_style(mark, "CommentReference", w)
        etree.SubElement(mark, f"{{{w}}}annotationRef")  # Word draws the comment's mark here
        _text_run(first, clean(heading), w, bold=True)
        for line in clean(body).split("\n") if body.strip() else ():
            _text_run(_comment_paragraph(comment, w), line, w)

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
        _add_comment_styles(package, self.tags.w)


_STYLES = (
    ("paragraph", "CommentText", "annotation text", "Normal", "20"),
    ("character", "CommentReference", "annotation reference", "DefaultParagraphFont", "16"),
)


def _add_comment_styles(package: Package, w: str) -> None:
    """Define Word's comment styles in the document's styles part if it lacks them."""
    name = package.target_of(package.document_part, STYLES_TYPES)
    root = package.xml(name) if name else None
    if name is None or root is None:
        return  # no styles part: Word falls back to its built-in comment styles
    have = {style.get(f"{{{w}}}styleId") for style in root.iter(f"{{{w}}}style")}
    added = False
    for kind, style_id, style_name, based_on, size in _STYLES:
        if style_id in have:
            continue
        style = etree.SubElement(root, f"{{{w}}}style",
                                 {f"{{{w}}}type": kind, f"{{{w}}}styleId": style_id})
        etree.SubElement(style, f"{{{w}}}name", {f"{{{w}}}val": style_name})
        if based_on in have:
            etree.SubElement(style, f"{{{w}}}basedOn", {f"{{{w}}}val": based_on})
        etree.SubElement(style, f"{{{w}}}uiPriority", {f"{{{w}}}val": "99"})
        etree.SubElement(style, f"{{{w}}}unhideWhenUsed")
        if kind == "paragraph":
            etree.SubElement(style, f"{{{w}}}pPr")
        properties = etree.SubElement(style, f"{{{w}}}rPr")
        etree.SubElement(properties, f"{{{w}}}sz", {f"{{{w}}}val": size})
        etree.SubElement(properties, f"{{{w}}}szCs", {f"{{{w}}}val": size})
        added = True
    if added:
        package.put(name, serialize(root))


def _comment_paragraph(comment: etree._Element, w: str) -> etree._Element:
    p = etree.SubElement(comment, f"{{{w}}}p")
    etree.SubElement(etree.SubElement(p, f"{{{w}}}pPr"), f"{{{w}}}pStyle",
                     {f"{{{w}}}val": "CommentText"})
    return p


def _run_style(run: etree._Element, style: str, w: str) -> None:
    properties = etree.SubElement(run, f"{{{w}}}rPr")
    rpr_order.put(properties, etree.Element(f"{{{w}}}rStyle", {f"{{{w}}}val": style}), w)


def _text_run(p: etree._Element, text: str, w: str, bold: bool = False) -> None:
    run = etree.SubElement(p, f"{{{w}}}r")
    if bold:
        rpr_order.put(etree.SubElement(run, f"{{{w}}}rPr"), etree.Element(f"{{{w}}}b"), w)
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
