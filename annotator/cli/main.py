"""The command line's entry point: the GUI by default, headless subcommands for everything
scriptable (parsers in cli/parser.py, handlers in the command-family modules)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from annotator.cli.output import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    USER_ERRORS,
    CliError,
    fail,
)
from annotator.cli.parser import build_gui_parser, build_parser, command_names
from annotator.project import Project

__all__ = ["build_gui_parser", "build_parser", "main", "run_gui"]


def run_gui(args: argparse.Namespace) -> int:
    """Open the app as `args` (from build_gui_parser) ask; the exit status."""
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
    """Run `annotator ARGV...`; the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in command_names():
            args = build_parser().parse_args(argv)
            args.handler(args)
            return EXIT_OK
        if argv and argv[0] in ("-h", "--help"):
            build_parser().print_help()
            return EXIT_OK
        return run_gui(build_gui_parser().parse_args(argv))
    except (*USER_ERRORS, CliError) as exc:
        return fail(exc)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
