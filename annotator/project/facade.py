"""The Project facade: the one door through which the UI and the CLI change a project.

Every public method that changes data is one user action: it runs in one
transaction, is recorded for undo/redo, and tells subscribers what changed (see
session.py). Reads go to the store's repositories and return model dataclasses;
reads that join tables for one list are in listings.py.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from functools import partial
from pathlib import Path

from platformdirs import user_data_path

from annotator.formats.refi.model import ImportReport, RefiProject
from annotator.messages import message
from annotator.model.board import BoardModel
from annotator.model.entities import Case, Code, Coding, Memo, Source, SourceSummary
from annotator.model.excerpts import Excerpt, ListedExcerpt
from annotator.model.memos import ListedMemo
from annotator.operations import cases as case_ops
from annotator.operations import codes as code_ops
from annotator.operations import codings as coding_ops
from annotator.operations import memos as memo_ops
from annotator.operations import pseudonymise as pseudonym_ops
from annotator.operations import search as search_ops
from annotator.operations import similar as similar_ops
from annotator.operations import sources as source_ops
from annotator.operations import themes as theme_ops
from annotator.project import listings, retrieval, transfer
from annotator.project.attribute_sheets import AttributeSheets
from annotator.project.composites import CompositeActions
from annotator.project.editing import Editing
from annotator.project.session import Action, Listener, Session, existing, open_store
from annotator.project.tables import AnalysisTables
from annotator.project.team import Team
from annotator.project.transfer import Progress
from annotator.store.backups import DEFAULT_KEEP
from annotator.store.lock import ProjectLock
from annotator.store.store import Store
from annotator.store.views import Views

__all__ = ["Listener", "Progress", "Project", "default_backup_root"]


def default_backup_root() -> Path:
    return user_data_path("Annotator", appauthor=False) / "backups"


class Project:
    """An open project file with its undo history."""

    def __init__(self, store: Store, lock: ProjectLock | None = None) -> None:
        self.store = store
        self._lock = lock
        self.session = Session(store)
        self.history = self.session.history
        self._run = self.session.run
        # Changes, undo and redo are the session's (see session.py).
        self.subscribe = self.session.subscribe
        self.unsubscribe = self.session.unsubscribe
        self.batch = self.session.batch
        self.undo = self.session.undo
        self.redo = self.session.redo
        self.set_coder = self.session.set_coder
        # Other processes' changes (store/journal.py): the window watches and polls.
        self.watch_outside = self.session.watch_outside
        self.unwatch_outside = self.session.unwatch_outside
        self.poll_outside = self.session.poll_outside
        # Plain reads are the repositories' own: no facade method in between.
        self.sources = store.sources.summaries
        self.paragraphs = store.sources.paragraphs
        self.cues = store.cues.of_source
        self.codes = store.codes.all
        # The analysis tables, of every coder's codings or chosen coders' (tables.py).
        self.tables = AnalysisTables(store)
        self.code_usage = self.tables.code_usage
        self.code_case_matrix = self.tables.code_case_matrix
        self.cooccurrence_matrix = self.tables.cooccurrence_matrix
        self.illustrative_codings = store.codings.illustrative_ids
        self.codings_with_memo = store.codings.with_memo
        self.cases = store.cases.all
        self.attributes = store.cases.attributes
        self.cases_of_source = store.cases.cases_of_source
        self.theme_memberships = store.themes.memberships
        self.themes = store.themes.all
        self.theme_links = store.themes.links
        self.theme_codes = store.themes.codes
        self.theme = store.themes.get
        self.check = store.integrity_problems
        self._views = Views(store.database.conn)
        self._overlaps = listings.OverlapIndex(store, self._views)
        self.team = Team(self.session)  # merge, agreement, consensus (project/team.py)
        # Actions of several operations, one step each (project/composites.py).
        self.composite = CompositeActions(self.session)
        self.theme_from_codes = self.composite.theme_from_codes
        e = self.editing = Editing(self.session)  # transcripts' text (project/editing.py)
        self.edit_text, self.find_text, self.replace_text, self.original_bytes = (
            e.edit_text, e.find_text, e.replace_text, e.original_bytes)
        self.sheets = AttributeSheets(self.session)  # preview, then import (attribute_sheets.py)
        self.import_attributes = self.sheets.import_sheet
        self.source_contents = partial(source_ops.contents, store)  # what removing one takes

    # -- lifecycle ---------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> Project:
        return cls(Store.create(Path(path)))

    @classmethod
    def open(cls, path: Path | str, exclusive: bool = False) -> Project:
        """Open a project; `exclusive` (the app's windows) refuses a second window."""
        return cls(*open_store(Path(path), exclusive))

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
        self.session.forget_listeners()
        self.store.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def coder(self) -> str:
        """Who is working: recorded on new codings, memos and journal entries."""
        return self.session.coder

    # -- sources -----------------------------------------------------------
    rename_source = Action(message("Rename transcript"), source_ops.rename_source)
    remove_source = Action(message("Remove transcript"), source_ops.remove_source)

    def import_file(self, path: Path | str, name: str | None = None) -> int:
        """Import one transcript file; raises UnreadableFile with a sentence if it cannot."""
        return transfer.import_file(self.session, Path(path), name)

    def import_files(self, paths: Iterable[Path | str], progress: Progress | None = None,
                     refused: transfer.Refused | None = None) -> list[int]:
        """All or none, as one undoable step; unless `refused` takes the unreadable files."""
        return transfer.import_files(self.session, paths, progress, refused)

    def source(self, source_id: int) -> Source:
        return existing(self.store.sources.get(source_id), "source")

    def source_by_name(self, name: str) -> Source:
        return source_ops.by_name(self.store, name)

    # -- codes -------------------------------------------------------------
    rename_code = Action(message("Rename code"), code_ops.rename_code)
    recolor_code = Action(message("Change code colour"), code_ops.recolor_code)
    describe_code = Action(message("Describe code"), code_ops.describe_code)
    move_code = Action(message("Move code"), code_ops.move_code)
    merge_codes = Action(message("Merge codes"), code_ops.merge_codes)
    delete_code = Action(message("Delete code"), code_ops.delete_code)

    def add_code(self, name: str, parent_id: int | None = None, color: str | None = None,
                 description: str = "") -> int:
        return self._run(message("New code “{name}”", name=name.strip()),
                         code_ops.add_code, self.store, name,
                         parent_id, color, description)

    def ensure_code_path(self, path: str, color: str | None = None) -> int:
        found = code_ops.find_path(self.store, path)
        if found is not None:
            return found.id
        return self._run(message("New code “{name}”", name=path),
                         code_ops.ensure_code_path, self.store, path, color)

    def code(self, code_id: int) -> Code:
        return existing(self.store.codes.get(code_id), "code")

    def find_code(self, path: str) -> Code | None:
        return code_ops.find_path(self.store, path)

    def code_path(self, code_id: int) -> str:
        return code_ops.code_path(self.store, code_id)

    def code_paths(self) -> dict[int, str]:
        """Every code's path "Parent/Child" from one query (not one per ancestor per code)."""
        return listings.code_paths(self.store)

    # -- codings -----------------------------------------------------------
    remove_coding = Action(message("Remove coding"), coding_ops.remove_coding)
    resize_coding = Action(message("Adjust excerpt"), coding_ops.resize_coding)
    set_coding_memo = Action(message("Edit excerpt memo"), coding_ops.set_coding_memo)

    def add_coding(self, source_id: int, code_id: int, start: int, end: int, memo: str = "",
                   coder: str | None = None) -> int:
        return self._run(message("Code excerpt"),
                         coding_ops.add_coding, self.store, source_id, code_id,
                         start, end, coder=coder or self.coder, memo=memo)

    def mark_illustrative(self, coding_id: int, illustrative: bool = True) -> None:
        self._run(message("Mark illustrative") if illustrative else message("Unmark illustrative"),
                  coding_ops.mark_illustrative, self.store, coding_id, illustrative)

    def codings(self, source_id: int | None = None, code_id: int | None = None) -> list[Coding]:
        return self.store.codings.list(source_id, None if code_id is None else [code_id])

    def excerpts(self, code_ids: Iterable[int]) -> list[Excerpt]:
        """Every excerpt coded with any of `code_ids`, in transcript order, with context."""
        return listings.excerpts_of(self.store,
                                    self.store.codings.list(code_ids=sorted(set(code_ids))))

    def excerpt_rows(self, code_ids: Iterable[int] | None = None, *,
                     coding_ids: Iterable[int] | None = None, theme_id: int | None = None,
                     sub_codes: bool = False, coder: str | None = None) -> list[ListedExcerpt]:
        """Excerpts with context, code path, coder and participants: see retrieval.py."""
        return retrieval.excerpt_rows(self.store, self._views, code_ids, coding_ids, theme_id,
                                      sub_codes, coder)

    def overlapping_codings(self, source_id: int, start: int, end: int) -> list[Coding]:
        """The codings of a transcript sharing text with [start, end), in document order."""
        return self._overlaps.overlapping(source_id, start, end)

    def coding(self, coding_id: int) -> Coding:
        return existing(self.store.codings.get(coding_id), "coding")

    # -- memos and journal -------------------------------------------------
    delete_memo = Action(message("Delete memo"), memo_ops.delete_memo)

    def set_memo(self, kind: str, target_id: int | None, body: str, title: str = "") -> int:
        return self._run(message("Edit memo"), memo_ops.set_memo, self.store, kind, target_id, body,
                         title=title, author=self.coder)

    def add_journal_entry(self, title: str, body: str, created: str | None = None) -> int:
        return self._run(message("New journal entry"),
                         memo_ops.add_journal_entry, self.store, title,
                         body, author=self.coder, created=created)

    def edit_memo(self, memo_id: int, title: str, body: str) -> None:
        self._run(message("Edit memo"),
                  memo_ops.edit_memo, self.store, memo_id, title=title, body=body)

    def memos(self, kind: str | None = None) -> list[Memo]:
        return self.store.memos.list(kind)

    def memo_for(self, kind: str, target_id: int | None) -> Memo | None:
        return self.store.memos.for_target(kind, target_id)

    def memo_rows(self) -> list[ListedMemo]:
        """What the memos list shows: every memo and excerpt memo, named by its subject."""
        return listings.memo_rows(self.store, self._views)

    # -- search (see operations/search.py) ------------------------------------
    def search(self, query: search_ops.SearchQuery | str) -> search_ops.SearchResults:
        return search_ops.search(self.store, query)

    def code_all_hits(self, hits: list[search_ops.Hit], code_id: int, widen: str = "none"
                      ) -> list[int]:
        return self._run(message("Code {n} search results", n=len(hits)), search_ops.code_all_hits,
                         self.store, hits, code_id, widen, coder=self.coder)

    def speakers(self) -> list[str]:
        return self.store.search.speakers()

    # -- cases and attributes ----------------------------------------------
    add_case = Action(message("New participant"), case_ops.add_case)
    rename_case = Action(message("Rename participant"), case_ops.rename_case)
    delete_case = Action(message("Delete participant"), case_ops.delete_case)
    delete_attribute = Action(message("Delete attribute"), case_ops.delete_attribute)
    set_case_value = Action(message("Edit attribute value"), case_ops.set_case_value)
    assign_source_to_case = Action(message("Assign transcript"), case_ops.assign_source_to_case)
    unassign_source_from_case = Action(message("Unassign transcript"),
                                       case_ops.unassign_source_from_case)

    def add_attribute(self, name: str, type: str = "text", choices: Iterable[str] = ()) -> int:
        return self._run(message("New attribute"), case_ops.add_attribute, self.store, name, type,
                         tuple(choices))

    def edit_attribute(self, attribute_id: int, name: str, type: str,
                       choices: Iterable[str] = ()) -> None:
        """Rename an attribute or change its type and choices (values must still fit)."""
        self._run(message("Edit attribute"),
                  case_ops.edit_attribute, self.store, attribute_id, name,
                  type, tuple(choices))

    def attribute_value_count(self, attribute_id: int) -> int:
        return len(self.store.cases.values_of(attribute_id))

    def sources_by_case(self) -> list[tuple[Case | None, list[SourceSummary]]]:
        """Transcripts grouped by participant (several: under each), then those with none."""
        return listings.sources_by_case(self.store)

    # -- themes --------------------------------------------------------------
    update_theme = Action(message("Edit theme"), theme_ops.update_theme)
    delete_theme = Action(message("Delete theme"), theme_ops.delete_theme)
    add_code_to_theme = Action(message("Add code to theme"), theme_ops.add_code_to_theme)
    remove_code_from_theme = Action(message("Remove code from theme"),
                                    theme_ops.remove_code_from_theme)
    link_themes = Action(message("Link themes"), theme_ops.link_themes)
    relabel_link = Action(message("Relabel link"), theme_ops.relabel_link)
    unlink_themes = Action(message("Remove link"), theme_ops.unlink_themes)
    move_code_to_theme = Action(message("Move code to theme"), theme_ops.move_code_to_theme)

    def add_theme(self, name: str, parent_id: int | None = None, definition: str = "",
                  status: str = "candidate", color: str | None = None, x: float = 0,
                  y: float = 0, width: float = 260, height: float = 180) -> int:
        return self._run(message("New theme “{name}”", name=name.strip()),
                         theme_ops.add_theme, self.store, name,
                         parent_id=parent_id, definition=definition, status=status,
                         color=color, x=x, y=y, width=width, height=height)

    def theme_excerpts(self, theme_id: int) -> list[Excerpt]:
        """Every excerpt behind a theme: its codes' and its sub-themes' codes', once each."""
        return self.excerpts(listings.theme_code_ids(self.store, theme_id))

    def board_model(self) -> BoardModel:
        """A snapshot of what the theme board shows."""
        return listings.load_board(self.store, BoardModel(), ("themes", "codes", "usage"))

    def reload_board(self, model: BoardModel, parts: Collection[str]) -> None:
        """Read again the `parts` ("themes", "codes", "usage") of a board snapshot."""
        listings.load_board(self.store, model, parts)

    # -- exchange ----------------------------------------------------------------
    def import_exchange(self, path: Path | str) -> ImportReport:
        """Import a REFI-QDA .qdpx/.qdc/.qde as one transaction and one undo step."""
        return transfer.import_exchange(self.session, Path(path))

    def export_qdpx(self, out: Path | str,
                    pseudonyms: Mapping[str, str] | None = None) -> RefiProject:
        """The whole project as REFI-QDA 1.5, `pseudonyms` applied to the copy only."""
        return transfer.export_qdpx(self.session, self.name, Path(out), pseudonyms)

    def export_codebook(self, out: Path | str) -> RefiProject:
        return transfer.export_codebook(self.session, self.name, Path(out))

    # -- safety ----------------------------------------------------------------
    pseudonymise = Action(message("Pseudonymise"), pseudonym_ops.pseudonymise)

    def take_backup(self, root: Path | None = None, keep: int = DEFAULT_KEEP) -> Path:
        """A consistent copy of the project in the backup folder (the newest `keep` stay)."""
        return self.store.take_backup(root or default_backup_root(), keep)

    # -- summary -------------------------------------------------------------
    def info(self) -> dict[str, int]:
        """How many of each thing the project holds, and its schema version."""
        return listings.info(self.store)

    # -- similar passages (see operations/similar.py) ---------------------------
    def similar_passages(self, request: similar_ops.SimilarRequest, limit: int = 50
                         ) -> similar_ops.SimilarResults:
        """Passages like a code's (theme's, excerpt's, selection's) text, best first."""
        return similar_ops.similar(self.store, request, limit)

    def similar_pending(self) -> list[int]:
        """Transcripts whose passages are not indexed yet."""
        return similar_ops.pending(self.store)

    def similar_index_job(self, source_id: int) -> similar_ops.IndexJob | None:
        return similar_ops.read_job(self.store, source_id)

    def save_similar_index(self, job: similar_ops.IndexJob,
                           rows: list[tuple[similar_ops.Passage, list[str]]]) -> bool:
        """Keep a job's passages (worked out anywhere); False if the transcript changed."""
        return similar_ops.save_job(self.store, job, rows)

    def build_similar_index(self, progress: similar_ops.IndexProgress | None = None) -> int:
        return similar_ops.build_index(self.store, progress)

    def warm_similar(self, sources: int = 4) -> bool:
        """Read a few more indexed transcripts into memory; True when all are."""
        return similar_ops.warm_up(self.store, sources)

    def code_similar(self, spans: list[tuple[int, int, int]], code_id: int) -> list[int]:
        """Code passages (source, start, end) with a code, as one undo step."""
        return self._run(message("Code {n} similar passages", n=len(spans)),
                         similar_ops.code_passages,
                         self.store, spans, code_id, coder=self.coder)

    dismiss_similar = Action(message("Mark not relevant"), similar_ops.dismiss)
