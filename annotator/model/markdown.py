"""The little Markdown a journal entry holds: unwrapping it, and reading it into blocks.

Qt's QTextEdit.toMarkdown() hard-wraps paragraphs at 80 columns. Stored that way, a
sentence comes out broken wherever something reads the text line by line (the theme
report did, a paragraph per line), so the journal is stored unwrapped: `unwrap` joins
the lines of each paragraph or list item and leaves every block boundary, hard break
and code block as it was. `blocks` reads the result as paragraphs and list items, each
a list of (text, bold, italic) runs, for a writer that is not Markdown-aware.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BULLET = re.compile(r"^(\s*)([-*+])\s+(.*)$")
_NUMBER = re.compile(r"^(\s*)(\d{1,9})[.)]\s+(.*)$")
_BLOCK_START = re.compile(r"^\s*([-*+]\s|\d{1,9}[.)]\s|#{1,6}\s|>|```|~~~|\||(\*\s*){3,}$|"
                          r"(-\s*){3,}$|(_\s*){3,}$)")
_FENCE = re.compile(r"^\s*(```|~~~)")
# **bold**, __bold__, *italic*, _italic_ (not inside a word, as CommonMark has it).
_INLINE = re.compile(r"\*\*(?P<b1>.+?)\*\*|__(?P<b2>.+?)__|\*(?P<i1>[^*\s][^*]*?)\*|"
                     r"(?<!\w)_(?P<i2>[^_\s][^_]*?)_(?!\w)")


def unwrap(text: str) -> str:
    """`text` with each paragraph and list item on one line; blocks as they were."""
    out: list[str] = []
    fenced = False
    joinable = False  # the last line written is text that a next line may continue
    for line in text.replace("\r\n", "\n").split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
            out.append(line)
            joinable = False
            continue
        if fenced or not line.strip():
            out.append(line)
            joinable = False
            continue
        if joinable and not _BLOCK_START.match(line):
            out[-1] = out[-1].rstrip(" ") + " " + line.strip()
        else:
            out.append(line.rstrip(" ") if not line.endswith("  ") else line)
        # A hard break (two spaces or a backslash at the end) keeps the next line apart.
        joinable = not (line.endswith("  ") or line.endswith("\\")) and not line.lstrip(
            ).startswith("#")
    return "\n".join(out)


@dataclass(slots=True)
class Block:
    """A paragraph ("paragraph") or a list item ("bullet" / "number")."""

    kind: str
    runs: list[tuple[str, bool, bool]] = field(default_factory=list)  # text, bold, italic
    level: int = 0


def blocks(text: str) -> list[Block]:
    """The paragraphs and list items of an unwrapped journal entry, in order."""
    found: list[Block] = []
    paragraph: list[str] = []

    def close() -> None:
        if paragraph:
            found.append(Block("paragraph", runs(" ".join(paragraph))))
            paragraph.clear()

    for line in unwrap(text).split("\n"):
        item = _BULLET.match(line) or _NUMBER.match(line)
        if item is not None and not re.fullmatch(r"\s*([-*_]\s*){3,}", line):
            close()
            kind = "bullet" if item.re is _BULLET else "number"
            found.append(Block(kind, runs(item.group(3).strip()), len(item.group(1)) // 2))
        elif not line.strip():
            close()
        else:
            paragraph.append(line.strip().lstrip("#").strip() if line.lstrip().startswith(
                "#") else line.strip().rstrip("\\").strip())
    close()
    return found


def runs(text: str) -> list[tuple[str, bool, bool]]:
    """`text` cut into (text, bold, italic) runs at its ** and * marks."""
    out: list[tuple[str, bool, bool]] = []
    position = 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            out.append((_unescape(text[position:match.start()]), False, False))
        bold = match.group("b1") or match.group("b2")
        if bold is not None:
            for inner, _b, italic in runs(bold):
                out.append((inner, True, italic))
        else:
            for inner, bold_inside, _i in runs(match.group("i1") or match.group("i2")):
                out.append((inner, bold_inside, True))
        position = match.end()
    if position < len(text):
        out.append((_unescape(text[position:]), False, False))
    return [run for run in out if run[0]]


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", text)
