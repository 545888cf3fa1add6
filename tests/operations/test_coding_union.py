"""Coding text that overlaps or touches a coding of the same code by the same coder
extends that coding (issue 15 item 4): one coding over the union, in one undo step,
memos kept; another coder's coding stays apart (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.project import Project
from tests.helpers import table_dump, write_txt

TEXT = "Um, so yeah, the concept of data gathering is not, you know, new to me at all.\n" * 3


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(tmp_path / "p.annotator")
    p.import_file(write_txt(tmp_path, "Ana.txt", TEXT))
    p.set_coder("Ana")
    yield p
    p.close()


def spans(project: Project) -> list[tuple[int, int, str, str]]:
    return [(c.start, c.end, c.coder, c.memo) for c in project.codings()]


def source(project: Project) -> int:
    return project.sources()[0].id


def test_overlapping_text_extends_the_coding_in_one_undo_step(project: Project) -> None:
    s, code = source(project), project.add_code("Data")
    first = project.add_coding(s, code, 17, 40)
    before, depth = table_dump(project.store), project.history.depth
    second = project.add_coding(s, code, 17, 43)
    assert second == first
    assert spans(project) == [(17, 43, "Ana", "")]
    assert project.history.depth == depth + 1
    project.undo()
    assert table_dump(project.store) == before


@pytest.mark.parametrize(("start", "end", "union"), [
    (30, 60, (17, 60)),  # overlaps the end
    (5, 20, (5, 43)),  # overlaps the start
    (43, 50, (17, 50)),  # touches the end
    (0, 17, (0, 43)),  # touches the start
    (20, 30, (17, 43)),  # inside: nothing new
])
def test_overlap_or_touch_gives_the_union(project: Project, start: int, end: int,
                                          union: tuple[int, int]) -> None:
    s, code = source(project), project.add_code("Data")
    project.add_coding(s, code, 17, 43)
    project.add_coding(s, code, start, end)
    assert [(c.start, c.end) for c in project.codings()] == [union]


def test_a_gap_another_code_or_another_coder_stays_apart(project: Project) -> None:
    s, code, other = source(project), project.add_code("Data"), project.add_code("Other")
    project.add_coding(s, code, 17, 43)
    project.add_coding(s, code, 44, 50)  # one space between: not touching
    project.add_coding(s, other, 17, 43)
    project.add_coding(s, code, 17, 43, coder="Ben")  # the same span, another coder
    project.add_coding(s, code, 30, 48, coder="Ben")
    rows = sorted((c.code_id, c.coder, c.start, c.end) for c in project.codings())
    assert rows == [(code, "Ana", 17, 43), (code, "Ana", 44, 50),
                    (code, "Ben", 17, 48), (other, "Ana", 17, 43)]


def test_memos_are_joined_and_a_bridge_joins_three_codings(project: Project) -> None:
    s, code = source(project), project.add_code("Data")
    first = project.add_coding(s, code, 17, 27, memo="Concept.")
    second = project.add_coding(s, code, 33, 42, memo="Gathering.")
    project.set_memo("coding", second, "A note on gathering.", title="Note")
    project.mark_illustrative(second)
    third = project.add_coding(s, code, 60, 70)
    before = table_dump(project.store)
    kept = project.add_coding(s, code, 25, 62, memo="All one idea.")
    assert kept == first
    assert spans(project) == [(17, 70, "Ana", "Concept.\n\nGathering.\n\nAll one idea.")]
    assert project.store.codings.get(third) is None
    note = project.memo_for("coding", first)
    assert note is not None and note.body == "A note on gathering."
    assert project.store.codings.illustrative_ids() == {first}
    project.undo()
    assert table_dump(project.store) == before


def test_the_same_memo_is_not_repeated(project: Project) -> None:
    s, code = source(project), project.add_code("Data")
    project.add_coding(s, code, 17, 27, memo="Concept.")
    project.add_coding(s, code, 17, 30, memo="Concept.")
    assert spans(project) == [(17, 30, "Ana", "Concept.")]


def test_bulk_codings_join_each_other_and_the_coders_codings(project: Project) -> None:
    s, code = source(project), project.add_code("Data")
    line = len(TEXT) // 3
    mine = project.add_coding(s, code, 17, 27)
    theirs = project.add_coding(s, code, 17, 27, coder="Ben")
    before = table_dump(project.store)
    ids = project.code_similar([(s, 20, 40), (s, 40, 45), (s, line, line + 5),
                                (s, line + 2, line + 9), (s, 2 * line, 2 * line + 4)], code)
    assert ids[0] == ids[1] == mine and ids[2] == ids[3] != ids[4]
    assert theirs not in ids
    rows = [(c.coder, c.start, c.end) for c in project.codings()]
    assert rows == [("Ben", 17, 27), ("Ana", 17, 45), ("Ana", line, line + 9),
                    ("Ana", 2 * line, 2 * line + 4)]
    project.undo()
    assert table_dump(project.store) == before
