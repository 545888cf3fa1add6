"""Team coding at the facade's level: another copy merged in, agreement measured.

The other copy is read before the merge's transaction starts: an Annotator project
is opened as a store of its own (a file brought forward keeps a backup, as on any
open); a REFI-QDA .qdpx from another tool is first imported into a scratch project
in a temporary folder, so that it is merged by the very same rules (its users are
the codings' coders).
"""

from __future__ import annotations

import tempfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from annotator.formats.refi.reader import read_exchange_file
from annotator.messages import message
from annotator.model.agreement import (
    AlphaAgreement,
    CharacterAgreement,
    character_agreement,
    krippendorff_alpha,
)
from annotator.model.disagreements import Disagreement, disagreements
from annotator.model.segment_agreement import (
    PresenceCounts,
    SegmentAgreement,
    code_presence,
    segment_agreement,
)
from annotator.operations import consensus, exchange
from annotator.operations.errors import OperationError
from annotator.operations.merge import MergeReport, merge_store
from annotator.project.session import Session
from annotator.store.store import Store

EXCHANGE_SUFFIXES = (".qdpx", ".qde")
CONSENSUS_CODER = "consensus"
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class AgreementReport:
    """Every measure for one comparison, over the chosen transcripts and codes."""

    coder_a: str
    coder_b: str
    characters: CharacterAgreement
    segments: SegmentAgreement
    presence: dict[int, PresenceCounts]
    alpha: AlphaAgreement


class Team:
    """`project.team`: merging coders' copies, agreement and consensus."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def store(self) -> Store:
        return self.session.store

    def merge(self, path: Path | str, *, add_edited: bool = False,
              take_theirs: bool = False) -> MergeReport:
        """Merge the project (or .qdpx) at `path` into this one, as one undo step."""
        path = Path(path)
        if path.resolve() == self.store.path.resolve():
            raise OperationError(message("A project cannot be merged into itself."))
        label = message("Merge “{name}”", name=path.name)
        with tempfile.TemporaryDirectory(prefix="annotator-merge-") as folder:
            if path.suffix.lower() in EXCHANGE_SUFFIXES:
                refi = read_exchange_file(path)
                other = Store.create(Path(folder) / "scratch.annotator")
                try:
                    with other.recorded():
                        exchange.import_refi(other, refi, path.name)
                except BaseException:
                    other.close()
                    raise
            else:
                other = Store.open(path)
            try:
                with self.session.batch(label):
                    return merge_store(self.store, other, path.name, add_edited=add_edited,
                                       take_theirs=take_theirs)
            finally:
                other.close()

    def coders(self) -> list[str]:
        """Every coder with a coding in the project, most codings first."""
        counts = self.store.codings.coder_counts()
        return sorted(counts, key=lambda name: (-counts[name], name))

    def _check(self, names: Sequence[str]) -> None:
        if len(set(names)) < 2 or len(set(names)) != len(names):
            raise OperationError(message("Choose two different coders."))
        known = set(self.coders())
        for name in names:
            if name not in known:
                raise OperationError(message("No coding in this project is by “{name}”.",
                                             name=name))

    def _lengths(self, source_ids: Collection[int] | None) -> dict[int, int]:
        lengths = {s.id: s.length for s in self.store.sources.summaries()}
        if source_ids is None:
            return lengths
        return {s: lengths[s] for s in source_ids if s in lengths}

    def agreement(self, coder_a: str, coder_b: str, code_ids: Collection[int] | None = None,
                  source_ids: Collection[int] | None = None,
                  threshold: float = 0.9) -> AgreementReport:
        """Character, segment, presence and alpha agreement of two coders."""
        self._check([coder_a, coder_b])
        if not 0 < threshold <= 1:
            raise OperationError(message("The overlap must be between 1 and 100 %."))
        lengths = self._lengths(source_ids)
        codings = self.store.codings.list(
            code_ids=sorted(code_ids) if code_ids is not None else None)
        return AgreementReport(
            coder_a, coder_b,
            character_agreement(codings, lengths, coder_a, coder_b, code_ids),
            segment_agreement(codings, lengths, coder_a, coder_b, threshold, code_ids),
            code_presence(codings, lengths, coder_a, coder_b, code_ids),
            krippendorff_alpha(codings, lengths, [coder_a, coder_b], code_ids))

    def alpha(self, names: Sequence[str], code_ids: Collection[int] | None = None,
              source_ids: Collection[int] | None = None) -> AlphaAgreement:
        """Krippendorff's alpha for two or more coders."""
        self._check(names)
        return krippendorff_alpha(self.store.codings.list(), self._lengths(source_ids),
                                  list(names), code_ids)

    def disagreements(self, coder_a: str, coder_b: str,
                      code_ids: Collection[int] | None = None,
                      source_ids: Collection[int] | None = None) -> list[Disagreement]:
        return disagreements(self.store.codings.list(), coder_a, coder_b, code_ids, source_ids)

    def resolved(self, items: list[Disagreement],
                 coder: str = CONSENSUS_CODER) -> set[consensus.Place]:
        """The disagreements among `items` with a consensus decision."""
        return consensus.resolved(self.store, items, coder)

    def resolve(self, item: Disagreement, spans: Sequence[Span],
                coder: str = CONSENSUS_CODER) -> list[int]:
        """One consensus decision (one undo step): `spans` coded under `coder`, or
        none to keep neither."""
        label = message("Consensus decision") if spans else message("Consensus: keep neither")
        return self.session.run(label, consensus.resolve, self.store, item.key, list(spans),
                                coder)
