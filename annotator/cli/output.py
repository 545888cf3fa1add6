"""What the command line prints and how it ends: UTF-8 output, exit codes, user errors."""

from __future__ import annotations

import json
import sys

# The errors shown as one sentence: the same tuple as the window's.
from annotator.operations.errors import USER_ERRORS as USER_ERRORS

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl+C


class CliError(Exception):
    """A sentence for the user; exit status 1."""


def out(text: str) -> None:
    """Print `text` as it is."""
    # Exact bytes in UTF-8 whatever the terminal's locale: Chinese must survive a pipe.
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def out_json(value: object) -> None:
    """Print `value` as indented JSON, non-ASCII characters as themselves."""
    out(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def fail(exc: BaseException) -> int:
    """Report a user error on stderr; the exit status to return."""
    sys.stderr.write(f"annotator: {exc}\n")
    return EXIT_USER_ERROR
