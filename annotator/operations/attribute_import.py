"""Import an attribute sheet: participants, their attribute values, their transcripts.

One operation (the facade runs it as one transaction and one undo step):

1. find the column whose cells name transcripts of the project (the most
   matches wins; names compare without regard to case or surrounding space);
2. take the participant's name from `name_column`, else that transcript column,
   else the first column titled like a name/participant/case/ID with unique cells;
3. create the participants and attributes that are missing (typed as the sheet
   reader guessed; an existing attribute keeps its type), set every filled cell
   (an empty cell leaves a value as it was), and assign each matched transcript
   to its row's participant.

Cells that do not fit an existing attribute's type are skipped and reported,
never half-applied; the report says what matched and what did not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.formats.tables.attribute_sheet import Sheet
from annotator.messages import message, sentence
from annotator.operations import cases as case_ops
from annotator.operations.errors import OperationError
from annotator.store.store import Store

NAME_HINTS = ("participant", "name", "pseudonym", "case", "respondent", "interviewee", "id")


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
        if self.rows_without_transcript:
            lines.append(message("Rows with no transcript: {names}.",
                                 names=", ".join(self.rows_without_transcript)))
        if self.transcripts_without_row:
            lines.append(message("Transcripts with no row: {names}.",
                                 names=", ".join(self.transcripts_without_row)))
        lines += [message("Skipped: {reason}", reason=reason) for reason in self.skipped]
        return lines


def _key(value: str | None) -> str:
    return (value or "").strip().casefold()


def _transcript_column(sheet: Sheet, names: dict[str, int]) -> int | None:
    best, best_hits = None, 0
    for index in range(len(sheet.columns)):
        hits = len({_key(v) for v in sheet.values(index)} & names.keys())
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def _name_column(sheet: Sheet, transcript_column: int | None) -> int:
    if transcript_column is not None:
        return transcript_column
    unique = [i for i in range(len(sheet.columns))
              if all(sheet.values(i)) and len({_key(v) for v in sheet.values(i)})
              == len(sheet.rows)]
    for hint in NAME_HINTS:
        for i in unique:
            if hint in sheet.columns[i].name.casefold():
                return i
    return unique[0] if unique else 0


def import_sheet(store: Store, sheet: Sheet, name_column: str | None = None
                 ) -> AttributeImportReport:
    report = AttributeImportReport(sheet.file_name)
    sources = {_key(s.name): (s.id, s.name) for s in store.sources.summaries()}
    found = _transcript_column(sheet, {k: 0 for k in sources})
    if name_column is not None:
        if name_column not in {c.name for c in sheet.columns}:
            titles = ", ".join(c.name for c in sheet.columns)
            raise OperationError(message("“{file}” has no column “{column}” (it has: {titles}).",
                                         file=sheet.file_name, column=name_column,
                                         titles=titles))
        name_index = sheet.column(name_column)
    else:
        name_index = _name_column(sheet, found)
    report.name_column = sheet.columns[name_index].name
    report.transcript_column = sheet.columns[found].name if found is not None else None

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

    seen: set[str] = set()
    matched_sources: set[int] = set()
    for number, row in enumerate(sheet.rows, start=2):
        name = (row[name_index] or "").strip()
        if not name:
            report.skipped.append(message("row {number} has no “{column}”.",
                                          number=number, column=report.name_column))
            continue
        if _key(name) in seen:
            report.skipped.append(message(
                "row {number}: “{name}” appears twice; the first row counts.",
                number=number, name=name))
            continue
        seen.add(_key(name))
        case = store.cases.by_name(name)
        if case is None:
            case_id = case_ops.add_case(store, name)
            report.cases_created.append(name)
            current: dict[str, str] = {}
        else:
            case_id, current = case.id, case.values
            report.cases_updated.append(name)
        for index, attribute_id in attribute_ids.items():
            value = row[index]
            if value is None:
                continue
            attribute = store.cases.attribute(attribute_id)
            assert attribute is not None
            try:
                value = case_ops.normalise_value(attribute.type, value, attribute.choices,
                                                 attribute.name)
            except OperationError as exc:
                report.skipped.append(message("row {number} ({name}): {error}",
                                              number=number, name=name, error=sentence(exc)))
                continue
            if current.get(attribute.name) != value:
                store.cases.set_value(case_id, attribute_id, value)
                report.values_set += 1
        source = sources.get(_key(row[found])) if found is not None else None
        if source is None:
            report.rows_without_transcript.append(name)
            continue
        source_id, source_name = source
        matched_sources.add(source_id)
        report.matched.append((name, source_name))
        if case_id not in store.cases.cases_of_source(source_id):
            store.cases.assign_source(source_id, case_id)
    if found is not None:
        report.transcripts_without_row = [name for source_id, name in sources.values()
                                          if source_id not in matched_sources]
    return report
