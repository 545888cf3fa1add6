"""The agreement table of two coders gathered from the project, for the app's Export…
(the page shows the same figures)."""

from __future__ import annotations

from pathlib import Path

from annotator.exports.targets import export_file
from annotator.formats.tables.agreement_table import write_agreement_table
from annotator.project import Project
from annotator.project.team import AgreementReport

MEASURES = ("percent", "kappa", "segments", "alpha")


def cell_value(report: AgreementReport, measure: str, code_id: int | None,
               source_id: int | None) -> float | None:
    """One figure of the table; None for `code_id` is all codes, for `source_id` all
    transcripts (both None: everything)."""
    if measure in ("percent", "kappa"):
        chars = report.characters
        counts = chars.overall() if code_id is None and source_id is None else \
            chars.by_code(code_id) if source_id is None else \
            chars.by_source(source_id) if code_id is None else chars.cells[(code_id, source_id)]
        return counts.percent if measure == "percent" else counts.kappa
    if measure == "segments":
        segs = report.segments
        seg = segs.overall() if code_id is None and source_id is None else \
            segs.by_code(code_id) if source_id is None else \
            segs.by_source(source_id) if code_id is None else segs.cells.get((code_id, source_id))
        return seg.percent if seg is not None else None
    alpha = report.alpha
    found = alpha.overall() if code_id is None and source_id is None else \
        alpha.by_code(code_id) if source_id is None else \
        alpha.by_source(source_id) if code_id is None else alpha.cells[(code_id, source_id)]
    return found.alpha


def agreement_grid(report: AgreementReport, measure: str, paths: dict[int, str],
                   names: dict[int, str], all_label: str = "All transcripts",
                   all_codes_label: str = "All codes") -> tuple[list[str], list[list[object]]]:
    """Codes down, transcripts across, then each code over all transcripts and each
    transcript over all codes; figures rounded."""
    sources = report.characters.source_ids
    titles = ["Code", *(names.get(s, str(s)) for s in sources), all_label]
    rows: list[list[object]] = []
    for code_id in (*report.characters.code_ids, None):
        values = [cell_value(report, measure, code_id, s) for s in (*sources, None)]
        label = all_codes_label if code_id is None else paths.get(code_id, str(code_id))
        rows.append([label, *(None if v is None else round(v, 3) for v in values)])
    return titles, rows


def export_agreement(project: Project, report: AgreementReport, measure: str, out: Path,
                     heading: str, notes: list[str],
                     labels: tuple[str, str] = ("All transcripts", "All codes")) -> None:
    """Write the table as .csv, .xlsx or .docx (by suffix), safely (exports/targets);
    `labels` name the column and the row of totals, in the interface's language."""
    titles, rows = agreement_grid(report, measure, project.code_paths(),
                                  {s.id: s.name for s in project.sources()}, *labels)
    with export_file(project, out) as partial:
        write_agreement_table(titles, rows, partial, heading, notes)
