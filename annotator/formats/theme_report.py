"""The theme report: a Word document to write up from, one section per theme.

Built with python-docx on its default template, using Word's own built-in
styles (Title, Heading 1-3, Quote, List Bullet), so the navigation pane, the
table of contents and the researcher's house style all work on it. Themes come
in board order; a sub-theme is a Heading 2 section inside its theme.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt, RGBColor

from annotator.formats.docx_annotate import docx_safe

STATUS_NAMES = {"candidate": "Candidate theme", "reviewed": "Reviewed theme",
                "final": "Final theme"}


@dataclass(frozen=True, slots=True)
class ReportCode:
    path: str
    codings: int
    sources: int


@dataclass(frozen=True, slots=True)
class ReportExtract:
    text: str
    transcript: str
    participant: str
    paragraph: int  # 1-based paragraph number in the transcript
    speaker: str = ""
    code: str = ""


@dataclass(slots=True)
class ReportTheme:
    name: str
    status: str = "candidate"
    definition: str = ""
    codes: list[ReportCode] = field(default_factory=list)
    extracts: list[ReportExtract] = field(default_factory=list)
    subthemes: list[ReportTheme] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class JournalEntry:
    title: str
    date: str
    body: str


@dataclass(slots=True)
class Report:
    project: str
    date: str
    themes: list[ReportTheme] = field(default_factory=list)
    journal: list[JournalEntry] = field(default_factory=list)


def write_report(report: Report, path: Path) -> None:
    document = Document()
    document.core_properties.title = f"Theme report: {report.project}"
    document.add_paragraph(docx_safe(f"Theme report: {report.project}"), style="Title")
    document.add_paragraph(docx_safe(report.date))
    if not report.themes:
        document.add_paragraph("This project has no themes yet.")
    for theme in report.themes:
        _theme(document, theme, level=1)
    if report.journal:
        document.add_heading("Appendix: reflexive journal", level=1)
        for entry in report.journal:
            document.add_heading(docx_safe(entry.title or "Untitled entry"), level=2)
            if entry.date:
                _quiet(document, entry.date)
            for line in entry.body.split("\n"):
                document.add_paragraph(docx_safe(line))
    document.save(str(path))


def _theme(document: DocxDocument, theme: ReportTheme, level: int) -> None:
    document.add_heading(docx_safe(theme.name), level=level)
    _quiet(document, STATUS_NAMES.get(theme.status, theme.status.capitalize()))
    if theme.definition.strip():
        for line in theme.definition.strip().split("\n"):
            document.add_paragraph(docx_safe(line))
    if theme.subthemes:
        names = ", ".join(s.name for s in theme.subthemes)
        _labelled(document, "Sub-themes: ", names)
    inner = min(level + 1, 9)
    if theme.codes:
        document.add_heading("Codes", level=inner)
        for code in theme.codes:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(docx_safe(code.path)).bold = True
            paragraph.add_run(f" ({_count(code.codings, 'coding')} in "
                              f"{_count(code.sources, 'transcript')})")
    if theme.extracts:
        document.add_heading("Illustrative extracts", level=inner)
        _extracts(document, theme.extracts)
    for sub in theme.subthemes:
        _theme(document, sub, level=inner)


def _extracts(document: DocxDocument, extracts: Sequence[ReportExtract]) -> None:
    for extract in extracts:
        document.add_paragraph(docx_safe(f"“{extract.text.strip()}”"), style="Quote")
        who = extract.participant or extract.speaker or "Unattributed"
        where = f"{extract.transcript}, ¶ {extract.paragraph}"
        code = f"; coded “{extract.code}”" if extract.code else ""
        _quiet(document, f"— {who} ({where}){code}")


def _labelled(document: DocxDocument, label: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run(docx_safe(text))


def _quiet(document: DocxDocument, text: str) -> None:
    run = document.add_paragraph().add_run(docx_safe(text))
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
