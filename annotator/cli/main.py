"""The command line: the GUI by default, headless subcommands for everything scriptable."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from annotator import __version__
from annotator.cli import analysis as cli_analysis
from annotator.cli import refi as cli_refi
from annotator.cli import search as cli_search
from annotator.cli import word as cli_word
from annotator.formats.errors import UnreadableFile
from annotator.model.pseudonyms import parse_pairs
from annotator.operations.errors import OperationError
from annotator.project import Project
from annotator.store.errors import ProjectFileError

USER_ERRORS = (ProjectFileError, OperationError, UnreadableFile, FileExistsError)



class CliError(Exception):
    """A sentence for the user; exit status 1."""


def _out(text: str) -> None:
    # Exact bytes in UTF-8 whatever the terminal's locale: Chinese must survive a pipe.
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _json(value: object) -> None:
    _out(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def cmd_new(args: argparse.Namespace) -> None:
    Project.create(args.project).close()
    _out(f"Created {args.project}\n")


def cmd_demo(args: argparse.Namespace) -> None:
    from annotator.platform.demo import build_demo

    build_demo(Path(args.project))
    _out(f"Built the demo project at {args.project}\n")


def cmd_import(args: argparse.Namespace) -> None:
    if any(cli_refi.is_exchange_file(f) for f in args.files):  # REFI-QDA: its own importer
        cli_refi.import_exchange(args.project, args.files)
        return
    with Project.open(args.project) as project:
        ids = project.import_files(args.files)
        for source_id in ids:
            source = project.source(source_id)
            _out(f"Imported “{source.file_name}” as “{source.name}” "
                 f"({len(project.paragraphs(source_id))} paragraphs)\n")


def cmd_info(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        info = project.info()
    if args.json:
        _json(info)
        return
    labels = {"sources": "Transcripts", "words": "Words", "codes": "Codes",
              "codings": "Codings", "themes": "Themes", "memos": "Memos",
              "cases": "Participants", "schema_version": "File format"}
    width = max(len(v) for v in labels.values())
    _out("".join(f"{labels[k]:<{width}}  {v}\n" for k, v in info.items()))


def cmd_text(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        _out(project.source_by_name(args.source).text)


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
        _json(rows)
        return
    for row in rows:
        depth = row["path"].count("/")
        _out(f"{'  ' * depth}{row['name']}  ({row['codings']} codings in "
             f"{row['sources']} transcripts)  {row['color']}\n")


def _find_match(text: str, phrase: str, occurrence: int) -> tuple[int, int]:
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
        source = project.source_by_name(args.source)
        if args.match is not None:
            if args.start is not None or args.end is not None:
                raise CliError("Give either --match or --start/--end, not both.")
            start, end = _find_match(source.text, args.match, args.occurrence)
        elif args.start is not None and args.end is not None:
            start, end = args.start, args.end
        else:
            raise CliError("Say what to code with --match \"words\" or --start N --end N.")
        with project.batch("Code excerpt"):
            code_id = project.ensure_code_path(args.code)
            coding_id = project.add_coding(source.id, code_id, start, end, memo=args.memo or "")
        _out(f"Coded {start}–{end} of “{source.name}” with “{project.code_path(code_id)}” "
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
        _json(rows)
        return
    for row in rows:
        excerpt = " ".join(row["text"].split())
        if len(excerpt) > 70:
            excerpt = excerpt[:69] + "…"
        _out(f"{row['id']:>5}  {row['source']}  {row['start']}–{row['end']}  {row['code']}  "
             f"“{excerpt}”\n")


def cmd_screenshot(args: argparse.Namespace) -> None:
    Project.open(args.project).close()  # refuse a bad file before Qt starts
    from annotator.ui.app.screenshot import parse_size, save_screenshot

    try:
        save_screenshot(args.project, args.out, args.view, args.source, theme=args.theme,
                        language=args.language, size=parse_size(args.size), query=args.query)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    _out(f"Saved {args.out}\n")


def cmd_export_board(args: argparse.Namespace) -> None:
    Project.open(args.project).close()  # refuse a bad file before Qt starts
    from annotator.ui.board.export import export_board

    try:
        export_board(args.project, args.out)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    _out(f"Saved {args.out}\n")


def cmd_check(args: argparse.Namespace) -> None:
    with Project.open(args.project) as project:
        problems = project.check()
        info = project.info()
    if problems:
        raise CliError(f"“{args.project.name}” has {len(problems)} problem(s): "
                       + " ".join(problems))
    _out(f"“{args.project.name}” is sound: the database passes SQLite's integrity check, "
         f"all {info['codings']} codings lie inside their transcripts and nothing points at "
         "something that no longer exists.\n")


def cmd_backup(args: argparse.Namespace) -> None:
    if args.keep < 1:
        raise CliError("--keep must be at least 1.")
    with Project.open(args.project) as project:
        path = project.take_backup(keep=args.keep)
    _out(f"Backed up “{args.project.name}” to {path} (the newest {args.keep} are kept).\n")


def cmd_restore(args: argparse.Namespace) -> None:
    from annotator.platform import backups as project_backups

    backups = project_backups.backups(args.project)
    if args.backup is None:
        if not backups:
            _out(f"There are no backups of “{args.project.name}” yet; one is taken each "
                 "time the app opens it.\n")
            return
        for number, backup in enumerate(backups, 1):
            when = backup.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            _out(f"{number:>3}  {when}  {backup.size / 1024:,.0f} KB\n")
        _out(f"Restore one with: annotator restore {args.project} --backup N\n")
        return
    if not 1 <= args.backup <= len(backups):
        raise CliError(f"There is no backup number {args.backup}; "
                       f"there are {len(backups)} (list them without --backup).")
    chosen = backups[args.backup - 1]
    project_backups.restore(args.project, chosen)
    _out(f"Restored “{args.project.name}” from the backup of "
         f"{chosen.taken.astimezone():%Y-%m-%d %H:%M:%S}; the state it "
         "replaced was backed up first.\n")


def cmd_pseudonymise(args: argparse.Namespace) -> None:
    try:
        mapping = parse_pairs(args.replace)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    with Project.open(args.project) as project:
        report = project.pseudonymise(mapping)
    _out(f"Replaced {report.replacements} occurrence(s) in {report.sources} transcript(s) "
         f"and {report.memos} memo(s); every coding still covers the same words. The "
         "original Word files of changed transcripts were removed from the project, since "
         "they still hold the names.\n")


def cmd_register(args: argparse.Namespace) -> None:
    if sys.platform == "win32":
        from annotator.platform import windows_registration as system
    elif sys.platform == "darwin":
        raise CliError("On macOS the Annotator app registers .annotator projects itself "
                       "once it is in Applications.")
    else:
        from annotator.platform import desktop_entry as system

    if args.remove:
        removed = system.unregister()
        _out("".join(f"Removed {path}\n" for path in removed)
             or "Annotator was not registered for this user.\n")
        return
    for path in system.register():
        _out(f"Wrote {path}\n")
    _out("Annotator is registered for this user: .annotator projects open in it with a "
         "double-click. Run this again if the app moves.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Reflexive thematic analysis of interview transcripts. "
                    "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], None],
            help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    p = add("new", cmd_new, "Create an empty project file.")
    p.add_argument("project", type=Path)
    p = add("demo", cmd_demo, "Build the demo project at PROJECT without opening a window.")
    p.add_argument("project", type=Path)
    p = add("import", cmd_import, "Import .docx and .txt transcripts (all or none).")
    p.add_argument("project", type=Path)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p = add("info", cmd_info, "Count what a project holds.")
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = add("text", cmd_text, "Print the plain text of one transcript, exactly.")
    p.add_argument("project", type=Path)
    p.add_argument("source", help="the transcript's name")
    p = add("codes", cmd_codes, "Print the code tree with counts.")
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true")
    p = add("code", cmd_code, "Code an excerpt, creating the code path if needed.")
    p.add_argument("project", type=Path)
    p.add_argument("--source", required=True, help="the transcript's name")
    p.add_argument("--code", required=True, help='code path such as "Parent/Child"')
    p.add_argument("--match", help="the exact words to code")
    p.add_argument("--occurrence", type=int, default=1, help="which occurrence (from 1)")
    p.add_argument("--start", type=int, help="first character (code points, from 0)")
    p.add_argument("--end", type=int, help="one past the last character")
    p.add_argument("--memo", help="a memo for the excerpt")
    p = add("screenshot", cmd_screenshot,
            "Render the main window offscreen (1400x900 unless --size) and save it as a PNG.")
    p.add_argument("project", type=Path, help="the project to show (for --view welcome: "
                   "listed as the recent project)")
    p.add_argument("--out", type=Path, required=True, help="the PNG file to write")
    p.add_argument("--view", default="workspace",
                   help="welcome, workspace (default), board, review, journal, analysis, "
                        "participants or search")
    p.add_argument("--source", help="the transcript to show")
    p.add_argument("--theme", default="light", help="light (default) or dark")
    p.add_argument("--language", default="en", help="en (default) or zh_CN")
    p.add_argument("--size", default="1400x900", help="WIDTHxHEIGHT in pixels (1400x900)")
    p.add_argument("--query", help='the words to search for in --view search ("trust")')
    export = sub.add_parser("export", help="Write part of a project to a file.",
                            description="Write part of a project to a file.")
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    p = kinds.add_parser("board", help="The theme board as PNG or SVG.",
                         description="The theme board as PNG or SVG (by the file's suffix).")
    p.set_defaults(handler=cmd_export_board)
    p.add_argument("project", type=Path)
    p.add_argument("--out", type=Path, required=True, help="FILE.png or FILE.svg")
    p = add("pseudonymise", cmd_pseudonymise,
            "Replace names and other identifiers in every transcript and memo.")
    p.add_argument("project", type=Path)
    p.add_argument("--replace", action="append", default=[], metavar="NAME=PSEUDONYM",
                   help="one identifier and its replacement; repeat for more")
    p = add("check", cmd_check, "Check a project's integrity and consistency.")
    p.add_argument("project", type=Path)
    p = add("backup", cmd_backup, "Take a backup of a project now.")
    p.add_argument("project", type=Path)
    p.add_argument("--keep", type=int, default=10, help="how many backups to keep (10)")
    p = add("restore", cmd_restore,
            "List a project's backups, or restore one (--backup N, 1 is the newest).")
    p.add_argument("project", type=Path)
    p.add_argument("--backup", type=int, help="the number shown in the list")
    cli_refi.register(sub, kinds)
    cli_search.register(sub, kinds)
    cli_analysis.register(sub, kinds)
    cli_word.register(sub, kinds)
    p = add("register", cmd_register,
            "Let .annotator projects open in Annotator with a double-click, for this user "
            "(Linux: also the applications menu; Windows: Explorer).")
    p.add_argument("--remove", action="store_true", help="undo the registration")
    p = add("codings", cmd_codings, "Print every coding.")
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true")
    return parser


def command_names() -> list[str]:
    """The subcommands, as the parser knows them (modules may register more)."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Opens the app. Commands: " + ", ".join(command_names()) +
                    " (see `annotator COMMAND --help`).",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    parser.add_argument("project", nargs="?", type=Path, help="a project file to open")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo project (built on first use)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen (temporary project, demo "
                             "transcript, coding, Word export, main window) and exit")
    # For bench/startup_bench.py: close the window as soon as it has been shown and painted.
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    if args.self_test:  # before any window, and before Qt is imported
        from annotator.cli.self_test import run_self_test

        return run_self_test()
    path: Path | None = args.project
    if args.demo:
        from annotator.platform.demo import user_demo_project

        path = user_demo_project()
    if path is not None:
        # Fail before any window appears, with the same sentence the GUI would show.
        Project.open(path).close()
    from annotator.ui.app.application import run_app

    if args.quit_when_shown:
        return run_app(path, quit_when_shown=True)
    return run_app(path)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in command_names():
            args = build_parser().parse_args(argv)
            args.handler(args)
            return 0
        if argv and argv[0] in ("-h", "--help"):
            build_parser().print_help()
            return 0
        return run_gui(build_gui_parser().parse_args(argv))
    except (*USER_ERRORS, CliError) as exc:
        sys.stderr.write(f"annotator: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
