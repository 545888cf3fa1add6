"""Subtitle and caption files: WebVTT (.vtt), SubRip (.srt) and YouTube's SubViewer (.sbv).

webvtt-py parses all three (cue timings, NOTE/STYLE/REGION blocks, the lax
"0:0:0.210" times Teams writes; cue_blocks.py reads the plainest files faster
and hands it the rest); this module finds who speaks in each cue:

    <v Yuri Bakulin>There you go.</v>      WebVTT voice spans (Teams)
    Barnabas: No.                         a name and a colon (Zoom, Otter, Descript);
                                          when nearly every cue has one (Zoom), the
                                          name may be anything before ": "
    [SPEAKER_00]: text                    diarised Whisper (WhisperX)
    >> MARIA: text   >> text              broadcast and YouTube captions
    - Hello.\\n- Hi.                        two speakers in one subtitle

A name before a colon counts only when some name recurs or the file uses voice
spans or names the first cue's speaker, as Otter does (model/speakers.py has
the same rule for typed transcripts), so that one cue beginning "Finally: ..."
does not invent a speaker. Styling tags (<i>, <c.yellow>, the
<00:01:02.000> word times of YouTube) are dropped and entities (&amp;) decoded.
YouTube's automatic captions repeat each line in the next cue as it scrolls up;
a line that repeats the line just shown is dropped.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from annotator.formats.cue_blocks import MalformedSubtitles, cue_blocks
from annotator.formats.errors import UnreadableFile
from annotator.formats.turns import Segment, build_turns
from annotator.formats.txt_reader import decode
from annotator.messages import message
from annotator.model.entities import ImportedText
from annotator.model.speakers import MAX_LABEL_CHARS, recognise

SUBTITLE_FORMATS = {".vtt": "vtt", ".srt": "srt", ".sbv": "sbv"}

_VOICE = re.compile(r"<v(?:\.[\w.-]+)*[ \t]+([^>]*?)[ \t]*>")
_TAG = re.compile(r"<[^>\n]*>")
_WHISPER_LABEL = re.compile(r"\[((?:SPEAKER|Speaker|speaker)[ _]?\d{1,3})\]:?[ \t]*")
_CHEVRONS = re.compile(r">>+[ \t]*|&gt;&gt;(?:&gt;)*[ \t]*")
_DIALOGUE_DASH = re.compile(r"[-–—][ \t]+")
# Zoom writes every cue as "Display name: text", and display names are anything:
# "potuz", "Karim T. (matkt)", "Saulius Grigaitis | Grandine".
_DISPLAY_NAME = re.compile(r"([^:<>\n]{1,60}?)[ \t]*:[ \t]+(?=\S)")
ZOOM_SHARE = 0.8
_FLASH_MS = 100


@dataclass(slots=True)
class _Part:
    text: str
    begin_ms: int
    end_ms: int
    voice: str | None = None
    label: str | None = None  # a name before a colon, not yet trusted
    bare: str = ""  # the text without that name
    display: str | None = None  # whatever comes before the first ": ", Zoom-style
    display_bare: str = ""
    new_turn: bool = False


def read_subtitles(data: bytes, file_name: str, kind: str) -> ImportedText:
    """Import a .vtt, .srt or .sbv file (`kind` "vtt", "srt" or "sbv")."""
    text = decode(data, file_name).replace("\r\n", "\n").replace("\r", "\n")
    try:
        blocks = cue_blocks(text, kind)
    except MalformedSubtitles as error:
        raise UnreadableFile(file_name, message(
            "“{file}” is not a readable {kind} subtitle file ({reason}).",
            file=file_name, kind=kind.upper(), reason=str(error))) from error
    parts: list[_Part] = []
    previous_line = ""
    for begin, end, cue_lines in blocks:
        lines = [line for line in cue_lines if line.strip()]
        # YouTube's rolling captions: a cue's first line repeats the last line shown,
        # and 10 ms cues between them show that line alone. (Anything else said twice,
        # "Yes." and "Yes.", is kept.)
        if lines and previous_line and _plain(lines[0]) == previous_line and (
                len(lines) > 1 or end - begin < _FLASH_MS):
            lines.pop(0)
        if not lines:
            continue
        previous_line = _plain(lines[-1])
        parts.extend(_parts_of(lines, begin, end))
    return build_turns(_segments(parts), kind)


def _plain(line: str) -> str:
    if "<" in line:
        line = _TAG.sub("", line)
    if "&" in line:
        line = html.unescape(line)
    return " ".join(line.split())


def _parts_of(lines: list[str], begin: int, end: int) -> list[_Part]:
    """A cue's lines as one part per speaker in it (usually one)."""
    dialogue = len(lines) >= 2 and sum(
        1 for line in lines if line[:1] in "-‐–—" and _DIALOGUE_DASH.match(line)) >= 2
    parts: list[_Part] = []
    for line in lines:
        voice_match = _VOICE.search(line)
        new_turn = False
        if dialogue and _DIALOGUE_DASH.match(line):
            line = line[_DIALOGUE_DASH.match(line).end():]  # type: ignore[union-attr]
            new_turn = True
        chevrons = _CHEVRONS.match(line.lstrip())
        if chevrons:
            line = line.lstrip()[chevrons.end():]
            new_turn = True
        plain = _plain(line)
        if not plain:
            continue
        voice = " ".join(voice_match.group(1).split()) if voice_match else None
        if parts and voice is None and not new_turn:
            parts[-1].text += " " + plain
            parts[-1].display_bare += " " + plain
            continue
        part = _Part(plain, begin, end, voice, new_turn=new_turn)
        display = _DISPLAY_NAME.match(plain)
        if display and voice is None:
            part.display, part.display_bare = display.group(1).strip(), plain[display.end():]
        whisper = _WHISPER_LABEL.match(plain)
        if whisper:
            part.voice, part.text = whisper.group(1), plain[whisper.end():]
        parts.append(part)
    return parts


def _recognised(part: _Part) -> None:
    """A speaker label the way a typed transcript writes it ("Ana:", "INT:"), if any."""
    plain = part.text
    if (plain.find(":", 0, MAX_LABEL_CHARS + 1) > 0
            or plain.find("：", 0, MAX_LABEL_CHARS + 1) > 0):
        label = recognise(plain)
        if label.speaker is not None and label.timestamp is None and label.speaker_span:
            part.label = label.speaker
            part.bare = plain[label.speaker_span[1]:].lstrip()


def _segments(parts: list[_Part]) -> list[Segment]:
    unvoiced = [part for part in parts if part.voice is None]
    zoom = bool(unvoiced) and sum(part.display is not None for part in unvoiced) >= max(
        2, ZOOM_SHARE * len(unvoiced))
    if not zoom:  # the recogniser is slower than the display-name rule: only when needed
        for part in unvoiced:
            _recognised(part)
    labels = Counter(part.label for part in parts if part.label is not None)
    voiced = any(part.voice is not None for part in parts)
    # Otter names a speaker only where the speaker changes, so a name on the first
    # cue counts even if it never comes back.
    trust = (voiced or any(count >= 2 for count in labels.values())
             or bool(parts and parts[0].label is not None))
    segments = []
    for part in parts:
        if part.voice is not None:
            segments.append(Segment(part.text, part.begin_ms, part.end_ms, part.voice))
        elif zoom and part.display is not None:
            segments.append(Segment(part.display_bare, part.begin_ms, part.end_ms,
                                    part.display))
        elif part.label is not None and trust:
            segments.append(Segment(part.bare, part.begin_ms, part.end_ms, part.label))
        else:
            segments.append(Segment(part.text, part.begin_ms, part.end_ms,
                                    new_turn=part.new_turn))
    return segments
