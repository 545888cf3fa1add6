"""Passages and their terms, for finding passages like a code's excerpts. Qt-free, no I/O.

A passage is what the "Similar passages" list shows and codes: a speaker turn (one
paragraph, its speaker label left out), cut into runs of whole sentences when the turn
is long. Its terms are lower-cased words with plurals folded ("parents" -> "parent"),
common function words dropped, and, for scripts written without spaces (Chinese,
Japanese), overlapping character pairs: "社区参与" gives 社区, 区参, 参与. Pairs find
Chinese words without a dictionary, as CJK search engines have long done.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from annotator.model.entities import Paragraph
from annotator.model.speakers import recognise

TOKENIZER_VERSION = 1
"""Stored with each indexed transcript: a new tokenizer re-indexes the old ones."""

LONG_TURN_WORDS = 80
"""A turn longer than this is cut into passages of whole sentences of about..."""
PASSAGE_WORDS = 50

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
_TOKEN = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+(?:['’][^\\W_{_CJK}]+)*)")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|[。！？]+[”’」』）]*")

_STOPWORDS = """
a about above after again against all am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself
yourselves um uh yeah oh okay ok like mm mhm hmm really know think mean sort kind
just also well get got go going gonna thing things lot s t d ll m re ve don didn doesn isn
wasn aren weren won wouldn couldn shouldn can't don't didn't i'm it's that's there's
they're we're you're i've i'd i'll
"""
STOPWORDS = frozenset(_STOPWORDS.split())


def _fold(word: str) -> str:
    """A word's plural folded to its singular (Harman's S-stemmer), possessive dropped."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 3 and word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if len(word) > 2 and word.endswith("s") and not word.endswith(("us", "ss")):
        return word[:-1]
    return word


def terms(text: str) -> list[str]:
    """The terms of a text in order, repeats kept (see the module's docstring)."""
    out: list[str] = []
    for match in _TOKEN.finditer(text.lower()):
        cjk, word = match.groups()
        if cjk:
            if len(cjk) == 1:
                out.append(cjk)
            else:
                out.extend(cjk[i:i + 2] for i in range(len(cjk) - 1))
        elif word not in STOPWORDS and not word.isdigit():
            folded = _fold(word)
            if folded not in STOPWORDS:
                out.append(folded)
    return out


def _words(text: str) -> int:
    return sum(len(m.group(1)) if m.group(1) else 1 for m in _TOKEN.finditer(text))


@dataclass(frozen=True, slots=True)
class Passage:
    """text[start:end] of one transcript, spoken by `speaker` (None when unknown)."""

    source_id: int
    start: int
    end: int
    speaker: str | None = None


def _content_start(text: str, para: Paragraph) -> int:
    """Where a paragraph's words begin, after any speaker label and timestamp."""
    label = recognise(text[para.start:para.end])
    ends = [span[1] for span in (label.speaker_span, label.timestamp_span) if span]
    return para.start + (max(ends) if ends else 0)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_runs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Runs of whole sentences of about PASSAGE_WORDS words covering [start, end)."""
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, start, end)]
    if not cuts or cuts[-1] < end:
        cuts.append(end)
    run_start = start
    words = 0
    previous = start
    for cut in cuts:
        words += _words(text[previous:cut])
        previous = cut
        if words >= PASSAGE_WORDS or cut == end:
            yield run_start, cut
            run_start, words = cut, 0


def split_passages(source_id: int, text: str, paragraphs: Sequence[Paragraph]) -> list[Passage]:
    """A transcript's passages in text order: its turns, long ones cut at sentence ends.

    A transcript without a paragraph map is read line by line.
    """
    if paragraphs:
        spans = [(_content_start(text, p), p.end, p.speaker) for p in paragraphs]
    else:
        spans = []
        pos = 0
        for line in text.splitlines(keepends=True):
            spans.append((pos, pos + len(line), None))
            pos += len(line)
    passages: list[Passage] = []
    for start, end, speaker in spans:
        start, end = _trim(text, start, end)
        if start >= end or not _TOKEN.search(text, start, end):
            continue
        if _words(text[start:end]) <= LONG_TURN_WORDS:
            passages.append(Passage(source_id, start, end, speaker))
            continue
        for a, b in _sentence_runs(text, start, end):
            a, b = _trim(text, a, b)
            if a < b and _TOKEN.search(text, a, b):
                passages.append(Passage(source_id, a, b, speaker))
    return passages


def index_source(source_id: int, text: str, paragraphs: Sequence[Paragraph]
                 ) -> list[tuple[Passage, list[str]]]:
    """Each passage of a transcript with its terms: what the index keeps for it."""
    return [(p, terms(text[p.start:p.end])) for p in split_passages(source_id, text, paragraphs)]


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def covered(passage: Passage, spans: Iterable[tuple[int, int, int]], share: float = 0.0
            ) -> bool:
    """Whether codings `spans` (source, start, end) cover at least `share` of the passage
    (by default: any of it)."""
    length = passage.end - passage.start
    inside = 0
    for source_id, start, end in spans:
        if source_id == passage.source_id and overlaps(start, end, passage.start, passage.end):
            inside += min(end, passage.end) - max(start, passage.start)
    return length > 0 and inside > 0 and inside >= share * length


def quiet_speakers(passages: Sequence[Passage], coded: Iterable[tuple[int, int, int]]
                   ) -> set[str]:
    """Speakers heard in two or more coded transcripts none of whose turns is coded
    (source, start, end): usually the interviewer, whose questions are rarely evidence.
    A speaker of one transcript only (a newly imported participant) is never quiet."""
    by_source: dict[int, list[Passage]] = {}
    for passage in passages:
        by_source.setdefault(passage.source_id, []).append(passage)
    starts = {s: [p.start for p in ps] for s, ps in by_source.items()}
    spoken: set[str | None] = set()
    coded_sources: set[int] = set()
    for source_id, start, end in coded:
        coded_sources.add(source_id)
        listed = by_source.get(source_id, [])
        i = max(bisect_right(starts.get(source_id, []), start) - 1, 0)
        while i < len(listed) and listed[i].start < end:
            if listed[i].end > start:
                spoken.add(listed[i].speaker)
            i += 1
    heard: dict[str, set[int]] = {}
    for source_id in coded_sources:
        for passage in by_source.get(source_id, []):
            if passage.speaker is not None:
                heard.setdefault(passage.speaker, set()).add(source_id)
    return {s for s, sources in heard.items() if len(sources) >= 2 and s not in spoken}
