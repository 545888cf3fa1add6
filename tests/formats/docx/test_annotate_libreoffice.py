"""Every exported .docx converts to PDF with LibreOffice headless (where it is installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from annotator.exports.word import export_transcripts, project_report
from annotator.formats.docx.report import write_report
from annotator.project import Project

SOFFICE = shutil.which("soffice")
CORPUS_FILES = ("pandoc__comments.docx", "pandoc__tables.docx", "docx2python__merged_links.docx",
                "pandoc__instrText_hyperlink.docx")

pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice not installed (apt install libreoffice-writer-nogui)"
)


def to_pdf(paths: list[Path], out: Path, profile: Path) -> None:
    assert SOFFICE is not None
    # A profile of its own, so a running LibreOffice or a first-start dialog cannot interfere.
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
         "pdf", "--outdir", str(out), *map(str, paths)],
        check=True, capture_output=True, timeout=300,
    )


def test_annotated_transcripts_convert_to_pdf(tmp_path: Path, corpus: Path):
    from annotator.platform.demo import build_demo

    build_demo(tmp_path / "demo.annotator")
    with Project.open(tmp_path / "demo.annotator") as project:
        for name in CORPUS_FILES:  # tables, hyperlinks, fields, existing comments
            shutil.copy(corpus / "tricky-docx" / name, tmp_path / name)
            source_id = project.import_file(tmp_path / name)
            text = project.source(source_id).text
            code = project.ensure_code_path("Corpus", "#9467bd")
            project.add_coding(source_id, code, 0, len(text) // 2)
            project.add_coding(source_id, code, len(text) // 4, len(text))
        written = export_transcripts(project, tmp_path / "docx")
        write_report(project_report(project), tmp_path / "docx" / "report.docx")
    paths = [transcript.path for transcript in written] + [tmp_path / "docx" / "report.docx"]
    to_pdf(paths, tmp_path / "pdf", tmp_path / "profile")
    for path in paths:
        pdf = tmp_path / "pdf" / (path.stem + ".pdf")
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), path.name
        assert pdf.stat().st_size > 1000
