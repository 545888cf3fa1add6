"""The analysis tables of a project, over every coder's codings or only some coders'.

Codes x participants, code co-occurrence and code frequencies (model/matrix.py
builds the matrices). A team's project holds each coder's codings side by side
(project/team.py), so each table can be limited to chosen coders: `coders=None`
counts everyone's, and a name no coding carries is an error rather than an empty
table, so that a misspelt `--coder` is not mistaken for a coder who coded nothing.
"""

from __future__ import annotations

from collections.abc import Collection

from annotator.messages import message
from annotator.model import matrix as analysis
from annotator.model.entities import Coding
from annotator.operations.errors import OperationError
from annotator.store.store import Store


class AnalysisTables:
    """The facade's analysis reads (project.code_case_matrix and its siblings)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def codings(self, coders: Collection[str] | None = None) -> list[Coding]:
        """Every coding, or only those by `coders` (each must have coded something)."""
        codings = self.store.codings.list()
        if coders is None:
            return codings
        wanted = self.check_coders(coders)
        return [coding for coding in codings if coding.coder in wanted]

    def check_coders(self, coders: Collection[str]) -> set[str]:
        """`coders` as a set, once each is known to have coded something here."""
        wanted = set(coders)
        known = set(self.store.codings.coder_counts())
        for name in sorted(wanted - known):
            raise OperationError(message("No coding in this project is by “{name}”.",
                                         name=name))
        return wanted

    def code_case_matrix(self, coders: Collection[str] | None = None) -> analysis.Matrix:
        return analysis.code_case_matrix(self.store.codes.all(), self.codings(coders),
                                         self.store.cases.all(),
                                         self.store.cases.source_case_pairs())

    def cooccurrence_matrix(self, mode: str = "overlap",
                            coders: Collection[str] | None = None) -> analysis.Matrix:
        return analysis.cooccurrence_matrix(self.store.codes.all(), self.codings(coders), mode,
                                            self.store.sources.paragraphs)

    def code_usage(self, coders: Collection[str] | None = None) -> dict[int, tuple[int, int]]:
        """code id -> (number of codings, number of transcripts it is used in)."""
        if coders is None:
            return self.store.codes.usage()  # counted by SQL, not by loading every coding
        counts: dict[int, int] = {}
        sources: dict[int, set[int]] = {}
        for coding in self.codings(coders):
            counts[coding.code_id] = counts.get(coding.code_id, 0) + 1
            sources.setdefault(coding.code_id, set()).add(coding.source_id)
        return {code_id: (n, len(sources[code_id])) for code_id, n in counts.items()}
