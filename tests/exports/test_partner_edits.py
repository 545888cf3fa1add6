"""Member checking after a partner edited the transcript: every comment stays on its words.

A real interview (Ana.docx of the Sheffield corpus) is exported, then edited as a partner
would in Word (done with lxml: a new paragraph above, a changed word inside a commented
excerpt, a deleted sentence, comments of their own), and its comments imported back.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from annotator.exports.word import export_transcript, import_comments
from annotator.formats.docx.alignment import Alignment
from annotator.project import Project
from tests.exports.partner import PARTNER, Returned

ANA = "transcripts/sheffield-open-qual/Ana.docx"
EXCERPTS = {  # name: the coded words
    "collection": "I don't like to call it that, data collection, because it was more like",
    "graph": "what I'm doing is something called ‘knowledge graph’",
    "indesign": "I mostly use InDesign",
}


@pytest.fixture
def coded(tmp_path: Path, corpus_copy):
    with Project.create(tmp_path / "p.annotator") as project:
        source_id = project.import_file(corpus_copy(ANA))
        text = project.source(source_id).text
        code = project.ensure_code_path("Methods", "#1f77b4")
        codings = {}
        for name, words in EXCERPTS.items():
            start = text.index(words)
            codings[name] = project.add_coding(source_id, code, start, start + len(words),
                                               memo=f"about {name}", coder="Researcher")
        data, _ = export_transcript(project, source_id)
        yield project, source_id, codings, data


def test_new_paragraph_above_and_a_changed_word_inside_keep_both_comments(
        coded, tmp_path: Path) -> None:
    project, source_id, codings, data = coded
    text = project.source(source_id).text
    partner = Returned(data)
    partner.insert_paragraph_before("12-May-2023", "Checked by Amina, January 2027.")
    partner.comment(EXCERPTS["collection"], "Yes, that was my word then.")
    partner.replace("collection", "gathering", occurrence="data collection, because")
    partner.comment(EXCERPTS["graph"], "Still what I do.")
    # A sentence deleted before an uncoded comment in the same answer.
    partner.replace("What I'm doing to analyse the data is, I'm doing mostly, kind of mapping "
                    "and diagrams. ", "")
    uncoded = "a quantitative analysis of how many times a certain word has appeared"
    partner.comment(uncoded, "Counting is not analysis.")
    # A changed word at the end of a commented excerpt.
    partner.comment(EXCERPTS["indesign"], "And Illustrator.")
    partner.replace("InDesign", "Indesign")
    # A comment on words that are only in the partner's copy.
    partner.comment("Checked by Amina", "All read.")
    path = tmp_path / "Ana - annotated.docx"
    path.write_bytes(partner.to_bytes())

    report = import_comments(project, path)

    placed = {p.comment.text: p for p in report.placed}
    for comment, name in (("Yes, that was my word then.", "collection"),
                          ("Still what I do.", "graph"), ("And Illustrator.", "indesign")):
        coding = project.coding(codings[name])
        assert placed[comment].coding_ids == [coding.id]
        assert text[placed[comment].start:placed[comment].end] == EXCERPTS[name]
        assert coding.memo.startswith(f"about {name}\n\n[{PARTNER}, 2027-01-05] {comment}")
    on_text = placed["Counting is not analysis."]
    assert on_text.coding_ids == []
    assert text[on_text.start:on_text.end] == uncoded
    memo = project.memo_for("source", source_id)
    assert memo is not None
    assert f"on “{uncoded}”: Counting is not analysis." in memo.body
    # Words that are not in the transcript at all: a memo on it that quotes them.
    assert [p.comment.text for p in report.unplaced] == ["All read."]
    assert f"[{PARTNER}, 2027-01-05] on “Checked by Amina” (not in the transcript): " \
           "All read." in memo.body
    assert any("kept as a memo on the transcript" in line for line in report.lines())


def test_a_comment_on_no_words_is_kept_on_the_transcript(coded, tmp_path: Path) -> None:
    project, source_id, _codings, data = coded
    partner = Returned(data)
    partner.comment_without_range("The methods.", "Which methods?")
    path = tmp_path / "Ana - annotated.docx"
    path.write_bytes(partner.to_bytes())
    report = import_comments(project, path)
    assert [p.comment.text for p in report.unplaced] == ["Which methods?"]
    memo = project.memo_for("source", source_id)
    assert memo is not None and f"[{PARTNER}, 2027-01-05] (on no text): Which methods?" in memo.body
    assert report.lines()[-1] == (f"The comment by {PARTNER} is anchored to no text; it is kept "
                                  "as a memo on the transcript: Which methods?")


def test_any_mix_of_small_edits_keeps_every_comment_on_its_words(coded, tmp_path: Path
                                                                  ) -> None:
    """Random small edits (words typed, changed or deleted) between and around the
    commented places; each comment still lands exactly on its words."""
    project, source_id, codings, data = coded
    text = project.source(source_id).text
    rng = random.Random(15)
    partner = Returned(data)
    targets = ["Perfect. So thank you Ana", "The methods.", "That's very interesting.",
               "Mm-hmm.", "what are your methods"]
    for name, words in EXCERPTS.items():
        partner.comment(words, f"on {name}")
    for number, words in enumerate(targets[1:3]):
        partner.comment(words, f"uncoded {number}")
    edits = 0
    for paragraph in partner.document.iter(partner.document.tag.replace("document", "p")):
        runs = [r for r in paragraph.iter("{*}t") if r.text and len(r.text) > 30]
        if not runs or rng.random() > 0.3:
            continue
        t = rng.choice(runs)
        if any(w in t.text for w in (*EXCERPTS.values(), *targets)) or "Mm-hmm" in t.text:
            continue
        words = t.text.split(" ")
        at = rng.randrange(len(words))
        kind = rng.choice(["insert", "delete", "change"])
        if kind == "insert":
            words.insert(at, "indeed")
        elif kind == "delete":
            del words[at]
        else:
            words[at] = words[at].upper() + "s"
        t.text = " ".join(words)
        edits += 1
    assert edits > 10
    partner.insert_paragraph_before(targets[0], "Amina: I read this twice.")
    partner.insert_paragraph_before(EXCERPTS["indesign"], "")
    path = tmp_path / "Ana - annotated.docx"
    path.write_bytes(partner.to_bytes())

    report = import_comments(project, path)

    assert report.unplaced == []
    placed = {p.comment.text: p for p in report.placed}
    for name, words in EXCERPTS.items():
        placement = placed[f"on {name}"]
        assert placement.coding_ids == [codings[name]]
        assert text[placement.start:placement.end] == words
    for number, words in enumerate(targets[1:3]):
        placement = placed[f"uncoded {number}"]
        assert text[placement.start:placement.end] == words


def test_alignment_maps_positions_through_edits() -> None:
    ours = "First line.\nThe quick brown fox jumps.\nLast line here."
    theirs = "A new line.\nFirst line.\nThe slow brown fox jumps.\nLast line."
    align = Alignment(theirs, ours)
    # Unchanged words land on themselves.
    at = theirs.index("brown fox")
    assert align.span(at, at + 9) == (ours.index("brown fox"), ours.index("brown fox") + 9)
    # A changed word: the range covers the word it replaced.
    at = theirs.index("slow brown")
    assert ours[slice(*align.span(at, at + 10))] == "quick brown"
    # Words only in their copy: nothing to land on.
    assert align.span(0, len("A new line")) is None
    # The same text: positions unchanged.
    assert Alignment(ours, ours).span(3, 9) == (3, 9)
