"""Windows: `.annotator` projects open in Annotator with a double-click in Explorer.

The file type is registered for the current user only, under
HKEY_CURRENT_USER\\Software\\Classes (no administrator rights, nothing
machine-wide), as a ProgID with its icon and open command, the way Windows
documents file associations; `unregister` removes exactly those keys.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType
from typing import Any

PROG_ID = "Annotator.Project"
EXTENSION = ".annotator"
CLASSES = r"Software\Classes"

# (sub key under CLASSES, its default value with {open} and {icon} to fill in)
_KEYS = (
    (EXTENSION, PROG_ID),
    (PROG_ID, "Annotator project"),
    (rf"{PROG_ID}\DefaultIcon", "{icon}"),
    (rf"{PROG_ID}\shell\open\command", "{open}"),
)


def launch_command() -> list[str]:
    """The bundle's executable, or this Python without a console window (pythonw)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    python = Path(sys.executable)
    windowless = python.with_name("pythonw.exe")
    return [str(windowless if windowless.is_file() else python), "-m", "annotator"]


def command_line(command: list[str]) -> str:
    """`command` then the file (%1), each quoted as Windows command lines need."""
    return " ".join(f'"{arg}"' if " " in arg or not arg else arg
                    for arg in command) + ' "%1"'


def register(command: list[str] | None = None, registry: Any = None) -> list[str]:
    """Write the keys; the registry paths written (under HKEY_CURRENT_USER)."""
    winreg = registry or _winreg()
    command = command or launch_command()
    values = {"open": command_line(command), "icon": f'"{command[0]}",0'}
    written = []
    for sub_key, template in _KEYS:
        path = rf"{CLASSES}\{sub_key}"
        winreg.SetValue(winreg.HKEY_CURRENT_USER, path, winreg.REG_SZ,
                        template.format(**values))
        written.append(path)
    _announce(registry)
    return written


def unregister(registry: Any = None) -> list[str]:
    """Delete the keys register wrote, deepest first; the paths that were there."""
    winreg = registry or _winreg()
    removed = []
    paths = [rf"{CLASSES}\{sub_key}" for sub_key, _ in _KEYS]
    paths += [rf"{CLASSES}\{PROG_ID}\shell\open", rf"{CLASSES}\{PROG_ID}\shell"]
    for path in sorted(set(paths), key=lambda p: p.count("\\"), reverse=True):
        try:
            winreg.DeleteKey(winreg.HKEY_CURRENT_USER, path)
        except OSError:
            continue  # not there (never registered, or removed by hand)
        removed.append(path)
    _announce(registry)
    return sorted(removed)


def _winreg() -> ModuleType:
    import winreg  # Windows only

    return winreg


def _announce(registry: Any) -> None:
    # Explorer reads associations once; SHCNE_ASSOCCHANGED makes it read them again.
    if registry is None and sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SHChangeNotify(0x08000000, 0, None, None)
