"""Finding words and phrases in text: hits, context and widening. Qt-free, no I/O.

Matching is case-insensitive with `re.IGNORECASE`, which folds one character to
one character, so every position found is a position in the original text (a
`casefold()`ed copy would not be: "ß" becomes "ss"). The price: "strasse" does
not find "Straße"; a researcher types what the transcript says.

A query's words match any run of whitespace in the text, so "waiting list"
finds "waiting\\nlist" (a soft line break) but never across two paragraphs: a
hit must lie inside one paragraph of the paragraph map.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, overload

from annotator.model.entities import Paragraph
from annotator.model.speakers import recognise

WIDEN_CHOICES = ("none", "sentence", "turn")
"""How "Code all results" widens each hit: not at all, to its sentence, to its speaker turn."""

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|[。！？]+[”’」』）]*")


def compile_query(query: str, folded: bool = False) -> re.Pattern[str] | None:
    """The pattern for a query: its words in order, any whitespace between; None if empty.

    `folded`: a pattern for text already lower-cased (see `fold`), searched without
    IGNORECASE, which lets `re` use its fast literal search (ten times faster).
    """
    words = query.split()
    if not words:
        return None
    if folded:
        return re.compile(r"\s+".join(re.escape(w.lower()) for w in words))
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def fold(text: str) -> str | None:
    """`text.lower()` when it keeps every position (one character to one), else None.

    lower() never removes characters, only expands a few ("İ" -> "i̇"), so equal
    lengths mean equal positions; a text with such a character is searched with
    IGNORECASE instead.
    """
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def only_whitespace_between(text: str, paragraphs: Sequence[Paragraph]) -> bool:
    """Whether a word (no whitespace in it) can only ever match inside one paragraph:
    the paragraphs are in order, and before, between and after them lies whitespace only,
    at least one character of it between two paragraphs."""
    pos = 0
    for i, para in enumerate(paragraphs):
        if para.start < pos or (i and para.start == pos) or \
                (gap := text[pos:para.start]) and not gap.isspace():
            return False
        pos = para.end
    return not (tail := text[pos:]) or tail.isspace()


@dataclass(frozen=True, slots=True)
class CorpusEntry:
    """One transcript as search reads it: text, its folded copy, its paragraph map.

    `separated`: see `only_whitespace_between`; it lets one-word queries be counted
    in C (str.count) instead of hit by hit.
    """

    source_id: int
    name: str
    text: str
    folded: str | None
    paragraphs: list[Paragraph]
    starts: list[int]
    separated: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """One place where the query matched a transcript: text[start:end]."""

    source_id: int
    start: int
    end: int
    paragraph: int  # index in the paragraph map (-1 when the source has none)
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class MemoHit:
    """One place where the query matched a memo's title or body."""

    memo_id: int
    target_kind: str
    target_id: int | None
    field: str  # "title" or "body"
    start: int
    end: int


def _paragraph_at(starts: Sequence[int], paragraphs: Sequence[Paragraph], pos: int) -> int:
    i = bisect_right(starts, pos) - 1
    if i >= 0 and paragraphs[i].start <= pos < paragraphs[i].end:
        return i
    return -1


def find_in_source(
    pattern: re.Pattern[str], source_id: int, text: str, paragraphs: Sequence[Paragraph],
    starts: Sequence[int] | None = None,
) -> Iterator[Hit]:
    """Every hit of `pattern` in one transcript, each inside a single paragraph."""
    if starts is None:
        starts = [p.start for p in paragraphs]
    if not paragraphs:
        for m in pattern.finditer(text):
            yield Hit(source_id, m.start(), m.end(), -1)
        return
    pos = 0
    search = pattern.search
    while (m := search(text, pos)) is not None:
        start, end = m.span()
        i = _paragraph_at(starts, paragraphs, start)
        if i < 0:  # between paragraphs: not part of any
            pos = end
            continue
        para = paragraphs[i]
        if end > para.end:
            # The whitespace bridged two paragraphs: look again inside this one only.
            m = search(text, start + 1, para.end)
            if m is None:
                pos = para.end
                continue
            start, end = m.span()
        pos = end
        yield Hit(source_id, start, end, para.index, para.speaker)


def find_in_text(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    for m in pattern.finditer(text):
        yield m.span()


def context(text: str, start: int, end: int, width: int = 60,
            bounds: tuple[int, int] | None = None) -> tuple[str, str, str]:
    """(before, match, after): up to `width` characters either side, whole words,
    within `bounds` (the paragraph) if given, whitespace runs shown as one space."""
    lo, hi = bounds if bounds is not None else (0, len(text))
    a = max(lo, start - width)
    b = min(hi, end + width)
    if a > lo:
        space = text.find(" ", a, start)
        if 0 <= space < start and space - a < width // 3:
            a = space + 1
    if b < hi:
        space = text.rfind(" ", end, b)
        if space > end and b - space < width // 3:
            b = space

    def flat(s: str) -> str:
        return " ".join(s.split()) if s.strip() else s.replace("\n", " ")

    before = ("…" if a > lo else "") + flat(text[a:start]).lstrip()
    after = flat(text[end:b]).rstrip() + ("…" if b < hi else "")
    if text[a:start][-1:].isspace():
        before += " "
    if text[end:b][:1].isspace():
        after = " " + after.lstrip()
    return before, flat(text[start:end]), after


def _label_end(text: str, para: Paragraph) -> int:
    """Where a paragraph's words begin, after its speaker label and timestamp ("P3:")."""
    label = recognise(text[para.start:para.end])
    ends = [span[1] for span in (label.speaker_span, label.timestamp_span) if span]
    pos = para.start + (max(ends) if ends else 0)
    while pos < para.end and text[pos].isspace():
        pos += 1
    return pos


def _has_label(text: str, para: Paragraph) -> bool:
    return recognise(text[para.start:para.end]).speaker is not None


def sentence_span(text: str, para: Paragraph, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) around [start, end) inside its paragraph (label left out)."""
    lo = _label_end(text, para)
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, para.end):
        if m.end() <= start:
            s = m.end()
        else:
            break
    e = para.end
    for m in _SENTENCE_END.finditer(text, max(end - 1, s), para.end):
        e = m.end()
        break
    while s < start and text[s].isspace():
        s += 1
    return min(s, start), max(e, end)


def turn_span(text: str, paragraphs: Sequence[Paragraph], index: int, start: int,
              end: int) -> tuple[int, int]:
    """The speaker turn around a hit: from the paragraph with the speaker's label through
    the paragraphs that continue it (same speaker, no label of their own); label left out."""
    first = last = index
    speaker = paragraphs[index].speaker
    if speaker is not None:
        while first > 0 and not _has_label(text, paragraphs[first]) and \
                paragraphs[first - 1].speaker == speaker:
            first -= 1
        while last + 1 < len(paragraphs) and paragraphs[last + 1].speaker == speaker and \
                not _has_label(text, paragraphs[last + 1]):
            last += 1
    s = _label_end(text, paragraphs[first])
    e = paragraphs[last].end
    while e > s and text[e - 1].isspace():
        e -= 1
    return min(s, start), max(e, end)


def _index_of(paragraphs: Sequence[Paragraph], index: int) -> int:
    """Position in the list of the paragraph numbered `index` (-1 if none)."""
    if 0 <= index < len(paragraphs) and paragraphs[index].index == index:
        return index
    return next((i for i, p in enumerate(paragraphs) if p.index == index), -1)


def widen(text: str, paragraphs: Sequence[Paragraph], hit: Hit, how: str) -> tuple[int, int]:
    """The span "Code all results" codes for a hit: the hit, its sentence or its turn."""
    if how not in WIDEN_CHOICES:
        raise ValueError(f"widen must be one of {', '.join(WIDEN_CHOICES)}")
    if how == "none" or hit.paragraph < 0:
        return hit.start, hit.end
    index = _index_of(paragraphs, hit.paragraph)
    if index < 0:
        return hit.start, hit.end
    if how == "sentence":
        return sentence_span(text, paragraphs[index], hit.start, hit.end)
    return turn_span(text, paragraphs, index, hit.start, hit.end)


class SourceHits(Sequence[Hit]):
    """One transcript's hits: counted when the search runs, found when first looked at."""

    __slots__ = ("source_id", "_count", "_find", "_hits")

    def __init__(self, source_id: int, find: Callable[[], list[Hit]],
                 count: int | None = None) -> None:
        self.source_id = source_id
        self._find = find
        self._count = count
        self._hits: list[Hit] | None = None

    def _load(self) -> list[Hit]:
        if self._hits is None:
            self._hits = self._find()
            self._count = len(self._hits)
        return self._hits

    def __len__(self) -> int:
        return self._count if self._count is not None else len(self._load())

    @overload
    def __getitem__(self, i: int) -> Hit: ...
    @overload
    def __getitem__(self, i: slice) -> list[Hit]: ...
    def __getitem__(self, i: int | slice) -> Hit | list[Hit]:
        return self._load()[i]

    def __iter__(self) -> Iterator[Hit]:
        return iter(self._load())


class HitList(Sequence[Hit]):
    """Every transcript hit in order, without making a Hit before it is asked for:
    a page of results finds positions only in the transcripts it shows."""

    __slots__ = ("groups", "_ends")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, groups: Sequence[SourceHits] = ()) -> None:
        self.groups = [g for g in groups if len(g)]
        self._ends = list(accumulate(len(g) for g in self.groups))

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    @overload
    def __getitem__(self, i: int) -> Hit: ...
    @overload
    def __getitem__(self, i: slice) -> list[Hit]: ...
    def __getitem__(self, i: int | slice) -> Hit | list[Hit]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("hit index out of range")
        g = bisect_right(self._ends, i)
        return self.groups[g][i - (self._ends[g - 1] if g else 0)]

    def __iter__(self) -> Iterator[Hit]:
        for group in self.groups:
            yield from group

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What to look for and where. Filters narrow the transcript hits only:

    - `attribute`: (attribute name, value): transcripts of participants with that value;
    - `speakers`: keep only hits in these speakers' turns (empty: any speaker);
    - `exclude_speakers`: leave out these speakers' turns (e.g. "Interviewer");
    - `code_id`: keep only hits inside a coding of this code;
    - `memos`: search memos too.
    Speaker names compare case-insensitively.
    """

    text: str
    attribute: tuple[str, str] | None = None
    speakers: frozenset[str] = frozenset()
    exclude_speakers: frozenset[str] = frozenset()
    code_id: int | None = None
    memos: bool = True

    def speaker_allowed(self, speaker: str | None) -> bool:
        name = (speaker or "").casefold()
        if self.speakers and name not in {s.casefold() for s in self.speakers}:
            return False
        return name not in {s.casefold() for s in self.exclude_speakers}


@dataclass(slots=True)
class SearchResults:
    """Hits in transcript order, grouped by transcript on request, with what context needs.

    `hits` is lazy (see HitList): its length is known at once, its Hit objects are made
    a transcript at a time when read.
    """

    query: SearchQuery
    hits: HitList
    memo_hits: list[MemoHit]
    names: dict[int, str]
    texts: dict[int, str]
    paragraphs: dict[int, list[Paragraph]]
    memo_texts: dict[tuple[int, str], str]

    def __len__(self) -> int:
        return len(self.hits) + len(self.memo_hits)

    def by_source(self) -> dict[int, SourceHits]:
        """Each transcript with hits -> its hits (counted; positions found when read)."""
        return {group.source_id: group for group in self.hits.groups}

    def context(self, hit: Hit, width: int = 60) -> tuple[str, str, str]:
        text = self.texts[hit.source_id]
        bounds = None
        if hit.paragraph >= 0:
            paragraphs = self.paragraphs[hit.source_id]
            i = _index_of(paragraphs, hit.paragraph)
            bounds = (paragraphs[i].start, paragraphs[i].end) if i >= 0 else None
        return context(text, hit.start, hit.end, width, bounds)

    def memo_context(self, hit: MemoHit, width: int = 60) -> tuple[str, str, str]:
        return context(self.memo_texts[(hit.memo_id, hit.field)], hit.start, hit.end, width)
