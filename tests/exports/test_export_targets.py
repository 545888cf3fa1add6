"""No export may write onto the project, its working files or a backup; every export is
written whole to a temporary file and renamed into place, owner-only; a target that
cannot be written gets one sentence and leaves the previous good export as it was.

Issue 14, items 1, 2, 8 and 11. Each command runs as `annotator ...` would (cli.main);
the read-only folder runs in a subprocess without root's override of file modes
(tests/file_system.py) and the full disk is a tiny tmpfs.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.project import Project, default_backup_root
from tests.conftest import HAVE_QT
from tests.file_system import fill, full_disk, run_cli_unprivileged
from tests.helpers import write_txt

# Every file export of the command line, by the suffixes it writes.
FILE_EXPORTS: list[tuple[str, list[str]]] = [
    (".qdpx", ["export", "qdpx"]),
    (".qdc", ["export", "codebook"]),
    (".docx", ["export", "codebook"]),
    (".csv", ["export", "codebook"]),
    (".xlsx", ["export", "codebook"]),
    (".docx", ["export", "report"]),
    (".csv", ["export", "excerpts"]),
    (".xlsx", ["export", "excerpts"]),
    (".csv", ["export", "matrix", "--kind", "code-case"]),
    (".xlsx", ["export", "matrix", "--kind", "cooccurrence"]),
]
IDS = [f"{' '.join(argv[1:2] + argv[3:])}{suffix}" for suffix, argv in FILE_EXPORTS]
needs_qt = pytest.mark.skipif(not HAVE_QT, reason="PySide6 draws the board and the window")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(err: str) -> str:
    assert err.startswith("annotator: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "Errno" not in err, err
    return err


def export(argv: list[str], project: Path, out: Path) -> list[str]:
    return [*argv, str(project), "--out", str(out)]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "study.annotator"
    with Project.create(path) as made:
        source = made.import_file(write_txt(tmp_path, "Ana.txt", "Ana: trust matters here.\n"))
        made.add_coding(source, made.add_code("Trust"), 5, 10)
    return path


@pytest.mark.parametrize(("suffix", "argv"), FILE_EXPORTS, ids=IDS)
def test_an_export_never_writes_onto_the_project_or_its_files(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str,
        argv: list[str]) -> None:
    # The project is named with the export's own suffix, so that only the check of
    # what the target is (not its suffix) stands between the export and the project.
    path = tmp_path / f"work{suffix}"
    with Project.create(path) as made:
        made.import_file(write_txt(tmp_path, "Ana.txt", "Ana: trust.\n"))
    before = digest(path)
    for target in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                   path.with_name(f".{path.name}.lock")):
        code, out, err = run(capsys, *export(argv, path, target))
        assert (code, out) == (1, ""), target.name
        one_sentence(err)
        assert digest(path) == before
        assert target == path or not target.exists(), target.name
    assert Project.open(path).close() is None


@pytest.mark.parametrize(("suffix", "argv"), FILE_EXPORTS, ids=IDS)
def test_an_export_never_writes_over_a_backup_or_another_project(
        capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path, suffix: str,
        argv: list[str]) -> None:
    assert run(capsys, "backup", project)[0] == 0
    backup_folder = next(default_backup_root().iterdir())
    inside = backup_folder / f"notes{suffix}"
    code, _, err = run(capsys, *export(argv, project, inside))
    assert code == 1 and "backup" in one_sentence(err)
    assert not inside.exists()
    other = tmp_path / f"other{suffix}"  # a project (or a backup) under an export's name
    Project.create(other).close()
    before = digest(other)
    code, _, err = run(capsys, *export(argv, project, other))
    assert code == 1 and "Annotator project" in one_sentence(err)
    assert digest(other) == before


def test_the_annotated_transcripts_never_go_into_the_backups_or_onto_the_project(
        capsys: pytest.CaptureFixture[str], project: Path) -> None:
    before = digest(project)
    code, _, err = run(capsys, "export", "docx", project, "--out", project)
    assert code == 1 and "is a file" in one_sentence(err)
    assert run(capsys, "backup", project)[0] == 0
    backups = next(default_backup_root().iterdir())
    listed = sorted(backups.iterdir())
    code, _, err = run(capsys, "export", "docx", project, "--out", backups)
    assert code == 1
    one_sentence(err)
    assert sorted(backups.iterdir()) == listed
    assert digest(project) == before


@pytest.mark.parametrize("name", ["notes.docx", "notes.txt", "study.annotator"])
def test_a_screenshot_to_a_file_that_is_not_a_png_is_refused_before_it_is_opened(
        capsys: pytest.CaptureFixture[str], project: Path, name: str) -> None:
    target = project.with_name(name)
    if not target.exists():
        target.write_bytes(b"the researcher's notes")
    before = digest(target)
    code, out, err = run(capsys, "screenshot", project, "--out", target)
    assert (code, out) == (1, "")
    assert ".png" in one_sentence(err)
    assert digest(target) == before


@pytest.mark.gui
@needs_qt
def test_pictures_are_refused_onto_the_project_and_written_whole_otherwise(
        capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path) -> None:
    fake = tmp_path / "study.png"  # a project under a picture's name
    Project.create(fake).close()
    before = digest(fake)
    for argv in (["screenshot", fake, "--out", fake], ["export", "board", fake, "--out", fake]):
        code, _, err = run(capsys, *argv)
        assert code == 1
        one_sentence(err)
        assert digest(fake) == before
    shot = tmp_path / "shot.png"
    code, _, err = run(capsys, "screenshot", project, "--out", shot)
    assert code == 0, err
    board = tmp_path / "board.svg"
    assert run(capsys, "export", "board", project, "--out", board)[0] == 0
    for picture in (shot, board):
        assert stat.S_IMODE(picture.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []


# -- ordinary file-system trouble (item 11) ------------------------------------------------


@pytest.mark.parametrize(("suffix", "argv"), FILE_EXPORTS, ids=IDS)
def test_a_missing_folder_or_a_folder_as_target_gets_one_sentence(
        capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path, suffix: str,
        argv: list[str]) -> None:
    code, _, err = run(capsys, *export(argv, project, tmp_path / "missing" / f"x{suffix}"))
    assert code == 1 and "does not exist" in one_sentence(err)
    assert not (tmp_path / "missing").exists()
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    code, _, err = run(capsys, *export(argv, project, folder))
    assert code == 1 and "is a folder" in one_sentence(err)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(("suffix", "argv"), FILE_EXPORTS, ids=IDS)
def test_exports_are_owner_only_and_replace_the_previous_one_whole(
        capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path, suffix: str,
        argv: list[str]) -> None:
    target = tmp_path / "out" / f"export{suffix}"
    target.parent.mkdir()
    target.write_bytes(b"an earlier export")
    target.chmod(0o644)
    previous = os.umask(0o022)
    try:
        code, out, err = run(capsys, *export(argv, project, target))
    finally:
        os.umask(previous)
    assert (code, err) == (0, ""), err
    assert str(target) in out
    assert target.read_bytes() != b"an earlier export"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == [target.name]


@pytest.mark.parametrize(("suffix", "argv"), FILE_EXPORTS, ids=IDS)
def test_a_full_disk_leaves_the_previous_export_and_no_partial_file(
        capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path, suffix: str,
        argv: list[str]) -> None:
    with full_disk(tmp_path / "disk") as disk:
        target = disk / f"export{suffix}"
        target.write_bytes(b"the previous good export")
        fill(disk)
        code, out, err = run(capsys, *export(argv, project, target))
        assert (code, out) == (1, "")
        assert "disk is full" in one_sentence(err)
        assert target.read_bytes() == b"the previous good export"
        assert sorted(p.name for p in disk.iterdir()) == [target.name, "filler"]


def test_annotated_transcripts_on_a_full_disk(capsys: pytest.CaptureFixture[str],
                                              project: Path, tmp_path: Path) -> None:
    with full_disk(tmp_path / "disk") as disk:
        previous = disk / "Ana - annotated.docx"
        previous.write_bytes(b"the previous good export")
        fill(disk)
        code, out, err = run(capsys, "export", "docx", project, "--out", disk)
        assert (code, out) == (1, "")
        assert "disk is full" in one_sentence(err)
        assert previous.read_bytes() == b"the previous good export"
        assert sorted(p.name for p in disk.iterdir()) == [previous.name, "filler"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_read_only_folder_gets_one_sentence_and_keeps_the_previous_export(
        project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    previous = folder / "excerpts.xlsx"
    previous.write_bytes(b"the previous good export")
    for path in (previous, folder / "Ana - annotated.docx"):
        path.write_bytes(b"the previous good export")
        path.chmod(0o444)
    folder.chmod(0o555)
    project.chmod(0o644)  # readable by the unprivileged run; its folder stays writable
    for argv in (["export", "excerpts", project, "--out", previous],
                 ["export", "docx", project, "--out", folder]):
        done = run_cli_unprivileged(*map(str, argv))
        assert done.returncode == 1, done.stderr
        assert done.stdout == ""
        assert "cannot be written to" in one_sentence(done.stderr)
    assert sorted(p.name for p in folder.iterdir()) == ["Ana - annotated.docx", "excerpts.xlsx"]
    assert {p.read_bytes() for p in folder.iterdir()} == {b"the previous good export"}


def test_transcripts_whose_names_clash_as_file_names_get_unique_files(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "names.annotator"
    with Project.create(path) as made:
        for number, name in enumerate(("a?b", "a:b", "a_b")):
            made.import_file(write_txt(tmp_path, f"t{number}.txt", f"Ana: {name}.\n"),
                             name=name)
    code, out, err = run(capsys, "export", "docx", path, "--out", tmp_path / "out")
    assert (code, err) == (0, "")
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == ["a_b (2) - annotated.docx", "a_b (3) - annotated.docx",
                     "a_b - annotated.docx"]
    for name in ("a?b", "a:b", "a_b"):
        assert out.count(f"“{name}”") == 1
    assert len(set(out.splitlines())) == 3
