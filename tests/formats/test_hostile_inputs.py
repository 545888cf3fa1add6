"""Broken and hostile inputs made by the tests: each gets one sentence, quickly, and the
project stays byte for byte as it was."""

from __future__ import annotations

import hashlib
import random
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_bytes
from annotator.project import Project

REAL_DOCX = [
    "transcripts/sheffield-open-qual/Ana.docx",
    "tricky-docx/pandoc__comments.docx",
    "tricky-docx/pandoc__instrText_hyperlink.docx",
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "guarded.annotator"
    Project.create(path).close()
    return path


def refused_and_unchanged(project: Path, bad: Path) -> str:
    before = digest(project)
    with Project.open(project) as opened:
        started = time.perf_counter()
        with pytest.raises(UnreadableFile) as caught:
            opened.import_file(bad)
        assert time.perf_counter() - started < 10
    assert digest(project) == before
    sentence = str(caught.value)
    assert sentence.startswith(f"“{bad.name}”") and sentence.endswith(".")
    assert "\n" not in sentence
    return sentence


@pytest.mark.parametrize("relative", REAL_DOCX)
def test_byte_flips_of_real_documents_import_or_are_refused(corpus, relative: str,
                                                            tmp_path: Path) -> None:
    original = (corpus / relative).read_bytes()
    rng = random.Random(relative)
    outcomes = {"imported": 0, "refused": 0}
    for n in range(40):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            read_bytes(bytes(data), f"flipped{n}.docx")
            outcomes["imported"] += 1
        except UnreadableFile as exc:
            assert str(exc).startswith(f"“flipped{n}.docx”")
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0, "some flips must break the zip"


def test_a_huge_file_is_refused_without_reading_it(project: Path, tmp_path: Path) -> None:
    huge = tmp_path / "one paragraph.txt"
    with huge.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    sentence = refused_and_unchanged(project, huge)
    assert "too large to be a transcript" in sentence


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken utf16.txt", b"\xff\xfe" + "访谈".encode("utf-16-le") + b"\x00\xd8"),
        ("truncated.docx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00"),
        ("empty.txt", b""),
        ("renamed.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
    ],
)
def test_broken_files_are_refused_and_change_nothing(project: Path, tmp_path: Path,
                                                     name: str, data: bytes) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    refused_and_unchanged(project, bad)


def test_invalid_utf8_falls_back_to_windows_1252(tmp_path: Path) -> None:
    imported = read_bytes("caf\u00e9 na\u00efve".encode("cp1252"), "legacy.txt")
    assert imported.text == "café naïve"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_as_a_text_file_import_or_get_a_sentence(data: bytes) -> None:
    try:
        imported = read_bytes(data, "fuzz.txt")
    except UnreadableFile as exc:
        assert str(exc).startswith("“fuzz.txt”")
        return
    for paragraph in imported.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(imported.text)
        assert "\n" not in imported.text[paragraph.start:paragraph.end]


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=4, max_size=3000).map(lambda b: b"PK\x03\x04" + b))
def test_any_bytes_that_look_like_a_zip_get_a_sentence(data: bytes) -> None:
    with pytest.raises(UnreadableFile):
        read_bytes(data, "fuzz.docx")


def test_paths_with_spaces_and_chinese_work(tmp_path: Path, corpus) -> None:
    folder = tmp_path / "我的 研究 project"
    folder.mkdir()
    docx = folder / "访谈 one.docx"
    shutil.copyfile(corpus / REAL_DOCX[2], docx)
    with Project.create(folder / "项目 study.annotator") as project:
        [source] = project.import_files([docx])
        assert project.source(source).name == "访谈 one"


QDE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="hostile" origin="test">
  <Sources>
    <TextSource guid="11111111-1111-1111-1111-111111111111" name="Escaping"
                plainTextPath="internal://../../../../etc/hostname"/>
    <TextSource guid="22222222-2222-2222-2222-222222222222" name="Missing"
                plainTextPath="internal://33333333-3333-3333-3333-333333333333.txt"/>
  </Sources>
</Project>
"""


def test_qdpx_paths_cannot_escape_and_missing_sources_are_reported(project: Path,
                                                                   tmp_path: Path) -> None:
    import zipfile

    qdpx = tmp_path / "hostile.qdpx"
    with zipfile.ZipFile(qdpx, "w") as package:
        package.writestr("project.qde", QDE)
        package.writestr("../outside.txt", "a member named to escape the folder")
    with Project.open(project) as opened:
        report = opened.import_exchange(qdpx)
        assert opened.sources() == []
    text = "\n".join(report.lines())
    assert "Escaping" in text and "Missing" in text
    assert not (tmp_path.parent / "outside.txt").exists()
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in text
