"""Linux desktop integration: Annotator in the applications menu, with its icon, and
`.annotator` project files that open in it with a double-click.

Everything goes under the user's XDG data folder (no root, nothing system-wide), as
the freedesktop.org Desktop Entry, Icon Theme and Shared MIME-info specifications
describe; `unregister` takes exactly those files away again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from platformdirs import user_data_path

from annotator.platform.resources import resources_dir

APP_ID = "annotator"  # the desktop file's name, which Qt reports to Wayland compositors
MIME_TYPE = "application/x-annotator-project"

_MIME_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>Annotator project</comment>
    <comment xml:lang="zh_CN">Annotator 项目</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <icon name="{APP_ID}"/>
    <glob pattern="*.annotator" weight="80"/>
  </mime-type>
</mime-info>
"""


def launch_command() -> list[str]:
    """How to start this installation: the bundle's executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "annotator"]


def exec_line(command: list[str]) -> str:
    """`command` quoted for a desktop file's Exec key, then the file to open (%f)."""
    def quoted(arg: str) -> str:
        if not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`=%"):
            return arg
        escaped = "".join(f"\\{c}" if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'.replace("%", "%%")

    # The spec reads backslashes once more as a string value: double them.
    return " ".join(quoted(arg).replace("\\", "\\\\") for arg in command) + " %f"


def desktop_file(command: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=Annotator",
        "GenericName=Qualitative Data Analysis",
        "GenericName[zh_CN]=质性资料分析",
        "Comment=Reflexive thematic analysis of interview transcripts",
        "Comment[zh_CN]=访谈转录文本的反思性主题分析",
        f"Exec={exec_line(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Science;Humanities;",
        "Keywords=qualitative;thematic analysis;coding;interview;transcript;QDA;",
        f"MimeType={MIME_TYPE};",
        "",
    ])


def _files(home: Path) -> dict[str, Path]:
    return {
        "desktop": home / "applications" / f"{APP_ID}.desktop",
        "svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "png": home / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png",
        "mime": home / "mime" / "packages" / f"{APP_ID}.xml",
    }


def register(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the desktop file, the icons and the project file type; the paths written."""
    home = home or user_data_path()  # $XDG_DATA_HOME, else ~/.local/share
    files = _files(home)
    icons = resources_dir() / "icons"
    contents: dict[str, bytes] = {
        "desktop": desktop_file(command or launch_command()).encode("utf-8"),
        "svg": (icons / f"{APP_ID}.svg").read_bytes(),
        "png": (icons / f"{APP_ID}.png").read_bytes(),
        "mime": _MIME_XML.encode("utf-8"),
    }
    for key, path in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".part")
        temporary.write_bytes(contents[key])
        temporary.replace(path)  # whole or not at all: menus read these files any time
    _refresh_caches(home)
    return list(files.values())


def unregister(home: Path | None = None) -> list[Path]:
    """Remove what register wrote; the paths that were there."""
    home = home or user_data_path()  # $XDG_DATA_HOME, else ~/.local/share
    removed = [path for path in _files(home).values() if path.exists()]
    for path in removed:
        path.unlink()
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    # Desktops notice new files by themselves; these caches make it immediate where
    # the tools are installed, and their absence changes nothing.
    for tool, folder in (("update-mime-database", home / "mime"),
                         ("update-desktop-database", home / "applications"),
                         ("gtk-update-icon-cache", home / "icons" / "hicolor")):
        executable = shutil.which(tool)
        if executable is None or not folder.is_dir():
            continue
        args = [executable, "-f", "-t", str(folder)] if tool.startswith("gtk") else \
            [executable, str(folder)]
        subprocess.run(args, capture_output=True, check=False, timeout=60)
