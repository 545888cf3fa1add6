"""Only ordinary files are read, and never past the size limit (issue 14, item 14).

A FIFO named like a transcript or a REFI-QDA project would block the import forever,
and a link to /dev/zero would be read until memory ran out. Each is refused with one
sentence, within a second, and the project stays as it was.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from annotator.formats import reader
from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_file, read_regular_file
from annotator.formats.refi.reader import read_exchange_file
from annotator.project import Project
from tests.helpers import table_dump

pytestmark = pytest.mark.skipif(os.name == "nt", reason="FIFOs and /dev/zero are POSIX")


def _fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def _within_a_second(read: object, path: Path) -> UnreadableFile:
    """Run `read(path)` in a thread: a hang fails the test instead of stalling it."""
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(read(path))  # type: ignore[operator]
        except BaseException as error:  # noqa: BLE001 - handed to the test
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():
        # Unblock the reader so the daemon thread can end: a writer opens the FIFO.
        with open(path, "wb"):
            pass
        pytest.fail(f"reading {path.name} hung")
    assert isinstance(outcome[0], UnreadableFile), outcome[0]
    return outcome[0]


@pytest.mark.parametrize("name", ["x.txt", "x.docx", "x.vtt"])
def test_a_fifo_named_as_a_transcript_is_refused(tmp_path: Path, name: str) -> None:
    error = _within_a_second(read_file, _fifo(tmp_path, name))
    assert "not an ordinary file" in str(error)


@pytest.mark.parametrize("name", ["x.qdpx", "x.qde", "x.qdc"])
def test_a_fifo_named_as_an_exchange_file_is_refused(tmp_path: Path, name: str) -> None:
    error = _within_a_second(read_exchange_file, _fifo(tmp_path, name))
    assert "not an ordinary file" in str(error)


@pytest.mark.parametrize("name", ["zero.txt", "zero.qdpx"])
def test_a_link_to_dev_zero_is_refused_unread(tmp_path: Path, name: str) -> None:
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    read = read_exchange_file if name.endswith(".qdpx") else read_file
    assert "not an ordinary file" in str(_within_a_second(read, link))


def test_the_limit_holds_while_reading_not_only_by_the_claimed_size(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that grows after its size was looked at is still cut off at the limit."""
    path = tmp_path / "growing.txt"
    path.write_bytes(b"a" * 10)
    real_fstat = os.fstat

    def small_claim(fd: int) -> os.stat_result:
        status = real_fstat(fd)
        path.write_bytes(b"a" * 100)  # grows between the look and the read
        return status

    monkeypatch.setattr(os, "fstat", small_claim)
    with pytest.raises(UnreadableFile, match="too large"):
        read_regular_file(path, 50)


def test_a_fifo_among_good_files_leaves_the_project_as_it_was(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Interviewer: hello\n", encoding="utf-8")
    fifo = _fifo(tmp_path, "bad.txt")
    with Project.create(tmp_path / "p.annotator") as project:
        before = table_dump(project.store)
        with pytest.raises(UnreadableFile):
            project.import_files([good, fifo])
        assert table_dump(project.store) == before


def test_the_transcript_limit_is_the_readers(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 8)
    path = tmp_path / "long.txt"
    path.write_text("more than eight bytes", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="too large to be a transcript"):
        read_file(path)
