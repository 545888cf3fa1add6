"""Cue blocks of a subtitle file: webvtt-py's parse, and a fast path for well-formed files.

webvtt-py is the parser: it knows the WebVTT rules (NOTE, STYLE and REGION
blocks, cue settings, the lax times Teams writes) and SubRip's and SBV's. But it
builds a settings object per cue and costs about 20 ms for an hour of Zoom, and
twenty of them must import in half a second. So a file whose every block is of
the plainest well-formed kind (a cue identifier or none, a timing line with
zero-padded times, text lines; NOTE, STYLE and REGION blocks skipped) is read
here directly, and any other file, at the first block that is not, is handed
to webvtt-py whole. tests/formats/test_cue_blocks.py checks that both give the
same cues on every subtitle file of the corpus.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable

Block = tuple[int, int, list[str]]  # begin and end in ms, the cue's text lines

_VTT_MS = r"(?:(\d{1,3}):)?(\d\d):(\d\d)\.(\d{3})"
_SRT_MS = r"(\d{1,3}):(\d\d):(\d\d),(\d{3})"
_VTT_TIMING = re.compile(rf"{_VTT_MS}[ \t]+-->[ \t]+{_VTT_MS}(?:[ \t]+[^\n]*)?")
_SRT_TIMING = re.compile(rf"{_SRT_MS}[ \t]*-->[ \t]*{_SRT_MS}")
_SBV_TIMING = re.compile(r"(\d{1,3}):(\d\d):(\d\d)\.(\d{3}),(\d{1,3}):(\d\d):(\d\d)\.(\d{3})")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_VTT_SKIPPED = ("NOTE", "STYLE", "REGION")


def cue_blocks(text: str, kind: str,
               library: Callable[[str, str], list[Block]] | None = None) -> list[Block]:
    """The cues of `text` (line ends already "\\n"); `library` parses what this does not."""
    fast = _fast(text, kind)
    return fast if fast is not None else (library or library_blocks)(text, kind)


class MalformedSubtitles(ValueError):
    """webvtt-py could not read the file; str() says why, in its words."""


def library_blocks(text: str, kind: str) -> list[Block]:
    """webvtt-py's reading."""
    import webvtt  # noqa: PLC0415 - loaded only for files the fast path does not take
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    try:
        captions = webvtt.from_buffer(io.StringIO(text), format=kind).captions
    except (MalformedFileError, MalformedCaptionError) as error:
        raise MalformedSubtitles(str(error) or "no cues found") from error
    except (ValueError, IndexError, OverflowError) as error:  # its own bugs on odd input
        raise MalformedSubtitles("a cue cannot be read") from error
    return [(c.start_time.in_milliseconds(), c.end_time.in_milliseconds(), c.lines)
            for c in captions]


def _fast(text: str, kind: str) -> list[Block] | None:
    blocks = _BLANK_LINES.split(text.strip("\n"))
    if kind == "vtt":
        header = blocks[0]
        if not (header.startswith("WEBVTT") and header[6:7] in ("", " ", "\t", "\n")):
            return None
        blocks = blocks[1:]
    cues: list[Block] = []
    for block in blocks:
        lines = block.split("\n")
        if kind == "vtt" and lines[0].startswith(_VTT_SKIPPED) and "-->" not in lines[0]:
            continue
        timing = 1 if kind == "srt" else 0 if kind == "sbv" or "-->" in lines[0] else 1
        if timing >= len(lines):
            return None
        if kind == "srt" and not lines[0].strip().isdigit():
            return None
        pattern = {"vtt": _VTT_TIMING, "srt": _SRT_TIMING, "sbv": _SBV_TIMING}[kind]
        match = pattern.fullmatch(lines[timing].strip() if kind != "vtt" else lines[timing])
        if match is None or "-->" in "".join(lines[timing + 1:]):
            return None
        values = match.groups()
        begin, end = _ms(values[:4]), _ms(values[4:8])
        if end < begin:
            return None  # let the library decide what a backwards cue is
        cues.append((begin, end, lines[timing + 1:]))
    return cues


def _ms(parts: tuple[str | None, ...]) -> int:
    hours, minutes, seconds, millis = parts
    return (((int(hours) if hours else 0) * 60 + int(minutes or 0)) * 60
            + int(seconds or 0)) * 1000 + (int(millis) if millis else 0)
