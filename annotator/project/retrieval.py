"""What the retrieval pane lists: the excerpts of codes (with their sub-codes' if asked,
as NVivo's aggregate), of chosen codings, or behind a theme; each with a line of the
text around it, its code's path, its coder and its participants.

Words coded with several of the listed codes by one coder are one excerpt, listed once
with all those codes: a parent and its sub-code on the same sentence is one excerpt,
not two.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace

from annotator.model import code_tree
from annotator.model.entities import Coding, Paragraph
from annotator.model.excerpts import Excerpt, ListedExcerpt, make_excerpt
from annotator.project.listings import participants_by_source, theme_code_ids
from annotator.store.store import Store
from annotator.store.views import Views

CONTEXT_CHARS = 200
"""Context kept each side of an excerpt: more than a line of the list at the usual pane
widths (the list elides the rest), little enough to hold for thousands of rows."""


def excerpt_rows(store: Store, views: Views, code_ids: Iterable[int] | None,
                 coding_ids: Iterable[int] | None, theme_id: int | None,
                 sub_codes: bool = False, coder: str | None = None) -> list[ListedExcerpt]:
    """The excerpts coded with `code_ids` (and the codes below them with `sub_codes`), of
    the codings `coding_ids`, or behind the theme `theme_id` (those given all apply); only
    `coder`'s when given. In transcript order, each with its context."""
    codes = store.codes.all()
    paths = code_tree.paths(codes)
    if code_ids is not None and sub_codes:
        children = code_tree.children_of(codes)
        code_ids = {d for c in code_ids for d in (c, *code_tree.descendants(children, c))}
    if theme_id is not None:
        behind = theme_code_ids(store, theme_id)
        code_ids = behind if code_ids is None else behind & set(code_ids)
    if coding_ids is not None:
        codings = views.codings_with_ids(coding_ids)
        if code_ids is not None:
            wanted = set(code_ids)
            codings = [c for c in codings if c.code_id in wanted]
    else:
        codings = store.codings.list(code_ids=sorted(set(code_ids or ())))
    if coder is not None:
        codings = [c for c in codings if c.coder == coder]
    people = participants_by_source(store)
    rows = [ListedExcerpt(excerpt, paths.get(coding.code_id, ""),
                          people.get(coding.source_id, ()), coding.coder)
            for coding, excerpt in _excerpts(store, codings)]
    # Only the codes' own listing folds twins: a theme's or a table cell's rows are
    # counted as their codings elsewhere.
    return rows if theme_id is not None or coding_ids is not None else _once_each(rows)


def _once_each(rows: Sequence[ListedExcerpt]) -> list[ListedExcerpt]:
    """One row for the same words coded by one coder with several listed codes."""
    firsts: dict[tuple[int, int, int, str], int] = {}
    merged: list[ListedExcerpt] = []
    for row in rows:
        excerpt = row.excerpt
        key = (excerpt.source_id, excerpt.start, excerpt.end, row.coder)
        at = firsts.get(key)
        if at is None:
            firsts[key] = len(merged)
            merged.append(row)
        elif row.code_path != merged[at].code_path and row.code_path not in merged[at].also_coded:
            kept = merged[at]
            merged[at] = replace(kept, also_coded=(*kept.also_coded, row.code_path))
    return merged


def _excerpts(store: Store, codings: Iterable[Coding]) -> list[tuple[Coding, Excerpt]]:
    """Each coding's excerpt with a line of context, the transcripts read once each."""
    found: list[tuple[Coding, Excerpt]] = []
    cache: dict[int, tuple[str, str, list[Paragraph], list[int]] | None] = {}
    for coding in codings:
        if coding.source_id not in cache:
            source = store.sources.get(coding.source_id)
            paragraphs = store.sources.paragraphs(coding.source_id) if source else []
            cache[coding.source_id] = None if source is None else (
                source.name, source.text, paragraphs, [p.start for p in paragraphs])
        entry = cache[coding.source_id]
        if entry is None:
            continue
        name, text, paragraphs, starts = entry
        excerpt = make_excerpt(coding, name, text, paragraphs, starts, CONTEXT_CHARS)
        found.append((coding, replace(
            excerpt, before=_before(excerpt, text, paragraphs, starts),
            after=_after(excerpt, text, paragraphs, starts))))
    return found


def _before(excerpt: Excerpt, text: str, paragraphs: Sequence[Paragraph],
            starts: Sequence[int]) -> str:
    """The words before the excerpt in its paragraph, or, when it opens its paragraph,
    the last words of the paragraph before (often the question it answers)."""
    index = bisect_right(starts, excerpt.start) - 1
    lo = paragraphs[index].start if index >= 0 else 0
    words = " ".join(text[lo:excerpt.start].split())
    while not words and index > 0:
        index -= 1
        words = " ".join(text[paragraphs[index].start:paragraphs[index].end].split())
    # A space where the text had one: read on, "before" and the excerpt join as written.
    gap = " " if words and excerpt.start > 0 and text[excerpt.start - 1].isspace() else ""
    return _clip(words, from_end=True) + gap


def _after(excerpt: Excerpt, text: str, paragraphs: Sequence[Paragraph],
           starts: Sequence[int]) -> str:
    """The words after the excerpt in its paragraph, else the next paragraph's first."""
    index = bisect_right(starts, max(excerpt.end - 1, excerpt.start)) - 1
    hi = paragraphs[index].end if 0 <= index < len(paragraphs) else len(text)
    words = " ".join(text[excerpt.end:max(hi, excerpt.end)].split())
    while not words and 0 <= index < len(paragraphs) - 1:
        index += 1
        words = " ".join(text[paragraphs[index].start:paragraphs[index].end].split())
    gap = " " if words and excerpt.end < len(text) and text[excerpt.end].isspace() else ""
    return gap + _clip(words, from_end=False)


def _clip(words: str, *, from_end: bool) -> str:
    """At most CONTEXT_CHARS, cut between words where there are spaces (not in Chinese)."""
    if len(words) <= CONTEXT_CHARS:
        return words
    if from_end:
        cut = words[-CONTEXT_CHARS:]
        space = cut.find(" ")
        return "…" + (cut[space + 1:] if 0 <= space < CONTEXT_CHARS // 2 else cut)
    cut = words[:CONTEXT_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > CONTEXT_CHARS // 2 else cut) + "…"
