"""The fast path for well-formed subtitle files gives exactly webvtt-py's cues (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.formats import cue_blocks as module
from annotator.formats.cue_blocks import cue_blocks, library_blocks
from annotator.formats.txt_reader import decode
from tests.conftest import corpus_names

SUBTITLES = corpus_names(("transcripts-more", "transcripts"), (".vtt", ".srt", ".sbv"))


def _text(path: Path) -> str:
    return decode(path.read_bytes(), path.name).replace("\r\n", "\n").replace("\r", "\n")


@pytest.mark.parametrize("name", SUBTITLES)
def test_fast_path_equals_the_library(name: str, corpus: Path) -> None:
    path = corpus / name
    kind = path.suffix[1:]
    text = _text(path)
    fast = module._fast(text, kind)
    library = library_blocks(text, kind)
    if fast is not None:
        assert fast == library
    assert cue_blocks(text, kind) == library


def test_the_corpus_exercises_both_paths(corpus: Path) -> None:
    taken = {name: module._fast(_text(corpus / name), Path(name).suffix[1:]) is not None
             for name in SUBTITLES}
    assert taken["transcripts-more/ethereum-pm__acdt-068_transcript.vtt"]  # Zoom
    assert not taken["transcripts-more/webvtt-py__teams_timeframe.vtt"]  # "0:0:0.210"


@pytest.mark.parametrize(("kind", "text"), [
    ("vtt", "WEBVTT\n\nNOTE hi\n\n00:01.000 --> 00:02.000 align:start\n<v A>x</v>\n"),
    ("vtt", "WEBVTT - a title\n\nSTYLE\n::cue { color: red }\n\nid-1\n00:00:01.000 --> "
            "00:00:02.000\nx\ny\n"),
    ("vtt", "WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nbackwards\n"),
    ("vtt", "WEBVTT\n\n0:00:01.000 --> 0:00:02.000\nlax hours\n"),
    ("srt", "1\n00:00:01,000 --> 00:00:02,000\nx\n\n2\n00:00:03,000 --> 00:00:04,000\ny\n"),
    ("srt", "00:00:01,000 --> 00:00:02,000\nno index\n"),
    ("sbv", "0:00:01.000,0:00:02.000\nx\ny\n\n0:00:03.000,0:00:04.000\nz\n"),
])
def test_small_files_agree(kind: str, text: str) -> None:
    try:
        expected = library_blocks(text, kind)
    except module.MalformedSubtitles:
        assert module._fast(text, kind) is None
        return
    assert cue_blocks(text, kind) == expected
