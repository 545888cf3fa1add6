"""Commands that reach the desktop: a window screenshot and a board image (both drawn by Qt,
started only here), and registering .annotator projects with the system (their arguments
are in cli/parser.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli.output import CliError, out
from annotator.exports.targets import check_export, export_file
from annotator.project import Project


def _check_png(path: Path) -> None:
    """Refuse a target that is not a .png before anything opens it: Qt empties the
    file first and only then finds it cannot write that format."""
    if path.suffix.lower() != ".png":
        raise CliError(f"A screenshot is saved as PNG: give a file name ending in .png, "
                       f"not “{path.name}”.")


def cmd_screenshot(args: argparse.Namespace) -> None:
    _check_png(args.out)
    Project.open(args.project).close()  # refuse a bad file before Qt starts
    check_export(args.project, args.out)
    from annotator.ui.app.screenshot import parse_size, save_screenshot

    try:
        size = parse_size(args.size)
        with export_file(args.project, args.out) as partial:
            save_screenshot(args.project, partial, args.view, args.source, theme=args.theme,
                            language=args.language, size=size, query=args.query)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    out(f"Saved {args.out}\n")


def cmd_export_board(args: argparse.Namespace) -> None:
    Project.open(args.project).close()  # refuse a bad file before Qt starts
    check_export(args.project, args.out)
    from annotator.ui.board.export import check_suffix, export_board

    try:
        check_suffix(args.out)  # before anything is created
        with export_file(args.project, args.out) as partial:
            export_board(args.project, partial)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    out(f"Saved {args.out}\n")


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
        out("".join(f"Removed {path}\n" for path in removed)
            or "Annotator was not registered for this user.\n")
        return
    for path in system.register():
        out(f"Wrote {path}\n")
    out("Annotator is registered for this user: .annotator projects open in it with a "
        "double-click. Run this again if the app moves.\n")
