"""Timed stretches of speech (subtitle cues) made into a transcript: one paragraph per turn.

Every reader of timed text (subtitles.py) hands over Segments in file order;
`build_turns` writes them out as paragraphs of the form

    [00:03:50] Barnabas: text of the first cue text of the next cue...

the way a typed transcript writes a turn (model/speakers.py reads the same form),
so the text looks and behaves like one: the Word export sets the label in bold,
search finds the names, the times are there to read.

Consecutive cues by the same named speaker are one turn (Zoom cuts a speaker into
many short cues). Cues without a name continue the turn before them, but a turn
of unnamed speech is cut into paragraphs at pauses and after long runs, because
a Whisper or YouTube file without speaker labels is otherwise one paragraph an
hour long. The times of every cue are kept as a Cue over exactly its own text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.model.entities import Cue, ImportedText, Paragraph
from annotator.model.speakers import normalised_names

# An unnamed turn gets a new paragraph after a pause this long...
PAUSE_MS = 2000
# ...or once it holds this many words and the last cue ended a sentence...
SENTENCE_WORDS = 120
# ...or, with no punctuation at all (Whisper lower case), this many words.
MAX_UNBROKEN_WORDS = 250
_SENTENCE_ENDS = (".", "?", "!", "…", "。", "？", "！", '"', "”", "»")


@dataclass(frozen=True, slots=True)
class Segment:
    """One cue's text (or one speaker's part of a cue) and its times.

    `speaker` is the name the file gives, or None; `new_turn` marks a change of
    speaker the file shows without a name (">>" or "- " dialogue lines).
    """

    text: str
    begin_ms: int
    end_ms: int
    speaker: str | None = None
    new_turn: bool = False


def clock(ms: int) -> str:
    """A time as HH:MM:SS, the form the speaker recogniser reads."""
    seconds = max(ms, 0) // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def build_turns(segments: Sequence[Segment], kind: str) -> ImportedText:
    """The transcript text, its paragraphs (one per turn) and the cue times."""
    names = normalised_names([s.speaker for s in segments])
    pieces: list[str] = []
    paragraphs: list[Paragraph] = []
    cues: list[Cue] = []
    offset = 0  # where the next piece starts in the text
    para_start = 0
    speaker: str | None = None
    named = False  # the current paragraph began with a name
    words = 0
    last_end = 0
    for index, segment in enumerate(segments):
        text = segment.text
        if not text:
            continue
        name = names.get(segment.speaker) if segment.speaker is not None else None
        if not paragraphs and not pieces:
            new = True
        elif name is not None:
            new = name != speaker or not named
        elif segment.new_turn:
            new, speaker = True, None
        else:
            new = (segment.begin_ms - last_end >= PAUSE_MS
                   or words >= MAX_UNBROKEN_WORDS
                   or (words >= SENTENCE_WORDS and pieces[-1].endswith(_SENTENCE_ENDS)))
        if new:
            if pieces:
                paragraphs[-1] = _closed(paragraphs[-1], offset)
                pieces.append("\n")
                offset += 1
            if name is not None:
                speaker, named = name, True
            else:
                named = False
            head = f"[{clock(segment.begin_ms)}] " + (f"{name}: " if name is not None else "")
            para_start = offset
            paragraphs.append(Paragraph(len(paragraphs), para_start, para_start,
                                        f"cue/{index}", speaker, clock(segment.begin_ms)))
            pieces.append(head)
            offset += len(head)
            words = 0
        else:
            pieces.append(" ")
            offset += 1
        pieces.append(text)
        cues.append(Cue(offset, offset + len(text), segment.begin_ms, segment.end_ms))
        offset += len(text)
        words += text.count(" ") + 1
        last_end = max(last_end, segment.end_ms)
    if paragraphs:
        paragraphs[-1] = _closed(paragraphs[-1], offset)
    return ImportedText("".join(pieces), tuple(paragraphs), kind, tuple(cues))


def _closed(paragraph: Paragraph, end: int) -> Paragraph:
    return Paragraph(paragraph.index, paragraph.start, end, paragraph.location,
                     paragraph.speaker, paragraph.timestamp)
