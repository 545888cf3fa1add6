"""Replacing identifiers keeps every excerpt on the same words."""

from __future__ import annotations

import io
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.model.pseudonyms import PseudonymMap

TEXT = "Marcia: Ruth came 😀. Canada? 李女士说Ruth很认真。Marcia laughed."
MAPPING = {"Marcia": "P1", "Ruth": "the lead", "李女士": "受访者五", "Ana": "X"}


def test_names_are_replaced_as_whole_words_and_in_chinese() -> None:
    pseudo = PseudonymMap(TEXT, MAPPING)
    assert pseudo.text == "P1: the lead came 😀. Canada? 受访者五说the lead很认真。P1 laughed."


def test_excerpts_stay_on_their_words() -> None:
    pseudo = PseudonymMap(TEXT, MAPPING)
    for phrase, expected in [("Ruth came 😀", "the lead came 😀"), ("Canada?", "Canada?"),
                             ("很认真", "很认真"), ("Marcia laughed", "P1 laughed")]:
        start = TEXT.index(phrase)
        new_start, new_end = pseudo.span(start, start + len(phrase))
        assert pseudo.text[new_start:new_end] == expected
    # An excerpt ending inside a name now ends after its replacement.
    start = TEXT.index("came")
    end = TEXT.index("Ruth很") + 2
    new_start, new_end = pseudo.span(start, end)
    assert pseudo.text[new_start:new_end].endswith("说the lead")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Ana ", "Bo ", "x ", "社区", "😀", "Anab ", " "]), max_size=40),
       st.integers(0, 200), st.integers(0, 200))
def test_unreplaced_text_keeps_its_place(words: list[str], a: int, b: int) -> None:
    text = "".join(words)
    pseudo = PseudonymMap(text, {"Ana": "Participant 7", "社区": "S"})
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    new_start, new_end = pseudo.span(start, end)
    assert 0 <= new_start <= new_end <= len(pseudo.text)
    old = text[start:end]
    near = text[max(0, start - 3):end + 3]
    if "Ana" not in near and "社区" not in near:
        assert pseudo.text[new_start:new_end] == old


def test_pseudonymising_a_project_keeps_codings_and_undoes(tmp_path, capsys) -> None:
    from annotator.cli.main import main
    from annotator.platform.demo import build_demo
    from annotator.project import Project

    path = tmp_path / "Demo.annotator"
    build_demo(path)
    with Project.open(path) as project:
        texts = {s.id: project.source(s.id).text for s in project.sources()}
        before = sorted((c.id, texts[c.source_id][c.start:c.end]) for c in project.codings())
    assert main(["pseudonymise", str(path), "--replace", "Marcia=P1",
                 "--replace", "Ruth=the lead", "--replace", "李女士=受访者五"]) == 0
    assert "every coding still covers the same words" in capsys.readouterr().out
    with Project.open(path) as project:
        texts = {s.id: project.source(s.id).text for s in project.sources()}
        assert not any("Marcia" in t or "Ruth" in t or "李女士" in t for t in texts.values())
        after = sorted((c.id, texts[c.source_id][c.start:c.end]) for c in project.codings())
        for (_, old), (_, new) in zip(before, after, strict=True):
            assert new == old.replace("Marcia", "P1").replace("Ruth", "the lead") \
                .replace("李女士", "受访者五")
        assert project.check() == []
        # No stored original keeps a name: a Word original is kept with the edits made
        # in it (its edit log emptied), any other original is gone.
        kept = 0
        for summary in project.sources():
            data = project.store.sources.original(summary.id)
            if data is None:
                continue
            assert summary.kind == "docx" and project.store.edits.edit_log(summary.id) == []
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                parts = b"".join(package.read(n) for n in package.namelist())
            assert not any(name.encode() in parts for name in ("Marcia", "Ruth", "李女士"))
            kept += 1
        assert kept, "the Word originals stay, without the names"
    with Project.open(path) as project:
        project.pseudonymise({"Dean": "P3"})
        project.undo()
        assert any("Dean" in project.source(s.id).text for s in project.sources())
    assert main(["pseudonymise", str(path), "--replace", "nonsense"]) == 1


def test_pseudonyms_on_the_exported_copy_only(tmp_path, capsys) -> None:
    import zipfile

    from annotator.cli.main import main
    from annotator.platform.demo import build_demo
    from annotator.project import Project

    path = tmp_path / "Demo.annotator"
    build_demo(path)
    out = tmp_path / "shared.qdpx"
    assert main(["export", "qdpx", str(path), "--out", str(out),
                 "--pseudonymise", "Marcia=P1", "--pseudonymise", "李女士=受访者五"]) == 0
    with zipfile.ZipFile(out) as package:
        texts = [package.read(n).decode("utf-8") for n in package.namelist()
                 if n.startswith("sources/") and n.endswith(".txt")]
        assert not any(n.endswith(".docx") for n in package.namelist()
                       if "food" in n.lower())
    assert texts and not any("Marcia" in t or "李女士" in t for t in texts)
    assert any("P1" in t for t in texts)
    # The project itself keeps its names, and the copy's codings cover the same words.
    with Project.open(path) as project:
        assert any("Marcia" in project.source(s.id).text for s in project.sources())
    fresh = tmp_path / "Fresh.annotator"
    assert main(["import", str(fresh), str(out)]) == 0
    with Project.open(fresh) as copy, Project.open(path) as original:
        def excerpts(p: Project) -> list[str]:
            texts = {s.id: p.source(s.id).text for s in p.sources()}
            return sorted(texts[c.source_id][c.start:c.end] for c in p.codings())
        expected = sorted(e.replace("Marcia", "P1").replace("李女士", "受访者五")
                          for e in excerpts(original))
        assert excerpts(copy) == expected
