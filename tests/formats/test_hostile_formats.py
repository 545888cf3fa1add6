"""Broken and hostile files of issue 18's formats: each is read or gets one sentence that
names it, quickly, and what is read keeps every offset inside the text."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_bytes
from annotator.model.entities import ImportedText

MORE = "transcripts-more"
FILES = ["daveshap-ytchapters__captions.sbv",
         "esukhia-srt2otr__Prof_Peter_Skilling-zVO_h74WK3M_otter_ai.srt",
         "ethereum-pm__acdt-068_transcript.vtt", "hitsave__Goodboy_Galaxy_-_Rik_Nicol.srt",
         "hitsave__Keitai_update_Spring_2025.vtt", "odfdo__note.odt",
         "odfdo__tracked_changes.odt", "pdpilot-userstudy__P1.pdf", "striprtf__ansicpg1250.rtf",
         "striprtf__unicode.rtf", "webvtt-py__teams_timeframe.vtt"]


def consistent(imported: ImportedText) -> None:
    text = imported.text
    previous = -1
    for paragraph in imported.paragraphs:
        assert previous < paragraph.start <= paragraph.end <= len(text)
        previous = paragraph.end
    for cue in imported.cues:
        assert 0 <= cue.start <= cue.end <= len(text)


def read_or_refused(data: bytes, name: str) -> None:
    started = time.perf_counter()
    try:
        consistent(read_bytes(data, name))
    except UnreadableFile as error:
        sentence = str(error)
        assert sentence.startswith(f"“{name}”") and sentence.endswith(".")
        assert "\n" not in sentence
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize("name", FILES)
def test_byte_flips_and_truncations(name: str, corpus: Path) -> None:
    original = (corpus / MORE / name).read_bytes()
    rng = random.Random(name)
    for n in range(15):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        read_or_refused(bytes(data), f"flipped{n}{Path(name).suffix}")
    for cut in (0.1, 0.5, 0.9):
        read_or_refused(original[: int(len(original) * cut)], f"cut{Path(name).suffix}")


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=1500), st.sampled_from([".vtt", ".srt", ".sbv", ".rtf", ".odt",
                                                  ".pdf", ".fodt"]))
def test_any_bytes_under_a_new_suffix(data: bytes, suffix: str) -> None:
    read_or_refused(data, f"fuzz{suffix}")


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 10**5),
                          st.text(max_size=40)), max_size=30))
def test_any_cues(cues: list[tuple[int, int, str]]) -> None:
    def stamp(ms: int) -> str:
        hours, minutes, seconds = ms // 3_600_000, ms // 60_000 % 60, ms // 1000 % 60
        return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{ms % 1000:03d}"

    body = "".join(f"{stamp(a)} --> {stamp(a + b)}\n{t}\n\n" for a, b, t in cues)
    read_or_refused(f"WEBVTT\n\n{body}".encode(), "fuzz.vtt")
    read_or_refused(f"{{\\rtf1 {''.join(t for _, _, t in cues)}}}".encode(), "fuzz.rtf")


def test_a_huge_cue_and_many_empty_ones_are_read_quickly() -> None:
    cue = b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n"
    huge = cue + b"word " * 550_000 + b"\n"  # 2.75 M characters: under the transcript limit
    started = time.perf_counter()
    assert len(read_bytes(huge, "huge.vtt").cues) == 1
    with pytest.raises(UnreadableFile, match="more than a transcript can"):  # 10 M: past it
        read_bytes(cue + b"word " * 2_000_000 + b"\n", "huger.vtt")
    many = b"".join(b"%d\n00:00:01,000 --> 00:00:02,000\n\n" % n for n in range(100_000))
    with pytest.raises(UnreadableFile, match="contains no text"):
        read_bytes(many, "many.srt")
    assert time.perf_counter() - started < 10
