"""Edits in the runs of a Word original: hand-made paragraphs, each rule checked with lxml."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from lxml import etree

from annotator.formats.docx.edit import EditRefused, apply_edits, coalesced, protected_spans
from annotator.formats.docx.edit_protect import (
    BOUND,
    EQUATION,
    FIELD,
    SEPARATE,
    SPECIAL,
    TEXT_BOX,
)
from annotator.formats.docx.reader import read_docx
from annotator.model.text_edits import TextEdit

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
NS = {"w": W}
BOLD, ITALIC = "<w:rPr><w:b/></w:rPr>", "<w:rPr><w:i/></w:rPr>"


def run(text: str, properties: str = "") -> str:
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(*runs: str, properties: str = "") -> str:
    return f"<w:p>{properties}{''.join(runs)}</w:p>"


def make(*paragraphs: str) -> bytes:
    """A .docx (python-docx's template) whose body holds `paragraphs`."""
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if etree.QName(child).localname != "sectPr":
            body.remove(child)
    section = body[-1]
    wrapper = etree.fromstring(f'<w:body xmlns:w="{W}" xmlns:r="{R}" xmlns:m="{M}">'
                               + "".join(paragraphs) + "</w:body>")
    for child in list(wrapper):
        section.addprevious(child)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def document_xml(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read("word/document.xml")


def body_paragraphs(data: bytes) -> list[etree._Element]:
    return etree.fromstring(document_xml(data)).findall(".//w:body/w:p", NS)


def runs_of(p: etree._Element) -> list[tuple[str, str]]:
    """(text, run properties) of each run of a paragraph with text."""
    found = []
    for r in p.iter(f"{{{W}}}r"):
        text = "".join(t.text or "" for t in r.findall("w:t", NS))
        if text:
            properties = r.find("w:rPr", NS)
            found.append((text, "".join(etree.QName(c).localname for c in properties)
                          if properties is not None else ""))
    return found


def edited(data: bytes, *edits: TextEdit) -> bytes:
    result = apply_edits(data, list(edits))
    text = read_docx(data, "in.docx").text
    for edit in edits:
        text = edit.apply(text)
    assert read_docx(result, "out.docx").text == text
    return result


def test_a_replacement_inside_a_run_stays_in_that_run():
    data = make(paragraph(run("The "), run("quick", BOLD), run(" fox")))
    result = edited(data, TextEdit(5, 8, "UAC"))
    assert runs_of(body_paragraphs(result)[0]) == [("The ", ""), ("qUACk", "b"), (" fox", "")]


def test_a_replaced_run_keeps_its_own_formatting():
    data = make(paragraph(run("a", BOLD), run("word", ITALIC), run("c")))
    result = edited(data, TextEdit(1, 5, "term"))
    assert runs_of(body_paragraphs(result)[0]) == [("a", "b"), ("term", "i"), ("c", "")]


def test_an_insertion_at_a_run_boundary_takes_the_run_before():
    data = make(paragraph(run("bold", BOLD), run("italic", ITALIC)))
    result = edited(data, TextEdit(4, 4, "ER"))
    assert runs_of(body_paragraphs(result)[0]) == [("boldER", "b"), ("italic", "i")]
    at_start = edited(data, TextEdit(0, 0, "X"))
    assert runs_of(body_paragraphs(at_start)[0])[0] == ("Xbold", "b")


def test_deleting_across_runs_shortens_and_removes_them():
    data = make(paragraph(run("ab", BOLD), run("cd", ITALIC), run("ef", "<w:rPr><w:u/></w:rPr>")))
    result = edited(data, TextEdit(1, 5, ""))
    assert runs_of(body_paragraphs(result)[0]) == [("a", "b"), ("f", "u")]
    assert len(body_paragraphs(result)[0].findall("w:r", NS)) == 2


def test_spaces_at_the_edges_are_preserved():
    data = make(paragraph(run("word", BOLD)))
    result = edited(data, TextEdit(4, 4, " and "))
    t = body_paragraphs(result)[0].find(".//w:t", NS)
    assert t.text == "word and " and t.get("{http://www.w3.org/XML/1998/namespace}space") == \
        "preserve"


def test_a_new_line_splits_the_paragraph_keeping_its_properties():
    style = '<w:pPr><w:pStyle w:val="Heading1"/><w:jc w:val="center"/></w:pPr>'
    data = make(paragraph(run("Hello "), run("world", BOLD), properties=style))
    result = edited(data, TextEdit(8, 8, "\n"))
    first, second = body_paragraphs(result)
    assert etree.tostring(first.find("w:pPr", NS)) == etree.tostring(second.find("w:pPr", NS))
    assert first.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val") == "Heading1"
    assert runs_of(first) == [("Hello ", ""), ("wo", "b")]
    assert runs_of(second) == [("rld", "b")]


def test_a_new_paragraph_at_the_end_carries_the_run_formatting():
    data = make(paragraph(run("plain "), run("bold", BOLD)), paragraph(run("next")))
    result = edited(data, TextEdit(10, 10, "\nmore"))
    assert runs_of(body_paragraphs(result)[1]) == [("more", "b")]
    assert runs_of(body_paragraphs(result)[2]) == [("next", "")]


def test_deleting_a_new_line_joins_two_paragraphs_the_first_ones_properties_win():
    data = make(paragraph(run("left", BOLD), properties='<w:pPr><w:jc w:val="left"/></w:pPr>'),
                paragraph(run("right", ITALIC), properties='<w:pPr><w:jc w:val="right"/></w:pPr>'))
    result = edited(data, TextEdit(4, 5, ""))
    (joined,) = body_paragraphs(result)
    assert joined.find("w:pPr/w:jc", NS).get(f"{{{W}}}val") == "left"
    assert runs_of(joined) == [("left", "b"), ("right", "i")]


def test_a_replacement_across_paragraphs_with_new_lines():
    data = make(paragraph(run("one")), paragraph(run("two")), paragraph(run("three")))
    result = edited(data, TextEdit(2, 9, "E\nT\nTH"))
    assert [[text for text, _ in runs_of(p)] for p in body_paragraphs(result)] == [
        ["onE"], ["T"], ["TH", "hree"]]


def test_joining_across_a_section_break_keeps_the_later_section():
    section = '<w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr>'
    data = make(paragraph(run("first"), properties=section), paragraph(run("second")))
    result = edited(data, TextEdit(5, 6, ""))
    assert body_paragraphs(result)[0].find("w:pPr/w:sectPr", NS) is None
    split = edited(data, TextEdit(2, 2, "\n"))
    first, second, _ = body_paragraphs(split)
    assert first.find("w:pPr/w:sectPr", NS) is None
    assert second.find("w:pPr/w:sectPr", NS) is not None


def test_tracked_deletions_crossed_by_a_deletion_go_with_it():
    deleted = ('<w:del w:id="7" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r>'
               '<w:delText>gone</w:delText></w:r></w:del>')
    inserted = (f'<w:ins w:id="8" w:author="A" w:date="2024-01-01T00:00:00Z">'
                f'{run("new")}</w:ins>')
    data = make(paragraph(run("keep "), deleted, run("stay "), inserted, run(" end")))
    assert read_docx(data, "x").text == "keep stay new end"
    result = edited(data, TextEdit(2, 7, ""))
    assert body_paragraphs(result)[0].find("w:del", NS) is None
    inside = edited(data, TextEdit(11, 11, "ly"))  # inside the tracked insertion
    assert body_paragraphs(inside)[0].find("w:ins/w:r/w:t", NS).text == "nlyew"


def test_hyperlinks_are_edited_and_split_inside_their_runs():
    link = f'<w:hyperlink r:id="rId99">{run("a link here", BOLD)}</w:hyperlink>'
    data = make(paragraph(run("See "), link, run(".")))
    result = edited(data, TextEdit(6, 10, "LINK"))
    assert body_paragraphs(result)[0].find("w:hyperlink/w:r/w:t", NS).text == "a LINK here"
    split = edited(data, TextEdit(6, 6, "\n"))
    first, second = body_paragraphs(split)
    for p, text in ((first, "a "), (second, "link here")):
        hyperlink = p.find("w:hyperlink", NS)
        assert hyperlink.get(f"{{{R}}}id") == "rId99"
        assert "".join(hyperlink.itertext()) == text
    # At the link's start: the whole link goes to the new paragraph, no empty one stays.
    first, second = body_paragraphs(edited(data, TextEdit(4, 4, "\n")))
    assert first.find("w:hyperlink", NS) is None
    assert "".join(second.find("w:hyperlink", NS).itertext()) == "a link here"


def test_offsets_count_code_points_next_to_emoji_and_chinese():
    data = make(paragraph(run("你好😀世界", BOLD), run("!")))
    result = edited(data, TextEdit(3, 3, "，"), TextEdit(0, 1, "您"), TextEdit(6, 6, "😀"))
    assert runs_of(body_paragraphs(result)[0]) == [("您好😀，世界😀", "b"), ("!", "")]


def test_untouched_paragraphs_keep_their_bytes():
    data = make(*(paragraph(run(f"paragraph {n} "), run("bold", BOLD)) for n in range(20)))
    result = apply_edits(data, [TextEdit(200, 203, "XYZ")])
    before, after = document_xml(data), document_xml(result)
    prefix = next(i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b)
    suffix = next(i for i, (a, b) in enumerate(zip(before[::-1], after[::-1], strict=False))
                  if a != b)
    changed = before[prefix: len(before) - suffix]
    # Only the one edited paragraph's bytes differ.
    assert changed.count(b"<w:p>") + changed.count(b"<w:p ") <= 1
    assert after[:prefix] == before[:prefix] and b"paragraph 10" in before[:prefix]
    with zipfile.ZipFile(io.BytesIO(data)) as a, zipfile.ZipFile(io.BytesIO(result)) as b:
        assert a.namelist() == [n for n in b.namelist()] or set(a.namelist()) == set(b.namelist())
        for name in a.namelist():
            if name != "word/document.xml":
                assert a.read(name) == b.read(name), name


def field_document() -> bytes:
    return make(paragraph(
        run("Page "), '<w:fldSimple w:instr=" PAGE ">' + run("12", BOLD) + "</w:fldSimple>",
        run(" of "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("3 May", ITALIC),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>', run(" and "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText>'
        '</w:r>', '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("a link"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))


def test_field_results_are_protected_but_their_edges_and_hyperlinks_are_not():
    data = field_document()
    text = read_docx(data, "x").text
    assert text == "Page 12 of 3 May and a link"
    spans = protected_spans(data)
    assert [(text[s.start:s.end], s.reason) for s in spans] == [("12", FIELD), ("3 May", FIELD)]
    for edit in (TextEdit(6, 6, "x"), TextEdit(5, 7, "13"), TextEdit(4, 6, ""),
                 TextEdit(12, 12, "\n")):
        with pytest.raises(EditRefused, match="result of a field"):
            apply_edits(data, [edit])
    # Typed at a field's edge: outside the field, beside it.
    result = edited(data, TextEdit(7, 7, "th"), TextEdit(18, 18, "!"), TextEdit(24, 24, "ish"))
    p = body_paragraphs(result)[0]
    assert p.find("w:fldSimple", NS).xpath("string()") == "12"
    assert "".join(p.find("w:fldSimple", NS).itersiblings().__next__().itertext()) == "th of "
    assert edited(data, TextEdit(22, 26, "LINK"))


def test_equations_text_boxes_and_table_cells_are_refused_with_their_sentence():
    equation = ('<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>')
    box = ('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
           f'<w:txbxContent>{paragraph(run("in a box"))}</w:txbxContent>'
           '</v:textbox></v:shape></w:pict></w:r>')
    table = ('<w:tbl><w:tr><w:tc>' + paragraph(run("cell one")) + '</w:tc><w:tc>'
             + paragraph(run("cell two")) + '</w:tc></w:tr></w:tbl>')
    data = make(paragraph(run("Solve "), equation, run(" now")), paragraph(run("anchor"), box),
                paragraph(run("after")), table)
    text = read_docx(data, "x").text
    assert text == "Solve x=1 now\nanchor\nin a box\nafter\ncell one\ncell two"
    assert [(text[s.start:s.end], s.reason) for s in protected_spans(data)] == [
        ("x=1", EQUATION), ("\nin a box\n", TEXT_BOX), ("\n", SEPARATE), ("\n", SEPARATE)]
    for edit, reason in ((TextEdit(7, 8, ""), EQUATION), (TextEdit(25, 25, "x"), TEXT_BOX),
                         (TextEdit(20, 21, ""), TEXT_BOX), (TextEdit(44, 45, ""), SEPARATE),
                         (TextEdit(35, 36, ""), SEPARATE)):
        with pytest.raises(EditRefused) as refused:
            apply_edits(data, [edit])
        assert str(refused.value) == reason, edit
    # Splitting the anchor paragraph keeps the box after the text it followed.
    result = edited(data, TextEdit(16, 16, "\n"), TextEdit(9, 9, "!"), TextEdit(44, 44, "!"))
    assert "an\nchor\nin a box\nafter" in read_docx(result, "x").text


def test_drop_caps_and_deleted_paragraph_marks_split_and_join(corpus):
    for name in ("pandoc__drop_cap.docx", "pandoc__paragraph_insertion_deletion.docx",
                 "pandoc__track_changes_move.docx"):
        data = (corpus / "tricky-docx" / name).read_bytes()
        text = read_docx(data, name).text
        for position in range(0, min(len(text), 40)):
            for edit in (TextEdit(position, position, "\n"), TextEdit(position, position, "q")):
                edited(data, edit)
            if text[position] == "\n":
                edited(data, TextEdit(position, position + 1, ""))


def test_bad_edits_are_refused_in_one_sentence():
    data = make(paragraph(run("short")))
    with pytest.raises(EditRefused, match="past the end"):
        apply_edits(data, [TextEdit(3, 9, "")])
    with pytest.raises(EditRefused, match="control character"):
        apply_edits(data, [TextEdit(0, 0, "\x07")])
    assert apply_edits(data, []) == data


def test_a_typed_tab_becomes_a_tab_element():
    data = make(paragraph(run("name", BOLD), run("value")))
    result = edited(data, TextEdit(4, 4, ":\tx\t"))
    first = body_paragraphs(result)[0].find("w:r", NS)
    assert [etree.QName(c).localname for c in first] == ["rPr", "t", "tab", "t", "tab"]
    assert "".join(t.text for t in first.findall("w:t", NS)) == "name:x"


def test_a_data_bound_content_control_is_protected():
    bound = ('<w:sdt><w:sdtPr><w:dataBinding w:xpath="/root/name" w:storeItemID="{1}"/>'
             '</w:sdtPr><w:sdtContent>' + run("Ana") + '</w:sdtContent></w:sdt>')
    data = make(paragraph(run("Interviewee: "), bound), paragraph(run("free text")))
    assert [(s.start, s.end, s.reason) for s in protected_spans(data)] == [(0, 17, BOUND)]
    with pytest.raises(EditRefused, match="bound to data"):
        apply_edits(data, [TextEdit(14, 15, "E")])
    edited(data, TextEdit(18, 18, "some "))


def test_a_log_of_keystrokes_is_applied_as_its_bursts():
    keystrokes = [TextEdit(5, 5, "a"), TextEdit(6, 6, "b"), TextEdit(6, 7, ""),
                  TextEdit(6, 6, "\n"), TextEdit(7, 7, "c"), TextEdit(0, 1, "X"),
                  TextEdit(1, 1, "Y")]
    assert coalesced(keystrokes) == [TextEdit(5, 5, "a\nc"), TextEdit(0, 1, "XY")]
    data = make(paragraph(run("Hello", BOLD), run(" world")))
    result = edited(data, *keystrokes)
    assert [runs_of(p) for p in body_paragraphs(result)] == [
        [("XYelloa", "b")], [("c world", "")]]  # at a paragraph's start: the text after


def test_text_in_one_branch_of_alternate_content_is_protected():
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    alternate = (f'<mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="w14">'
                 + run("new look") + '</mc:Choice><mc:Fallback>' + run("new look")
                 + '</mc:Fallback></mc:AlternateContent>')
    data = make(paragraph(run("Plain "), alternate, run(" end")))
    assert read_docx(data, "x").text == "Plain new look end"
    (span,) = protected_spans(data)
    assert (span.start, span.end, span.reason) == (6, 14, SPECIAL)
    result = edited(data, TextEdit(14, 14, "!"), TextEdit(6, 6, "a "), TextEdit(16, 16, "\n"),
                    TextEdit(8, 8, "\n"))
    for branch in etree.fromstring(document_xml(result)).iter(f"{{{mc}}}Choice",
                                                             f"{{{mc}}}Fallback"):
        assert "".join(branch.itertext()) == "new look"
