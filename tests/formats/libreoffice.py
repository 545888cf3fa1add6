"""LibreOffice's own text conversion of a file, to compare the readers of issue 18 with.

Each call runs soffice headless with a throwaway profile in tmp, so parallel runs
and a LibreOffice window already open do not interfere. Text documents (.odt,
.rtf) go through the Text filter; a PDF is opened by LibreOffice Draw's PDF
import and saved as .odg, whose text frames hold the text it found.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _soffice(args: list[str], tmp: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs it)")
    profile = (tmp / "lo-profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                    *args], check=True, capture_output=True, timeout=180)


def libreoffice_text(path: Path, tmp: Path) -> str:
    """The file as LibreOffice saves it as plain text (UTF-8, its BOM dropped)."""
    out = tmp / "lo-text"
    _soffice(["--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out), str(path)], tmp)
    text = (out / f"{path.stem}.txt").read_text(encoding="utf-8-sig")
    return text.replace("\r\n", "\n")


def libreoffice_pdf_lines(path: Path, tmp: Path) -> list[str]:
    """The text of each text frame LibreOffice Draw finds in a PDF, in drawing order."""
    out = tmp / "lo-odg"
    _soffice(["--infilter=draw_pdf_import", "--convert-to", "odg", "--outdir", str(out),
              str(path)], tmp)
    odg = out / f"{path.stem}.odg"
    if not odg.exists():
        pytest.skip("LibreOffice cannot import PDF here (install libreoffice-draw-nogui)")
    with zipfile.ZipFile(odg) as package:
        root = etree.fromstring(package.read("content.xml"))
    return ["".join(p.itertext()) for p in root.iter(f"{{{TEXT_NS}}}p")]
