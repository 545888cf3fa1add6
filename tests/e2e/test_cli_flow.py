"""A researcher's first hour on the command line, with real transcripts, then reopen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from annotator.project import Project


def annotator(*argv: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, argv)],
                          capture_output=True, timeout=120)


def test_new_import_code_and_reopen(corpus_copy, tmp_path: Path) -> None:
    project = tmp_path / "open-qual.annotator"
    ana = corpus_copy("transcripts/sheffield-open-qual/Ana.docx")
    david = corpus_copy("transcripts/sheffield-open-qual/David.docx")
    chinese = corpus_copy("tricky-docx/pandoc__instrText_hyperlink.docx")

    assert annotator("new", project).returncode == 0
    done = annotator("import", project, ana, david, chinese)
    assert done.returncode == 0, done.stderr.decode()

    info = json.loads(annotator("info", project, "--json").stdout)
    assert info["sources"] == 3
    assert info["codes"] == info["codings"] == info["themes"] == 0
    ana_text = annotator("text", project, "Ana").stdout.decode("utf-8")
    david_text = annotator("text", project, "David").stdout.decode("utf-8")
    chinese_text = annotator("text", project, "pandoc__instrText_hyperlink").stdout.decode()
    # Chinese characters count one word each, so compare against an English-only total.
    assert info["words"] >= len(ana_text.split()) + len(david_text.split())
    assert ana_text.startswith("12-May-2023")
    assert "Researcher 1: Perfect. So thank you Ana for agreeing" in ana_text
    assert "HYPERLINK" not in chinese_text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese_text)

    phrase = "I'm looking at documents on the one hand"
    done = annotator("code", project, "--source", "Ana", "--code", "Methods/Documents",
                     "--match", phrase, "--memo", "documents first")
    assert done.returncode == 0, done.stderr.decode()
    done = annotator("code", project, "--source", "Ana", "--code", "Methods/Documents",
                     "--match", "not in the transcript at all")
    assert done.returncode == 1
    assert done.stderr.decode().startswith("annotator: ")

    rows = json.loads(annotator("codings", project, "--json").stdout)
    assert [(r["source"], r["code"], r["text"], r["memo"]) for r in rows] == [
        ("Ana", "Methods/Documents", phrase, "documents first")]

    with Project.open(project) as reopened:
        [coding] = reopened.codings()
        source = reopened.source(coding.source_id)
        assert source.text[coding.start:coding.end] == phrase
        assert reopened.original_bytes(source.id) == ana.read_bytes()
        assert reopened.store.integrity_problems() == []
        paragraphs = reopened.paragraphs(source.id)
        speakers = {p.speaker for p in paragraphs if p.speaker}
        assert {"Researcher 1", "Ana"} <= speakers
