"""The journal in the theme report: whole sentences, lists, bold and italic, as Word
paragraphs (read back with python-docx); and entries stored unwrapped, also after migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import docx

from annotator.formats.docx.report import JournalEntry, Report, write_report
from annotator.model.markdown import blocks, unwrap
from annotator.project import Project
from annotator.store.database import _statements
from annotator.store.schema import APPLICATION_ID, MIGRATIONS

# As QTextEdit.toMarkdown() writes it: hard-wrapped at 80 columns.
WRAPPED = (
    "The three charities describe the students in almost the same words, which makes me\n"
    "wonder whether that is their view or **the school's own\nbrochure** read back to me.\n"
    "\n"
    "- Ask Marcia about the *placement\n  handbook* next time, and whether she wrote it.\n"
    "- Check the field notes.\n"
    "\n"
    "1. First the food bank.\n"
    "2. Then the school.\n"
)
SENTENCE = ("The three charities describe the students in almost the same words, which makes "
            "me wonder whether that is their view or the school's own brochure read back to "
            "me.")


def test_unwrap_joins_each_paragraph_and_item_only():
    flat = unwrap(WRAPPED)
    assert flat.split("\n") == [
        SENTENCE.replace("the school's own brochure", "**the school's own brochure**"),
        "",
        "- Ask Marcia about the *placement handbook* next time, and whether she wrote it.",
        "- Check the field notes.",
        "",
        "1. First the food bank.",
        "2. Then the school.",
        "",
    ]
    assert unwrap(flat) == flat
    assert [b.kind for b in blocks(WRAPPED)] == ["paragraph", "bullet", "bullet", "number",
                                                 "number"]


def test_the_report_renders_the_journal_as_paragraphs_lists_and_emphasis(tmp_path: Path):
    out = tmp_path / "report.docx"
    write_report(Report("P", "2024-05-01", journal=[JournalEntry("Words", "2024-05-01",
                                                                 WRAPPED)]), out)
    paragraphs = docx.Document(str(out)).paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p.text == "Words")
    body = paragraphs[at + 2:]  # after the heading and its date
    assert [(p.style.name, p.text) for p in body] == [
        ("Normal", SENTENCE),
        ("List Bullet", "Ask Marcia about the placement handbook next time, and whether she "
                        "wrote it."),
        ("List Bullet", "Check the field notes."),
        ("List Number", "First the food bank."),
        ("List Number", "Then the school."),
    ]
    assert [r.text for r in body[0].runs if r.bold] == ["the school's own brochure"]
    assert [r.text for r in body[1].runs if r.italic] == ["placement handbook"]
    assert not any("*" in p.text for p in body)


def test_version_6_unwraps_the_journal_already_stored(tmp_path: Path):
    path = tmp_path / "old.annotator"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for step in MIGRATIONS[:5]:
        assert isinstance(step, str)
        for statement in _statements(step):
            conn.execute(statement)
    conn.execute("INSERT INTO memos(guid, target_kind, title, body, created, updated) VALUES "
                 "('J', 'journal', 'Words', ?, 'now', 'now'), "
                 "('C', 'project', 'Kept', ?, 'now', 'now')", (WRAPPED, WRAPPED))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 5")
    conn.execute("COMMIT")
    conn.close()
    with Project.open(path) as project:
        journal = {m.title: m.body for m in project.memos("journal")}
        others = {m.title: m.body for m in project.memos() if m.title == "Kept"}
    assert journal == {"Words": unwrap(WRAPPED)}
    assert others == {"Kept": WRAPPED}  # only the journal was written by toMarkdown()
