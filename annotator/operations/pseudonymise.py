"""Pseudonymising a project: identifiers replaced everywhere, excerpts kept on their words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from annotator.messages import message
from annotator.model.pseudonyms import PseudonymMap
from annotator.operations.errors import OperationError
from annotator.store.store import Store


@dataclass(frozen=True, slots=True)
class PseudonymReport:
    replacements: int
    sources: int
    memos: int


def check_mapping(mapping: Mapping[str, str]) -> dict[str, str]:
    cleaned = {k.strip(): v.strip() for k, v in mapping.items()}
    if not cleaned or any(not k for k in cleaned):
        raise OperationError(message(
            "Say what to replace, as NAME=PSEUDONYM, for example “Marcia=P1”."))
    for name, pseudonym in cleaned.items():
        if name in pseudonym:
            raise OperationError(message("The pseudonym for “{name}” contains the name itself.",
                                         name=name))
    return cleaned


def pseudonymise(store: Store, mapping: Mapping[str, str]) -> PseudonymReport:
    """Replace each identifier in every transcript and memo.

    The original Word files of changed transcripts are dropped from the project:
    they still hold the real names, and keeping them would defeat the purpose.
    """
    mapping = check_mapping(mapping)
    total = sources = memos = 0
    for summary in store.sources.summaries():
        source = store.sources.get(summary.id)
        assert source is not None
        pseudo = PseudonymMap(source.text, mapping)
        if not pseudo.changed:
            continue
        sources += 1
        total += len(pseudo.replacements)
        store.sources.replace_text(source.id, pseudo.text, keep_original=False)
        store.sources.set_paragraph_spans(source.id, [
            (p.index, *pseudo.span(p.start, p.end))
            for p in store.sources.paragraphs(source.id)])
        for coding in store.codings.list(source.id):
            start, end = pseudo.span(coding.start, coding.end)
            if (start, end) != (coding.start, coding.end):
                store.codings.update(coding.id, start=start, end=end)
    for memo in store.memos.list():
        title, body = PseudonymMap(memo.title, mapping), PseudonymMap(memo.body, mapping)
        if title.changed or body.changed:
            memos += 1
            total += len(title.replacements) + len(body.replacements)
            store.memos.update(memo.id, title=title.text, body=body.text, updated=memo.updated)
    for coding in store.codings.list():
        memo = PseudonymMap(coding.memo, mapping)
        if memo.changed:
            memos += 1
            total += len(memo.replacements)
            store.codings.update(coding.id, memo=memo.text)
    return PseudonymReport(total, sources, memos)
