"""Annotated transcript export: each coding a comment on exactly its excerpt, all else kept."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from annotator.cli.main import main
from annotator.exports.word import export_transcript
from annotator.formats.docx.annotate import (
    SOURCE_GUID_PROPERTY,
    Annotation,
    annotate_docx,
    blend,
)
from annotator.formats.docx.ranges import WordComment, read_comments
from annotator.formats.docx.reader import read_docx
from annotator.project import Project
from tests.formats.docx.stories import comment_ranges, part_spans


def check_export(project: Project, source_id: int) -> bytes:
    """Export one transcript and check what the issue asks of it; returns the bytes."""
    source = project.source(source_id)
    data, skipped = export_transcript(project, source_id)
    assert all("text box" in note for note in skipped), skipped  # notes on splits only
    original = project.original_bytes(source_id)
    if source.kind != "docx" or opens_with_python_docx(original):
        docx.Document(io.BytesIO(data))  # python-docx opens it (it cannot read Strict OOXML)
    assert read_docx(data, "out.docx").text == source.text
    back = read_comments(data, "out.docx")
    assert back.text == source.text
    coders = {coding.coder for coding in project.codings(source_id=source_id)}
    by_memo: dict[str, list[WordComment]] = {}
    for comment in back.comments:
        if comment.author in coders and "\n" in comment.text:
            by_memo.setdefault(comment.text.split("\n", 1)[1], []).append(comment)
    paragraphs = project.paragraphs(source_id)
    for coding in project.codings(source_id=source_id):
        # One comment per coding; one per story where it crosses a text box.
        parts = part_spans(paragraphs, coding.start, coding.end)
        comments = sorted(by_memo.get(coding.memo, []), key=lambda c: int(c.id))
        assert len(comments) == len(parts), coding
        for n, (comment, (start, end)) in enumerate(zip(comments, parts, strict=True)):
            if back.anchored(comment) != source.text[start:end]:
                # Widened only to keep its marks out of a field that Word recomputes.
                assert comment.start <= start and comment.end >= end, coding
                assert marks_outside_fields(data, comment.id,
                                            comment.start < start, comment.end > end)
            assert comment.author == coding.coder
            assert comment.text.split("\n")[0] == project.code_path(coding.code_id) + (
                " (continued)" if n else "")
    comment_ranges(data)  # every range within one story, its start first (lxml alone)
    assert back.properties[SOURCE_GUID_PROPERTY] == source.guid
    assert_shaded_starts(data, {c.id for found in by_memo.values() for c in found})
    return data


def assert_shaded_starts(data: bytes, ids: set[str]) -> None:
    """The first visible run after each exported comment's start is shaded."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        name = next(n for n in package.namelist() if n.endswith("document.xml"))
        root = etree.fromstring(package.read(name))
    w = etree.QName(root).namespace
    for start in root.iter(f"{{{w}}}commentRangeStart"):
        if start.get(f"{{{w}}}id") in ids:
            runs = start.xpath("following::w:r[w:t[string-length() > 0]][1]", namespaces={"w": w})
            if runs:
                assert runs[0].find(f"{{{w}}}rPr/{{{w}}}shd") is not None


def marks_outside_fields(data: bytes, comment_id: str, start: bool, end: bool) -> bool:
    """Whether the comment's range start (end) sits right before (after) a whole field."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        name = next(n for n in package.namelist() if n.endswith("document.xml"))
        root = etree.fromstring(package.read(name))
    w = etree.QName(root).namespace
    ns = {"w": w}
    begins = "self::w:fldSimple or self::w:r[w:fldChar[1][@w:fldCharType='begin']]"
    ends = "self::w:fldSimple or self::w:r[w:fldChar[last()][@w:fldCharType='end']]"
    # Other comments' marks and reference runs may sit between a mark and its field.
    marks = "self::w:commentRangeStart or self::w:commentRangeEnd or self::w:r[w:commentReference]"
    found = True
    if start:
        mark = root.xpath(f"//w:commentRangeStart[@w:id='{comment_id}']", namespaces=ns)[0]
        after = mark.xpath("following-sibling::*[not(" + marks + ")][1]",
                           namespaces=ns)
        found &= bool(after) and bool(after[0].xpath(begins, namespaces=ns))
    if end:
        mark = root.xpath(f"//w:commentRangeEnd[@w:id='{comment_id}']", namespaces=ns)[0]
        before = mark.xpath("preceding-sibling::*[not(" + marks + ")][1]",
                            namespaces=ns)
        found &= bool(before) and bool(before[0].xpath(ends, namespaces=ns))
    return found


def opens_with_python_docx(data: bytes) -> bool:
    try:
        docx.Document(io.BytesIO(data))
    except (KeyError, ValueError):
        return False
    return True


def code_all(project: Project, source_id: int, spans: list[tuple[int, int]]) -> None:
    codes = [project.ensure_code_path("Trust/Institutions", "#1f77b4"),
             project.ensure_code_path("Care", "#ff7f0e"),
             project.ensure_code_path("社区", "#2ca02c")]
    for number, (start, end) in enumerate(spans):
        project.add_coding(source_id, codes[number % 3], start, end,
                           memo=f"memo {number}: “quoted” & <escaped>", coder=f"coder{number % 2}")


def random_spans(text: str, count: int, seed: int, longest: int = 80) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    spans = []
    for _ in range(count):
        start = rng.randrange(0, len(text) - 1)
        spans.append((start, rng.randrange(start + 1, min(len(text), start + longest) + 1)))
    return spans


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.annotator") as opened:
        yield opened


@pytest.mark.parametrize("name", [
    "pandoc__comments.docx", "docx2python__hyperlink.docx", "docx2python__merged_links.docx",
    "pandoc__tables.docx", "pandoc__instrText_hyperlink.docx", "pandoc__zotero_citations.docx",
    "pandoc__track_changes_insertion.docx", "pandoc__drop_cap.docx", "mammoth__text-box.docx",
    "docx2python__strict.docx", "pandoc__tabs.docx", "python-docx__par-hlink-frags.docx",
])
def test_random_overlapping_codings_land_exactly(project: Project, name: str, corpus_copy):
    source_id = project.import_file(corpus_copy("tricky-docx/" + name))
    text = project.source(source_id).text
    # Overlapping, nested and paragraph-crossing spans, including whole paragraphs
    # with their "\n" and spans that start or end on a paragraph boundary.
    spans = random_spans(text, 40, seed=len(name)) + [(0, len(text))]
    for paragraph in project.paragraphs(source_id)[:6]:
        if paragraph.end > paragraph.start:
            spans.append((paragraph.start, min(paragraph.end + 1, len(text))))
    code_all(project, source_id, spans)
    check_export(project, source_id)


def test_existing_comments_and_parts_are_kept(project: Project, corpus_copy):
    path = corpus_copy("tricky-docx/pandoc__comments.docx")
    source_id = project.import_file(path)
    text = project.source(source_id).text
    code_all(project, source_id, [(text.index("some text"), text.index("comment on") + 7)])
    data = check_export(project, source_id)
    before = read_comments(path.read_bytes(), path.name)
    after = read_comments(data, "out.docx")
    old = [(c.id, c.author, c.text, before.anchored(c)) for c in before.comments]
    assert old and all((c.id, c.author, c.text, after.anchored(c)) in old
                       for c in after.comments if c.author != "coder0")
    assert len([c for c in after.comments if c.author != "coder0"]) == len(old)
    assert len(docx.Document(io.BytesIO(data)).comments) == len(old) + 1
    with zipfile.ZipFile(path) as original, zipfile.ZipFile(io.BytesIO(data)) as exported:
        for name in original.namelist():
            if name not in ("word/document.xml", "word/comments.xml", "[Content_Types].xml",
                            "_rels/.rels"):
                assert exported.read(name) == original.read(name), name


def test_crossing_a_hyperlink_and_chinese_field(project: Project, corpus_copy):
    source_id = project.import_file(corpus_copy("tricky-docx/pandoc__instrText_hyperlink.docx"))
    text = project.source(source_id).text
    start = text.index("读者")
    code_all(project, source_id, [(start, text.index("Mitchell") + 4),
                                  (text.index("French"), text.index("Foundations") + 5),
                                  (start + 1, start + 2)])
    check_export(project, source_id)


def test_crossing_merged_hyperlink_paragraphs(project: Project, corpus_copy):
    source_id = project.import_file(corpus_copy("tricky-docx/docx2python__merged_links.docx"))
    text = project.source(source_id).text
    code_all(project, source_id, [(text.index("hy"), text.index("link\n") + 2),
                                  (text.index("per"), text.index("Then") + 4),
                                  (text.index("(as below)"), text.index("per"))])
    check_export(project, source_id)


def test_demo_transcripts(tmp_path: Path):
    from annotator.platform.demo import build_demo

    build_demo(tmp_path / "demo.annotator")
    with Project.open(tmp_path / "demo.annotator") as project:
        for source in project.sources():
            text = project.source(source.id).text
            code_all(project, source.id, random_spans(text, 30, seed=source.id, longest=600))
            for coding in project.codings(source_id=source.id):
                if not coding.memo:  # check_export finds comments by memo
                    project.set_coding_memo(coding.id, f"demo coding {coding.id}")
            check_export(project, source.id)


def test_txt_source_becomes_a_clean_document(project: Project, tmp_path: Path):
    path = tmp_path / "interview.txt"
    path.write_text("Interviewer: 你好?\n\nP1:\tWell, 会议 😀 社区参与 𠀋 done.\nEnd", "utf-8")
    source_id = project.import_file(path)
    text = project.source(source_id).text
    code_all(project, source_id, [(0, len(text)), (text.index("Well"), text.index("done")),
                                  (text.index("😀"), text.index("𠀋") + 1), (3, 22)])
    check_export(project, source_id)


def test_overlaps_are_shaded_darker():
    one, two, three = blend(["#1f77b4"]), blend(["#1f77b4"] * 2), blend(["#1f77b4"] * 3)
    assert sum(bytes.fromhex(one)) > sum(bytes.fromhex(two)) > sum(bytes.fromhex(three))
    assert blend(["#1f77b4", "#ff7f0e"]) not in (one, blend(["#ff7f0e"]))


def test_shading_follows_the_coverage(corpus: Path):
    data = (corpus / "tricky-docx" / "docx2python__hyperlink.docx").read_bytes()
    imported = read_docx(data, "x.docx")
    text = imported.text
    annotations = [Annotation(1, 0, 9, "A", "#ff0000"), Annotation(2, 5, 14, "B", "#0000ff")]
    out = annotate_docx(data, "x.docx", text, imported.paragraphs, annotations).data
    document = docx.Document(io.BytesIO(out))
    fills = []
    for run in document.paragraphs[0].iter_inner_content():
        for part in getattr(run, "runs", [run]):
            shd = part._r.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}shd")
            fills.append((part.text, None if shd is None else shd.get(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}fill")))
    fills = [fill for fill in fills if fill[0]]  # comment reference runs hold no text
    assert fills[:3] == [("This ", blend(["#ff0000"])), ("is a", blend(["#ff0000", "#0000ff"])),
                         (" link", blend(["#0000ff"]))]


def test_cli_export_docx(tmp_path: Path, capsys):
    from annotator.platform.demo import build_demo

    build_demo(tmp_path / "demo.annotator")
    with Project.open(tmp_path / "demo.annotator") as project:
        first = project.sources()[0].name
        path = project.code_path(project.codes()[0].id)
    assert main(["export", "docx", str(tmp_path / "demo.annotator"), "--out",
                 str(tmp_path / "out"), "--source", first, "--codes", path]) == 0
    written = list((tmp_path / "out").glob("*.docx"))
    assert len(written) == 1 and first in written[0].name
    assert main(["export", "docx", str(tmp_path / "demo.annotator"), "--out",
                 str(tmp_path / "out"), "--codes", "No such code"]) == 1
    assert "No such code" in capsys.readouterr().err
