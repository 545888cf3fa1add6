"""The theme report: a Word document to write up from, one section per theme.

Built with python-docx on its default template, using Word's own built-in
styles (Title, Heading 1-3, Quote, List Bullet), so the navigation pane, the
table of contents and the researcher's house style all work on it. Themes come
in board order; a sub-theme is a Heading 2 section inside its theme.

The report's own words are messages: `say` (str by default, the English) turns them
into the language the researcher works in, as the interface does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt, RGBColor

from annotator.formats.docx.annotate import docx_safe
from annotator.formats.docx.parts import save_document
from annotator.messages import Message, joined, message
from annotator.model.markdown import blocks

STATUS_NAMES = {"candidate": message("Candidate theme"), "reviewed": message("Reviewed theme"),
                "final": message("Final theme")}

Say = Callable[[Message], str]


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
    extracts_chosen: bool = False  # marked illustrative by the researcher, not by default
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


def write_report(report: Report, path: Path, say: Say = str) -> None:
    document = Document()
    title = say(message("Theme report: {project}", project=report.project))
    document.core_properties.title = title
    document.add_paragraph(docx_safe(title), style="Title")
    document.add_paragraph(docx_safe(report.date))
    if not report.themes:
        document.add_paragraph(say(message("This project has no themes yet.")))
    for theme in report.themes:
        _theme(document, theme, 1, say)
    if report.journal:
        document.add_heading(say(message("Appendix: reflexive journal")), level=1)
        for entry in report.journal:
            document.add_heading(
                docx_safe(entry.title or say(message("Untitled entry"))), level=2)
            if entry.date:
                _quiet(document, entry.date)
            _markdown(document, entry.body)
    save_document(document, path)


_LIST_STYLES = {"bullet": ("List Bullet", "List Bullet 2", "List Bullet 3"),
                "number": ("List Number", "List Number 2", "List Number 3")}


def _markdown(document: DocxDocument, text: str) -> None:
    """A journal entry's Markdown as Word paragraphs, list items, bold and italic."""
    for block in blocks(text):
        styles = _LIST_STYLES.get(block.kind)
        paragraph = document.add_paragraph(
            style=styles[min(block.level, len(styles) - 1)] if styles else None)
        for value, bold, italic in block.runs:
            run = paragraph.add_run(docx_safe(value))
            run.bold, run.italic = bold or None, italic or None


def _theme(document: DocxDocument, theme: ReportTheme, level: int, say: Say) -> None:
    document.add_heading(docx_safe(theme.name), level=level)
    status = STATUS_NAMES.get(theme.status)
    _quiet(document, say(status) if status else theme.status.capitalize())
    if theme.definition.strip():
        for line in theme.definition.strip().split("\n"):
            document.add_paragraph(docx_safe(line))
    if theme.subthemes:
        names = say(joined(s.name for s in theme.subthemes))
        _labelled(document, say(message("Sub-themes: ")), names)
    inner = min(level + 1, 9)
    if theme.codes:
        document.add_heading(say(message("Codes")), level=inner)
        for code in theme.codes:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(docx_safe(code.path)).bold = True
            paragraph.add_run(" " + say(_counts(code.codings, code.sources)))
    if theme.extracts:
        document.add_heading(say(message("Illustrative extracts")), level=inner)
        _quiet(document, say(
            message("Chosen by the researcher.") if theme.extracts_chosen else
            message("None marked illustrative yet: chosen from different participants.")))
        _extracts(document, theme.extracts, say)
    for sub in theme.subthemes:
        _theme(document, sub, inner, say)


def _extracts(document: DocxDocument, extracts: Sequence[ReportExtract], say: Say) -> None:
    for extract in extracts:
        document.add_paragraph(docx_safe(f"“{extract.text.strip()}”"), style="Quote")
        who = extract.participant or extract.speaker or say(message("Unattributed"))
        where = message("{transcript}, ¶ {paragraph}", transcript=extract.transcript,
                        paragraph=extract.paragraph)
        if extract.code:
            line = message("— {who} ({where}); coded “{code}”", who=who, where=where,
                           code=extract.code)
        else:
            line = message("— {who} ({where})", who=who, where=where)
        _quiet(document, say(line))


def _labelled(document: DocxDocument, label: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run(docx_safe(text))


def _quiet(document: DocxDocument, text: str) -> None:
    run = document.add_paragraph().add_run(docx_safe(text))
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def _counts(codings: int, sources: int) -> Message:
    # Whole phrases per number, so that a language without plurals writes its own.
    if codings == 1:
        return message("(1 coding in 1 transcript)")
    if sources == 1:
        return message("({codings} codings in 1 transcript)", codings=codings)
    return message("({codings} codings in {sources} transcripts)", codings=codings,
                   sources=sources)
