"""Errors the project file raises; each message is one sentence for the user."""

from __future__ import annotations


class ProjectFileError(Exception):
    """The file cannot be used as a project; str() is the sentence to show."""


class ProjectBusy(ProjectFileError):
    """Another window or process holds the write lock for longer than we wait."""


class ProjectReadOnly(ProjectFileError):
    """The file or its folder cannot be written."""
