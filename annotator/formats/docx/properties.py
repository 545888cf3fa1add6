"""Run properties in the order Word's schema gives them (CT_RPr).

Word refuses, or silently repairs, a document whose `w:rPr` children are out of
order, so every property the export adds goes in by rank, never appended.
"""

from __future__ import annotations

from lxml import etree

# CT_RPr (ECMA-376 transitional, EG_RPrBase then rPrChange), w: local names.
_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath",
)
_RANK = {name: rank for rank, name in enumerate(_ORDER)}
# Word 2010+ (w14:textOutline, w14:ligatures...) and any other extension come at the end
# of EG_RPrBase: after every w: base property, before the revision mark.
_EXTENSION = len(_ORDER)
_CHANGE = _EXTENSION + 1


def rank(element: etree._Element, w: str) -> int:
    """Where `element` belongs among a w:rPr's children."""
    if not isinstance(element.tag, str):
        return -1  # a comment or processing instruction stays where it is
    name = etree.QName(element)
    if name.namespace != w:
        return _EXTENSION
    if name.localname == "rPrChange":
        return _CHANGE
    return _RANK.get(name.localname, _EXTENSION)


def put(properties: etree._Element, element: etree._Element, w: str) -> None:
    """Add `element` to `properties` (a w:rPr), replacing one of its tag, in schema order."""
    for old in properties.findall(element.tag):
        properties.remove(old)
    wanted = rank(element, w)
    for index, existing in enumerate(properties):
        if rank(existing, w) > wanted:
            properties.insert(index, element)
            return
    properties.append(element)


def in_order(properties: etree._Element, w: str) -> bool:
    """Whether the children of a w:rPr follow the schema's order."""
    ranks = [rank(child, w) for child in properties if isinstance(child.tag, str)]
    return ranks == sorted(ranks)
