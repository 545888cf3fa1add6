"""Read a Word .docx into plain text and a paragraph map.

The body is read in reading order: body paragraphs, table cells row by row (each
cell paragraph its own Paragraph, nested tables included), and text boxes. What
counts as visible text inside a paragraph is decided in docx_text.py. Headers,
footers, footnotes, endnotes and comments are left out, and so are list numbers
and bullets (Word draws them from numbering.xml; they are not in the text). Paragraphs are joined
with "\\n"; empty paragraphs are kept (they are the blank lines a reader sees).

Merges: a drop-cap paragraph (`w:framePr w:dropCap`) holds only the first
letter(s) of the next one, and a paragraph whose mark is a tracked deletion is
joined to the next one once changes are accepted; both are merged with the
following paragraph of the same container, without a separator, so the reader
sees "Drop cap." and not "D" / "rop cap.".

Text boxes: the paragraphs of a text box anchored in a paragraph come right
after that paragraph (after the merged group it belongs to), each its own
Paragraph. Boxes inside boxes follow their own anchor paragraph the same way.

Vertically merged table cells: a continuation cell (`w:vMerge` without
"restart") is skipped when it holds no text, so nothing is duplicated and
nothing visible is lost.

Location grammar (`Paragraph.location`), a path from `w:body`:

    location  := path ["+" K]
    path      := block ("/" block)*        within a container, counting from 0:
    block     := "p/" N ["/x/" M "/" path]      the N-th paragraph (w:p);
                                                  its M-th text box, a container
               | "tbl/" N "/r/" R "/c/" C "/" path
                                                the N-th table, its R-th row (w:tr),
                                                that row's C-th cell (w:tc), a container

Containers are `w:body`, `w:tc` and `w:txbxContent`. Paragraphs and tables are
counted separately ("p/3" is the fourth w:p, whatever tables sit between). Cells
are counted as they stand in the XML: a horizontally merged cell (gridSpan) is
one w:tc. Content controls (`w:sdt`/`w:sdtContent`), `w:customXml` wrappers
and the chosen branch of an `mc:AlternateContent` are transparent at every level:
they are not steps, and their content is counted with its siblings. A box's
index M counts the text boxes of that one w:p in reading order, taking one branch
of each mc:AlternateContent. "+K" means the paragraph was merged with the K
paragraphs that follow it in the same container.

Examples: "p/12", "tbl/0/r/1/c/2/p/0", "tbl/0/r/0/c/0/tbl/1/r/2/c/0/p/0",
"p/3/x/0/p/1", "p/0+1". `locate` and `locate_all` follow a location back.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from annotator.formats.docx.package import main_document
from annotator.formats.docx.text import Fields, Tags, chosen_branch, read_paragraph, tags_of
from annotator.formats.errors import UnreadableFile
from annotator.messages import message
from annotator.model.entities import ImportedText, Paragraph
from annotator.model.speakers import attribute


def read_docx(data: bytes, file_name: str) -> ImportedText:
    """Read the bytes of a .docx; raises UnreadableFile with one sentence if it cannot."""
    collector = collect(main_document(data, file_name), file_name)
    return _imported(collector.texts, collector.locations)


def collect(root: etree._Element, file_name: str) -> Collector:
    """Read the body of a parsed `w:document` into its paragraphs' texts, locations and
    w:p groups (what read_docx builds on, and what edit.py edits)."""
    tags = tags_of(root)
    body = root.find(tags.body)
    if body is None:
        raise UnreadableFile(file_name, message(
            "“{file}” is not a complete Word document: it has no body.", file=file_name))
    collector = Collector(tags)
    try:
        collector.container(body, "")
    except RecursionError as error:  # the parser's depth limit should make this unreachable
        raise UnreadableFile(file_name, message("“{file}” is nested too deeply to be read.",
                                                file=file_name)) from error
    return collector


def locate(document: etree._Element, location: str) -> etree._Element:
    """The w:p a location points at (the first of a merged group)."""
    return locate_all(document, location)[0]


def locate_all(document: etree._Element, location: str) -> list[etree._Element]:
    """The w:p elements that make up the Paragraph at `location`, in order."""
    tags = tags_of(document)
    container = document.find(tags.body) if document.tag != tags.body else document
    path, _, merged = location.partition("+")
    steps = path.split("/")
    if container is None or len(steps) % 2:
        raise LookupError(f"no paragraph at {location!r}")
    element: etree._Element | None = None
    siblings: list[etree._Element] = []
    try:
        for name, number in zip(steps[::2], map(int, steps[1::2]), strict=True):
            element, container, siblings = _step(name, number, element, container, tags)
        if element is None or element.tag != tags.p:
            raise LookupError(f"{location!r} does not end at a paragraph")
        start = siblings.index(element)
        extra = int(merged) if merged else 0
        group = siblings[start : start + 1 + extra]
    except (IndexError, ValueError, AttributeError) as error:
        raise LookupError(f"no paragraph at {location!r}") from error
    if len(group) != 1 + extra:
        raise LookupError(f"no paragraph at {location!r}")
    return group


def elements_text(elements: Sequence[etree._Element]) -> str:
    """The text the reader gives a (merged group of) w:p, read on their own."""
    tags = tags_of(elements[0])
    fields = Fields()
    return "".join(read_paragraph(p, tags, fields).text for p in elements)


class Collector:
    """Walks containers in reading order, collecting paragraph texts and locations."""

    def __init__(self, tags: Tags) -> None:
        self.tags = tags
        self.fields = Fields()
        self.texts: list[str] = []
        self.locations: list[str] = []
        # Each Paragraph's w:p elements and the field state before them (for edit.py).
        self.groups: list[tuple[list[etree._Element], Fields]] = []

    def container(self, container: etree._Element, prefix: str) -> None:
        tags = self.tags
        p_index = t_index = 0
        group: list[str] = []  # texts of a merged group of paragraphs
        members: list[etree._Element] = []  # and their w:p
        boxes: list[tuple[int, list[etree._Element]]] = []
        first = 0
        before = self.fields
        for block in blocks(container, tags):
            if block.tag == tags.p:
                if not group:
                    first = p_index
                    before = self.fields.copy()
                read = read_paragraph(block, tags, self.fields)
                group.append(read.text)
                members.append(block)
                if read.boxes:
                    boxes.append((p_index, read.boxes))
                p_index += 1
                if not read.joins_next:
                    self._emit(prefix, first, group, boxes, (members, before))
                    group, members, boxes = [], [], []
            else:
                if group:
                    self._emit(prefix, first, group, boxes, (members, before))
                    group, members, boxes = [], [], []
                self._table(block, f"{prefix}tbl/{t_index}/")
                t_index += 1
        if group:
            self._emit(prefix, first, group, boxes, (members, before))

    def _emit(
        self,
        prefix: str,
        first: int,
        group: list[str],
        boxes: list[tuple[int, list[etree._Element]]],
        members: tuple[list[etree._Element], Fields],
    ) -> None:
        merged = f"+{len(group) - 1}" if len(group) > 1 else ""
        self.texts.append("".join(group))
        self.locations.append(f"{prefix}p/{first}{merged}")
        self.groups.append(members)
        for p_index, anchored in boxes:
            for m, box in enumerate(anchored):
                # A text box is its own story: fields do not run into or out of it.
                outer, self.fields = self.fields, Fields()
                self.container(box, f"{prefix}p/{p_index}/x/{m}/")
                self.fields = outer

    def _table(self, table: etree._Element, prefix: str) -> None:
        tags = self.tags
        for r, row in enumerate(children(table, tags.tr, tags)):
            for c, cell in enumerate(children(row, tags.tc, tags)):
                mark = len(self.texts)
                self.container(cell, f"{prefix}r/{r}/c/{c}/")
                if continues_merge(cell, tags) and not any(self.texts[mark:]):
                    del self.texts[mark:], self.locations[mark:], self.groups[mark:]


def blocks(container: etree._Element, tags: Tags) -> list[etree._Element]:
    """The w:p and w:tbl of a container in order, looking through sdt and customXml."""
    found: list[etree._Element] = []
    _blocks_into(container, tags, found)
    return found


def _blocks_into(container: etree._Element, tags: Tags, found: list[etree._Element]) -> None:
    p, tbl, sdt, sdt_content, custom = (
        tags.p,
        tags.tbl,
        tags.sdt,
        tags.sdt_content,
        tags.custom_xml,
    )
    for child in container:
        tag = child.tag
        if tag in (p, tbl):
            found.append(child)
        elif tag == sdt:
            content = child.find(sdt_content)
            if content is not None:
                _blocks_into(content, tags, found)
        elif tag in (custom, sdt_content):
            _blocks_into(child, tags, found)
        elif tag == tags.alternate:
            branch = chosen_branch(child, tags)
            if branch is not None:
                _blocks_into(branch, tags, found)


def children(parent: etree._Element, tag: str, tags: Tags) -> list[etree._Element]:
    """Rows of a table or cells of a row, looking through sdt and customXml."""
    found: list[etree._Element] = []
    for child in parent:
        if child.tag == tag:
            found.append(child)
        elif child.tag == tags.sdt:
            content = child.find(tags.sdt_content)
            if content is not None:
                found.extend(children(content, tag, tags))
        elif child.tag == tags.custom_xml:
            found.extend(children(child, tag, tags))
    return found


def continues_merge(cell: etree._Element, tags: Tags) -> bool:
    properties = cell.find(tags.tcpr)
    if properties is None:
        return False
    merge = properties.find(tags.v_merge)
    return merge is not None and merge.get(tags.val) in (None, "continue")


def _step(
    name: str,
    number: int,
    element: etree._Element | None,
    container: etree._Element,
    tags: Tags,
) -> tuple[etree._Element, etree._Element, list[etree._Element]]:
    """Follow one (name, number) pair of a location."""
    if name == "p":
        siblings = [b for b in blocks(container, tags) if b.tag == tags.p]
        return siblings[number], container, siblings
    if name == "tbl":
        return [b for b in blocks(container, tags) if b.tag == tags.tbl][number], container, []
    if name == "r" and element is not None and element.tag == tags.tbl:
        return children(element, tags.tr, tags)[number], container, []
    if name == "c" and element is not None and element.tag == tags.tr:
        cell = children(element, tags.tc, tags)[number]
        return cell, cell, []
    if name == "x" and element is not None and element.tag == tags.p:
        box = read_paragraph(element, tags, Fields()).boxes[number]
        return box, box, []
    raise ValueError(f"unexpected step {name!r}")


def _imported(texts: list[str], locations: list[str]) -> ImportedText:
    paragraphs = []
    start = 0
    for index, (text, location, (speaker, timestamp)) in enumerate(
        zip(texts, locations, attribute(texts), strict=True)
    ):
        end = start + len(text)
        paragraphs.append(Paragraph(index, start, end, location, speaker, timestamp))
        start = end + 1
    return ImportedText("\n".join(texts), tuple(paragraphs), "docx")
