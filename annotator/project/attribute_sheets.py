"""Attribute sheets in and out of a project's participants, as the facade's
`project.sheets`: a preview of what a sheet would do (operations/attribute_plan.py),
then the import itself as one undo step, with the researcher's choices."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from annotator.formats.tables.attribute_sheet import read_sheet
from annotator.messages import message
from annotator.operations import attribute_import
from annotator.operations.attribute_plan import AttributePlan, plan_sheet
from annotator.project.session import Session


class AttributeSheets:
    """Preview and import attribute sheets (CSV, XLSX) into one open project."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def preview(self, path: Path | str, name_column: str | None = None) -> AttributePlan:
        """What importing the sheet at `path` would do; changes nothing."""
        return plan_sheet(self.session.store, read_sheet(path), name_column)

    def apply(self, plan: AttributePlan, choices: Mapping[int, str] | None = None,
              add_unmatched: bool = False) -> attribute_import.AttributeImportReport:
        """Import a previewed sheet as one step; `choices`: row number -> keep, add or move
        for each conflict (keep when not given)."""
        return self.session.run(message("Import attributes"), attribute_import.import_sheet,
                                self.session.store, plan.sheet, plan.name_column,
                                choices=choices, add_unmatched=add_unmatched)

    def import_sheet(self, path: Path | str, name_column: str | None = None,
                     choices: Mapping[int, str] | None = None, add_unmatched: bool = False
                     ) -> attribute_import.AttributeImportReport:
        """Preview and import in one go (conflicts keep their links unless `choices` say)."""
        return self.apply(self.preview(path, name_column), choices, add_unmatched)
