"""`annotator --self-test` (what the bundle runs in CI) and the hidden --quit-when-shown."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.cli import self_test


def annotator(*argv: str | Path, env: dict[str, str] | None = None
              ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, argv)],
                          capture_output=True, timeout=120, env=env)


@pytest.mark.gui  # opens the main window
def test_self_test_passes_offscreen_and_leaves_nothing_behind(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # it sets it itself
    home = Path(env["HOME"])
    before = sorted(home.rglob("*"))
    done = annotator("--self-test", env=env)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, out + done.stderr.decode("utf-8")
    lines = out.splitlines()
    assert lines[0].startswith("Annotator ") and "self-test" in lines[0]
    checks = [line for line in lines if line.startswith("ok  ")]
    assert len(checks) == len(self_test.CHECKS)
    assert "P5_chinese_community_centre" in out
    assert "identical" in out
    assert "“offscreen”" in out
    assert lines[-1] == "Self-test passed"
    assert b"propagateSizeHints" not in done.stderr
    # No settings, recent projects or backups were written for the user.
    assert sorted(home.rglob("*")) == before


def test_a_failing_check_stops_with_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> Path:
        raise FileNotFoundError("The demo project's files are missing (looked in: nowhere).")

    monkeypatch.setattr(self_test, "demo_resources_dir", missing)
    lines: list[tuple[str, bool]] = []
    assert self_test.run_self_test(lambda line, failed: lines.append((line, failed))) == 1
    assert lines[-1] == ("Self-test failed in the pick_transcript check: FileNotFoundError: "
                         "The demo project's files are missing (looked in: nowhere).", True)
    assert not any(line == "Self-test passed" for line, _ in lines)


def test_self_test_is_in_the_help_and_the_benchmark_hook_is_not() -> None:
    from annotator.cli.main import build_gui_parser

    help_text = build_gui_parser().format_help()
    assert "--self-test" in help_text
    assert "--quit-when-shown" not in help_text


@pytest.mark.gui  # opens the main window
def test_quit_when_shown_opens_the_project_and_exits(tmp_path: Path) -> None:
    project = tmp_path / "Demo.annotator"
    assert annotator("demo", project).returncode == 0
    started = time.time()
    done = annotator(project, "--quit-when-shown")
    assert done.returncode == 0, done.stderr.decode("utf-8")
    shown = float(done.stdout.decode().split("shown at ")[1].split()[0])
    assert started < shown < time.time()
