"""RTF import (issue 18): the corpus .rtf files and a generated transcript, each compared
with LibreOffice's own text conversion; code pages, Unicode, tables, fields, hidden text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_bytes, read_file
from annotator.formats.rtf import MAX_DEPTH
from annotator.project import Project
from tests.formats.exported import check_codings_exported, speakers_in_order
from tests.formats.libreoffice import libreoffice_text

MORE = "transcripts-more"
POLISH = f"{MORE}/striprtf__ansicpg1250.rtf"
JUDO = f"{MORE}/striprtf__unicode.rtf"

TRANSCRIPT = rb"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}
{\f1\froman\fcharset204 Times New Roman Cyr;}}
{\colortbl;\red0\green0\blue0;}
{\*\generator Riched20 10.0;}
{\info{\title Interview 9}{\author Someone}}
\pard\b Interview 9\b0\par
\pard Interviewer: Caf\'e9 or th\u233?\'e9? {\v secret note }Tell me.\par
P9: Well {\field{\*\fldinst HYPERLINK "https://example.org"}
{\fldrslt the website}} said so{\super\chftn
{\footnote\pard\plain\chftn A footnote.}}.\line It was \u-10179?\u-8704? fun.\par
Interviewer: In Russian? {\f1\'cf\'f0\'e8\'e2\'e5\'f2}\par
\trowd\cellx3000\cellx6000\intbl Cell A1\cell Cell B1\cell\row
\trowd\cellx3000\cellx6000\intbl Cell A2\cell Cell B2\cell\row
\pard P9: {\uc0\u8220 quoted\u8221 } text{\*\bkmkstart b1}{\*\bkmkend b1}
 {\pict\pngblip\picw10\pich10 89504e470d0a1a0a}end.\par
Interviewer: Thank you\emdash bye.\par
}
"""

TRANSCRIPT_TEXT = (
    "Interview 9\n"
    "Interviewer: Café or théé? Tell me.\n"
    "P9: Well the website said so.\nIt was \U0001f600 fun.\n"
    "Interviewer: In Russian? Привет\n"
    "Cell A1\nCell B1\nCell A2\nCell B2\n"
    "P9: “quoted” text end.\n"
    "Interviewer: Thank you—bye."
)


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


def test_every_corpus_rtf_is_covered(corpus: Path) -> None:
    assert {f"{MORE}/{p.name}" for p in (corpus / MORE).glob("*.rtf")} == {POLISH, JUDO}


@pytest.mark.parametrize("name", [POLISH, JUDO])
def test_corpus_rtf_is_libreoffice_text(name: str, corpus_copy, tmp_path: Path,
                                        project: Project) -> None:
    """No intended difference on these two: the same text, line for line."""
    path = corpus_copy(name)
    imported, original = read_file(path)
    assert imported.text == libreoffice_text(path, tmp_path).rstrip("\n")
    assert original == path.read_bytes()
    source_id = project.import_file(path)
    assert speakers_in_order(project, source_id) == []  # not transcripts
    check_codings_exported(project, source_id)


def test_code_page_1250_and_unicode_escapes(corpus: Path) -> None:
    polish = read_file(corpus / POLISH)[0].text
    assert polish.startswith("Proszę o zapoznanie się z poniższą klauzulą informacyjną.")
    assert "rozporządzeniem" in polish and "Ä" not in polish  # not read as cp1252
    assert read_file(corpus / JUDO)[0].text == "柔道"  # \uc1 "?" fallbacks skipped


def test_generated_transcript(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "interview 9.rtf"
    path.write_bytes(TRANSCRIPT)
    imported, _ = read_file(path)
    assert imported.text == TRANSCRIPT_TEXT
    assert [p.speaker for p in imported.paragraphs][:5] == [
        None, "Interviewer", "P9", "Interviewer", "Interviewer"]
    source_id = project.import_file(path)
    assert speakers_in_order(project, source_id) == ["Interviewer", "P9"]
    exported = check_codings_exported(project, source_id)
    assert exported.bold[:3] == ["Interviewer:", "P9:", "Interviewer:"]


def test_generated_transcript_against_libreoffice(tmp_path: Path) -> None:
    """Intended differences: hidden text ("secret note ", \\v) is left out, which LibreOffice
    writes into its plain text, and so is the footnote's citation "1" (footnotes are left
    out, as the Word reader leaves them out)."""
    path = tmp_path / "interview 9.rtf"
    path.write_bytes(TRANSCRIPT)
    theirs = libreoffice_text(path, tmp_path).rstrip("\n")
    theirs = theirs.replace("secret note ", "", 1).replace("said so1.", "said so.", 1)
    assert read_file(path)[0].text == theirs


def test_hostile_rtf_is_bounded() -> None:
    with pytest.raises(UnreadableFile, match="nested far deeper"):
        read_bytes(b"{\\rtf1 " + b"{" * (MAX_DEPTH + 10) + b"x", "deep.rtf")
    # Picture data by the megabyte, and \bin claiming more than there is: read quickly.
    blob = b"{\\rtf1 Before.\\par{\\pict\\pngblip " + b"0a" * 5_000_000 + b"}After.\\par}"
    started = time.perf_counter()
    assert read_bytes(blob, "pictures.rtf").text == "Before.\nAfter."
    assert time.perf_counter() - started < 2
    assert read_bytes(b"{\\rtf1 A\\par{\\bin999999999 }", "bin.rtf").text == "A"
    assert read_bytes(b"{\\rtf1 unbalanced \\'zz\\u99999999999 end", "odd.rtf").text
    with pytest.raises(UnreadableFile, match="contains no text"):
        read_bytes(b"{\\rtf1{\\fonttbl{\\f0 Arial;}}}", "empty.rtf")


def test_code_page_of_the_default_font_and_of_the_document() -> None:
    # \deff1 is a Cyrillic font: text before any \f is read in its code page.
    cyrillic = (b"{\\rtf1\\ansi\\ansicpg1252\\deff1{\\fonttbl{\\f0 Arial;}"
                b"{\\f1\\fcharset204 Arial Cyr;}}\\'cf\\'f0\\'e8\\'e2\\'e5\\'f2\\par}")
    assert read_bytes(cyrillic, "ru.rtf").text == "Привет"
    # An ANSI font (\fcharset0) follows the document's \ansicpg, here Central European.
    polish = b"{\\rtf1\\ansi\\ansicpg1250{\\fonttbl{\\f0\\fcharset0 Arial;}}\\f0 Pi\\'b3ka\\par}"
    assert read_bytes(polish, "pl.rtf").text == "Piłka"
    mac = b"{\\rtf1\\mac\\ansicpg10000 Caf\\'8e\\par}"
    assert read_bytes(mac, "mac.rtf").text == "Café"
