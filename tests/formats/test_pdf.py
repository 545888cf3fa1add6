"""PDF import (issue 18): the corpus interview PDF and a generated three-page transcript,
each compared with LibreOffice's own reading of the PDF; scans and damaged files refused."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_bytes, read_file
from annotator.project import Project
from tests.formats.exported import check_codings_exported, speakers_in_order, spoken_words
from tests.formats.libreoffice import libreoffice_pdf_lines

MORE = "transcripts-more"
P1 = f"{MORE}/pdpilot-userstudy__P1.pdf"
PAGE_FOOTER = re.compile(r"\d+/\d+")


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


def test_every_corpus_pdf_is_covered(corpus: Path) -> None:
    assert [f"{MORE}/{p.name}" for p in (corpus / MORE).glob("*.pdf")] == [P1]


def test_interview_pdf(corpus_copy, project: Project) -> None:
    path = corpus_copy(P1)
    source_id = project.import_file(path)
    source = project.source(source_id)
    assert source.kind == "pdf"
    assert project.original_bytes(source_id) == path.read_bytes()
    assert speakers_in_order(project, source_id) == ["Dan", "Participant"]
    paragraphs = project.paragraphs(source_id)
    # MAXQDA numbered the paragraphs 1 to 95 in the margin: the same 95 are rebuilt
    # across line and page breaks, the heading "Interview" first, then one per turn.
    assert len(paragraphs) == 95
    assert source.text.split("\n")[0] == "Interview"
    turns = source.text.split("\n")[1:]
    assert all(t.startswith(("Dan: ", "Participant: ")) for t in turns)
    words = spoken_words(source.text)
    assert words[1:9] == ["Dan", "Okay", "So", "now", "you", "can", "stop", "sharing"]
    assert words[-3:] == ["Participant", "Thank", "you"]
    assert "earth mover’s distance" in source.text  # curly apostrophes kept
    check_codings_exported(project, source_id)


def test_interview_pdf_against_libreoffice(corpus_copy, tmp_path: Path) -> None:
    """LibreOffice Draw's PDF import, less what is left out on purpose: the page footers
    ("1/5" ... "5/5") and the paragraph numbers in the left margin. LibreOffice joins the
    separately placed words of this PDF without spaces, so spaces are not compared."""
    path = corpus_copy(P1)
    theirs = [line for line in libreoffice_pdf_lines(path, tmp_path)
              if not line.strip().isdigit() and not PAGE_FOOTER.fullmatch(line.strip())]
    ours = read_file(path)[0].text
    assert "".join("".join(theirs).split()) == "".join(ours.split())


def _transcript_pdf(tmp_path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs it)")
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Study of care work - interview 12"
    section.footer.paragraphs[0].text = "Confidential transcript"
    document.add_paragraph("Interview 12")
    for turn in range(40):
        who = "Interviewer" if turn % 2 == 0 else "Ana"
        document.add_paragraph(f"{who}: " + " ".join(
            f"sentence {turn} part {k} about the interview and the care it needs."
            for k in range(6)))
    hyphens = document.add_paragraph("Ana: This was an inter-")
    hyphens.add_run().add_break(WD_BREAK.LINE)
    hyphens.add_run("view about well-")
    hyphens.add_run().add_break(WD_BREAK.LINE)
    hyphens.add_run("being, in the end.")
    docx_path = tmp_path / "interview 12.docx"
    document.save(docx_path)
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(docx_path)], check=True, capture_output=True, timeout=180)
    return tmp_path / "interview 12.pdf"


def test_generated_transcript_pdf(tmp_path: Path, project: Project) -> None:
    path = _transcript_pdf(tmp_path)
    imported, _ = read_file(path)
    lines = imported.text.split("\n")
    assert lines[0] == "Interview 12"
    assert len(lines) == 42  # the heading and 41 turns, across three or more pages
    assert all(line.startswith(("Interviewer: ", "Ana: ")) for line in lines[1:])
    assert "interview 12" not in imported.text.casefold().replace("interview 12\n", "", 1)
    assert "Confidential transcript" not in imported.text  # running footer removed
    # "inter-" + "view": "interview" is a word elsewhere, so joined; "wellbeing" is not.
    assert lines[-1] == "Ana: This was an interview about well-being, in the end."
    assert lines[5].endswith("sentence 4 part 5 about the interview and the care it needs.")
    source_id = project.import_file(path)
    assert speakers_in_order(project, source_id) == ["Interviewer", "Ana"]
    check_codings_exported(project, source_id)


def test_generated_transcript_against_libreoffice(tmp_path: Path) -> None:
    """Intended differences: the running header and footer on every page are left out,
    and the two hyphens at line ends are resolved (one joined, one kept)."""
    path = _transcript_pdf(tmp_path)
    theirs = "".join(line for line in libreoffice_pdf_lines(path, tmp_path)
                     if line not in ("Study of care work - interview 12",
                                     "Confidential transcript"))
    theirs = theirs.replace("inter-view", "interview")
    assert "".join(theirs.split()) == "".join(read_file(path)[0].text.split())


def test_a_scan_without_text_is_refused() -> None:
    scan = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
    with pytest.raises(UnreadableFile, match="only images of pages .it is a scan."):
        read_bytes(scan, "scan.pdf")


def test_damaged_pdf_is_refused() -> None:
    with pytest.raises(UnreadableFile, match="is damaged or is not a PDF"):
        read_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 10, "broken.pdf")


def test_headings_and_lists_of_a_real_report(corpus: Path) -> None:
    """The REFI-QDA standard (corpus/refi-qda/spec): headings in a larger font and list
    items are paragraphs of their own; a list item's wrapped lines are one paragraph."""
    lines = read_file(corpus / "refi-qda/spec/REFI-QDA-1-5.pdf")[0].text.split("\n")
    assert "1 Scope" in lines and "3 Terms and definitions" in lines
    assert "- Coding structure" in lines and "- Memos/journals" in lines
    assert ("• Users may want to use one software to code because of an intuitive interface "
            "and another for analysis because of the features available.") in lines


def test_page_and_text_limits(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.formats import pdf

    data = (corpus / P1).read_bytes()
    monkeypatch.setattr(pdf, "MAX_PAGES", 4)
    with pytest.raises(UnreadableFile, match="has more than 4 pages"):
        read_bytes(data, "P1.pdf")
    monkeypatch.setattr(pdf, "MAX_PAGES", 5000)
    monkeypatch.setattr(pdf, "MAX_CHARACTERS", 5000)
    with pytest.raises(UnreadableFile, match="far more text than any transcript"):
        read_bytes(data, "P1.pdf")
