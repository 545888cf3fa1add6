"""Edits made in real Word files (the shared corpus): random and targeted sequences.

Every check reads the result on its own: the text with the reader, the paragraphs an
edit did not touch by comparing their `w:p` elements (serialised by lxml) with the
original's, the formatting of typed characters by the run properties of the run that
holds them. The model of which paragraphs an edit touched is kept here, from the text
alone.
"""

from __future__ import annotations

import io
import random
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

import docx
import pytest
from lxml import etree

from annotator.formats.docx import runs as docx_runs
from annotator.formats.docx.edit import EditRefused, ProtectedSpan, apply_edits, protected_spans
from annotator.formats.docx.edit_splice import Spans
from annotator.formats.docx.package import main_document
from annotator.formats.docx.parts import Package
from annotator.formats.docx.reader import collect, locate_all, read_docx
from annotator.formats.docx.text import tags_of
from annotator.model.text_edits import TextEdit
from tests.conftest import corpus_names

DOCX = corpus_names(("transcripts", "tricky-docx", "transcripts-more"), (".docx",))
INSERTS = ["x", "Hello ", " 中文", "😀", "a b", "  ", "é\u0301", "مرحبا"]


def document_root(data: bytes) -> etree._Element:
    return main_document(data, "x.docx")  # the main part, found through _rels/.rels


def paragraph_xml(data: bytes) -> list[list[bytes]]:
    """Each reader paragraph's w:p elements, serialised by lxml."""
    root = document_root(data)
    locations = [p.location for p in read_docx(data, "x.docx").paragraphs]
    return [[etree.tostring(p) for p in locate_all(root, location)] for location in locations]


def allowed(spans: list[ProtectedSpan], edit: TextEdit) -> bool:
    return not any(span.touches(edit) for span in spans)


class Tracked:
    """The text as edits go, each paragraph's length, and which original paragraph each
    paragraph still is (None once an edit touched it). Paragraphs are the reader's: a
    "\n" inside one (a line break in Word) is not a paragraph break, an inserted one is."""

    def __init__(self, data: bytes) -> None:
        imported = read_docx(data, "x.docx")
        self.text = imported.text
        self.lengths = [p.end - p.start for p in imported.paragraphs]
        self.origin: list[int | None] = list(range(len(self.lengths)))

    def apply(self, edit: TextEdit) -> None:
        starts = list(accumulate((n + 1 for n in self.lengths[:-1]), initial=0))
        first = bisect_right(starts, edit.start) - 1
        last = bisect_right(starts, edit.end) - 1
        parts = [len(part) for part in edit.text.split("\n")]
        parts[0] += edit.start - starts[first]
        parts[-1] += starts[last] + self.lengths[last] - edit.end
        self.text = edit.apply(self.text)
        self.lengths[first: last + 1] = parts
        self.origin[first: last + 1] = [None] * len(parts)


def opens_with_python_docx(data: bytes) -> bool:
    try:
        docx.Document(io.BytesIO(data))
    except (KeyError, ValueError):  # Strict OOXML and odd packages it cannot read
        return False
    return True


def check_result(original: bytes, result: bytes, tracked: Tracked) -> None:
    if opens_with_python_docx(original):
        assert opens_with_python_docx(result)
    read = read_docx(result, "out.docx")
    assert read.text == tracked.text
    assert [p.end - p.start for p in read.paragraphs] == tracked.lengths
    before, after = paragraph_xml(original), paragraph_xml(result)
    for now, was in enumerate(tracked.origin):
        if was is not None:
            assert after[now] == before[was], (now, was)
    # And byte for byte in document.xml, where the scanner finds every w:p's bytes.
    before_bytes, after_bytes = paragraph_bytes(original), paragraph_bytes(result)
    if before_bytes is not None and after_bytes is not None:
        for now, was in enumerate(tracked.origin):
            if was is not None:
                assert after_bytes[now] == before_bytes[was], (now, was)


def paragraph_bytes(data: bytes) -> list[list[bytes]] | None:
    """Each reader paragraph's w:p elements as they are written in document.xml."""
    package = Package(data, "x.docx")
    root = package.document
    spans = Spans(package.part(package.document_part) or b"", root, tags_of(root))
    if spans.spans is None:
        return None
    located = [locate_all(root, p.location) for p in read_docx(data, "x.docx").paragraphs]
    return [[spans.raw[slice(*spans.spans[spans.index[p]])] for p in elements]
            for elements in located]


def random_edit(rng: random.Random, text: str, spans: list[ProtectedSpan]) -> TextEdit | None:
    for _ in range(60):
        n = len(text)
        start = rng.randint(0, n)
        kind = rng.choice(["insert", "delete", "replace", "split", "join", "emoji"])
        if kind == "insert":
            edit = TextEdit(start, start, rng.choice(INSERTS))
        elif kind == "delete":
            edit = TextEdit(start, min(n, start + rng.randint(1, 12)), "")
        elif kind == "replace":
            edit = TextEdit(start, min(n, start + rng.randint(1, 12)),
                            rng.choice(["Y", "新的", "ab\ncd", "\n"]))
        elif kind == "split":
            edit = TextEdit(start, start, "\n")
        elif kind == "emoji":
            emoji = [i for i, c in enumerate(text) if ord(c) > 0xFFFF or "\u4e00" <= c <= "\u9fff"]
            if not emoji:
                continue
            at = rng.choice(emoji) + rng.choice([0, 1])
            edit = TextEdit(at, at, rng.choice(["字", "🙂", ""])) if rng.random() < .7 \
                else TextEdit(at - 1 if at else 0, at, "")
        else:
            breaks = [i for i, c in enumerate(text) if c == "\n"]
            if not breaks:
                continue
            at = rng.choice(breaks)
            edit = TextEdit(at, at + 1, "")
        if (edit.start == edit.end and not edit.text) or not allowed(spans, edit):
            continue
        return edit
    return None


@pytest.mark.parametrize("name", DOCX)
def test_random_edit_sequences(name: str, corpus: Path):
    original = (corpus / name).read_bytes()
    for seed in range(2):
        rng = random.Random(f"{name}{seed}")
        tracked = Tracked(original)
        spans = protected_spans(original)
        edits: list[TextEdit] = []
        for _ in range(25):
            edit = random_edit(rng, tracked.text, spans)
            if edit is None:
                break
            edits.append(edit)
            tracked.apply(edit)
            spans = [span.after(edit) for span in spans]
        check_result(original, apply_edits(original, edits), tracked)


@pytest.mark.parametrize("name", DOCX)
def test_every_paragraph_edge_and_run_boundary(name: str, corpus: Path):
    """Insert at the start and end of every paragraph and at every run boundary of the
    first paragraphs, split each of those paragraphs in two and join each to the next,
    one edit per file: targeted, where the edge cases are."""
    original = (corpus / name).read_bytes()
    text = read_docx(original, "x.docx").text
    spans = protected_spans(original)
    tracked = Tracked(original)
    edits: list[TextEdit] = []
    boundaries = _run_boundaries(original)
    # From the end backwards, so that each edit's offsets hold in the text before it.
    positions = sorted({p for p in boundaries if p <= len(text)}, reverse=True)[:120]
    for position in positions:
        for edit in (TextEdit(position, position, "Ж"), TextEdit(position, position, "\n")):
            if allowed(spans, edit):
                edits.append(edit)
                tracked.apply(edit)
                spans = [span.after(edit) for span in spans]
    check_result(original, apply_edits(original, edits), tracked)


def _run_boundaries(data: bytes) -> list[int]:
    """Offsets where a paragraph starts or ends or one run's text meets the next's."""
    root = document_root(data)
    collector = collect(root, "x.docx")
    tags = tags_of(root)
    found, start = [], 0
    for (elements, fields), text in zip(collector.groups, collector.texts, strict=True):
        found += [start, start + len(text)]
        for atom in docx_runs.walk(elements, tags, fields.copy()):
            found.append(start + atom.start)
        start += len(text) + 1
    return found


@pytest.mark.parametrize("name", DOCX)
def test_typed_text_takes_the_formatting_before_it(name: str, corpus: Path):
    """A character typed after a character of a run goes into a run formatted the same."""
    original = (corpus / name).read_bytes()
    text = read_docx(original, "x.docx").text
    spans = protected_spans(original)
    rng = random.Random(name)
    candidates = [i for i in range(1, len(text)) if text[i - 1] not in "\n\t"]
    rng.shuffle(candidates)
    checked = 0
    for position in candidates[:40]:
        edit = TextEdit(position, position, "Ж")
        if not allowed(spans, edit):
            continue
        before = _run_properties_at(original, position - 1)
        if before is None:
            continue
        result = apply_edits(original, [edit])
        assert read_docx(result, "out.docx").text == edit.apply(text)
        assert _run_properties_at(result, position) == before, position
        assert _run_properties_at(result, position - 1) == before
        checked += 1
        if checked == 6:
            break


def _run_properties_at(data: bytes, position: int) -> bytes | None:
    """The run properties of the run holding the character at `position` (a w:t's),
    serialised; None when that character is not text in a run."""
    root = document_root(data)
    collector = collect(root, "x.docx")
    tags = tags_of(root)
    start = 0
    for (elements, fields), text in zip(collector.groups, collector.texts, strict=True):
        if start <= position < start + len(text):
            for atom in docx_runs.walk(elements, tags, fields.copy()):
                if atom.start <= position - start < atom.end:
                    if not (atom.in_run and atom.cuttable) or atom.field is not None:
                        return None
                    properties = atom.holder.find(tags.rpr)
                    return b"" if properties is None else etree.tostring(properties)
        start += len(text) + 1
    return None


@pytest.mark.parametrize("name", DOCX)
def test_edits_touching_protected_spans_are_refused(name: str, corpus: Path):
    original = (corpus / name).read_bytes()
    spans = protected_spans(original)
    for span in spans[:8]:
        for edit in (TextEdit(span.start, span.end, "x"), TextEdit(span.end - 1, span.end, ""),
                     TextEdit(span.start, span.start + 1, "")):
            with pytest.raises(EditRefused) as refused:
                apply_edits(original, [edit])
            assert str(refused.value) == span.reason or any(
                str(refused.value) == other.reason for other in spans if other.touches(edit))
        if span.end - span.start > 1:
            with pytest.raises(EditRefused):
                apply_edits(original, [TextEdit(span.start + 1, span.start + 1, "x")])
