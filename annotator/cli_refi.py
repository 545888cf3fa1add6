"""Command-line subcommands for REFI-QDA project exchange (registered by cli.py)."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction, exports: argparse._SubParsersAction) -> None:
    """Add this module's commands: top-level ones to `commands`, `export KIND` ones to `exports`."""
