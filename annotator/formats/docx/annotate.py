"""An annotated transcript: the original Word document with every coding as shading and a comment.

Export starts from the ORIGINAL bytes kept in the project, so styles, tables,
headers, images and the document's own comments come back untouched; only the
runs an excerpt starts or ends in are cut (docx_runs.py), excerpt runs get the
code's colour as shading, and each coding gets a real Word comment anchored to
exactly its excerpt.

One comment per coding, not one per excerpt listing its codes: each coding has
its own coder (the comment's author), date and memo, which a merged comment
would have to flatten; overlapping and nested comment ranges are ordinary in
Word; and member checking can then tie a partner's reply to one coding. Where
several codings share one stretch of text, the shading is the blend of their
colours, made darker with each extra layer, so overlaps stay visible on paper.

A source imported from anything but .docx (text, subtitles, OpenDocument, RTF,
PDF, .doc) has no original Word document: a clean one is written (one Word
paragraph per line, speaker labels in bold, timestamps kept as written) and
annotated the same way.

A comment cannot leave its story (the body, or one text box): a coding that crosses
into or out of a text box is split at each story boundary into comments of their
own, the later ones headed "(continued)", and a part that would hold only the
paragraph break beside the box is left out; the export's notes say what was done.

The exported file records the source's GUID and text digest as custom document
properties (docProps/custom.xml), which Word keeps, so a file sent back for
member checking is matched to its transcript even if it was renamed.
"""

from __future__ import annotations

import hashlib
import io
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from docx import Document
from lxml import etree

from annotator.formats.docx import runs as docx_runs
from annotator.formats.docx.comments import CommentsPart, word_date
from annotator.formats.docx.parts import Package
from annotator.formats.docx.reader import blocks, locate_all
from annotator.formats.docx.text import Fields, Tags, tags_of
from annotator.messages import message, plural
from annotator.model.entities import Paragraph
from annotator.model.speakers import recognise

SOURCE_GUID_PROPERTY = "AnnotatorSourceGuid"
SOURCE_NAME_PROPERTY = "AnnotatorSourceName"
SOURCE_DIGEST_PROPERTY = "AnnotatorTextSha256"

# Shading: a tint of the code colour, stronger for every extra overlapping coding.
_TINT = 0.38
_TINT_STEP = 0.17
_TINT_MAX = 0.75


@dataclass(frozen=True, slots=True)
class Annotation:
    """One coding as export needs it."""

    coding_id: int
    start: int
    end: int
    code_path: str
    color: str  # "#RRGGBB"
    coder: str = ""
    memo: str = ""
    created_at: str = ""
    initials: str = ""  # the coder's own choice; empty: made from the name
    continued: str = ""  # the heading of its later comments; empty: "PATH (continued)"


@dataclass(slots=True)
class ExportResult:
    data: bytes
    comments: int = 0
    skipped: list[str] = field(default_factory=list)  # sentences: what could not be placed


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def annotate_docx(
    original: bytes, file_name: str, text: str, paragraphs: Sequence[Paragraph],
    annotations: Sequence[Annotation], source_guid: str = "", source_name: str = "",
) -> ExportResult:
    """The original document with `annotations` (code-point offsets into `text`) added."""
    package = Package(original, file_name)
    tags = tags_of(package.document)
    comments = CommentsPart(package, tags)
    result = ExportResult(b"")
    _Annotator(package, tags, comments, paragraphs, result).run(annotations)
    comments.save()
    package.set_custom_properties({
        SOURCE_GUID_PROPERTY: source_guid,
        SOURCE_NAME_PROPERTY: source_name,
        SOURCE_DIGEST_PROPERTY: text_digest(text),
    })
    result.data = package.to_bytes()
    return result


def plain_document(text: str, title: str = "", turns: Sequence[Paragraph] = ()
                   ) -> tuple[bytes, list[Paragraph]]:
    """A clean .docx holding `text` (one Word paragraph per line) and its paragraph map.

    Where one of `turns` (the source's paragraphs) has a speaker and starts a
    line, the label the line begins with ("Ana:", "[00:03:50] Ana:") is bold;
    the text itself is unchanged, timestamps included, so offsets still hold.
    """
    document = Document()
    if title:
        document.core_properties.title = title
    speaking = {p.start: p.speaker for p in turns if p.speaker}
    paragraphs = []
    start = 0
    for index, line in enumerate(text.split("\n")):
        label = _label_span(line, speaking[start]) if start in speaking else None
        if label and label[1] > label[0]:
            paragraph = document.add_paragraph(docx_safe(line[:label[0]]))
            paragraph.add_run(docx_safe(line[label[0]:label[1]])).bold = True
            paragraph.add_run(docx_safe(line[label[1]:]))
        else:
            document.add_paragraph(docx_safe(line))
        paragraphs.append(Paragraph(index, start, start + len(line), f"p/{index}"))
        start += len(line) + 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), paragraphs


def annotate_text(
    text: str, annotations: Sequence[Annotation], source_guid: str = "", source_name: str = "",
    turns: Sequence[Paragraph] = (),
) -> ExportResult:
    """A new annotated document for a source that is not a .docx (text, subtitles, PDF...).

    `turns` are the source's paragraphs: their speakers' labels are set in bold.
    """
    data, paragraphs = plain_document(text, source_name, turns)
    return annotate_docx(data, f"{source_name or 'transcript'}.docx", text, paragraphs,
                         annotations, source_guid, source_name)


def _label_span(line: str, speaker: str) -> tuple[int, int] | None:
    """Where the line names its speaker: as written after any time ("[00:03:50] Name:"),
    else wherever the recogniser finds a label."""
    found = recognise(line)
    at = line.find(speaker, 0, (found.timestamp_span or (0, 0))[1] + 3 + len(speaker))
    end = at + len(speaker)
    if at >= 0 and not line[:at].strip(" \t[]()0123456789:.,") and line[end:end + 1] in (
            ":", "："):
        return at, end + 1
    return found.speaker_span  # "Speaker 1  0:03", or none: a turn's later lines


def docx_safe(text: str) -> str:
    # XML cannot hold most control characters; a .txt transcript rarely has them,
    # and a space keeps every later offset where it was.
    return "".join(c if c >= " " or c in "\t\n" else " " for c in text)


def blend(colors: Sequence[str]) -> str:
    """The shading for a stretch covered by codes of `colors` (one entry per coding)."""
    channels = [_rgb(c) for c in colors]
    mean = [sum(c[i] for c in channels) / len(channels) for i in range(3)]
    alpha = min(_TINT + _TINT_STEP * (len(colors) - 1), _TINT_MAX)
    mixed = [round(255 * (1 - alpha) + value * alpha) for value in mean]
    return "".join(f"{v:02X}" for v in mixed)


def _rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    try:
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except (ValueError, IndexError):
        return 136, 136, 136


class _Annotator:
    """Walks the paragraph map in reading order, annotating the paragraphs codings touch."""

    def __init__(self, package: Package, tags: Tags, comments: CommentsPart,
                 paragraphs: Sequence[Paragraph], result: ExportResult) -> None:
        self.document = package.document
        self.tags = tags
        self.comments = comments
        self.paragraphs = paragraphs
        self.result = result
        body = self.document.find(tags.body)
        self._body_ps = [b for b in blocks(body, tags) if b.tag == tags.p] if body is not None \
            else []

    def run(self, annotations: Sequence[Annotation]) -> None:
        starts = [p.start for p in self.paragraphs]
        touching: list[list[tuple[Annotation, int]]] = [[] for _ in self.paragraphs]
        crossings = _Crossings()
        for annotation in sorted(annotations, key=lambda a: (a.start, -a.end)):
            if annotation.end <= annotation.start:
                continue
            # The paragraphs holding the start and the end; an end on a paragraph's
            # first position means the excerpt took the "\n" before it.
            first = max(bisect_right(starts, annotation.start) - 1, 0)
            last = max(bisect_right(starts, annotation.end) - 1, first)
            parts = story_parts(annotation, self.paragraphs, first, last)
            crossings.count(annotation, parts)
            for n, (part, indices) in enumerate(parts):
                number = self.comments.new_id()
                for index in indices:
                    touching[index].append((part, number))
                heading = (annotation.code_path if n == 0 else annotation.continued
                           or f"{annotation.code_path} (continued)")
                self.comments.add(number, annotation.coder, word_date(annotation.created_at),
                                  heading, annotation.memo, annotation.initials)
                self.result.comments += 1
        self.result.skipped.extend(crossings.notes())
        # Field state carries across paragraphs (a field can span several); each text
        # box is a story of its own, as in docx_reader.
        stories: dict[str, Fields] = {}
        for paragraph, work in zip(self.paragraphs, touching, strict=True):
            fields = stories.setdefault(_story(paragraph.location), Fields())
            try:
                elements = self._locate(paragraph.location)
            except LookupError:
                if work:
                    self.result.skipped.append(message(
                        "paragraph {n} was not found in the original document",
                        n=paragraph.index + 1))
                continue
            if not work:
                docx_runs.walk(elements, self.tags, fields)  # only to follow the fields
                continue
            self._paragraph(paragraph, elements, fields, work)

    def _locate(self, location: str) -> list[etree._Element]:
        path, _, merged = location.partition("+")
        head, _, number = path.partition("/")
        if head == "p" and number.isdigit():  # a body paragraph: the common case, kept fast
            first = int(number)
            group = self._body_ps[first:first + 1 + (int(merged) if merged else 0)]
            if group and len(group) == 1 + (int(merged) if merged else 0):
                return group
        return locate_all(self.document, location)

    def _paragraph(self, paragraph: Paragraph, elements: list[etree._Element], fields: Fields,
                   work: list[tuple[Annotation, int]]) -> None:
        tags = self.tags
        lo, length = paragraph.start, paragraph.end - paragraph.start
        saved = docx_runs.copy_fields(fields)
        atoms = docx_runs.walk(elements, tags, fields)
        if atoms and atoms[-1].end != length:
            self.result.skipped.append(message(
                "paragraph {n} reads differently from the imported text, "
                "so its codings were not marked", n=paragraph.index + 1))
            return
        boundaries = sorted({min(max(x - lo, 0), length) for a, _ in work
                             for x in (a.start, a.end)})
        docx_runs.cut(atoms, boundaries, tags)
        atoms = docx_runs.walk(elements, tags, docx_runs.copy_fields(saved))
        colors: dict[int, str | None] = {}

        def fill_at(x: int) -> str | None:
            position = lo + x
            if position not in colors:
                covering = [a.color for a, _ in work if a.start <= position < a.end]
                colors[position] = blend(covering) if covering else None
            return colors[position]

        docx_runs.shade(atoms, fill_at, tags)
        for annotation, number in work:
            if lo <= annotation.start <= paragraph.end:
                docx_runs.place_start(atoms, elements, annotation.start - lo,
                                      self.comments.start_mark(number))
            if lo <= annotation.end <= paragraph.end:
                docx_runs.place_end(atoms, elements, annotation.end - lo,
                                    self.comments.end_marks(number))


def story_parts(annotation: Annotation, paragraphs: Sequence[Paragraph], first: int, last: int,
                ) -> list[tuple[Annotation, range]]:
    """The annotation cut where it moves from one story (the body, a text box) into another,
    each part with the indices of its paragraphs; parts left empty (the excerpt took only
    the paragraph break before or after a box) are dropped.

    A Word comment's range cannot leave its story: the reader puts a text box's paragraphs
    after its anchor paragraph, but in the XML they sit inside a run of it, so one range
    from the body into a box would end before it starts, or in another story.
    """
    groups: list[list[int]] = []
    for index in range(first, last + 1):
        if groups and _story(paragraphs[groups[-1][-1]].location) == _story(
                paragraphs[index].location):
            groups[-1].append(index)
        else:
            groups.append([index])
    if len(groups) == 1:
        return [(annotation, range(first, last + 1))]
    parts = []
    for group in groups:
        start = max(annotation.start, paragraphs[group[0]].start)
        end = min(annotation.end, paragraphs[group[-1]].end)
        if end > start:
            parts.append((replace(annotation, start=start, end=end),
                          range(group[0], group[-1] + 1)))
    return parts


class _Crossings:
    """What was done with excerpts that cross a text box, for the export's notes."""

    def __init__(self) -> None:
        self.split: Counter[int] = Counter()  # comments per excerpt → excerpts
        self.clipped = 0
        self.dropped = 0

    def count(self, annotation: Annotation, parts: list[tuple[Annotation, range]]) -> None:
        if len(parts) == 1 and parts[0][0] is annotation:  # within one story: untouched
            return
        if len(parts) > 1:
            self.split[len(parts)] += 1
        elif parts:
            self.clipped += 1
        else:
            self.dropped += 1

    def notes(self) -> list[str]:
        notes: list[str] = []
        for k, n in sorted(self.split.items()):
            notes.append(plural(n, message("1 excerpt crosses a text box: split into {k} "
                                           "comments.", k=k),
                                message("{n} excerpts cross a text box: split into {k} "
                                        "comments each.", n=n, k=k)))
        if self.clipped:
            notes.append(plural(self.clipped, message(
                "1 excerpt reaches a text box only by a paragraph break: its comment "
                "stops at the box's edge."), message(
                "{n} excerpts reach a text box only by a paragraph break: their comments "
                "stop at the box's edge.", n=self.clipped)))
        if self.dropped:
            notes.append(plural(self.dropped, message(
                "1 excerpt holding only the paragraph break beside a text box was not "
                "marked."), message(
                "{n} excerpts holding only the paragraph break beside a text box were not "
                "marked.", n=self.dropped)))
        return notes


def _story(location: str) -> str:
    """The text box a location is in ("" for the body and tables)."""
    cut = location.rfind("/x/")
    if cut < 0:
        return ""
    return location[: location.index("/", cut + 3) + 1]
