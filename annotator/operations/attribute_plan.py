"""What importing an attribute sheet would do, worked out before anything changes.

Each row of the sheet is matched to the project, names compared without regard to
case or spaces ("p1  ana" is "P1 Ana"):

1. the transcript it names: the cell of the column that names the most transcripts
   of the project, else a transcript called like the row;
2. the participant it is: one called like the row; else the participant that
   transcript is already linked to ("P1 Ana" for a row "Ana" naming the transcript
   "Ana" of participant "P1 Ana");
3. matched rows update their participant; rows naming a transcript no participant
   has become new participants linked to it; rows naming neither a transcript nor a
   participant are unmatched (left out unless asked for: they made participants
   with no transcript). A sheet naming no transcript at all is a list of
   participants: its rows are new participants.

A row whose transcript is already linked to another participant is a conflict: the
researcher chooses, per conflict, to keep the existing link (the default), to link
the transcript to both, or to move it to the row's participant.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.formats.tables.attribute_sheet import Sheet
from annotator.messages import Message, joined, message, plural
from annotator.model.entities import Case
from annotator.operations.errors import OperationError
from annotator.store.store import Store

NAME_HINTS = ("participant", "name", "pseudonym", "case", "respondent", "interviewee", "id")
KEEP, ADD, MOVE = "keep", "add", "move"
"""A conflict's choices: keep the transcript's link, link it to both, or move it."""
CHOICES = (KEEP, ADD, MOVE)
LISTED = 8  # names a preview sentence lists before "and N more"


def name_key(value: str | None) -> str:
    """A name as compared: without case and without spaces."""
    return "".join((value or "").split()).casefold()


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One row of the sheet and what it will become."""

    number: int  # the row's number in the sheet (the titles are row 1)
    name: str  # the row's name, as the sheet writes it
    case_id: int | None  # the participant it updates; None: a new one
    case_name: str  # that participant's name (the row's own for a new one)
    source_id: int | None = None  # the transcript it names, if any
    source_name: str = ""
    by_transcript: bool = False  # matched through the transcript's participant


@dataclass(frozen=True, slots=True)
class Conflict:
    """A row's transcript already linked to other participants than the row's."""

    row: PlannedRow
    linked: tuple[str, ...]  # the participants the transcript has now


@dataclass(slots=True)
class AttributePlan:
    """The preview of an import: shown by the window and by `--dry-run`."""

    sheet: Sheet
    name_column: str = ""
    transcript_column: str | None = None
    matched: list[PlannedRow] = field(default_factory=list)
    new: list[PlannedRow] = field(default_factory=list)
    unmatched: list[PlannedRow] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    skipped: list[Message] = field(default_factory=list)
    transcripts_without_row: list[str] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        return self.sheet.file_name

    def lines(self, add_unmatched: bool = False) -> list[str]:
        """The preview as sentences (`add_unmatched`: unmatched rows become participants)."""
        lines: list[str] = [message(
            "“{file}”: {rows}, participants named by “{column}”.", file=self.file_name,
            rows=plural(len(self.sheet.rows), message("1 row"),
                        message("{n} rows", n=len(self.sheet.rows))),
            column=self.name_column)]
        n, names = len(self.matched), listed(_matched(row) for row in self.matched)
        lines.append(plural(n, message("1 row matches a participant: {names}.", names=names),
                            message("{n} rows match participants: {names}.", n=n, names=names))
                     if n else message("No row matches a participant."))
        if self.new:
            n, names = len(self.new), listed(_new(row) for row in self.new)
            lines.append(plural(n, message("1 new participant: {names}.", names=names),
                                message("{n} new participants: {names}.", n=n, names=names)))
        if self.unmatched and add_unmatched:
            n, names = len(self.unmatched), listed(row.name for row in self.unmatched)
            lines.append(plural(
                n, message("1 row matches no transcript or participant and becomes a new "
                           "participant: {names}.", names=names),
                message("{n} rows match no transcript or participant and become new "
                        "participants: {names}.", n=n, names=names)))
        elif self.unmatched:
            n, names = len(self.unmatched), listed(row.name for row in self.unmatched)
            lines.append(plural(
                n, message("1 row matches no transcript or participant and is left out: "
                           "{names}.", names=names),
                message("{n} rows match no transcript or participant and are left out: "
                        "{names}.", n=n, names=names)))
        lines += [conflict_sentence(conflict) for conflict in self.conflicts]
        if self.transcripts_without_row:
            lines.append(message("Transcripts with no row: {names}.",
                                 names=listed(self.transcripts_without_row)))
        lines += [message("Skipped: {reason}", reason=reason) for reason in self.skipped]
        return lines


def _matched(row: PlannedRow) -> str:
    if row.source_id is not None and row.name != row.case_name:
        return message("{row} → {case} (transcript {source})", row=row.name,
                       case=row.case_name, source=row.source_name)
    if row.name != row.case_name:
        return message("{row} → {case}", row=row.name, case=row.case_name)
    return row.name


def _new(row: PlannedRow) -> str:
    if row.source_id is None:
        return row.name
    return message("{case} → {source}", case=row.name, source=row.source_name)


def listed(names: Iterable[str]) -> str:
    """At most LISTED names, then how many more."""
    items = list(names)
    if len(items) <= LISTED:
        return joined(items)
    return message("{names} and {n} more", names=joined(items[:LISTED]), n=len(items) - LISTED)


def conflict_sentence(conflict: Conflict) -> Message:
    return message("Row {number} ({name}) names the transcript “{source}”, which is already "
                   "linked to {linked}.", number=conflict.row.number, name=conflict.row.name,
                   source=conflict.row.source_name,
                   linked=joined(f"“{name}”" for name in conflict.linked))


def _transcript_column(sheet: Sheet, names: set[str]) -> int | None:
    best, best_hits = None, 0
    for index in range(len(sheet.columns)):
        hits = len({name_key(v) for v in sheet.values(index)} & names)
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def _name_column(sheet: Sheet, transcript_column: int | None) -> int:
    if transcript_column is not None:
        return transcript_column
    unique = [i for i in range(len(sheet.columns))
              if all(sheet.values(i)) and len({name_key(v) for v in sheet.values(i)})
              == len(sheet.rows)]
    for hint in NAME_HINTS:
        for i in unique:
            if hint in sheet.columns[i].name.casefold():
                return i
    return unique[0] if unique else 0


def _linked_case(row_key: str, linked: list[Case]) -> Case | None:
    """The one participant of a transcript a row stands for: its only one, else the one
    whose name holds the row's ("P1 Ana" for "Ana")."""
    if len(linked) == 1:
        return linked[0]
    holding = [case for case in linked if row_key and row_key in name_key(case.name)]
    return holding[0] if len(holding) == 1 else None


def plan_sheet(store: Store, sheet: Sheet, name_column: str | None = None) -> AttributePlan:
    """What importing `sheet` would do; reads only."""
    plan = AttributePlan(sheet)
    sources = {name_key(s.name): (s.id, s.name) for s in store.sources.summaries()}
    cases = store.cases.all()
    cases_by_key = {name_key(c.name): c for c in cases}
    cases_by_id = {c.id: c for c in cases}
    found = _transcript_column(sheet, set(sources))
    if name_column is not None:
        if name_column not in {c.name for c in sheet.columns}:
            titles = ", ".join(c.name for c in sheet.columns)
            raise OperationError(message("“{file}” has no column “{column}” (it has: {titles}).",
                                         file=sheet.file_name, column=name_column,
                                         titles=titles))
        name_index = sheet.column(name_column)
    else:
        name_index = _name_column(sheet, found)
    plan.name_column = sheet.columns[name_index].name
    plan.transcript_column = sheet.columns[found].name if found is not None else None

    links: dict[int, list[int]] = {}  # transcript -> participants, as the import leaves it
    for source_id, case_id in store.cases.source_case_pairs():
        links.setdefault(source_id, []).append(case_id)
    seen: dict[str, int] = {}  # a participant's key -> the row that counts for it
    for number, row in enumerate(sheet.rows, start=2):
        name = " ".join((row[name_index] or "").split())
        key = name_key(name)
        if not key:
            plan.skipped.append(message("row {number} has no “{column}”.",
                                        number=number, column=plan.name_column))
            continue
        source = sources.get(name_key(row[found])) if found is not None else None
        source = source or sources.get(key)
        source_id, source_name = source if source is not None else (None, "")
        case = cases_by_key.get(key)
        by_transcript = False
        if case is None and source_id is not None:
            case = _linked_case(key, [cases_by_id[c] for c in links.get(source_id, [])
                                      if c in cases_by_id])
            by_transcript = case is not None
        case_key = name_key(case.name) if case is not None else key
        if case_key in seen:
            plan.skipped.append(message(
                "row {number}: “{name}” is the same participant as row {first}; the first "
                "row counts.", number=number, name=name, first=seen[case_key]))
            continue
        seen[case_key] = number
        planned = PlannedRow(number, name, case.id if case is not None else None,
                             case.name if case is not None else name, source_id, source_name,
                             by_transcript)
        if case is not None:
            plan.matched.append(planned)
        elif source_id is not None or found is None:
            plan.new.append(planned)
        else:
            plan.unmatched.append(planned)
            continue
        if source_id is None:
            continue
        linked = links.setdefault(source_id, [])
        if planned.case_id is not None and planned.case_id in linked:
            continue
        others = [c for c in linked if c != planned.case_id]
        if others:
            names = tuple(cases_by_id[c].name if c in cases_by_id else _planned_name(plan, c)
                          for c in others)
            plan.conflicts.append(Conflict(planned, names))
        linked.append(planned.case_id if planned.case_id is not None else -number)
    if found is not None:
        named = {row.source_id for row in plan.matched + plan.new}
        plan.transcripts_without_row = [name for source_id, name in sources.values()
                                        if source_id not in named]
    return plan


def _planned_name(plan: AttributePlan, marker: int) -> str:
    # A new participant of an earlier row stands in `links` as minus its row number.
    return next((row.name for row in plan.new if row.number == -marker), "?")
