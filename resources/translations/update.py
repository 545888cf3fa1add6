"""Refresh the translation sources from the code:

    uv run python resources/translations/update.py

runs pyside6-lupdate over annotator/ and rewrites annotator_<lang>.ts here, keeping
every translation already made and dropping strings the code no longer has. Then
translate the new entries (pyside6-linguist, or by hand) and commit the .ts files;
the .qm files are compiled from them at build time or on first run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("en", "zh_CN")


def lupdate_binary() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe", "Qt/libexec/lupdate"):
        if (folder / name).is_file():
            return folder / name
    raise SystemExit("pyside6-lupdate is not installed (it comes with PySide6).")


def sources(root: Path = ROOT) -> list[Path]:
    return sorted(path for path in (root / "annotator").rglob("*.py")
                  if "tr(" in (text := path.read_text(encoding="utf-8")) or "message(" in text)


def update(targets: list[Path], root: Path = ROOT) -> None:
    files = [str(path.relative_to(root)) for path in sources(root)]
    for target in targets:
        language = target.stem.removeprefix("annotator_")
        # message() (annotator/messages.py) marks sentences of the Qt-free layers.
        subprocess.run([str(lupdate_binary()), "-silent", "-no-obsolete", "-locations", "none",
                        "-tr-function-alias", "tr+=message",
                        "-source-language", "en", "-target-language", language,
                        *files, "-ts", str(target)], check=True, cwd=root)


if __name__ == "__main__":
    update([HERE / f"annotator_{code}.ts" for code in LANGUAGES])
    sys.stdout.write("Updated " + ", ".join(f"annotator_{c}.ts" for c in LANGUAGES) + "\n")
