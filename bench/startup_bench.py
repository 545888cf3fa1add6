"""Cold start benchmark: a fresh process to a shown, painted main window on the demo project.

Builds the demo project once (`annotator demo PATH`) in a temporary folder, then
starts N fresh processes of `python -m annotator PATH --quit-when-shown` (or the
built bundle with --bundle). The hidden flag makes the app paint its window as
soon as the event loop runs, print the wall-clock time of that moment and close.
Start-up is that moment minus the moment just before the process was spawned:
interpreter start, imports, QApplication, the window, opening the project (with
the backup the app takes on every open) and the first paint. "total" adds the
closing and the process exit.

Every process gets its own empty HOME/XDG folders inside the temporary folder,
so no real settings, recent projects or backups are read or written. One untimed
run comes first (it also writes the byte-code cache, under the temporary folder),
so the figures are for warm disk caches: what a researcher sees the second time
they open the app that day, not the very first start after boot.

Target: median < 1.5 s offscreen on this machine.

    uv run python bench/startup_bench.py [-n 5] [--bundle dist/Annotator/Annotator]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = 1.5


def child_env(home: Path, platform: str) -> dict[str, str]:
    env = dict(os.environ)
    # Byte code is cached as in any installation (the untimed run writes it), but in
    # the temporary folder, not the checkout: PYTHONDONTWRITEBYTECODE would otherwise
    # make every run recompile the app's modules (about 0.15 s here).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               PYTHONPYCACHEPREFIX=str(home / "pycache"), QT_QPA_PLATFORM=platform)
    return env


def start_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the shown window, seconds to process exit) for one fresh process."""
    spawned = time.time()
    done = subprocess.run(command, capture_output=True, env=env, cwd=REPO, timeout=120)
    ended = time.time()
    out = done.stdout.decode("utf-8", "replace")
    if done.returncode != 0 or "shown at " not in out:
        raise SystemExit(f"The app did not start cleanly (exit {done.returncode}):\n"
                         f"{out}{done.stderr.decode('utf-8', 'replace')}")
    shown = float(out.split("shown at ")[1].split()[0])
    return shown - spawned, ended - spawned


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5, help="timed runs (5)")
    parser.add_argument("--bundle", type=Path,
                        help="time this built executable instead of `python -m annotator`")
    parser.add_argument("--platform", default="offscreen",
                        help="QT_QPA_PLATFORM for the app (offscreen; xcb under Xvfb)")
    args = parser.parse_args()
    launcher = [str(args.bundle.resolve())] if args.bundle else [sys.executable, "-m",
                                                                    "annotator"]
    with tempfile.TemporaryDirectory(prefix="annotator-startup-") as folder:
        home = Path(folder) / "home"
        env = child_env(home, args.platform)
        project = Path(folder) / "Demo.annotator"
        built = subprocess.run([*launcher, "demo", str(project)], capture_output=True,
                               env=env, cwd=REPO, timeout=300)
        if built.returncode != 0:
            raise SystemExit(built.stderr.decode("utf-8", "replace"))
        command = [*launcher, str(project), "--quit-when-shown"]
        start_once(command, env)  # untimed: warms the disk cache
        shown, total = [], []
        for run in range(1, args.n + 1):
            to_window, to_exit = start_once(command, env)
            shown.append(to_window)
            total.append(to_exit)
            print(f"run {run}: window shown after {to_window:.3f} s, process done after "
                  f"{to_exit:.3f} s")
    what = "bundle" if args.bundle else "python -m annotator"
    median = statistics.median(shown)
    print(f"\nCold start to a shown main window on the demo project ({what}, "
          f"{args.platform}, {args.n} runs):")
    print(f"  median {median:.3f} s, min {min(shown):.3f} s, max {max(shown):.3f} s "
          f"(to process exit: median {statistics.median(total):.3f} s)")
    print(f"  target < {TARGET} s: {'met' if median < TARGET else 'NOT met'}")
    return 0 if median < TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
