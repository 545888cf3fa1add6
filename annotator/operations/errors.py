"""The error an operation raises when the user asked for something it cannot do, and
USER_ERRORS: every error whose message is for the user, which the window and the
command line both show as one sentence instead of a crash."""

from __future__ import annotations

from annotator.formats.errors import UnreadableFile
from annotator.store.errors import ProjectFileError


class OperationError(ValueError):
    """str() is one sentence for the user; the project is unchanged."""


# OSError covers what the disk says (FileExistsError, PermissionError, a full disk).
USER_ERRORS: tuple[type[Exception], ...] = (ProjectFileError, OperationError, UnreadableFile,
                                            OSError)
