"""A deliberately naive reading of subtitle files, to check the importer against.

Blocks are separated by blank lines; a block's timing line holds "-->" (WebVTT,
SubRip) or is "start,end" (SBV); the lines after it are the cue's text. Tags are
stripped and lines joined with a space. Nothing here is shared with the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_SBV_TIMING = re.compile(r"^\d+:\d\d:\d\d\.\d+,\d+:\d\d:\d\d\.\d+$")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)*\s+([^>]+)>")
_TAG = re.compile(r"<[^>]+>")


@dataclass
class RawCue:
    begin_ms: int
    text: str  # tags stripped, lines joined by one space
    voice: str | None


def ms(stamp: str) -> int:
    parts = [float(p) for p in stamp.replace(",", ".").split(":")]
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + part
    return round(seconds * 1000)


def raw_cues(path: Path) -> list[RawCue]:
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    cues = []
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        lines = block.split("\n")
        for index, line in enumerate(lines):
            if "-->" in line or _SBV_TIMING.match(line.strip()):
                start = re.split(r"-->|,(?=\d+:)", line)[0].strip()
                body = lines[index + 1:]
                voice = next((m.group(1) for m in map(_VOICE.search, body) if m), None)
                words = " ".join(_TAG.sub("", line) for line in body).split()
                if words:
                    cues.append(RawCue(ms(start), " ".join(words), voice))
                break
    return cues


def check_against_raw(path: Path, imported_text: str, paragraphs: list, cues: list,
                      labelled: bool) -> None:
    """Every cue kept once with its time and text; every turn starts at a cue with its time."""
    raw = raw_cues(path)
    assert len(cues) == len(raw)
    for cue, expected in zip(cues, raw, strict=True):
        spoken = imported_text[cue.start:cue.end]
        assert spoken and expected.text.endswith(spoken), (spoken, expected.text)
        assert cue.begin_ms == expected.begin_ms
    starts = {cue.start: cue for cue in cues}
    for paragraph in paragraphs:
        line = imported_text[paragraph.start:paragraph.end]
        stamp = re.match(r"\[(\d\d):(\d\d):(\d\d)\] ", line)
        assert stamp, line
        first = min((c for c in cues if paragraph.start <= c.start < paragraph.end),
                    key=lambda c: c.start)
        assert int(stamp[1]) * 3600 + int(stamp[2]) * 60 + int(stamp[3]) == first.begin_ms // 1000
        assert paragraph.timestamp == line[1:9]
    assert len(paragraphs) <= len(cues)
    assert starts  # at least one cue
    if labelled:
        names = [c.voice or c.text.split(": ", 1)[0] for c in raw]
        changes = 1 + sum(1 for a, b in zip(names, names[1:], strict=False) if a != b)
        assert len(paragraphs) == changes
