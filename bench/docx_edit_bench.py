"""Word original edit benchmark (no Qt): formats/docx/edit.py on a 60,000-word document.

The document is a real transcript of the shared corpus (Sheffield, Ana.docx, about
8,800 words) with its body repeated until it holds 60,000 words. Measured:

- `protected_spans` of the document (read once per transcript by the core);
- `apply_edits` with 100 random edits (typing, deleting, replacing, splitting and
  joining paragraphs), what every export of an edited transcript does (target: well
  under 1 s);
- the same with 1 edit, to see the fixed cost (unzip, parse, read, write).

    uv run python bench/docx_edit_bench.py [--profile]
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import io
import pstats
import random
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SOURCE = REPO.parent / "shared/corpus/transcripts/sheffield-open-qual/Ana.docx"
WORDS = 60_000

from lxml import etree  # noqa: E402

from annotator.formats.docx.edit import apply_edits, protected_spans  # noqa: E402
from annotator.formats.docx.reader import read_docx  # noqa: E402
from annotator.model.text_edits import TextEdit  # noqa: E402


def big_document() -> bytes:
    data = SOURCE.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    root = etree.fromstring(parts["word/document.xml"])
    body = root[0]
    blocks = [child for child in body if etree.QName(child).localname != "sectPr"]
    words = len(read_docx(data, "a.docx").text.split())
    section = body[-1]
    for _ in range(WORDS // words):
        for block in blocks:
            section.addprevious(copy.deepcopy(block))
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                                standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, part in parts.items():
            package.writestr(name, part)
    return out.getvalue()


def random_edits(text: str, spans: list, count: int, seed: int) -> list[TextEdit]:
    rng = random.Random(seed)
    edits: list[TextEdit] = []
    while len(edits) < count:
        start = rng.randrange(len(text))
        kind = rng.choice(["type", "delete", "replace", "split", "join"])
        if kind == "type":
            edit = TextEdit(start, start, rng.choice(["a", "the ", "研究", "😀"]))
        elif kind == "delete":
            edit = TextEdit(start, min(len(text), start + rng.randint(1, 20)), "")
        elif kind == "replace":
            edit = TextEdit(start, min(len(text), start + rng.randint(1, 10)), "word")
        elif kind == "split":
            edit = TextEdit(start, start, "\n")
        else:
            at = text.find("\n", start)
            if at < 0:
                continue
            edit = TextEdit(at, at + 1, "")
        if any(span.touches(edit) for span in spans):
            continue
        edits.append(edit)
        spans = [span.after(edit) for span in spans]
        text = edit.apply(text)
    return edits


def typed_burst(text: str, spans: list, count: int) -> list[TextEdit]:
    """What the edit log holds after typing: one edit per keystroke, with a backspace
    now and then, in bursts of 100 at 20 places."""
    rng = random.Random(7)
    edits: list[TextEdit] = []
    while len(edits) < count:
        at = rng.randrange(len(text))
        if any(span.touches(TextEdit(at, at, "x")) for span in spans):
            continue
        for n in range(100):
            edit = TextEdit(at - 1, at, "") if n % 10 == 9 else TextEdit(at, at, "abc d"[n % 5])
            at += 1 if edit.text else -1
            edits.append(edit)
            spans = [span.after(edit) for span in spans]
            text = edit.apply(text)
    return edits


def timed(label: str, function, repeat: int = 3) -> object:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    print(f"{label}: {best * 1000:.0f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", action="store_true")
    arguments = parser.parse_args()
    data = big_document()
    text = read_docx(data, "big.docx").text
    print(f"document: {len(text.split())} words, {text.count(chr(10)) + 1} paragraphs, "
          f"{len(data) // 1024} KB")
    timed("read_docx (for scale)", lambda: read_docx(data, "big.docx"))
    spans = timed("protected_spans", lambda: protected_spans(data))
    edits = random_edits(text, spans, 100, seed=42)  # type: ignore[arg-type]
    timed("apply_edits, 1 edit", lambda: apply_edits(data, edits[:1]))
    result = timed("apply_edits, 100 edits (target well under 1 s)",
                   lambda: apply_edits(data, edits))
    typing = typed_burst(text, spans, 2000)  # type: ignore[arg-type]
    timed("apply_edits, 2,000 keystrokes in 20 bursts", lambda: apply_edits(data, typing))
    expected = text
    for edit in edits:
        expected = edit.apply(expected)
    assert read_docx(result, "out.docx").text == expected  # type: ignore[arg-type]
    if arguments.profile:
        profile = cProfile.Profile()
        profile.runcall(apply_edits, data, edits)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
