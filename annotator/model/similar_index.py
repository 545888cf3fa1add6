"""Ranking passages against a weighted query: BM25 over an inverted index. Qt-free, no I/O.

The method (measured against plain keyword search by bench/similar_bench.py):
- the query is built from the code's excerpts, not from words the researcher thinks
  of: each term is weighted by how much more often it occurs in the excerpts than in
  the whole project (its share of the excerpts' relative entropy against the
  project, the weighting of model-based feedback in information retrieval), counted
  once per excerpt so that one long excerpt does not drown the others; the strongest
  QUERY_TERMS terms are kept;
- the code's name and description count as LABEL_WEIGHT excerpts more: a code
  called "Trust and showing up" is about trust;
- passages are scored with BM25 (k1 = 1.2, b = 0.75) for those weighted terms;
- passages of "quiet" speakers (model.similar.quiet_speakers: heard across the
  coded transcripts, never coded, usually the interviewer) count QUIET_WEIGHT.
Feeding the best passages back into the query (pseudo-relevance feedback, RM3)
was measured too and did not help; see README.

Everything is arrays (numpy): a query over a million words of transcripts sums a
few hundred postings lists.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from annotator.model.similar import Passage

K1 = 1.2
B = 0.75
QUERY_TERMS = 60
LABEL_WEIGHT = 4
QUIET_WEIGHT = 0.5


class Vocabulary:
    """Terms to small integers, shared by every transcript's passages; only grows."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def ids(self, terms: Iterable[str]) -> list[int]:
        # setdefault is one C call per term: loading a million words' index is dominated
        # by this loop. A new term gets the next number, len() taken before insertion.
        table = self._ids
        setdefault = table.setdefault
        return [setdefault(term, len(table)) for term in terms]

    def known(self, terms: Iterable[str]) -> list[int]:
        """Ids of the terms already seen; unknown terms occur in no passage."""
        table = self._ids
        return [table[t] for t in terms if t in table]


@dataclass(frozen=True, slots=True)
class SourceTerms:
    """One transcript's passages and their term ids, concatenated: passage i owns
    term_ids[bounds[i]:bounds[i + 1]]."""

    source_id: int
    passages: tuple[Passage, ...]
    term_ids: np.ndarray
    bounds: np.ndarray

    @classmethod
    def make(cls, source_id: int, rows: Sequence[tuple[Passage, Sequence[str]]],
             vocabulary: Vocabulary) -> SourceTerms:
        lengths = [len(terms) for _, terms in rows]
        ids = vocabulary.ids([term for _, terms in rows for term in terms])
        bounds = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=bounds[1:])
        return cls(source_id, tuple(p for p, _ in rows), np.asarray(ids, dtype=np.int64),
                   bounds)


class PassageIndex:
    """Every passage of a project, ready to score. Immutable: a changed transcript
    means a new index assembled from the transcripts' SourceTerms (fast: arrays only)."""

    def __init__(self, sources: Sequence[SourceTerms], vocabulary_size: int) -> None:
        self.passages: list[Passage] = [p for s in sources for p in s.passages]
        n = len(self.passages)
        size = max(vocabulary_size, 1)
        self.size = size
        term_ids = (np.concatenate([s.term_ids for s in sources]) if sources
                    else np.zeros(0, dtype=np.int64))
        lengths = (np.concatenate([np.diff(s.bounds) for s in sources]) if sources
                   else np.zeros(0, dtype=np.int64))
        self.lengths = lengths.astype(np.float64)
        docs = np.repeat(np.arange(n, dtype=np.int64), lengths)
        keys, counts = np.unique(term_ids * max(n, 1) + docs, return_counts=True)
        self._terms = keys // max(n, 1)
        self._docs = keys % max(n, 1)
        self._ptr = np.searchsorted(self._terms, np.arange(size + 1))
        avg = float(self.lengths.mean()) if n else 1.0
        norm = K1 * (1 - B + B * self.lengths[self._docs] / max(avg, 1e-9))
        self._tf = counts * (K1 + 1) / (counts + norm)
        df = np.bincount(self._terms, minlength=size).astype(np.float64)
        self.idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        self.frequency = np.bincount(term_ids, minlength=size).astype(np.float64)
        self.total = float(self.frequency.sum())

    def __len__(self) -> int:
        return len(self.passages)

    def postings(self, term: int) -> tuple[np.ndarray, np.ndarray]:
        """(passage numbers, BM25 term-frequency parts) of one term."""
        lo, hi = self._ptr[term], self._ptr[term + 1]
        return self._docs[lo:hi], self._tf[lo:hi]

    def score(self, weights: dict[int, float]) -> np.ndarray:
        """BM25 of every passage for a query whose term t counts weights[t] times."""
        n = len(self.passages)
        if not weights or not n:
            return np.zeros(n)
        docs: list[np.ndarray] = []
        parts: list[np.ndarray] = []
        for term, weight in weights.items():
            if 0 <= term < self.size:
                d, tf = self.postings(term)
                docs.append(d)
                parts.append(tf * (self.idf[term] * weight))
        if not docs:
            return np.zeros(n)
        return np.bincount(np.concatenate(docs), np.concatenate(parts), minlength=n)

    def terms_in(self, passage: int) -> list[int]:
        """The distinct term ids of one passage (a scan: for a handful of passages)."""
        return self._terms[self._docs == passage].tolist()

    def keyword_query(self, excerpts: Sequence[Sequence[int]]) -> dict[int, float]:
        """Plain keyword search: every word of the query once, weight 1."""
        return {t: 1.0 for terms in excerpts for t in terms}

    def expanded_query(self, excerpts: Sequence[Sequence[int]], label: Sequence[int] = ()
                       ) -> dict[int, float]:
        """Terms weighted by how much more often the excerpts (and the code's name and
        description, `label`) use them than the project does."""
        if label:
            excerpts = [*excerpts, *[label] * LABEL_WEIGHT]
        if not excerpts:
            return {}
        share: Counter[int] = Counter()
        for terms in excerpts:
            counts = Counter(terms)
            total = sum(counts.values()) or 1
            for term, count in counts.items():
                share[term] += count / total
        weights: dict[int, float] = {}
        for term, mass in share.items():
            p_query = mass / len(excerpts)
            p_project = (self.frequency[term] + 1) / (self.total + self.size) \
                if term < self.size else 1 / (self.total + self.size)
            gain = p_query * math.log(p_query / p_project)
            if gain > 0:
                weights[term] = gain
        return _strongest(weights, QUERY_TERMS)

    def damp(self, scores: np.ndarray, speakers: set[str]) -> np.ndarray:
        """The scores with the passages of these speakers counted QUIET_WEIGHT."""
        if not speakers or not len(scores):
            return scores
        mask = np.fromiter((p.speaker in speakers for p in self.passages), dtype=bool,
                           count=len(self.passages))
        return np.where(mask, scores * QUIET_WEIGHT, scores)

    def rank(self, scores: np.ndarray, hide: np.ndarray | None = None) -> list[int]:
        """Passage numbers by falling score (ties in text order), positive scores only."""
        if hide is not None:
            scores = np.where(hide, 0.0, scores)
        order = np.argsort(-scores, kind="stable")
        return [int(i) for i in order if scores[i] > 0]


def _strongest(weights: dict[int, float], keep: int) -> dict[int, float]:
    ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:keep]
    return dict(ranked)
