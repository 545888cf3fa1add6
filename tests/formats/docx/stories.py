"""Stories of a Word document, read with lxml alone (independently of the exporter): which
story (the body, a text box) a paragraph location is in, how an excerpt divides among
stories, and the text between each comment's range marks within its story."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from itertools import count

from lxml import etree

from annotator.model.entities import Paragraph


def story_of(location: str) -> str:
    """The story a paragraph location is in, from the location alone: its innermost text
    box ("p/3/x/0/"), or "" for the body."""
    cut = location.rfind("/x/")
    return "" if cut < 0 else location[:location.index("/", cut + 3) + 1]


def part_spans(paragraphs: Sequence[Paragraph], start: int, end: int) -> list[tuple[int, int]]:
    """The excerpt cut where it moves from one story into another, empty parts left out:
    one part unless it crosses into or out of a text box."""
    parts: list[tuple[str, int, int]] = []
    for p in paragraphs:
        if p.start > end or p.end < start:
            continue
        story = story_of(p.location)
        lo, hi = max(start, p.start), min(end, p.end)
        if parts and parts[-1][0] == story:
            parts[-1] = (story, parts[-1][1], hi)
        else:
            parts.append((story, lo, hi))
    return [(lo, hi) for _, lo, hi in parts if hi > lo]


def expected_parts(text: str, paragraphs: Sequence[Paragraph], start: int, end: int
                   ) -> list[str]:
    return [text[lo:hi] for lo, hi in part_spans(paragraphs, start, end)]


def _document(data: bytes) -> tuple[etree._Element, str]:
    """The main document's root and its WordprocessingML namespace (Strict or not)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        name = next(n for n in package.namelist()
                    if n.endswith("document.xml") and "glossary" not in n)
        root = etree.fromstring(package.read(name))
    return root, etree.QName(root).namespace


def comment_ranges(data: bytes) -> dict[str, str]:
    """Each comment id with the text between its range marks; asserts that both marks are
    in one story (the body, or one text box's w:txbxContent), the start first.

    Each story is read once in document order: w:t text, tabs, "\n" after each paragraph;
    text boxes inside it are skipped, as they are stories of their own.
    """
    root, w = _document(data)
    box, body = f"{{{w}}}txbxContent", f"{{{w}}}body"
    start_tag, end_tag = f"{{{w}}}commentRangeStart", f"{{{w}}}commentRangeEnd"
    t_tag, tab_tag, p_tag, id_attr = f"{{{w}}}t", f"{{{w}}}tab", f"{{{w}}}p", f"{{{w}}}id"
    marks: dict[tuple[str, str], tuple[int, int]] = {}  # (kind, id) → (story, position)
    texts: dict[int, str] = {}

    def read(story: etree._Element, number: int) -> None:
        pieces: list[str] = []
        length = 0

        def walk(element: etree._Element) -> None:
            nonlocal length
            for child in element:
                tag = child.tag
                if tag == box:
                    read(child, next(numbers))
                    continue
                piece = ""
                if tag in (start_tag, end_tag):
                    key = (tag, child.get(id_attr) or "")
                    assert key not in marks, f"two marks {key}"
                    marks[key] = (number, length)
                elif tag == t_tag:
                    piece = child.text or ""
                elif tag == tab_tag:
                    piece = "\t"
                else:
                    walk(child)
                if tag == p_tag:
                    piece += "\n"
                pieces.append(piece)
                length += len(piece)

        walk(story)
        texts[number] = "".join(pieces)

    numbers = count(1)
    story_root = root.find(body)
    assert story_root is not None
    read(story_root, 0)
    found: dict[str, str] = {}
    for (tag, number), (story, start) in marks.items():
        if tag != start_tag:
            continue
        assert (end_tag, number) in marks, f"comment {number} has no range end"
        end_story, end = marks[(end_tag, number)]
        assert end_story == story, f"comment {number} spans two stories"
        assert start <= end, f"comment {number} ends before it starts"
        found[number] = texts[story][start:end]
    return found


def comment_bodies(data: bytes) -> dict[str, str]:
    """Each comment id with its text, one line per comment paragraph."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/comments.xml"))
    w = etree.QName(root).namespace
    return {c.get(f"{{{w}}}id"): "\n".join("".join(t.text or "" for t in p.iter(f"{{{w}}}t"))
                                          for p in c.iter(f"{{{w}}}p"))
            for c in root.iter(f"{{{w}}}comment")}
