"""The bundled demo project: five fictional interviews, coded, with themes, memos and a journal.

The data lives in `resources/demo/`: the transcripts (.docx, built from their plain
sources by `resources/demo/make_docx.py`) and `plan.json`, which says how a
researcher coded them. `build_demo` imports the transcripts and applies the plan
through the Project facade in one transaction (one undo step). Codings are given
as exact phrases, found in the imported text; a phrase that is not there stops the
build with a ValueError, so the plan and the transcripts cannot drift apart.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NotRequired, TypedDict, cast

from annotator.messages import message
from annotator.platform.resources import resource_candidates
from annotator.project import Project

PLAN_FILE = "plan.json"


class SourcePlan(TypedDict):
    file: str
    name: str
    case: str


class AttributePlan(TypedDict):
    name: str
    type: str
    choices: NotRequired[list[str]]


class CasePlan(TypedDict):
    name: str
    source: str
    description: str
    values: dict[str, str]


class CodePlan(TypedDict):
    path: str
    color: str
    description: str


class CodingPlan(TypedDict):
    source: str
    code: str
    match: str
    occurrence: NotRequired[int]
    memo: NotRequired[str]


class MemoPlan(TypedDict):
    title: str
    body: str


class CodeMemoPlan(MemoPlan):
    code: str


class SourceMemoPlan(MemoPlan):
    source: str


class MemosPlan(TypedDict):
    project: MemoPlan
    codes: list[CodeMemoPlan]
    sources: list[SourceMemoPlan]


class JournalPlan(MemoPlan):
    created: str


class ThemePlan(TypedDict):
    name: str
    parent: str | None
    definition: str
    status: str
    color: str
    x: float
    y: float
    width: float
    height: float
    codes: list[str]


class Plan(TypedDict):
    version: int
    sources: list[SourcePlan]
    attributes: list[AttributePlan]
    cases: list[CasePlan]
    codes: list[CodePlan]
    codings: list[CodingPlan]
    memos: MemosPlan
    journal: list[JournalPlan]
    themes: list[ThemePlan]
    theme_links: list[dict[str, str]]  # "from" is a keyword, so not a TypedDict field


DEMO_CODER = "Researcher"
"""The coder recorded on the demo's codings (the journal's first-person researcher)."""


def user_demo_project() -> Path:
    """The demo project in the user data folder, built there on first use."""
    from platformdirs import user_data_path

    path = user_data_path("Annotator", appauthor=False) / "Demo.annotator"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo(path)
    return path


def demo_resources_dir() -> Path:
    """The folder holding the demo transcripts and plan.json (see resource_paths)."""
    candidates = [folder / "demo" for folder in resource_candidates()]
    for candidate in candidates:
        if (candidate / PLAN_FILE).is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(message("The demo project's files are missing (looked in: {tried}).",
                                    tried=tried))


def load_plan(resources: Path | None = None) -> Plan:
    """The demo plan, as data."""
    folder = resources or demo_resources_dir()
    return cast(Plan, json.loads((folder / PLAN_FILE).read_text(encoding="utf-8")))


def find_phrase(text: str, phrase: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Code-point span of the `occurrence`-th (1-based) appearance of `phrase`, or None."""
    if not phrase or occurrence < 1:
        return None
    start = -1
    for _ in range(occurrence):
        start = text.find(phrase, start + 1)
        if start < 0:
            return None
    return start, start + len(phrase)


def build_demo(path: Path) -> None:
    """Create the demo project at `path` (which must not exist) from the bundled plan.

    The whole build is one transaction and one undo step. If the plan does not fit
    the transcripts the build raises ValueError and no project file is left behind.
    """
    path = Path(path)
    resources = demo_resources_dir()
    plan = load_plan(resources)
    project = Project.create(path)
    try:
        with project.batch("Build demo project"):
            apply_plan(project, plan, resources)
    except BaseException:
        project.close()
        for leftover in (path, path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    project.close()


def apply_plan(project: Project, plan: Plan, resources: Path) -> None:
    """Import the plan's transcripts into `project` and code them as the plan says.

    Call it inside `project.batch(...)` to make it one transaction and one undo step.
    """
    # Transcripts.
    source_ids: dict[str, int] = {}
    texts: dict[str, str] = {}
    for entry in plan["sources"]:
        source_id = project.import_file(resources / entry["file"], name=entry["name"])
        source_ids[entry["name"]] = source_id
        texts[entry["name"]] = project.source(source_id).text

    def source_id_of(name: str, where: str) -> int:
        if name not in source_ids:
            raise ValueError(f"Demo plan: {where} names the transcript “{name}”, "
                             "which the plan does not import.")
        return source_ids[name]

    # Participants and their attributes.
    attribute_ids = {
        attribute["name"]: project.add_attribute(
            attribute["name"], attribute["type"], attribute.get("choices", ()))
        for attribute in plan["attributes"]
    }
    for case in plan["cases"]:
        case_id = project.add_case(case["name"], case["description"])
        for attribute_name, value in case["values"].items():
            if attribute_name not in attribute_ids:
                raise ValueError(f"Demo plan: case “{case['name']}” sets the undeclared "
                                 f"attribute “{attribute_name}”.")
            project.set_case_value(case_id, attribute_ids[attribute_name], value)
        project.assign_source_to_case(source_id_of(case["source"], f"case “{case['name']}”"),
                                      case_id)

    # The code tree (parents come before their children in the plan).
    code_ids: dict[str, int] = {}
    for code in plan["codes"]:
        parent_path, _, name = code["path"].rpartition("/")
        if parent_path and parent_path not in code_ids:
            raise ValueError(f"Demo plan: code “{code['path']}” comes before its parent.")
        code_ids[code["path"]] = project.add_code(
            name, code_ids.get(parent_path) if parent_path else None, code["color"],
            code["description"])

    def code_id_of(code_path: str, where: str) -> int:
        if code_path not in code_ids:
            raise ValueError(f"Demo plan: {where} names the code “{code_path}”, "
                             "which the plan does not declare.")
        return code_ids[code_path]

    # Codings, found by their exact words.
    for coding in plan["codings"]:
        source_name, phrase = coding["source"], coding["match"]
        occurrence = coding.get("occurrence", 1)
        source_id = source_id_of(source_name, "a coding")
        span = find_phrase(texts[source_name], phrase, occurrence)
        if span is None:
            raise ValueError(
                f"Demo plan: the phrase “{phrase}” (occurrence {occurrence}) is not in the "
                f"text of transcript “{source_name}”.")
        project.add_coding(source_id, code_id_of(coding["code"], "a coding"), *span,
                           memo=coding.get("memo", ""), coder=DEMO_CODER)

    # Memos and the reflexive journal.
    memos = plan["memos"]
    project.set_memo("project", None, memos["project"]["body"], title=memos["project"]["title"])
    for memo in memos["codes"]:
        project.set_memo("code", code_id_of(memo["code"], "a code memo"), memo["body"],
                         title=memo["title"])
    for memo in memos["sources"]:
        project.set_memo("source", source_id_of(memo["source"], "a transcript memo"),
                         memo["body"], title=memo["title"])
    for entry in plan["journal"]:
        project.add_journal_entry(entry["title"], entry["body"], created=entry["created"])

    # Themes, sub-themes, the codes they gather, and the links between them.
    theme_ids: dict[str, int] = {}
    for theme in plan["themes"]:
        parent = theme["parent"]
        if parent is not None and parent not in theme_ids:
            raise ValueError(f"Demo plan: theme “{theme['name']}” comes before its parent.")
        theme_id = project.add_theme(
            theme["name"], parent_id=theme_ids[parent] if parent is not None else None,
            definition=theme["definition"], status=theme["status"], color=theme["color"],
            x=theme["x"], y=theme["y"], width=theme["width"], height=theme["height"])
        theme_ids[theme["name"]] = theme_id
        for code_path in theme["codes"]:
            project.add_code_to_theme(theme_id, code_id_of(code_path, f"theme “{theme['name']}”"))
    for link in plan["theme_links"]:
        ends = (link["from"], link["to"])
        for end in ends:
            if end not in theme_ids:
                raise ValueError(f"Demo plan: a theme link names the unknown theme “{end}”.")
        project.link_themes(theme_ids[ends[0]], theme_ids[ends[1]], link.get("label", ""))
