"""WebVTT import (issue 18) on every .vtt of the corpus: Zoom, Teams and Whisper files."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.formats.reader import read_bytes, read_file
from annotator.formats.subtitles import read_subtitles
from annotator.formats.turns import PAUSE_MS
from annotator.project import Project
from tests.formats.exported import check_codings_exported, speakers_in_order, spoken_words
from tests.formats.raw_subtitles import check_against_raw, raw_cues

MORE = "transcripts-more"
ZOOM = f"{MORE}/ethereum-pm__acdt-068_transcript.vtt"
WHISPER = f"{MORE}/hitsave__Keitai_update_Spring_2025.vtt"
TEAMS = f"{MORE}/webvtt-py__teams_timeframe.vtt"

# file -> (speakers in order of first appearance, first spoken words, last spoken words)
EXPECTED = {
    ZOOM: (
        ["Barnabas", "Pooja Ranjan", "Justin Traglia", "Manu", "Potuz", "Stefan Starflinger",
         "Toni Wahrstätter", "Karim T. (matkt)", "Marc", "Jared Wasinger", "Jen", "Caleb",
         "Stefan Bratanov", "Eitan", "NC", "Saulius Grigaitis | Grandine",
         "Marius van der Wijden"],
        ["No", "Hello", "hello"], ["Bye", "everyone", "But"]),
    WHISPER: ([], ["hello", "everyone", "and", "welcome"], ["see", "you", "next", "time", "bye",
                                                           "bye"]),
    TEAMS: (["Yuri Bakulin", "Adrian Petrescu"], ["There", "you", "go"],
            ["Why", "hello", "there", "Yuri"]),
}


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


def test_every_corpus_vtt_is_covered(corpus: Path) -> None:
    assert {f"{MORE}/{p.name}" for p in (corpus / MORE).glob("*.vtt")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_speakers_words_turns_and_cues(name: str, corpus_copy, project: Project) -> None:
    speakers, first, last = EXPECTED[name]
    path = corpus_copy(name)
    source_id = project.import_file(path)
    source = project.source(source_id)
    assert source.kind == "vtt"
    assert project.original_bytes(source_id) == path.read_bytes()
    assert speakers_in_order(project, source_id) == speakers
    cues = project.cues(source_id)
    words = spoken_words(" ".join(source.text[c.start:c.end] for c in cues))
    assert words[:len(first)] == first
    assert words[-len(last):] == last
    check_against_raw(path, source.text, project.paragraphs(source_id), project.cues(source_id),
                      labelled=bool(speakers))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_codings_are_exported_exactly_with_bold_speakers(name: str, corpus_copy,
                                                         project: Project) -> None:
    source_id = project.import_file(corpus_copy(name))
    exported = check_codings_exported(project, source_id)
    speakers = EXPECTED[name][0]
    for speaker in speakers:
        assert f"{speaker}:" in exported.bold
    if not speakers:
        assert exported.bold == []


def test_zoom_turns_join_cues_of_one_speaker(corpus: Path) -> None:
    imported, _ = read_file(corpus / ZOOM)
    # Cues 7 and 8 are both Justin Traglia's: one turn, at the first cue's time.
    turn = next(p for p in imported.paragraphs if p.timestamp == "00:05:22")
    assert imported.text[turn.start:turn.end] == (
        "[00:05:22] Justin Traglia: Okay, and I can hear you just fine, by the way. "
        "For the middle of nowhere.")
    assert turn.speaker == "Justin Traglia"
    assert len(imported.cues) == 225


def test_teams_overlapping_lax_timestamps(corpus: Path) -> None:
    imported, _ = read_file(corpus / TEAMS)
    assert imported.text == ("[00:00:00] Yuri Bakulin: There you go.\n"
                             "[00:00:00] Adrian Petrescu: Why hello there, Yuri.")
    assert [(c.begin_ms, c.end_ms) for c in imported.cues] == [(0, 570), (210, 1130)]


def test_whisper_without_speakers_breaks_at_pauses(corpus: Path) -> None:
    path = corpus / WHISPER
    imported, _ = read_file(path)
    assert all(p.speaker is None for p in imported.paragraphs)
    # Unnamed speech is cut into paragraphs, never one an hour long.
    assert 10 < len(imported.paragraphs) < len(raw_cues(path)) / 3
    assert max(p.end - p.start for p in imported.paragraphs) < 3000
    # The "MM:SS.mmm" times of the first hour and "HH:MM:SS.mmm" after it are both read.
    assert imported.cues[-1].begin_ms == ((1 * 60 + 30) * 60 + 31) * 1000 + 120 or \
        imported.cues[-1].begin_ms > 90 * 60 * 1000


def test_styles_notes_voices_and_rolling_captions() -> None:
    data = (
        b"WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\nNOTE a comment\nacross lines\n\n"
        b"00:00:01.000 --> 00:00:02.000\n<v.loud Ana Ruiz><i>Hello</i> &amp; welcome</v>\n\n"
        b"00:00:02.500 --> 00:00:03.000\n<v Ana Ruiz>to the study.\n\n"
        b"00:00:03.000 --> 00:00:05.000 align:start position:0%\n"
        b"<v Jonas>Thanks<00:00:03.500><c> for</c><00:00:04.000><c> having me.</c>\n\n"
        b"00:00:05.000 --> 00:00:05.010\nThanks for having me.\n\n"
        b"00:00:05.010 --> 00:00:07.000\nThanks for having me.\nSo where do we start?\n"
    )
    imported = read_subtitles(data, "s.vtt", "vtt")
    assert imported.text == ("[00:00:01] Ana Ruiz: Hello & welcome to the study.\n"
                             "[00:00:03] Jonas: Thanks for having me. So where do we start?")
    assert len(imported.cues) == 4  # the 10 ms cue repeating the line above is dropped
    twice = read_subtitles(b"WEBVTT\n\n00:01.000 --> 00:02.000\nYes.\n\n"
                           b"00:02.000 --> 00:03.000\nYes.\n", "twice.vtt", "vtt")
    assert twice.text == "[00:00:01] Yes. Yes."


def test_chevrons_dialogue_dashes_and_whisperx_labels() -> None:
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n>> MARIA: Good evening.\n\n"
        b"00:00:02.000 --> 00:00:04.000\n>> Thank you, Maria.\n\n"
        b"00:00:04.000 --> 00:00:05.000\n- Is it on?\n- Yes.\n\n"
        b"00:00:06.000 --> 00:00:07.000\n[SPEAKER_00]: Let us begin.\n\n"
        b"00:00:07.000 --> 00:00:08.000\n[SPEAKER_01]: Fine.\n"
    )
    imported = read_subtitles(data, "s.vtt", "vtt")
    lines = imported.text.split("\n")
    # ">>" marks a change of speaker; a name after it is the speaker.
    assert lines == ["[00:00:01] MARIA: Good evening.", "[00:00:02] Thank you, Maria.",
                     "[00:00:04] Is it on?", "[00:00:04] Yes.",
                     "[00:00:06] SPEAKER_00: Let us begin.", "[00:00:07] SPEAKER_01: Fine."]


def test_a_lone_colon_label_does_not_invent_a_speaker() -> None:
    data = (b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nthe plan was simple\n\n"
            b"00:00:02.000 --> 00:00:03.000\nRule One: never give up\n")
    imported = read_subtitles(data, "s.vtt", "vtt")
    assert all(p.speaker is None for p in imported.paragraphs)
    assert "Rule One: never give up" in imported.text


def test_pause_starts_a_new_paragraph() -> None:
    gap = PAUSE_MS // 1000 + 1
    data = (f"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\none\n\n"
            f"00:00:02.100 --> 00:00:03.000\ntwo\n\n"
            f"00:00:{3 + gap:02d}.000 --> 00:00:{4 + gap:02d}.000\nthree\n").encode()
    assert read_subtitles(data, "s.vtt", "vtt").text == (
        f"[00:00:01] one two\n[00:00:{3 + gap:02d}] three")


def test_renamed_vtt_as_txt_and_broken_files() -> None:
    data = b"\xef\xbb\xbfWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nAna: Hi.\r\n"
    assert read_bytes(data, "teams transcript.txt").kind == "vtt"
    from annotator.formats.errors import UnreadableFile
    with pytest.raises(UnreadableFile, match="not a readable VTT subtitle file"):
        read_bytes(b"not a subtitle file at all", "broken.vtt")
    with pytest.raises(UnreadableFile, match="contains no text"):
        read_bytes(b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n", "empty.vtt")


def test_undo_and_redo_of_an_import_keep_the_cues(corpus_copy, project: Project) -> None:
    source_id = project.import_file(corpus_copy(TEAMS))
    cues = project.cues(source_id)
    project.undo()
    assert project.cues(source_id) == []
    project.redo()
    assert project.cues(source_id) == cues
    project.remove_source(source_id)
    assert project.cues(source_id) == []

