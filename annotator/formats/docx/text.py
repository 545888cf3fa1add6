"""The visible text of one Word paragraph (`w:p`), as a reader of the document sees it.

Decisions, each one what Word shows with "accept all changes" and field codes off:
- tracked insertions (`w:ins`, `w:moveTo`) are kept; deletions (`w:del`,
  `w:delText`, `w:moveFrom`) are dropped;
- hyperlinks, smart tags, custom XML, bidi wrappers, content controls (`w:sdt`,
  nested to any depth) and simple fields (`w:fldSimple`) are transparent;
- complex fields show only their result: text between `fldChar begin` and
  `fldChar separate` (the instruction, e.g. `HYPERLINK "..."`, `ADDIN ZOTERO...`)
  is hidden, nested fields included; a field without a separator (`XE`,
  `FORMCHECKBOX`) shows nothing. The field state is carried across paragraphs,
  because a field (a table of contents, a bibliography) can span several;
- `w:tab`/`w:ptab` -> "\\t"; `w:cr` and a text-wrapping `w:br` -> "\\n"; a page or
  column `w:br` -> "\\n" between text but nothing at the start or end of a
  paragraph (a page break alone in a paragraph is layout, not a line);
  `w:noBreakHyphen` -> "-" (so searches for "well-being" find it);
  `w:softHyphen` -> nothing (it is invisible unless a line breaks there);
  `w:sym` -> the character of `w:char`, with the private-use range F0xx of symbol
  fonts mapped to 00xx as a best effort (printable positions only);
- `mc:AlternateContent`: the first `mc:Choice` is read and the `mc:Fallback`
  ignored (they are two renderings of the same thing); a Fallback is read only
  when there is no Choice;
- text boxes (`w:txbxContent`, DrawingML or VML) are not part of the paragraph's
  own text: they are returned so the caller can add their paragraphs after it;
- Office Math (`m:oMath`) contributes the text of its `m:t` runs and its explicit
  operator characters (`m:chr`), as a best effort;
- hidden text (`w:vanish` set on the run itself) is not shown, so not read; hidden
  through a character style is read (styles are not consulted);
- footnote/endnote/comment references, ruby annotations (`w:rt`), and raw newlines
  inside `w:t` (Word shows them as spaces) are not line breaks.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from lxml import etree

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MATH_NAMESPACES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": (
        "http://schemas.openxmlformats.org/officeDocument/2006/math"
    ),
    "http://purl.oclc.org/ooxml/wordprocessingml/main": (
        "http://purl.oclc.org/ooxml/officeDocument/math"
    ),
}

# A page/column break is collected as this character and resolved once the
# paragraph is complete; XML 1.0 cannot contain it, so it cannot clash with text.
_PAGE_BREAK = "\x0c"

# What the children of a run and of a paragraph are, as small ints for a fast dispatch.
(
    _TEXT,
    _TAB,
    _BREAK,
    _CR,
    _NB_HYPHEN,
    _SYM,
    _FLDCHAR,
    _ALTERNATE,
    _GRAPHIC,
    _RUBY,
    _RUN,
    _TRANSPARENT,
    _SDT,
    _MATH,
    _PPR,
    _RPR,
) = range(16)


class Tags:
    """Clark-notation tag names for one WordprocessingML namespace (transitional or strict)."""

    def __init__(self, w: str) -> None:
        def q(name: str) -> str:
            return f"{{{w}}}{name}"

        self.w = w
        self.body, self.p, self.tbl, self.tr, self.tc = map(q, ("body", "p", "tbl", "tr", "tc"))
        self.sdt, self.sdt_content, self.custom_xml = q("sdt"), q("sdtContent"), q("customXml")
        self.txbx_content = q("txbxContent")
        self.ppr, self.rpr, self.tcpr = q("pPr"), q("rPr"), q("tcPr")
        self.frame_pr, self.v_merge = q("framePr"), q("vMerge")
        self.deleted_marks = (q("del"), q("moveFrom"))
        self.alternate, self.choice, self.fallback = (
            f"{{{MC}}}AlternateContent",
            f"{{{MC}}}Choice",
            f"{{{MC}}}Fallback",
        )
        self.val, self.type, self.char = q("val"), q("type"), q("char")
        self.fld_char_type, self.drop_cap = q("fldCharType"), q("dropCap")
        self.ruby_base = q("rubyBase")
        math = MATH_NAMESPACES.get(w, "")
        self.math_text, self.math_chr, self.math_val = (
            f"{{{math}}}t",
            f"{{{math}}}chr",
            f"{{{math}}}val",
        )
        self.run_children: dict[object, int] = {
            q("t"): _TEXT,
            q("tab"): _TAB,
            q("ptab"): _TAB,
            q("br"): _BREAK,
            q("cr"): _CR,
            q("noBreakHyphen"): _NB_HYPHEN,
            q("sym"): _SYM,
            q("fldChar"): _FLDCHAR,
            self.alternate: _ALTERNATE,
            q("drawing"): _GRAPHIC,
            q("pict"): _GRAPHIC,
            q("object"): _GRAPHIC,
            q("ruby"): _RUBY,
            q("rPr"): _RPR,
        }
        self.vanish = q("vanish")
        self.inline_children: dict[object, int] = {
            q("r"): _RUN,
            self.alternate: _ALTERNATE,
            q("sdt"): _SDT,
            f"{{{math}}}oMath": _MATH,
            f"{{{math}}}oMathPara": _MATH,
            q("pPr"): _PPR,
        }
        for name in ("hyperlink", "smartTag", "customXml", "fldSimple", "ins", "moveTo"):
            self.inline_children[q(name)] = _TRANSPARENT
        for name in ("dir", "bdo", "sdtContent"):
            self.inline_children[q(name)] = _TRANSPARENT


@cache
def tags_for(w: str) -> Tags:
    return Tags(w)


def tags_of(element: etree._Element) -> Tags:
    return tags_for(etree.QName(element).namespace or "")


class Fields:
    """Nesting state of complex fields: text shows only when no field is in its instruction."""

    __slots__ = ("stack", "hidden")

    def __init__(self) -> None:
        self.stack: list[bool] = []  # True once a field has passed its separator
        self.hidden = 0  # how many fields on the stack are still in their instruction

    def char(self, kind: str | None) -> None:
        if kind == "begin":
            self.stack.append(False)
            self.hidden += 1
        elif kind == "separate":
            if self.stack and not self.stack[-1]:
                self.stack[-1] = True
                self.hidden -= 1
        elif kind == "end" and self.stack and not self.stack.pop():
            self.hidden -= 1

    def copy(self) -> Fields:
        copied = Fields()
        copied.stack, copied.hidden = list(self.stack), self.hidden
        return copied


class ParagraphText:
    """The outcome of reading one `w:p`."""

    __slots__ = ("text", "boxes", "joins_next")

    def __init__(self, text: str, boxes: list[etree._Element], joins_next: bool) -> None:
        self.text = text
        self.boxes = boxes  # w:txbxContent elements, in reading order
        self.joins_next = joins_next  # a drop cap, or a deleted paragraph mark


def read_paragraph(p: etree._Element, tags: Tags, fields: Fields) -> ParagraphText:
    parts: list[str] = []
    boxes: list[etree._Element] = []
    joins_next = _inline(p, tags, fields, parts, boxes)
    text = "".join(parts)
    if _PAGE_BREAK in text:
        text = text.strip(_PAGE_BREAK).replace(_PAGE_BREAK, "\n")
    return ParagraphText(text, boxes, joins_next)


def _inline(
    parent: etree._Element,
    tags: Tags,
    fields: Fields,
    parts: list[str],
    boxes: list[etree._Element],
) -> bool:
    """Collect the text of `parent`'s inline children; True if a `w:pPr` says "join next"."""
    joins_next = False
    kinds = tags.inline_children
    for child in parent:
        kind = kinds.get(child.tag)
        if kind is None:
            continue  # deletions, bookmarks, proofing marks, comments ranges...
        if kind == _RUN:
            _run(child, tags, fields, parts, boxes)
        elif kind == _TRANSPARENT:
            _inline(child, tags, fields, parts, boxes)
        elif kind == _SDT:
            content = child.find(tags.sdt_content)
            if content is not None:
                _inline(content, tags, fields, parts, boxes)
        elif kind == _ALTERNATE:
            branch = chosen_branch(child, tags)
            if branch is not None:
                _inline(branch, tags, fields, parts, boxes)
        elif kind == _MATH:
            if not fields.hidden:
                _math(child, tags, parts)
        elif kind == _PPR:
            joins_next = _joins_next(child, tags)
    return joins_next


def _run(
    run: etree._Element,
    tags: Tags,
    fields: Fields,
    parts: list[str],
    boxes: list[etree._Element],
) -> None:
    kinds = tags.run_children
    vanished = False
    for child in run:
        kind = kinds.get(child.tag)
        if kind is None:
            continue  # w:instrText, w:delText, note and comment references...
        if kind == _FLDCHAR:
            # Even in hidden text: field marks must stay balanced for what follows.
            fields.char(child.get(tags.fld_char_type))
        elif kind == _RPR:
            vanished = _hidden(child, tags)
        elif fields.hidden or vanished:
            continue
        elif kind == _TEXT:
            text = child.text
            if text:
                if "\n" in text or "\r" in text:
                    text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
                parts.append(text)
        elif kind == _TAB:
            parts.append("\t")
        elif kind == _BREAK:
            kind_of_break = child.get(tags.type)
            parts.append(_PAGE_BREAK if kind_of_break in ("page", "column") else "\n")
        elif kind == _CR:
            parts.append("\n")
        elif kind == _NB_HYPHEN:
            parts.append("-")
        elif kind == _SYM:
            parts.append(symbol(child.get(tags.char)))
        elif kind == _RUBY:
            base = child.find(tags.ruby_base)
            if base is not None:
                _inline(base, tags, fields, parts, boxes)
        elif kind == _ALTERNATE:
            branch = chosen_branch(child, tags)
            if branch is not None:
                _run(branch, tags, fields, parts, boxes)
        else:  # a drawing, picture or object: it may hold text boxes
            find_boxes(child, tags, boxes.append)


def _math(formula: etree._Element, tags: Tags, parts: list[str]) -> None:
    # Best effort: the text runs and the operator characters (sums, accents) in order.
    for element in formula.iter(tags.math_text, tags.math_chr):
        if element.tag == tags.math_text:
            parts.append(element.text or "")
        else:
            parts.append(element.get(tags.math_val) or "")


def find_boxes(
    element: etree._Element, tags: Tags, found: Callable[[etree._Element], None]
) -> None:
    """Report the outermost text boxes under `element`, reading one branch of each
    mc:AlternateContent (nested boxes belong to the box that holds them)."""
    for child in element:
        tag = child.tag
        if tag == tags.txbx_content:
            found(child)
        elif tag == tags.alternate:
            branch = chosen_branch(child, tags)
            if branch is not None:
                find_boxes(branch, tags, found)
        elif isinstance(tag, str):
            find_boxes(child, tags, found)


def chosen_branch(alternate: etree._Element, tags: Tags) -> etree._Element | None:
    """The branch of an mc:AlternateContent to read: the first Choice, else the Fallback."""
    fallback = None
    for branch in alternate:
        if branch.tag == tags.choice:
            return branch
        if branch.tag == tags.fallback:
            fallback = branch
    return fallback


def _hidden(properties: etree._Element, tags: Tags) -> bool:
    vanish = properties.find(tags.vanish)
    return vanish is not None and vanish.get(tags.val) not in ("0", "false", "off")


def _joins_next(ppr: etree._Element, tags: Tags) -> bool:
    frame = ppr.find(tags.frame_pr)
    if frame is not None and frame.get(tags.drop_cap) in ("drop", "margin"):
        return True
    mark = ppr.find(tags.rpr)
    return mark is not None and any(mark.find(tag) is not None for tag in tags.deleted_marks)


def symbol(code: str | None) -> str:
    """The character a `w:sym` shows; symbol fonts use F000-F0FF for their 256 glyphs."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    if value < 0x20 or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
        return ""
    if 0xF020 <= value <= 0xF07E or 0xF0A0 <= value <= 0xF0FF:
        # Only printable positions are mapped; a control position keeps its
        # private-use character, which still shows (as a box) and keeps its place.
        value -= 0xF000
    return chr(value)
