"""The facade's joined reads: what one list or pane shows, gathered in a few queries.

Excerpts with their context and code paths (retrieval's rows are in retrieval.py); the
memos list; the transcripts grouped by participant; the board's snapshot; the project's
counts; the codings overlapping a stretch of text, answered from an interval index kept
until the project next changes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from annotator.model import code_tree
from annotator.model.board import BoardModel
from annotator.model.entities import Case, Coding, Paragraph, Source, SourceSummary
from annotator.model.excerpts import Excerpt, make_excerpt
from annotator.model.memos import ListedMemo
from annotator.operations import themes as theme_ops
from annotator.store.store import Store
from annotator.store.views import Views


def code_paths(store: Store) -> dict[int, str]:
    """Every code's path "Parent/Child", from one read of the code table."""
    return code_tree.paths(store.codes.all())


def excerpts_of(store: Store, codings: Iterable[Coding]) -> list[Excerpt]:
    """The excerpts of these codings, in their order, each with its context."""
    excerpts: list[Excerpt] = []
    cache: dict[int, tuple[Source, list[Paragraph], list[int]] | None] = {}
    for coding in codings:
        if coding.source_id not in cache:
            source = store.sources.get(coding.source_id)
            paragraphs = store.sources.paragraphs(coding.source_id)
            cache[coding.source_id] = (None if source is None else
                                       (source, paragraphs, [p.start for p in paragraphs]))
        found = cache[coding.source_id]
        if found is not None:
            source, paragraphs, starts = found
            excerpts.append(make_excerpt(coding, source.name, source.text, paragraphs, starts))
    return excerpts


def theme_code_ids(store: Store, theme_id: int) -> set[int]:
    """The codes behind a theme: its own and its sub-themes'."""
    return {code for theme in theme_ops.theme_family(store, theme_id)
            for code in store.themes.codes(theme)}


def participants_by_source(store: Store) -> dict[int, tuple[str, ...]]:
    """source id -> the names of its participants, in the order they were assigned."""
    names = {case.id: case.name for case in store.cases.all()}
    found: dict[int, list[str]] = {}
    for source_id, case_id in store.cases.source_case_pairs():
        if case_id in names:
            found.setdefault(source_id, []).append(names[case_id])
    return {source_id: tuple(people) for source_id, people in found.items()}


def memo_rows(store: Store, views: Views) -> list[ListedMemo]:
    """Every memo and every excerpt memo, each named by what it is about."""
    rows = views.memo_rows()
    if not any(row.kind == "code" for row in rows):
        return rows
    paths = code_paths(store)
    return [row if row.kind != "code" or row.target_id is None else
            ListedMemo(row.kind, row.target_id, paths.get(row.target_id), row.title, row.body,
                       row.updated, row.memo_id, row.excerpt)
            for row in rows]


def sources_by_case(store: Store) -> list[tuple[Case | None, list[SourceSummary]]]:
    """Transcripts grouped by participant, then those with none (case None)."""
    summaries = {s.id: s for s in store.sources.summaries()}
    by_case: dict[int, list[SourceSummary]] = {}
    assigned: set[int] = set()
    for source_id, case_id in store.cases.source_case_pairs():
        by_case.setdefault(case_id, []).append(summaries[source_id])
        assigned.add(source_id)
    groups: list[tuple[Case | None, list[SourceSummary]]] = [
        (case, by_case[case.id]) for case in store.cases.all() if case.id in by_case
    ]
    rest = [s for s in summaries.values() if s.id not in assigned]
    if rest:
        groups.append((None, rest))
    return groups


def load_board(store: Store, model: BoardModel, parts: Collection[str]) -> BoardModel:
    """Read again the `parts` ("themes", "codes", "usage") of a board snapshot."""
    if "themes" in parts:
        model.load_themes(store.themes.all(), store.themes.links(), store.themes.memberships())
    if "codes" in parts:
        model.load_codes(store.codes.all(), store.themes.memberships())
    if "usage" in parts:
        model.load_usage(store.codes.usage())
    return model


def info(store: Store) -> dict[str, int]:
    return {
        "sources": store.sources.count(),
        "words": store.sources.total_words(),
        "codes": store.codes.count(),
        "codings": store.codings.count(),
        "themes": store.themes.count(),
        "memos": store.memos.count(),
        "cases": store.cases.count(),
        "schema_version": store.schema_version(),
    }


class OverlapIndex:
    """Which codings of one transcript overlap a span, for the inspector.

    It asks each time the selection moves, and after every coding the answer may
    differ: one indexed range query on (source_id, start) costs less than rebuilding
    an interval index of the transcript's codings after each write (45 ms at 1,000
    codings on a transcript, on the window benchmark).
    """

    def __init__(self, store: Store, views: Views) -> None:
        self._store = store

    def overlapping(self, source_id: int, start: int, end: int) -> list[Coding]:
        """The codings of `source_id` sharing a character with [start, end) (or at start)."""
        return self._store.codings.overlapping(source_id, start, end)
