"""Licence notices: every distribution the app runs on is listed, with its text."""

from __future__ import annotations

import re
from importlib import metadata

import pytest
from packaging.requirements import Requirement

from annotator.platform.licences import COMPONENTS, third_party


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure() -> set[str]:
    """The distributions installing Annotator brings in here, markers evaluated."""
    seen: set[str] = set()
    todo = ["annotator"]
    while todo:
        name = normal(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        for line in metadata.distribution(name).requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return seen - {"annotator"}


@pytest.mark.gui  # reads PySide6's installed metadata
def test_every_runtime_dependency_is_listed() -> None:
    closure = runtime_closure()
    assert "pyside6-essentials" in closure and "lxml" in closure
    assert closure <= set(COMPONENTS), f"add to COMPONENTS: {closure - set(COMPONENTS)}"


@pytest.mark.gui  # reads PySide6's installed metadata
def test_each_listed_component_carries_its_licence_text() -> None:
    found = {normal(c.name): c for c in third_party()}
    assert set(found) >= runtime_closure()
    for name, component in found.items():
        assert component.licence and component.text.strip(), name
    qt = found["pyside6-essentials"]
    assert qt.licence.startswith("LGPL-3.0")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.text
    assert "GNU GENERAL PUBLIC LICENSE" in qt.text  # the LGPL builds on the GPL's terms
    assert "Permission is hereby granted" in found["python-docx"].text  # MIT
