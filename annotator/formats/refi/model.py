"""The REFI-QDA exchange model: a project as the standard sees it, between XML and the store.

The reader fills it from a .qdpx/.qdc, the writer turns it into one, and
operations/exchange.py maps it to and from the store. All positions here are
code points into `RefiSource.text` (line ends already "\\n"), end exclusive: the
reader converts from whatever the exporting tool counted, so nothing downstream
needs to know which tool wrote the file.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from annotator.messages import joined, message, plural
from annotator.model.entities import ImportedText

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"

# A Note with this Description is a reflexive-journal entry; other tools show it
# as an ordinary project note, which is what a journal entry is to them.
JOURNAL_MARK = "Annotator reflexive journal entry"
# The board is one Graph; theme status has no REFI element, so it rides on the
# vertex shape (lossless between Annotator projects, harmless elsewhere).
BOARD_NAME = "Theme board"
STATUS_SHAPES = {"candidate": "Rectangle", "reviewed": "RoundedRectangle", "final": "Oval"}
SHAPE_STATUSES = {shape: status for status, shape in STATUS_SHAPES.items()}
# Sub-themes: Sets have no hierarchy, so the board draws a dotted edge child -> parent.
SUBTHEME_EDGE = "sub-theme of"
# Choice attributes: REFI variables have no choice lists; keep them in the Description.
CHOICES_PREFIX = "Choices: "
CHOICES_SEPARATOR = " | "

# Names for derived GUIDs (users, variables, vertices...): the same input gives
# the same GUID, so two exports of one project agree.
_GUID_NAMESPACE = uuid.UUID("6f1c2a4e-3b5d-4e8f-9a7b-2c3d4e5f6a7b")
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12})\}?$")


def derived_guid(*parts: str) -> str:
    """A stable upper-case GUID for something that has none of its own."""
    return str(uuid.uuid5(_GUID_NAMESPACE, "\x1f".join(parts))).upper()


def normal_guid(value: str | None) -> str:
    """A GUID as Annotator stores it: upper case, no braces; odd values get a stable stand-in.

    GUIDs are case-insensitive (NVivo writes lower case, ATLAS.ti upper), so one
    spelling is enough to match references; a value that is not a GUID at all
    is mapped to a derived one so that the project still validates on export.
    """
    value = (value or "").strip()
    match = _GUID.match(value)
    if match:
        return match.group(1).upper()
    return derived_guid("foreign-guid", value)


@dataclass(slots=True)
class RefiUser:
    guid: str
    name: str


@dataclass(slots=True)
class RefiCode:
    guid: str
    name: str
    color: str | None = None
    description: str = ""
    children: list[RefiCode] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RefiCoding:
    guid: str
    code_guid: str
    user_guid: str | None = None
    created: str = ""


@dataclass(slots=True)
class RefiSelection:
    guid: str
    start: int
    end: int
    description: str = ""
    user_guid: str | None = None
    created: str = ""
    codings: list[RefiCoding] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RefiSource:
    guid: str
    name: str
    text: str
    # Import side: how the text was read (paragraph map, kind); export side: None.
    imported: ImportedText | None = None
    # The original document (a .docx) when there is one; exported as richTextPath.
    rich: bytes | None = None
    user_guid: str | None = None
    created: str = ""
    selections: list[RefiSelection] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RefiNote:
    guid: str
    name: str
    text: str
    description: str = ""
    user_guid: str | None = None
    created: str = ""
    modified: str = ""


@dataclass(slots=True)
class RefiVariable:
    guid: str
    name: str
    type: str  # Text, Boolean, Integer, Float, Date, DateTime
    description: str = ""


@dataclass(slots=True)
class RefiCase:
    guid: str
    name: str
    description: str = ""
    values: dict[str, str] = field(default_factory=dict)  # variable guid -> value
    source_guids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RefiSet:
    guid: str
    name: str
    description: str = ""
    code_guids: list[str] = field(default_factory=list)
    source_guids: list[str] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RefiVertex:
    guid: str
    represented: str | None
    name: str
    x1: int
    y1: int
    x2: int | None = None
    y2: int | None = None
    shape: str | None = None
    color: str | None = None


@dataclass(slots=True)
class RefiEdge:
    guid: str
    source: str  # vertex guid
    target: str
    name: str = ""
    direction: str | None = None
    line_style: str | None = None
    color: str | None = None


@dataclass(slots=True)
class RefiGraph:
    guid: str
    name: str
    vertices: list[RefiVertex] = field(default_factory=list)
    edges: list[RefiEdge] = field(default_factory=list)


@dataclass(slots=True)
class RefiProject:
    name: str
    origin: str = ""
    users: list[RefiUser] = field(default_factory=list)
    codes: list[RefiCode] = field(default_factory=list)  # roots; children nested
    variables: list[RefiVariable] = field(default_factory=list)
    cases: list[RefiCase] = field(default_factory=list)
    sources: list[RefiSource] = field(default_factory=list)
    notes: list[RefiNote] = field(default_factory=list)
    sets: list[RefiSet] = field(default_factory=list)
    graphs: list[RefiGraph] = field(default_factory=list)
    project_note_guids: list[str] = field(default_factory=list)
    # Sentences for the import report, written by the reader.
    skipped: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ImportReport:
    """What an import brought in and what it left out, for the researcher."""

    file_name: str
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)

    def add(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n

    def lines(self) -> list[str]:
        """The report as sentences (Messages, see annotator.messages)."""
        done = [_counted(what, n) for what, n in self.counts.items() if n]
        lines: list[str] = [
            message("Imported from “{file}”: {counts}.", file=self.file_name,
                    counts=joined(done)) if done
            else message("Imported from “{file}”: nothing.", file=self.file_name)]
        lines += [message("Note: {remark}", remark=remark) for remark in self.remarks]
        lines += [message("Skipped: {reason}", reason=reason) for reason in self.skipped]
        return lines


def _counted(what: str, n: int) -> str:
    """"{n} codes" and the like: what ImportReport.add counted, as a phrase."""
    match what:
        case "codes":
            return plural(n, message("1 code"),
                          message("{n} codes", n=n))
        case "codes already in the project":
            return plural(n, message("1 code already in the project"),
                          message("{n} codes already in the project", n=n))
        case "transcripts":
            return plural(n, message("1 transcript"),
                          message("{n} transcripts", n=n))
        case "codings":
            return plural(n, message("1 coding"),
                          message("{n} codings", n=n))
        case "codings skipped (code missing from the file)":
            return plural(n, message("1 coding skipped (code missing from the file)"),
                          message("{n} codings skipped (code missing from the file)", n=n))
        case "attributes":
            return plural(n, message("1 attribute"),
                          message("{n} attributes", n=n))
        case "participants":
            return plural(n, message("1 participant"),
                          message("{n} participants", n=n))
        case "participants already in the project":
            return plural(n, message("1 participant already in the project"),
                          message("{n} participants already in the project", n=n))
        case "themes":
            return plural(n, message("1 theme"),
                          message("{n} themes", n=n))
        case "themes already in the project":
            return plural(n, message("1 theme already in the project"),
                          message("{n} themes already in the project", n=n))
        case "theme links":
            return plural(n, message("1 theme link"),
                          message("{n} theme links", n=n))
        case "memos":
            return plural(n, message("1 memo"),
                          message("{n} memos", n=n))
        case "memos already in the project":
            return plural(n, message("1 memo already in the project"),
                          message("{n} memos already in the project", n=n))
        case "journal entries":
            return plural(n, message("1 journal entry"),
                          message("{n} journal entries", n=n))
    return f"{n} {what}"
