"""Old Word documents (.doc) through LibreOffice (issue 18), and the sentence without it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from annotator.formats import legacy_doc
from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_bytes, read_file
from annotator.project import Project
from tests.formats.exported import check_codings_exported, speakers_in_order


def _doc(tmp_path: Path) -> Path:
    soffice = legacy_doc.find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs it)")
    document = docx.Document()
    document.add_paragraph("Interviewer: When did you start?")
    document.add_paragraph("Ana Ruiz: In 2019, after the move.")
    document.add_paragraph("Interviewer: And then?")
    document.add_paragraph("Ana Ruiz: Then the clinic.")
    source = tmp_path / "made" / "interview.docx"
    source.parent.mkdir()
    document.save(source)
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    return tmp_path / "interview.doc"


def test_doc_is_converted_and_read(tmp_path: Path) -> None:
    path = _doc(tmp_path)
    with Project.create(tmp_path / "p.annotator") as project:
        source_id = project.import_file(path)
        source = project.source(source_id)
        assert source.kind == "doc"
        assert source.text == ("Interviewer: When did you start?\n"
                               "Ana Ruiz: In 2019, after the move.\n"
                               "Interviewer: And then?\nAna Ruiz: Then the clinic.")
        assert project.original_bytes(source_id) == path.read_bytes()  # the .doc itself
        assert speakers_in_order(project, source_id) == ["Interviewer", "Ana Ruiz"]
        check_codings_exported(project, source_id)


def test_a_doc_renamed_docx_is_converted_too(tmp_path: Path) -> None:
    path = _doc(tmp_path)
    renamed = tmp_path / "renamed.docx"
    shutil.copyfile(path, renamed)
    assert read_file(renamed)[0].kind == "doc"


def test_without_libreoffice_one_sentence_says_to_save_as_docx(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy_doc, "find_soffice", lambda: None)
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)
    with pytest.raises(UnreadableFile) as raised:
        read_bytes(ole2, "old.doc")
    assert str(raised.value) == ("“old.doc” is an old-format Word document (.doc) or another "
                                 "old Office file, not a .docx; open it in Word, save it as "
                                 ".docx and try again.")


def test_a_conversion_that_hangs_is_stopped(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    hang = tmp_path / "soffice"
    hang.write_text("#!/bin/sh\nsleep 30\n")
    hang.chmod(0o755)
    monkeypatch.setattr(legacy_doc, "find_soffice", lambda: str(hang))
    monkeypatch.setattr(legacy_doc, "TIMEOUT_SECONDS", 1)
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)
    with pytest.raises(UnreadableFile, match="could not be converted by LibreOffice within 1 "):
        read_bytes(ole2, "slow.doc")
