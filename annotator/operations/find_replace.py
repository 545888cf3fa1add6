"""Find and replace across one or all transcripts, each replace-all one undo step.

A hit is found in the text as stored (code points, model/offsets.py), as a whole word
or anywhere, with or without matching case; the preview shows each hit with its line
around it and the codes of the codings it falls in. Replacing makes every hit of a
transcript one edit each, together (operations/many_edits.py), so codings follow the
rule of model/edit_shift.py: a coding of the replaced word covers its replacement.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from annotator.messages import message
from annotator.model.text_edits import TextEdit
from annotator.operations.errors import OperationError
from annotator.operations.many_edits import edit_many
from annotator.operations.text_edits import EditReport, Guard
from annotator.store.store import Store

CONTEXT = 40
"""Characters of the hit's line shown either side of it."""

_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
                       "\U00020000-\U0003134f]")


def _wordy(char: str) -> bool:
    """A letter or digit of a script written with spaces: a whole word may not touch
    one. Chinese beside a name is no part of it ("李女士说Ruth很认真"), as for pseudonyms."""
    return char.isalnum() and not _UNSPACED.match(char)


@dataclass(frozen=True, slots=True)
class TextHit:
    """One place `query` was found: where, the line around it, the codes of the
    codings it falls in (sorted names)."""

    source_id: int
    source: str
    start: int
    end: int
    before: str
    after: str
    codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finder:
    """Where a query is found in a text: literal, as a whole word if asked."""

    query: str
    whole_word: bool = False
    match_case: bool = False

    def __post_init__(self) -> None:
        if not self.query:
            raise OperationError(message("Say what to find."))

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = re.compile(re.escape(self.query), 0 if self.match_case else re.IGNORECASE)
        spans = [m.span() for m in found.finditer(text) if m.end() > m.start()]
        if not self.whole_word:
            return spans
        head, tail = _wordy(self.query[0]), _wordy(self.query[-1])
        return [(s, e) for s, e in spans
                if not (head and s > 0 and _wordy(text[s - 1]))
                and not (tail and e < len(text) and _wordy(text[e]))]


def _spans(store: Store, source_ids: Collection[int] | None, finder: Finder
           ) -> Iterator[tuple[int, str, str, list[tuple[int, int]]]]:
    """(source id, name, text, hit spans) for each transcript searched, in list order."""
    wanted = None if source_ids is None else set(source_ids)
    for summary in store.sources.summaries():
        if wanted is not None and summary.id not in wanted:
            continue
        source = store.sources.get(summary.id)
        if source is None:
            continue
        yield source.id, source.name, source.text, finder.spans(source.text)


def find_text(store: Store, query: str, *, source_ids: Collection[int] | None = None,
              whole_word: bool = False, match_case: bool = False) -> list[TextHit]:
    """Every hit of `query`, in transcript order, with its context and codes."""
    found = Finder(query, whole_word, match_case)
    names = {code.id: code.name for code in store.codes.all()}
    hits: list[TextHit] = []
    for source_id, name, text, spans in _spans(store, source_ids, found):
        if not spans:
            continue
        codings = sorted((c.start, c.end, names.get(c.code_id, ""))
                         for c in store.codings.list(source_id))
        covering = _covering(codings, spans)
        for (start, end), codes in zip(spans, covering, strict=True):
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            hits.append(TextHit(source_id, name, start, end,
                                text[max(line_start, start - CONTEXT):start],
                                text[end:min(line_end, end + CONTEXT)], codes))
    return hits


def _covering(codings: list[tuple[int, int, str]], spans: list[tuple[int, int]]
              ) -> list[tuple[str, ...]]:
    """For each span (in order), the codes of the codings sharing text with it: one sweep."""
    result: list[tuple[str, ...]] = []
    active: list[tuple[int, str]] = []  # (end, code), a heap by end
    index = 0
    for start, end in spans:
        while index < len(codings) and codings[index][0] < end:
            heapq.heappush(active, (codings[index][1], codings[index][2]))
            index += 1
        while active and active[0][0] <= start:
            heapq.heappop(active)
        result.append(tuple(sorted({code for c_end, code in active if c_end > start})))
    return result


def replace_text(store: Store, query: str, replacement: str, *,
                 source_ids: Collection[int] | None = None, whole_word: bool = False,
                 match_case: bool = False, guard: Guard | None = None) -> EditReport:
    """Replace every hit of `query` with `replacement` (one operation: one undo step)."""
    found = Finder(query, whole_word, match_case)
    report = EditReport()
    for source_id, _name, _text, spans in list(_spans(store, source_ids, found)):
        if spans:
            report += edit_many(store, source_id,
                                [TextEdit(s, e, replacement) for s, e in spans], guard)
    return report
