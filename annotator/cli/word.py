"""Command-line subcommands for Word export and member checking (registered by cli/parser.py).

The work itself is in annotator/exports/word.py, shared with the menu actions.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from annotator.cli import counts
from annotator.cli.coder import set_coder
from annotator.cli.output import out
from annotator.exports.targets import check_export, export_file
from annotator.exports.word import (
    excerpt_rows,
    export_transcripts,
    import_comments,
    project_report,
)
from annotator.messages import message
from annotator.operations.errors import OperationError
from annotator.project import Project

Progress = Callable[[int, int, str], bool]


def register(commands: argparse._SubParsersAction, exports: argparse._SubParsersAction) -> None:
    """Add this module's commands: top-level ones to `commands`, `export KIND` ones to `exports`."""
    p = exports.add_parser(
        "docx", help="Annotated transcripts: the original Word files with codings as comments.",
        description="Write each transcript as a Word document with every coding shaded in its "
                    "code's colour and a Word comment naming the code, the coder and the memo.")
    p.set_defaults(handler=cmd_export_docx)
    p.add_argument("project", type=Path)
    p.add_argument("--out", type=Path, required=True, help="the folder to write into")
    p.add_argument("--source", action="append", default=[], metavar="NAME",
                   help="only this transcript (repeatable; default: all)")
    p.add_argument("--codes", nargs="+", default=[], metavar="PATH",
                   help="only codings of these code paths (and the codes under them)")
    p = exports.add_parser("report", help="The theme report as a Word document.",
                           description="The theme report as a Word document: each theme in "
                                       "board order with its definition, sub-themes, codes and "
                                       "illustrative extracts, and the journal as an appendix.")
    p.set_defaults(handler=cmd_export_report)
    p.add_argument("project", type=Path)
    p.add_argument("--out", type=Path, required=True, help="FILE.docx")
    p.add_argument("--no-journal", action="store_true", help="leave out the journal appendix")
    p = exports.add_parser("excerpts", help="Every coding as a row of a CSV or Excel table.",
                           description="Every coding as a row of a CSV (UTF-8) or Excel table, "
                                       "with transcript, participant, attributes, speaker, code, "
                                       "themes, excerpt and memo.")
    p.set_defaults(handler=cmd_export_excerpts)
    p.add_argument("project", type=Path)
    p.add_argument("--coder", action="append", dest="coders", metavar="NAME",
                   help="only this coder's codings (repeat for several; default: all)")
    p.add_argument("--out", type=Path, required=True, help="FILE.csv or FILE.xlsx")
    p = commands.add_parser(
        "import-comments", help="Import a partner's Word comments as memos (member checking).",
        description="Read the comments a partner added to an exported annotated transcript and "
                    "attach them as memos to the matching excerpts.")
    p.set_defaults(handler=cmd_import_comments)
    p.add_argument("project", type=Path)
    p.add_argument("file", type=Path, metavar="FILE.docx")



# -- annotated transcripts ---------------------------------------------------


def cmd_export_docx(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        set_coder(project)  # the saved coder's initials on their comments
        written = export_transcripts(project, args.out, args.source, args.codes)
    for transcript in written:
        out(f"Saved “{transcript.name}” as {transcript.path}\n")
        for sentence in transcript.skipped:
            out(f"  note: {sentence}\n")


# -- theme report ------------------------------------------------------------------



def cmd_export_report(args: argparse.Namespace) -> None:
    from annotator.formats.docx.report import write_report

    if args.out.suffix.lower() != ".docx":
        raise OperationError(f"“{args.out.name}” should end in .docx.")
    with Project.open(args.project) as project:
        check_export(project, args.out)
        report = project_report(project, journal=not args.no_journal)
        with export_file(project, args.out) as partial:
            write_report(report, partial)
    out(f"Saved {args.out}\n")


# -- excerpts table ----------------------------------------------------------------


def cmd_export_excerpts(args: argparse.Namespace) -> None:
    from annotator.formats.tables.excerpts import write_table

    if args.out.suffix.lower() not in (".csv", ".xlsx"):
        raise OperationError(f"“{args.out.name}” should end in .csv or .xlsx.")
    with Project.open(args.project) as project:
        check_export(project, args.out)
        rows, attributes = excerpt_rows(project, args.coders)
        with export_file(project, args.out) as partial:
            write_table(rows, partial, attributes)
    out(message("Saved {path} ({excerpts})", path=str(args.out),
                excerpts=counts.excerpts(len(rows))) + "\n")


# -- member checking -------------------------------------------------------------


def cmd_import_comments(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        report = import_comments(project, args.file)
    out(report.summary() + "\n")
