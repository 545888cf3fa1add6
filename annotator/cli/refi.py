"""Command-line subcommands for REFI-QDA project exchange (registered by cli/parser.py).

`export qdpx` and `export codebook` write; importing a .qdpx/.qdc goes through
the ordinary `import` command, which hands all its files to `import_any`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from annotator.cli import counts
from annotator.cli.output import out
from annotator.exports.targets import export_file
from annotator.formats.reader import EXCHANGE_SUFFIXES
from annotator.messages import message, plural
from annotator.model.pseudonyms import parse_pairs
from annotator.operations.errors import OperationError
from annotator.project import Project


def is_exchange_file(path: Path) -> bool:
    return Path(path).suffix.lower() in EXCHANGE_SUFFIXES


def import_any(project_path: Path, files: Sequence[Path]) -> None:
    """`annotator import PROJECT FILE...`: transcripts and REFI-QDA files together, as one
    step, all or none. A REFI-QDA file may make the project; if the import is refused
    then, no project is left behind."""
    exchange = [f for f in files if is_exchange_file(f)]
    transcripts = [f for f in files if not is_exchange_file(f)]
    new = bool(exchange) and not project_path.exists()
    project = Project.create(project_path) if new else Project.open(project_path)
    try:
        first = files[0].name if files else ""
        label = plural(len(files), message("Import “{name}”", name=first),
                       message("Import {n} files", n=len(files)))
        with project, project.batch(label):
            reports = [project.import_exchange(path) for path in exchange]
            ids = project.import_files(transcripts)
            # The lines are made inside the step: whatever fails, fails before the commit.
            lines = [line for report in reports for line in report.lines()]
            lines += [message("Imported “{file}” as “{name}” ({paragraphs})",
                              file=project.source(i).file_name, name=project.source(i).name,
                              paragraphs=counts.paragraphs(len(project.paragraphs(i))))
                      for i in ids]
    except BaseException:
        if new:
            _remove_new_project(project_path)
        raise
    out("".join(line + "\n" for line in lines))


def _remove_new_project(path: Path) -> None:
    """The project this command made, with SQLite's files beside it (closed by now)."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)


def cmd_export_qdpx(args: argparse.Namespace) -> None:
    try:
        pseudonyms = parse_pairs(args.pseudonymise)
    except ValueError as exc:
        raise OperationError(str(exc)) from exc
    if args.out.suffix.lower() != ".qdpx":
        raise OperationError(f"“{args.out.name}” should end in .qdpx.")
    with Project.open(args.project) as project, export_file(project, args.out) as partial:
        refi = project.export_qdpx(partial, pseudonyms)
    codings = sum(len(s.selections) for s in refi.sources)
    out(message("Saved {path} ({transcripts}, {codings})", path=str(args.out),
                transcripts=counts.transcripts(len(refi.sources)),
                codings=counts.codings(codings)) + "\n")


def cmd_export_codebook(args: argparse.Namespace) -> None:
    """.qdc for other QDA tools; .docx, .csv or .xlsx for people to read."""
    if args.out.suffix.lower() not in (".qdc", ".docx", ".csv", ".xlsx"):
        raise OperationError("A codebook can be written as .docx, .csv, .xlsx or .qdc, "
                             f"not “{args.out.suffix or args.out.name}”.")
    with Project.open(args.project) as project, export_file(project, args.out) as partial:
        if args.out.suffix.lower() == ".qdc":
            project.export_codebook(partial)
        else:
            # Loaded here, not when the app starts: python-docx is slow to import.
            from annotator.exports.word import codebook_entries
            from annotator.formats.tables.codebook import write_codebook_file

            try:
                write_codebook_file(codebook_entries(project), partial,
                                    f"{project.name}: codebook")
            except ValueError as exc:
                raise OperationError(str(exc)) from exc
    out(f"Saved {args.out}\n")


def register(commands: argparse._SubParsersAction, exports: argparse._SubParsersAction) -> None:
    """Add this module's commands: top-level ones to `commands`, `export KIND` ones to `exports`."""
    p = exports.add_parser(
        "qdpx", help="The whole project as a REFI-QDA exchange file (.qdpx).",
        description="The whole project as a REFI-QDA 1.5 project (.qdpx) for NVivo, "
                    "ATLAS.ti, MAXQDA, QualCoder and others.")
    p.set_defaults(handler=cmd_export_qdpx)
    p.add_argument("project", type=Path)
    p.add_argument("--out", type=Path, required=True, help="FILE.qdpx")
    p.add_argument("--pseudonymise", action="append", default=[], metavar="NAME=PSEUDONYM",
                   help="replace an identifier in the exported copy only (repeatable)")
    p = exports.add_parser(
        "codebook", help="The codebook as .docx, .csv, .xlsx or REFI-QDA .qdc.",
        description="The code tree with descriptions, colours, counts and an example "
                    "excerpt each, as Word (.docx), CSV or Excel; or, as a REFI-QDA "
                    "codebook (.qdc), the tree and the themes as sets of codes.")
    p.set_defaults(handler=cmd_export_codebook)
    p.add_argument("project", type=Path)
    p.add_argument("--out", type=Path, required=True,
                   help="FILE.docx, FILE.csv, FILE.xlsx or FILE.qdc")
