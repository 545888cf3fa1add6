"""Old Word documents (.doc, Word 97-2003): converted to .docx by LibreOffice, then read as one.

The binary .doc format is not worth a reader of its own; LibreOffice converts it
faithfully, and many researchers have it. It runs headless in a temporary folder
(with its own throwaway user profile, so a LibreOffice window already open does
not swallow the request) and is stopped after TIMEOUT_SECONDS. Without
LibreOffice the researcher is told, in one sentence, how to save the file as
.docx in Word. The original .doc bytes are what the project keeps.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from annotator.formats.errors import UnreadableFile
from annotator.messages import message
from annotator.model.entities import ImportedText

TIMEOUT_SECONDS = 60
_CANDIDATES = ("soffice", "libreoffice")
_WINDOWS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
            r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")
_MAC = "/Applications/LibreOffice.app/Contents/MacOS/soffice"


def find_soffice() -> str | None:
    """LibreOffice's command, where it is installed in the usual places."""
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    for path in (*_WINDOWS, _MAC):
        if Path(path).is_file():
            return path
    return None


def read_doc(data: bytes, file_name: str,
             read_docx: Callable[[bytes, str], ImportedText]) -> ImportedText:
    """Import a .doc through LibreOffice; `read_docx` reads the converted document."""
    soffice = find_soffice()
    if soffice is None:
        raise UnreadableFile(file_name, _save_as_docx(file_name))
    with tempfile.TemporaryDirectory(prefix="annotator-doc-") as folder:
        work = Path(folder)
        source = work / "document.doc"
        source.write_bytes(data)
        command = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}",
                   "--headless", "--norestore", "--convert-to", "docx", "--outdir",
                   str(work / "out"), str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False,
                           stdin=subprocess.DEVNULL, env={**os.environ, "HOME": folder})
        except subprocess.TimeoutExpired as error:
            raise UnreadableFile(file_name, message(
                "“{file}” could not be converted by LibreOffice within {seconds} seconds; "
                "open it in Word or LibreOffice, save it as .docx and import that.",
                file=file_name, seconds=TIMEOUT_SECONDS)) from error
        except OSError as error:
            raise UnreadableFile(file_name, _save_as_docx(file_name)) from error
        converted = work / "out" / "document.docx"
        if not converted.is_file():  # damaged, or another old Office file (.xls, .ppt)
            raise UnreadableFile(file_name, _save_as_docx(file_name))
        imported = read_docx(converted.read_bytes(), file_name)
    # The export of a .doc builds a clean .docx, since the original is not one.
    return ImportedText(imported.text, imported.paragraphs, "doc")


def _save_as_docx(file_name: str) -> str:
    return message("“{file}” is an old-format Word document (.doc) or another old Office file, "
                   "not a .docx; open it in Word, save it as .docx and try again.",
                   file=file_name)
