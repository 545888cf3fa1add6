"""Many codings in one step (operations/codings.add_codings, the path of code all search
hits, code similar passages and, by add_many, the REFI-QDA import): one undo step that
puts every table back exactly, ids in the spans' order, spans coded before kept."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.operations.errors import OperationError
from annotator.operations.stamps import new_guids
from annotator.project import Project
from tests.helpers import table_dump, write_txt

TEXT = "word " * 20_000


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(tmp_path / "p.annotator")
    p.import_files([write_txt(tmp_path, "A.txt", TEXT), write_txt(tmp_path, "B.txt", TEXT)])
    yield p
    p.close()


def test_20000_codings_are_one_exact_undo_step(project: Project) -> None:
    a, b = (s.id for s in project.sources())
    code = project.add_code("Bulk")
    kept = project.add_coding(a, code, 0, 4)
    spans = [(source, i * 5, i * 5 + 4) for i in range(10_000) for source in (a, b)]
    before, depth = table_dump(project.store), project.history.depth
    ids = project.code_similar(spans, code)
    assert project.history.depth == depth + 1
    assert ids[0] == kept and len(set(ids)) == 20_000
    assert [(c.source_id, c.start, c.end) for c in map(project.coding, ids[:5])] == spans[:5]
    assert {c.coder for c in project.codings()} == {project.coder}
    after = table_dump(project.store)
    project.undo()
    assert table_dump(project.store) == before
    project.redo()
    assert table_dump(project.store) == after


def test_a_span_outside_its_transcript_refuses_them_all(project: Project) -> None:
    a = project.sources()[0].id
    code = project.add_code("Bulk")
    before = table_dump(project.store)
    with pytest.raises(OperationError, match="not inside"):
        project.code_similar([(a, 0, 4), (a, len(TEXT) - 2, len(TEXT) + 1)], code)
    assert table_dump(project.store) == before


def test_bulk_guids_are_random_version_4_uuids() -> None:
    guids = new_guids(2000)
    assert len(set(guids)) == 2000
    for guid in guids:
        parsed = uuid.UUID(guid)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert str(parsed).upper() == guid
