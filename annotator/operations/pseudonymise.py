"""Pseudonymising a project: identifiers replaced everywhere, excerpts kept on their words."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass

from annotator.messages import joined, message
from annotator.model.pseudonyms import PseudonymMap
from annotator.model.text_edits import TextEdit
from annotator.operations.errors import OperationError
from annotator.operations.many_edits import edit_many
from annotator.operations.word_original import materialise
from annotator.store.store import Store


class EmptiedCodings(OperationError):
    """Codings would cover nothing; the sentence names them and nothing was changed."""


@dataclass(frozen=True, slots=True)
class PseudonymReport:
    replacements: int
    sources: int
    memos: int
    removed_codings: int = 0


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


EMPTIED = ("refuse", "remove", "placeholder")
"""What to do with codings that would cover nothing once their words are replaced by
nothing: refuse and name them, remove them, or put `placeholder` in place of the names."""


def pseudonymise(store: Store, mapping: Mapping[str, str], *, emptied: str = "refuse",
                 placeholder: str = "[name]") -> PseudonymReport:
    """Replace each identifier in every transcript and memo.

    Each transcript's replacements are edits of its text (operations/many_edits.py),
    so codings, paragraphs and the Word original follow. The stored originals of
    changed transcripts must not keep the real names: a Word original becomes itself
    with the edits made, if no name is left anywhere in it; any other goes. A
    coding that covers only a name replaced by nothing would cover nothing; `emptied`
    says what then (see EMPTIED), and by default nothing is changed and they are named.
    """
    if emptied not in EMPTIED:
        raise ValueError(emptied)
    mapping = check_mapping(mapping)
    if emptied == "placeholder":
        placeholder = placeholder.strip()
        if not placeholder:
            raise OperationError(message("Say which placeholder to put in place of the "
                                         "names, for example “[name]”."))
        mapping = {name: pseudonym or placeholder for name, pseudonym in mapping.items()}
    changed = []
    empty: list[tuple[int, int]] = []  # (source id, coding id)
    for summary in store.sources.summaries():
        source = store.sources.get(summary.id)
        assert source is not None
        pseudo = PseudonymMap(source.text, mapping)
        if pseudo.changed:
            changed.append((source.id, pseudo))
            empty += [(source.id, coding.id) for coding in store.codings.list(source.id)
                      if _span_empty(pseudo.span(coding.start, coding.end))]
    if empty and emptied == "refuse":
        raise EmptiedCodings(_emptied_sentence(store, empty))
    total = sources = memos = 0
    removed = {coding_id for _, coding_id in empty}
    for coding_id in removed:
        store.memos.delete_for("coding", [coding_id])
        store.codings.delete(coding_id)
    names = list(mapping)
    for source_id, pseudo in changed:
        sources += 1
        total += len(pseudo.replacements)
        # The edit mechanism of find and replace (operations/many_edits.py): codings
        # keep their words, paragraphs and speakers follow, the Word original's log too.
        edit_many(store, source_id, [TextEdit(r.start, r.end, pseudo.text[r.new_start:r.new_end])
                                     for r in pseudo.replacements])
        _forget_names(store, source_id, names)
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
    return PseudonymReport(total, sources, memos, len(removed))


def _forget_names(store: Store, source_id: int, names: list[str]) -> None:
    """The stored original must not keep the names: a Word original becomes itself
    with the edits made (its log emptied), unless a name is still somewhere in it (a
    header, a comment, the file's properties) or the edits cannot be made; then, like
    any other original, it goes."""
    if store.edits.has_word_original(source_id) and materialise(store, source_id):
        data = store.sources.original(source_id)
        if data is not None and not _holds(data, names):
            return
    store.edits.drop_original(source_id)


def _holds(data: bytes, names: list[str]) -> bool:
    """True when any part of the package holds a name (as text, or escaped for XML)."""
    escaped = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&apos;"))
    forms = set(names)
    for name in names:
        for how in (escaped[:3], escaped):
            form = name
            for plain, entity in how:
                form = form.replace(plain, entity)
            forms.add(form)
    wanted = [form.encode("utf-8") for form in forms]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return any(form in package.read(member) for member in package.namelist()
                       for form in wanted)
    except (zipfile.BadZipFile, OSError, ValueError):
        return True


def _span_empty(span: tuple[int, int]) -> bool:
    return span[1] <= span[0]


def _emptied_sentence(store: Store, empty: list[tuple[int, int]]) -> str:
    """The refusal that names the codings which would cover nothing (the first three)."""
    names = {s.id: s.name for s in store.sources.summaries()}
    shown = []
    for source_id, coding_id in empty[:3]:
        coding = store.codings.get(coding_id)
        code = store.codes.get(coding.code_id) if coding is not None else None
        shown.append(message("“{code}” in “{source}”", code=code.name if code else "?",
                             source=names.get(source_id, "?")))
    if len(empty) > 3:
        shown.append(message("{n} more", n=len(empty) - 3))
    return message("{n} coding(s) would cover nothing once the names they cover are replaced "
                   "by nothing ({codings}); nothing was changed: choose to remove those "
                   "codings, or to put a placeholder such as “[name]” in place of the names.",
                   n=len(empty), codings=joined(shown))
