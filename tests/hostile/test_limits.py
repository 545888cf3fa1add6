"""Sizes no real study reaches are refused in one sentence (issue 14, item 17).

A coding over millions of characters made opening take 31-40 s, and a million
codings from a .qdpx took 49 s to import and 208 s and 3.6 GB to open. The limits
(model/limits.py, listed in the README): a transcript of at most 3,000,000 characters
(so no coding is longer) and at most 100,000 codings in a project; below them the
window opens in seconds (bench/limits_bench.py). The codings limit is lowered here so
that the tests stay small.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_file
from annotator.formats.refi.reader import read_exchange_file
from annotator.messages import message
from annotator.model.limits import MAX_CODINGS, MAX_TRANSCRIPT_CHARS
from annotator.operations.codings import add_codings
from annotator.operations.errors import OperationError
from annotator.project import Project
from tests.helpers import table_dump, write_txt
from tests.hostile.refi_files import write_qde


def test_the_limits_are_beyond_any_real_study() -> None:
    assert MAX_TRANSCRIPT_CHARS >= 50_000 * 50  # fifty hours of talk
    assert MAX_CODINGS >= 50_000


def test_a_transcript_past_the_limit_is_refused_in_one_sentence(tmp_path: Path) -> None:
    line = "Ana: a long answer about the clinic and the students.\n"
    text = line * (MAX_TRANSCRIPT_CHARS // len(line) + 1)
    path = write_txt(tmp_path, "huge.txt", text)
    with pytest.raises(UnreadableFile) as refused:
        read_file(path)
    assert str(refused.value).startswith("“huge.txt” holds ")
    assert "more than a transcript can" in str(refused.value)
    read_file(write_txt(tmp_path, "fits.txt", text[:MAX_TRANSCRIPT_CHARS]))


def test_a_refi_source_past_the_limit_is_left_out_with_a_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("annotator.formats.refi.reader.MAX_TRANSCRIPT_CHARS", 20)
    refi = read_exchange_file(write_qde(tmp_path, "x.qde"))
    assert refi.sources == []
    assert any("more than a transcript can" in line for line in refi.skipped)


@pytest.fixture
def few(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("annotator.operations.codings.MAX_CODINGS", 3)
    monkeypatch.setattr("annotator.formats.refi.reader.MAX_CODINGS", 3)
    return 3


def _project(folder: Path) -> tuple[Project, int, int]:
    project = Project.create(folder / "p.annotator")
    (source_id,) = project.import_files([write_txt(folder, "a.txt", "one two three four\n")])
    return project, source_id, project.add_code("Words")


def test_codings_past_the_limit_are_refused_and_nothing_changes(tmp_path: Path,
                                                                few: int) -> None:
    project, source_id, code_id = _project(tmp_path)
    with project:
        for start in range(few):
            project.add_coding(source_id, code_id, start * 4, start * 4 + 3)
        before = table_dump(project.store)
        with pytest.raises(OperationError, match="can hold 3 codings"):
            project.add_coding(source_id, code_id, 14, 18)
        with pytest.raises(OperationError, match="can hold 3 codings"):
            project.session.run(message("Code"), add_codings, project.store,
                                [(source_id, 14, 18), (source_id, 0, 2)], code_id, coder="")
        assert table_dump(project.store) == before


def test_a_refi_file_with_too_many_codings_is_refused_unread(tmp_path: Path,
                                                             few: int) -> None:
    selections = "".join(
        f'<PlainTextSelection guid="{i:08d}-0000-0000-0000-000000000000" startPosition="0" '
        f'endPosition="5"><Coding guid="{i:08d}-1111-0000-0000-000000000000">'
        f'<CodeRef targetGUID="11111111-1111-1111-1111-111111111111"/></Coding>'
        f"</PlainTextSelection>" for i in range(few + 1))
    path = tmp_path / "many.qde"
    path.write_text(write_qde(tmp_path, "x.qde").read_text(encoding="utf-8").replace(
        "</TextSource>", selections + "</TextSource>"), encoding="utf-8")
    with pytest.raises(UnreadableFile, match=r"holds 5 codings, more than a project can"):
        read_exchange_file(path)


def test_an_import_that_would_pass_the_limit_leaves_the_project_as_it_was(
        tmp_path: Path, few: int) -> None:
    project, source_id, code_id = _project(tmp_path)
    with project:
        for start in range(few):
            project.add_coding(source_id, code_id, start * 4, start * 4 + 3)
        before = table_dump(project.store)
        with pytest.raises(OperationError, match="can hold 3 codings"):
            project.import_exchange(write_qde(tmp_path, "x.qde"))
        assert table_dump(project.store) == before
