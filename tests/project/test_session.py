"""The facade's plumbing: plain actions as `Action(label, operation)`, the missing-item
sentences, the package's names."""

from __future__ import annotations

from pathlib import Path

import pytest

import annotator.project as package
from annotator.operations import codes as code_ops
from annotator.operations.errors import OperationError
from annotator.project import Project
from annotator.project.facade import Project as FacadeProject
from annotator.project.session import Action


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.annotator")
    yield p
    p.close()


def test_the_package_keeps_its_names() -> None:
    assert package.Project is FacadeProject
    assert {"Project", "default_backup_root", "Listener", "Progress"} <= set(package.__all__)


def test_an_action_runs_its_operation_as_one_labelled_step(project: Project) -> None:
    assert isinstance(Project.__dict__["rename_code"], Action)
    assert project.rename_code.__doc__ == code_ops.rename_code.__doc__
    code = project.add_code("Trust")
    heard = []
    project.subscribe(heard.append)
    project.rename_code(code, name="Mutual trust")  # the operation's own parameter names
    assert project.history.undo_label == "Rename code"
    assert heard[-1].label == "Rename code" and code in heard[-1].ids("codes")
    project.undo()
    assert project.code(code).name == "Trust"


def test_actions_inside_a_batch_make_one_step(project: Project) -> None:
    a = project.add_code("A")
    depth = project.history.depth
    with project.batch("Tidy"):
        project.rename_code(a, "B")
        project.recolor_code(a, "#000000")
    assert project.history.depth == depth + 1
    project.undo()
    assert project.code(a).name == "A"


def test_missing_items_are_refused_in_one_sentence(project: Project) -> None:
    for read, sentence in ((project.source, "That transcript no longer exists."),
                           (project.code, "That code no longer exists."),
                           (project.coding, "That coding no longer exists.")):
        with pytest.raises(OperationError) as raised:
            read(404)
        assert str(raised.value) == sentence
        assert raised.value.args[0].template == sentence
