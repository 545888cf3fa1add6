"""Write the edited main document back changing only the bytes of the edited paragraphs.

lxml does not write a part back byte for byte as Word wrote it (the XML declaration,
line ends, empty elements, namespace declarations differ), so re-serialising the whole
document.xml would touch every paragraph. Instead the byte span of every `w:p` in the
original part is found with a small scanner (start and end tags of the paragraph
element, skipping comments, CDATA and processing instructions), the k-th span being
the k-th `w:p` lxml found in document order; each edited paragraph's span is replaced
by its new serialisation (followed by the paragraphs split off from it), a paragraph
joined into another by nothing, and every other byte is kept. When the scanner cannot
be sure of the match (another encoding, the paragraph element under two prefixes),
the whole part is serialised instead: the same XML, only not byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from annotator.formats.docx.parts import Package, serialize
from annotator.formats.docx.text import Tags


class Spans:
    """The byte span of each w:p of the original main part, by element."""

    def __init__(self, raw: bytes, root: etree._Element, tags: Tags) -> None:
        self.raw = raw
        self.paragraphs = list(root.iter(tags.p))  # holds the proxies: identity is stable
        self.index = {p: n for n, p in enumerate(self.paragraphs)}
        self.spans = _scan(raw, root, tags, len(self.paragraphs))


def write(package: Package, spans: Spans, edited: set[etree._Element],
          created: set[etree._Element], tags: Tags) -> bytes:
    """The package with its main part as edited (see the module docstring)."""
    document = _spliced(spans, edited, created, tags) if spans.spans is not None else None
    if document is None:
        document = serialize(package.document)
    package.put(package.document_part, document)
    return package.zipped()


def _spliced(spans: Spans, edited: set[etree._Element], created: set[etree._Element],
             tags: Tags) -> bytes | None:
    assert spans.spans is not None
    changes: list[tuple[int, int, bytes]] = []
    for p in edited:
        n = spans.index.get(p)
        if n is None:
            continue
        start, end = spans.spans[n]
        if p.getparent() is None:  # joined into the paragraph before it
            changes.append((start, end, b""))
            continue
        pieces = [_fragment(p)]
        pieces.extend(_fragment(q) for q in _split_off(p, created, tags))
        changes.append((start, end, b"".join(pieces)))
    changes.sort()
    out: list[bytes] = []
    last = 0
    for start, end, replacement in changes:
        if start < last:
            continue  # inside a paragraph already written whole (a text box's)
        out.append(spans.raw[last:start])
        out.append(replacement)
        last = end
    out.append(spans.raw[last:])
    return b"".join(out)


def _split_off(p: etree._Element, created: set[etree._Element],
               tags: Tags) -> Iterable[etree._Element]:
    """The new paragraphs that follow `p` (split from it or from one another)."""
    for sibling in p.itersiblings():
        if sibling in created:
            yield sibling
        elif sibling.tag in (tags.p, tags.tbl, tags.sdt) or not isinstance(sibling.tag, str):
            return


def _fragment(p: etree._Element) -> bytes:
    """`p` as it is written inside its parent: without the namespace declarations that
    lxml repeats on a serialised sub-element although its ancestors make them."""
    data = etree.tostring(p, encoding="UTF-8", xml_declaration=False, with_tail=False)
    parent = p.getparent()
    inherited = parent.nsmap if parent is not None else {}
    end = _start_tag_end(data)
    head = data[:end]
    for prefix, uri in inherited.items():
        name = b"xmlns" if prefix is None else b"xmlns:" + prefix.encode()
        head = head.replace(b" " + name + b'="' + _attribute(uri) + b'"', b"", 1)
    return head + data[end:]


def _attribute(value: str) -> bytes:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").encode()


_START_TAG = re.compile(rb"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")


def _start_tag_end(data: bytes) -> int:
    found = _START_TAG.match(data)
    return found.end() if found is not None else len(data)


def _scan(raw: bytes, root: etree._Element, tags: Tags, count: int
          ) -> list[tuple[int, int]] | None:
    """Byte spans of the w:p elements in document order, or None if unsure."""
    if not _utf8(raw):
        return None
    prefixes = {p.prefix for p in root.iter(tags.p)}
    if len(prefixes) > 1:
        return None
    prefix = next(iter(prefixes), "w")
    name = re.escape(((prefix + ":") if prefix else "") + "p").encode()
    # Found by a literal "<" and a short look: a pattern that also matched whole
    # comments or start tags would be tried at every byte, ten times slower.
    marks = re.compile(rb"<(?:(!--)|(!\[CDATA\[)|(\?)|(/?)" + name + rb"(?=[\s/>]))")
    start_tag = re.compile(rb"""(?:[^>"']|"[^"]*"|'[^']*')*>""")
    skips = {1: b"-->", 2: b"]]>", 3: b"?>"}
    spans: list[tuple[int, int]] = []
    open_at: list[int] = []
    position = 0
    while (match := marks.search(raw, position)) is not None:
        kind = match.lastindex
        if kind in skips:
            end = raw.find(skips[kind], match.end())
            if end < 0:
                return None
            position = end + len(skips[kind])
        elif match.group(4):  # an end tag
            end = raw.find(b">", match.end())
            if not open_at or end < 0:
                return None
            n = open_at.pop()
            spans[n] = (spans[n][0], end + 1)
            position = end + 1
        else:
            tag = start_tag.match(raw, match.end())
            if tag is None:
                return None
            if raw[tag.end() - 2: tag.end()] == b"/>":
                spans.append((match.start(), tag.end()))
            else:
                open_at.append(len(spans))
                spans.append((match.start(), -1))
            position = tag.end()
    if open_at or len(spans) != count:
        return None
    return spans


def _utf8(raw: bytes) -> bool:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    declaration = re.match(rb"(?:\xef\xbb\xbf)?<\?xml[^>]*encoding\s*=\s*[\"']([^\"']+)", raw)
    return declaration is None or declaration.group(1).lower() in (b"utf-8", b"utf8")
