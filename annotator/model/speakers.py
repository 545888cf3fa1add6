"""Speaker labels and timestamps at the start of a transcript paragraph.

Recognised (the styles of real transcripts in ../shared/corpus/transcripts/):

    Interviewer: ...          P3: ...            Researcher 1: ...     Ana: ...
    INT: ...                  admin-1:   ...     Max Bigman:     ...   访谈者：...
    Jonas Rosland  0:22       (Otter: name and time alone on a line, speech below)
    Speaker 1 00:03:12        Speaker 1 (00:03:12): ...               [id1] ...
    0:0:0.0 --> 0:0:4.620     (Teams until 2022: cue timing, the name alone, speech below)
    [00:12:34] Interviewer: ...    00:05:15 ...    (00:12) ...    ... [00:12:34]

A label is short (at most four words and 40 characters, six characters in a
script written without spaces: Chinese, Japanese), sits at the start of the paragraph, and
each of its words is capitalised, contains a digit, or is in a caseless script
(CJK, Arabic, Hebrew...); name particles ("de", "van", "al") may be lower case.
An ASCII colon must be followed by a space or the end of the paragraph (so
"10:36" and "http://" are not labels); a full-width colon "：" may be followed by
anything. Sentences that merely contain a colon ("There were three things:
money, time") are not labels, nor are common metadata and discourse words
("Note:", "Date:", "So:").

Names that differ only in case or spacing are one speaker, spelt as first
written. A bare leading timestamp counts when it has seconds ("00:05:15 ...") or is the
whole line; "10:30 is when we met" does not start with a timestamp.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class TurnLabel:
    """What `recognise` found; spans are (start, end) code-point offsets into the paragraph.

    `speaker_span` covers the label as written, including its colon, for styling.
    """

    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    timestamp: str | None = None
    timestamp_span: tuple[int, int] | None = None


NO_LABEL = TurnLabel()

MAX_LABEL_CHARS = 40
MAX_LABEL_WORDS = 4
MAX_CASELESS_LABEL_CHARS = 6
MIN_TURNS = 2

_TS = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"


def _bracketed_ts() -> str:
    return rf"\[(?P<b1>{_TS})\]|\((?P<b2>{_TS})\)"


# A timestamp at the very start: bracketed, or bare with seconds, or bare and alone.
_LEADING_TS = re.compile(
    r"(?:"
    + _bracketed_ts()
    + rf"|(?P<bare>\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d{{1,3}})?(?![\d:])|{_TS}(?=[ \t]*$|\t))"
    + r")"
)
# "Name  0:22" / "Speaker 1 (00:03:12):": a label, a time, then a colon or the end of the line.
_LABEL_THEN_TS = re.compile(
    r"(?P<label>[^\n:：\[\]()\d][^\n:：\[\]]{0,39}?)[ \t]+(?:"
    + _bracketed_ts()
    + rf"|(?P<bare>{_TS}))[ \t]*(?P<colon>[:：])?(?(colon)|[ \t]*(?=\n|$))"
)
_BRACKET_LABEL = re.compile(
    r"\[(?P<label>[^\W\d_]{1,12}\d{1,3}|(?:Interviewer|Interviewee|Respondent|Participant|"
    r"Moderator|Facilitator|Researcher|Speaker)(?: \d{1,3})?)\](?=[ \t]|$)"
)
_TIME_NEAR_START = re.compile(r"\d:\d\d")
_TS_AFTER_COLON = re.compile(r"[ \t]*(?:" + _bracketed_ts() + r")")
_TRAILING_TS = re.compile(r"(?:" + _bracketed_ts() + r")[ \t]*$")
_LABEL_CHARS = re.compile(r"[\w .'’()#&-]+")
_CUE_TIME = r"\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?"
_CUE_TIMING = re.compile(rf"[ \t]*({_CUE_TIME})[ \t]*-->[ \t]*{_CUE_TIME}[ \t]*$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Kana, CJK ideographs (BMP, compatibility and the supplementary planes).
_UNSPACED_RANGES = (
    ("\u3040", "\u30ff"),
    ("\u3400", "\u4dbf"),
    ("\u4e00", "\u9fff"),
    ("\uf900", "\ufaff"),
    ("\U00020000", "\U0003134f"),
)
_PARTICLES = _words(
    "de da do dos das del della di du la le van von der den ten ter al el bin ibn y e"
)
_NOT_SPEAKERS = _words(
    "note notes nb ps yes no well so and but or also then example examples e.g i.e re subject "
    "date time place location duration length title topic summary update warning tip edit "
    "source sources total reference references keywords abstract"
)


def recognise(text: str) -> TurnLabel:
    """The speaker label and timestamp at the start of one paragraph's text, if any."""
    pos = _skip_blanks(text, 0)
    timestamp: str | None = None
    ts_span: tuple[int, int] | None = None
    match = _LEADING_TS.match(text, pos)
    if match:
        group = _ts_group(match)
        timestamp, ts_span = match.group(group), match.span(group)
        pos = _skip_blanks(text, match.end())
    speaker = _speaker_at(text, pos)
    if speaker is not None:
        name, span, found_ts, found_span = speaker
        if found_ts and timestamp is None:
            timestamp, ts_span = found_ts, found_span
        return TurnLabel(name, span, timestamp, ts_span)
    if timestamp is None:
        match = _TRAILING_TS.search(text)
        if match:
            group = _ts_group(match)
            return TurnLabel(timestamp=match.group(group), timestamp_span=match.span(group))
    return TurnLabel(timestamp=timestamp, timestamp_span=ts_span)


def attribute(texts: Sequence[str]) -> list[tuple[str | None, str | None]]:
    """(speaker, timestamp) for each paragraph of one transcript, in order.

    Labels only count as speakers in a document where some label recurs: turns
    alternate, so a transcript repeats its speakers, while a report's one-off
    "Security Requirements:" heading does not make it a transcript. A non-empty
    paragraph without a label continues the turn of the last labelled one (an
    Otter name line is followed by the speech; long turns run over several
    paragraphs or hard-wrapped lines, blank lines between them included).
    Timestamps are not carried over.
    """
    labels = _with_cue_names(texts, [recognise(text) if text.strip() else NO_LABEL
                                     for text in texts])
    names = normalised_names([label.speaker for label in labels])
    turns = Counter(names[label.speaker] for label in labels if label.speaker is not None)
    is_transcript = any(count >= MIN_TURNS for count in turns.values())
    result: list[tuple[str | None, str | None]] = []
    current: str | None = None
    for text, label in zip(texts, labels, strict=True):
        if label.speaker is not None and is_transcript:
            current = names[label.speaker]
        elif label.timestamp_span is not None and _only_time(text, label.timestamp_span):
            # Google Meet's time marks every few minutes belong to no one.
            result.append((None, label.timestamp))
            continue
        result.append((current if text.strip() else None, label.timestamp))
    return result


def normalised_names(names: Sequence[str | None]) -> dict[str, str]:
    """Each spelling of a name mapped to the first one written in the transcript.

    Case and spacing vary within one meeting export ("Speaker 1", "SPEAKER 1",
    "Ana  Ruiz"); they are one person, so they get one name.
    """
    first: dict[str, str] = {}
    mapping: dict[str, str] = {}
    for name in names:
        if name is None or name in mapping:
            continue
        tidy = " ".join(name.split())
        mapping[name] = first.setdefault(tidy.casefold(), tidy)
    return mapping


def _only_time(text: str, span: tuple[int, int]) -> bool:
    if _CUE_TIMING.match(text):
        return True
    return not (text[: span[0]] + text[span[1]:]).strip(" \t[]()")


def _with_cue_names(texts: Sequence[str], labels: list[TurnLabel]) -> list[TurnLabel]:
    """Teams' older layout: a cue timing line, the speaker's name alone, then the speech.

        0:0:0.0 --> 0:0:4.620
        Ana Ruiz
        Hello, can you hear me?
    """
    if not any("-->" in text for text in texts):
        return labels
    labelled = list(labels)
    for index, text in enumerate(texts):
        timing = _CUE_TIMING.match(text)
        if timing is None:
            continue
        labelled[index] = TurnLabel(timestamp=timing.group(1), timestamp_span=timing.span(1))
        after = index + 1
        if after < len(texts):
            name = texts[after].strip()
            if name and _is_label(name) and labels[after].speaker is None:
                start = texts[after].index(name)
                labelled[after] = TurnLabel(name, (start, start + len(name)))
    return labelled


def _speaker_at(
    text: str, pos: int
) -> tuple[str, tuple[int, int], str | None, tuple[int, int] | None] | None:
    match = _BRACKET_LABEL.match(text, pos)
    if match:
        return match.group("label"), match.span(), None, None
    # Most lines hold no time near their start; a plain search rules them out cheaply.
    match = _TIME_NEAR_START.search(text, pos, pos + 60) and _LABEL_THEN_TS.match(text, pos)
    if match and _is_label(match.group("label").strip()):
        group = _ts_group(match)
        name = match.group("label").strip()
        end = match.end("colon") if match.group("colon") else match.start("label") + len(name)
        span = (match.start("label"), end)
        return name, span, match.group(group), match.span(group)
    return _colon_label(text, pos)


def _colon_label(
    text: str, pos: int
) -> tuple[str, tuple[int, int], str | None, tuple[int, int] | None] | None:
    window = text[pos : pos + MAX_LABEL_CHARS + 2]
    colon = min((i for i in (window.find(":"), window.find("：")) if i > 0), default=-1)
    if colon < 0:
        return None
    name = window[:colon].rstrip()
    after = pos + colon + 1
    if window[colon] == ":" and after < len(text):
        follower = text[after]
        if not (follower.isspace() or _is_caseless_letter(follower)):
            return None
    if not _is_label(name):
        return None
    match = _TS_AFTER_COLON.match(text, after)
    if match:
        group = _ts_group(match)
        return name, (pos, after), match.group(group), match.span(group)
    return name, (pos, after), None, None


@lru_cache(maxsize=4096)  # a transcript repeats a handful of labels thousands of times
def _is_label(label: str) -> bool:
    if not label or len(label) > MAX_LABEL_CHARS or not _LABEL_CHARS.fullmatch(label):
        return False
    words = label.split()
    if len(words) > MAX_LABEL_WORDS or not any(ch.isalpha() for ch in label):
        return False
    if len(words) == 1 and _is_unspaced_script(label[0]):
        # Chinese and Japanese have no spaces: a long run before a colon is a clause.
        return len(label) <= MAX_CASELESS_LABEL_CHARS
    if len(words) == 1 and label.lower().rstrip(".") in _NOT_SPEAKERS:
        return False
    for index, word in enumerate(words):
        bare = word.strip("()'’.")
        if not bare:
            return False
        first = bare[0]
        if first.isupper() or _is_caseless_letter(first) or any(c.isdigit() for c in bare):
            continue
        if index > 0 and bare in _PARTICLES:
            continue
        return False
    return True


def _is_caseless_letter(ch: str) -> bool:
    # "Lo": letters of scripts without case (CJK, Arabic, Hebrew, Thai...).
    return unicodedata.category(ch) == "Lo"


def _is_unspaced_script(ch: str) -> bool:
    return any(low <= ch <= high for low, high in _UNSPACED_RANGES)


def _ts_group(match: re.Match[str]) -> str:
    for name in ("b1", "b2", "bare"):
        if name in match.re.groupindex and match.group(name) is not None:
            return name
    raise AssertionError("a timestamp match without a timestamp group")


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos
