"""Commands on codes and codings: print the code tree, code an excerpt, print every coding
(their arguments are in cli/parser.py)."""

from __future__ import annotations

import argparse

from annotator.cli import counts
from annotator.cli.coder import set_coder
from annotator.cli.output import CliError, out, out_json
from annotator.messages import message
from annotator.project import Project


def cmd_codes(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        usage = project.code_usage()
        rows = [
            {
                "path": project.code_path(code.id),
                "name": code.name,
                "color": code.color,
                "description": code.description,
                "codings": usage.get(code.id, (0, 0))[0],
                "sources": usage.get(code.id, (0, 0))[1],
            }
            for code in project.codes()
        ]
    if args.json:
        out_json(rows)
        return
    for row in rows:
        depth = row["path"].count("/")
        usage = message("{codings} in {transcripts}", codings=counts.codings(row["codings"]),
                        transcripts=counts.transcripts(row["sources"]))
        out(f"{'  ' * depth}{row['name']}  ({usage})  {row['color']}\n")


def find_match(text: str, phrase: str, occurrence: int) -> tuple[int, int]:
    """The span of the `occurrence`-th `phrase` in `text` (counting from 1)."""
    if occurrence < 1:
        raise CliError("--occurrence counts from 1.")
    position = -1
    for _ in range(occurrence):
        position = text.find(phrase, position + 1)
        if position < 0:
            found = text.count(phrase)
            raise CliError(
                f"“{phrase}” occurs {found} time{'s' if found != 1 else ''} in the transcript, "
                f"so occurrence {occurrence} cannot be coded."
            )
    return position, position + len(phrase)


def cmd_code(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        set_coder(project, args.coder)
        source = project.source_by_name(args.source)
        if args.match is not None:
            if args.start is not None or args.end is not None:
                raise CliError("Give either --match or --start/--end, not both.")
            start, end = find_match(source.text, args.match, args.occurrence)
        elif args.start is not None and args.end is not None:
            start, end = args.start, args.end
        else:
            raise CliError("Say what to code with --match \"words\" or --start N --end N.")
        code_id, coding_id = project.composite.code_with_path(source.id, args.code, start, end,
                                                              memo=args.memo or "")
        out(f"Coded {start}–{end} of “{source.name}” with “{project.code_path(code_id)}” "
            f"(coding {coding_id})\n")


def cmd_codings(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        texts = {s.id: project.source(s.id) for s in project.sources()}
        paths = {c.id: project.code_path(c.id) for c in project.codes()}
        rows = [
            {
                "id": c.id,
                "source": texts[c.source_id].name,
                "code": paths[c.code_id],
                "start": c.start,
                "end": c.end,
                "text": texts[c.source_id].text[c.start:c.end],
                "memo": c.memo,
                "coder": c.coder,
            }
            for c in project.codings()
        ]
    if args.json:
        out_json(rows)
        return
    for row in rows:
        excerpt = " ".join(row["text"].split())
        if len(excerpt) > 70:
            excerpt = excerpt[:69] + "…"
        out(f"{row['id']:>5}  {row['source']}  {row['start']}–{row['end']}  {row['code']}  "
            f"“{excerpt}”\n")
