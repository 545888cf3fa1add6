"""The Project facade: the one door through which the UI and the CLI change a project.

Every public method that changes data is one user action: it runs in one
transaction, is recorded for undo/redo, and tells subscribers what changed.
Reads go straight to the store's repositories and return model dataclasses.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import ParamSpec, TypeVar

from platformdirs import user_data_path

from annotator.formats.reader import read_file
from annotator.formats.refi.model import ImportReport, RefiProject
from annotator.formats.refi.pseudonyms import apply_pseudonyms
from annotator.formats.refi.reader import read_exchange_file
from annotator.formats.refi.writer import write_codebook, write_qdpx
from annotator.formats.tables.attribute_sheet import read_sheet
from annotator.messages import message
from annotator.model import matrix as analysis
from annotator.model.entities import (
    Attribute,
    Case,
    Code,
    Coding,
    Cue,
    Memo,
    Paragraph,
    Source,
    SourceSummary,
    Theme,
    ThemeLink,
)
from annotator.model.excerpts import Excerpt, make_excerpt
from annotator.operations import attribute_import, exchange
from annotator.operations import cases as case_ops
from annotator.operations import codes as code_ops
from annotator.operations import codings as coding_ops
from annotator.operations import memos as memo_ops
from annotator.operations import search as search_ops
from annotator.operations import sources as source_ops
from annotator.operations import themes as theme_ops
from annotator.operations.changes import Changes
from annotator.operations.errors import OperationError
from annotator.operations.history import History
from annotator.operations.pseudonymise import PseudonymReport, check_mapping, pseudonymise
from annotator.store.backups import DEFAULT_KEEP
from annotator.store.lock import ProjectLock
from annotator.store.store import Store
from annotator.store.undolog import LogEntry

P = ParamSpec("P")


def default_backup_root() -> Path:
    return user_data_path("Annotator", appauthor=False) / "backups"


T = TypeVar("T")

Listener = Callable[[Changes], None]
Progress = Callable[[int, int, str], bool]
"""progress(done, total, current file name) -> False to cancel."""


class Project:
    """An open project file with its undo history."""

    def __init__(self, store: Store, lock: ProjectLock | None = None) -> None:
        self.store = store
        self._lock = lock
        self.history = History()
        self._listeners: list[Listener] = []
        self._batch: list[tuple[str, list[LogEntry]]] = []
        self._coder_name = ""

    # -- lifecycle ---------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> Project:
        return cls(Store.create(Path(path)))

    @classmethod
    def open(cls, path: Path | str, exclusive: bool = False) -> Project:
        """Open a project; `exclusive` (the app's windows) refuses a second window."""
        path = Path(path)
        lock = None
        if exclusive:
            lock = ProjectLock(path)
            lock.acquire()
        try:
            return cls(Store.open(path), lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def closed(self) -> bool:
        """True once closed: late timers and queued events must leave it alone."""
        return self.store.database.closed

    @property
    def read_only(self) -> bool:
        """True when the file cannot be written: every change is refused with a sentence."""
        return self.store.database.read_only

    def close(self) -> None:
        self._listeners.clear()
        self.store.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_coder(self, name: str) -> None:
        """Who is working in this session (the app's "coder name" preference): recorded
        on new codings, memos and journal entries. Empty falls back to the project's
        stored coder, then to the operating-system user.
        """
        self._coder_name = name.strip()

    @property
    def coder(self) -> str:
        if self._coder_name:
            return self._coder_name
        try:
            return self.store.meta("coder") or getpass.getuser()
        except (KeyError, OSError):
            return "researcher"

    # -- changes, undo, redo ----------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, changes: Changes) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    def _run(self, label: str, action: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        if self._batch:
            # Inside batch(): the batch's transaction and undo step hold everything.
            return action(*args, **kwargs)
        with self.store.recorded() as recording:
            result = action(*args, **kwargs)
        self.history.record(label, recording.entries)
        self._notify(Changes.from_entries(recording.entries, label))
        return result

    @contextmanager
    def batch(self, label: str) -> Iterator[None]:
        """Group several operations into one transaction and one undo step."""
        if self._batch:
            yield
            return
        self._batch.append((label, []))
        try:
            with self.store.recorded() as recording:
                yield
        finally:
            self._batch.clear()
        self.history.record(label, recording.entries)
        self._notify(Changes.from_entries(recording.entries, label))

    def undo(self) -> Changes:
        changes = self.history.undo(self.store)
        self._notify(changes)
        return changes

    def redo(self) -> Changes:
        changes = self.history.redo(self.store)
        self._notify(changes)
        return changes

    # -- sources -----------------------------------------------------------
    def import_file(self, path: Path | str, name: str | None = None) -> int:
        """Import one .docx or .txt file; raises UnreadableFile with a sentence if it cannot."""
        path = Path(path)
        imported, original = read_file(path)
        return self._run(
            f"Import “{path.name}”", source_ops.add_source, self.store, imported,
            name=name or path.stem, file_name=path.name, original=original,
        )

    def import_files(
        self, paths: Iterable[Path | str], progress: Progress | None = None
    ) -> list[int]:
        """Import several files as one undoable step; all land or none do.

        Files are read before the transaction starts, so a bad file stops the
        import with the project unchanged and no write lock held while parsing.
        """
        paths = [Path(p) for p in paths]
        read = []
        for done, path in enumerate(paths):
            if progress is not None and not progress(done, len(paths), path.name):
                return []
            read.append((path, *read_file(path)))
        label = f"Import {len(paths)} files" if len(paths) != 1 else f"Import “{paths[0].name}”"
        ids: list[int] = []
        with self.batch(label):
            for path, imported, original in read:
                ids.append(source_ops.add_source(
                    self.store, imported, name=path.stem, file_name=path.name,
                    original=original))
        if progress is not None:
            progress(len(paths), len(paths), "")
        return ids

    def rename_source(self, source_id: int, name: str) -> None:
        self._run("Rename transcript", source_ops.rename_source, self.store, source_id, name)

    def remove_source(self, source_id: int) -> None:
        self._run("Remove transcript", source_ops.remove_source, self.store, source_id)

    def sources(self) -> list[SourceSummary]:
        return self.store.sources.summaries()

    def source(self, source_id: int) -> Source:
        source = self.store.sources.get(source_id)
        if source is None:
            raise OperationError(message("That transcript no longer exists."))
        return source

    def source_by_name(self, name: str) -> Source:
        source = self.store.sources.by_name(name)
        if source is None:
            names = ", ".join(s.name for s in self.sources())
            if not names:
                raise OperationError(message(
                    "There is no transcript called “{name}” (there are: none yet).", name=name))
            raise OperationError(message(
                "There is no transcript called “{name}” (there are: {names}).",
                name=name, names=names))
        return source

    def paragraphs(self, source_id: int) -> list[Paragraph]:
        return self.store.sources.paragraphs(source_id)

    def original_bytes(self, source_id: int) -> bytes | None:
        return self.store.sources.original(source_id)

    def cues(self, source_id: int) -> list[Cue]:
        """When each stretch of a subtitle import was spoken (empty for other sources)."""
        return self.store.cues.of_source(source_id)

    # -- codes -------------------------------------------------------------
    def add_code(self, name: str, parent_id: int | None = None, color: str | None = None,
                 description: str = "") -> int:
        return self._run(f"New code “{name.strip()}”", code_ops.add_code, self.store, name,
                         parent_id, color, description)

    def ensure_code_path(self, path: str, color: str | None = None) -> int:
        found = code_ops.find_path(self.store, path)
        if found is not None:
            return found.id
        return self._run(f"New code “{path}”", code_ops.ensure_code_path, self.store, path, color)

    def rename_code(self, code_id: int, name: str) -> None:
        self._run("Rename code", code_ops.rename_code, self.store, code_id, name)

    def recolor_code(self, code_id: int, color: str) -> None:
        self._run("Change code colour", code_ops.recolor_code, self.store, code_id, color)

    def describe_code(self, code_id: int, description: str) -> None:
        self._run("Describe code", code_ops.describe_code, self.store, code_id, description)

    def move_code(self, code_id: int, parent_id: int | None, index: int | None = None) -> None:
        self._run("Move code", code_ops.move_code, self.store, code_id, parent_id, index)

    def merge_codes(self, source_id: int, target_id: int) -> None:
        self._run("Merge codes", code_ops.merge_codes, self.store, source_id, target_id)

    def delete_code(self, code_id: int) -> None:
        self._run("Delete code", code_ops.delete_code, self.store, code_id)

    def codes(self) -> list[Code]:
        return self.store.codes.all()

    def code(self, code_id: int) -> Code:
        code = self.store.codes.get(code_id)
        if code is None:
            raise OperationError(message("That code no longer exists."))
        return code

    def find_code(self, path: str) -> Code | None:
        return code_ops.find_path(self.store, path)

    def code_path(self, code_id: int) -> str:
        return code_ops.code_path(self.store, code_id)

    def code_usage(self) -> dict[int, tuple[int, int]]:
        """code id -> (codings, sources) for codes in use."""
        return self.store.codes.usage()

    # -- codings -----------------------------------------------------------
    def add_coding(self, source_id: int, code_id: int, start: int, end: int, memo: str = "",
                   coder: str | None = None) -> int:
        return self._run("Code excerpt", coding_ops.add_coding, self.store, source_id, code_id,
                         start, end, coder=coder or self.coder, memo=memo)

    def remove_coding(self, coding_id: int) -> None:
        self._run("Remove coding", coding_ops.remove_coding, self.store, coding_id)

    def resize_coding(self, coding_id: int, start: int, end: int) -> None:
        self._run("Adjust excerpt", coding_ops.resize_coding, self.store, coding_id, start, end)

    def set_coding_memo(self, coding_id: int, memo: str) -> None:
        self._run("Edit excerpt memo", coding_ops.set_coding_memo, self.store, coding_id, memo)

    def mark_illustrative(self, coding_id: int, illustrative: bool = True) -> None:
        self._run("Mark illustrative" if illustrative else "Unmark illustrative",
                  coding_ops.mark_illustrative, self.store, coding_id, illustrative)

    def illustrative_codings(self) -> set[int]:
        """Codings the researcher chose to quote in the theme report."""
        return self.store.codings.illustrative_ids()

    def codings(self, source_id: int | None = None, code_id: int | None = None) -> list[Coding]:
        return self.store.codings.list(source_id, None if code_id is None else [code_id])

    def excerpts(self, code_ids: Iterable[int]) -> list[Excerpt]:
        """Every excerpt coded with any of `code_ids`, in transcript order, with context."""
        codings = self.store.codings.list(code_ids=sorted(set(code_ids)))
        excerpts: list[Excerpt] = []
        cache: dict[int, tuple[Source, list[Paragraph], list[int]]] = {}
        for coding in codings:
            if coding.source_id not in cache:
                paragraphs = self.paragraphs(coding.source_id)
                cache[coding.source_id] = (self.source(coding.source_id), paragraphs,
                                           [p.start for p in paragraphs])
            source, paragraphs, starts = cache[coding.source_id]
            excerpts.append(make_excerpt(coding, source.name, source.text, paragraphs, starts))
        return excerpts

    def coding(self, coding_id: int) -> Coding:
        coding = self.store.codings.get(coding_id)
        if coding is None:
            raise OperationError(message("That coding no longer exists."))
        return coding

    # -- memos and journal -------------------------------------------------
    def set_memo(self, kind: str, target_id: int | None, body: str, title: str = "") -> int:
        return self._run("Edit memo", memo_ops.set_memo, self.store, kind, target_id, body,
                         title=title, author=self.coder)

    def add_journal_entry(self, title: str, body: str, created: str | None = None) -> int:
        return self._run("New journal entry", memo_ops.add_journal_entry, self.store, title,
                         body, author=self.coder, created=created)

    def edit_memo(self, memo_id: int, title: str, body: str) -> None:
        self._run("Edit memo", memo_ops.edit_memo, self.store, memo_id, title=title, body=body)

    def delete_memo(self, memo_id: int) -> None:
        self._run("Delete memo", memo_ops.delete_memo, self.store, memo_id)

    def memos(self, kind: str | None = None) -> list[Memo]:
        return self.store.memos.list(kind)

    def memo_for(self, kind: str, target_id: int | None) -> Memo | None:
        return self.store.memos.for_target(kind, target_id)

    # -- search (see operations/search.py) ------------------------------------
    def search(self, query: search_ops.SearchQuery | str) -> search_ops.SearchResults:
        return search_ops.search(self.store, query)

    def code_all_hits(self, hits: list[search_ops.Hit], code_id: int, widen: str = "none"
                      ) -> list[int]:
        return self._run(f"Code {len(hits)} search results", search_ops.code_all_hits,
                         self.store, hits, code_id, widen, coder=self.coder)

    def speakers(self) -> list[str]:
        return self.store.search.speakers()

    # -- cases and attributes ----------------------------------------------
    def add_case(self, name: str, description: str = "") -> int:
        return self._run("New participant", case_ops.add_case, self.store, name, description)

    def rename_case(self, case_id: int, name: str) -> None:
        self._run("Rename participant", case_ops.rename_case, self.store, case_id, name)

    def delete_case(self, case_id: int) -> None:
        self._run("Delete participant", case_ops.delete_case, self.store, case_id)

    def add_attribute(self, name: str, type: str = "text", choices: Iterable[str] = ()) -> int:
        return self._run("New attribute", case_ops.add_attribute, self.store, name, type,
                         tuple(choices))

    def edit_attribute(self, attribute_id: int, name: str, type: str,
                       choices: Iterable[str] = ()) -> None:
        """Rename an attribute or change its type and choices (values must still fit)."""
        self._run("Edit attribute", case_ops.edit_attribute, self.store, attribute_id, name,
                  type, tuple(choices))

    def delete_attribute(self, attribute_id: int) -> None:
        """Remove an attribute column with every participant's value for it."""
        self._run("Delete attribute", case_ops.delete_attribute, self.store, attribute_id)

    def attribute_value_count(self, attribute_id: int) -> int:
        return len(self.store.cases.values_of(attribute_id))

    def set_case_value(self, case_id: int, attribute_id: int, value: str | None) -> None:
        self._run("Edit attribute value", case_ops.set_case_value, self.store, case_id,
                  attribute_id, value)

    def assign_source_to_case(self, source_id: int, case_id: int) -> None:
        self._run("Assign transcript", case_ops.assign_source_to_case, self.store, source_id,
                  case_id)

    def unassign_source_from_case(self, source_id: int, case_id: int) -> None:
        self._run("Unassign transcript", case_ops.unassign_source_from_case, self.store,
                  source_id, case_id)

    def cases(self) -> list[Case]:
        return self.store.cases.all()

    def attributes(self) -> list[Attribute]:
        return self.store.cases.attributes()

    def sources_by_case(self) -> list[tuple[Case | None, list[SourceSummary]]]:
        """Transcripts grouped by participant, then those with none (case None).

        A transcript with several participants appears under each of them.
        """
        summaries = {s.id: s for s in self.sources()}
        by_case: dict[int, list[SourceSummary]] = {}
        assigned: set[int] = set()
        for source_id, case_id in self.store.cases.source_case_pairs():
            by_case.setdefault(case_id, []).append(summaries[source_id])
            assigned.add(source_id)
        groups: list[tuple[Case | None, list[SourceSummary]]] = [
            (case, by_case[case.id]) for case in self.cases() if case.id in by_case
        ]
        rest = [s for s in summaries.values() if s.id not in assigned]
        if rest:
            groups.append((None, rest))
        return groups

    def cases_of_source(self, source_id: int) -> list[int]:
        return self.store.cases.cases_of_source(source_id)

    # -- analysis (matrices; attribute sheets) -------------------------------
    def code_case_matrix(self) -> analysis.Matrix:
        return analysis.code_case_matrix(self.codes(), self.codings(), self.cases(),
                                         self.store.cases.source_case_pairs())

    def cooccurrence_matrix(self, mode: str = "overlap") -> analysis.Matrix:
        return analysis.cooccurrence_matrix(self.codes(), self.codings(), mode, self.paragraphs)

    def import_attributes(self, path: Path | str, name_column: str | None = None
                          ) -> attribute_import.AttributeImportReport:
        return self._run("Import attributes", attribute_import.import_sheet, self.store,
                         read_sheet(path), name_column)

    # -- themes --------------------------------------------------------------
    def add_theme(self, name: str, parent_id: int | None = None, definition: str = "",
                  status: str = "candidate", color: str | None = None, x: float = 0,
                  y: float = 0, width: float = 260, height: float = 180) -> int:
        return self._run(f"New theme “{name.strip()}”", theme_ops.add_theme, self.store, name,
                         parent_id=parent_id, definition=definition, status=status,
                         color=color, x=x, y=y, width=width, height=height)

    def update_theme(self, theme_id: int, **fields: object) -> None:
        self._run("Edit theme", theme_ops.update_theme, self.store, theme_id, **fields)

    def delete_theme(self, theme_id: int) -> None:
        self._run("Delete theme", theme_ops.delete_theme, self.store, theme_id)

    def add_code_to_theme(self, theme_id: int, code_id: int) -> None:
        self._run("Add code to theme", theme_ops.add_code_to_theme, self.store, theme_id,
                  code_id)

    def remove_code_from_theme(self, theme_id: int, code_id: int) -> None:
        self._run("Remove code from theme", theme_ops.remove_code_from_theme, self.store,
                  theme_id, code_id)

    def link_themes(self, from_theme_id: int, to_theme_id: int, label: str = "") -> int:
        return self._run("Link themes", theme_ops.link_themes, self.store, from_theme_id,
                         to_theme_id, label)

    def relabel_link(self, link_id: int, label: str) -> None:
        self._run("Relabel link", theme_ops.relabel_link, self.store, link_id, label)

    def unlink_themes(self, link_id: int) -> None:
        self._run("Remove link", theme_ops.unlink_themes, self.store, link_id)

    def move_code_to_theme(self, code_id: int, from_theme_id: int, to_theme_id: int) -> None:
        self._run("Move code to theme", theme_ops.move_code_to_theme, self.store, code_id,
                  from_theme_id, to_theme_id)

    def theme_from_codes(self, name: str, code_ids: Iterable[int], x: float = 0,
                         y: float = 0) -> int:
        return self._run(f"New theme “{name.strip()}”", theme_ops.theme_from_codes, self.store,
                         name, list(code_ids), x=x, y=y)

    def theme_memberships(self) -> list[tuple[int, int]]:
        """Every (theme id, code id) pair: one query for a whole board."""
        return self.store.themes.memberships()

    def theme_excerpts(self, theme_id: int) -> list[Excerpt]:
        """Every excerpt behind a theme: its codes' and its sub-themes' codes', once each."""
        family = theme_ops.theme_family(self.store, theme_id)
        code_ids = {code for theme in family for code in self.store.themes.codes(theme)}
        return self.excerpts(code_ids)

    def themes(self) -> list[Theme]:
        return self.store.themes.all()

    def theme_links(self) -> list[ThemeLink]:
        return self.store.themes.links()

    def theme_codes(self, theme_id: int) -> list[int]:
        return self.store.themes.codes(theme_id)

    # -- exchange ----------------------------------------------------------------
    def import_exchange(self, path: Path | str) -> ImportReport:
        """Import a REFI-QDA .qdpx/.qdc/.qde as one transaction and one undo step.

        The file is read and checked before the transaction starts, so a refused
        file leaves the project untouched and holds no write lock while parsing.
        """
        path = Path(path)
        refi = read_exchange_file(path)
        with self.batch(f"Import “{path.name}”"):
            return exchange.import_refi(self.store, refi, path.name)

    def export_qdpx(self, out: Path | str,
                    pseudonyms: Mapping[str, str] | None = None) -> RefiProject:
        """Write the whole project as REFI-QDA 1.5; returns what was written.

        With `pseudonyms`, the exported copy has them applied; the project does not.
        """
        refi = exchange.to_refi(self.store, self.name)
        if pseudonyms:
            apply_pseudonyms(refi, check_mapping(pseudonyms))
        write_qdpx(refi, Path(out))
        return refi

    def export_codebook(self, out: Path | str) -> RefiProject:
        refi = exchange.to_refi(self.store, self.name)
        write_codebook(refi, Path(out))
        return refi

    # -- safety ----------------------------------------------------------------
    def pseudonymise(self, mapping: Mapping[str, str]) -> PseudonymReport:
        """Replace identifiers in every transcript and memo, as one undoable step."""
        return self._run("Pseudonymise", pseudonymise, self.store, mapping)

    def take_backup(self, root: Path | None = None, keep: int = DEFAULT_KEEP) -> Path:
        """A consistent copy of the project in the backup folder (the newest `keep` stay)."""
        return self.store.take_backup(root or default_backup_root(), keep)

    def check(self) -> list[str]:
        """Integrity and consistency problems, each one plain sentence ([] when sound)."""
        return self.store.integrity_problems()

    # -- summary -------------------------------------------------------------
    def info(self) -> dict[str, int]:
        store = self.store
        return {
            "sources": store.sources.count(),
            "words": store.sources.total_words(),
            "codes": store.codes.count(),
            "codings": store.codings.count(),
            "themes": store.themes.count(),
            "memos": store.memos.count(),
            "cases": store.cases.count(),
            "schema_version": store.schema_version(),
        }
