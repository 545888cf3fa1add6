"""How an excerpt, a cue and paragraphs follow one edit (model/edit_shift.py's rule)."""

from __future__ import annotations

import pytest

from annotator.model.edit_shift import (
    cues_after,
    moves_only,
    paragraph_plan,
    relabeller,
    span_after,
)
from annotator.model.entities import Cue, Paragraph
from annotator.model.text_edits import TextEdit

TEXT = "Ana: the quick fox"
FOX = (TEXT.index("quick"), TEXT.index("quick") + len("quick"))  # 9, 14


def _after(edit: TextEdit, span: tuple[int, int] = FOX) -> str | None:
    moved = span_after(*span, edit)
    return None if moved is None else edit.apply(TEXT)[moved[0]:moved[1]]


@pytest.mark.parametrize(("edit", "covered"), [
    (TextEdit(0, 0, "XX"), "quick"),  # before: moves
    (TextEdit(11, 11, "_"), "qu_ick"),  # inside: grows
    (TextEdit(14, 14, "ly"), "quickly"),  # at the end: grows, as typing extends bold
    (TextEdit(9, 9, "very "), "quick"),  # at the start: stays outside
    (TextEdit(15, 15, "!"), "quick"),  # after: untouched
    (TextEdit(10, 12, ""), "qck"),  # part deleted: shrinks
    (TextEdit(9, 14, ""), None),  # all deleted: gone
    (TextEdit(8, 15, ""), None),  # deleted with its neighbours: gone
    (TextEdit(9, 14, "slow"), "slow"),  # replaced whole: covers the replacement
    (TextEdit(12, 16, "IET F"), "quiIET F"),  # replaced across its end: takes the new text
    (TextEdit(5, 11, "A QU"), "A QUick"),  # across its start
    (TextEdit(4, 9, " "), "quick"),  # replacement touching its start: outside
    (TextEdit(14, 15, "_"), "quick"),  # touching its end: outside
])
def test_the_edge_rule(edit: TextEdit, covered: str | None) -> None:
    assert _after(edit) == covered


def test_moves_only_is_exactly_the_unchanged_or_shifted_case() -> None:
    for start in range(0, len(TEXT)):
        for end in range(start + 1, len(TEXT) + 1):
            for edit in (TextEdit(9, 9, "ab"), TextEdit(9, 14, ""), TextEdit(9, 14, "xyz"),
                         TextEdit(3, 3, "\n")):
                if moves_only(start, end, edit):
                    shift = 0 if end <= edit.start else edit.delta
                    assert span_after(start, end, edit) == (start + shift, end + shift)


def test_cues_follow_and_an_emptied_one_goes() -> None:
    cues = [Cue(0, 4, 0, 1000), Cue(5, 18, 1000, 5000)]
    assert cues_after(cues, TextEdit(0, 5, "")) == [Cue(0, 13, 1000, 5000)]
    assert cues_after(cues, TextEdit(4, 4, "!")) == [Cue(0, 5, 0, 1000), Cue(6, 19, 1000, 5000)]


def _paragraphs(text: str, speakers: list[str | None]) -> list[Paragraph]:
    result, start = [], 0
    for index, (line, speaker) in enumerate(zip(text.split("\n"), speakers, strict=True)):
        result.append(Paragraph(index, start, start + len(line), f"p/{index}", speaker))
        start += len(line) + 1
    return result


def test_splitting_a_paragraph_makes_a_line_that_continues_the_turn() -> None:
    text = "Ana: one two\nBen: three"
    paras = _paragraphs(text, ["Ana", "Ben"])
    edit = TextEdit(8, 9, "\n")  # "Ana: one" / "two"
    plan = paragraph_plan(paras[:1], [text[:12]], edit, relabeller(lambda: ["Ana", "Ben"]))
    assert plan.renumber == 1 and plan.first == plan.last == 0
    assert [(p.index, p.start, p.end, p.speaker, p.location) for p in plan.new] == [
        (0, 0, 8, "Ana", "p/0"), (1, 9, 12, "Ana", "p/0")]
    assert [edit.apply(text)[p.start:p.end] for p in plan.new] == ["Ana: one", "two"]


def test_joining_paragraphs_keeps_the_first_ones_label() -> None:
    text = "Ana: one\nBen: two"
    paras = _paragraphs(text, ["Ana", "Ben"])
    plan = paragraph_plan(paras, text.split("\n"), TextEdit(8, 9, " "),
                          relabeller(lambda: ["Ana", "Ben"]))
    assert plan.renumber == -1
    assert [(p.start, p.end, p.speaker) for p in plan.new] == [(0, 17, "Ana")]


def test_a_changed_label_is_recognised_again_and_spelt_as_before() -> None:
    text = "Ana: one\nBen: two\nmore"
    paras = _paragraphs(text, ["Ana", "Ben", "Ben"])
    relabel = relabeller(lambda: ["Ana", "Ben"])
    # "Ben: two" becomes "ana: two": the speaker is Ana as the transcript spells her.
    plan = paragraph_plan(paras[1:2], ["Ben: two"], TextEdit(9, 12, "ANA"), relabel, "Ana")
    assert plan.new[0].speaker == "Ana"
    # The label deleted: the line continues the turn before it.
    plan = paragraph_plan(paras[1:2], ["Ben: two"], TextEdit(9, 14, ""), relabel, "Ana")
    assert plan.new[0].speaker == "Ana"
    # Typing in the speech leaves the label as stored (even one carried over).
    plan = paragraph_plan(paras[2:3], ["more"], TextEdit(22, 22, "!"), relabel, "Ben")
    assert plan.new[0].speaker == "Ben"
