"""`annotator edit PROJECT SOURCE`: correct a transcript's text, its codings following.

    annotator edit P.annotator Ana --replace "Marica" "Marcia"             # the first
    annotator edit P.annotator Ana --replace "Marica" "Marcia" --occurrence 2
    annotator edit P.annotator Ana --replace "Marica" "Marcia" --all       # one step
    annotator edit P.annotator Ana --at 120 --delete 5 --insert "words"

Offsets are characters (code points) from 0, as `annotator text` prints them. It
says how many codings moved, and names those that shrank or went (the rule at an
excerpt's edges: model/edit_shift.py). Registered by cli/parser.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli import counts
from annotator.cli.output import CliError, out
from annotator.messages import Message, joined, message, plural
from annotator.model.text_edits import TextEdit
from annotator.operations.text_edits import CodingNote, EditReport
from annotator.project import Project

USAGE = ("Say what to edit: --replace OLD NEW (with --occurrence N or --all), or --at START "
         "--delete N and/or --insert TEXT.")


def cmd_edit(args: argparse.Namespace) -> None:
    replacing = args.replace is not None
    at = args.at is not None or args.delete is not None or args.insert is not None
    if replacing == at:
        raise CliError(message(USAGE))
    if args.all and args.occurrence is not None:
        raise CliError(message("Give either --occurrence N or --all, not both."))
    if at and (args.all or args.occurrence is not None):
        raise CliError(message("--occurrence and --all go with --replace."))
    with Project.open(args.project) as project:
        source = project.source_by_name(args.source)
        if replacing:
            old, new = args.replace
            report = _replace(project, source.id, source.name, old, new, args)
            done = message("Replaced {what} in “{source}”.", source=source.name,
                           what=plural(report.edits, message("1 occurrence of “{old}”", old=old),
                                       message("{n} occurrences of “{old}”",
                                               n=report.edits, old=old)))
        else:
            report = project.edit_text(source.id, _at_edit(args))
            done = message("Edited “{source}” at character {start}.", source=source.name,
                           start=args.at)
    out(done + " " + said(report) + "\n")


def _replace(project: Project, source_id: int, name: str, old: str, new: str,
             args: argparse.Namespace) -> EditReport:
    if not old:
        raise CliError(message("Say what to replace: --replace OLD NEW with OLD not empty."))
    if args.all:
        return project.replace_text(old, new, source_ids=[source_id], match_case=True)
    occurrence = 1 if args.occurrence is None else args.occurrence
    if occurrence < 1:
        raise CliError(message("--occurrence counts from 1."))
    hits = project.find_text(old, source_ids=[source_id], match_case=True)
    if occurrence > len(hits):
        if not hits:
            raise CliError(message("“{old}” does not occur in “{source}”; nothing was changed.",
                                   old=old, source=name))
        raise CliError(plural(
            len(hits),
            message("“{old}” occurs once in “{source}”, so occurrence {n} cannot be replaced; "
                    "nothing was changed.", old=old, source=name, n=occurrence),
            message("“{old}” occurs {found} times in “{source}”, so occurrence {n} cannot be "
                    "replaced; nothing was changed.", old=old, source=name, n=occurrence,
                    found=len(hits))))
    hit = hits[occurrence - 1]
    return project.edit_text(source_id, TextEdit(hit.start, hit.end, new))


def _at_edit(args: argparse.Namespace) -> TextEdit:
    if args.at is None:
        raise CliError(message("Say where to edit with --at START (characters from 0)."))
    delete = 0 if args.delete is None else args.delete
    if args.at < 0 or delete < 0:
        raise CliError(message("--at and --delete count characters: they cannot be negative."))
    if delete == 0 and not args.insert:
        raise CliError(message("Say what to change at {start}: --delete N and/or --insert TEXT.",
                               start=args.at))
    return TextEdit(args.at, args.at + delete, args.insert or "")


def said(report: EditReport) -> Message:
    """What the edit did to the codings, in one sentence."""
    parts = []
    if report.moved:
        parts.append(plural(report.moved, message("1 coding moved or grew with the text"),
                            message("{n} codings moved or grew with the text", n=report.moved)))
    if report.shrunk:
        parts.append(plural(len(report.shrunk),
                            message("1 coding shrank ({codings})", codings=_named(report.shrunk)),
                            message("{n} codings shrank ({codings})", n=len(report.shrunk),
                                    codings=_named(report.shrunk))))
    if report.removed:
        parts.append(plural(
            len(report.removed),
            message("1 coding went, all its words deleted ({codings}); undo brings it back",
                    codings=_named(report.removed)),
            message("{n} codings went, all their words deleted ({codings}); undo brings them "
                    "back", n=len(report.removed), codings=_named(report.removed))))
    if not parts:
        return message("No coding changed.")
    return message("{what}.", what=joined(parts))


def _named(notes: tuple[CodingNote, ...], shown: int = 5) -> str:
    names = [message("“{code}”", code=note.code) for note in notes[:shown]]
    if len(notes) > shown:
        names.append(message("and {more}", more=counts.codings(len(notes) - shown)))
    return joined(names)


def register(commands: argparse._SubParsersAction) -> None:
    """Add `edit` to `commands`."""
    help_text = ("Correct a transcript's text; its codings follow (a replacement, or a "
                 "deletion and insertion at a character offset).")
    p = commands.add_parser("edit", help=help_text, description=help_text)
    p.set_defaults(handler=cmd_edit)
    p.add_argument("project", type=Path)
    p.add_argument("source", help="the transcript's name")
    p.add_argument("--replace", nargs=2, metavar=("OLD", "NEW"),
                   help="replace the exact text OLD (matching case) with NEW")
    p.add_argument("--occurrence", type=int, help="which occurrence of OLD (from 1; the first)")
    p.add_argument("--all", action="store_true", help="every occurrence of OLD, as one step")
    p.add_argument("--at", type=int, metavar="START", help="where to edit (characters from 0)")
    p.add_argument("--delete", type=int, metavar="N", help="how many characters to delete there")
    p.add_argument("--insert", metavar="TEXT", help="the text to put there")
