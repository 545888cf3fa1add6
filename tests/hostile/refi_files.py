"""Small REFI-QDA project documents (.qde) made by code, good or hostile in one way."""

from __future__ import annotations

from pathlib import Path

NS = "urn:QDA-XML:project:1.0"
CODE = "11111111-1111-1111-1111-111111111111"
SOURCE = "22222222-2222-2222-2222-222222222222"
CASE = "33333333-3333-3333-3333-333333333333"
TEXT = "Interviewer: how long have you worked here?\nAna: twenty years."


def qde(*, start: str = "0", end: str = "11", first_x: str = "10", cases: str = "",
        code_name: str = "Tenure", text: str = TEXT, name: str = "Study") -> str:
    """A project with one code, one transcript, one coding, one theme on the board."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" name="{name}" origin="tests">
 <CodeBook><Codes><Code guid="{CODE}" name="{code_name}" isCodable="true"/></Codes></CodeBook>
 <Cases>{cases}</Cases>
 <Sources>
  <TextSource guid="{SOURCE}" name="Ana">
   <PlainTextContent>{text}</PlainTextContent>
   <PlainTextSelection guid="44444444-4444-4444-4444-444444444444"
     startPosition="{start}" endPosition="{end}">
    <Coding guid="55555555-5555-5555-5555-555555555555"><CodeRef targetGUID="{CODE}"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
 <Sets><Set guid="66666666-6666-6666-6666-666666666666" name="Belonging">
  <MemberCode targetGUID="{CODE}"/></Set></Sets>
 <Graphs><Graph guid="77777777-7777-7777-7777-777777777777" name="Board">
  <Vertex guid="88888888-8888-8888-8888-888888888888"
    representedGUID="66666666-6666-6666-6666-666666666666" firstX="{first_x}" firstY="5"/>
 </Graph></Graphs>
</Project>
"""


def case(name: str, guid: str = CASE) -> str:
    return f'<Case guid="{guid}" name="{name}"><SourceRef targetGUID="{SOURCE}"/></Case>'


def write_qde(folder: Path, file_name: str, **fields: str) -> Path:
    path = folder / file_name
    path.write_text(qde(**fields), encoding="utf-8")
    return path
