"""Build the demo transcripts (.docx) from their plain sources in transcripts/src/*.md.

Run from the repository root:  uv run python resources/demo/make_docx.py

Source format, one paragraph per line (blank lines are ignored):

    # Heading                       the document heading
    > a header line                 a small grey header paragraph (project, date, notice)
    | cell | cell |                 consecutive lines make one table (first column bold)
    [00:12:34] Speaker: words       a turn: optional timestamp, speaker label, words

Inside any paragraph `**bold**` and `*italic*` may be used; the markers are not part of
the text. Speaker labels end at the first ":" or full-width "：" within 24 characters and
are set in bold; timestamps in grey. The output is byte-for-byte reproducible (fixed
document dates and zip timestamps), so regenerating without changes leaves git clean.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
SRC = HERE / "transcripts" / "src"
OUT = HERE / "transcripts"

FIXED_DATE = dt.datetime(2024, 5, 1, 9, 0, 0, tzinfo=dt.UTC)
ZIP_DATE = (2024, 5, 1, 9, 0, 0)
GREY = RGBColor(0x66, 0x66, 0x66)
LABEL_BLUE = RGBColor(0x1F, 0x3A, 0x5F)

_INLINE = re.compile(r"(\*\*.+?\*\*|\*.+?\*)")
_TIMESTAMP = re.compile(r"^(\[\d{1,2}:\d{2}(?::\d{2})?\])\s+")
_LABEL = re.compile(r"^([^:：*\[\]|#>]{1,24}?[:：])(\s*)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def add_inline(paragraph: Paragraph, text: str, *, bold: bool = False,
               color: RGBColor | None = None, size: Pt | None = None) -> None:
    """Add `text` as runs, honouring **bold** and *italic* markers."""
    for piece in _INLINE.split(text):
        if not piece:
            continue
        is_bold, is_italic = bold, False
        if piece.startswith("**") and piece.endswith("**") and len(piece) > 4:
            piece, is_bold = piece[2:-2], True
        elif piece.startswith("*") and piece.endswith("*") and len(piece) > 2:
            piece, is_italic = piece[1:-1], True
        run = paragraph.add_run(piece)
        if is_bold:
            run.bold = True
        if is_italic:
            run.italic = True
        if color is not None:
            run.font.color.rgb = color
        if size is not None:
            run.font.size = size


def plain(text: str) -> str:
    """The visible text of a source line's inline markup."""
    return _INLINE.sub(lambda m: m.group(0).strip("*"), text)


def set_up_styles(document: DocumentObject, chinese: bool) -> None:
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.2)

    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    r_pr = normal.element.get_or_add_rPr()
    fonts = r_pr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "Microsoft YaHei")
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = r_pr.makeelement(qn("w:lang"), {})
        r_pr.append(lang)
    lang.set(qn("w:val"), "en-GB")
    lang.set(qn("w:eastAsia"), "zh-CN" if chinese else "en-GB")
    fmt = normal.paragraph_format
    fmt.space_after = Pt(6)
    fmt.line_spacing = 1.15

    heading = document.styles["Heading 1"]
    heading.font.name = "Calibri Light"
    heading.font.size = Pt(16)
    heading.font.color.rgb = LABEL_BLUE
    heading.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Microsoft YaHei")


def add_footer(document: DocumentObject, text: str) -> None:
    footer = document.sections[0].footer
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_inline(paragraph, text, color=GREY, size=Pt(8))


def add_table(document: DocumentObject, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = document.styles["Table Grid"]
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            cell = table.cell(r, c)
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            add_inline(paragraph, value, bold=(c == 0), size=Pt(10))
            if c == 0:
                cell.width = Cm(5)
            else:
                cell.width = Cm(11)
    document.add_paragraph()  # breathing space after the table


def add_turn(document: DocumentObject, line: str) -> None:
    paragraph = document.add_paragraph()
    rest = line
    stamp = _TIMESTAMP.match(rest)
    if stamp:
        add_inline(paragraph, stamp.group(1), color=GREY, size=Pt(9))
        paragraph.add_run(" ")
        rest = rest[stamp.end():]
    label = _LABEL.match(rest)
    if label:
        run = paragraph.add_run(label.group(1))
        run.bold = True
        run.font.color.rgb = LABEL_BLUE
        if label.group(2):
            paragraph.add_run(label.group(2))
        rest = rest[label.end():]
    add_inline(paragraph, rest)


def build(source: Path, target: Path) -> None:
    lines = [line.rstrip() for line in source.read_text(encoding="utf-8").splitlines()]
    chinese = bool(_CJK.search(source.read_text(encoding="utf-8")))
    document = Document()
    set_up_styles(document, chinese)
    props = document.core_properties
    props.author = "Annotator demo"
    props.last_modified_by = "Annotator demo"
    props.title = next((plain(line[2:]) for line in lines if line.startswith("# ")), source.stem)
    props.comments = "Fictional interview for demonstration."
    props.created = props.modified = FIXED_DATE
    props.revision = 1
    add_footer(document, "Annotator demo project. Fictional interview for demonstration."
               if not chinese else "Annotator 演示项目。虚构访谈，仅供演示。")

    table_rows: list[list[str]] = []
    for line in lines + [""]:
        if line.startswith("|"):
            table_rows.append([cell.strip() for cell in line.strip("|").split("|")])
            continue
        if table_rows:
            add_table(document, table_rows)
            table_rows = []
        if not line:
            continue
        if line.startswith("# "):
            document.add_heading(level=1).add_run(plain(line[2:]))
        elif line.startswith("> "):
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(2)
            add_inline(paragraph, line[2:], color=GREY, size=Pt(9))
        else:
            add_turn(document, line)

    buffer = io.BytesIO()
    document.save(buffer)
    target.write_bytes(_reproducible_zip(buffer.getvalue()))


def _reproducible_zip(data: bytes) -> bytes:
    """The same package with fixed member timestamps, so rebuilding changes no bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    names = argv if argv else None
    sources = sorted(SRC.glob("*.md"))
    if names:
        sources = [s for s in sources if s.stem in names]
    for source in sources:
        target = OUT / f"{source.stem}.docx"
        build(source, target)
        print(f"{target.relative_to(HERE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
