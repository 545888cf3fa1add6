"""The Linux menu entry: written where the freedesktop.org specifications say, valid to
their own checker, with a launch command that survives odd paths, and removable."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from annotator.cli import main as cli
from annotator.platform.desktop_entry import MIME_TYPE, exec_line, register, unregister

ODD = ["/opt/My Apps/$HOME/Annotator`x`", "-m", 'say "hi"\\now', "50%"]


def read_desktop(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def unquote_exec(value: str) -> list[str]:
    """The argument list a desktop reads from an Exec value (spec, "The Exec key")."""
    value = value.replace("\\\\", "\\")  # the string escape comes first
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(value):
        c = value[i]
        if quoted and c == "\\" and value[i + 1] in '"`$\\':
            current, i = current + value[i + 1], i + 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        else:
            current, started = current + c, True
        i += 1
    if started:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def test_exec_line_quotes_what_the_spec_reserves() -> None:
    assert exec_line(["/usr/bin/annotator"]) == "/usr/bin/annotator %f"
    assert unquote_exec(exec_line(ODD)) == [*ODD, "%f"]


def test_install_writes_a_valid_entry_icon_and_file_type(tmp_path: Path) -> None:
    written = register(tmp_path, command=ODD)
    desktop = tmp_path / "applications" / "annotator.desktop"
    assert desktop in written and all(path.is_file() for path in written)
    entry = read_desktop(desktop)
    assert entry["Name"] == "Annotator"
    assert entry["Comment[zh_CN]"] == "访谈转录文本的反思性主题分析"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert unquote_exec(entry["Exec"]) == [*ODD, "%f"]
    assert (tmp_path / "icons/hicolor/256x256/apps/annotator.png").read_bytes()[:4] == \
        b"\x89PNG"
    assert b"<svg" in (tmp_path / "icons/hicolor/scalable/apps/annotator.svg").read_bytes()
    assert not list(tmp_path.rglob("*.part"))

    validator = shutil.which("desktop-file-validate")  # .ci/run installs it
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt: desktop-file-utils)")
    done = subprocess.run([validator, str(desktop)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout
    # update-mime-database (shared-mime-info) ran: a double-click finds the type.
    assert f"{MIME_TYPE}:*.annotator" in (tmp_path / "mime" / "globs2").read_text()


def test_remove_takes_away_exactly_what_install_wrote(tmp_path: Path) -> None:
    (tmp_path / "applications").mkdir()
    other = tmp_path / "applications" / "someone-else.desktop"
    other.write_text("[Desktop Entry]\n")
    written = register(tmp_path, command=["/usr/bin/annotator"])
    assert sorted(unregister(tmp_path)) == sorted(written)
    assert not any(path.exists() for path in written)
    assert other.exists()
    assert unregister(tmp_path) == []


def test_command_line_installs_for_the_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert cli.main(["register"]) == 0
    out = capfdbinary.readouterr().out.decode("utf-8")
    assert f"Wrote {tmp_path / 'applications' / 'annotator.desktop'}" in out
    entry = read_desktop(tmp_path / "applications" / "annotator.desktop")
    assert unquote_exec(entry["Exec"])[-2:] == ["annotator", "%f"]  # python -m annotator
    assert cli.main(["register", "--remove"]) == 0
    assert "Removed" in capfdbinary.readouterr().out.decode("utf-8")
    assert not (tmp_path / "applications" / "annotator.desktop").exists()
