"""REFI-QDA files as other programs leave them: an unzipped export (a bare .qde with its
sources/ folder), sources without names (QualCoder 1.2-1.3), and notes that QualCoder
reads only from their text files. Files are read and written with zipfile and lxml here.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from annotator.cli.main import main
from annotator.platform.demo import build_demo
from annotator.project import Project

QUALCODER = "refi-qda/qc1.3.2__demo.qdpx"


def imported(path: Path, tmp_path: Path, name: str) -> dict[str, str]:
    with Project.create(tmp_path / f"{name}.annotator") as project:
        project.import_exchange(path)
        return {s.name: project.source(s.id).text for s in project.sources()}


def test_sources_without_a_name_are_named_from_their_text_file(corpus_copy, tmp_path: Path):
    path = corpus_copy(QUALCODER)
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("project.qde"))
    files = [s.get("plainTextPath") for s in root.iter("{*}TextSource")]
    assert files and not any(s.get("name") for s in root.iter("{*}TextSource"))
    names = imported(path, tmp_path, "named")
    assert sorted(names) == sorted(f.rsplit(".", 1)[0] for f in files)


def test_a_bare_qde_imports_the_sources_beside_it(corpus_copy, tmp_path: Path):
    path = corpus_copy(QUALCODER)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(path) as package:
        package.extractall(folder)
        expected = {name: package.read(name).decode("utf-8-sig").replace("\r\n", "\n")
                    for name in package.namelist() if name.startswith("sources/")}
    from_zip = imported(path, tmp_path, "zip")
    from_folder = imported(folder / "project.qde", tmp_path, "folder")
    assert from_folder == from_zip
    assert len(from_folder) == len(expected) == 2
    for name, text in from_folder.items():
        assert text.strip() == expected[f"sources/{name}.txt"].strip()


def test_a_bare_qde_finds_nothing_outside_its_folder(corpus_copy, tmp_path: Path):
    path = corpus_copy(QUALCODER)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(path) as package:
        package.extract("project.qde", folder)
        package.extract("sources/admin-1.txt", tmp_path)  # beside the folder, not in it
    qde = folder / "project.qde"
    root = etree.parse(str(qde))
    for source in root.iter("{*}TextSource"):
        source.set("plainTextPath", "../sources/" + source.get("plainTextPath"))
    root.write(str(qde))
    assert imported(qde, tmp_path, "outside") == {}


def test_notes_are_written_as_text_files_too(tmp_path: Path):
    demo = tmp_path / "demo.annotator"
    build_demo(demo)
    out = tmp_path / "demo.qdpx"
    assert main(["export", "qdpx", str(demo), "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        root = etree.fromstring(package.read("project.qde"))
        notes = list(root.iter("{*}Note"))
        assert notes
        for note in notes:
            path = note.get("plainTextPath")
            assert path == f"internal://{note.get('guid')}.txt"
            inline = note.find("{*}PlainTextContent")
            text = package.read(f"sources/{note.get('guid')}.txt").decode("utf-8")
            assert text == (inline.text or "" if inline is not None else "")
    # Read back, the memos come home once each.
    with Project.open(demo) as original, Project.create(tmp_path / "back.annotator") as back:
        back.import_exchange(out)
        assert sorted(m.body for m in back.memos()) == sorted(m.body for m in original.memos())
