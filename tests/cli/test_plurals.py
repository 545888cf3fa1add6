"""The command line counts in words a person would write: "1 coding in 1 transcript",
"(1 paragraph)", "2 codings in 2 transcripts"; never "1 codings" or "coding(s)". Every
counted phrase is a whole message per number, so the window can say it in Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.cli import counts
from annotator.cli.main import main
from annotator.messages import Message, message, plural
from tests.helpers import write_txt

PACKAGE = Path(__file__).resolve().parents[2] / "annotator"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    return out


def test_plural_picks_the_whole_phrase() -> None:
    one, many = message("1 coding"), message("{n} codings", n=3)
    assert plural(1, one, many) is one and plural(3, one, many) is many
    assert plural(0, one, message("{n} codings", n=0)) == "0 codings"
    phrase = counts.paragraphs(1)
    assert isinstance(phrase, Message) and phrase.template == "1 paragraph"
    assert counts.paragraphs(2).template == "{n} paragraphs"


def test_one_coding_in_one_transcript(tmp_path: Path, capsys) -> None:
    path = tmp_path / "study.annotator"
    run(capsys, "new", str(path))
    ana = write_txt(tmp_path, "Ana.txt", "Ana: We said yes.")
    assert "Imported “Ana.txt” as “Ana” (1 paragraph)" in run(capsys, "import", str(path),
                                                                str(ana))
    run(capsys, "code", str(path), "--source", "Ana", "--code", "Trust", "--match", "yes")
    assert "Trust  (1 coding in 1 transcript)" in run(capsys, "codes", str(path))
    assert "its 1 coding lies inside its transcript" in run(capsys, "check", str(path))
    bo = write_txt(tmp_path, "Bo.txt", "Bo: Yes.\nBo: It grew, yes.")
    assert "(2 paragraphs)" in run(capsys, "import", str(path), str(bo))
    run(capsys, "code", str(path), "--source", "Bo", "--code", "Trust", "--match", "grew")
    assert "Trust  (2 codings in 2 transcripts)" in run(capsys, "codes", str(path))
    assert "all 2 codings lie inside their transcripts" in run(capsys, "check", str(path))
    saved = run(capsys, "export", "qdpx", str(path), "--out", str(tmp_path / "s.qdpx"))
    assert saved.endswith("(2 transcripts, 2 codings)\n")
    one = tmp_path / "one.annotator"
    run(capsys, "new", str(one))
    imported = run(capsys, "import", str(one), str(ana), str(tmp_path / "s.qdpx"))
    assert "1 codings" not in imported and "1 transcripts" not in imported


def test_pseudonymise_counts_in_words(tmp_path: Path, capsys) -> None:
    path = tmp_path / "study.annotator"
    run(capsys, "new", str(path))
    run(capsys, "import", str(path), str(write_txt(tmp_path, "Ana.txt", "Ana: We said yes.")))
    said = run(capsys, "pseudonymise", str(path), "--replace", "Ana=P1")
    assert said.startswith("Replaced 1 occurrence in 1 transcript and 0 memos;"), said


def test_no_command_line_sentence_writes_a_plural_in_brackets() -> None:
    for module in (PACKAGE / "cli").glob("*.py"):
        # "transcript(s) " in a sentence; a call such as str(s) is followed by a bracket.
        assert not re.search(r"[a-z]\(s\)[ .,:;\"']", module.read_text(encoding="utf-8")), \
            module.name
