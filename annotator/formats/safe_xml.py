"""Parse XML from files the researcher was sent, which may have been made to do harm.

Every reader of untrusted XML (.docx parts, .qde/.qdc, the parts of an .xlsx)
goes through here. lxml parses with entity resolution, DTD loading and network
access off and huge trees refused, so a billion-laughs document is not expanded
and an external entity is never fetched; and a DOCTYPE in the prolog is refused
before parsing, because no Word, Excel or REFI-QDA writer emits one and it is how
entity tricks are smuggled in. (openpyxl, which reads the sheets of an .xlsx with
the standard library's parser, switches to defusedxml's because it is installed:
that is why defusedxml is a dependency; see attribute_sheet.py.)
"""

from __future__ import annotations

import re

from lxml import etree

_DOCTYPE_IN_PROLOG = re.compile(rb"^(?:\s|<\?.*?\?>|<!--.*?-->)*<!DOCTYPE", re.DOTALL)
# How much of a document's start is searched for a DOCTYPE.
PROLOG_BYTES = 65536


def safe_parser() -> etree.XMLParser:
    """A parser that never fetches, never expands entities and never grows huge trees."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def declares_doctype(xml: bytes) -> bool:
    """Whether the document's prolog holds a DOCTYPE (in UTF-8 or UTF-16)."""
    head = xml[:PROLOG_BYTES]
    if b"DOCTYPE" not in head and b"\x00" not in head[:4]:
        return False  # the common case, decided by one fast search
    if b"\x00" in head[:4]:
        # UTF-16 XML (allowed, if unusual): look at it as text.
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            encoding = "utf-16"
        else:
            encoding = "utf-16-be" if head.startswith(b"\x00") else "utf-16-le"
        head = head.decode(encoding, errors="ignore").encode("utf-8")
    head = head.removeprefix(b"\xef\xbb\xbf")
    return _DOCTYPE_IN_PROLOG.match(head) is not None


def has_doctype(root: etree._Element) -> bool:
    """Whether a parsed document declared a DOCTYPE after all (the prolog scan missed it)."""
    return bool(root.getroottree().docinfo.doctype)
