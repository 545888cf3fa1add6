"""Commands on one transcript of a project: `annotator rename PROJECT OLD NEW` and
`annotator remove PROJECT NAME [--yes]` (registered by cli/parser.py).

Removing says first what goes with the transcript (its codings, their codes, its
memos) and, at a terminal, asks; `--yes`, or input that is not a terminal (a
script), removes without asking, as the other commands that change a project do.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli.output import CliError, out
from annotator.messages import message
from annotator.project import Project


def cmd_rename(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        source = project.source_by_name(args.old)
        project.rename_source(source.id, args.new)
        name = project.source(source.id).name
    out(message("Renamed “{old}” to “{new}”.", old=source.name, new=name) + "\n")


def cmd_remove(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        source = project.source_by_name(args.name)
        contents = project.source_contents(source.id)
        out(message("Removing “{name}”: {what}", name=source.name,
                    what=contents.sentence(shown=5)) + "\n")
        if not args.yes and sys.stdin.isatty() and not _confirmed():
            raise CliError(message("Nothing was removed."))
        project.remove_source(source.id)
    out(message("Removed “{name}”.", name=source.name) + "\n")


def _confirmed() -> bool:
    try:
        answer = input("Remove it? [y/N] ")
    except EOFError:
        return False
    return answer.strip().casefold() in ("y", "yes")


def register(commands: argparse._SubParsersAction) -> None:
    """Add `rename` and `remove` to `commands`."""
    help_text = "Rename a transcript."
    p = commands.add_parser("rename", help=help_text, description=help_text)
    p.set_defaults(handler=cmd_rename)
    p.add_argument("project", type=Path)
    p.add_argument("old", help="the transcript's name now")
    p.add_argument("new", help="its new name")
    help_text = ("Remove a transcript with its codings and memos (says what goes, and asks "
                 "at a terminal).")
    p = commands.add_parser("remove", help=help_text, description=help_text)
    p.set_defaults(handler=cmd_remove)
    p.add_argument("project", type=Path)
    p.add_argument("name", help="the transcript's name")
    p.add_argument("--yes", action="store_true", help="remove without asking")
