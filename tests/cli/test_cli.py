"""The command line, driven as a researcher would type it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.store.schema import SCHEMA_VERSION
from tests.helpers import write_txt

INTERVIEW = (
    "Interviewer: How did the partnership start?\n"
    "P3: Honestly, the clinic rang us. We said yes, then yes again.\n"
    "访谈者：你们怎么开始合作的？\n"
    "受访者：社区参与很重要 😀 𠀋。\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "study.annotator"
    assert run(capsys, "new", str(path))[0] == 0
    transcript = write_txt(tmp_path, "Ana.txt", INTERVIEW)
    code, out, err = run(capsys, "import", str(path), str(transcript))
    assert (code, err) == (0, "")
    assert "Imported “Ana.txt” as “Ana”" in out
    return path


def test_info_json_counts(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "info", str(project), "--json")
    assert code == 0
    info = json.loads(out)
    assert set(info) == {
        "sources",
        "words",
        "codes",
        "codings",
        "themes",
        "memos",
        "cases",
        "schema_version",
    }
    assert info["sources"] == 1 and info["codes"] == 0
    assert info["schema_version"] == SCHEMA_VERSION  # a new project is at the newest version
    # English by spaces (6 + 12); each Chinese character one word, as Word counts,
    # plus the emoji (12 + 12).
    assert info["words"] == 6 + 12 + 12 + 12


def test_text_prints_exactly_the_stored_text(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "text", str(project), "Ana")
    assert code == 0
    assert out == INTERVIEW


def test_code_by_match_and_by_offsets(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "code",
        str(project),
        "--source",
        "Ana",
        "--code",
        "Building partnership/First contact",
        "--match",
        "yes",
        "--occurrence",
        "2",
        "--memo",
        "repeated yes",
    )
    assert (code, err) == (0, "")
    start = INTERVIEW.index("社区参与")
    code, _, err = run(
        capsys,
        "code",
        str(project),
        "--source",
        "Ana",
        "--code",
        "社区",
        "--start",
        str(start),
        "--end",
        str(start + 4),
    )
    assert (code, err) == (0, "")
    _, out, _ = run(capsys, "codings", str(project), "--json")
    rows = json.loads(out)
    assert [(r["code"], r["text"], r["memo"]) for r in rows] == [
        ("Building partnership/First contact", "yes", "repeated yes"),
        ("社区", "社区参与", ""),
    ]
    second_yes = INTERVIEW.index("yes", INTERVIEW.index("yes") + 1)
    assert rows[0]["start"] == second_yes and rows[0]["end"] == second_yes + 3
    _, out, _ = run(capsys, "codes", str(project), "--json")
    codes = json.loads(out)
    assert [(c["path"], c["codings"], c["sources"]) for c in codes] == [
        ("Building partnership", 0, 0),
        ("Building partnership/First contact", 1, 1),
        ("社区", 1, 1),
    ]
    assert all(c["color"].startswith("#") and len(c["color"]) == 7 for c in codes)
    _, out, _ = run(capsys, "codes", str(project))
    assert "  First contact  (1 coding in 1 transcript)" in out


@pytest.mark.parametrize(
    ("argv", "sentence"),
    [
        (
            ["code", "{p}", "--source", "Nobody", "--code", "X", "--match", "yes"],
            "There is no transcript called “Nobody”",
        ),
        (
            ["code", "{p}", "--source", "Ana", "--code", "X", "--match", "absent words"],
            "occurs 0 times",
        ),
        (
            ["code", "{p}", "--source", "Ana", "--code", "X", "--start", "5", "--end", "99999"],
            "is not inside “Ana”",
        ),
        (
            ["code", "{p}", "--source", "Ana", "--code", "X//Y", "--match", "yes"],
            "is not a code path",
        ),
        (["code", "{p}", "--source", "Ana", "--code", "X"], "Say what to code"),
        (["text", "{p}", "Nobody"], "There is no transcript called"),
        (["info", "{missing}"], "There is no project at"),
        (["new", "{p}"], "already exists"),
    ],
)
def test_bad_input_gets_one_sentence_and_exit_1(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], sentence: str
) -> None:
    before = project.read_bytes()
    args = [a.format(p=project, missing=project.with_name("missing.annotator")) for a in argv]
    code, out, err = run(capsys, *args)
    assert code == 1
    assert sentence in err
    assert err.startswith("annotator: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert project.read_bytes() == before


def test_import_of_a_bad_file_leaves_the_project_unchanged(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_txt(tmp_path, "Good.txt", "fine text")
    bad = tmp_path / "Broken.docx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    code, _, err = run(capsys, "import", str(project), str(good), str(bad))
    assert code == 1 and "Broken.docx" in err
    _, out, _ = run(capsys, "info", str(project), "--json")
    assert json.loads(out)["sources"] == 1


def test_a_non_project_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = write_txt(tmp_path, "notes.annotator", "just notes")
    code, _, err = run(capsys, "info", str(fake))
    assert code == 1 and "is not an Annotator project" in err
    assert fake.read_text() == "just notes"


def test_python_dash_m_entry_point(project: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "info", str(project), "--json"],
        capture_output=True,
        check=True,
    )
    assert json.loads(done.stdout.decode("utf-8"))["sources"] == 1
    bad = subprocess.run(
        [sys.executable, "-m", "annotator", "info", "/nonexistent.annotator"], capture_output=True
    )
    assert bad.returncode == 1
    assert b"There is no project at" in bad.stderr
