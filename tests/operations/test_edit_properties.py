"""Random edit sequences: every coding keeps exactly its characters, undo restores all.

A model of the text as characters with identities checks the project after each edit:
a surviving coding covers exactly the characters it covered before, less those
deleted, plus those inserted inside it by model/edit_shift.py's rule (typed inside or
at its end: in; at its start: out; replacing characters it covered: in). Edits land
inside, at the edges of and across excerpts, beside emoji, astral CJK, combining marks
and right-to-left text; some split or join paragraphs, some replace every occurrence
of a word at once. Undoing everything gives back text, codings, memos and paragraphs
byte for byte, and redoing everything gives back the edited project.
"""

from __future__ import annotations

import itertools
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.model.text_edits import TextEdit
from annotator.project import Project

TEXT = ("Ana: I 😀 met 𠀋 Ruth\u0301 at the clinic.\n"
        "Ben: שלום Ruth, café\u0301 💬 ok.\n"
        "Ana: 李女士说Ruth很认真 ab ab.")
SPANS = [(5, 20), (9, 14), (12, 33), (30, 60), (41, 44), (44, 52), (58, 75), (70, 80)]
PIECES = ["x", "😀", "𠀋", "\u0301", "ש", "\n", "ab", " Ruth ", "\u200f", "e\u0301"]


@dataclass
class Model:
    """The text as (character, identity) pairs, and each coding's characters."""

    chars: list[tuple[str, int]]
    covered: dict[int, set[int]] = field(default_factory=dict)
    fresh: itertools.count = field(default_factory=lambda: itertools.count(10_000))

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)

    def edit(self, edit: TextEdit) -> None:
        s, e = edit.start, edit.end
        new = [(c, next(self.fresh)) for c in edit.text]
        ids = [i for _, i in self.chars]
        replaced = set(ids[s:e])
        for coding, have in list(self.covered.items()):
            positions = sorted(ids.index(i) for i in have)
            a, b = positions[0], positions[-1] + 1
            joins = (a < s <= b) if s == e else (a < e and b > s)
            have = (have - replaced) | ({i for _, i in new} if joins else set())
            if have:
                self.covered[coding] = have
            else:
                del self.covered[coding]
        self.chars[s:e] = new


def _state(project: Project) -> tuple[object, ...]:
    conn = project.store.database.conn
    return tuple(conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                 for table in ("sources", "codings", "memos", "paragraphs", "source_edits",
                               "similar_dismissed", "cues"))


def _check(project: Project, source_id: int, model: Model) -> None:
    text = project.source(source_id).text
    assert text == model.text
    ids = [i for _, i in model.chars]
    found = {c.id: set(ids[c.start:c.end]) for c in project.codings(source_id)}
    assert found == model.covered
    paragraphs = project.paragraphs(source_id)
    lines = text.split("\n")
    assert [p.index for p in paragraphs] == list(range(len(lines)))
    assert [text[p.start:p.end] for p in paragraphs] == lines


@st.composite
def edits(draw: st.DrawFn, text: str, edges: list[int]) -> tuple[str, TextEdit | str]:
    """One edit of `text`: an insertion, deletion, replacement, split or join, at a
    random place or an excerpt's edge (or one beside it); or a replace-all."""
    kind = draw(st.sampled_from(["insert", "delete", "replace", "split", "join", "all"]))
    if kind == "all":
        return kind, draw(st.sampled_from(["ab", "Ruth", "😀"]))
    places = sorted({p for e in edges for p in (e - 1, e, e + 1) if 0 <= p <= len(text)}
                    | {len(text)})
    start = draw(st.one_of(st.sampled_from(places), st.integers(0, len(text))))
    if kind == "join":
        breaks = [i for i, c in enumerate(text) if c == "\n"]
        if not breaks:
            return "insert", TextEdit(start, start, "\n")
        at = draw(st.sampled_from(breaks))
        return kind, TextEdit(at, at + 1, draw(st.sampled_from(["", " "])))
    if kind in ("insert", "split"):
        inserted = "\n" if kind == "split" else "".join(
            draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=3)))
        return kind, TextEdit(start, start, inserted)
    end = min(len(text), start + draw(st.integers(1, 12)))
    inserted = "" if kind == "delete" else "".join(
        draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=2)))
    return kind, TextEdit(start, end, inserted)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_keep_every_coding_on_its_characters_and_undo_restores_all(
        data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "talk.txt"
        source.write_text(TEXT, encoding="utf-8")
        with Project.create(Path(folder) / "p.annotator") as project:
            sid = project.import_file(source)
            model = Model([(c, i) for i, c in enumerate(TEXT)])
            for number, (start, end) in enumerate(SPANS):
                # A code each: codings of one code that overlap would be one excerpt.
                code = project.add_code(f"Theme {number}")
                coding = project.add_coding(sid, code, start, end, memo=f"memo {number}")
                project.set_memo("coding", coding, f"a memo on excerpt {number} 😀")
                model.covered[coding] = set(range(start, end))
            project.dismiss_similar(code, [(sid, 0, 30), (sid, 45, 60), (sid, 70, 85)])
            before = _state(project)
            depth = project.history.depth
            for _ in range(data.draw(st.integers(1, 8))):
                edges = [p for c in project.codings(sid) for p in (c.start, c.end)]
                kind, edit = data.draw(edits(model.text, edges))
                if isinstance(edit, str):
                    project.replace_text(edit, edit.upper() + "!", source_ids=[sid],
                                         match_case=True)
                    at = [i for i in range(len(model.text)) if model.text.startswith(edit, i)]
                    taken: list[int] = []
                    for i in at:  # non-overlapping, left to right, as found
                        if not taken or i >= taken[-1] + len(edit):
                            taken.append(i)
                    for i in reversed(taken):
                        model.edit(TextEdit(i, i + len(edit), edit.upper() + "!"))
                else:
                    project.edit_text(sid, edit, burst=data.draw(st.booleans()))
                    model.edit(edit)
                _check(project, sid, model)
                assert project.check() == []
            after = _state(project)
            steps = project.history.depth - depth
            while project.history.depth > depth:
                project.undo()
            assert _state(project) == before
            for _ in range(steps):
                project.redo()
            assert _state(project) == after
