"""Read an RTF file (.rtf) into paragraphs.

striprtf knows which control words open a destination that is not body text
(font and colour tables, field instructions, headers, footnotes, comments,
pictures, document info) and which character set each \\fcharset means; this
reader uses those two tables of it, and walks the groups itself because a
transcript needs what striprtf's text output does not give: paragraphs (\\par,
\\sect, \\page) and table cells (\\cell: each cell its own paragraph, as the Word
and OpenDocument readers read tables), hidden text (\\v) and tracked deletions
(\\deleted) left out, surrogate pairs of \\uN joined, and a stretch of text read
in one step rather than a character at a time.

Encodings: \\'xx bytes are decoded in the code page of the current font's
\\fcharset, else the document's \\ansicpg (cp1252 when it names none); \\uN is a
code point, after which \\ucN fallback characters are skipped. Field results are
read, field instructions (HYPERLINK "...") are not. Footnotes are left out, as
the Word reader leaves them out. \\line is a line break inside the paragraph.

Bounds: \\bin data is skipped by its length, long runs of hex digits (embedded
pictures and objects) are dropped before reading, and group nesting is capped,
so a crafted file cannot make the reader slow or deep.
"""

from __future__ import annotations

import codecs
import re

from striprtf.striprtf import charset_map, destinations

from annotator.formats.errors import UnreadableFile
from annotator.formats.paragraphs import imported_text
from annotator.messages import message
from annotator.model.entities import ImportedText

_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)",
    re.DOTALL)
# Picture and object data: hex digits by the kilobyte, never text.
_HEX_BLOB = re.compile(r"[0-9a-fA-F\r\n]{1024,}")
MAX_DEPTH = 500
# \ansicpgN names Windows code pages by number; Apple's are not "cpN" in Python.
_CODE_PAGES = {"10000": "mac_roman", "10001": "shift_jis", "10006": "mac_greek",
               "10007": "mac_cyrillic", "10029": "mac_latin2", "65001": "utf-8"}

_SPECIAL = {
    "tab": "\t", "line": "\n", "emdash": "\u2014", "endash": "\u2013", "emspace": "\u2003",
    "enspace": "\u2002", "qmspace": "\u2005", "bullet": "\u2022", "lquote": "\u2018",
    "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d", "zwj": "\u200d",
    "zwnj": "\u200c", "ltrmark": "", "rtlmark": "",
}
_SYMBOLS = {"~": "\xa0", "_": "-", "-": "", "{": "{", "}": "}", "\\": "\\", "\t": "\t"}
_BREAKS = frozenset({"par", "sect", "page", "cell", "nestcell", "row", "nestrow"})
# Destinations striprtf reads as text but a reader of the document does not see.
_MORE_DESTINATIONS = frozenset({"fonttbl", "colortbl", "stylesheet", "listtext", "pntext",
                                "xmlnstbl", "rsidtbl", "mmathPr", "generator"})


class _State:
    __slots__ = ("ignorable", "hidden", "encoding", "ucskip", "in_fonts")

    def __init__(self, encoding: str | None) -> None:
        self.ignorable = False
        self.hidden = False
        self.encoding = encoding
        self.ucskip = 1
        self.in_fonts = False

    def copy(self) -> _State:
        other = _State(self.encoding)
        other.ignorable, other.hidden = self.ignorable, self.hidden
        other.ucskip, other.in_fonts = self.ucskip, self.in_fonts
        return other


def read_rtf(data: bytes, file_name: str) -> ImportedText:
    """Import the body text of an RTF document, one paragraph per \\par or table cell."""
    # RTF is 7-bit by definition; latin-1 maps stray 8-bit bytes one to one.
    source = _HEX_BLOB.sub("", data.decode("latin-1"))
    reader = _Reader(file_name)
    reader.run(source)
    texts = reader.paragraphs()
    return imported_text(texts, "rtf", "r")


class _Reader:
    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.document_encoding = "cp1252"
        self.default_font: str | None = None
        self.fonts: dict[str, str] = {}
        self.font: str | None = None
        self.font_charset: str | None = None
        self.parts: list[str] = []
        self.pending = bytearray()  # \'xx bytes not yet decoded
        self.breaks: list[int] = []  # positions in parts where a paragraph ends
        self.last_break_was_cell = False

    def run(self, source: str) -> None:
        state = _State(None)  # None: the default font's (\\deff) code page
        stack: list[_State] = []
        skip = 0  # fallback characters still to skip after \uN
        pos, end = 0, len(source)
        while pos < end:
            match = _TOKEN.match(source, pos)
            if match is None:  # a lone backslash at the very end
                break
            pos = match.end()
            word, arg, hexa, symbol, brace, text = match.groups()
            if text is not None:
                if skip:
                    cut = min(skip, len(text))
                    text, skip = text[cut:], skip - cut
                if text and not (state.ignorable or state.hidden):
                    self._text(text, state)
                continue
            if hexa is not None:
                if skip:
                    skip -= 1
                elif not (state.ignorable or state.hidden):
                    self.pending.append(int(hexa, 16))
                continue
            self._flush(state)
            if brace == "{":
                if len(stack) >= MAX_DEPTH:
                    raise UnreadableFile(self.file_name, message(
                        "“{file}” is nested far deeper than any real RTF document, so it was "
                        "not read.", file=self.file_name))
                stack.append(state.copy())
                skip = 0
            elif brace == "}":
                if not stack:
                    break  # the document group is closed: anything after it is not read
                state = stack.pop()
                skip = 0
            elif symbol is not None:
                skip = 0
                if symbol == "*":
                    state.ignorable = True
                elif symbol in "\r\n":
                    self._break(state, "par")
                elif symbol in _SYMBOLS and not (state.ignorable or state.hidden):
                    self._text(_SYMBOLS[symbol], state)
            elif word is not None:
                skip = 0
                if word == "bin":
                    pos += max(int(arg or 0), 0)
                elif word == "u" and arg is not None:
                    if not (state.ignorable or state.hidden):
                        code = int(arg)
                        code = code + 0x10000 if code < 0 else code
                        self._text(chr(code) if 0 <= code <= 0x10FFFF else "\ufffd", state)
                    skip = state.ucskip
                else:
                    self._word(word, arg, state)

    def _word(self, word: str, arg: str | None, state: _State) -> None:
        if word in destinations or word in _MORE_DESTINATIONS:
            state.ignorable = True
            state.in_fonts = word == "fonttbl"
            return
        if state.in_fonts:
            if word == "f":
                self.font = arg
            elif word == "fcharset" and self.font is not None and arg is not None:
                # 0 and 1 (ANSI, default) mean the document's own code page.
                self.fonts[self.font] = "" if int(arg) in (0, 1) else charset_map.get(int(arg), "")
            return
        if word == "ansicpg" and arg:
            self.document_encoding = _codec(_CODE_PAGES.get(arg, f"cp{arg}")) or "cp1252"
        elif word == "mac":
            self.document_encoding = "mac_roman"
        elif word == "deff":
            self.default_font = arg
        elif word == "uc" and arg is not None:
            state.ucskip = max(int(arg), 0)
        elif word == "f" and arg is not None:
            state.encoding = self.fonts.get(arg) or None
        elif word in ("v", "deleted"):
            state.hidden = arg != "0"
        elif word == "plain":
            state.hidden = False
        elif state.ignorable or state.hidden:
            return
        elif word in _BREAKS:
            self._break(state, word)
        elif word in _SPECIAL:
            self._text(_SPECIAL[word], state)

    def _text(self, text: str, state: _State) -> None:
        self._flush(state)
        self.parts.append(text)
        self.last_break_was_cell = False

    def _flush(self, state: _State) -> None:
        if self.pending:
            encoding = (_codec(state.encoding or "")
                        or _codec(self.fonts.get(self.default_font or "", ""))
                        or self.document_encoding)
            self.parts.append(bytes(self.pending).decode(encoding, errors="replace"))
            self.pending.clear()
            self.last_break_was_cell = False

    def _break(self, state: _State, word: str) -> None:
        if state.ignorable or state.hidden:
            return
        # A row ends with its last cell's \cell and then \row: one break, not two.
        if word in ("row", "nestrow") and self.last_break_was_cell:
            return
        self.breaks.append(len(self.parts))
        self.last_break_was_cell = word in ("cell", "nestcell")

    def paragraphs(self) -> list[str]:
        texts = []
        start = 0
        for stop in [*self.breaks, len(self.parts)]:
            texts.append(_joined("".join(self.parts[start:stop])))
            start = stop
        # The break after the last paragraph makes no paragraph of its own.
        if len(texts) > 1 and not texts[-1]:
            texts.pop()
        return texts


def _joined(text: str) -> str:
    """Surrogate pairs written as two \\uN joined into one character."""
    if any("\ud800" <= c <= "\udfff" for c in text):
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _codec(name: str) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
