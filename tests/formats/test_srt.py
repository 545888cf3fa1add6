"""SubRip import (issue 18) on every .srt of the corpus: faster-whisper and Otter files."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.formats.reader import read_bytes, read_file
from annotator.formats.turns import MAX_UNBROKEN_WORDS
from annotator.project import Project
from tests.formats.exported import check_codings_exported, speakers_in_order, spoken_words
from tests.formats.raw_subtitles import check_against_raw

MORE = "transcripts-more"
WHISPER = f"{MORE}/hitsave__Goodboy_Galaxy_-_Rik_Nicol.srt"
OTTER = f"{MORE}/esukhia-srt2otr__Prof_Peter_Skilling-zVO_h74WK3M_otter_ai.srt"

# file -> (speakers in order of first appearance, first spoken words, last spoken words)
EXPECTED = {
    WHISPER: ([], ["Hello", "everyone", "and", "welcome"], ["Thank", "you", "very", "much"]),
    # Otter names the speaker only where it changes, here once: the whole talk is "Unknown".
    OTTER: (["Unknown"], ["Hi", "everyone", "is", "Shiva"], ["Thank", "you", "everybody"]),
}


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


def test_every_corpus_srt_is_covered(corpus: Path) -> None:
    assert {f"{MORE}/{p.name}" for p in (corpus / MORE).glob("*.srt")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_speakers_words_turns_and_cues(name: str, corpus_copy, project: Project) -> None:
    speakers, first, last = EXPECTED[name]
    path = corpus_copy(name)
    source_id = project.import_file(path)
    source = project.source(source_id)
    assert source.kind == "srt"
    assert project.original_bytes(source_id) == path.read_bytes()
    assert speakers_in_order(project, source_id) == speakers
    cues = project.cues(source_id)
    words = spoken_words(" ".join(source.text[c.start:c.end] for c in cues))
    assert words[:len(first)] == first
    assert words[-len(last):] == last
    # No labels to follow (Whisper) or one label (Otter): turns are cut at pauses and
    # after long runs, so there are fewer paragraphs than cues but more than one.
    check_against_raw(path, source.text, project.paragraphs(source_id), cues, labelled=False)
    assert 1 < len(project.paragraphs(source_id)) < len(cues)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_codings_are_exported_exactly(name: str, corpus_copy, project: Project) -> None:
    source_id = project.import_file(corpus_copy(name))
    exported = check_codings_exported(project, source_id)
    assert exported.bold == [f"{s}:" for s in EXPECTED[name][0]]


def test_music_marks_and_crlf_are_kept_as_text(corpus: Path) -> None:
    imported, _ = read_file(corpus / WHISPER)
    assert "\r" not in imported.text
    assert imported.text.endswith("♪♪♪")
    assert imported.cues[0].begin_ms == 43_810


def test_otter_paragraph_sized_cues_each_stay_a_paragraph(corpus: Path) -> None:
    imported, _ = read_file(corpus / OTTER)
    # Cues run to 7 minutes (hundreds of words): unnamed speech is cut once a paragraph
    # holds MAX_UNBROKEN_WORDS, so only its last cue can take it past that.
    for paragraph in imported.paragraphs:
        inside = [c for c in imported.cues if paragraph.start <= c.start < paragraph.end]
        before_last = imported.text[paragraph.start:inside[-1].start]
        assert len(before_last.split()) < MAX_UNBROKEN_WORDS + 3  # + "[time] Name:"
    assert imported.text.startswith("[00:02:03] Unknown: Hi everyone is Shiva")


def test_labelled_srt_and_html_tags() -> None:
    data = (b"1\r\n00:00:01,000 --> 00:00:02,500\r\nInterviewer: <i>How did it start?</i>\r\n\r\n"
            b"2\r\n00:00:03,000 --> 00:00:04,000\r\nP3: With a <b>phone call</b>.\r\n\r\n"
            b"3\r\n00:00:04,000 --> 00:00:05,000\r\nP3: Then nothing.\r\n\r\n"
            b"4\r\n00:00:06,000 --> 00:00:07,000\r\nInterviewer: Nothing?\r\n")
    imported = read_bytes(data, "interview.srt")
    assert imported.text == ("[00:00:01] Interviewer: How did it start?\n"
                             "[00:00:03] P3: With a phone call. Then nothing.\n"
                             "[00:00:06] Interviewer: Nothing?")
    assert [p.speaker for p in imported.paragraphs] == ["Interviewer", "P3", "Interviewer"]
    assert len(imported.cues) == 4


def test_a_broken_srt_is_refused_in_one_sentence() -> None:
    from annotator.formats.errors import UnreadableFile

    with pytest.raises(UnreadableFile, match="“x.srt” is not a readable SRT subtitle file"):
        read_bytes(b"1\nnot a time\nhello\n", "x.srt")


def test_subrip_saved_as_txt_is_read_as_subtitles() -> None:
    data = b"\xef\xbb\xbf1\r\n00:00:01,000 --> 00:00:02,000\r\nAna: Hi.\r\n\r\n" \
           b"2\r\n00:00:03,000 --> 00:00:04,000\r\nBo: Hello.\r\n"
    imported = read_bytes(data, "rev export.txt")
    assert imported.kind == "srt"
    assert imported.text == "[00:00:01] Ana: Hi.\n[00:00:03] Bo: Hello."
    assert read_bytes(b"1\nThe first point.\n", "notes.txt").kind == "txt"
