"""`annotator edit`: replacements and offset edits, what happened to the codings, and one
sentence for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.project import Project

TEXT = "Ana: I met Ruth at the clinic.\nBen: Ruth said so."


@pytest.fixture
def path(tmp_path: Path) -> Path:
    source = tmp_path / "talk.txt"
    source.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "p.annotator"
    with Project.create(target) as project:
        sid = project.import_file(source)
        person = project.add_code("Person")
        project.add_coding(sid, person, TEXT.index("Ruth"), TEXT.index("Ruth") + 4)
        project.add_coding(sid, project.add_code("Place"), TEXT.index("the clinic"),
                           TEXT.index("the clinic") + 10)
    return target


def _text(path: Path) -> str:
    with Project.open(path) as project:
        return project.source(project.sources()[0].id).text


def test_replace_all_says_what_the_codings_did(path: Path, capsys) -> None:
    assert main(["edit", str(path), "talk", "--replace", "Ruth", "R.", "--all"]) == 0
    said = capsys.readouterr().out
    assert said == ("Replaced 2 occurrences of “Ruth” in “talk”. 1 coding moved or grew with "
                    "the text, 1 coding shrank (“Person”).\n")
    assert _text(path) == TEXT.replace("Ruth", "R.")


def test_one_occurrence_and_an_offset_edit(path: Path, capsys) -> None:
    assert main(["edit", str(path), "talk", "--replace", "Ruth", "Mia", "--occurrence", "2"]) == 0
    assert "Replaced 1 occurrence of “Ruth” in “talk”. No coding changed." in \
        capsys.readouterr().out
    at = TEXT.index("the clinic")
    assert main(["edit", str(path), "talk", "--at", str(at), "--delete", "10"]) == 0
    out = capsys.readouterr().out
    assert "1 coding went, all its words deleted (“Place”); undo brings it back." in out
    assert main(["edit", str(path), "talk", "--at", "0", "--insert", "Note. "]) == 0
    assert "2 codings" not in capsys.readouterr().out  # one coding left, and it moved
    assert _text(path) == "Note. " + TEXT[:at] + "." + "\nBen: Mia said so."


@pytest.mark.parametrize(("args", "phrase"), [
    ([], "Say what to edit"),
    (["--replace", "Ruth", "X", "--at", "3"], "Say what to edit"),
    (["--replace", "Ruth", "X", "--all", "--occurrence", "2"], "not both"),
    (["--replace", "Ruth", "X", "--occurrence", "3"], "occurs 2 times"),
    (["--replace", "Nobody", "X"], "does not occur"),
    (["--at", "5"], "Say what to change at 5"),
    (["--at", "-1", "--delete", "2"], "cannot be negative"),
    (["--at", "500", "--delete", "1"], "past the end"),
])
def test_bad_input_is_one_sentence_and_changes_nothing(path: Path, capsys, args: list[str],
                                                       phrase: str) -> None:
    assert main(["edit", str(path), "talk", *args]) == 1
    err = capsys.readouterr().err
    assert phrase in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _text(path) == TEXT


def test_an_unknown_transcript_is_named(path: Path, capsys) -> None:
    assert main(["edit", str(path), "nobody", "--at", "0", "--insert", "x"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
