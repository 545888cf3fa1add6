"""Every file of transcripts-more/ through the command line and the one list of suffixes
(issue 18): `annotator import` takes them all at once, all or none."""

from __future__ import annotations

from pathlib import Path

from annotator.cli.main import main
from annotator.formats.reader import TRANSCRIPT_SUFFIXES
from annotator.project import Project

MORE = "transcripts-more"


def test_the_import_list_names_every_new_format() -> None:
    for suffix in (".vtt", ".srt", ".sbv", ".odt", ".rtf", ".pdf", ".doc", ".docx", ".txt"):
        assert suffix in TRANSCRIPT_SUFFIXES


def test_command_line_imports_every_corpus_file(corpus: Path, corpus_copy, tmp_path: Path,
                                                capsys) -> None:
    files = sorted(p.name for p in (corpus / MORE).iterdir() if p.name != "SOURCES.md")
    assert len(files) == 11
    paths = [corpus_copy(f"{MORE}/{name}") for name in files]
    project = tmp_path / "all.annotator"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), *map(str, paths)]) == 0
    printed = capsys.readouterr().out
    with Project.open(project) as opened:
        kinds = sorted(opened.source(s.id).kind for s in opened.sources())
        assert kinds == ["odt", "odt", "pdf", "rtf", "rtf", "sbv", "srt", "srt", "vtt", "vtt",
                         "vtt"]
        for name in files:
            assert f"Imported “{name}”" in printed
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 nothing else")
    assert main(["import", str(project), str(paths[0]), str(broken)]) == 1
    assert "broken.pdf" in capsys.readouterr().err
    with Project.open(project) as opened:
        assert len(opened.sources()) == 11  # all or none
