"""Speaker and timestamp recognition, on invented lines and on real transcript lines."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.model.speakers import NO_LABEL, TurnLabel, attribute, recognise


def spans(text: str, label: TurnLabel) -> tuple[str | None, str | None]:
    """The text under each span, so tests read like the transcript."""
    speaker = text[slice(*label.speaker_span)] if label.speaker_span else None
    stamp = text[slice(*label.timestamp_span)] if label.timestamp_span else None
    return speaker, stamp


def transcript_lines(corpus: Path, relative: str) -> list[str]:
    return (corpus / "transcripts" / relative).read_text("utf-8").split("\n")


@pytest.mark.parametrize(
    ("line", "speaker", "label_text"),
    [
        ("Interviewer: Can you tell me a bit about it?", "Interviewer", "Interviewer:"),
        ("P3: We went to the clinic.", "P3", "P3:"),
        ("Researcher 1: Perfect. So thank you Ana", "Researcher 1", "Researcher 1:"),
        ("Ana:  What I'm doing to analyse the data is", "Ana", "Ana:"),
        ("INT: Heute ist Montag", "INT", "INT:"),
        ("Max Bigman:         And I keep forgetting", "Max Bigman", "Max Bigman:"),
        ("admin-1:     Sure.", "admin-1", "admin-1:"),
        ("Automation:         This call is now being recorded.", "Automation", "Automation:"),
        ("I: Okay, I can have some questions now.", "I", "I:"),
        ("P5:  so right now, it just like", "P5", "P5:"),
        ("访谈者：您好，请介绍一下您自己。", "访谈者", "访谈者："),
        ("受访者A：好的。", "受访者A", "受访者A："),
        ("المحاور: مرحبا", "المحاور", "المحاور:"),
        ("Ana de Souza: hi", "Ana de Souza", "Ana de Souza:"),
        ("Enquêteur : bonjour", "Enquêteur", "Enquêteur :"),
        ("Dr. Smith: yes", "Dr. Smith", "Dr. Smith:"),
        ("Interviewer (JS): hello", "Interviewer (JS)", "Interviewer (JS):"),
        ("[id1] hello, I like the course.", "id1", "[id1]"),
        ("   P2: indented", "P2", "P2:"),
        ("Stephen:", "Stephen", "Stephen:"),
    ],
)
def test_colon_and_bracket_labels(line: str, speaker: str, label_text: str) -> None:
    label = recognise(line)
    assert label.speaker == speaker
    assert spans(line, label) == (label_text, None)


@pytest.mark.parametrize(
    ("line", "speaker", "label_text", "stamp"),
    [
        # Otter: the name and the time alone on a line (hitsave/betty-and-earl_otter.md).
        ("Jonas Rosland  0:22  ", "Jonas Rosland", "Jonas Rosland", "0:22"),
        ("Matthew Brelsford  1:51  ", "Matthew Brelsford", "Matthew Brelsford", "1:51"),
        ("Jonas Rosland  0:22\nHello, everyone", "Jonas Rosland", "Jonas Rosland", "0:22"),
        ("Speaker 1 00:03:12", "Speaker 1", "Speaker 1", "00:03:12"),
        ("Speaker 1 (00:03:12): Hello", "Speaker 1", "Speaker 1 (00:03:12):", "00:03:12"),
        ("[00:12:34] Interviewer: hi", "Interviewer", "Interviewer:", "00:12:34"),
        ("00:05:15 P3: yes", "P3", "P3:", "00:05:15"),
        ("Interviewer: [00:01:02] Hi", "Interviewer", "Interviewer:", "00:01:02"),
    ],
)
def test_labels_with_times(line: str, speaker: str, label_text: str, stamp: str) -> None:
    label = recognise(line)
    assert label.speaker == speaker
    assert label.timestamp == stamp
    assert spans(line, label) == (label_text, stamp)


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("[00:12:34] and then we left", "00:12:34"),
        ("00:05:15 we went home", "00:05:15"),
        ("(00:12) so that was it", "00:12"),
        ("0:22", "0:22"),
        ("00:00:05.000\tINT\tHeute ist Montag", "00:00:05.000"),
        ("That was the end of it. [00:12:34]", "00:12:34"),
    ],
)
def test_timestamps_without_speakers(line: str, stamp: str) -> None:
    label = recognise(line)
    assert label.speaker is None
    assert label.timestamp == stamp
    assert spans(line, label) == (None, stamp)


@pytest.mark.parametrize(
    "line",
    [
        "There were three things: money, time and trust.",
        "Note: the clinic closed at five.",
        "Date: 12 May 2023",
        "So: what happened next?",
        "12-May-2023 - 10:36 - 1h09m31s – Ana",  # the Sheffield header line
        "Kiger, M. & Varpio, L. (2020): Thematic analysis of qualitative data",
        "10:30 is when we met",
        "see http://example.org for details",
        "1: the first item",
        "[laughs] yes, exactly",
        "[inaudible 00:05:15] and then",
        "- Reading a description and saying the change is trying to troubleshoot",
        "我认为有三件事情很重要：钱、时间和信任。",
        "we talked about it: the clinic",
        "",
        "REVIEW TYPE AND GOAL",
    ],
)
def test_sentences_are_not_labels(line: str) -> None:
    assert recognise(line).speaker is None


def test_inline_timestamp_is_not_a_turn_timestamp() -> None:
    assert recognise("for the [Pallis 00:00:52] Unified School District") == NO_LABEL


def test_attribute_carries_turns_in_transcripts() -> None:
    texts = [
        "Interviewer: How was it?",
        "P1: Hard.",
        "It took months.",
        "",
        "Jonas Rosland  0:22",
        "Interviewer: And then?",
        "P2: Better.",
    ]
    assert attribute(texts) == [
        ("Interviewer", None),
        ("P1", None),
        ("P1", None),  # a continuation paragraph stays with its speaker
        (None, None),  # an empty paragraph belongs to nobody
        ("Jonas Rosland", "0:22"),
        ("Interviewer", None),
        ("P2", None),  # one turn is enough once the document is a transcript
    ]


def test_attribute_ignores_labels_that_never_recur() -> None:
    report = ["Security Requirements:", "A. Contractors shall comply.", "Records management: yes"]
    assert attribute(report) == [(None, None)] * 3
    assert recognise(report[0]).speaker == "Security Requirements"  # on its own, a label


def test_otter_transcript_speakers(corpus: Path) -> None:
    lines = transcript_lines(corpus, "hitsave/betty-and-earl_otter.md")
    turns = attribute(lines)
    labelled = Counter(recognise(line).speaker for line in lines if recognise(line).speaker)
    assert labelled == {"Jonas Rosland": 27, "Matthew Brelsford": 27}
    stamps = [stamp for _, stamp in turns if stamp]
    assert len(stamps) == 54 and stamps[0] == "0:22"
    # The speech under a name line is that speaker's.
    first = lines.index("Jonas Rosland  0:22  ")
    assert turns[first + 1] == ("Jonas Rosland", None)
    assert lines[first + 1].startswith("Hello, everyone")
    # The Markdown header before the first turn belongs to nobody.
    assert all(speaker is None for speaker, _ in turns[:first])


def test_rev_style_hard_wrapped_transcript(corpus: Path) -> None:
    lines = transcript_lines(corpus, "qc-demo/admin-1.txt")
    turns = attribute(lines)
    speakers = Counter(speaker for speaker, _ in turns if speaker)
    assert set(speakers) == {"Max Bigman", "admin-1", "Automation"}
    assert speakers["Automation"] == 1  # "This call is now being recorded."
    wrapped = next(i for i, line in enumerate(lines) if line.startswith("consent forms, but"))
    assert turns[wrapped] == ("Max Bigman", None)


def test_think_aloud_interview_part(corpus: Path) -> None:
    lines = transcript_lines(corpus, "code-review-observations/P5R1.txt")
    speakers = Counter(speaker for speaker, _ in attribute(lines) if speaker)
    assert set(speakers) == {"I", "P5"}


def test_qualcoder_focus_group_labels(corpus: Path) -> None:
    lines = transcript_lines(corpus, "qualcoder-examples/transcript.txt")
    labels = [recognise(line).speaker for line in lines if line]
    assert labels == ["id1", "id2", "id3", "id1", "id3", "id1", "id2"]


def test_sheffield_style_turns(corpus: Path) -> None:
    lines = transcript_lines(corpus, "sheffield-open-qual/txt-derived/Ana.txt")
    speakers = Counter(recognise(line).speaker for line in lines)
    assert speakers["Researcher 1"] > 100 and speakers["Ana"] > 100
    assert set(speakers) == {"Researcher 1", "Ana", None}


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_spans_always_lie_inside_the_text(text: str) -> None:
    label = recognise(text)
    for span in (label.speaker_span, label.timestamp_span):
        if span is not None:
            assert 0 <= span[0] < span[1] <= len(text)
    if label.speaker is not None:
        assert label.speaker in text[slice(*label.speaker_span)]
    if label.timestamp is not None:
        assert text[slice(*label.timestamp_span)] == label.timestamp
