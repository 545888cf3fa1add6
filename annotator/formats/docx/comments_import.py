"""Member checking: place a partner's Word comments on the transcript they were made on.

A partner receives an exported annotated transcript, adds comments in Word (and
may change a word or two), and sends it back. This module works out, without
changing anything:

- which transcript it is: by the source GUID the export wrote into the custom
  document properties (Word keeps them), else by the file name ("NAME - annotated"),
  else by identical text;
- which comments are new: those the export wrote (a coding's coder and date, which
  Word keeps; older exports' `w:initials="Annotator"`) are skipped, and so are the
  comments the original document already had (a transcriber's notes), matched by
  author, date and text: only what the partner added becomes a memo;
- where each new comment sits in the transcript's text: the partner's text is
  aligned with ours (alignment.py: a diff by lines, then by characters inside the
  lines that differ), and each comment's range is mapped through it, so that any
  mix of small edits (a paragraph added above, a word changed inside the excerpt, a
  sentence deleted) keeps it on its words; failing that the anchored words are
  searched for; a comment that still cannot be placed is kept as a memo on the
  transcript quoting its words (the caller writes it), never dropped;
- what it is about: the coding whose excerpt it covers exactly (all of them, if
  several codes share that excerpt), else the coding it overlaps most (at least
  half of the two together), else uncoded text.

The caller (a menu action or the command line) then writes the memos in one
undoable step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.formats.docx.alignment import Alignment
from annotator.formats.docx.annotate import SOURCE_GUID_PROPERTY
from annotator.formats.docx.comments import word_date
from annotator.formats.docx.ranges import CommentedDocument, WordComment, read_comments
from annotator.messages import message
from annotator.model.entities import Coding, Paragraph, Source

ANNOTATED_SUFFIX = " - annotated"
MIN_OVERLAP = 0.5


class CommentsImportError(ValueError):
    """str() is one sentence for the researcher."""


@dataclass(slots=True)
class Placement:
    comment: WordComment
    anchored: str  # the words the partner commented on, as in the returned file
    start: int | None = None  # offsets in the transcript
    end: int | None = None
    coding_ids: list[int] = field(default_factory=list)  # empty: on uncoded text


@dataclass(slots=True)
class CommentsReport:
    file_name: str
    source_id: int
    source_name: str
    matched_by: str  # "document property", "file name" or "text"
    placed: list[Placement] = field(default_factory=list)
    unplaced: list[Placement] = field(default_factory=list)
    own: int = 0  # comments the export wrote
    original: int = 0  # comments the original document already had

    @property
    def on_codings(self) -> list[Placement]:
        return [p for p in self.placed if p.coding_ids]

    @property
    def on_text(self) -> list[Placement]:
        return [p for p in self.placed if not p.coding_ids]

    def summary(self) -> str:
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        """The summary's lines (Messages, see annotator.messages)."""
        lines = [self._matched()]
        if self.original:
            lines.append(message("{count} comment(s) already in the original document were "
                                 "left out.", count=self.original))
        for placement in self.unplaced:
            author, text = placement.comment.author, placement.comment.text[:80]
            if placement.anchored:
                lines.append(message("The comment by {author} on “{words}” is on words that "
                                     "are not in the transcript; it is kept as a memo on the "
                                     "transcript: {comment}", author=author,
                                     words=placement.anchored[:60], comment=text))
            else:
                lines.append(message("The comment by {author} is anchored to no text; it is "
                                     "kept as a memo on the transcript: {comment}",
                                     author=author, comment=text))
        return lines

    def _matched(self) -> str:
        values = {"file": self.file_name, "source": self.source_name,
                  "on_excerpts": len(self.on_codings), "on_text": len(self.on_text),
                  "own": self.own}
        if self.matched_by == "document property":
            return message("“{file}” is “{source}” (matched by document property): "
                           "{on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, "
                           "{own} written by the export skipped.", **values)
        if self.matched_by == "file name":
            return message("“{file}” is “{source}” (matched by file name): "
                           "{on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, "
                           "{own} written by the export skipped.", **values)
        if self.matched_by == "text":
            return message("“{file}” is “{source}” (matched by text): "
                           "{on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, "
                           "{own} written by the export skipped.", **values)
        return message("“{file}” is “{source}” (matched by {how}): "
                       "{on_excerpts} comment(s) on excerpts, {on_text} on uncoded text, "
                       "{own} written by the export skipped.", how=self.matched_by, **values)


def read_returned(data: bytes, file_name: str) -> CommentedDocument:
    return read_comments(data, file_name)


def match_source(document: CommentedDocument, file_name: str,
                 sources: Sequence[Source]) -> tuple[Source, str]:
    """The transcript a returned file was exported from, and how it was recognised."""
    guid = document.properties.get(SOURCE_GUID_PROPERTY, "")
    for source in sources:
        if guid and source.guid == guid:
            return source, "document property"
    stem = file_name.rsplit(".", 1)[0].removesuffix(ANNOTATED_SUFFIX)
    for source in sources:
        if source.name == stem:
            return source, "file name"
    for source in sources:
        if source.text == document.text:
            return source, "text"
    raise CommentsImportError(message(
        "“{file}” does not match any transcript of this project (it was not exported "
        "from it, and no transcript has its name or its text).", file=file_name))


def place_comments(document: CommentedDocument, file_name: str, source: Source,
                   paragraphs: Sequence[Paragraph], codings: Sequence[Coding],
                   matched_by: str = "", original: CommentedDocument | None = None,
                   ) -> CommentsReport:
    """Where each new comment of `document` goes; `original` is the transcript's own .docx,
    whose comments are not the partner's."""
    report = CommentsReport(file_name, source.id, source.name, matched_by)
    mapper = _Mapper(document, source.text)
    ours = {(c.coder or "Annotator", word_date(c.created_at)) for c in codings}
    theirs = {_fingerprint(c) for c in original.comments} if original is not None else set()
    for comment in document.comments:
        if comment.exported or (comment.author, comment.date or None) in ours:
            report.own += 1
            continue
        if _fingerprint(comment) in theirs:
            report.original += 1
            continue
        anchored = document.anchored(comment) or ""
        placement = Placement(comment, anchored)
        span = mapper.span(comment.start, comment.end, anchored)
        if span is None:
            report.unplaced.append(placement)
            continue
        placement.start, placement.end = span
        placement.coding_ids = _codings_for(span, codings)
        report.placed.append(placement)
    return report


def _fingerprint(comment: WordComment) -> tuple[str, str, str]:
    return comment.author, comment.date, " ".join(comment.text.split())


def _codings_for(span: tuple[int, int], codings: Sequence[Coding]) -> list[int]:
    start, end = span
    exact = [c.id for c in codings if c.start == start and c.end == end]
    if exact:
        return exact
    best, best_score = None, MIN_OVERLAP
    for coding in codings:
        overlap = min(end, coding.end) - max(start, coding.start)
        if overlap <= 0:
            continue
        score = overlap / (max(end, coding.end) - min(start, coding.start))
        if score >= best_score:
            best, best_score = coding.id, score
    return [best] if best is not None else []


class _Mapper:
    """Carries positions in the returned document over to the transcript's text."""

    def __init__(self, document: CommentedDocument, text: str) -> None:
        self.text = text
        self._alignment: Alignment | None = None
        self._theirs = document.text

    def span(self, start: int | None, end: int | None, anchored: str) -> tuple[int, int] | None:
        if start is None or end is None or end <= start:
            return None
        if self._alignment is None:  # built on the first comment that needs it
            self._alignment = Alignment(self._theirs, self.text)
        mapped = self._alignment.span(start, end)
        if mapped is not None:
            return mapped
        # Words the alignment saw as theirs alone (moved, say): looked for as they are.
        near = self._alignment.start(start)
        return self._search(anchored, near)

    def _search(self, anchored: str, near: int) -> tuple[int, int] | None:
        if not anchored:
            return None
        found, position = [], self.text.find(anchored)
        while position >= 0:
            found.append(position)
            position = self.text.find(anchored, position + 1)
        if not found:
            return None
        best = min(found, key=lambda p: abs(p - near))
        return best, best + len(anchored)
