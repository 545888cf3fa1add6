"""Editing an attribute after the fact: rename it, change its type or choices, delete
it; every value must fit, all or nothing, and each is one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.operations.errors import OperationError
from annotator.project import Project


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "cases.annotator") as project:
        yield project


def values(project: Project, attribute_id: int) -> dict[str, str]:
    names = {c.id: c.name for c in project.cases()}
    return {names[c]: v for c, v in project.store.cases.values_of(attribute_id)}


def test_rename_and_change_type_keep_the_values(project: Project) -> None:
    p1, p2 = project.add_case("P1"), project.add_case("P2")
    age = project.add_attribute("Agee")
    project.set_case_value(p1, age, " 34 ")
    project.set_case_value(p2, age, "41.0")
    project.edit_attribute(age, "Age", "number")
    [attribute] = project.attributes()
    assert (attribute.name, attribute.type) == ("Age", "number")
    assert values(project, age) == {"P1": "34", "P2": "41"}  # normalised as numbers
    project.undo()
    [attribute] = project.attributes()
    assert (attribute.name, attribute.type) == ("Agee", "text")
    assert values(project, age) == {"P1": "34", "P2": "41.0"}


def test_a_value_that_does_not_fit_changes_nothing(project: Project) -> None:
    p1, p2 = project.add_case("P1"), project.add_case("李女士")
    role = project.add_attribute("Role")
    project.set_case_value(p1, role, "coordinator")
    project.set_case_value(p2, role, "志愿者")
    depth = project.history.depth
    with pytest.raises(OperationError) as refused:
        project.edit_attribute(role, "Role", "choice", ["coordinator", "nurse"])
    assert str(refused.value) == ("李女士’s value does not fit: “志愿者” is not one of the "
                                  "choices for “Role”: coordinator, nurse. Nothing was changed.")
    assert project.attributes()[0].type == "text" and project.history.depth == depth
    project.edit_attribute(role, "Role", "choice", ["coordinator", "志愿者", " nurse ", ""])
    assert project.attributes()[0].choices == ("coordinator", "志愿者", "nurse")


def test_names_must_stay_unique_and_present(project: Project) -> None:
    first = project.add_attribute("Role")
    project.add_attribute("Site")
    for name in ("Site", "  "):
        with pytest.raises(OperationError):
            project.edit_attribute(first, name, "text")
    with pytest.raises(OperationError):
        project.edit_attribute(first, "Role", "colour")
    with pytest.raises(OperationError):
        project.edit_attribute(999, "Role", "text")


def test_delete_takes_the_values_and_undo_brings_them_back(project: Project) -> None:
    p1 = project.add_case("P1")
    site = project.add_attribute("Site", "choice", ["clinic", "school"])
    project.set_case_value(p1, site, "clinic")
    assert project.attribute_value_count(site) == 1
    project.delete_attribute(site)
    assert project.attributes() == [] and project.store.cases.values_of(site) == []
    project.undo()
    assert [a.name for a in project.attributes()] == ["Site"]
    assert values(project, site) == {"P1": "clinic"}
