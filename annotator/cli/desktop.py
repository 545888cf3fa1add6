"""Commands that reach the desktop: a window screenshot and a board image (both drawn by Qt,
started only here), and registering .annotator projects with the system (their arguments
are in cli/parser.py)."""

from __future__ import annotations

import argparse
import sys

from annotator.cli.output import CliError, out
from annotator.project import Project


def cmd_screenshot(args: argparse.Namespace) -> None:
    Project.open(args.project).close()  # refuse a bad file before Qt starts
    from annotator.ui.app.screenshot import parse_size, save_screenshot

    try:
        save_screenshot(args.project, args.out, args.view, args.source, theme=args.theme,
                        language=args.language, size=parse_size(args.size), query=args.query)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    out(f"Saved {args.out}\n")


def cmd_export_board(args: argparse.Namespace) -> None:
    Project.open(args.project).close()  # refuse a bad file before Qt starts
    from annotator.ui.board.export import export_board

    try:
        export_board(args.project, args.out)
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
