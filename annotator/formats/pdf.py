"""Read the text layer of a PDF (.pdf) into paragraphs.

PDFium (through pypdfium2) finds the text and the rectangles it is drawn in;
this module rebuilds what a reader sees, because a PDF holds lines at positions,
not paragraphs (pypdf, in pure Python, took 90 ms a page, five times the budget):

- rectangles on one baseline are one line (tabs and runs of spaces, which some
  writers put between every word, become one space); text drawn outside the
  page is not read;
- line numbers in the left margin are removed, and so are repeated headers and
  footers: a line at the top or bottom of a
  page that recurs (digits aside) on at least half of the pages, and a page
  number alone ("3", "Page 3", "3/12", "- 3 -") wherever it sits at an edge;
- a paragraph ends at a gap wider than the usual line spacing, at a first-line
  indent, after a short line that ends a sentence, where the font size changes
  (a heading), before a list item ("•", "-", "1.", "a)") and before a speaker
  label when the document has recurring ones; otherwise the next line (on the
  next page too) continues it;
- a word hyphenated at a line end is joined when the whole word appears
  elsewhere in the document ("inter-" "view" -> "interview"); otherwise the
  hyphen stays ("well-" "being" -> "well-being").

A PDF with no text layer (a scan) is refused in one sentence saying so; an
encrypted one that opens without a password is read.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from annotator.formats.errors import UnreadableFile
from annotator.formats.paragraphs import imported_text
from annotator.messages import message
from annotator.model.entities import ImportedText
from annotator.model.speakers import recognise

MAX_PAGES = 5000
# Ten times a long book: past this a PDF is no transcript (or is made to exhaust memory).
MAX_CHARACTERS = 20_000_000
_SPACES = re.compile(r"\s+")
_PAGE_NUMBER = re.compile(r"(?i)^[-–—(\[]?\s*(?:page|p\.|seite|página|pagina)?\s*\d{1,4}"
                          r"(?:\s*(?:/|of|von|de|sur)\s*\d{1,4})?\s*[-–—)\]]?$")
_SENTENCE_END = (".", "?", "!", "…", ":", '"', "”", "»", ")", "。", "？", "！")
_WORD = re.compile(r"\w+")
_LIST_ITEM = re.compile(r"[•▪◦‣●○■□–—-]\s|\(?(?:\d{1,2}|[a-z])[.)]\s")
# PDFium reports a hyphen at a line end as U+FFFE, and may join the two lines itself.
_SOFT_HYPHEN = re.compile(r"(\w+)\ufffe(\w+)")


@dataclass(slots=True)
class _Line:
    page: int
    x: float
    y: float
    size: float
    text: str
    right: float = 0.0


def read_pdf(data: bytes, file_name: str) -> ImportedText:
    """Import the text layer of a PDF, one paragraph per paragraph of the page."""
    pages = _lines_by_page(data, file_name)
    if not any(line.text for page in pages for line in page):
        raise UnreadableFile(file_name, message(
            "“{file}” has no text in it, only images of pages (it is a scan); run text "
            "recognition (OCR) on it, or import a Word or text version instead.",
            file=file_name))
    lines = _without_running_heads(pages)
    return imported_text(_paragraphs(lines), "pdf", "pdf")


def _lines_by_page(data: bytes, file_name: str) -> list[list[_Line]]:
    import pypdfium2 as pdfium  # noqa: PLC0415 - loaded only when a PDF is read

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise UnreadableFile(file_name, message(
                "“{file}” is protected with a password; open it in a PDF viewer, save a copy "
                "without the password and import that.", file=file_name)) from error
        raise UnreadableFile(file_name, _damaged(file_name)) from error
    try:
        if len(document) > MAX_PAGES:
            raise UnreadableFile(file_name, message(
                "“{file}” has more than {limit} pages, far more than any transcript; split it "
                "and import the parts.", file=file_name, limit=MAX_PAGES))
        pages = []
        read = 0
        for number in range(len(document)):
            page = document[number]
            try:
                pages.append(_page_lines(page, number))
                read += sum(len(line.text) for line in pages[-1])
                if read > MAX_CHARACTERS:
                    raise UnreadableFile(file_name, message(
                        "“{file}” holds far more text than any transcript; split it and "
                        "import the parts.", file=file_name))
            finally:
                page.close()
        return pages
    except pdfium.PdfiumError as error:
        raise UnreadableFile(file_name, _damaged(file_name)) from error
    finally:
        document.close()


def _damaged(file_name: str) -> str:
    return message("“{file}” is damaged or is not a PDF that can be read; open it in a PDF "
                   "viewer, save or print it as PDF again, and try again.", file=file_name)


def _page_lines(page: object, number: int) -> list[_Line]:
    """The page's lines: PDFium's text in reading order, placed by the boxes of each line's ends."""
    import pypdfium2.raw as pdfium_c  # noqa: PLC0415 - loaded with pypdfium2

    _, _, _, top = page.get_bbox()  # type: ignore[attr-defined]
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        text = textpage.get_text_range()
        lines: list[_Line] = []
        units = 0  # PDFium counts characters in UTF-16 code units
        for raw in text.split("\r\n"):
            stripped = raw.strip()
            if stripped:
                head = units + _utf16_length(raw[: len(raw) - len(raw.lstrip())])
                tail = units + _utf16_length(raw.rstrip()) - 1
                left, bottom, _, upper = textpage.get_charbox(head)
                right = textpage.get_charbox(tail)[2]
                size = pdfium_c.FPDFText_GetFontSize(textpage.raw, head) or upper - bottom
                if upper >= 0 and bottom <= top:  # drawn on the page, not outside it
                    line = _SPACES.sub(" ", stripped)
                    if line.endswith("\ufffe"):
                        line = line[:-1] + "-"
                    lines.append(_Line(number, left, bottom, max(size, 1.0), line, right))
            units += _utf16_length(raw) + 2
        return lines
    finally:
        textpage.close()


def _utf16_length(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for c in text if c > "\uffff")


def _without_running_heads(pages: list[list[_Line]]) -> list[_Line]:
    """All lines in order, less headers, footers and page numbers."""
    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.casefold())

    edges = [_edge_lines(page) for page in pages]
    seen = Counter(k for page in edges for k in {key(line) for line in page})
    repeated = {k for k, count in seen.items() if len(pages) >= 2 and count * 2 >= len(pages)
                and count >= 2}
    kept = []
    for page, edge in zip(pages, edges, strict=True):
        dropped = {id(line) for line in edge
                   if key(line) in repeated or _PAGE_NUMBER.match(line.text)}
        kept.extend(line for line in page if id(line) not in dropped)
    return kept


def _edge_lines(page: list[_Line]) -> list[_Line]:
    """The two top-most and two bottom-most lines of a page."""
    if not page:
        return []
    by_height = sorted(page, key=lambda line: line.y)
    return [*by_height[:2], *by_height[-2:]]


def _paragraphs(lines: list[_Line]) -> list[str]:
    if not lines:
        return []
    left = Counter(round(line.x) for line in lines).most_common(1)[0][0]
    lines = [line for line in lines
             if not (line.text.isdigit() and line.x + line.size < left)]  # line numbers
    if not lines:
        return []
    gaps = [a.y - b.y for a, b in zip(lines, lines[1:], strict=False)
            if a.page == b.page and 0 < a.y - b.y < 3 * a.size]
    spacing = _low(gaps) if gaps else lines[0].size * 1.2
    widths = [len(line.text) for line in lines]
    full = _high(widths)
    labels = [recognise(line.text) for line in lines]
    counts = Counter(label.speaker for label in labels if label.speaker is not None)
    labelled = any(count >= 2 for count in counts.values())
    words = {w.casefold() for line in lines for w in _WORD.findall(line.text)}
    texts: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        if index == 0:
            current = line.text
            continue
        before = lines[index - 1]
        label = labels[index]
        new = (
            (labelled and label.speaker is not None and label.speaker_span is not None
             and label.speaker_span[0] == 0)
            or (before.page == line.page and before.y - line.y > spacing * 1.4)
            or (line.x > left + line.size and round(before.x) <= left + line.size / 2
                and not _LIST_ITEM.match(current))  # a list item's hanging indent is not one
            or (len(before.text) < full * 0.75 and before.text.endswith(_SENTENCE_END))
            or abs(line.size - before.size) > 0.12 * before.size  # a heading, or after one
            or _LIST_ITEM.match(line.text) is not None
        )
        if new:
            texts.append(current)
            current = line.text
        else:
            current = _join(current, line.text, words)
    texts.append(current)
    return [_SOFT_HYPHEN.sub(lambda m: _dehyphenated(m, words), text) for text in texts]


def _dehyphenated(match: re.Match[str], words: set[str]) -> str:
    """A hyphen PDFium marked as ending a line, inside the text it joined itself."""
    head, tail = match.group(1), match.group(2)
    return head + tail if (head + tail).casefold() in words else f"{head}-{tail}"


def _join(text: str, line: str, words: set[str]) -> str:
    """A paragraph continued by the next line, a hyphenated word joined if it is a word."""
    if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[:1].islower():
        head = _WORD.findall(text[:-1])[-1:] or [""]
        tail = _WORD.findall(line)[:1] or [""]
        if (head[0] + tail[0]).casefold() in words:
            return text[:-1] + line
        return text + line
    return f"{text} {line}"


def _low(values: list[float]) -> float:
    """A low but typical value: the usual line spacing, not the gap between paragraphs."""
    ordered = sorted(values)
    return ordered[len(ordered) // 5] if len(ordered) >= 5 else statistics.median(ordered)


def _high(values: list[int]) -> int:
    """The length of a full line: most lines of a paragraph are full."""
    ordered = sorted(values)
    return ordered[len(ordered) * 4 // 5]
