"""Another coder's copy of a project brought into this one: the merge of team coding.

Runs inside one `Project.batch(...)`: one transaction, one undo step. Reads the
other project's store, writes this one's. Everything is matched before anything is
added, so that merging the same copy twice adds nothing:

- transcripts by GUID (with the same text), then by text (SHA-256 of it: a copy
  renamed in one project), preferring the same GUID, then the same name; a transcript
  whose GUID or name matches but whose text differs was edited in one copy: it is
  reported and left out, or added as a separate transcript when asked;
- codes by GUID, then by path; a code renamed in one copy is matched by GUID and
  the report names both names (this project's name is kept);
- codings keep their coder; one with the same transcript, code, range and coder as
  one here is not added again;
- participants by GUID then name, attributes by name, themes by GUID then name,
  links by their two themes and label, memos and journal entries by GUID, then by
  what they are on. A value that differs (attribute value, memo, description) is a
  conflict: reported, and this project's kept unless `take_theirs`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from annotator.messages import joined, message, plural
from annotator.model import code_tree
from annotator.model.entities import Code, Source
from annotator.operations import merge_items
from annotator.operations.codings import check_room
from annotator.operations.sources import unique_name
from annotator.operations.stamps import new_guid
from annotator.store.codings import NewCoding
from annotator.store.exchange import ExchangeQueries
from annotator.store.store import Store

_COUNTED = ("transcripts", "codes", "codings", "participants", "attributes",
            "attribute values", "themes", "theme links", "memos", "journal entries")


@dataclass
class MergeReport:
    """What a merge added, matched, left out and found in conflict."""

    file_name: str
    counts: dict[str, int] = field(default_factory=dict)
    already: int = 0  # codings that were here already
    renamed_codes: list[tuple[str, str]] = field(default_factory=list)  # (here, there)
    edited: list[str] = field(default_factory=list)  # transcripts whose text differs
    added_edited: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    coders: list[str] = field(default_factory=list)

    def add(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n

    @property
    def added_anything(self) -> bool:
        return any(self.counts.values())

    def lines(self) -> list[str]:
        """The report as sentences (Messages)."""
        done = [_counted(what, self.counts[what]) for what in _COUNTED
                if self.counts.get(what)]
        lines: list[str] = [
            message("Merged from “{file}”: {counts}.", file=self.file_name,
                    counts=joined(done)) if done
            else message("Merged from “{file}”: nothing new.", file=self.file_name)]
        if self.coders:
            lines.append(message("Coders in the merged copy: {names}.",
                                 names=joined(self.coders)))
        if self.already:
            lines.append(plural(self.already, message(
                "1 coding was already here and was not added again."), message(
                "{n} codings were already here and were not added again.", n=self.already)))
        lines += [message("Code “{here}” is called “{there}” in the other copy; kept as one "
                          "code, named “{here}”.", here=here, there=there)
                  for here, there in self.renamed_codes]
        lines += [message("Transcript “{name}” has different text in the other copy (edited"
                          " in one of them): its codings were not merged.", name=name)
                  for name in self.edited if name not in self.added_edited]
        lines += [message("Transcript “{name}” has different text in the other copy: added "
                          "as a separate transcript.", name=name) for name in self.added_edited]
        lines += [message("Conflict: {what}", what=what) for what in self.conflicts]
        return lines


def _counted(what: str, n: int) -> str:
    match what:
        case "transcripts":
            return plural(n, message("1 transcript"), message("{n} transcripts", n=n))
        case "codes":
            return plural(n, message("1 code"), message("{n} codes", n=n))
        case "codings":
            return plural(n, message("1 coding"), message("{n} codings", n=n))
        case "participants":
            return plural(n, message("1 participant"), message("{n} participants", n=n))
        case "attributes":
            return plural(n, message("1 attribute"), message("{n} attributes", n=n))
        case "attribute values":
            return plural(n, message("1 attribute value"), message("{n} attribute values", n=n))
        case "themes":
            return plural(n, message("1 theme"), message("{n} themes", n=n))
        case "theme links":
            return plural(n, message("1 theme link"), message("{n} theme links", n=n))
        case "memos":
            return plural(n, message("1 memo"), message("{n} memos", n=n))
        case _:
            return plural(n, message("1 journal entry"), message("{n} journal entries", n=n))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Merger:
    def __init__(self, store: Store, other: Store, report: MergeReport, add_edited: bool,
                 take_theirs: bool) -> None:
        self.store = store
        self.other = other
        self.report = report
        self.add_edited = add_edited
        self.take_theirs = take_theirs
        self.guids = {table: set(ExchangeQueries(store.database.conn).ids_by_guid(table))
                      for table in ("sources", "codes", "codings", "memos", "themes", "cases")}
        # other project's id -> this project's id, per kind of row
        self.maps: dict[str, dict[int, int]] = {k: {} for k in (
            "source", "code", "coding", "case", "theme")}

    def fresh(self, table: str, guid: str) -> str:
        """`guid` if this project does not use it yet, else a new one."""
        guid = guid if guid.upper() not in self.guids[table] else new_guid()
        self.guids[table].add(guid.upper())
        return guid

    # transcripts
    def sources(self) -> None:
        here = [self.store.sources.get(s.id) for s in self.store.sources.summaries()]
        by_guid = {s.guid.upper(): s for s in here if s}
        by_name = {s.name: s for s in here if s}
        by_digest: dict[str, list[Source]] = {}
        for s in here:
            if s:
                by_digest.setdefault(_digest(s.text), []).append(s)
        taken = set(by_name)
        for summary in self.other.sources.summaries():
            theirs = self.other.sources.get(summary.id)
            assert theirs is not None
            same_guid = by_guid.get(theirs.guid.upper())
            twins = by_digest.get(_digest(theirs.text), [])
            match = next((s for s in twins if s is same_guid), None) or next(
                (s for s in twins if s.name == theirs.name), None) or next(iter(twins), None)
            if match is not None:
                self.maps["source"][theirs.id] = match.id
                continue
            edited = same_guid or by_name.get(theirs.name)
            if edited is not None:
                self.report.edited.append(edited.name)
                if not self.add_edited:
                    continue
            name = unique_name(theirs.name, taken)
            taken.add(name)
            self.maps["source"][theirs.id] = self.copy_source(theirs, name)
            if edited is not None:
                self.report.added_edited.append(edited.name)
            self.report.add("transcripts")

    def copy_source(self, theirs: Source, name: str) -> int:
        source_id = self.store.sources.add(
            guid=self.fresh("sources", theirs.guid), name=name, kind=theirs.kind,
            text=theirs.text, file_name=theirs.file_name,
            original=self.other.sources.original(theirs.id), sha256=theirs.sha256,
            imported_at=theirs.imported_at,
            paragraphs=tuple(self.other.sources.paragraphs(theirs.id)))
        cues = self.other.cues.of_source(theirs.id)
        if cues:
            self.store.cues.add(source_id, cues)
        return source_id

    # codes
    def codes(self) -> None:
        here = self.store.codes.all()
        paths = code_tree.paths(here)
        by_guid = {c.guid.upper(): c for c in here}
        by_path = {paths[c.id]: c for c in here}
        theirs = self.other.codes.all()
        their_paths = code_tree.paths(theirs)
        for code in theirs:  # parents before children
            match = by_guid.get(code.guid.upper()) or by_path.get(their_paths[code.id])
            if match is None:
                self.maps["code"][code.id] = self.store.codes.add(
                    guid=self.fresh("codes", code.guid), name=code.name,
                    parent_id=self.maps["code"].get(code.parent_id or -1),
                    color=code.color, description=code.description)
                self.report.add("codes")
                continue
            self.maps["code"][code.id] = match.id
            if paths[match.id] != their_paths[code.id]:
                self.report.renamed_codes.append((paths[match.id], their_paths[code.id]))
            self.describe(match, code)

    def describe(self, here: Code, theirs: Code) -> None:
        if theirs.description and theirs.description != here.description:
            if not here.description or self.take_theirs:
                self.store.codes.update(here.id, description=theirs.description)
            else:
                self.report.conflicts.append(message(
                    "the description of code “{name}” differs; this project's is kept.",
                    name=here.name))

    # codings
    def codings(self) -> None:
        existing = {(c.source_id, c.code_id, c.start, c.end, c.coder): c.id
                    for c in self.store.codings.list()}
        default_coder = self.other.meta("coder") or ""
        rows: list[NewCoding] = []
        origins: list[int] = []
        coders: set[str] = set()
        for c in self.other.codings.list():
            source_id = self.maps["source"].get(c.source_id)
            code_id = self.maps["code"].get(c.code_id)
            if source_id is None or code_id is None:
                continue
            coder = c.coder or default_coder
            key = (source_id, code_id, c.start, c.end, coder)
            if key in existing:
                if existing[key] > 0:  # not a twin within the other copy itself
                    self.maps["coding"][c.id] = existing[key]
                self.report.already += 1
                continue
            existing[key] = -1
            coders.add(coder)
            rows.append((self.fresh("codings", c.guid), source_id, code_id, c.start, c.end,
                         c.created_at, coder, c.memo))
            origins.append(c.id)
        check_room(self.store, len(rows))  # refused inside the batch: nothing merged
        for origin, coding_id in zip(origins, self.store.codings.add_many(rows), strict=True):
            self.maps["coding"][origin] = coding_id
        self.report.add("codings", len(rows))
        self.report.coders = sorted(name for name in coders if name)


def merge_store(store: Store, other: Store, file_name: str, *, add_edited: bool = False,
                take_theirs: bool = False) -> MergeReport:
    """Bring `other` into `store`; run it inside one Project.batch(...)."""
    report = MergeReport(file_name)
    merger = Merger(store, other, report, add_edited, take_theirs)
    merger.sources()
    merger.codes()
    merger.codings()
    merge_items.cases(merger)
    merge_items.themes(merger)
    merge_items.memos(merger)
    return report
