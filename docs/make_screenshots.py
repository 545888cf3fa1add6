"""Regenerate every picture of the user guide and the README from the demo project.

    uv run python docs/make_screenshots.py            # all of them
    uv run python docs/make_screenshots.py board      # only those whose file name has "board"

Builds the demo project afresh in a temporary folder, then runs
`annotator screenshot` once per picture (in this one process, so it takes
seconds, not minutes). Every picture is a plain function of the demo, the code
and the translations, so running this again after a change to any of them
brings the guide and the README up to date. Look at the results before
committing them.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.cli.main import main  # noqa: E402 (after choosing the offscreen platform)
from annotator.platform.demo import build_demo  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "images"
README_IMAGES = ROOT / "resources" / "screenshots"
CHINESE_SOURCE = "P5_chinese_community_centre"

# The user guide's pictures: file name → `annotator screenshot` options. The Chinese
# guide has the same pictures in docs/images/zh_CN/, in Chinese, with the Chinese
# interview open (and its participant chosen in the tables).
GUIDE: dict[str, list[str]] = {
    "welcome.png": ["--view", "welcome", "--size", "1100x640"],
    "journal.png": ["--view", "journal"],
    "participants.png": ["--view", "participants", "--size", "1200x560"],
    "coding.png": ["--view", "workspace"],
    "board.png": ["--view", "board"],
    "review.png": ["--view", "review"],
    "analysis.png": ["--view", "analysis", "--size", "1200x820"],
    "search.png": ["--view", "search", "--query", "trust"],
}
CHINESE_QUERY = "社区"  # "community": many hits in the Chinese interview
TRANSCRIPT_VIEWS = {"journal.png", "coding.png", "search.png", "participants.png",
                    "analysis.png", "review.png"}

# The README's pictures: the workspace and the board, light, dark and Chinese.
README: dict[str, list[str]] = {
    "workspace.png": [],
    "workspace-dark.png": ["--theme", "dark"],
    "workspace-chinese.png": ["--language", "zh_CN", "--source", CHINESE_SOURCE],
    "board.png": ["--view", "board"],
    "board-dark.png": ["--view", "board", "--theme", "dark"],
    "board-chinese.png": ["--view", "board", "--language", "zh_CN", "--source", CHINESE_SOURCE],
}


def chinese(options: list[str], name: str) -> list[str]:
    extra = ["--language", "zh_CN"]
    if name in TRANSCRIPT_VIEWS:
        extra += ["--source", CHINESE_SOURCE]
    if "--query" in options:
        options = [CHINESE_QUERY if options[i - 1] == "--query" else o
                   for i, o in enumerate(options)]
    return options + extra


def jobs() -> list[tuple[Path, list[str]]]:
    listed = [(IMAGES / name, options) for name, options in GUIDE.items()]
    listed += [(IMAGES / "zh_CN" / name, chinese(options, name))
               for name, options in GUIDE.items()]
    listed += [(README_IMAGES / name, options) for name, options in README.items()]
    return listed


def run(only: list[str]) -> int:
    folder = Path(tempfile.gettempdir()) / "annotator-docs"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        project = folder / "Demo.annotator"
        build_demo(project)
        chosen = [(out, options) for out, options in jobs()
                  if not only or any(word in str(out.relative_to(ROOT)) for word in only)]
        started = time.perf_counter()
        for out, options in chosen:
            code = main(["screenshot", str(project), "--out", str(out), *options])
            if code != 0:
                return code
        print(f"{len(chosen)} pictures in {time.perf_counter() - started:.1f} s", flush=True)
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
