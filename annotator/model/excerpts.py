"""An excerpt as the researcher reads it in retrieval: the words, who said them, around them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.model.entities import Coding, Paragraph


@dataclass(frozen=True, slots=True)
class Excerpt:
    coding_id: int
    code_id: int
    source_id: int
    source_name: str
    start: int
    end: int
    text: str
    before: str
    after: str
    speaker: str | None
    memo: str


def _clip_words(text: str, width: int, from_end: bool) -> str:
    """At most `width` characters, cut at a space so no word is halved."""
    if len(text) <= width:
        return text
    if from_end:
        cut = text[-width:]
        space = cut.find(" ")
        return "…" + (cut[space + 1:] if 0 <= space < width // 2 else cut)
    cut = text[:width]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut) + "…"


def make_excerpt(
    coding: Coding, source_name: str, text: str, paragraphs: Sequence[Paragraph],
    paragraph_starts: Sequence[int], context: int = 80,
) -> Excerpt:
    """The excerpt of `coding`, with up to `context` characters of its paragraph each side.

    `paragraph_starts` is `[p.start for p in paragraphs]`, passed in so that many
    excerpts of one transcript share one list.
    """
    index = bisect_right(paragraph_starts, coding.start) - 1
    paragraph = paragraphs[index] if 0 <= index < len(paragraphs) else None
    lo = paragraph.start if paragraph else 0
    last = bisect_right(paragraph_starts, max(coding.end - 1, coding.start)) - 1
    hi = paragraphs[last].end if 0 <= last < len(paragraphs) else len(text)
    return Excerpt(
        coding_id=coding.id,
        code_id=coding.code_id,
        source_id=coding.source_id,
        source_name=source_name,
        start=coding.start,
        end=coding.end,
        text=text[coding.start:coding.end],
        before=_clip_words(text[lo:coding.start], context, from_end=True),
        after=_clip_words(text[coding.end:max(hi, coding.end)], context, from_end=False),
        speaker=paragraph.speaker if paragraph else None,
        memo=coding.memo,
    )


@dataclass(frozen=True, slots=True)
class ListedExcerpt:
    """An excerpt as a list shows it: with its context, its code's path and who said it;
    who coded it, and the other listed codes on the very same words (retrieval lists
    such words once)."""

    excerpt: Excerpt
    code_path: str
    participants: tuple[str, ...] = ()
    coder: str = ""
    also_coded: tuple[str, ...] = ()
