"""What XML 1.0 cannot hold never gets into a project, and undo is exact for any text
(issue 14, item 3).

A NUL stops SQLite's quote() and length(): before, a UTF-8 .txt with a byte-order mark
and a NUL imported, undoing Remove transcript brought back 19 of its 77 characters,
nothing after the NUL could be coded, `check` reported paragraphs past the end and the
exported .qdpx did not import back. Now every reader replaces such characters one for
one (positions stay right), every operation does the same to names and texts, and the
undo log binds old values instead of splicing them into SQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.formats.characters import xml_safe
from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_bytes
from annotator.project import Project
from annotator.store.store import Store
from tests.helpers import table_dump

# Every character XML 1.0 cannot carry, but for the surrogates a file cannot decode to.
UNSAFE = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]) \
    + "\ufffe\uffff"
# Like the file: a NUL at the 20th character, 77 characters in all.
NUL_TEXT = "Interviewer: hello.\x00 Ana: I have worked here for twenty years, give or take!\n"


def _nul_txt(folder: Path) -> Path:
    path = folder / "nul.txt"
    path.write_bytes(b"\xef\xbb\xbf" + NUL_TEXT.encode("utf-8"))
    return path


def test_every_unsafe_character_is_replaced_one_for_one() -> None:
    text = f"a{UNSAFE}b\tc\nd\re"
    assert xml_safe(text) == "a" + " " * len(UNSAFE) + "b\tc\nd\re"


@pytest.mark.parametrize(("suffix", "encode"), [
    (".txt", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    (".txt", lambda t: t.encode("utf-16")),
    (".srt", lambda t: f"1\n00:00:01,000 --> 00:00:02,000\n{t}\n".encode()),
    (".rtf", lambda t: ("{\\rtf1\\ansi " + t.replace("\x00", "\\u0?") + "\\par}").encode()),
])
def test_no_reader_lets_them_in(suffix: str, encode) -> None:  # type: ignore[no-untyped-def]
    """Each reader either refuses the file in one sentence or replaces them."""
    try:
        imported = read_bytes(encode("Ana: one\x00two\x0bthree\x1f."), f"x{suffix}")
    except UnreadableFile as error:
        assert str(error).startswith("“x")
        return
    assert not any(c in imported.text for c in UNSAFE)
    assert "one" in imported.text and "three" in imported.text


def test_a_nul_file_imports_whole_and_survives_remove_undo_check_and_qdpx(
        tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.annotator") as project:
        (source_id,) = project.import_files([_nul_txt(tmp_path)])
        text = project.source(source_id).text
        assert text == NUL_TEXT.replace("\x00", " ") and len(text) == 77
        code_id = project.add_code("Tenure")
        project.add_coding(source_id, code_id, 60, 76)  # after the NUL: codable
        before = table_dump(project.store)
        project.remove_source(source_id)
        project.undo()
        assert table_dump(project.store) == before
        assert project.check() == []
        project.export_qdpx(tmp_path / "out.qdpx")
    with Project.create(tmp_path / "back.annotator") as back:
        back.import_exchange(tmp_path / "out.qdpx")
        (summary,) = back.sources()
        assert back.source(summary.id).text == text
        assert [(c.start, c.end) for c in back.codings()] == [(60, 76)]


def test_names_and_texts_are_made_safe_by_every_operation(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.annotator") as project:
        code_id = project.add_code("Trust\x00ed")
        project.rename_code(code_id, "Dis\x00trust")
        project.describe_code(code_id, "when\x0bnot")
        project.add_theme("The\x00me", definition="de\x00f")
        project.add_case("P\x001")
        memo_id = project.set_memo("code", code_id, "bo\x00dy", title="ti\x00tle")
        project.add_journal_entry("day\x00one", "no\x00tes")
        project.edit_memo(memo_id, "ti\x01tle", "bo\x02dy")
        dump = table_dump(project.store)
    stored = [value for rows in dump.values() for row in rows for value in row
              if isinstance(value, str)]
    assert stored and not [v for v in stored if any(c in v for c in UNSAFE)]
    assert {"Dis trust", "when not", "The me", "de f", "P 1", "ti tle", "bo dy"} <= set(stored)


def test_undo_restores_any_text_exactly_even_a_nul_already_in_a_file(tmp_path: Path) -> None:
    """A project written before these checks may hold a NUL: undo must not cut it."""
    store = Store.create(tmp_path / "p.annotator")
    name = "Trust\x00 (older file)"
    with store.recorded():
        store.database.conn.execute(
            "INSERT INTO codes(guid, name, description) VALUES ('C', ?, ?)", (name, "d\x00e"))
    before = table_dump(store)
    with store.recorded() as rename:
        store.codes.update(1, name="Trust", description="de")
    store.replay_inverse(rename.entries)
    assert table_dump(store) == before
    with store.recorded() as removal:
        store.database.conn.execute("DELETE FROM codes")
    store.replay_inverse(removal.entries)
    assert table_dump(store) == before
    assert store.database.conn.execute(
        "SELECT name = ?, length(CAST(name AS BLOB)) FROM codes", (name,)).fetchone() == (
        1, len(name.encode()))
    store.close()
