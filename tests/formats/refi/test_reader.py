"""REFI-QDA import of the real files in the corpus, character-exact, and of awkward variants."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.cli.main import main
from annotator.formats.errors import UnreadableFile
from annotator.formats.refi.reader import read_exchange_file
from annotator.project import Project

NVIVO = "refi-qda/nvivo-win12.6__oltas0517.qdpx"
CORPUS_FILES = [
    "refi-qda/atlasti8.4-mac__refi-standard-project.qdpx",
    "refi-qda/atlasti8.4-mac__refi-standard-project.qde",
    "refi-qda/qc1.3.2__demo.qdpx",
    "refi-qda/doorstop__ISO29148_example.qdc",
    "refi-qda/doorstop__exported.qdc",
]


def test_nvivo_imports_with_its_word_files(nvivo):
    report, texts, codings = nvivo
    assert report.counts["transcripts"] == 2 and report.counts["codes"] == 152
    assert len(codings) == 303


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_every_corpus_file_imports(name: str, corpus_copy, tmp_path: Path):
    path = corpus_copy(name)
    with Project.create(tmp_path / "p.annotator") as project:
        report = project.import_exchange(path)
        assert project.codes(), report.lines()
        assert project.store.integrity_problems() == []
        for coding in project.codings():
            assert coding.start < coding.end
    assert report.lines()[0].startswith(f"Imported from “{path.name}”")


def test_corpus_directory_has_no_file_we_do_not_try(corpus: Path):
    found = {f"refi-qda/{p.name}" for p in (corpus / "refi-qda").iterdir()
             if p.suffix in (".qdpx", ".qdc", ".qde")}
    assert found == {*CORPUS_FILES, NVIVO}


def _nvivo_expected(corpus: Path) -> dict[str, str]:
    """Selection GUID -> the text NVivo coded, cut with an independent UTF-16 slicer."""
    with zipfile.ZipFile(corpus / NVIVO) as package:
        root = etree.fromstring(package.read("project.qde"))
        expected = {}
        for source in root.iter("{*}TextSource"):
            raw = package.read(f"Sources/{source.get('guid')}.txt").decode("utf-8-sig")
            units = raw.encode("utf-16-le")
            for sel in source.iter("{*}PlainTextSelection"):
                s, e = int(sel.get("startPosition")), int(sel.get("endPosition"))
                text = units[2 * s:2 * e].decode("utf-16-le").replace("\r\n", "\n")
                expected[sel.get("guid").upper()] = text
    return expected


@pytest.fixture(scope="module")
def nvivo(corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    """The NVivo project imported once (it takes seconds): report, texts, codings."""
    folder = tmp_path_factory.mktemp("nvivo")
    shutil.copyfile(corpus / NVIVO, folder / "oltas.qdpx")
    with Project.create(folder / "p.annotator") as project:
        report = project.import_exchange(folder / "oltas.qdpx")
        texts = {s.id: project.source(s.id).text for s in project.sources()}
        return report, texts, project.codings()


def test_nvivo_excerpts_are_exactly_what_was_coded(corpus: Path, nvivo):
    expected = _nvivo_expected(corpus)
    report, texts, codings = nvivo
    assert any("UTF-16" in remark for remark in report.remarks)
    assert len(codings) == len(expected) == 303
    astral = re.compile("[\U00010000-\U0010ffff]")
    with_emoji = 0
    line_based = 0
    for coding in codings:
        text = texts[coding.source_id]
        excerpt = text[coding.start:coding.end]
        assert excerpt == expected[coding.guid]
        # Emoji before the excerpt are what shift naive readers; count those checked.
        with_emoji += bool(astral.search(text, 0, coding.start))
        # NVivo codes whole paragraphs here (one comment per line): the evidence
        # that UTF-16 is NVivo's unit is that the converted excerpts start at line starts.
        starts_line = coding.start == 0 or text[coding.start - 1] == "\n"
        ends_line = text[coding.end - 1] == "\n" or text[coding.end:coding.end + 1] in ("\n", "")
        line_based += starts_line and ends_line
    assert with_emoji > 250
    assert line_based >= 270  # of 303; the rest are sentences (read as code points: 16)


def test_nvivo_emoji_excerpt_sample(nvivo):
    _, texts, codings = nvivo
    excerpts = {texts[c.source_id][c.start:c.end] for c in codings}
    assert "@@szilagyitamas2823 És milyen igazad lett!☝️👌👍👍👍\n" in excerpts
    assert "Záhertorta egy alkesz nulla" in excerpts


def test_qc_excerpts_are_whole_lines(corpus_copy, tmp_path: Path):
    with Project.create(tmp_path / "p.annotator") as project:
        project.import_exchange(corpus_copy("refi-qda/qc1.3.2__demo.qdpx"))
        texts = {s.id: project.source(s.id).text for s in project.sources()}
        for coding in project.codings():
            text = texts[coding.source_id]
            assert coding.start == 0 or text[coding.start - 1] == "\n"


def test_atlas_report_names_what_was_skipped(corpus_copy, tmp_path: Path):
    with Project.create(tmp_path / "p.annotator") as project:
        report = project.import_exchange(
            corpus_copy("refi-qda/atlasti8.4-mac__refi-standard-project.qdpx"))
        assert [t.name for t in project.themes()][:1] == ["Feelings"]
        assert {m.title for m in project.memos("journal")} == {"Research Plan",
                                                               "My favorite Coke ad"}
    text = "\n".join(report.lines())
    assert "“cornflakes-n-milk.jpg” (picture)" in text
    assert "(PDF)" in text and "(video)" in text and "(audio)" in text
    assert "its text is not in the file" in text


# -- tolerance: what real exporters write ------------------------------------

def _qdpx(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()


GUID_S = "aaaaaaaa-1111-2222-3333-444444444444"
GUID_C = "bbbbbbbb-1111-2222-3333-444444444444"


def _qde(path: str, ns: str = "urn:QDA-XML:project:1.0", start: int = 8, end: int = 13) -> bytes:
    return f"""<Project xmlns="{ns}" name="t" origin="Other">
<CodeBook><Codes><Code guid="{{{GUID_C.upper()}}}" name="Weather" isCodable="true"/></Codes>
</CodeBook><Sources>
<TextSource guid="{GUID_S}" name="one" plainTextPath="{path}">
<PlainTextSelection guid="cccccccc-1111-2222-3333-444444444444" startPosition="{start}"
 endPosition="{end}"><Coding guid="dddddddd-1111-2222-3333-444444444444">
<CodeRef targetGUID="{GUID_C}"/></Coding></PlainTextSelection></TextSource>
<TextSource guid="eeeeeeee-1111-2222-3333-444444444444" name="empty" plainTextPath="e.txt"/>
</Sources></Project>""".encode()


@pytest.mark.parametrize("qde_name, path, member", [
    ("project.qde", f"internal://{GUID_S}.txt", f"sources/{GUID_S}.txt"),
    ("Project.qde", f"internal://{GUID_S}.txt", f"Sources/{GUID_S}.txt"),
    ("project.qde", "one.txt", "sources/one.txt"),
    ("PROJECT.QDE", f"internal://{GUID_S.upper()}.TXT", f"Sources/{GUID_S}.txt"),
])
def test_tolerant_paths_bom_crlf_and_guid_case(qde_name, path, member, tmp_path: Path):
    text = "\ufeffLine 1\r\nsunny day\r\n".encode()
    data = _qdpx({qde_name: _qde(path), member: text, "sources/e.txt": b""})
    file = tmp_path / "x.qdpx"
    file.write_bytes(data)
    with Project.create(tmp_path / "p.annotator") as project:
        project.import_exchange(file)
        [coding] = project.codings()
        source = project.source(coding.source_id)
        assert source.text == "Line 1\nsunny day\n"
        # Code points over the text as written (CRLF = 2): 8..13 is "sunny".
        assert source.text[coding.start:coding.end] == "sunny"
        assert project.code(coding.code_id).color.startswith("#")
        assert source.guid == GUID_S.upper()
        assert len(project.sources()) == 2  # the empty one too


def test_codebook_in_another_namespace(tmp_path: Path):
    file = tmp_path / "c.qdc"
    file.write_bytes(b'<qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:0.9"><qda:Codes>'
                     b'<qda:Code guid="11111111-1111-2222-3333-444444444444" name="A" '
                     b'isCodable="true"><qda:Code guid="21111111-1111-2222-3333-444444444444" '
                     b'name="B" isCodable="true" color="#abc"/></qda:Code></qda:Codes>'
                     b'</qda:CodeBook>')
    with Project.create(tmp_path / "p.annotator") as project:
        project.import_exchange(file)
        codes = {c.name: c for c in project.codes()}
    assert codes["B"].parent_id == codes["A"].id


def test_importing_twice_adds_nothing_twice(corpus_copy, tmp_path: Path):
    path = corpus_copy("refi-qda/qc1.3.2__demo.qdpx")
    with Project.create(tmp_path / "p.annotator") as project:
        project.import_exchange(path)
        before = project.info()
        report = project.import_exchange(path)
        assert project.info() == before
    assert any("already in this project" in s for s in report.skipped)


# -- hostile input -----------------------------------------------------------

def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("project.qde", _qde("a.txt"))
        package.writestr("sources/a.txt", b"\0" * (60 * 1024 * 1024))
    return buffer.getvalue()


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>"""


@pytest.mark.parametrize("case, data, words", [
    ("zip bomb", _bomb(), "zip bomb"),
    ("XXE", _qdpx({"project.qde": XXE}), "document type declaration"),
    ("no .qde", _qdpx({"sources/a.txt": b"hello"}), "holds no project.qde"),
    ("two .qde", _qdpx({"project.qde": _qde("a.txt"), "Other.qde": _qde("a.txt")}),
     "more than one project document"),
    ("truncated", _qdpx({"project.qde": _qde("a.txt")})[:100], "damaged"),
    ("not XML", _qdpx({"project.qde": b"<Project"}), "not well-formed"),
])
def test_hostile_files_are_refused_in_one_sentence(case, data, words, tmp_path: Path, capsys):
    project_path = tmp_path / "p.annotator"
    with Project.create(project_path) as project:
        project.add_code("Existing")
        before = project.info()
    file = tmp_path / "bad.qdpx"
    file.write_bytes(data)
    with pytest.raises(UnreadableFile) as refused:
        read_exchange_file(file)
    sentence = str(refused.value)
    assert words in sentence and sentence.startswith("“bad.qdpx”") and sentence.endswith(".")
    assert sentence.count(". ") == 0
    assert main(["import", str(project_path), str(file)]) == 1
    assert capsys.readouterr().err.strip() == f"annotator: {sentence}"
    with Project.open(project_path) as project:
        assert project.info() == before
