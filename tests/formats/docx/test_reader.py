"""Word import: every corpus file, the tricky files one by one, and each rule on made-up XML."""

from __future__ import annotations

import difflib
import io
import re
import string
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from annotator.formats.docx.package import main_document
from annotator.formats.docx.reader import elements_text, locate, locate_all, read_docx
from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_file
from annotator.model.entities import ImportedText
from tests.conftest import corpus_names

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
IMPORTABLE = (".docx", ".txt")
CORPUS_FILES = corpus_names(("tricky-docx", "transcripts"), IMPORTABLE)
# Every refusal in the corpus, and why: these five packages hold no text at all
# (an empty body, or a body with only an external picture).
REFUSED = {
    "tricky-docx/mammoth__empty.docx": "contains no text",
    "tricky-docx/mammoth__external-picture.docx": "contains no text",
    "tricky-docx/python-docx__doc-no-coreprops.docx": "contains no text",
    "tricky-docx/python-docx__set-no-settings-part.docx": "contains no text",
    "tricky-docx/python-docx__sty-having-no-styles-part.docx": "contains no text",
}
# Field instructions that must never reach the transcript.
INSTRUCTIONS = re.compile(
    r'HYPERLINK|SAVEDATE|CREATEDATE|MERGEFORMAT|ADDIN|CSL_CITATION|FORMCHECKBOX|FORMDROPDOWN|XE "'
    r"|PAGEREF|\bTOC \\"
)


# --- helpers -----------------------------------------------------------------------------


def imported(relative: str, corpus_copy: Callable[[str], Path]) -> ImportedText:
    """Tests never touch the corpus itself: they read a copy."""
    return read_file(corpus_copy(relative))[0]


def texts(result: ImportedText) -> list[str]:
    return [result.text[p.start : p.end] for p in result.paragraphs]


def package(body: str, *, prefix: str = "w", namespace: str = W) -> bytes:
    """A minimal .docx whose body is `body` (WordprocessingML with `w:` as written)."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<{prefix}:document xmlns:{prefix}="{namespace}" '
        f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        f'xmlns:v="urn:schemas-microsoft-com:vml">'
        f"<{prefix}:body>{body}</{prefix}:body></{prefix}:document>"
    )
    if prefix != "w":
        document = document.replace("<w:", f"<{prefix}:").replace("</w:", f"</{prefix}:")
        document = document.replace(" w:", f" {prefix}:")
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", document)
    return out.getvalue()


def para(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def run(*content: str) -> str:
    return f"<w:r>{''.join(content)}</w:r>"


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{text}</w:t>'


def read_body(body: str) -> list[str]:
    return texts(read_docx(package(body), "made.docx"))


def assert_paragraph_invariants(result: ImportedText) -> None:
    assert [p.index for p in result.paragraphs] == list(range(len(result.paragraphs)))
    assert result.paragraphs[0].start == 0
    assert result.paragraphs[-1].end == len(result.text)
    for before, after in zip(result.paragraphs, result.paragraphs[1:], strict=False):
        assert before.start <= before.end
        # Separators are exactly one "\n": paragraphs are ordered and never overlap.
        assert after.start == before.end + 1
        assert result.text[before.end] == "\n"


def line_breaks_in_document(path: Path) -> int:
    """w:br, w:cr (and page breaks) of the main part: the only source of "\\n" in a paragraph."""
    root = main_document(path.read_bytes(), path.name)
    namespace = etree.QName(root).namespace
    return sum(1 for _ in root.iter(f"{{{namespace}}}br", f"{{{namespace}}}cr"))


# --- the whole corpus --------------------------------------------------------------------


@pytest.mark.parametrize("relative", CORPUS_FILES)
def test_every_corpus_file_imports_or_is_refused(relative: str, corpus_copy) -> None:
    path = corpus_copy(relative)
    try:
        result, original = read_file(path)
    except UnreadableFile as error:
        assert relative in REFUSED, f"{relative} was refused: {error}"
        sentence = str(error)
        assert REFUSED[relative] in sentence
        assert sentence.startswith(f"\u201c{path.name}\u201d") and sentence.endswith(".")
        assert "\n" not in sentence
        return
    assert relative not in REFUSED, f"{relative} was expected to be refused"
    assert original == path.read_bytes()
    assert result.kind == path.suffix[1:]
    assert len(result.text.strip()) >= 3  # non-trivial ("ref" is the shortest)
    assert_paragraph_invariants(result)
    inner_breaks = sum(result.text[p.start : p.end].count("\n") for p in result.paragraphs)
    if result.kind == "txt":
        assert inner_breaks == 0
    else:
        assert inner_breaks <= line_breaks_in_document(path)
    assert not INSTRUCTIONS.search(result.text), INSTRUCTIONS.search(result.text)


DOCX_FILES = [name for name in CORPUS_FILES if name.endswith(".docx") and name not in REFUSED]


@pytest.mark.parametrize("relative", DOCX_FILES)
def test_locations_lead_back_to_the_paragraphs(relative: str, corpus_copy) -> None:
    path = corpus_copy(relative)
    result = read_docx(path.read_bytes(), path.name)
    root = main_document(path.read_bytes(), path.name)
    assert len({p.location for p in result.paragraphs}) == len(result.paragraphs)
    for paragraph in result.paragraphs:
        elements = locate_all(root, paragraph.location)
        assert locate(root, paragraph.location) is elements[0]
        assert all(etree.QName(e).localname == "p" for e in elements)
        assert elements_text(elements) == result.text[paragraph.start : paragraph.end]


def test_locate_refuses_locations_that_lead_nowhere() -> None:
    root = etree.fromstring(_document_xml("<w:p/>"))
    for location in ("p/1", "tbl/0/r/0/c/0/p/0", "p/0/x/0/p/0", "p", "q/0", "p/0+1"):
        with pytest.raises(LookupError):
            locate_all(root, location)


def _document_xml(body: str) -> bytes:
    return f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'.encode()


# --- the tricky files, one by one (see tricky-docx/SOURCES.md) ---------------------------


def test_track_changes_keep_insertions_and_drop_deletions(corpus_copy) -> None:
    inserted = imported("tricky-docx/pandoc__track_changes_insertion.docx", corpus_copy)
    assert inserted.text == "This is a text with two exciting insertions."
    deleted = imported("tricky-docx/pandoc__track_changes_deletion.docx", corpus_copy)
    assert deleted.text == "This is a text with a deletion."
    assert "excessively" not in deleted.text


def test_moved_text_appears_once(corpus_copy) -> None:
    moved = imported("tricky-docx/pandoc__track_changes_move.docx", corpus_copy)
    assert moved.text.count("Here is the text to be moved.") == 1
    assert moved.text.index("moved") < moved.text.index("Here is some more text.")


def test_deleted_paragraph_mark_joins_paragraphs(corpus_copy) -> None:
    result = imported("tricky-docx/pandoc__paragraph_insertion_deletion.docx", corpus_copy)
    assert texts(result) == ["This is a", " splitParagraph."]
    assert [p.location for p in result.paragraphs] == ["p/0", "p/1+1"]


@pytest.mark.parametrize(
    ("relative", "box_text"),
    [
        ("tricky-docx/mammoth__text-box.docx", "Datum plane"),
        ("tricky-docx/pandoc__text_in_shape_format.docx", "Valter Kiisk"),
        ("tricky-docx/pandoc__text_in_shape_format.docx", "Last update: May 1, 2017"),
        ("tricky-docx/docx2python__nested_paragraphs.docx", "[Grab your reader’s attention"),
    ],
)
def test_text_boxes_are_read_once(relative: str, box_text: str, corpus_copy) -> None:
    result = imported(relative, corpus_copy)
    assert result.text.count(box_text) == 1
    box = next(p for p in result.paragraphs if box_text in result.text[p.start : p.end])
    assert "/x/" in box.location


def test_drawing_offsets_do_not_leak(corpus_copy) -> None:
    result = imported("tricky-docx/docx2python__nested_paragraphs.docx", corpus_copy)
    assert "1363094" not in result.text  # the wp:posOffset of the text box


def test_drop_cap_joins_its_paragraph(corpus_copy) -> None:
    result = imported("tricky-docx/pandoc__drop_cap.docx", corpus_copy)
    paragraphs = texts(result)
    assert "Drop cap." in paragraphs
    assert "Drop cap in margin." in paragraphs
    assert "Drop cap (not really)." in paragraphs
    assert "D" not in paragraphs and "rop cap." not in paragraphs
    assert result.paragraphs[paragraphs.index("Drop cap.")].location == "p/0+1"


def test_alternate_document_path_is_followed(corpus_copy) -> None:
    result = imported("tricky-docx/pandoc__alternate_document_path.docx", corpus_copy)
    assert "This is italic, bold, underlined, italic underlined" in result.text


def test_ns0_prefix_is_read(corpus_copy) -> None:
    assert imported("tricky-docx/pandoc__ns0-reference.docx", corpus_copy).text == "ref"


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("tricky-docx/mammoth__strict-format.docx", ["Test"]),
        (
            "tricky-docx/docx2python__strict.docx",
            ["Bullet1", "Bullet2", "Number1", "Number2", "Cellaa", "Cellab", "Cellba", "Cellbb"],
        ),
    ],
)
def test_iso_strict_files_are_read(relative: str, expected: list[str], corpus_copy) -> None:
    assert [text for text in texts(imported(relative, corpus_copy)) if text] == expected


def test_soft_line_breaks_and_tabs(corpus_copy) -> None:
    breaks = imported("tricky-docx/docx2python__soft_line_breaks.docx", corpus_copy)
    assert texts(breaks)[:2] == ["Line1\nLine2\nLine3", "Line4"]
    tabs = imported("tricky-docx/pandoc__tabs.docx", corpus_copy)
    assert texts(tabs) == ["Some text separated\tby a tab.", "\tTab-indented text."]
    inline = imported("tricky-docx/pandoc__inline_formatting.docx", corpus_copy)
    assert "A line\nbreak." in texts(inline)


def test_symbols_hyphens_and_special_characters(corpus_copy) -> None:
    symbols = imported("tricky-docx/docx2python__symbols.docx", corpus_copy)
    # w:sym F068 (Webdings) -> "h", then a w:t, then Symbol F0F0 -> "ð", ... F04A, F04B -> "JK".
    assert symbols.text[:3] == "h\u2260\u00f0"
    # F084 is a control position: it keeps its private-use character (and its place).
    assert symbols.text.endswith("JK\uf084\u00e6\u00dd")
    assert len(symbols.text) == 26  # one character per w:sym, none lost
    unicode = imported("tricky-docx/pandoc__unicode.docx", corpus_copy)
    assert unicode.text.startswith("Hello, 世界. This costs €10.ÚÚ")
    punctuation = imported("tricky-docx/pandoc__special_punctuation.docx", corpus_copy)
    assert texts(punctuation) == ["Soft hyphen: []", "Non-breaking hyphen: [-]"]
    ascii_ = imported("tricky-docx/docx2python__ascii_printable.docx", corpus_copy)
    printable = string.digits + string.ascii_letters + string.punctuation
    assert texts(ascii_) == [printable + " \tEND", "\n"]  # < > & " ' unescaped; a lone w:br


def test_chinese_greek_and_curly_quotes_are_intact(corpus_copy) -> None:
    chinese = imported("tricky-docx/pandoc__instrText_hyperlink.docx", corpus_copy)
    assert chinese.text.startswith(
        "希望深入了解的读者可以去看David French Belding和Kevin J. Mitchell的"
        "Foundations of Analysis, 2nd Edition,可从19页看起"
    )
    office = imported("tricky-docx/docx2python__libreoffice_conversion.docx", corpus_copy)
    assert office.text.startswith("东阳八婺招标代理有限公司关于东阳市歌山镇农贸市场经营管理权项目")
    greek = imported("tricky-docx/qualcoder__test_file.docx", corpus_copy)
    assert re.search("[α-ω]{3}", greek.text)
    quotes = imported("tricky-docx/docx2python__slanted_quotes.docx", corpus_copy)
    assert texts(quotes) == ["“double quote”", "‘single quote’", "Apostrophe’s"]


def test_field_results_are_kept_and_instructions_dropped(corpus_copy) -> None:
    nested = imported("tricky-docx/pandoc__nested_instrText.docx", corpus_copy)
    assert "Foundations of Analysis, 1/16/18 8:40:00 AM, 2nd Edition" in nested.text
    zotero = imported("tricky-docx/pandoc__zotero_citations.docx", corpus_copy)
    assert "This is a citation (Smith et al., 2013)" in zotero.text
    assert "Smith, D. M., Eade, R., & Pohlmann, H. (2013)." in zotero.text
    index = imported("tricky-docx/pandoc__empty_field.docx", corpus_copy)
    assert "French, 1" in index.text
    forms = imported("tricky-docx/docx2python__check_drop_my.docx", corpus_copy)
    assert "my_item_B" in forms.text and "[my checked]☒[my checked]" in forms.text


def test_hyperlinks_smart_tags_and_content_controls(corpus_copy) -> None:
    link = imported("tricky-docx/docx2python__hyperlink.docx", corpus_copy)
    assert link.text == "This is a link to my website."
    frags = imported("tricky-docx/python-docx__par-hlink-frags.docx", corpus_copy)
    assert "Six with link to https://foo.com?q=bar#the-bar." in texts(frags)
    merged = imported("tricky-docx/docx2python__merged_links.docx", corpus_copy)
    assert "hyperlink" in texts(merged)
    nested_sdt = imported("tricky-docx/pandoc__nested_sdt.docx", corpus_copy)
    assert [x for x in texts(nested_sdt) if x] == [
        "Test Paragraph1",
        "Test Paragraph2",
        "Test Paragraph3",
    ]
    sdt_cells = imported("tricky-docx/pandoc__sdt_elements.docx", corpus_copy)
    assert texts(sdt_cells)[:4] == ["col1Header", "col2Header", "col3Header", "col1 content"]
    pages = imported("tricky-docx/python-docx__par-rendered-page-breaks.docx", corpus_copy)
    assert "Page break here>><<followed by more text." in texts(pages)


def test_tables_in_reading_order_without_duplicated_merged_cells(corpus_copy) -> None:
    merged = imported("tricky-docx/docx2python__merged_cells.docx", corpus_copy)
    assert [x for x in texts(merged) if x] == [
        "0-0", "0-12", "0-3", "12-0", "1-1", "1-2", "1-3",
        "2-1", "2-2", "2-3", "3-0", "34-123", "4-0",
    ]  # fmt: skip
    rowspan = imported("tricky-docx/pandoc__table_header_rowspan.docx", corpus_copy)
    assert [x for x in texts(rowspan) if x][:9] == list("ABCDEFGHI")
    tables = imported("tricky-docx/pandoc__tables.docx", corpus_copy)
    locations = {tables.text[p.start : p.end]: p.location for p in tables.paragraphs}
    assert locations["Lebron James"] == "tbl/0/r/1/c/0/p/0"
    assert locations["Multiparagraph"] == "tbl/2/r/0/c/0/p/2"


def test_notes_comments_and_headers_are_left_out(corpus_copy) -> None:
    assert imported("tricky-docx/mammoth__footnotes.docx", corpus_copy).text == "Ouch."
    assert imported("tricky-docx/mammoth__endnotes.docx", corpus_copy).text == "Ouch."
    comments = imported("tricky-docx/pandoc__comments.docx", corpus_copy)
    assert "I left a comment." not in comments.text
    assert "I want some text to have a comment on it." in comments.text
    headers = imported("tricky-docx/python-docx__doc-odd-even-hdrs.docx", corpus_copy)
    assert "header" not in headers.text.lower() and "First Page." in headers.text


# --- the real transcripts ----------------------------------------------------------------

SHEFFIELD = "transcripts/sheffield-open-qual"
SHEFFIELD_PAIRS = sorted(
    Path(name).stem for name in corpus_names((SHEFFIELD,), (".docx",))
    if f"{SHEFFIELD}/txt-derived/{Path(name).stem}.txt" in corpus_names((SHEFFIELD,), (".txt",))
)
# Ana, Lisa and Stephen contain content controls (w:sdt). The txt-derived files were
# made with python-docx's Paragraph.text, which silently skips everything inside a
# content control (inline: words such as "planning", "[INDUSTRY REDACTED]"; block: whole
# turns such as Lisa's "Not at this point."), gluing the neighbours together
# ("becauseI'm"). So for those three the .txt equals our reading with the controls
# removed; the other seven have none and match word for word as they are.
WITH_CONTENT_CONTROLS = {"Ana", "Lisa", "Stephen"}


@pytest.mark.parametrize("name", SHEFFIELD_PAIRS)
def test_sheffield_transcripts_match_their_text_renderings(name: str, corpus_copy,
                                                           corpus: Path) -> None:
    data = corpus_copy(f"transcripts/sheffield-open-qual/{name}.docx").read_bytes()
    reference = (corpus / SHEFFIELD / "txt-derived" / f"{name}.txt").read_text("utf-8").split()
    ours = read_docx(data, f"{name}.docx").text.split()
    if name in WITH_CONTENT_CONTROLS:
        assert ours != reference
        assert difflib.SequenceMatcher(None, ours, reference, autojunk=False).ratio() > 0.96
        ours = read_docx(_without_content_controls(data), f"{name}.docx").text.split()
    assert ours == reference


def _without_content_controls(data: bytes) -> bytes:
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                root = etree.fromstring(content)
                for sdt in list(root.iter(f"{{{W}}}sdt")):
                    if sdt.getparent() is not None:
                        sdt.getparent().remove(sdt)
                content = etree.tostring(root)
            target.writestr(info, content)
    return out.getvalue()


def test_sheffield_turns_have_speakers(corpus_copy) -> None:
    result = imported("transcripts/sheffield-open-qual/Ana.docx", corpus_copy)
    first = result.paragraphs[0]
    assert result.text[first.start : first.end] == "12-May-2023 - 10:36 - 1h09m31s – Ana"
    assert first.speaker is None
    speakers = {p.speaker for p in result.paragraphs if p.speaker}
    assert speakers == {"Researcher 1", "Ana"}
    for paragraph in result.paragraphs[1:]:
        line = result.text[paragraph.start : paragraph.end]
        if line.startswith(("Researcher 1:", "Ana:")):
            assert line.startswith(f"{paragraph.speaker}:")


def test_stephen_continuation_paragraph_keeps_its_speaker(corpus_copy) -> None:
    result = imported("transcripts/sheffield-open-qual/Stephen.docx", corpus_copy)
    quote = next(
        p
        for p in result.paragraphs
        if "I have a quote, which I use" in result.text[p.start : p.end]
    )
    assert quote.speaker == "Stephen"


# --- each rule on made-up XML ------------------------------------------------------------


def test_breaks_carriage_returns_and_page_breaks() -> None:
    page = '<w:br w:type="page"/>'
    column = '<w:br w:type="column"/>'
    assert read_body(
        para(run(page, t("a"), page, t("b"), column, "<w:cr/>", t("c"), page))
        + para(run(page))
        + para(run("<w:br/>", t("x"), '<w:br w:type="textWrapping"/>'))
    ) == ["a\nb\n\nc", "", "\nx\n"]


def test_tabs_hyphens_symbols_and_raw_newlines() -> None:
    assert read_body(
        para(
            run("<w:tab/>", t("well"), "<w:noBreakHyphen/>", t("being"), "<w:softHyphen/>"),
            run('<w:sym w:font="Wingdings" w:char="F04A"/>', '<w:sym w:char="03B1"/>'),
            run('<w:sym w:font="Webdings" w:char="F084"/>', '<w:sym w:char="zz"/>'),
            run(t("two\nlines\r\nhere")),
        )
    ) == ["\twell-beingJ\u03b1\uf084two lines here"]


def test_fields_show_results_only() -> None:
    begin, separate, end = (
        f'<w:fldChar w:fldCharType="{kind}"/>' for kind in ("begin", "separate", "end")
    )
    instr = '<w:instrText xml:space="preserve"> HYPERLINK "http://x" </w:instrText>'
    assert read_body(
        para(run(t("a ")), run(begin), run(instr), run(separate), run(t("link")), run(end))
        + para(run(begin), run('<w:instrText> XE "French" </w:instrText>'), run(end), run(t("b")))
        + para(
            run(begin),
            run("<w:instrText> IF </w:instrText>"),
            run(begin),
            run("<w:instrText> DATE </w:instrText>"),
            run(separate),
            run(t("hidden date")),
            run(end),
            run(separate),
            run(t("shown")),
            run(end),
        )
        + '<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>'
        # A field whose result spans paragraphs (a table of contents).
        + para(run(begin), run("<w:instrText> TOC </w:instrText>"), run(separate), run(t("one")))
        + para(run(t("two")))
        + para(run(t("three")), run(end), run(t(" after")))
    ) == ["a link", "b", "shown", "7", "one", "two", "three after"]


def test_tracked_changes_wrappers_and_ruby() -> None:
    assert read_body(
        para(
            run(t("kept ")),
            f"<w:ins>{run(t('inserted '))}</w:ins>",
            f"<w:del>{run('<w:delText>deleted </w:delText>')}</w:del>",
            f"<w:moveFrom>{run(t('moved away '))}</w:moveFrom>",
            f"<w:moveTo>{run(t('moved here '))}</w:moveTo>",
            f"<w:hyperlink>{run(t('link '))}</w:hyperlink>",
            f"<w:smartTag>{run(t('tag '))}</w:smartTag>",
            f"<w:customXml>{run(t('custom '))}</w:customXml>",
            f"<w:sdt><w:sdtPr/><w:sdtContent><w:sdt><w:sdtContent>{run(t('nested '))}"
            "</w:sdtContent></w:sdt></w:sdtContent></w:sdt>",
            run(
                "<w:ruby><w:rt><w:r><w:t>kan</w:t></w:r></w:rt>"
                "<w:rubyBase><w:r><w:t>漢</w:t></w:r></w:rubyBase></w:ruby>"
            ),
        )
    ) == ["kept inserted moved here link tag custom nested 漢"]


def test_alternate_content_is_read_once() -> None:
    box = "<w:txbxContent>" + para(run(t("{}"))) + "</w:txbxContent>"
    both = (
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        + box.format("choice")
        + "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        + box.format("fallback")
        + "</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent>"
    )
    fallback_only = (
        "<mc:AlternateContent><mc:Fallback>"
        + run(t("old"))
        + "</mc:Fallback></mc:AlternateContent>"
    )
    result = read_docx(package(para(run(t("anchor")), run(both)) + para(fallback_only)), "m.docx")
    assert texts(result) == ["anchor", "choice", "old"]
    assert [p.location for p in result.paragraphs] == ["p/0", "p/0/x/0/p/0", "p/1"]


def test_locations_count_paragraphs_through_content_controls() -> None:
    cell = "<w:tc>{}</w:tc>"
    inner = "<w:tbl><w:tr>" + cell.format(para(run(t("inner")))) + "</w:tr></w:tbl>"
    box = "<w:drawing><w:txbxContent>" + para(run(t("boxed"))) + "</w:txbxContent></w:drawing>"
    body = (
        para(run(t("zero")))
        + "<w:sdt><w:sdtContent>"
        + para(run(t("one")))
        + para(run(t("two")))
        + "</w:sdtContent></w:sdt>"
        + "<w:tbl><w:tr>"
        + cell.format(para(run(t("a"))) + inner + para(run(t("b"))))
        + "<w:sdt><w:sdtContent>"
        + cell.format(para(run(t("c")), run(box)))
        + "</w:sdtContent></w:sdt>"
        + "</w:tr></w:tbl>"
        + para(run(t("three")))
    )
    result = read_docx(package(body), "m.docx")
    assert [(result.text[p.start : p.end], p.location) for p in result.paragraphs] == [
        ("zero", "p/0"),
        ("one", "p/1"),
        ("two", "p/2"),
        ("a", "tbl/0/r/0/c/0/p/0"),
        ("inner", "tbl/0/r/0/c/0/tbl/0/r/0/c/0/p/0"),
        ("b", "tbl/0/r/0/c/0/p/1"),
        ("c", "tbl/0/r/0/c/1/p/0"),
        ("boxed", "tbl/0/r/0/c/1/p/0/x/0/p/0"),
        ("three", "p/3"),
    ]
    root = etree.fromstring(_document_xml(body))
    for paragraph in result.paragraphs:
        assert (
            elements_text(locate_all(root, paragraph.location))
            == result.text[paragraph.start : paragraph.end]
        )


def test_vertically_merged_cells_are_not_duplicated() -> None:
    def cell(text: str, merge: str = "") -> str:
        return f"<w:tc><w:tcPr>{merge}</w:tcPr>{para(run(t(text)) if text else '')}</w:tc>"

    restart, go_on = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    body = (
        "<w:tbl>"
        f"<w:tr>{cell('top', restart)}{cell('x')}</w:tr>"
        f"<w:tr>{cell('', go_on)}{cell('y')}</w:tr>"
        f"<w:tr>{cell('stray text', go_on)}{cell('z')}</w:tr>"
        "</w:tbl>"
    )
    result = read_docx(package(body), "m.docx")
    assert texts(result) == ["top", "x", "y", "stray text", "z"]


def test_merges_stop_at_the_end_of_their_container() -> None:
    drop_cap = '<w:pPr><w:framePr w:dropCap="drop"/></w:pPr>'
    deleted_mark = "<w:pPr><w:rPr><w:del/></w:rPr></w:pPr>"
    body = (
        para(run(t("D")), ppr=drop_cap)
        + "<w:tbl><w:tr><w:tc>"
        + para(run(t("end")), ppr=deleted_mark)
        + "</w:tc></w:tr></w:tbl>"
        + para(run(t("gone")), ppr=deleted_mark.replace("w:del", "w:moveFrom"))
        + para(run(t("last")))
    )
    result = read_docx(package(body), "m.docx")
    assert texts(result) == ["D", "end", "gonelast"]
    assert [p.location for p in result.paragraphs] == ["p/0", "tbl/0/r/0/c/0/p/0", "p/1+1"]


def test_prefix_and_strict_namespace_do_not_matter() -> None:
    body = (
        para(run(t("Interviewer: hello")))
        + para(run(t("P1: hi")))
        + para(run(t("Interviewer: bye")))
    )
    plain = read_docx(package(body), "a.docx")
    ns0 = read_docx(package(body, prefix="ns0"), "b.docx")
    strict = read_docx(
        package(body, namespace="http://purl.oclc.org/ooxml/wordprocessingml/main"), "c.docx"
    )
    assert plain == ns0 == strict
    assert [p.speaker for p in plain.paragraphs] == ["Interviewer", "P1", "Interviewer"]


def test_hidden_text_is_left_out_but_its_field_marks_count() -> None:
    hidden = "<w:rPr><w:vanish/></w:rPr>"
    shown = '<w:rPr><w:vanish w:val="false"/></w:rPr>'
    begin, end = '<w:fldChar w:fldCharType="begin"/>', '<w:fldChar w:fldCharType="end"/>'
    assert read_body(
        para(
            run(t("seen ")),
            run(hidden, t("secret ")),
            run(shown, t("also seen ")),
            run(begin),
            run(hidden, '<w:instrText> XE "x" </w:instrText>'),
            run(hidden, end),  # a hidden end still closes the field
            run(t("after")),
        )
    ) == ["seen also seen after"]


def test_block_level_alternate_content_is_read_once() -> None:
    body = (
        "<mc:AlternateContent><mc:Choice Requires='w14'>"
        + para(run(t("new")))
        + "</mc:Choice><mc:Fallback>"
        + para(run(t("old")))
        + "</mc:Fallback></mc:AlternateContent>"
        + para(run(t("next")))
    )
    result = read_docx(package(body), "m.docx")
    assert texts(result) == ["new", "next"]
    assert [p.location for p in result.paragraphs] == ["p/0", "p/1"]
