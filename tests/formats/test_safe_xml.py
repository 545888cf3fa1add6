"""Entity attacks (billion laughs, an external entity) fed to every reader of XML: .docx,
.qde (bare and in a .qdpx) and .xlsx each answer with one sentence, quickly, and nothing
is expanded or fetched."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from annotator.formats.errors import UnreadableFile
from annotator.formats.reader import read_bytes
from annotator.formats.refi.reader import read_exchange_bytes
from annotator.formats.safe_xml import declares_doctype, safe_parser
from annotator.formats.tables.attribute_sheet import read_sheet
from tests.helpers import allocates_at_most

LAUGHS = "".join(
    f' <!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">\n' for n in range(1, 10))
BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE root [\n <!ENTITY lol0 "lol">\n'
                  f"{LAUGHS}]>\n<root>&lol9;</root>")
XXE = ('<?xml version="1.0"?>\n<!-- a comment first, to hide it from a lazy check -->\n'
       '<!DOCTYPE root [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<root>&secret;</root>')
ATTACKS = {"billion laughs": BILLION_LAUGHS, "external entity": XXE}

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def as_root(attack: str, root: str) -> str:
    """The attack with its root element renamed to what the reader expects."""
    return attack.replace("<!DOCTYPE root", f"<!DOCTYPE {root.split()[0]}").replace(
        "<root>", f"<{root}>").replace("</root>", f"</{root.split()[0]}>")


def zipped(members: dict[str, str | bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in members.items():
            package.writestr(name, content)
    return out.getvalue()


def docx(attack: str) -> bytes:
    body = as_root(attack, f'w:document xmlns:w="{W}"')
    return zipped({"_rels/.rels": RELS, "word/document.xml": body})


def qde(attack: str) -> bytes:
    return as_root(attack, 'Project xmlns="urn:QDA-XML:project:1.0"').encode()


def xlsx(attack: str, tmp_path: Path, part: str) -> bytes:
    """A real workbook with one of its parts replaced by the attack."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["Participant", "Age"])
    path = tmp_path / "base.xlsx"
    workbook.save(path)
    with zipfile.ZipFile(path) as package:
        parts = {i.filename: package.read(i) for i in package.infolist()}
    parts[part] = as_root(attack, f'worksheet xmlns="{SHEET}"' if "sheet" in part
                          else f'workbook xmlns="{SHEET}"').encode()
    return zipped(parts)


def refused(read: object, name: str) -> str:
    with allocates_at_most(64), pytest.raises(UnreadableFile) as caught:
        read()  # type: ignore[operator]
    sentence = str(caught.value)
    assert sentence.startswith(f"“{name}” ") and sentence.endswith(".")
    assert "\n" not in sentence and not re.search(r"\.\s+[A-Z]", sentence)
    assert "lollol" not in sentence and "root:" not in sentence
    return sentence


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_docx_with_an_entity_attack_gets_one_sentence(attack: str) -> None:
    data = docx(ATTACKS[attack])
    assert "document type declaration" in refused(lambda: read_bytes(data, "x.docx"), "x.docx")


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("packed", [False, True])
def test_a_qde_with_an_entity_attack_gets_one_sentence(attack: str, packed: bool) -> None:
    document = qde(ATTACKS[attack])
    data = zipped({"project.qde": document}) if packed else document
    name = "x.qdpx" if packed else "x.qde"
    sentence = refused(lambda: read_exchange_bytes(data, name), name)
    assert "document type declaration" in sentence


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_an_xlsx_with_an_entity_attack_gets_one_sentence(attack: str, part: str,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(xlsx(ATTACKS[attack], tmp_path, part))
    assert "document type declaration" in refused(lambda: read_sheet(path), "x.xlsx")


def test_the_prolog_scan_sees_through_comments_byte_order_marks_and_utf16() -> None:
    assert declares_doctype(XXE.encode())
    assert declares_doctype(b"\xef\xbb\xbf" + BILLION_LAUGHS.encode())
    assert declares_doctype(XXE.encode("utf-16"))
    assert not declares_doctype(b'<?xml version="1.0"?><root>DOCTYPE</root>')


@pytest.mark.parametrize("attack", ATTACKS)
def test_the_parser_itself_neither_expands_nor_fetches(attack: str) -> None:
    # Behind the DOCTYPE refusal: what lxml does if a DOCTYPE slips past it.
    from lxml import etree

    with allocates_at_most(64):
        try:
            root = etree.fromstring(ATTACKS[attack].encode(), safe_parser())
        except etree.XMLSyntaxError as error:  # libxml2 refuses the amplification outright
            assert "amplification" in str(error)
        else:
            text = etree.tostring(root)
            assert len(text) < 1000 and b"root:" not in text


def test_openpyxl_parses_sheets_with_defusedxml() -> None:
    # openpyxl reads every worksheet with the standard library's iterparse, and takes
    # defusedxml's instead when it is installed: why defusedxml is a dependency.
    import defusedxml.ElementTree
    import openpyxl
    from openpyxl.xml import functions

    assert openpyxl.DEFUSEDXML is True
    assert functions.iterparse is defusedxml.ElementTree.iterparse


def test_openpyxl_alone_refuses_an_entity_in_a_sheet(tmp_path: Path) -> None:
    from defusedxml import DefusedXmlException
    from openpyxl import load_workbook

    data = xlsx(BILLION_LAUGHS, tmp_path, "xl/worksheets/sheet1.xml")
    with pytest.raises(ValueError) as refused:
        load_workbook(io.BytesIO(data), read_only=True)
    assert isinstance(refused.value.__cause__, DefusedXmlException)


def test_every_xml_parse_in_the_app_uses_the_safe_parser() -> None:
    import ast

    root = Path(__file__).resolve().parents[2] / "annotator"
    parsers = {"fromstring", "parse", "iterparse", "XML", "fromstringlist", "XMLParser"}
    unsafe = []
    for module in root.rglob("*.py"):
        if module.name == "safe_xml.py":
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and (
                    node.module.startswith("xml.") or node.module == "xml"):
                unsafe.append(f"{module.name}: imports {node.module}")
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in parsers
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "etree"):
                continue
            if not any(isinstance(a, ast.Call) and getattr(a.func, "id", "") == "safe_parser"
                       for a in [*node.args, *(k.value for k in node.keywords)]):
                unsafe.append(f"{module.name}:{node.lineno}: etree.{node.func.attr} "
                              "without safe_parser()")
    assert unsafe == []
