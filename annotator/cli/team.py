"""Command-line subcommands for team coding (registered by cli/parser.py).

`annotator merge TARGET OTHER... [--add-edited] [--theirs]` brings coders' copies
(or .qdpx files from another tool) into TARGET, one undo step each;
`annotator agreement PROJECT --coders A B [C...] [--codes PATH...] [--sources NAME...]
[--overlap 90] [--json]` prints the agreement measures of docs/agreement.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.output import out, out_json
from annotator.messages import message
from annotator.operations.errors import OperationError
from annotator.project import Project
from annotator.project.team import AgreementReport


def cmd_merge(args: argparse.Namespace) -> None:
    reports = []
    with Project.open(args.project) as project:
        for other in args.others:
            report = project.team.merge(other, add_edited=args.add_edited,
                                        take_theirs=args.theirs)
            reports.append(report)
            if not args.json:
                out("".join(line + "\n" for line in report.lines()))
    if args.json:
        out_json([{"file": r.file_name, "added": r.counts, "already_here": r.already,
                   "coders": r.coders, "renamed_codes": [list(p) for p in r.renamed_codes],
                   "edited_transcripts": r.edited, "added_as_separate": r.added_edited,
                   "conflicts": [str(c) for c in r.conflicts]} for r in reports])


def _figure(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}%" if percent else f"{value:.3f}"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def _chosen(project: Project, codes: list[str] | None, sources: list[str] | None
            ) -> tuple[list[int] | None, list[int] | None]:
    code_ids = None
    if codes:
        code_ids = []
        for path in codes:
            found = project.find_code(path)
            if found is None:
                raise OperationError(message("There is no code “{path}”.", path=path))
            code_ids.append(found.id)
    source_ids = [project.source_by_name(name).id for name in sources] if sources else None
    return code_ids, source_ids


def agreement_json(report: AgreementReport, paths: dict[int, str],
                   names: dict[int, str]) -> dict[str, object]:
    """The whole comparison as one JSON-ready value."""
    chars, segments = report.characters, report.segments
    codes = []
    for code_id in chars.code_ids:
        pooled = chars.by_code(code_id)
        seg = segments.by_code(code_id)
        presence = report.presence.get(code_id)
        codes.append({
            "code": paths.get(code_id, str(code_id)),
            "characters": {"percent": _round(pooled.percent), "kappa": _round(pooled.kappa),
                           "both": pooled.both, "only_a": pooled.only_a,
                           "only_b": pooled.only_b, "length": pooled.length},
            "segments": {"agree": seg.agree, "only_a": seg.only_a, "only_b": seg.only_b,
                         "percent": _round(seg.percent)},
            "presence_percent": _round(presence.percent) if presence else None,
            "alpha": _round(report.alpha.by_code(code_id).alpha),
            "transcripts": [{
                "transcript": names.get(s, str(s)),
                "percent": _round(chars.cells[(code_id, s)].percent),
                "kappa": _round(chars.cells[(code_id, s)].kappa),
                "both": chars.cells[(code_id, s)].both,
                "only_a": chars.cells[(code_id, s)].only_a,
                "only_b": chars.cells[(code_id, s)].only_b} for s in chars.source_ids],
        })
    overall = chars.overall()
    return {
        "coders": [report.coder_a, report.coder_b],
        "overlap_threshold": segments.threshold,
        "codes": codes,
        "overall": {"characters": {"percent": _round(overall.percent),
                                   "kappa": _round(overall.kappa)},
                    "segments": {"percent": _round(segments.overall().percent),
                                 "kappa_brennan_prediger": _round(segments.kappa)},
                    "alpha": _round(report.alpha.overall().alpha)},
    }


def cmd_agreement(args: argparse.Namespace) -> None:
    if len(args.coders) < 2:
        raise OperationError(message("Name at least two coders."))
    if not 0 < args.overlap <= 100:
        raise OperationError(message("The overlap must be between 1 and 100 %."))
    with Project.open(args.project) as project:
        code_ids, source_ids = _chosen(project, args.codes, args.sources)
        paths = project.code_paths()
        names = {s.id: s.name for s in project.sources()}
        if len(args.coders) > 2:
            alpha = project.team.alpha(args.coders, code_ids, source_ids)
            rows = {paths[c]: alpha.by_code(c).alpha for c in alpha.code_ids}
            if args.json:
                out_json({"coders": args.coders, "alpha": {k: _round(v) for k, v in rows.items()},
                          "overall": _round(alpha.overall().alpha)})
            else:
                out("".join(f"{path}\talpha {_figure(v)}\n" for path, v in rows.items()))
                out(f"All codes\talpha {_figure(alpha.overall().alpha)}\n")
            return
        report = project.team.agreement(args.coders[0], args.coders[1], code_ids, source_ids,
                                        args.overlap / 100)
    data = agreement_json(report, paths, names)
    if args.json:
        out_json(data)
        return
    lines = [f"{report.coder_a} and {report.coder_b}: characters (percent, kappa), "
             f"segments at {args.overlap:g}% overlap, code presence, alpha\n"]
    for code in data["codes"]:  # type: ignore[attr-defined]
        c, s = code["characters"], code["segments"]
        lines.append(f"{code['code']}\t{_figure(c['percent'], True)}\tkappa "
                     f"{_figure(c['kappa'])}\tsegments {_figure(s['percent'], True)}\t"
                     f"presence {_figure(code['presence_percent'], True)}\t"
                     f"alpha {_figure(code['alpha'])}\n")
    overall = report.characters.overall()
    lines.append(f"All codes\t{_figure(overall.percent, True)}\tkappa "
                 f"{_figure(overall.kappa)}\tsegments "
                 f"{_figure(report.segments.overall().percent, True)}\tkappa (Brennan-Prediger) "
                 f"{_figure(report.segments.kappa)}\talpha "
                 f"{_figure(report.alpha.overall().alpha)}\n")
    out("".join(lines))


def register(commands: argparse._SubParsersAction) -> None:
    """Add `merge` and `agreement` to `commands`."""
    help_text = ("Merge coders' copies of a project (or .qdpx files from another tool) into "
                 "PROJECT: one undo step each, with a report.")
    p = commands.add_parser("merge", help=help_text, description=help_text)
    p.set_defaults(handler=cmd_merge)
    p.add_argument("project", type=Path)
    p.add_argument("others", nargs="+", type=Path, metavar="OTHER")
    p.add_argument("--add-edited", action="store_true",
                   help="add a transcript whose text differs as a separate transcript")
    p.add_argument("--theirs", action="store_true",
                   help="on conflicting values, take the other copy's (default: keep PROJECT's)")
    p.add_argument("--json", action="store_true", help="print the reports as JSON")
    help_text = ("Inter-coder agreement of two coders (percent and Cohen's kappa on "
                 "characters, segments, code presence, Krippendorff's alpha), or alpha "
                 "alone for three or more; see docs/agreement.md.")
    p = commands.add_parser("agreement", help=help_text, description=help_text)
    p.set_defaults(handler=cmd_agreement)
    p.add_argument("project", type=Path)
    p.add_argument("--coders", nargs="+", required=True, metavar="CODER")
    p.add_argument("--codes", nargs="+", metavar="PATH", help='code paths ("Parent/Child")')
    p.add_argument("--sources", nargs="+", metavar="NAME", help="transcript names")
    p.add_argument("--overlap", type=float, default=90.0,
                   help="segment overlap threshold in percent (default 90)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
