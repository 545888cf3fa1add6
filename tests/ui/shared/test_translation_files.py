"""The translation sources: up to date with the code, complete, and faithful to their
placeholders (a translation that drops "{name}" would show a hole, or crash .format)."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[3]
FOLDER = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


def messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(source, comment) → (translation, type) for every message of a .ts file."""
    found = {}
    for message in etree.parse(str(path)).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        text = translation.text or ""
        if message.get("numerus") == "yes":
            # A plural (tr("%n hit(s)", None, n)) holds one <numerusform> per form of the
            # language, and no text of its own: it is translated when every form is.
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = forms[-1] if forms and all(form.strip() for form in forms) else ""
        found[key] = (text, translation.get("type"))
    return found


def _update_module():
    spec = importlib.util.spec_from_file_location("update", FOLDER / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_ts_files_hold_exactly_the_strings_of_the_code(tmp_path: Path, language: str) -> None:
    committed = FOLDER / f"annotator_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    _update_module().update([fresh], ROOT)
    assert set(messages(fresh)) == set(messages(committed)), (
        "run `uv run python resources/translations/update.py` and translate what is new")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_string_is_translated(language: str) -> None:
    entries = messages(FOLDER / f"annotator_{language}.ts")
    assert len(entries) > 300
    unfinished = [source for (source, _), (text, kind) in entries.items()
                  if kind in ("unfinished", "vanished", "obsolete") or not text.strip()]
    assert unfinished == []


def test_chinese_keeps_every_placeholder_and_accelerator() -> None:
    for (source, _), (text, _kind) in messages(FOLDER / "annotator_zh_CN.ts").items():
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        accelerator = re.search(r"&(\w)", source)
        if accelerator and "&&" not in source:
            assert f"(&{accelerator.group(1).upper()})" in text or "&" in text, source


def test_chinese_is_chinese() -> None:
    entries = messages(FOLDER / "annotator_zh_CN.ts")
    han = re.compile(r"[\u4e00-\u9fff]")
    untouched = [s for (s, _), (text, _k) in entries.items()
                 if text == s and re.search(r"[a-z]{3}", s)]
    # Brand and format names stay as they are; everything else is written in Chinese.
    words = [PLACEHOLDER.sub("", s).replace("Annotator", "") for s in untouched]
    assert all(not re.search(r"[a-z]{4}", w) for w in words), untouched
    assert sum(bool(han.search(text)) for text, _k in entries.values()) > 0.9 * len(entries)
