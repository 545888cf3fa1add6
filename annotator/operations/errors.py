"""The error an operation raises when the user asked for something it cannot do."""

from __future__ import annotations


class OperationError(ValueError):
    """str() is one sentence for the user; the project is unchanged."""
