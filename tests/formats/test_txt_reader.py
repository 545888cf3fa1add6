"""Plain-text import: encodings, line ends, the paragraph map, and real transcripts."""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_file
from annotator.formats.txt_reader import read_txt
from tests.conftest import corpus_names

SAMPLE = "Interviewer: 会议 😀 社区参与 𠀋 done\nP1: café – “yes”\n\nP1: again"


def lines(text: str) -> list[str]:
    result = read_txt(text.encode("utf-8"), "t.txt")
    return [result.text[p.start : p.end] for p in result.paragraphs]


@pytest.mark.parametrize(
    "encoded",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + SAMPLE.encode("utf-32-be"),
        SAMPLE.encode("utf-16-le"),  # no mark: recognised by its zero bytes
        SAMPLE.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le", "utf32be", "le", "be"],
)
def test_encodings_decode_and_drop_the_mark(encoded: bytes) -> None:
    result = read_txt(encoded, "t.txt")
    assert result.text == SAMPLE
    assert not result.text.startswith("\ufeff")
    assert result.kind == "txt"


def test_line_ends_become_newlines_and_lines_become_paragraphs() -> None:
    result = read_txt(b"Interviewer: one\r\nP1: two\rP1: three\n\nlast\n", "t.txt")
    assert result.text == "Interviewer: one\nP1: two\nP1: three\n\nlast\n"
    assert [(p.index, p.start, p.end, p.location) for p in result.paragraphs] == [
        (0, 0, 16, "l/0"),
        (1, 17, 24, "l/1"),
        (2, 25, 34, "l/2"),
        (3, 35, 35, "l/3"),
        (4, 36, 40, "l/4"),
        (5, 41, 41, "l/5"),  # the final line break ends an empty last paragraph
    ]
    speakers = [p.speaker for p in result.paragraphs]
    assert speakers == ["Interviewer", "P1", "P1", None, "P1", None]


def test_the_text_is_the_files_text() -> None:
    assert lines("a\n\n") == ["a", "", ""]
    assert lines("a") == ["a"]
    assert lines("\n") == ["", ""]


def test_legacy_windows_text_falls_back_to_cp1252() -> None:
    legacy = "Interviewer: café – “naïve” €5".encode("cp1252")
    assert read_txt(legacy, "old.txt").text == "Interviewer: café – “naïve” €5"


def test_undecodable_text_is_refused_with_a_sentence() -> None:
    # 0x81 is undefined in Windows-1252 and invalid as UTF-8.
    with pytest.raises(UnreadableFile) as caught:
        read_txt(b"abc \x81\x81 def", "odd.txt")
    assert str(caught.value) == (
        "\u201codd.txt\u201d is in a text encoding that cannot be recognised; "
        "save it as UTF-8 text (or as .docx) and try again."
    )


def test_binary_data_and_broken_utf16_are_refused() -> None:
    with pytest.raises(UnreadableFile, match="binary data"):
        read_txt(bytes(range(256)) * 4, "image.txt")
    with pytest.raises(
        UnreadableFile, match="is marked as UTF-16-LE text but contains bytes that are not"
    ):
        read_txt(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8", "cut.txt")


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00"),
        max_size=200,
    ),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"]),
)
def test_round_trip(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    result = read_txt(data, "t.txt")
    assert result.text == text
    assert "\n".join(result.text[p.start : p.end] for p in result.paragraphs) == result.text
    assert all("\n" not in result.text[p.start : p.end] for p in result.paragraphs)


@given(st.lists(st.text(alphabet="ab 会😀𠀋:\t", max_size=12), min_size=1, max_size=8))
def test_paragraph_offsets_are_code_points(parts: list[str]) -> None:
    text = "\n".join(parts)
    result = read_txt(text.encode("utf-16"), "t.txt")
    assert [result.text[p.start : p.end] for p in result.paragraphs] == text.split("\n")


TEXT_FILES = corpus_names(("transcripts",), (".txt", ".md"))


@pytest.mark.parametrize("relative", TEXT_FILES)
def test_corpus_text_files_read_exactly(relative: str, tmp_path: Path, corpus: Path) -> None:
    copy = tmp_path / Path(relative).name
    shutil.copyfile(corpus / relative, copy)
    result, original = read_file(copy)
    expected = original.decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
    assert result.text == expected
    assert len(result.paragraphs) == result.text.count("\n") + 1


def test_otter_markdown_paragraphs_carry_speakers(tmp_path: Path, corpus: Path) -> None:
    copy = tmp_path / "otter.md"
    shutil.copyfile(corpus / "transcripts/hitsave/betty-and-earl_otter.md", copy)
    result, _ = read_file(copy)
    speech = next(
        p for p in result.paragraphs if result.text[p.start :].startswith("Hello, everyone")
    )
    label = result.paragraphs[speech.index - 1]
    assert (label.speaker, label.timestamp) == ("Jonas Rosland", "0:22")
    assert (speech.speaker, speech.timestamp) == ("Jonas Rosland", None)
