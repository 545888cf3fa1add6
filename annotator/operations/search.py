"""Search transcripts and memos; code every hit of a search as one operation."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence

from annotator.messages import message
from annotator.model.search import (
    WIDEN_CHOICES,
    CorpusEntry,
    Hit,
    HitList,
    MemoHit,
    SearchQuery,
    SearchResults,
    SourceHits,
    compile_query,
    find_in_source,
    find_in_text,
    widen,
)
from annotator.operations.codings import add_codings
from annotator.operations.errors import OperationError
from annotator.store.store import Store


def _inside(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the spans whose sorted starts are `starts`
    and `reach[i]` the furthest end among the first i + 1 of them."""
    i = bisect_right(starts, start)
    return i > 0 and reach[i - 1] >= end


def _reach(spans: list[tuple[int, int]]) -> list[int]:
    reach, furthest = [], -1
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)
    return reach


def _one_word(query: str) -> str | None:
    """The query lower-cased when it is one word: str.count can count it exactly."""
    words = query.split()
    return words[0].lower() if len(words) == 1 else None


def _speaker_filter(query: SearchQuery) -> Callable[[str | None], bool] | None:
    keep = {s.casefold() for s in query.speakers}
    drop = {s.casefold() for s in query.exclude_speakers}
    if not keep and not drop:
        return None

    def allowed(speaker: str | None) -> bool:
        name = (speaker or "").casefold()
        return (not keep or name in keep) and name not in drop
    return allowed


def _counted(entry: CorpusEntry, word: str | None, query: SearchQuery,
             allowed: Callable[[str | None], bool] | None) -> int | None:
    """The number of hits in one transcript counted in C, or None when only finding
    them one by one can tell (a phrase, a code filter, unusual paragraph maps)."""
    if word is None or entry.folded is None or query.code_id is not None:
        return None
    if not entry.paragraphs and allowed is None:
        return entry.folded.count(word)
    if not entry.separated:
        return None
    if allowed is None:
        return entry.folded.count(word)
    count = entry.folded.count
    return sum(count(word, p.start, p.end) for p in entry.paragraphs if allowed(p.speaker))


def _finder(entry: CorpusEntry, pattern: re.Pattern[str], folded: re.Pattern[str],
            allowed: Callable[[str | None], bool] | None,
            coded: list[tuple[int, int]] | None) -> Callable[[], list[Hit]]:
    def find() -> list[Hit]:
        if entry.folded is not None:
            hits = find_in_source(folded, entry.source_id, entry.folded, entry.paragraphs,
                                  entry.starts)
        else:
            hits = find_in_source(pattern, entry.source_id, entry.text, entry.paragraphs,
                                  entry.starts)
        if allowed is not None:
            hits = (h for h in hits if allowed(h.speaker))
        if coded is not None:
            starts, reach = [s for s, _ in coded], _reach(coded)
            hits = (h for h in hits if _inside(starts, reach, h.start, h.end))
        return list(hits)
    return find


def search(store: Store, query: SearchQuery | str) -> SearchResults:
    """Every hit of the query in the transcripts (filtered) and, if asked, the memos.

    The trigram index picks the transcripts that may hold the query (every word of
    three characters or more; shorter queries, and words whose case SQLite folds
    differently from Python, fall back to every transcript, as do texts matched with
    IGNORECASE, see `fold`). In those, one-word
    queries are counted in C and their Hit objects made only when a transcript's hits
    are read (see HitList); phrases and code filters find their hits at once.
    """
    if isinstance(query, str):
        query = SearchQuery(query)
    pattern = compile_query(query.text)
    results = SearchResults(query, HitList(), [], {}, {}, {}, {})
    if pattern is None:
        return results
    folded = compile_query(query.text, folded=True)
    assert folded is not None
    word = _one_word(query.text)
    index = store.search
    words = query.text.split()
    among = None
    if query.attribute is not None:
        among = set(index.sources_with_value(*query.attribute))
    coded = index.coded_spans(query.code_id) if query.code_id is not None else None
    allowed = _speaker_filter(query)
    groups: list[SourceHits] = []
    candidates = index.candidates(words)
    for entry in index.corpus():
        if among is not None and entry.source_id not in among:
            continue
        if candidates is not None and entry.source_id not in candidates \
                and entry.folded is not None:
            continue
        spans = None if coded is None else coded.get(entry.source_id)
        if coded is not None and not spans:
            continue
        group = SourceHits(entry.source_id, _finder(entry, pattern, folded, allowed, spans),
                           _counted(entry, word, query, allowed))
        if len(group):
            groups.append(group)
            results.names[entry.source_id] = entry.name
            results.texts[entry.source_id] = entry.text
            results.paragraphs[entry.source_id] = entry.paragraphs
    results.hits = HitList(groups)
    if query.memos:
        for memo in index.candidate_memos(words):
            for field, text in (("title", memo.title), ("body", memo.body)):
                found = list(find_in_text(pattern, text))
                if found:
                    results.memo_texts[(memo.id, field)] = text
                    results.memo_hits += [MemoHit(memo.id, memo.target_kind, memo.target_id,
                                                  field, s, e) for s, e in found]
    return results


def hit_spans(store: Store, hits: Iterable[Hit], how: str) -> list[tuple[int, int, int]]:
    """(source id, start, end) to code for each hit, widened, each span once, in order."""
    if how not in WIDEN_CHOICES:
        raise OperationError(message("Widen must be one of: {choices}.",
                                     choices=", ".join(WIDEN_CHOICES)))
    hits = list(hits)
    by_source: dict[int, list[Hit]] = {}
    for hit in hits:
        by_source.setdefault(hit.source_id, []).append(hit)
    spans: set[tuple[int, int, int]] = set()
    paragraphs = store.search.paragraphs(by_source) if how != "none" else {}
    for source_id, group in by_source.items():
        text = ""
        if how != "none":
            source = store.sources.get(source_id)
            if source is None:
                raise OperationError(message("That transcript no longer exists."))
            text = source.text
        for hit in group:
            start, end = widen(text, paragraphs.get(source_id, []), hit, how)
            spans.add((source_id, start, end))
    return sorted(spans)


def code_all_hits(store: Store, hits: Sequence[Hit], code_id: int, how: str = "none", *,
                  coder: str) -> list[int]:
    """Apply a code to every hit (widened to its sentence or turn); the coding ids.

    Run it as one operation: all codings land in one transaction and one undo step,
    added in bulk (operations/codings.py, add_codings). A span already coded with the
    code is left as it is.
    """
    if store.codes.get(code_id) is None:
        raise OperationError(message("That code no longer exists."))
    if not hits:
        raise OperationError(message("There are no results to code."))
    return add_codings(store, hit_spans(store, hits, how), code_id, coder=coder)
