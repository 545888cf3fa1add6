"""YouTube SubViewer (.sbv) import (issue 18) on every .sbv of the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.project import Project
from tests.formats.exported import check_codings_exported, speakers_in_order, spoken_words
from tests.formats.raw_subtitles import check_against_raw

MORE = "transcripts-more"
YOUTUBE = f"{MORE}/daveshap-ytchapters__captions.sbv"


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


def test_every_corpus_sbv_is_covered(corpus: Path) -> None:
    assert [p.name for p in (corpus / MORE).glob("*.sbv")] == [Path(YOUTUBE).name]


def test_youtube_captions(corpus_copy, project: Project) -> None:
    path = corpus_copy(YOUTUBE)
    source_id = project.import_file(path)
    source = project.source(source_id)
    assert source.kind == "sbv"
    assert speakers_in_order(project, source_id) == []  # one voice, no labels
    cues = project.cues(source_id)
    words = spoken_words(" ".join(source.text[c.start:c.end] for c in cues))
    assert words[:5] == ["good", "morning", "everybody", "David", "Shapiro"]
    assert words[-3:] == ["thanks", "for", "watching"]
    # Two-line cues are one stretch of text: the no-break space YouTube ends the first
    # line with is trimmed like any other line end, so no word is glued to the next.
    assert "Shapiro here we are" in source.text
    assert "\xa0" not in source.text
    check_against_raw(path, source.text, project.paragraphs(source_id), cues, labelled=False)
    assert 1 < len(project.paragraphs(source_id)) < len(cues)


def test_codings_are_exported_exactly(corpus_copy, project: Project) -> None:
    source_id = project.import_file(corpus_copy(YOUTUBE))
    assert check_codings_exported(project, source_id).bold == []
