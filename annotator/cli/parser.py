"""The argument parsers: one for `annotator COMMAND ...`, one for opening the app.

The core commands' arguments are set out here, in the order `--help` lists them; the
handlers live in the command-family modules, and the families in analysis, refi, search
and word register their own commands.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from annotator import __version__
from annotator.cli import analysis as cli_analysis
from annotator.cli import coding, desktop, projects
from annotator.cli import editing as cli_editing
from annotator.cli import refi as cli_refi
from annotator.cli import search as cli_search
from annotator.cli import similar as cli_similar
from annotator.cli import sources as cli_sources
from annotator.cli import team as cli_team
from annotator.cli import word as cli_word


def build_parser() -> argparse.ArgumentParser:
    """The parser of every subcommand; each parsed command carries its `handler`."""
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

    p = add("new", projects.cmd_new, "Create an empty project file.")
    p.add_argument("project", type=Path)
    p = add("demo", projects.cmd_demo,
            "Build the demo project at PROJECT without opening a window.")
    p.add_argument("project", type=Path)
    p = add("import", projects.cmd_import,
            "Import transcripts: Word, text, subtitles (.vtt .srt .sbv), .odt, .rtf, .pdf "
            "or .doc (all or none).")
    p.add_argument("project", type=Path)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p = add("info", projects.cmd_info, "Count what a project holds.")
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = add("text", projects.cmd_text, "Print the plain text of one transcript, exactly.")
    p.add_argument("project", type=Path)
    p.add_argument("source", help="the transcript's name")
    p = add("codes", coding.cmd_codes, "Print the code tree with counts.")
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true")
    p = add("code", coding.cmd_code, "Code an excerpt, creating the code path if needed.")
    p.add_argument("project", type=Path)
    p.add_argument("--source", required=True, help="the transcript's name")
    p.add_argument("--code", required=True, help='code path such as "Parent/Child"')
    p.add_argument("--match", help="the exact words to code")
    p.add_argument("--occurrence", type=int, default=1, help="which occurrence (from 1)")
    p.add_argument("--start", type=int, help="first character (code points, from 0)")
    p.add_argument("--end", type=int, help="one past the last character")
    p.add_argument("--memo", help="a memo for the excerpt")
    p.add_argument("--coder", help="who coded it (default: the coder name in Preferences)")
    p = add("screenshot", desktop.cmd_screenshot,
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
    p.set_defaults(handler=desktop.cmd_export_board)
    p.add_argument("project", type=Path)
    p.add_argument("--out", type=Path, required=True, help="FILE.png or FILE.svg")
    p = add("pseudonymise", projects.cmd_pseudonymise,
            "Replace names and other identifiers in every transcript and memo.")
    p.add_argument("project", type=Path)
    p.add_argument("--replace", action="append", default=[], metavar="NAME=PSEUDONYM",
                   help="one identifier and its replacement; repeat for more")
    emptied = p.add_mutually_exclusive_group()
    emptied.add_argument("--remove-emptied-codings", action="store_true",
                         help="remove codings that would cover nothing (a name replaced by "
                              "nothing was all they covered)")
    emptied.add_argument("--placeholder", metavar="TEXT",
                         help='put TEXT (such as "[name]") in place of names replaced by '
                              "nothing, so that codings on them keep their place")
    p = add("check", projects.cmd_check, "Check a project's integrity and consistency.")
    p.add_argument("project", type=Path)
    p = add("backup", projects.cmd_backup, "Take a backup of a project now.")
    p.add_argument("project", type=Path)
    p.add_argument("--keep", type=int, default=10, help="how many backups to keep (10)")
    p = add("restore", projects.cmd_restore,
            "List a project's backups, or restore one (--backup N, 1 is the newest).")
    p.add_argument("project", type=Path)
    p.add_argument("--backup", type=int, help="the number shown in the list")
    cli_refi.register(sub, kinds)
    cli_search.register(sub, kinds)
    cli_similar.register(sub)
    cli_analysis.register(sub, kinds)
    cli_word.register(sub, kinds)
    cli_team.register(sub)
    cli_sources.register(sub)
    cli_editing.register(sub)
    p = add("register", desktop.cmd_register,
            "Let .annotator projects open in Annotator with a double-click, for this user "
            "(Linux: also the applications menu; Windows: Explorer).")
    p.add_argument("--remove", action="store_true", help="undo the registration")
    p = add("codings", coding.cmd_codings, "Print every coding.")
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true")
    return parser


def command_names() -> list[str]:
    """The subcommands, as the parser knows them (modules may register more)."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def build_gui_parser() -> argparse.ArgumentParser:
    """The parser of `annotator [PROJECT]`, which opens the app."""
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
