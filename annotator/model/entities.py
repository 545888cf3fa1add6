"""The domain's plain values. Offsets are code points into `Source.text`, end exclusive."""

from __future__ import annotations

from dataclasses import dataclass, field

THEME_STATUSES = ("candidate", "reviewed", "final")
MEMO_KINDS = ("project", "journal", "source", "code", "theme", "coding", "case")
ATTRIBUTE_TYPES = ("text", "number", "date", "choice")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a source's text and where it came from in the original file.

    `location` is a path into the original document that export can follow back:
    "p/12" is the 13th body-level paragraph, "tbl/0/r/1/c/2/p/0" a paragraph in a
    table cell; see formats/docx_reader.py for the grammar.
    """

    index: int
    start: int
    end: int
    location: str = ""
    speaker: str | None = None
    timestamp: str | None = None


@dataclass(frozen=True, slots=True)
class Cue:
    """A stretch of text and when it was spoken: a subtitle cue's times, in milliseconds."""

    start: int
    end: int
    begin_ms: int
    end_ms: int


@dataclass(frozen=True, slots=True)
class ImportedText:
    """What a reader makes of a file: the plain text, its paragraph map and any cue times."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    kind: str  # "docx", "txt", "vtt", "srt", "sbv", "odt", "rtf", "pdf" or "doc"
    cues: tuple[Cue, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    id: int
    guid: str
    name: str
    kind: str
    text: str
    file_name: str = ""
    sha256: str = ""
    imported_at: str = ""


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """A source without its text, for lists."""

    id: int
    guid: str
    name: str
    kind: str
    length: int
    words: int
    codings: int


@dataclass(frozen=True, slots=True)
class Code:
    id: int
    guid: str
    parent_id: int | None
    name: str
    color: str
    description: str = ""
    sort: int = 0


@dataclass(frozen=True, slots=True)
class Coding:
    id: int
    guid: str
    source_id: int
    code_id: int
    start: int
    end: int
    created_at: str = ""
    coder: str = ""
    memo: str = ""


@dataclass(frozen=True, slots=True)
class Theme:
    id: int
    guid: str
    parent_id: int | None
    name: str
    definition: str = ""
    status: str = "candidate"
    color: str = "#888888"
    x: float = 0.0
    y: float = 0.0
    width: float = 260.0
    height: float = 180.0
    sort: int = 0


@dataclass(frozen=True, slots=True)
class ThemeLink:
    id: int
    from_theme: int
    to_theme: int
    label: str = ""


@dataclass(frozen=True, slots=True)
class Memo:
    id: int
    guid: str
    target_kind: str
    target_id: int | None
    title: str
    body: str
    author: str = ""
    created: str = ""
    updated: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    guid: str
    name: str
    description: str = ""
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Attribute:
    id: int
    name: str
    type: str = "text"
    choices: tuple[str, ...] = ()
