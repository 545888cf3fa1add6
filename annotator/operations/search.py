"""Search transcripts and memos; code every hit of a search as one operation."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from annotator.messages import message
from annotator.model.search import (
    WIDEN_CHOICES,
    Hit,
    MemoHit,
    SearchQuery,
    SearchResults,
    compile_query,
    find_in_source,
    find_in_text,
    widen,
)
from annotator.operations import codings as coding_ops
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


def search(store: Store, query: SearchQuery | str) -> SearchResults:
    """Every hit of the query in the transcripts (filtered) and, if asked, the memos."""
    if isinstance(query, str):
        query = SearchQuery(query)
    pattern = compile_query(query.text)
    results = SearchResults(query, [], [], {}, {}, {}, {})
    if pattern is None:
        return results
    folded = compile_query(query.text, folded=True)
    index = store.search
    among = None
    if query.attribute is not None:
        among = set(index.sources_with_value(*query.attribute))
    coded = index.coded_spans(query.code_id) if query.code_id is not None else None
    keep = {s.casefold() for s in query.speakers}
    drop = {s.casefold() for s in query.exclude_speakers}
    for entry in index.corpus():
        if among is not None and entry.source_id not in among:
            continue
        if entry.folded is not None:
            hits = find_in_source(folded, entry.source_id, entry.folded, entry.paragraphs,
                                  entry.starts)
        else:
            hits = find_in_source(pattern, entry.source_id, entry.text, entry.paragraphs,
                                  entry.starts)
        if keep or drop:
            hits = (h for h in hits if (not keep or (h.speaker or "").casefold() in keep)
                    and (h.speaker or "").casefold() not in drop)
        if coded is not None:
            spans = coded.get(entry.source_id, [])
            starts, reach = [s for s, _ in spans], _reach(spans)
            hits = (h for h in hits if _inside(starts, reach, h.start, h.end))
        found = list(hits)
        if found:
            results.hits += found
            results.names[entry.source_id] = entry.name
            results.texts[entry.source_id] = entry.text
            results.paragraphs[entry.source_id] = entry.paragraphs
    if query.memos:
        for memo in index.candidate_memos(query.text.split()):
            for field, text in (("title", memo.title), ("body", memo.body)):
                spans = list(find_in_text(pattern, text))
                if spans:
                    results.memo_texts[(memo.id, field)] = text
                    results.memo_hits += [MemoHit(memo.id, memo.target_kind, memo.target_id,
                                                  field, s, e) for s, e in spans]
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

    Run it as one operation: all codings land in one transaction and one undo step.
    A span already coded with the code is left as it is.
    """
    if store.codes.get(code_id) is None:
        raise OperationError(message("That code no longer exists."))
    if not hits:
        raise OperationError(message("There are no results to code."))
    return [coding_ops.add_coding(store, source_id, code_id, start, end, coder=coder)
            for source_id, start, end in hit_spans(store, hits, how)]
