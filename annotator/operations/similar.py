"""Finding passages like a code's excerpts (or a theme's, one excerpt's, a selection's).

The passage index lives in the project file (store/similar.py) and is built per
transcript: `pending` names the transcripts waiting, `read_job` takes what one
needs on the caller's thread, `model.similar.index_source` does the work anywhere
(the app runs it on a worker thread), and `save_job` stores it. `similar` holds
the index in memory per open project and reloads only transcripts indexed since.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.messages import message
from annotator.model.entities import Paragraph
from annotator.model.similar import (
    TOKENIZER_VERSION,
    Passage,
    covered,
    index_source,
    overlaps,
    quiet_speakers,
)
from annotator.model.similar import terms as terms_of
from annotator.operations import codings as coding_ops
from annotator.operations.errors import OperationError
from annotator.store.store import Store

if TYPE_CHECKING:
    from annotator.model.similar_index import PassageIndex, SourceTerms

IndexProgress = Callable[[int, int], bool]
"""progress(done, total) -> False to stop."""

CONTEXT = 90
"""Characters of text shown either side of a passage."""


@dataclass(frozen=True, slots=True)
class SimilarRequest:
    """What to find passages like. `code_id` alone: that code's excerpts; `theme_id`:
    the theme's codes' excerpts; `coding_id`: one excerpt; `span` (source, start,
    end): a selection. `code_id` with another is the code the list serves: results
    it covers are marked coded, and "not relevant" is remembered for it."""

    code_id: int | None = None
    theme_id: int | None = None
    coding_id: int | None = None
    span: tuple[int, int, int] | None = None


@dataclass(frozen=True, slots=True)
class SimilarResult:
    """One passage found: where, who, its text with context, how alike, and whether
    the request's code (or theme's codes) already covers it."""

    passage: Passage
    source_name: str
    text: str
    before: str
    after: str
    score: float
    coded: bool

    @property
    def span(self) -> tuple[int, int, int]:
        return self.passage.source_id, self.passage.start, self.passage.end


@dataclass(frozen=True, slots=True)
class SimilarResults:
    request: SimilarRequest
    code_id: int | None
    results: list[SimilarResult] = field(default_factory=list)
    passages: int = 0  # how many passages were ranked


@dataclass(frozen=True, slots=True)
class IndexJob:
    """What indexing one transcript needs, read on the project's thread."""

    source_id: int
    text: str
    paragraphs: tuple[Paragraph, ...]

    def run(self) -> list[tuple[Passage, list[str]]]:
        """The work itself: pure, safe on any thread."""
        return index_source(self.source_id, self.text, self.paragraphs)


# -- the index ----------------------------------------------------------------------
def pending(store: Store) -> list[int]:
    return store.similar.pending(TOKENIZER_VERSION)


def read_job(store: Store, source_id: int) -> IndexJob | None:
    source = store.sources.get(source_id)
    if source is None:
        return None
    return IndexJob(source_id, source.text, tuple(store.sources.paragraphs(source_id)))


def save_job(store: Store, job: IndexJob, rows: Sequence[tuple[Passage, Sequence[str]]]
             ) -> bool:
    """Store a transcript's passages unless it changed while they were worked out."""
    source = store.sources.get(job.source_id)
    if source is None or source.text != job.text or \
            tuple(store.sources.paragraphs(job.source_id)) != job.paragraphs:
        return False
    if store.database.read_only:
        _engine(store).keep(job.source_id, rows)
        return True
    with store.database.transaction():
        store.similar.replace(job.source_id, TOKENIZER_VERSION, rows)
    return True


def build_index(store: Store, progress: IndexProgress | None = None) -> int:
    """Index every transcript waiting, here and now; how many were indexed.
    progress(done, total) -> False stops early (what is done stays done)."""
    waiting = [s for s in pending(store) if not _engine(store).kept(s)]
    for done, source_id in enumerate(waiting):
        if progress is not None and not progress(done, len(waiting)):
            return done
        job = read_job(store, source_id)
        if job is not None:
            save_job(store, job, job.run())
    if progress is not None:
        progress(len(waiting), len(waiting))
    return len(waiting)


class _Engine:
    """One project's passages in memory, reloaded per transcript as generations change."""

    def __init__(self) -> None:
        # NumPy is loaded at the first query, not on the way to a shown window.
        from annotator.model.similar_index import Vocabulary

        self.vocabulary = Vocabulary()
        self._sources: dict[int, tuple[int, SourceTerms]] = {}
        self._kept: dict[int, SourceTerms] = {}  # read-only files: indexed, not stored
        self._index: PassageIndex | None = None
        self._quiet: tuple[object, set[str]] = (None, set())

    def kept(self, source_id: int) -> bool:
        return source_id in self._kept

    def keep(self, source_id: int, rows: Sequence[tuple[Passage, Sequence[str]]]) -> None:
        from annotator.model.similar_index import SourceTerms

        self._kept[source_id] = SourceTerms.make(source_id, rows, self.vocabulary)
        self._index = None

    def load(self, store: Store, limit: int | None = None) -> bool:
        """Read up to `limit` more indexed transcripts into memory (all when None) and
        forget those indexed again since; True when everything indexed is in memory."""
        from annotator.model.similar_index import SourceTerms

        generations = store.similar.generations(TOKENIZER_VERSION)
        for source_id in [s for s, (g, _) in self._sources.items() if generations.get(s) != g]:
            del self._sources[source_id]
            self._index = None
        missing = [s for s in generations if s not in self._sources]
        for source_id in missing[:limit]:
            rows = store.similar.passages(source_id)
            self._sources[source_id] = (
                generations[source_id], SourceTerms.make(source_id, rows, self.vocabulary))
            self._index = None
        return limit is None or len(missing) <= limit

    def index(self, store: Store) -> PassageIndex:
        from annotator.model.similar_index import PassageIndex

        self.load(store)
        if self._index is None:
            parts = {s: terms for s, (_, terms) in self._sources.items()}
            parts.update(self._kept)
            self._index = PassageIndex([parts[s] for s in sorted(parts)], len(self.vocabulary))
        return self._index

    def quiet(self, store: Store, index: PassageIndex) -> set[str]:
        """The index's quiet speakers, worked out again only when a coding changed."""
        key = (id(index), store.similar.coding_mark())
        if self._quiet[0] != key:
            self._quiet = (key, quiet_speakers(index.passages, store.similar.coding_spans()))
        return self._quiet[1]


_engines: weakref.WeakKeyDictionary[Store, _Engine] = weakref.WeakKeyDictionary()


def _engine(store: Store) -> _Engine:
    engine = _engines.get(store)
    if engine is None:
        engine = _engines[store] = _Engine()
    return engine


def warm_up(store: Store, sources: int = 4) -> bool:
    """Read a few more indexed transcripts into memory, so that the first query need
    not; True when all are, the index assembled (the app calls it while idle)."""
    engine = _engine(store)
    if not engine.load(store, sources):
        return False
    engine.quiet(store, engine.index(store))
    return True


# -- queries ------------------------------------------------------------------------
@dataclass(slots=True)
class _Query:
    texts: list[str]
    label: str
    code_ids: list[int]  # whose codings count as "coded"
    own: list[tuple[int, int, int]]  # the query's own spans, never offered back


def _query(store: Store, request: SimilarRequest) -> _Query:
    def text_of(source_id: int, start: int, end: int) -> str:
        source = store.sources.get(source_id)
        if source is None:
            raise OperationError(message("That transcript no longer exists."))
        return source.text[start:end]

    code_ids = [request.code_id] if request.code_id is not None else []
    if request.span is not None:
        source_id, start, end = request.span
        return _Query([text_of(*request.span)], "", code_ids, [(source_id, start, end)])
    if request.coding_id is not None:
        coding = store.codings.get(request.coding_id)
        if coding is None:
            raise OperationError(message("That coding no longer exists."))
        span = (coding.source_id, coding.start, coding.end)
        return _Query([text_of(*span)], "", code_ids or [coding.code_id], [span])
    if request.theme_id is not None:
        theme = store.themes.get(request.theme_id)
        if theme is None:
            raise OperationError(message("That theme no longer exists."))
        code_ids = code_ids or store.themes.codes(request.theme_id)
        label = f"{theme.name} {theme.definition}"
    elif request.code_id is not None:
        code = store.codes.get(request.code_id)
        if code is None:
            raise OperationError(message("That code no longer exists."))
        label = f"{code.name} {code.description}"
    else:
        raise OperationError(message("Choose a code, a theme, an excerpt or some text first."))
    spans = [(c.source_id, c.start, c.end) for c in store.codings.list(None, code_ids)] \
        if code_ids else []
    return _Query([text_of(*span) for span in spans], label.replace("_", " "), code_ids, [])


def similar(store: Store, request: SimilarRequest, limit: int = 50) -> SimilarResults:
    """The passages most like the request, uncoded first, then by falling score."""
    build_index(store)
    query = _query(store, request)
    engine = _engine(store)
    index = engine.index(store)
    vocabulary = engine.vocabulary
    weights = index.expanded_query([vocabulary.known(terms_of(t)) for t in query.texts],
                                   vocabulary.known(terms_of(query.label)))
    scores = index.damp(index.score(weights), engine.quiet(store, index))
    coded_spans = [(c.source_id, c.start, c.end)
                   for c in store.codings.list(None, query.code_ids)] if query.code_ids else []
    hidden = store.similar.dismissed(request.code_id) if request.code_id is not None else set()
    found: list[tuple[Passage, float, bool]] = []
    for number in index.rank(scores):
        passage = index.passages[number]
        if (passage.source_id, passage.start, passage.end) in hidden or any(
                s == passage.source_id and overlaps(a, b, passage.start, passage.end)
                for s, a, b in query.own):
            continue
        found.append((passage, float(scores[number]), covered(passage, coded_spans)))
        if len(found) >= limit:
            break
    found.sort(key=lambda item: item[2])  # stable: uncoded first, each by falling score
    return SimilarResults(request, request.code_id if request.code_id is not None else (
        query.code_ids[0] if len(query.code_ids) == 1 else None),
        _described(store, found), len(index))


def _described(store: Store, found: list[tuple[Passage, float, bool]]) -> list[SimilarResult]:
    sources: dict[int, tuple[str, str]] = {}
    results = []
    for passage, score, coded in found:
        if passage.source_id not in sources:
            source = store.sources.get(passage.source_id)
            sources[passage.source_id] = (source.name, source.text) if source else ("", "")
        name, text = sources[passage.source_id]
        before = " ".join(text[max(0, passage.start - CONTEXT):passage.start].split())
        after = " ".join(text[passage.end:passage.end + CONTEXT].split())
        results.append(SimilarResult(
            passage, name, text[passage.start:passage.end], before, after,
            round(score, 4), coded))
    return results


# -- actions (each run by the facade as one undo step) -------------------------------
def code_passages(store: Store, spans: Sequence[tuple[int, int, int]], code_id: int, *,
                  coder: str) -> list[int]:
    """Code every passage with the code; the coding ids."""
    if store.codes.get(code_id) is None:
        raise OperationError(message("That code no longer exists."))
    if not spans:
        raise OperationError(message("Choose one or more passages to code."))
    return coding_ops.add_codings(store, spans, code_id, coder=coder)


def dismiss(store: Store, code_id: int, spans: Sequence[tuple[int, int, int]]) -> None:
    """Remember that these passages are not relevant to the code: never offered again."""
    if store.codes.get(code_id) is None:
        raise OperationError(message("That code no longer exists."))
    if not spans:
        raise OperationError(message("Choose one or more passages first."))
    store.similar.dismiss(code_id, spans)
