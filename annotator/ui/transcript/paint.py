"""The codings of the open transcript, and their colours written into its QTextDocument.

`CodingLayer` keeps what the transcript pane needs to know about one source: its
codings by id, an `IntervalIndex` over them, the codes they use, and where the
speaker labels and timestamps are. It writes character formats straight into the
document with `QTextCursor.setCharFormat` (the view has Qt's undo history switched
off, so this never enters it):

- `load` paints the whole text once, one format per run of equal coverage;
- `update_codings` applies a few changed codings to the index and repaints only
  the runs of their old and new spans, so one new coding on a densely coded
  60,000-word transcript costs well under a millisecond here.

Each run gets its COMPLETE format (label style plus background), never a merge:
a repainted range then holds exactly the formats a fresh `load` would give, with
no leftover background from a coding that was removed.

Colours follow the palette (`set_palette`, which the view calls when the theme
changes): on a dark page a code's colour is mixed into the page (`theme.tint`) so
that the light text stays readable on it, and labels and timestamps take lighter
shades. Where the text colour would still read poorly on an excerpt's background
(a dark code colour on a light page) the run's text turns black or white (the
colour rules are in colours.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from annotator.model import code_tree
from annotator.model.entities import Code, Coding, Paragraph
from annotator.model.intervals import IntervalIndex
from annotator.model.offsets import OffsetMap
from annotator.model.speakers import recognise
from annotator.ui.shared.theme import tint
from annotator.ui.transcript.colours import (
    FALLBACK_COLOR,
    STYLE_CONTRAST,
    TEXT_CONTRAST,
    blend,
    contrast,
    label_colors,
    readable_on,
)
from annotator.ui.transcript.live_codings import LiveCodings

PLAIN, LABEL, STAMP = 0, 1, 2
"""The text styles a run can have under its codings' background."""

_NEWLINE = re.compile("\n")
_KEEP = QTextCursor.MoveMode.KeepAnchor
_CLOSE, _OPEN, _STYLE = 0, 1, 2

Style = tuple[int, int, int]
"""(start, end, kind): a speaker label or timestamp, in code points."""


def style_spans(text: str, paragraphs: Iterable[Paragraph]) -> list[Style]:
    """Speaker-label and timestamp spans of a text, sorted and disjoint."""
    spans: list[Style] = []
    for paragraph in paragraphs:
        if not (paragraph.speaker or paragraph.timestamp):
            continue
        # A turn's later paragraphs carry its speaker but have no label to style.
        turn = recognise(text[paragraph.start:paragraph.end])
        for span, kind in ((turn.speaker_span, LABEL), (turn.timestamp_span, STAMP)):
            if span is not None and span[1] > span[0]:
                spans.append((paragraph.start + span[0], paragraph.start + span[1], kind))
    spans.sort()
    return spans


class CodingLayer:
    """One source's codings: the index the pane asks, and the formats it paints.

    `revision` grows with every change, so that the margin knows when to recompute
    its columns.
    """

    def __init__(self, document: QTextDocument, palette: QPalette | None = None) -> None:
        self._document = document
        self.palette = QPalette(palette or QGuiApplication.palette())
        self.offsets = OffsetMap("")
        self.index: IntervalIndex[int] = IntervalIndex()
        self.codings = LiveCodings(self.index)  # positions follow the index (edit mode)
        self.codes: dict[int, Code] = {}
        self.paths: dict[int, str] = {}
        self.revision = 0
        self.newlines: list[int] = []
        self._styles: list[Style] = []
        self._style_starts: list[int] = []
        self._colors: dict[int, QColor] = {}
        self._formats: dict[tuple[int, frozenset[int]], QTextCharFormat] = {}
        self.repainted: Callable[[list[tuple[int, int]]], None] | None = None
        """Told the code-point ranges `repaint` rewrote, to repaint them on screen."""

    # -- whole source ------------------------------------------------------
    def load(self, text: str, paragraphs: Iterable[Paragraph], codings: Iterable[Coding],
             codes: Iterable[Code]) -> None:
        """Take a freshly set plain text (already in the document) and paint it all."""
        self.offsets = OffsetMap(text)
        # Paragraph (row) numbers for the margin's columns: a bisection, not a scan.
        self.newlines = [m.start() for m in _NEWLINE.finditer(text)]
        self._styles = style_spans(text, paragraphs)
        self._style_starts = [s for s, _, _ in self._styles]
        codings = list(codings)
        self.index = IntervalIndex((c.start, c.end, c.id) for c in codings)
        self.codings = LiveCodings(self.index, codings)
        self._set_codes(codes)
        self.revision += 1
        self._paint(0, len(text), skip_plain=True)

    def clear(self) -> None:
        """Forget the source (the document has been emptied)."""
        self.offsets = OffsetMap("")
        self.newlines = []
        self._styles, self._style_starts = [], []
        self.index = IntervalIndex()
        self.codings = LiveCodings(self.index)
        self.revision += 1

    # -- changes -------------------------------------------------------------
    def update_codings(self, changed: Iterable[Coding], removed: Iterable[int]) -> list[
            tuple[int, int]]:
        """Apply changed or new codings and removed ids; repaint what they cover.

        The caller passes only codings of the shown source. Returns the repainted
        ranges.
        """
        dirty: list[tuple[int, int]] = []
        for coding_id in removed:
            if coding_id in self.codings:
                del self.codings[coding_id]
                dirty.append(self.index.remove(coding_id))
        for coding in changed:
            old = self.codings.get(coding.id)
            if coding == old:
                continue
            self.codings[coding.id] = coding
            if old is None:
                self.index.add(coding.start, coding.end, coding.id)
            elif (old.start, old.end) != (coding.start, coding.end):
                dirty.append(self.index.update(coding.start, coding.end, coding.id))
            # A new code or memo changes this coding's colour or tooltip.
            dirty.append((coding.start, coding.end))
        if dirty:
            self.revision += 1
            self.repaint(dirty)
        return dirty

    def update_codes(self, codes: Iterable[Code], changed: Iterable[int]) -> None:
        """Take the new code list; repaint the codings of the `changed` code ids whose
        colour changed (a renamed code's excerpts look the same: nothing to rewrite)."""
        before = self._colors
        self._set_codes(codes)
        changed = {cid for cid in changed if before.get(cid) != self._colors.get(cid)}
        dirty = [(c.start, c.end) for c in self.codings.values() if c.code_id in changed]
        self.revision += 1
        if dirty:
            self.repaint(dirty)

    def _set_codes(self, codes: Iterable[Code]) -> None:
        self.codes = {code.id: code for code in codes}
        self.paths = code_tree.paths(self.codes.values())
        colors = {cid: QColor(code.color) for cid, code in self.codes.items()}
        if colors != self._colors:
            self._colors = colors
            self._formats.clear()

    def set_palette(self, palette: QPalette) -> bool:
        """Take a new palette (the theme changed); repaint if its colours differ.

        Returns whether anything was repainted.
        """
        roles = (QPalette.ColorRole.Base, QPalette.ColorRole.Text)
        if all(palette.color(r) == self.palette.color(r) for r in roles):
            return False
        self.palette = QPalette(palette)
        self._formats.clear()
        # Plain runs carry no format of their own: only the styled and coded ones change.
        self._paint(0, self.offsets.codepoint_length, skip_plain=True)
        return True

    # -- painting ------------------------------------------------------------
    def repaint(self, ranges: Iterable[tuple[int, int]], *, nested: bool = False) -> None:
        """Rewrite the formats of the given code-point ranges (merged first).

        `nested`: inside an edit block of the caller's, whose end lays out and
        repaints everything the block changed (Qt's own way, left alone here).
        """
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        cursor = QTextCursor(self._document)
        # Qt's plain-text layout takes a format change for a change of twice its
        # length (QPlainTextDocumentLayout::documentChanged adds the removed and the
        # added characters), so one new excerpt usually spills into the paragraph
        # after it and the whole viewport is repainted. The view repaints just the
        # paragraphs changed instead (`repainted`); formats do not move text.
        layout = self._document.documentLayout()
        quiet = self.repainted is not None and layout is not None and not nested
        was = layout.blockSignals(True) if quiet else False
        try:
            cursor.beginEditBlock()
            for start, end in merged:
                self._paint(start, end, skip_plain=False, cursor=cursor)
            cursor.endEditBlock()
        finally:
            if quiet:
                layout.blockSignals(was)
        if quiet and self.repainted is not None:
            self.repainted([(start, end) for start, end in merged])

    def _paint(self, start: int, end: int, *, skip_plain: bool,
               cursor: QTextCursor | None = None) -> None:
        own = cursor is None
        if cursor is None:
            cursor = QTextCursor(self._document)
            cursor.beginEditBlock()
        # Bound once: this loop runs once per run of text, thousands of times on open.
        set_position, set_format, format_for = (cursor.setPosition, cursor.setCharFormat,
                                                self.format_for)
        to_utf16 = self.offsets.to_utf16 if self.offsets.has_astral else None
        for s, e, kind, codes in self._runs(start, end):
            if skip_plain and kind == PLAIN and not codes:
                continue
            if to_utf16 is not None:
                s, e = to_utf16(s), to_utf16(e)
            set_position(s)
            set_position(e, _KEEP)
            set_format(format_for(kind, codes))
        if own:
            cursor.endEditBlock()

    def _runs(self, start: int, end: int) -> list[tuple[int, int, int, frozenset[int]]]:
        """Maximal runs of equal (style, code set) tiling [start, end).

        One sweep over the sorted boundaries of the codings and styled spans in
        the range; the set of codes is rebuilt only where a code starts or stops.
        """
        code_of = self.codings.code_of
        events: list[tuple[int, int, int]] = []
        add = events.append
        for s, e, key in self.index.overlapping_items(start, end):
            code = code_of(key)
            add((s if s > start else start, _OPEN, code))
            add((e if e < end else end, _CLOSE, code))
        styles = self._styles
        i = max(bisect_right(self._style_starts, start) - 1, 0)
        while i < len(styles) and styles[i][0] < end:
            s, e, kind = styles[i]
            if e > start:
                add((s if s > start else start, _STYLE, kind))
                add((e if e < end else end, _STYLE, PLAIN))
            i += 1
        # At one position closings sort before openings and a style's end (PLAIN)
        # before the next style's start, so the state after each group is right.
        events.sort()
        runs: list[tuple[int, int, int, frozenset[int]]] = []
        counts: dict[int, int] = {}
        codes: frozenset[int] = frozenset()
        kind, pos, stale = PLAIN, start, False
        for at, what, value in events:
            if at > pos:
                if stale:
                    codes, stale = frozenset(counts), False
                last = runs[-1] if runs else None
                if last is not None and last[2] == kind and last[3] == codes:
                    runs[-1] = (last[0], at, kind, codes)
                else:
                    runs.append((pos, at, kind, codes))
                pos = at
            if what == _OPEN:
                n = counts.get(value, 0)
                counts[value] = n + 1
                stale = stale or n == 0
            elif what == _CLOSE:
                n = counts[value] - 1
                if n:
                    counts[value] = n
                else:
                    del counts[value]
                    stale = True
            else:
                kind = value
        if pos < end:
            if stale:
                codes = frozenset(counts)
            runs.append((pos, end, kind, codes))
        return runs

    def format_for(self, kind: int, codes: frozenset[int]) -> QTextCharFormat:
        """The complete character format of a run; one cached object per combination."""
        key = (kind, codes)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            label, stamp = label_colors(self.palette)
            ink = {LABEL: label, STAMP: stamp}.get(kind)
            if kind == LABEL:
                fmt.setFontWeight(QFont.Weight.Bold)
            if codes:
                background = self.background(codes)
                fmt.setBackground(background)
                text = self.palette.color(QPalette.ColorRole.Text)
                if ink is not None:
                    ink = readable_on(background, ink, STYLE_CONTRAST)
                elif contrast(text, background) < TEXT_CONTRAST:
                    ink = readable_on(background, text)
            if ink is not None:
                fmt.setForeground(ink)
            self._formats[key] = fmt
        return fmt

    # -- questions -----------------------------------------------------------
    def codings_at(self, position: int) -> list[Coding]:
        """Codings covering the character at a code point, innermost (shortest) first."""
        found = [self.codings[k] for k in self.index.at(position)]
        found.sort(key=lambda c: (c.end - c.start, c.start, c.id))
        return found

    def path(self, code_id: int) -> str:
        return self.paths.get(code_id, "?")

    def color(self, code_id: int) -> QColor:
        """The code's own colour (user data), as the tree and the margin's stripes show it."""
        return QColor(self._colors.get(code_id, QColor(FALLBACK_COLOR)))

    def background(self, codes: Iterable[int]) -> QColor:
        """The background of text under these codes: their blend, tinted for the palette."""
        fallback = QColor(FALLBACK_COLOR)
        mixed = blend([self._colors.get(c, fallback) for c in sorted(codes)])
        return tint(mixed, self.palette)
