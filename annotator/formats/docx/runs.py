"""Where each visible character of a Word paragraph lives, and cutting runs exactly there.

The import side (docx_text.py) decides what a paragraph's visible text is. Export
must put comment marks and shading at the same character positions, so this
module walks a paragraph with exactly the same accounting, but instead of
collecting strings it records *atoms*: the XML element each visible piece comes
from, with its position in the paragraph's text. Anything docx_text shows is an
atom here; anything it hides (field instructions, deletions, hidden runs) is not.

Only a `w:t` can be cut inside. Other atoms (a tab, a symbol, an equation, a
ruby base, one branch of an mc:AlternateContent) are indivisible: a boundary that
falls inside one of those snaps to its edge, which can only make a range a
character or two wider, never lose text.

Runs are cut so that every boundary sits between two runs, and exactly next to
the visible character: a comment start goes right before the run whose first
visible character is at the boundary (so never inside a field instruction,
which would hide it), a comment end right after the run whose last visible
character ends there.

A field's result (PAGE, DATE, a citation) is rewritten whenever Word updates the
field, taking any comment mark inside it along: so each atom knows the outermost
field it shows the result of, and marks that would fall inside one go outside
the whole field instead. Hyperlinks are fields too, but Word keeps their text.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lxml import etree

from annotator.formats.docx import properties as rpr_order
from annotator.formats.docx import text as dt
from annotator.formats.docx.text import Fields, Tags

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

@dataclass(slots=True)
class FieldSpan:
    """An outermost field in a paragraph: where its marks go, and what it computes."""

    begin: etree._Element | None  # w:fldChar begin or w:fldSimple; None: opened earlier
    end: etree._Element | None = None  # w:fldChar end or w:fldSimple; None: closes later
    instruction: str = ""

    @property
    def recalculated(self) -> bool:
        return not self.instruction.strip().upper().startswith("HYPERLINK")


@dataclass(slots=True)
class _Open:
    """The fields open while a paragraph is walked."""

    complex: FieldSpan | None = None
    simple: FieldSpan | None = None

    @property
    def field(self) -> FieldSpan | None:
        return self.simple or self.complex


@dataclass(slots=True)
class Atom:
    """One visible piece of a paragraph: `child` of a run (or a run-less element)."""

    child: etree._Element
    start: int
    length: int
    value: str  # the visible text, as docx_text reads it
    in_run: bool  # False for an equation, which sits beside runs
    cuttable: bool  # a w:t: may be cut between any two characters
    page_break: bool = False
    field: FieldSpan | None = None  # the field whose result this is

    @property
    def end(self) -> int:
        return self.start + self.length

    @property
    def holder(self) -> etree._Element:
        """The element that markers go before or after: the run, or the atom itself."""
        return self.child.getparent() if self.in_run else self.child


def copy_fields(fields: Fields) -> Fields:
    return fields.copy()


def walk(paragraphs: Sequence[etree._Element], tags: Tags, fields: Fields) -> list[Atom]:
    """The atoms of a (merged group of) w:p, positioned from 0; `fields` is advanced."""
    atoms: list[Atom] = []
    position = 0
    state = _Open(FieldSpan(None) if fields.stack else None)
    for p in paragraphs:
        found: list[Atom] = []
        _inline(p, tags, fields, found, state)
        _resolve_page_breaks(found)
        for atom in found:
            atom.start = position
            position += atom.length
            if atom.length:
                atoms.append(atom)
    return atoms


def _resolve_page_breaks(found: list[Atom]) -> None:
    # docx_text strips page breaks at either end of each w:p and reads the rest as "\n".
    for sequence in (found, reversed(found)):
        for atom in sequence:
            if not atom.page_break:
                if atom.length:
                    break
                continue
            atom.length, atom.value = 0, ""


def _inline(parent: etree._Element, tags: Tags, fields: Fields, out: list[Atom],
            state: _Open) -> None:
    kinds = tags.inline_children
    for child in parent:
        kind = kinds.get(child.tag)
        if kind is None or kind == dt._PPR:
            continue
        if kind == dt._RUN:
            _run(child, tags, fields, out, state)
        elif kind == dt._TRANSPARENT:
            if child.tag == f"{{{tags.w}}}fldSimple" and state.field is None:
                state.simple = FieldSpan(child, child, child.get(f"{{{tags.w}}}instr") or "")
                _inline(child, tags, fields, out, state)
                state.simple = None
            else:
                _inline(child, tags, fields, out, state)
        elif kind == dt._SDT:
            content = child.find(tags.sdt_content)
            if content is not None:
                _inline(content, tags, fields, out, state)
        elif kind == dt._ALTERNATE:
            branch = dt.chosen_branch(child, tags)
            if branch is not None:
                _inline(branch, tags, fields, out, state)
        elif kind == dt._MATH and not fields.hidden:
            parts: list[str] = []
            dt._math(child, tags, parts)
            text = "".join(parts)
            out.append(Atom(child, 0, len(text), text, in_run=False, cuttable=False,
                            field=state.field))


def _run(run: etree._Element, tags: Tags, fields: Fields, out: list[Atom],
         state: _Open) -> None:
    kinds = tags.run_children
    vanished = False
    for child in run:
        kind = kinds.get(child.tag)
        if kind is None:
            if state.complex is not None and child.tag == f"{{{tags.w}}}instrText":
                state.complex.instruction += child.text or ""
            continue
        if kind == dt._FLDCHAR:
            _field_char(child, tags, fields, state)
            continue
        if kind == dt._RPR:
            vanished = dt._hidden(child, tags)
            continue
        if fields.hidden or vanished:
            continue
        value = ""
        cuttable = page_break = False
        if kind == dt._TEXT:
            value = visible(child.text or "")
            cuttable = True
        elif kind == dt._TAB:
            value = "\t"
        elif kind == dt._BREAK:
            value = "\n"
            page_break = child.get(tags.type) in ("page", "column")
        elif kind == dt._CR:
            value = "\n"
        elif kind == dt._NB_HYPHEN:
            value = "-"
        elif kind == dt._SYM:
            value = dt.symbol(child.get(tags.char))
        elif kind in (dt._RUBY, dt._ALTERNATE):
            # Read with docx_text itself (same field state), as one indivisible atom.
            parts: list[str] = []
            boxes: list[etree._Element] = []
            if kind == dt._RUBY:
                base = child.find(tags.ruby_base)
                if base is not None:
                    dt._inline(base, tags, fields, parts, boxes)
            else:
                branch = dt.chosen_branch(child, tags)
                if branch is not None:
                    dt._run(branch, tags, fields, parts, boxes)
            value = "".join(parts)
        else:
            continue  # drawings: their text boxes are paragraphs of their own
        out.append(Atom(child, 0, len(value), value, True, cuttable, page_break, state.field))


def _field_char(child: etree._Element, tags: Tags, fields: Fields, state: _Open) -> None:
    kind = child.get(tags.fld_char_type)
    if kind == "begin" and not fields.stack:
        state.complex = FieldSpan(child)
    fields.char(kind)
    if kind == "end" and not fields.stack and state.complex is not None:
        state.complex.end = child
        state.complex = None


def visible(value: str) -> str:
    # As docx_text: Word shows a raw newline inside w:t as a space.
    if "\n" in value or "\r" in value:
        value = value.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return value


# -- cutting ---------------------------------------------------------------


def cut(atoms: Sequence[Atom], boundaries: Sequence[int], tags: Tags) -> None:
    """Cut runs so that each boundary lies between runs, next to its visible character."""
    operations: list[tuple[int, int, Atom, int]] = []
    wanted = set(boundaries)
    for atom in atoms:
        if not atom.in_run:
            continue
        if atom.start in wanted:
            operations.append((atom.start, 1, atom, 0))
        if atom.end in wanted:
            operations.append((atom.end, 0, atom, atom.length))
        if atom.cuttable and atom.length > 1:
            for x in wanted:
                if atom.start < x < atom.end:
                    operations.append((x, 1, atom, x - atom.start))
    # From the end backwards, so that earlier atoms keep pointing at the right elements.
    operations.sort(key=lambda op: (op[0], op[1]), reverse=True)
    done: set[tuple[int, int]] = set()
    for position, side, atom, offset in operations:
        if (position, side) in done:
            continue
        done.add((position, side))
        if side == 0:
            _split_run_after(atom.child, tags)
        else:
            child = atom.child
            if 0 < offset < atom.length:
                child = _split_text(child, offset)
            _split_run_before(child, tags)


def _split_text(t: etree._Element, offset: int) -> etree._Element:
    """Cut a w:t in two at visible `offset`; return the second half."""
    # Its current text: a later cut in the same w:t may already have shortened it.
    value = visible(t.text or "")
    second = t.makeelement(t.tag, {XML_SPACE: "preserve"})
    second.text = value[offset:]
    second.tail = t.tail
    t.text, t.tail = value[:offset], None
    t.set(XML_SPACE, "preserve")  # else Word drops the spaces at the cut
    t.addnext(second)
    return second


def _split_run_before(child: etree._Element, tags: Tags) -> None:
    run = child.getparent()
    if run is None or _first_content(run, tags) is child:
        return
    new = run.makeelement(run.tag, dict(run.attrib))
    properties = run.find(tags.rpr)
    if properties is not None:
        new.append(_deepcopy(properties))
    moving = [child, *child.itersiblings()]
    for element in moving:
        new.append(element)
    run.addnext(new)


def _split_run_after(child: etree._Element, tags: Tags) -> None:
    following = child.getnext()
    if following is not None:
        _split_run_before(following, tags)


def _first_content(run: etree._Element, tags: Tags) -> etree._Element | None:
    for child in run:
        if child.tag != tags.rpr:
            return child
    return None


def _deepcopy(element: etree._Element) -> etree._Element:
    return copy.deepcopy(element)


# -- shading and markers ------------------------------------------------------


def shade(atoms: Sequence[Atom], fill_at: Callable[[int], str | None], tags: Tags) -> None:
    """Give each run the fill of the stretch its first visible character is in."""
    # A set of the elements themselves: it keeps their lxml proxies alive, so identity
    # holds (an id() of a freed proxy can come back for another element).
    seen: set[etree._Element] = set()
    for atom in atoms:
        if not atom.in_run:
            continue
        run = atom.holder
        if run in seen:
            continue
        seen.add(run)
        fill = fill_at(atom.start)
        if fill is not None:
            set_shading(run, fill, tags)


def set_shading(run: etree._Element, fill: str, tags: Tags) -> None:
    properties = run.find(tags.rpr)
    if properties is None:
        properties = run.makeelement(tags.rpr, {})
        run.insert(0, properties)
    w = tags.w
    shd = properties.makeelement(
        f"{{{w}}}shd", {f"{{{w}}}val": "clear", f"{{{w}}}color": "auto", f"{{{w}}}fill": fill}
    )
    rpr_order.put(properties, shd, w)  # after w14:* would break CT_RPr, which Word checks


def place_start(
    atoms: Sequence[Atom], paragraphs: Sequence[etree._Element], x: int,
    elements: Sequence[etree._Element],
) -> None:
    """Put `elements` where a range starting at visible position `x` begins."""
    for atom in atoms:
        if atom.end > x:
            holder = atom.holder
            field = atom.field
            if field is not None and field.begin is not None and field.recalculated:
                holder = field_edge(field.begin, before=True)
            for element in elements:
                holder.addprevious(element)
            return
    if atoms:  # at the very end of the paragraph: after its last visible character
        _after(atoms[-1].holder, elements)
    else:
        paragraphs[-1].extend(elements)


def place_end(
    atoms: Sequence[Atom], paragraphs: Sequence[etree._Element], x: int,
    elements: Sequence[etree._Element],
) -> None:
    """Put `elements` where a range ending at visible position `x` ends."""
    for atom in reversed(atoms):
        if atom.start < x:
            field = atom.field
            if field is not None and field.end is not None and field.recalculated:
                _after(field_edge(field.end, before=False), elements)
            else:
                _after(atom.holder, elements)
            return
    if atoms:  # at the very start: before the first visible character
        for element in elements:
            atoms[0].holder.addprevious(element)
    else:
        paragraphs[-1].extend(elements)


def field_edge(mark: etree._Element, before: bool) -> etree._Element:
    """The element a comment mark goes beside to stay outside a field: a w:fldSimple
    itself, or the run of its w:fldChar, first cut so that the run holds nothing else."""
    run = mark.getparent()
    if run is None or etree.QName(mark).localname != "fldChar":
        return mark
    tags = dt.tags_of(mark)
    if before:
        _split_run_before(mark, tags)
    else:
        _split_run_after(mark, tags)
    parent = mark.getparent()
    return parent if parent is not None else mark


def _after(anchor: etree._Element, elements: Sequence[etree._Element]) -> None:
    for element in reversed(elements):
        anchor.addnext(element)
