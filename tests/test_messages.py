"""Sentences of the Qt-free layers: made with message(), so the interface can translate them.

Three kinds of check: an AST walk over the layers below ui/ (every sentence given to a
user-facing error is a message(...), every template is one literal with named
placeholders that match its values, as lupdate and describe() need); the semantics of
Message itself; and real errors and reports from the Project facade, which must carry
their template and values while reading exactly as the English sentence.
"""

from __future__ import annotations

import ast
import copy
import csv
import pickle
from pathlib import Path
from string import Formatter

import pytest

from annotator.formats.errors import UnreadableFile
from annotator.messages import Message, joined, message, sentence
from annotator.operations.errors import OperationError
from annotator.project import Project
from annotator.store.errors import ProjectFileError
from tests.helpers import write_txt

PACKAGE = Path(__file__).resolve().parents[1] / "annotator"

# Errors whose str() is shown to the user (annotator.ui.shared.bridge.USER_ERRORS and the rest).
USER_ERRORS = {
    "OperationError", "ProjectFileError", "ProjectBusy", "ProjectReadOnly", "ProjectInUse",
    "UnreadableFile", "CommentsImportError", "FileExistsError", "FileNotFoundError",
}


def core_files() -> list[Path]:
    """The modules below the interface: all of annotator/ but ui/ and the command line."""
    return sorted(path for path in PACKAGE.rglob("*.py")
                  if path.relative_to(PACKAGE).parts[0] not in ("ui", "cli"))


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _where(path: Path, node: ast.AST) -> str:
    shown = path.relative_to(PACKAGE.parent) if path.is_relative_to(PACKAGE.parent) else path
    return f"{shown}:{getattr(node, 'lineno', '?')}"


def _is_message(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) == "message"


def _returns_messages(function: ast.FunctionDef) -> bool:
    """A helper that builds the sentence: every return of it is a message(...)."""
    returns = [n for n in ast.walk(function) if isinstance(n, ast.Return)]
    return bool(returns) and all(r.value is not None and _is_message(r.value) for r in returns)


def sentence_problems(path: Path) -> list[str]:
    """Sentences given to a user-facing error that are not made with message()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _name(node.func) in USER_ERRORS):
            continue
        # UnreadableFile(file_name, sentence); the others take the sentence first.
        position = 1 if _name(node.func) == "UnreadableFile" else 0
        if len(node.args) <= position:
            continue  # a bare re-raise of the class, or no sentence at all
        argument = node.args[position]
        if _is_message(argument):
            continue
        if isinstance(argument, ast.Call) and _name(argument.func) == "sentence":
            continue  # another error's sentence, passed on with its template
        if isinstance(argument, ast.Call) and _name(argument.func) in helpers \
                and _returns_messages(helpers[_name(argument.func)]):
            continue
        if isinstance(argument, ast.Dict) and all(_is_message(v) for v in argument.values):
            continue  # {kind: message(...), ...}[kind]
        if isinstance(argument, ast.Subscript) and isinstance(argument.value, ast.Dict) \
                and all(_is_message(v) for v in argument.value.values):
            continue
        found.append(f"{_where(path, node)}: {_name(node.func)}({ast.unparse(argument)[:60]})")
    return found


def template_problems(path: Path) -> list[str]:
    """message() calls lupdate cannot read, or whose placeholders and values differ."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _name(node.func) == "message"):
            continue
        where = _where(path, node)
        first = node.args[0] if node.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)) \
                or len(node.args) != 1:
            found.append(f"{where}: the template must be one literal string")
            continue
        fields = {name for _, name, _, _ in Formatter().parse(first.value) if name is not None}
        if any(not name.isidentifier() for name in fields):
            found.append(f"{where}: placeholders must be named, like {{name}}")
        given = {k.arg for k in node.keywords}
        if None in given:  # **values: only check what is named
            given.discard(None)
            if not given <= fields:
                found.append(f"{where}: values {sorted(given - fields)} are not in the template")
        elif given != fields:
            found.append(f"{where}: placeholders {sorted(fields)} but values {sorted(given)}")
    return found


def test_the_walk_sees_the_core_and_not_the_interface() -> None:
    names = {str(p.relative_to(PACKAGE)) for p in core_files()}
    assert {"project/facade.py", "store/database.py", "formats/reader.py"} <= names
    assert not any(n.startswith(("ui/", "cli")) for n in names)


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_user_facing_errors_carry_messages(path: Path) -> None:
    assert sentence_problems(path) == []


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_templates_are_literal_with_named_placeholders(path: Path) -> None:
    assert template_problems(path) == []


def test_the_check_catches_an_fstring_and_a_plain_literal(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('def f(name):\n'
                   '    raise OperationError(f"No {name}.")\n'
                   'def g():\n'
                   '    raise UnreadableFile("a.txt", "is empty")\n'
                   'def h(name):\n'
                   '    raise ProjectFileError(message("“{name}” is gone.", nmae=name))\n',
                   encoding="utf-8")
    assert len(sentence_problems(bad)) == 2
    assert len(template_problems(bad)) == 1


# -- Message itself ----------------------------------------------------------------------

def test_a_message_is_its_english_sentence() -> None:
    made = message("There is already a code called “{name}” there.", name="Trust")
    assert made == "There is already a code called “Trust” there."
    assert isinstance(made, str) and isinstance(made, Message)
    assert made.template == "There is already a code called “{name}” there."
    assert made.values == {"name": "Trust"}
    assert str(made) == made and f"{made}" == made
    assert hash(made) == hash("There is already a code called “Trust” there.")


def test_a_message_without_values_is_its_template() -> None:
    made = message("A code needs a name.")
    assert made == made.template == "A code needs a name." and made.values == {}


def test_values_are_formatted_like_an_fstring() -> None:
    made = message("{n} codings, {share} of {total} MB", n=3, share="1,024", total=2.5)
    assert made == "3 codings, 1,024 of 2.5 MB"
    assert made.values["n"] == 3
    braces = message("“{name}” is empty.", name="{odd}.txt")  # user data is not a template
    assert braces == "“{odd}.txt” is empty."


def test_a_message_survives_pickle_and_copy() -> None:
    made = message("“{file}” is empty.", file="a.txt")
    for again in (pickle.loads(pickle.dumps(made)), copy.copy(made), copy.deepcopy(made)):
        assert isinstance(again, Message)
        assert again == made and again.template == made.template and again.values == made.values
    error = pickle.loads(pickle.dumps(OperationError(made)))
    assert error.args[0].template == made.template


def test_sentence_keeps_the_message_of_an_error() -> None:
    made = message("That code no longer exists.")
    assert sentence(OperationError(made)) is made
    assert sentence(ValueError("plain")) == "plain"
    assert not isinstance(sentence(ValueError("plain")), Message)
    assert sentence(UnreadableFile("a.txt", made)) is made
    nested = message("row {number} ({name}): {error}", number=2, name="Ana",
                     error=sentence(OperationError(made)))
    assert nested == "row 2 (Ana): That code no longer exists."
    assert nested.values["error"].template == "That code no longer exists."


def test_joined_lists_phrases_as_a_chain_of_messages() -> None:
    phrases = [message("{n} codes", n=2), message("{n} transcripts", n=1), "3 things"]
    listed = joined(phrases)
    assert listed == "2 codes, 1 transcripts, 3 things"
    assert isinstance(listed, Message) and listed.template == "{item}, {rest}"
    assert listed.values["item"].template == "{n} codes"
    assert joined([]) == "" and joined(["one"]) == "one"


# -- real errors and reports from the facade -----------------------------------------------

@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.annotator")
    p.import_file(write_txt(tmp_path, "Ana.txt", "P1: The clinic called us.\n"))
    yield p
    p.close()


def _caught(kind: type[BaseException], action) -> Message:
    with pytest.raises(kind) as caught:
        action()
    text = caught.value.args[0]
    assert isinstance(text, Message), f"{kind.__name__} without a message: {text!r}"
    assert str(caught.value) == text  # the command line prints the English
    return text


def test_operation_errors_carry_template_and_values(project: Project) -> None:
    missing = _caught(OperationError, lambda: project.rename_code(9999, "Trust"))
    assert missing.template == "That code no longer exists." and missing == missing.template
    code_id = project.add_code("Trust")
    twin = _caught(OperationError, lambda: project.add_code("Trust"))
    assert twin.template == "There is already a code called “{name}” there."
    assert twin.values == {"name": "Trust"}
    colour = _caught(OperationError, lambda: project.recolor_code(code_id, "red"))
    assert colour == "“red” is not a colour; use the form #RRGGBB."
    assert colour.values == {"color": "red"}
    named = _caught(OperationError, lambda: project.source_by_name("Bo"))
    assert named == "There is no transcript called “Bo” (there are: Ana)."
    assert named.values == {"name": "Bo", "names": "Ana"}


def test_an_unreadable_file_names_itself_in_its_message(project: Project,
                                                        tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    refused = _caught(UnreadableFile, lambda: project.import_file(empty))
    assert refused == "“empty.txt” is empty."
    assert refused.template == "“{file}” is empty." and refused.values == {"file": "empty.txt"}
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01\xff" * 50)
    refused = _caught(UnreadableFile, lambda: project.import_file(binary))
    assert refused.values == {"file": "photo.txt"}
    assert refused.endswith("; save it as UTF-8 text (or as .docx) and try again.")
    gone = _caught(UnreadableFile, lambda: project.import_file(tmp_path / "gone.docx"))
    assert gone.template == "“{file}” could not be found (it may have been moved or deleted)."


def test_a_file_that_is_no_project_is_refused_with_a_message(tmp_path: Path) -> None:
    other = write_txt(tmp_path, "notes.annotator", "not a database")
    refused = _caught(ProjectFileError, lambda: Project.open(other))
    assert refused == "“notes.annotator” is not an Annotator project."
    assert refused.values == {"name": "notes.annotator"}


def test_an_exchange_report_is_made_of_messages(project: Project, tmp_path: Path) -> None:
    code_id = project.add_code("Trust")
    project.add_coding(project.sources()[0].id, code_id, 4, 14)
    out = tmp_path / "p.qdpx"
    project.export_qdpx(out)
    with Project.create(tmp_path / "q.annotator") as other:
        first = other.import_exchange(out).lines()
        again = other.import_exchange(out).lines()
    assert all(isinstance(line, Message) for line in first + again)
    assert first[0].template == "Imported from “{file}”: {counts}."
    assert first[0].values["counts"].values["item"].template == "1 code"
    assert any(line.template == "Skipped: {reason}" and line.values["reason"].template
               == "“{name}”, already in this project (same GUID), with its codings."
               for line in again)


def test_an_attribute_report_is_made_of_messages(project: Project, tmp_path: Path) -> None:
    project.add_attribute("Age", "number")
    sheet = tmp_path / "people.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["Participant", "Transcript", "Age"],
                                      ["P1", "Ana", "forty"]])
    report = project.import_attributes(sheet)
    lines = report.lines()
    assert all(isinstance(line, Message) for line in lines)
    skipped = next(line for line in lines if line.template == "Skipped: {reason}")
    assert skipped == "Skipped: row 2 (Ana): “forty” is not a number, which “Age” needs."
    reason = skipped.values["reason"]
    assert reason.template == "row {number} ({name}): {error}"
    assert reason.values["error"].template == "“{value}” is not a number, which “{name}” needs."


def test_consistency_problems_are_messages(project: Project) -> None:
    code_id = project.add_code("Trust")
    project.set_memo("code", code_id, "a memo")
    conn = project.store.database.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM codes WHERE id = ?", (code_id,))
    problems = project.check()
    assert problems == ["1 memo(s) belong to a code that no longer exists."]
    assert problems[0].template == "{n} memo(s) belong to a code that no longer exists."
