"""Command-line subcommands for analysis (registered by cli/parser.py).

`annotator export matrix PROJECT --kind code-case|cooccurrence [--mode overlap|turn]
[--coder NAME]... --out FILE.csv|.xlsx` and
`annotator import-attributes PROJECT FILE [--name-column C]`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli import counts
from annotator.cli.output import out
from annotator.exports.targets import check_export, export_file
from annotator.messages import message
from annotator.model.matrix import KINDS, MODES
from annotator.operations.errors import OperationError
from annotator.project import Project


def cmd_export_matrix(args: argparse.Namespace) -> None:
    if args.out.suffix.lower() not in (".csv", ".xlsx"):
        raise OperationError(f"“{args.out.name}” should end in .csv or .xlsx.")
    from annotator.formats.tables.matrix import write_matrix  # not on the way to the app

    with Project.open(args.project) as project:
        check_export(project, args.out)
        if args.kind == "code-case":
            matrix = project.code_case_matrix(args.coders)
        else:
            matrix = project.cooccurrence_matrix(args.mode, args.coders)
        with export_file(project, args.out) as partial:
            write_matrix(matrix, partial)
    rows, columns = matrix.shape
    across = counts.participants(columns) if args.kind == "code-case" else counts.codes(columns)
    out(message("Saved {path} ({rows} × {columns})", path=str(args.out),
                rows=counts.codes(rows), columns=across) + "\n")


def cmd_import_attributes(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        plan = project.sheets.preview(args.file, args.name_column)
        if args.dry_run:
            out("".join(line + "\n" for line in plan.lines(args.add_unmatched)))
            return
        choices = {conflict.row.number: args.on_conflict for conflict in plan.conflicts}
        report = project.sheets.apply(plan, choices, args.add_unmatched)
    out("".join(line + "\n" for line in report.lines()))


def register(commands: argparse._SubParsersAction, exports: argparse._SubParsersAction) -> None:
    """Add `import-attributes` to `commands` and `export matrix` to `exports`."""
    p = exports.add_parser(
        "matrix", help="Codes x participants or code co-occurrence counts as .csv or .xlsx.",
        description="A table of counts: codes x participants (a coding counts for every "
                    "participant of its transcript), or codes x codes (codings that overlap, "
                    "or that fall in the same speaker turn with --mode turn).")
    p.set_defaults(handler=cmd_export_matrix)
    p.add_argument("project", type=Path)
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--mode", choices=MODES, default="overlap",
                   help="for cooccurrence: overlapping excerpts (default) or the same turn")
    p.add_argument("--coder", action="append", dest="coders", metavar="NAME",
                   help="count only this coder's codings (repeat for several; default: all)")
    p.add_argument("--out", type=Path, required=True, help="FILE.csv or FILE.xlsx")
    help_text = ("Import participants and their attributes from a .csv or .xlsx sheet "
                 "(one row per participant), matched to participants and transcripts by name, "
                 "linking transcripts named in a column.")
    p = commands.add_parser("import-attributes", help=help_text, description=help_text)
    p.set_defaults(handler=cmd_import_attributes)
    p.add_argument("project", type=Path)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--name-column", help="the column that names the participant "
                   "(default: the one naming transcripts, else a name or ID column)")
    p.add_argument("--dry-run", action="store_true", help="print what would match, what "
                   "would be new, what is left out and any conflict; change nothing")
    p.add_argument("--add-unmatched", action="store_true", help="make participants of the "
                   "rows that match no transcript or participant (left out by default)")
    p.add_argument("--on-conflict", choices=("keep", "add", "move"), default="keep",
                   help="a row naming a transcript already linked to another participant: "
                        "keep that link (default), link to both, or move the link")
