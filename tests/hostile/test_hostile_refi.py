"""Hostile REFI-QDA files (issue 14, item 9): each is refused or read in one sentence,
and the project is left as it was (or, if the import was to make it, not made at all).

Before: startPosition="1e999" and firstX="inf" raised OverflowError, two cases with one
GUID IntegrityError (and the window showed nothing); `import NEW.annotator bad.qdpx`
left an empty project behind, `import P good.qde bad.qdpx` kept the first although
the help says all or none, and `import P Ana.txt x.qde` called Ana.txt damaged XML.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.formats.refi.reader import read_exchange_file
from annotator.project import Project
from tests.helpers import table_dump, write_txt
from tests.hostile.refi_files import case, write_qde


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_sentence(err: str) -> None:
    assert err.strip() and "Traceback" not in err and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("fields", [
    {"start": "1e999"}, {"end": "1e999"}, {"start": "-1e999"}, {"start": "nan"},
    {"end": "inf"}, {"first_x": "inf"}, {"first_x": "-1e999"}, {"first_x": "nan"},
    {"start": "99999999999999999999999999"},
])
def test_numbers_out_of_range_are_read_as_missing(tmp_path: Path, fields: dict[str, str]) -> None:
    path = write_qde(tmp_path, "x.qde", **fields)
    refi = read_exchange_file(path)  # no OverflowError or ValueError
    with Project.create(tmp_path / "p.annotator") as project:
        report = project.import_exchange(path)
        assert report.lines()
        assert project.check() == []
    assert len(refi.sources) == 1


def test_two_cases_with_one_guid_both_come_in(tmp_path: Path) -> None:
    path = write_qde(tmp_path, "x.qde", cases=case("Ana") + case("Ben"))
    with Project.create(tmp_path / "p.annotator") as project:
        project.import_exchange(path)
        assert sorted(c.name for c in project.cases()) == ["Ana", "Ben"]
        assert len({c.guid for c in project.cases()}) == 2


def test_importing_into_a_new_project_makes_nothing_when_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    target = tmp_path / "new.annotator"
    code, _, err = _cli(capsys, "import", str(target), str(bad))
    assert code != 0
    _one_sentence(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.qdpx"]


def test_a_good_file_then_a_bad_one_imports_neither(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_qde(tmp_path, "good.qde")
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"<Project")
    target = tmp_path / "p.annotator"
    Project.create(target).close()
    with Project.open(target) as project:
        before = table_dump(project.store)
    code, _, err = _cli(capsys, "import", str(target), str(good), str(bad))
    assert code != 0
    _one_sentence(err)
    assert "bad.qdpx" in err
    with Project.open(target) as project:
        assert table_dump(project.store) == before


def test_transcripts_and_exchange_files_import_together(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ana = write_txt(tmp_path, "Ben.txt", "Interviewer: hello\nBen: hi\n")
    qde = write_qde(tmp_path, "x.qde")
    target = tmp_path / "p.annotator"
    Project.create(target).close()
    code, out, err = _cli(capsys, "import", str(target), str(ana), str(qde))
    assert (code, err) == (0, ""), err
    assert "Ben.txt" in out
    with Project.open(target) as project:
        assert sorted(s.name for s in project.sources()) == ["Ana", "Ben"]


def test_a_bad_transcript_beside_an_exchange_file_imports_neither(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    qde = write_qde(tmp_path, "x.qde")
    target = tmp_path / "p.annotator"
    Project.create(target).close()
    with Project.open(target) as project:
        before = table_dump(project.store)
    code, _, err = _cli(capsys, "import", str(target), str(qde), str(bad))
    assert code != 0
    _one_sentence(err)
    assert "empty.txt" in err
    with Project.open(target) as project:
        assert table_dump(project.store) == before
