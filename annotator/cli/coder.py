"""Who the command line records as the coder: `--coder NAME`, else the coder name saved
in the window's Preferences on this machine (with its initials for Word comments), else
the project's own fallback (its stored coder, then the login name).

The preference lives in Qt's settings; without PySide6 (the Qt-free install) there is
none to read."""

from __future__ import annotations

from annotator.project import Project

ORGANISATION = APPLICATION = "Annotator"  # as ui/app/application.make_app names them


def preferred_coder() -> tuple[str, str]:
    """The coder name and initials saved in Preferences, ("", "") if none."""
    try:
        from PySide6.QtCore import QCoreApplication

        from annotator.ui.shared.preferences import saved_coder
    except ImportError:
        return "", ""
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
    return saved_coder()


def set_coder(project: Project, chosen: str | None = None) -> None:
    """Record `chosen` (--coder) on what this command writes, else the saved coder."""
    name, initials = preferred_coder()
    if chosen and chosen.strip():
        project.set_coder(chosen, initials if chosen.strip() == name else "")
    else:
        project.set_coder(name, initials)
