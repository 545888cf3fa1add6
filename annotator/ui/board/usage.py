"""The board's snapshot read again, its counts from the project's CodingCounts.

Chips and the tray show each code's codings and transcripts. Those counts follow
each change by its ids (project/counts.py), so a coding added while the board is on
screen costs no GROUP BY over every coding.
"""

from __future__ import annotations

from collections.abc import Collection

from annotator.model.board import BoardModel
from annotator.project import Project
from annotator.project.counts import CodingCounts


def reload_board(project: Project, model: BoardModel, parts: Collection[str]) -> None:
    """Read again the `parts` ("themes", "codes", "usage") of a board snapshot."""
    project.reload_board(model, set(parts) - {"usage"})
    if "usage" in parts:
        model.load_usage(CodingCounts.of(project).usage_map())
