"""A partner at work on an exported annotated transcript, done with lxml as Word would save
it: new paragraphs, changed or deleted words, and comments of their own on exact words.

Offsets are counted in a paragraph's w:t text, so the helpers are meant for paragraphs of
plain text runs (checked: the paragraph must read as the words it is asked about).
"""

from __future__ import annotations

import copy
import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NS = {"w": W}
PARTNER = "Amina Yusuf"
PARTNER_DATE = "2027-01-05T10:00:00Z"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


class Returned:
    """The document and comments parts of an exported .docx, edited in place."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            self.document = etree.fromstring(package.read("word/document.xml"))
            self.comments = etree.fromstring(package.read("word/comments.xml"))
        self._next = max(int(c.get(_w("id"))) for c in self.comments) + 1

    def paragraph(self, words: str) -> etree._Element:
        """The one body paragraph whose text holds `words`."""
        found = [p for p in self.document.iter(_w("p")) if words in text_of(p)]
        assert len(found) == 1, (words, len(found))
        return found[0]

    def insert_paragraph_before(self, words: str, text: str) -> None:
        p = etree.Element(_w("p"))
        run = etree.SubElement(p, _w("r"))
        t = etree.SubElement(run, _w("t"), {XML_SPACE: "preserve"})
        t.text = text
        self.paragraph(words).addprevious(p)

    def replace(self, words: str, new: str, occurrence: str | None = None) -> None:
        """Type `new` over `words` (the first time they appear after `occurrence`)."""
        p = self.paragraph(occurrence or words)
        text = text_of(p)
        start = text.index(words, text.index(occurrence) if occurrence else 0)
        first = _split(p, start)
        _split(p, start + len(words))
        runs = _runs(p)
        inside = [r for r, lo, hi in _spans(runs) if start <= lo and hi <= start + len(words)]
        new_run = copy.deepcopy(first if first is not None else runs[-1])
        for child in list(new_run):
            if child.tag != _w("rPr"):
                new_run.remove(child)
        t = etree.SubElement(new_run, _w("t"), {XML_SPACE: "preserve"})
        t.text = new
        anchor = inside[0] if inside else first
        assert anchor is not None
        anchor.addprevious(new_run)
        for run in inside:
            run.getparent().remove(run)
        assert new in text_of(p) or not new

    def comment(self, words: str, text: str, within: str | None = None) -> None:
        """A comment of the partner's on exactly `words` (in the paragraph holding `within`)."""
        p = self.paragraph(within or words)
        at = text_of(p).index(words)
        first = _split(p, at)
        last = _split(p, at + len(words))
        number = str(self._next)
        self._next += 1
        start = etree.Element(_w("commentRangeStart"), {_w("id"): number})
        end = etree.Element(_w("commentRangeEnd"), {_w("id"): number})
        reference = etree.Element(_w("r"))
        etree.SubElement(reference, _w("commentReference"), {_w("id"): number})
        assert first is not None
        first.addprevious(start)
        if last is not None:
            last.addprevious(end)
        else:
            _runs(p)[-1].addnext(end)
        end.addnext(reference)
        comment = etree.SubElement(self.comments, _w("comment"), {
            _w("id"): number, _w("author"): PARTNER, _w("initials"): "AY",
            _w("date"): PARTNER_DATE})
        body = etree.SubElement(etree.SubElement(comment, _w("p")), _w("r"))
        etree.SubElement(body, _w("t")).text = text
        assert text_of(p)[at:at + len(words)] == words

    def comment_without_range(self, within: str, text: str) -> None:
        """A comment Word shows at a point: its reference mark, no range around any words."""
        number = str(self._next)
        self._next += 1
        reference = etree.SubElement(self.paragraph(within), _w("r"))
        etree.SubElement(reference, _w("commentReference"), {_w("id"): number})
        comment = etree.SubElement(self.comments, _w("comment"), {
            _w("id"): number, _w("author"): PARTNER, _w("initials"): "AY",
            _w("date"): PARTNER_DATE})
        etree.SubElement(etree.SubElement(etree.SubElement(comment, _w("p")), _w("r")),
                         _w("t")).text = text

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(self._data)) as source, \
                zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == "word/document.xml":
                    data = etree.tostring(self.document, xml_declaration=True,
                                          encoding="UTF-8", standalone=True)
                elif item.filename == "word/comments.xml":
                    data = etree.tostring(self.comments, xml_declaration=True,
                                          encoding="UTF-8", standalone=True)
                target.writestr(item, data)
        return out.getvalue()


def text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for r in _runs(p) for t in r.iter(_w("t")))


def _runs(p: etree._Element) -> list[etree._Element]:
    """The paragraph's text runs in order (inside hyperlinks too, not inside text boxes)."""
    return [r for r in p.iter(_w("r"))
            if not any(a.tag == _w("txbxContent") for a in r.iterancestors())
            and r.find(_w("t")) is not None]


def _spans(runs: list[etree._Element]) -> list[tuple[etree._Element, int, int]]:
    spans, at = [], 0
    for run in runs:
        length = sum(len(t.text or "") for t in run.iter(_w("t")))
        spans.append((run, at, at + length))
        at += length
    return spans


def _split(p: etree._Element, offset: int) -> etree._Element | None:
    """Make a run start at `offset` of the paragraph's text; that run (None at the end)."""
    for run, lo, hi in _spans(_runs(p)):
        if offset == lo:
            return run
        if lo < offset < hi:
            ts = run.findall(_w("t"))
            assert len(ts) == 1, "a run of several pieces"
            second = copy.deepcopy(run)
            ts[0].text, second.find(_w("t")).text = (ts[0].text[:offset - lo],
                                                     ts[0].text[offset - lo:])
            for t in (ts[0], second.find(_w("t"))):
                t.set(XML_SPACE, "preserve")
            run.addnext(second)
            return second
    return None
