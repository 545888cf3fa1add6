"""Passages and terms for "Similar passages", and BM25 ranking over them (Qt-free)."""

from __future__ import annotations

import numpy as np

from annotator.model.entities import Paragraph
from annotator.model.similar import (
    LONG_TURN_WORDS,
    Passage,
    covered,
    index_source,
    quiet_speakers,
    split_passages,
    terms,
)
from annotator.model.similar_index import PassageIndex, SourceTerms, Vocabulary


def test_terms_fold_plurals_drop_function_words_and_pair_chinese() -> None:
    assert terms("The parents' worries about the Clinics, and the clinic's staff") == [
        "parent", "worry", "clinic", "clinic", "staff"]
    assert terms("我们的社区参与 project") == ["我们", "们的", "的社", "社区", "区参", "参与",
                                             "project"]
    assert terms("会 😀 2024 ok") == ["会"]


def _paragraphs(text: str) -> list[Paragraph]:
    out, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        speaker = line.split(":", 1)[0] if ":" in line else None
        out.append(Paragraph(i, pos, pos + len(line), speaker=speaker))
        pos += len(line) + 1
    return out


def test_passages_are_turns_without_labels_and_long_turns_are_cut_at_sentences() -> None:
    long_turn = " ".join(f"Sentence number {i} is about the waiting list." for i in range(40))
    text = f"Interviewer: How was it?\nP1: It was fine.\n\nP1: {long_turn}"
    passages = split_passages(7, text, _paragraphs(text))
    assert text[passages[0].start:passages[0].end] == "How was it?"
    assert passages[0].speaker == "Interviewer"
    assert text[passages[1].start:passages[1].end] == "It was fine."
    cut = passages[2:]
    assert len(cut) > 1 and all(p.speaker == "P1" and p.source_id == 7 for p in cut)
    assert all(text[p.start:p.end].startswith("Sentence") for p in cut)
    assert all(text[p.end - 1] == "." for p in cut)
    assert all(len(text[p.start:p.end].split()) <= LONG_TURN_WORDS for p in cut)


def test_a_text_without_paragraph_map_is_read_line_by_line() -> None:
    text = "first line here\n\nsecond 社区 line\n"
    assert [text[p.start:p.end] for p in split_passages(1, text, [])] == [
        "first line here", "second 社区 line"]


def test_covered_means_any_overlap_by_default() -> None:
    passage = Passage(1, 10, 20)
    assert covered(passage, [(1, 15, 30)])
    assert not covered(passage, [(2, 15, 30), (1, 20, 30)])
    assert not covered(passage, [(1, 15, 16)], share=0.5)


def _index(texts: list[str]) -> tuple[PassageIndex, Vocabulary]:
    vocabulary = Vocabulary()
    sources = [SourceTerms.make(i, index_source(i, text, []), vocabulary)
               for i, text in enumerate(texts)]
    return PassageIndex(sources, len(vocabulary)), vocabulary


TEXTS = [
    "We waited months on the waiting list for housing.\n"
    "The council never called back about the housing.\n"
    "My sister helped with the children.\n",
    "Nobody from the council answered about our flat.\n"
    "The football club was fun on Saturdays.\n"
    "I trust the nurse at the clinic.\n",
]


def test_bm25_ranks_the_passage_sharing_rare_words_first_and_is_deterministic() -> None:
    index, vocabulary = _index(TEXTS)
    query = [vocabulary.known(terms("council housing waiting"))]
    first = index.rank(index.score(index.expanded_query(query)))
    again = index.rank(index.score(index.expanded_query(query)))
    assert first == again
    top = index.passages[first[0]]
    assert (top.source_id, top.start) == (0, 0)
    assert {index.passages[i].source_id for i in first[:3]} == {0, 1}
    assert all(index.passages[i].start != TEXTS[1].index("The football") for i in first)


def test_expanded_query_prefers_words_the_excerpts_share_over_common_ones() -> None:
    index, vocabulary = _index(TEXTS)
    excerpts = [vocabulary.known(terms(t)) for t in
                ("the council and the housing", "the council flat")]
    weights = index.expanded_query(excerpts, vocabulary.known(terms("Council")))
    council = vocabulary.known(["council"])[0]
    assert max(weights, key=weights.__getitem__) == council
    assert index.keyword_query(excerpts) == {t: 1.0 for t in excerpts[0] + excerpts[1]}


def test_an_empty_index_and_an_empty_query_rank_nothing() -> None:
    empty = PassageIndex([], 0)
    assert len(empty) == 0 and empty.rank(empty.score({0: 1.0})) == []
    index, _ = _index(TEXTS)
    assert index.rank(index.score({})) == []
    assert not np.any(index.score({10_000: 1.0}))


def test_quiet_speakers_are_heard_across_coded_transcripts_and_never_coded() -> None:
    passages = [Passage(1, 0, 10, "Interviewer"), Passage(1, 10, 20, "Ana"),
                Passage(2, 0, 10, "Interviewer"), Passage(2, 10, 20, "Ben"),
                Passage(3, 0, 10, "Interviewer"), Passage(3, 10, 20, "Cy")]
    coded = [(1, 12, 15), (2, 10, 20)]
    # Cy speaks in a transcript nobody has coded yet: a newcomer, not quiet.
    assert quiet_speakers(passages, coded) == {"Interviewer"}
    assert quiet_speakers(passages, [*coded, (3, 5, 12)]) == set()
    assert quiet_speakers(passages, []) == set()
    index, _ = _index(TEXTS)
    scores = np.ones(len(index))
    assert index.damp(scores, set()) is scores
