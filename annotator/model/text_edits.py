"""An edit of a transcript's text: the one description shared by the project, the
Word original and the window.

Offsets are code points (see offsets.py) in the text as it stands just before the
edit. Paragraphs are joined with "\\n" in a transcript's text, so an edit whose
`text` holds "\\n" splits a paragraph and one that deletes a "\\n" joins two.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextEdit:
    """Replace ``text[start:end]`` with `text` (an insertion when start == end)."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit range {self.start}-{self.end}")

    @property
    def delta(self) -> int:
        """How much longer the text is after the edit."""
        return len(self.text) - (self.end - self.start)

    def apply(self, text: str) -> str:
        if self.end > len(text):
            raise ValueError(f"edit end {self.end} beyond text length {len(text)}")
        return text[: self.start] + self.text + text[self.end:]
