"""Agreement measures against independent implementations and published examples."""

from __future__ import annotations

import itertools

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score

from annotator.model.agreement import (
    AlphaCounts,
    CharacterCounts,
    character_agreement,
    coverage_histogram,
    krippendorff_alpha,
    merged,
    overlap_length,
)
from annotator.model.disagreements import disagreements
from annotator.model.entities import Coding
from annotator.model.segment_agreement import (
    code_presence,
    overlap_ratio,
    segment_agreement,
)

_ids = itertools.count(1)


def coding(coder: str, source: int, code: int, start: int, end: int) -> Coding:
    n = next(_ids)
    return Coding(n, f"g{n}", source, code, start, end, coder=coder)


def from_marks(coder: str, marks: list[int], source: int = 1, code: int = 1) -> list[Coding]:
    """Codings covering the characters marked 1 (one coding per run)."""
    found = []
    start = None
    for i, mark in enumerate([*marks, 0]):
        if mark and start is None:
            start = i
        elif not mark and start is not None:
            found.append(coding(coder, source, code, start, i))
            start = None
    return found


def vector(codings: list[Coding], coder: str, source: int, code: int, length: int) -> np.ndarray:
    v = np.zeros(length, dtype=int)
    for c in codings:
        if c.coder == coder and c.source_id == source and c.code_id == code:
            v[c.start:c.end] = 1
    return v


SOURCES = {1: 60, 2: 35, 3: 80}


@st.composite
def projects(draw: st.DrawFn, coders: tuple[str, ...] = ("A", "B")) -> list[Coding]:
    found = []
    for coder in coders:
        for _ in range(draw(st.integers(0, 14))):
            source = draw(st.sampled_from(sorted(SOURCES)))
            start = draw(st.integers(0, SOURCES[source] - 1))
            end = draw(st.integers(start + 1, SOURCES[source]))
            found.append(coding(coder, source, draw(st.integers(1, 3)), start, end))
    return found


# -- published examples ---------------------------------------------------------------

def test_cohen_kappa_wikipedia_example():
    # 50 units: both yes 20, A yes B no 5, A no B yes 10, both no 15: po 0.7, pe 0.5,
    # kappa 0.4 (Cohen 1960, as worked on Wikipedia's "Cohen's kappa").
    a = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    codings = from_marks("A", a) + from_marks("B", b)
    counts = character_agreement(codings, {1: 50}, "A", "B").cells[(1, 1)]
    assert counts == CharacterCounts(50, 20, 5, 10)
    assert counts.percent == pytest.approx(70.0)
    assert counts.kappa == pytest.approx(0.4)


def test_krippendorff_binary_example():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", binary data,
    # two observers, ten units: alpha = 1 - 19 * 4 / (14 * 6) = 0.095.
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    codings = from_marks("A", a) + from_marks("B", b)
    alpha = krippendorff_alpha(codings, {1: 10}, ["A", "B"]).overall().alpha
    assert alpha == pytest.approx(1 - 19 * 4 / 84)
    assert round(alpha, 3) == 0.095


def test_nvivo_full_agreement_is_kappa_one_and_no_text_is_none():
    assert CharacterCounts(100).kappa == 1.0
    assert CharacterCounts(100, both=100).kappa == 1.0
    assert CharacterCounts(0).kappa is None and CharacterCounts(0).percent is None
    assert AlphaCounts((10, 0, 0)).alpha is None  # no variation: undefined


def test_segments_worked_example():
    # A: [0,100) and [200,300); B: [5,100) (overlap 95%) and [250,300) (50%).
    codings = [coding("A", 1, 1, 0, 100), coding("A", 1, 1, 200, 300),
               coding("B", 1, 1, 5, 100), coding("B", 1, 1, 250, 300),
               coding("A", 1, 2, 0, 10), coding("B", 1, 2, 0, 10)]
    result = segment_agreement(codings, [1], "A", "B", threshold=0.9)
    assert result.by_code(1).agree == 2 and result.by_code(1).only_a == 1
    assert result.by_code(1).only_b == 1
    assert result.overall().agree == 4 and result.overall().total == 6
    # Brennan and Prediger, two codes: chance 1/2, observed 4/6: kappa 1/3.
    assert result.kappa == pytest.approx((4 / 6 - 0.5) / 0.5)
    assert segment_agreement(codings, [1], "A", "B", threshold=0.5).by_code(1).agree == 4


# -- generated data against the references -----------------------------------------------

@settings(max_examples=60, deadline=None)
@given(projects())
def test_character_measures_equal_sklearn(codings):
    result = character_agreement(codings, SOURCES, "A", "B")
    for code in result.code_ids:
        pooled_a, pooled_b = [], []
        for source, length in SOURCES.items():
            a = vector(codings, "A", source, code, length)
            b = vector(codings, "B", source, code, length)
            pooled_a.append(a)
            pooled_b.append(b)
            counts = result.cells[(code, source)]
            assert counts.percent == pytest.approx(100 * np.mean(a == b))
            check_kappa(counts, a, b)
        check_kappa(result.by_code(code), np.concatenate(pooled_a), np.concatenate(pooled_b))


def check_kappa(counts: CharacterCounts, a: np.ndarray, b: np.ndarray) -> None:
    if (a == b).all():
        assert counts.kappa == 1.0
    else:
        assert counts.kappa == pytest.approx(cohen_kappa_score(a, b), abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(projects(("A", "B", "C")), st.integers(2, 3))
def test_alpha_equals_krippendorff_package(codings, n_coders):
    coders = ["A", "B", "C"][:n_coders]
    result = krippendorff_alpha(codings, SOURCES, coders)
    for code in result.code_ids:
        data = np.array([np.concatenate([vector(codings, coder, s, code, n)
                                         for s, n in SOURCES.items()]) for coder in coders])
        mine = result.by_code(code).alpha
        if len(np.unique(data)) < 2:
            assert mine is None
        else:
            assert mine == pytest.approx(
                krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"),
                abs=1e-9)


def brute_segments(codings, coder, other, code, source, threshold):
    mine = {(c.start, c.end) for c in codings
            if c.coder == coder and c.code_id == code and c.source_id == source}
    theirs = {(c.start, c.end) for c in codings
              if c.coder == other and c.code_id == code and c.source_id == source}

    def ratio(x, y):
        inter = len(set(range(*x)) & set(range(*y)))
        return inter / len(set(range(*x)) | set(range(*y)))
    hits = [any(ratio(s, t) >= threshold for t in theirs) for s in mine]
    return sum(hits), hits.count(False)


@settings(max_examples=60, deadline=None)
@given(projects(), st.sampled_from([0.5, 0.8, 0.9, 1.0]))
def test_segments_equal_brute_force(codings, threshold):
    result = segment_agreement(codings, SOURCES, "A", "B", threshold)
    for code in result.code_ids:
        for source in SOURCES:
            a_agree, a_miss = brute_segments(codings, "A", "B", code, source, threshold)
            b_agree, b_miss = brute_segments(codings, "B", "A", code, source, threshold)
            cell = result.cells.get((code, source))
            got = (cell.agree, cell.only_a, cell.only_b) if cell else (0, 0, 0)
            assert got == (a_agree + b_agree, a_miss, b_miss)


@settings(max_examples=40, deadline=None)
@given(projects())
def test_presence_and_disagreements_follow_the_codings(codings):
    presence = code_presence(codings, SOURCES, "A", "B")
    for code, counts in presence.items():
        assert counts.total == len(SOURCES)
        both = sum(1 for s in SOURCES
                   if vector(codings, "A", s, code, SOURCES[s]).any()
                   and vector(codings, "B", s, code, SOURCES[s]).any())
        assert counts.both == both
    found = disagreements(codings, "A", "B")
    characters = character_agreement(codings, SOURCES, "A", "B")
    # No disagreement in a cell means the coders coded the very same characters.
    for (code, source), counts in characters.cells.items():
        if not any(d.code_id == code and d.source_id == source for d in found):
            assert counts.disagreements == 0
    for d in found:
        assert d.a_spans != d.b_spans
        assert all(d.start <= s < e <= d.end for s, e in (*d.a_spans, *d.b_spans))


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)), max_size=12),
       st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)), max_size=12))
def test_span_arithmetic(a_raw, b_raw):
    a = merged((s, s + n) for s, n in a_raw)
    b = merged((s, s + n) for s, n in b_raw)
    set_a = {i for s, e in a for i in range(s, e)}
    set_b = {i for s, e in b for i in range(s, e)}
    assert set_a == {i for s, n in a_raw for i in range(s, s + n)}
    assert overlap_length(a, b) == len(set_a & set_b)
    assert coverage_histogram([a, b], 80) == [80 - len(set_a | set_b),
                                              len(set_a ^ set_b), len(set_a & set_b)]


def test_overlap_ratio():
    assert overlap_ratio((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert overlap_ratio((0, 10), (10, 20)) == 0.0
