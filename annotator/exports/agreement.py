"""The agreement table of two coders gathered from the project, for the app's Export…
(the page shows the same figures)."""

from __future__ import annotations

from pathlib import Path

from annotator.exports.targets import export_file
from annotator.formats.tables.agreement_table import write_agreement_table
from annotator.project import Project
from annotator.project.team import AgreementReport

MEASURES = ("percent", "kappa", "segments", "alpha")


def cell_value(report: AgreementReport, measure: str, code_id: int,
               source_id: int | None) -> float | None:
    """One figure of the table; `source_id` None is the code over all transcripts."""
    if measure in ("percent", "kappa"):
        counts = report.characters.by_code(code_id) if source_id is None else \
            report.characters.cells[(code_id, source_id)]
        return counts.percent if measure == "percent" else counts.kappa
    if measure == "segments":
        seg = report.segments.by_code(code_id) if source_id is None else \
            report.segments.cells.get((code_id, source_id))
        return seg.percent if seg is not None else None
    alpha = report.alpha.by_code(code_id) if source_id is None else \
        report.alpha.cells[(code_id, source_id)]
    return alpha.alpha


def agreement_grid(report: AgreementReport, measure: str, paths: dict[int, str],
                   names: dict[int, str], all_label: str = "All transcripts"
                   ) -> tuple[list[str], list[list[object]]]:
    """Codes down, transcripts across, then the code over all of them; figures rounded."""
    sources = report.characters.source_ids
    titles = ["Code", *(names.get(s, str(s)) for s in sources), all_label]
    rows: list[list[object]] = []
    for code_id in report.characters.code_ids:
        values = [cell_value(report, measure, code_id, s) for s in (*sources, None)]
        rows.append([paths.get(code_id, str(code_id)),
                     *(None if v is None else round(v, 3) for v in values)])
    return titles, rows


def export_agreement(project: Project, report: AgreementReport, measure: str, out: Path,
                     heading: str, notes: list[str], titles: list[str] | None = None) -> None:
    """Write the table as .csv, .xlsx or .docx (by suffix), safely (exports/targets)."""
    grid_titles, rows = agreement_grid(report, measure, project.code_paths(),
                                       {s.id: s.name for s in project.sources()})
    with export_file(project, out) as partial:
        write_agreement_table(titles or grid_titles, rows, partial, heading, notes)
