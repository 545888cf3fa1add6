"""Real file-system trouble for tests: permissions that bind, and a disk that is full.

The tests run as root, for whom the kernel ignores file modes, so a read-only file
is writable to them. `run_unprivileged` runs Python code in a subprocess that has
dropped every capability (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER with
them), through `setpriv`: there a 0444 file or a 0555 folder refuses writes as it
does for a researcher. `full_disk` mounts a tiny tmpfs, so that writes meet ENOSPC.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# The `setpriv` flags that drop root's override of file modes (and every other
# capability) for the command and everything it starts.
DROP_OVERRIDE = ("--inh-caps=-all", "--bounding-set=-all")


def unprivileged(command: list[str]) -> list[str]:
    """`command`, made to run without the power to ignore file modes."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv (util-linux) is needed to drop root's override of file modes")
    return [setpriv, *DROP_OVERRIDE, *command]


def run_unprivileged(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -c code args...` without root's override; its output as text."""
    return subprocess.run(unprivileged([sys.executable, "-c", code, *args]), cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=False)


def run_cli_unprivileged(*argv: str) -> subprocess.CompletedProcess[str]:
    """`annotator ARGV...` without root's override."""
    return subprocess.run(unprivileged([sys.executable, "-m", "annotator", *argv]), cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=False)


@contextmanager
def full_disk(folder: Path, size_kb: int = 64) -> Iterator[Path]:
    """`folder` made a tmpfs of `size_kb` KB, unmounted afterwards (skips if it cannot be
    mounted: not root, or no mount allowed in this container)."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                              str(folder)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("a small tmpfs cannot be mounted here to make a full disk")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def fill(folder: Path) -> None:
    """Fill the file system of `folder` to the last byte."""
    with (folder / "filler").open("wb", buffering=0) as handle:
        for chunk in (4096, 1):  # then byte by byte, for what a block left
            try:
                while handle.write(b"\0" * chunk):
                    pass
            except OSError:
                continue
