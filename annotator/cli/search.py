"""`annotator search PROJECT "words" [--json]`: transcripts and memos (registered by
cli/parser.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.output import out, out_json
from annotator.model.search import SearchQuery, SearchResults
from annotator.operations.errors import OperationError
from annotator.project import Project


def _memo_about(project: Project, kind: str, target_id: int | None) -> str:
    """What a memo is about, in words: "code Barriers/Cost", "transcript P1"..."""
    try:
        if kind == "code" and target_id is not None:
            return f"code {project.code_path(target_id)}"
        if kind == "source" and target_id is not None:
            return f"transcript {project.source(target_id).name}"
        if kind == "coding" and target_id is not None:
            coding = project.coding(target_id)
            return f"excerpt in {project.source(coding.source_id).name}"
        if kind == "theme" and target_id is not None:
            theme = next((t for t in project.themes() if t.id == target_id), None)
            return f"theme {theme.name}" if theme else "theme"
        if kind == "case" and target_id is not None:
            case = next((c for c in project.cases() if c.id == target_id), None)
            return f"participant {case.name}" if case else "participant"
    except OperationError:
        pass
    return {"project": "project", "journal": "journal"}.get(kind, kind)


def results_json(project: Project, results: SearchResults) -> dict[str, object]:
    hits = []
    for hit in results.hits:
        before, match, after = results.context(hit)
        hits.append({"source": results.names[hit.source_id], "source_id": hit.source_id,
                     "start": hit.start, "end": hit.end, "speaker": hit.speaker,
                     "text": results.texts[hit.source_id][hit.start:hit.end],
                     "before": before, "after": after})
    memos = []
    for memo_hit in results.memo_hits:
        before, match, after = results.memo_context(memo_hit)
        memos.append({"memo_id": memo_hit.memo_id, "kind": memo_hit.target_kind,
                      "target_id": memo_hit.target_id,
                      "about": _memo_about(project, memo_hit.target_kind, memo_hit.target_id),
                      "field": memo_hit.field, "start": memo_hit.start, "end": memo_hit.end,
                      "text": match, "before": before, "after": after})
    return {"query": results.query.text, "hits": hits, "memos": memos}


def _query(project: Project, args: argparse.Namespace) -> SearchQuery:
    attribute = None
    if args.attribute:
        name, sep, value = args.attribute.partition("=")
        if not sep:
            raise OperationError("Give the attribute as NAME=VALUE, e.g. --attribute Role=Nurse.")
        names = [a.name for a in project.attributes()]
        if name.strip() not in names:
            raise OperationError(f"There is no attribute called “{name.strip()}” "
                                 f"(there are: {', '.join(names) or 'none yet'}).")
        attribute = (name.strip(), value.strip())
    code_id = None
    if args.code:
        code = project.find_code(args.code)
        if code is None:
            raise OperationError(f"There is no code “{args.code}”.")
        code_id = code.id
    return SearchQuery(args.words, attribute=attribute, speakers=frozenset(args.speaker),
                       exclude_speakers=frozenset(args.exclude_speaker), code_id=code_id,
                       memos=not args.no_memos)


def cmd_search(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        results = project.search(_query(project, args))
        if args.json:
            out_json(results_json(project, results))
            return
        lines: list[str] = []
        for source_id, hits in results.by_source().items():
            lines.append(f"{results.names[source_id]} ({len(hits)})")
            for hit in hits:
                before, match, after = results.context(hit)
                who = f"{hit.speaker}: " if hit.speaker else ""
                lines.append(f"  {hit.start}-{hit.end}  {who}{before}[{match}]{after}")
        if results.memo_hits:
            lines.append(f"Memos ({len(results.memo_hits)})")
            for memo_hit in results.memo_hits:
                before, match, after = results.memo_context(memo_hit)
                about = _memo_about(project, memo_hit.target_kind, memo_hit.target_id)
                lines.append(f"  {about}: {before}[{match}]{after}")
        lines.append(f"{len(results.hits)} in transcripts, {len(results.memo_hits)} in memos")
        out("".join(line + "\n" for line in lines))


def register(commands: argparse._SubParsersAction, exports: argparse._SubParsersAction) -> None:
    """Add `search` to `commands` (nothing to `exports`)."""
    p = commands.add_parser(
        "search", help="Find words or a phrase in every transcript and memo.",
        description="Find words or a phrase (case-insensitive; Chinese substrings too) in "
                    "every transcript and memo, with context, grouped by transcript.")
    p.set_defaults(handler=cmd_search)
    p.add_argument("project", type=Path)
    p.add_argument("words", help="a word, a phrase, or part of a word")
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.add_argument("--speaker", action="append", default=[], metavar="NAME",
                   help="only this speaker's turns (repeat for more)")
    p.add_argument("--exclude-speaker", action="append", default=[], metavar="NAME",
                   help="leave out this speaker's turns, e.g. Interviewer (repeat for more)")
    p.add_argument("--code", metavar="PATH", help="only hits inside codings of this code")
    p.add_argument("--attribute", metavar="NAME=VALUE",
                   help="only transcripts of participants with this attribute value")
    p.add_argument("--no-memos", action="store_true", help="search the transcripts only")
