"""Pseudonyms applied to an outgoing REFI-QDA project only: the project keeps its names."""

from __future__ import annotations

from collections.abc import Mapping

from annotator.formats.refi.model import RefiProject
from annotator.model.pseudonyms import PseudonymMap


def apply_pseudonyms(refi: RefiProject, mapping: Mapping[str, str]) -> int:
    """Replace identifiers in texts, selections, notes and names; returns how many.

    The original Word files are left out of the copy: they still hold the names.
    """
    total = 0
    for source in refi.sources:
        pseudo = PseudonymMap(source.text, mapping)
        total += len(pseudo.replacements)
        if pseudo.changed:
            source.text = pseudo.text
            source.rich = None
            for selection in source.selections:
                selection.start, selection.end = pseudo.span(selection.start, selection.end)
        source.name = PseudonymMap(source.name, mapping).text
        for selection in source.selections:
            selection.description = PseudonymMap(selection.description, mapping).text
    for note in refi.notes:
        text, name = PseudonymMap(note.text, mapping), PseudonymMap(note.name, mapping)
        total += len(text.replacements) + len(name.replacements)
        note.text, note.name = text.text, name.text
    for case in refi.cases:
        case.name = PseudonymMap(case.name, mapping).text
    return total
