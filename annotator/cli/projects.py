"""Commands on a project as a whole: create, build the demo, import, count, print, check,
back up, restore and pseudonymise (their arguments are in cli/parser.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli import counts
from annotator.cli import refi as cli_refi
from annotator.cli.output import CliError, out, out_json
from annotator.messages import message, plural
from annotator.model.pseudonyms import parse_pairs
from annotator.operations.pseudonymise import EmptiedCodings
from annotator.project import Project


def cmd_new(args: argparse.Namespace) -> None:
    Project.create(args.project).close()
    out(f"Created {args.project}\n")


def cmd_demo(args: argparse.Namespace) -> None:
    from annotator.platform.demo import build_demo

    build_demo(Path(args.project))
    out(f"Built the demo project at {args.project}\n")


def cmd_import(args: argparse.Namespace) -> None:
    cli_refi.import_any(args.project, args.files)


def cmd_info(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        info = project.info()
    if args.json:
        out_json(info)
        return
    labels = {"sources": "Transcripts", "words": "Words", "codes": "Codes",
              "codings": "Codings", "themes": "Themes", "memos": "Memos",
              "cases": "Participants", "schema_version": "File format"}
    width = max(len(v) for v in labels.values())
    out("".join(f"{labels[k]:<{width}}  {v}\n" for k, v in info.items()))


def cmd_text(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        out(project.source_by_name(args.source).text)


def cmd_check(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        problems = project.check()
        if problems:  # before counting: a damaged file may not even be counted
            raise CliError(message("“{name}” has {problems}: {list}", name=args.project.name,
                                   problems=counts.problems(len(problems)),
                                   list=" ".join(problems)))
        info = project.info()
    out(plural(info["codings"], message(
        "“{name}” is sound: the database passes SQLite's integrity check, its 1 coding lies "
        "inside its transcript and nothing points at something that no longer exists.",
        name=args.project.name), message(
        "“{name}” is sound: the database passes SQLite's integrity check, all {n} codings lie "
        "inside their transcripts and nothing points at something that no longer exists.",
        name=args.project.name, n=info["codings"])) + "\n")


def cmd_backup(args: argparse.Namespace) -> None:
    if args.keep < 1:
        raise CliError("--keep must be at least 1.")
    with Project.open(args.project) as project:
        path = project.take_backup(keep=args.keep)
    out(f"Backed up “{args.project.name}” to {path} (the newest {args.keep} are kept).\n")


def cmd_restore(args: argparse.Namespace) -> None:
    from annotator.platform import backups as project_backups

    backups = project_backups.backups(args.project)
    if args.backup is None:
        if not backups:
            out(f"There are no backups of “{args.project.name}” yet; one is taken each "
                "time the app opens it.\n")
            return
        for number, backup in enumerate(backups, 1):
            when = backup.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            out(f"{number:>3}  {when}  {backup.size / 1024:,.0f} KB\n")
        out(f"Restore one with: annotator restore {args.project} --backup N\n")
        return
    if not 1 <= args.backup <= len(backups):
        raise CliError(f"There is no backup number {args.backup}; "
                       f"there are {len(backups)} (list them without --backup).")
    chosen = backups[args.backup - 1]
    aside = project_backups.restore(args.project, chosen)
    replaced = ("the state it replaced was backed up first" if aside is None else
                f"the damaged file it replaced was kept as “{aside}”")
    out(f"Restored “{args.project.name}” from the backup of "
        f"{chosen.taken.astimezone():%Y-%m-%d %H:%M:%S}; {replaced}.\n")


def cmd_pseudonymise(args: argparse.Namespace) -> None:
    try:
        mapping = parse_pairs(args.replace)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    emptied = "remove" if args.remove_emptied_codings else \
        "placeholder" if args.placeholder is not None else "refuse"
    with Project.open(args.project) as project:
        try:
            report = project.pseudonymise(mapping, emptied=emptied,
                                          placeholder=args.placeholder or "")
        except EmptiedCodings as exc:
            raise CliError(f"{exc} (--remove-emptied-codings, or --placeholder \"[name]\")"
                           ) from exc
    lines = [message("Replaced {occurrences} in {transcripts} and {memos}; every coding still "
                     "covers the same words.",
                     occurrences=counts.occurrences(report.replacements),
                     transcripts=counts.transcripts(report.sources),
                     memos=counts.memos(report.memos))]
    if report.removed_codings:
        lines.append(plural(report.removed_codings, message(
            "1 coding that would have covered nothing was removed."), message(
            "{n} codings that would have covered nothing were removed.",
            n=report.removed_codings)))
    lines.append(message("The original Word files of changed transcripts now hold the "
                         "pseudonyms too, or were removed where a name would have stayed."))
    out(" ".join(lines) + "\n")
