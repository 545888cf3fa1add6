"""Edited Word originals open in LibreOffice (headless, where installed) with the edited text."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from annotator.formats.docx.edit import apply_edits, protected_spans
from annotator.formats.docx.reader import read_docx
from annotator.model.text_edits import TextEdit

SOFFICE = shutil.which("soffice")
FILES = ("transcripts/sheffield-open-qual/Sam.docx", "tricky-docx/pandoc__tables.docx",
         "tricky-docx/docx2python__hyperlink.docx",
         "tricky-docx/pandoc__track_changes_insertion.docx")

pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice not installed (apt install libreoffice-writer-nogui)")


def some_edits(text: str, data: bytes, seed: int) -> list[TextEdit]:
    rng = random.Random(seed)
    spans = protected_spans(data)
    edits: list[TextEdit] = []
    while len(edits) < 30:
        start = rng.randrange(len(text) + 1)
        edit = rng.choice([TextEdit(start, start, "新 word"), TextEdit(start, start, "\n"),
                           TextEdit(start, min(len(text), start + 5), "")])
        if not any(span.touches(edit) for span in spans) and (edit.text or edit.end > start):
            edits.append(edit)
            spans = [span.after(edit) for span in spans]
            text = edit.apply(text)
    return edits


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_edited_originals_read_the_same_in_libreoffice(tmp_path: Path, corpus: Path):
    assert SOFFICE is not None
    expected = {}
    for number, name in enumerate(FILES):
        data = (corpus / name).read_bytes()
        edited = apply_edits(data, some_edits(read_docx(data, name).text, data, number))
        path = tmp_path / f"edited{number}.docx"
        path.write_bytes(edited)
        expected[path.stem] = read_docx(edited, path.name).text
    # A profile of its own, so a running LibreOffice or a first-start dialog cannot interfere.
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "txt:Text", "--outdir", str(tmp_path / "out"),
         *map(str, sorted(tmp_path.glob("*.docx")))],
        check=True, capture_output=True, timeout=300)
    for stem, text in expected.items():
        converted = (tmp_path / "out" / f"{stem}.txt").read_text(encoding="utf-8-sig")
        assert plain(converted) == plain(text), stem
