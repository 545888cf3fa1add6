"""`annotator similar PROJECT (--code PATH | --source NAME --start N --end M)`: passages
like a code's excerpts, or like a stretch of one transcript (registered by cli/parser.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.output import CliError, out, out_json
from annotator.operations.similar import SimilarRequest, SimilarResults
from annotator.project import Project


def _request(project: Project, args: argparse.Namespace) -> SimilarRequest:
    code_id = None
    if args.code:
        code = project.find_code(args.code)
        if code is None:
            raise CliError(f"There is no code “{args.code}”.")
        code_id = code.id
    if args.source is None:
        if code_id is None:
            raise CliError("Give --code PATH, or --source NAME with --start and --end.")
        return SimilarRequest(code_id=code_id)
    if args.start is None or args.end is None:
        raise CliError("Give --start and --end with --source (character positions from 0).")
    source = project.source_by_name(args.source)
    if not 0 <= args.start < args.end <= len(source.text):
        raise CliError(f"The stretch {args.start}–{args.end} is not inside “{source.name}” "
                       f"(0–{len(source.text)}), or is empty.")
    return SimilarRequest(code_id=code_id, span=(source.id, args.start, args.end))


def results_json(found: SimilarResults) -> list[dict[str, object]]:
    return [{"source": r.source_name, "start": r.passage.start, "end": r.passage.end,
             "speaker": r.passage.speaker, "text": r.text, "score": r.score, "coded": r.coded}
            for r in found.results]


def cmd_similar(args: argparse.Namespace) -> None:
    if args.limit < 1:
        raise CliError("--limit must be 1 or more.")
    with Project.open(args.project) as project:
        found = project.similar_passages(_request(project, args), limit=args.limit)
    if args.json:
        out_json(results_json(found))
        return
    if not found.results:
        out("No similar passages found.\n")
        return
    for r in found.results:
        mark = "coded" if r.coded else "     "
        who = f" {r.passage.speaker}:" if r.passage.speaker else ""
        text = " ".join(r.text.split())
        out(f"{r.score:7.2f}  {mark}  {r.source_name} {r.passage.start}–{r.passage.end}"
            f"{who} {text[:160]}{'…' if len(text) > 160 else ''}\n")


def register(commands: argparse._SubParsersAction) -> None:
    """Add `similar` to `commands`."""
    help_text = ("Find passages like a code's excerpts (or like a stretch of a transcript) "
                 "in every transcript, most alike first; uncoded ones first.")
    p = commands.add_parser("similar", help=help_text, description=help_text)
    p.set_defaults(handler=cmd_similar)
    p.add_argument("project", type=Path)
    p.add_argument("--code", metavar="PATH", help='the code, as a path such as "Parent/Child"')
    p.add_argument("--source", metavar="NAME", help="the transcript of the stretch")
    p.add_argument("--start", type=int, help="first character of the stretch (from 0)")
    p.add_argument("--end", type=int, help="one past its last character")
    p.add_argument("--limit", type=int, default=20, help="how many passages (20)")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list: source, start, end, speaker, text, score, coded")
