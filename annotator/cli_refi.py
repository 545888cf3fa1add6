"""Command-line subcommands for REFI-QDA project exchange (registered by cli.py).

`export qdpx` and `export codebook` write; importing a .qdpx/.qdc goes through
the ordinary `import` command, which hands such files to `import_exchange`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from annotator.project import Project

EXCHANGE_SUFFIXES = frozenset({".qdpx", ".qdc", ".qde"})


def _out(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def is_exchange_file(path: Path) -> bool:
    return Path(path).suffix.lower() in EXCHANGE_SUFFIXES


def import_exchange(project_path: Path, files: Sequence[Path]) -> None:
    """`annotator import PROJECT FILE.qdpx...`: into an existing or a new project."""
    project = Project.open(project_path) if project_path.exists() else \
        Project.create(project_path)
    with project:
        for path in files:
            report = project.import_exchange(path)
            _out("".join(line + "\n" for line in report.lines()))


def cmd_export_qdpx(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        refi = project.export_qdpx(args.out)
    codings = sum(len(s.selections) for s in refi.sources)
    _out(f"Saved {args.out} ({len(refi.sources)} transcripts, {codings} codings)\n")


def cmd_export_codebook(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        project.export_codebook(args.out)
    _out(f"Saved {args.out}\n")


def register(commands: argparse._SubParsersAction, exports: argparse._SubParsersAction) -> None:
    """Add this module's commands: top-level ones to `commands`, `export KIND` ones to `exports`."""
    p = exports.add_parser(
        "qdpx", help="The whole project as a REFI-QDA exchange file (.qdpx).",
        description="The whole project as a REFI-QDA 1.5 project (.qdpx) for NVivo, "
                    "ATLAS.ti, MAXQDA, QualCoder and others.")
    p.set_defaults(handler=cmd_export_qdpx)
    p.add_argument("project", type=Path)
    p.add_argument("--out", type=Path, required=True, help="FILE.qdpx")
    p = exports.add_parser(
        "codebook", help="The code tree and themes as a REFI-QDA codebook (.qdc).",
        description="The code tree (names, hierarchy, colours, descriptions) and the "
                    "themes as sets of codes, as a REFI-QDA codebook (.qdc).")
    p.set_defaults(handler=cmd_export_codebook)
    p.add_argument("project", type=Path)
    p.add_argument("--out", type=Path, required=True, help="FILE.qdc")
