"""A list of paragraph texts made into an ImportedText, as every document reader needs.

Paragraphs are joined with "\\n", each located by `prefix/<index>`, and speakers
and timestamps are recognised over the whole list (model/speakers.py), exactly
as for a .docx or a .txt.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.model.entities import ImportedText, Paragraph
from annotator.model.speakers import attribute


def imported_text(texts: Sequence[str], kind: str, prefix: str) -> ImportedText:
    """The text of `texts` joined by line breaks, with one Paragraph each."""
    paragraphs = []
    start = 0
    for index, (text, (speaker, timestamp)) in enumerate(
            zip(texts, attribute(texts), strict=True)):
        end = start + len(text)
        paragraphs.append(Paragraph(index, start, end, f"{prefix}/{index}", speaker, timestamp))
        start = end + 1
    return ImportedText("\n".join(texts), tuple(paragraphs), kind)
