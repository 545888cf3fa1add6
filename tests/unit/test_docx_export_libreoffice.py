"""Every exported .docx converts to PDF with LibreOffice headless (where it is installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from annotator.cli_word import export_transcripts
from annotator.project import Project

SOFFICE = shutil.which("soffice")

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


def test_annotated_transcripts_convert_to_pdf(tmp_path: Path):
    from annotator.demo import build_demo

    build_demo(tmp_path / "demo.annotator")
    with Project.open(tmp_path / "demo.annotator") as project:
        written = export_transcripts(project, tmp_path / "docx")
    paths = [path for path, _ in written]
    to_pdf(paths, tmp_path / "pdf", tmp_path / "profile")
    for path in paths:
        pdf = tmp_path / "pdf" / (path.stem + ".pdf")
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), path.name
        assert pdf.stat().st_size > 5000
