"""`annotator --self-test`: does this installation work, end to end, without a screen?

Made for the built bundle (and CI): it finds the bundled demo transcripts,
creates a project in a temporary folder, imports one transcript (the Chinese
one, so text encoding and CJK survive the trip), codes an excerpt through the
Project facade, exports the annotated .docx and reads it back, then opens and
closes the main window offscreen on that project. One line per check; the
first failure stops it with a sentence saying what went wrong.

Nothing outside the temporary folder is touched: the window is made with
`remember=False`, so no settings, session or recent-projects list are written.
Qt is imported only by the window check (through annotator.ui), so the
headless checks run, and fail clearly, even where Qt cannot start.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotator import __version__
from annotator.exports.word import export_transcript
from annotator.formats.docx.reader import read_docx
from annotator.platform.demo import (
    CodingPlan,
    SourcePlan,
    demo_resources_dir,
    find_phrase,
    load_plan,
)
from annotator.project import Project


class SelfTestFailure(Exception):
    """One sentence saying which check failed and why."""


@dataclass
class _State:
    folder: Path
    project_path: Path
    resources: Path | None = None
    source: SourcePlan | None = None
    coding: CodingPlan | None = None
    source_id: int = 0
    text: str = ""
    docx: bytes = b""


def _pick_transcript(state: _State) -> str:
    state.resources = demo_resources_dir()
    plan = load_plan(state.resources)
    if not plan["sources"] or not plan["codings"]:
        raise SelfTestFailure("the demo plan lists no transcripts or no codings.")
    # Prefer a transcript with a non-ASCII excerpt (the Chinese interview).
    codings = sorted(plan["codings"], key=lambda c: c["match"].isascii())
    state.coding = codings[0]
    state.source = next(s for s in plan["sources"] if s["name"] == state.coding["source"])
    file = state.resources / state.source["file"]
    if not file.is_file():
        raise SelfTestFailure(f"the demo transcript {file} is missing.")
    return f"Found the demo transcripts in {state.resources}"


def _import(state: _State) -> str:
    assert state.resources is not None and state.source is not None
    with Project.create(state.project_path) as project:
        state.source_id = project.import_file(state.resources / state.source["file"],
                                              name=state.source["name"])
        source = project.source(state.source_id)
        paragraphs = len(project.paragraphs(state.source_id))
    state.text = source.text
    if not state.text.strip() or paragraphs == 0:
        raise SelfTestFailure(f"importing “{state.source['file']}” gave no text.")
    return (f"Imported “{source.name}” into a new project ({paragraphs} paragraphs, "
            f"{len(state.text)} characters)")


def _code(state: _State) -> str:
    assert state.coding is not None
    phrase = state.coding["match"]
    span = find_phrase(state.text, phrase, state.coding.get("occurrence", 1))
    if span is None:
        raise SelfTestFailure(f"the phrase “{phrase}” is not in the imported text.")
    with Project.open(state.project_path) as project:
        with project.batch("Self-test coding"):
            code_id = project.ensure_code_path(state.coding["code"])
            project.add_coding(state.source_id, code_id, *span)
        codings = project.codings(source_id=state.source_id)
        if len(codings) != 1 or state.text[codings[0].start:codings[0].end] != phrase:
            raise SelfTestFailure("the coding did not come back from the project as made.")
        path = project.code_path(code_id)
    return f"Coded characters {span[0]}–{span[1]} with “{path}”"


def _export(state: _State) -> str:
    with Project.open(state.project_path) as project:
        state.docx, skipped = export_transcript(project, state.source_id)
    if skipped:
        raise SelfTestFailure("the export could not mark every coding: " + " ".join(skipped))
    with zipfile.ZipFile(io.BytesIO(state.docx)) as archive:
        comments = archive.read("word/comments.xml").decode("utf-8") \
            if "word/comments.xml" in archive.namelist() else ""
    assert state.coding is not None
    leaf = state.coding["code"].rpartition("/")[2]
    if leaf not in comments:
        raise SelfTestFailure("the exported .docx has no comment naming the code.")
    return f"Exported an annotated .docx ({len(state.docx):,} bytes) with the coding as a comment"


def _reread(state: _State) -> str:
    text = read_docx(state.docx, "self-test.docx").text
    if text != state.text:
        raise SelfTestFailure("the exported .docx does not read back to the same text.")
    return "Read the exported .docx back: the text is identical"


def _window(state: _State) -> str:
    from annotator.ui.app.self_test_window import open_and_close_window

    return open_and_close_window(state.project_path)


def _interface(state: _State) -> str:
    from annotator.ui.app.self_test_window import check_languages_and_icons

    return check_languages_and_icons(state.folder)


def _licences(_state: _State) -> str:
    from annotator.platform.licences import COMPONENTS, third_party

    found = third_party()
    names = {c.name.lower().replace("_", "-") for c in found}
    # What the app imports must have its notice with it (colorama and pip may be absent).
    missing = [n for n in COMPONENTS if n not in names and n not in ("colorama", "pip")]
    blank = [c.name for c in found if not c.text.strip()]
    if missing or blank:
        raise SelfTestFailure("licence notices are missing for " + ", ".join(missing + blank))
    return f"Found the licence texts of {len(found)} components"


CHECKS: tuple[Callable[[_State], str], ...] = (
    _pick_transcript, _import, _code, _export, _reread, _window, _interface, _licences)


def _print(line: str, failed: bool = False) -> None:
    stream = sys.stderr if failed else sys.stdout
    stream.buffer.write((line + "\n").encode("utf-8"))  # Chinese survives any locale
    stream.buffer.flush()


def run_self_test(out: Callable[[str, bool], None] = _print) -> int:
    """Run every check, printing one line each; 0 if all pass, 1 at the first failure.

    The failure's sentence goes to stderr (`out(line, True)`), the rest to stdout.
    """

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out(f"Annotator {__version__} self-test (Python {sys.version.split()[0]}, "
        f"{'bundle' if getattr(sys, 'frozen', False) else 'source'})", False)
    with tempfile.TemporaryDirectory(prefix="annotator-self-test-") as folder:
        state = _State(Path(folder), Path(folder) / "Self-test.annotator")
        for check in CHECKS:
            try:
                out("ok  " + check(state), False)
            except SelfTestFailure as exc:
                out(f"Self-test failed: {exc}", True)
                return 1
            except Exception as exc:  # any other error is a failure to report, not a crash
                out(f"Self-test failed in the {check.__name__.strip('_')} check: "
                    f"{type(exc).__name__}: {exc}", True)
                return 1
    out("Self-test passed", False)
    return 0
