"""The merge's second half: participants and their attributes, themes and their links,
memos and journal entries (see merge.py for the rules they follow)."""

from __future__ import annotations

from typing import Protocol

from annotator.messages import message
from annotator.store.store import Store


class _Report(Protocol):
    conflicts: list[str]

    def add(self, what: str, n: int = 1) -> None: ...


class Merger(Protocol):
    """What these steps need of merge.py's Merger (named here, so no import runs back)."""

    store: Store
    other: Store
    report: _Report
    take_theirs: bool
    guids: dict[str, set[str]]
    maps: dict[str, dict[int, int]]

    def fresh(self, table: str, guid: str) -> str: ...

_MEMO_MAPS = {"source": "source", "code": "code", "theme": "theme", "coding": "coding",
              "case": "case"}


def cases(m: Merger) -> None:
    here_attributes = {a.name: a for a in m.store.cases.attributes()}
    attribute_ids: dict[str, int] = {}
    for attribute in m.other.cases.attributes():
        found = here_attributes.get(attribute.name)
        if found is None:
            attribute_ids[attribute.name] = m.store.cases.add_attribute(
                name=attribute.name, type=attribute.type, choices=attribute.choices)
            m.report.add("attributes")
        else:
            attribute_ids[attribute.name] = found.id
    here = m.store.cases.all()
    by_guid = {c.guid.upper(): c for c in here}
    by_name = {c.name: c for c in here}
    for case in m.other.cases.all():
        match = by_guid.get(case.guid.upper()) or by_name.get(case.name)
        if match is None:
            case_id = m.store.cases.add(guid=m.fresh("cases", case.guid), name=case.name,
                                        description=case.description)
            m.report.add("participants")
            values: dict[str, str] = {}
        else:
            case_id, values = match.id, match.values
        m.maps["case"][case.id] = case_id
        for name, value in case.values.items():
            mine = values.get(name)
            if mine == value:
                continue
            if mine is None or m.take_theirs:
                m.store.cases.set_value(case_id, attribute_ids[name], value)
                m.report.add("attribute values")
            else:
                m.report.conflicts.append(message(
                    "“{attribute}” of {name} is “{mine}” here and “{theirs}” in the other "
                    "copy; “{kept}” is kept.", attribute=name, name=case.name, mine=mine,
                    theirs=value, kept=mine))
    assigned = set(m.store.cases.source_case_pairs())
    for source_id, case_id in m.other.cases.source_case_pairs():
        pair = (m.maps["source"].get(source_id), m.maps["case"].get(case_id))
        if None not in pair and pair not in assigned:
            m.store.cases.assign_source(*pair)  # type: ignore[arg-type]
            assigned.add(pair)  # type: ignore[arg-type]


def themes(m: Merger) -> None:
    here = m.store.themes.all()
    by_guid = {t.guid.upper(): t for t in here}
    by_name = {t.name: t for t in here}
    theirs = m.other.themes.all()
    added = []
    for theme in theirs:
        match = by_guid.get(theme.guid.upper()) or by_name.get(theme.name)
        if match is not None:
            m.maps["theme"][theme.id] = match.id
            if theme.definition and theme.definition != match.definition:
                if not match.definition or m.take_theirs:
                    m.store.themes.update(match.id, definition=theme.definition)
                else:
                    m.report.conflicts.append(message(
                        "the definition of theme “{name}” differs; this project's is kept.",
                        name=match.name))
            continue
        m.maps["theme"][theme.id] = m.store.themes.add(
            guid=m.fresh("themes", theme.guid), name=theme.name, parent_id=None,
            definition=theme.definition, status=theme.status, color=theme.color, x=theme.x,
            y=theme.y, width=theme.width, height=theme.height)
        added.append(theme)
        m.report.add("themes")
    for theme in added:  # parents may come after their children in the other's order
        if theme.parent_id is not None and theme.parent_id in m.maps["theme"]:
            m.store.themes.update(m.maps["theme"][theme.id],
                                  parent_id=m.maps["theme"][theme.parent_id])
    members = set(m.store.themes.memberships())
    for theme_id, code_id in m.other.themes.memberships():
        pair = (m.maps["theme"].get(theme_id), m.maps["code"].get(code_id))
        if None not in pair and pair not in members:
            m.store.themes.add_code(*pair)  # type: ignore[arg-type]
            members.add(pair)  # type: ignore[arg-type]
    links = {(k.from_theme, k.to_theme, k.label) for k in m.store.themes.links()}
    for link in m.other.themes.links():
        a, b = m.maps["theme"].get(link.from_theme), m.maps["theme"].get(link.to_theme)
        if a is not None and b is not None and (a, b, link.label) not in links:
            m.store.themes.add_link(a, b, link.label)
            links.add((a, b, link.label))
            m.report.add("theme links")


def memos(m: Merger) -> None:
    known = set(m.guids["memos"])
    for memo in sorted(m.other.memos.list(), key=lambda memo: memo.id):
        if memo.guid.upper() in known:
            continue
        if memo.target_kind in ("journal", "project") or memo.target_id is None:
            target_id = None
        else:
            target_id = m.maps[_MEMO_MAPS[memo.target_kind]].get(memo.target_id)
            if target_id is None:
                continue  # on something not merged (an edited transcript)
        if memo.target_kind != "journal":
            mine = m.store.memos.for_target(memo.target_kind, target_id)
            if mine is not None:
                if mine.body == memo.body and mine.title == memo.title:
                    continue
                if m.take_theirs:
                    m.store.memos.update(mine.id, title=memo.title, body=memo.body,
                                         updated=memo.updated)
                    m.report.add("memos")
                else:
                    m.report.conflicts.append(message(
                        "a memo “{title}” differs from the one here on the same item; this "
                        "project's is kept.", title=memo.title or mine.title))
                continue
        memo_id = m.store.memos.add(
            guid=m.fresh("memos", memo.guid), target_kind=memo.target_kind,
            target_id=target_id, title=memo.title, body=memo.body, author=memo.author,
            created=memo.created)
        if memo.updated != memo.created:
            m.store.memos.update(memo_id, title=memo.title, body=memo.body,
                                 updated=memo.updated)
        m.report.add("journal entries" if memo.target_kind == "journal" else "memos")
