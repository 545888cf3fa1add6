"""`annotator check` is linear in the size of a transcript (issue 14, item 16).

It took 10 s for a 1.3 MB transcript and minutes for 100,000 paragraphs: it measured
the transcript's length again for every paragraph and every coding. The time is in
bench/limits_bench.py (100,000 paragraphs, target < 5 s); here the work is counted:
the length of each transcript is taken once, however many paragraphs it has.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.project import Project
from annotator.store.checks import consistency_problems
from tests.helpers import write_txt

PARAGRAPHS = 2_000


def test_each_transcript_is_measured_once(tmp_path: Path) -> None:
    text = "".join(f"Speaker {i % 5}: line {i} of a long interview.\n" for i in range(PARAGRAPHS))
    path = tmp_path / "long.annotator"
    with Project.create(path) as project:
        for name in ("a.txt", "b.txt"):
            (source_id,) = project.import_files([write_txt(tmp_path, name, text)])
            code_id = project.add_code(f"Code {name}")
            with project.batch("Code"):
                for paragraph in project.paragraphs(source_id)[:500]:
                    if paragraph.end > paragraph.start:
                        project.add_coding(source_id, code_id, paragraph.start, paragraph.end)
    conn = sqlite3.connect(path)
    measured: list[int] = []

    def length(value: object) -> int | None:
        measured.append(1)
        return None if value is None else len(value)  # type: ignore[arg-type]

    conn.create_function("length", 1, length)  # counts the built-in's calls
    try:
        assert consistency_problems(conn) == []
    finally:
        conn.close()
    assert len(measured) <= 2 * 2  # two transcripts, two queries: not once per paragraph
