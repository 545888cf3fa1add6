"""Import an attribute sheet: participants, their attribute values, their transcripts.

One operation (the facade runs it as one transaction and one undo step). The rows are
matched to the project first (attribute_plan.py: the preview the researcher sees);
then the attributes that are missing are created (typed as the sheet reader guessed;
an existing attribute keeps its type), matched participants are updated, new ones
created, every filled cell set (an empty cell leaves a value as it was), and each
row's transcript linked to its participant, except where that would give a
transcript a second participant the researcher did not ask for (a conflict's choice,
keep by default).

Cells that do not fit an existing attribute's type are skipped and reported,
never half-applied; the report says what matched and what did not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from annotator.formats.tables.attribute_sheet import Sheet
from annotator.messages import message, sentence
from annotator.operations import cases as case_ops
from annotator.operations.attribute_plan import (
    ADD,
    CHOICES,
    KEEP,
    MOVE,
    AttributePlan,
    PlannedRow,
    listed,
    plan_sheet,
)
from annotator.operations.errors import OperationError
from annotator.store.store import Store

__all__ = ["ADD", "KEEP", "MOVE", "AttributeImportReport", "AttributePlan", "import_sheet",
           "plan_sheet"]


@dataclass(slots=True)
class AttributeImportReport:
    file_name: str
    name_column: str = ""
    transcript_column: str | None = None
    cases_created: list[str] = field(default_factory=list)
    cases_updated: list[str] = field(default_factory=list)
    attributes_created: list[str] = field(default_factory=list)
    values_set: int = 0
    matched: list[tuple[str, str]] = field(default_factory=list)  # (participant, transcript)
    rows_without_transcript: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # unmatched rows not imported
    conflicts: list[str] = field(default_factory=list)  # what was done with each
    transcripts_without_row: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as sentences (Messages, see annotator.messages)."""
        lines: list[str] = [message(
            "Imported from “{file}” (participants named by “{column}”): "
            "{created} new participants, {updated} updated, "
            "{attributes} new attributes, {values} values set.",
            file=self.file_name, column=self.name_column, created=len(self.cases_created),
            updated=len(self.cases_updated), attributes=len(self.attributes_created),
            values=self.values_set)]
        if self.transcript_column is None:
            lines.append(message("No column names a transcript of this project; no transcripts "
                                 "were assigned."))
        else:
            pairs = ", ".join(f"{case} → {source}" for case, source in self.matched)
            lines.append(message("Transcripts matched by “{column}”: {n} ({pairs}).",
                                 column=self.transcript_column, n=len(self.matched),
                                 pairs=pairs))
        if self.left_out:
            lines.append(message("Left out, as they match no transcript or participant: "
                                 "{names}.", names=listed(self.left_out)))
        lines += self.conflicts
        if self.transcripts_without_row:
            lines.append(message("Transcripts with no row: {names}.",
                                 names=", ".join(self.transcripts_without_row)))
        lines += [message("Skipped: {reason}", reason=reason) for reason in self.skipped]
        return lines


def import_sheet(store: Store, sheet: Sheet, name_column: str | None = None, *,
                 choices: Mapping[int, str] | None = None, add_unmatched: bool = False
                 ) -> AttributeImportReport:
    """Import `sheet`; `choices` maps a conflicting row's number to KEEP, ADD or MOVE
    (KEEP when absent); `add_unmatched` makes participants of the unmatched rows."""
    choices = dict(choices or {})
    for choice in choices.values():
        if choice not in CHOICES:
            raise OperationError(message("“{choice}” is not a choice for a conflict (keep, "
                                         "add or move).", choice=choice))
    plan = plan_sheet(store, sheet, name_column)  # again: the project may have changed
    report = AttributeImportReport(sheet.file_name, plan.name_column, plan.transcript_column,
                                   transcripts_without_row=plan.transcripts_without_row,
                                   skipped=list(plan.skipped))
    name_index = sheet.column(plan.name_column)
    attribute_ids = _attributes(store, sheet, name_index, report)
    rows = plan.matched + plan.new + (plan.unmatched if add_unmatched else [])
    report.left_out = [] if add_unmatched else [row.name for row in plan.unmatched]
    conflicts = {conflict.row.number: conflict for conflict in plan.conflicts}
    case_ids: dict[int, int] = {}  # row number -> participant
    for row in sorted(rows, key=lambda r: r.number):
        case_id = _case(store, row, report)
        case_ids[row.number] = case_id
        _set_values(store, case_id, sheet.rows[row.number - 2], attribute_ids, row, report)
        if row.source_id is None:
            report.rows_without_transcript.append(row.name)
            continue
        conflict = conflicts.get(row.number)
        choice = choices.get(row.number, KEEP) if conflict is not None else ADD
        linked = store.cases.cases_of_source(row.source_id)
        if conflict is not None:
            report.conflicts.append(_conflict_done(row, conflict.linked, choice))
        if choice == KEEP:
            continue
        if choice == MOVE:
            for other in linked:
                if other != case_id:
                    store.cases.unassign_source(row.source_id, other)
        if case_id not in store.cases.cases_of_source(row.source_id):
            store.cases.assign_source(row.source_id, case_id)
        report.matched.append((row.case_name, row.source_name))
    return report


def _attributes(store: Store, sheet: Sheet, name_index: int,
                report: AttributeImportReport) -> dict[int, int]:
    """Column index -> attribute id, creating the attributes that are missing."""
    attributes = {a.name: a for a in store.cases.attributes()}
    attribute_ids: dict[int, int] = {}
    for index, column in enumerate(sheet.columns):
        if index == name_index:
            continue
        if column.name not in attributes:
            case_ops.add_attribute(store, column.name, column.type, column.choices)
            report.attributes_created.append(column.name)
            attributes = {a.name: a for a in store.cases.attributes()}
        attribute_ids[index] = attributes[column.name].id
    return attribute_ids


def _case(store: Store, row: PlannedRow, report: AttributeImportReport) -> int:
    if row.case_id is not None:
        report.cases_updated.append(row.case_name)
        return row.case_id
    report.cases_created.append(row.name)
    return case_ops.add_case(store, row.name)


def _set_values(store: Store, case_id: int, cells: tuple[str | None, ...],
                attribute_ids: dict[int, int], row: PlannedRow,
                report: AttributeImportReport) -> None:
    case = store.cases.get(case_id)
    current = case.values if case is not None else {}
    for index, attribute_id in attribute_ids.items():
        value = cells[index]
        if value is None:
            continue
        attribute = store.cases.attribute(attribute_id)
        assert attribute is not None
        try:
            value = case_ops.normalise_value(attribute.type, value, attribute.choices,
                                             attribute.name)
        except OperationError as exc:
            report.skipped.append(message("row {number} ({name}): {error}",
                                          number=row.number, name=row.name,
                                          error=sentence(exc)))
            continue
        if current.get(attribute.name) != value:
            store.cases.set_value(case_id, attribute_id, value)
            report.values_set += 1


def _conflict_done(row: PlannedRow, linked: tuple[str, ...], choice: str) -> str:
    others = ", ".join(f"“{name}”" for name in linked)
    if choice == KEEP:
        return message("“{source}” stays with {linked}; not linked to “{case}”.",
                       source=row.source_name, linked=others, case=row.case_name)
    if choice == MOVE:
        return message("“{source}” moved from {linked} to “{case}”.",
                       source=row.source_name, linked=others, case=row.case_name)
    return message("“{source}” linked to “{case}” as well as {linked}.",
                   source=row.source_name, linked=others, case=row.case_name)
