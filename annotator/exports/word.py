"""Word out and back in: annotated transcripts, the theme report, the excerpts table,
and a partner's comments returned for member checking.

The formats/ modules work on plain data (texts, paragraph maps, annotations);
these functions gather that data through the Project facade, so that the command
line and the menu actions make exactly the same files.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.exports.targets import check_export, export_bytes
from annotator.formats.safe_write import WriteRefused
from annotator.messages import Message, joined, message, plural, sentence
from annotator.model import code_tree
from annotator.operations.errors import OperationError
from annotator.project import Project

if TYPE_CHECKING:
    from annotator.formats.docx.comments_import import CommentsReport
    from annotator.formats.docx.ranges import WordComment
    from annotator.formats.docx.report import Report
    from annotator.formats.tables.codebook import CodebookEntry
    from annotator.formats.tables.excerpts import ExcerptRow
    from annotator.model.entities import Paragraph
    from annotator.model.excerpts import Excerpt

ANNOTATED_SUFFIX = " - annotated"
EXTRACTS_PER_THEME = 3

Progress = Callable[[int, int, str], bool]

def choose_extracts(excerpts: list[Excerpt], illustrative: set[int],
                    voice: Callable[[Excerpt], object] = lambda e: e.source_id,
                    ) -> tuple[list[Excerpt], bool]:
    """The excerpts the researcher marked illustrative (and True); if none, a few taken
    from as many voices (participants) as there are, one from each in turn (and False),
    so that the default is not the first transcript's three quotes."""
    chosen = [e for e in excerpts if e.coding_id in illustrative]
    if chosen:
        return chosen, True
    by_voice: dict[object, list[Excerpt]] = {}
    for excerpt in excerpts:
        by_voice.setdefault(voice(excerpt), []).append(excerpt)
    picked: list[Excerpt] = []
    queues = list(by_voice.values())
    while queues and len(picked) < EXTRACTS_PER_THEME:
        for queue in queues:
            if len(picked) < EXTRACTS_PER_THEME:
                picked.append(queue.pop(0))
        queues = [queue for queue in queues if queue]
    order = {id(e): n for n, e in enumerate(excerpts)}
    return sorted(picked, key=lambda e: order[id(e)]), False


def file_stem(name: str) -> str:
    """A transcript name made safe as a file name on every system."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")
    return stem or "transcript"


def selected_code_ids(project: Project, paths: Iterable[str]) -> set[int] | None:
    """The codes under `paths` (None: all codes); a path that does not exist is an error."""
    paths = list(paths)
    if not paths:
        return None
    children = code_tree.children_of(project.codes())
    chosen: set[int] = set()
    for path in paths:
        code = project.find_code(path)
        if code is None:
            raise OperationError(message("There is no code “{path}”.", path=path))
        chosen.update((code.id, *code_tree.descendants(children, code.id)))
    return chosen


def export_transcript(project: Project, source_id: int, code_ids: set[int] | None = None,
                      say: Callable[[Message], str] = str) -> tuple[bytes, list[str]]:
    """One annotated transcript as .docx bytes, and sentences about what could not be
    marked. `say` puts the document's own words (the heading of an excerpt's later
    comments) into the researcher's language (str: English)."""
    from annotator.formats.docx.annotate import Annotation, annotate_docx, annotate_text

    source = project.source(source_id)
    codes = {code.id: code for code in project.codes()}
    paths = code_tree.paths(codes.values())
    annotations = []
    for coding in project.codings(source_id=source_id):
        if code_ids is not None and coding.code_id not in code_ids:
            continue
        annotations.append(Annotation(
            coding.id, coding.start, coding.end, paths[coding.code_id],
            codes[coding.code_id].color, coding.coder, coding.memo, coding.created_at,
            project.session.initials_of(coding.coder),
            say(message("{code} (continued)", code=paths[coding.code_id]))))
    original = project.original_bytes(source_id) if source.kind == "docx" else None
    if original:
        name = source.file_name or f"{source.name}.docx"
        result = annotate_docx(original, name, source.text,
                               _word_paragraphs(project, source_id, original, name),
                               annotations, source.guid, source.name)
    else:
        result = annotate_text(source.text, annotations, source.guid, source.name,
                               project.paragraphs(source_id))
        refused = project.editing.original_refusal(source_id) if source.kind == "docx" else ""
        if refused:  # never a file that silently says otherwise than the project
            return result.data, [message(
                "“{name}” was exported as a clean document, not into its Word original: "
                "the edits of its text could not be made there ({reason}).",
                name=source.name, reason=refused.rstrip(".")), *result.skipped]
    return result.data, result.skipped


def _word_paragraphs(project: Project, source_id: int, original: bytes, name: str
                     ) -> Sequence[Paragraph]:
    """Where each paragraph is in the Word original, read from the document itself: once
    its text was edited, a split or join next to a drop cap, a deleted paragraph mark or
    a text box renumbers its w:p in ways only the document tells (the project's own map
    is kept when the document reads otherwise)."""
    from annotator.formats.docx.reader import read_docx

    read = read_docx(original, name)
    if read.text == project.source(source_id).text:
        return read.paragraphs
    return project.paragraphs(source_id)


@dataclass(frozen=True, slots=True)
class WrittenTranscript:
    """One annotated transcript written: whose, where, and what could not be marked."""

    name: str
    path: Path
    skipped: list[str]


def unique_stem(name: str, taken: set[str]) -> str:
    """`file_stem(name)`, numbered when another transcript of this export has taken it
    (“a?b”, “a:b” and “a_b” all become a_b); `taken` holds the stems used, casefolded."""
    stem = candidate = file_stem(name)
    number = 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({number})"
        number += 1
    taken.add(candidate.casefold())
    return candidate


def _output_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise WriteRefused(message("“{name}” is a file; give the folder to write the "
                                   "annotated transcripts into.", name=out.name))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteRefused(message("The folder “{folder}” cannot be made ({reason}).",
                                   folder=str(out), reason=error.strerror)) from error


def export_transcripts(project: Project, out: Path, names: Sequence[str] = (),
                       code_paths: Sequence[str] = (), progress: Progress | None = None,
                       say: Callable[[Message], str] = str) -> list[WrittenTranscript]:
    """Write annotated transcripts into `out`; returns each file with its warnings
    (`say`: as in export_transcript).

    Each file is written whole beside its target, owner-only, and then renamed into
    place (formats/safe_write.py): a failure leaves the previous export as it was.
    """
    code_ids = selected_code_ids(project, code_paths)
    if names:
        sources = [project.source_by_name(name).id for name in names]
    else:
        sources = [s.id for s in project.sources()]
    _output_folder(out)
    written = []
    taken: set[str] = set()
    for done, source_id in enumerate(sources):
        source = project.source(source_id)
        if progress is not None and not progress(done, len(sources), source.name):
            break
        target = out / f"{unique_stem(source.name, taken)}{ANNOTATED_SUFFIX}.docx"
        check_export(project, target)  # before the work, not only before the writing
        data, skipped = export_transcript(project, source_id, code_ids, say)
        export_bytes(project, target, data)
        written.append(WrittenTranscript(source.name, target, skipped))
    if progress is not None:
        progress(len(sources), len(sources), "")
    return written


def cancelled_summary(written: Sequence[WrittenTranscript], wanted: Sequence[str]) -> Message:
    """What a stopped export left: how many of the `wanted` transcripts were written, and
    the names of the others (each file is written whole or not at all)."""
    done = {transcript.name for transcript in written}
    missing = joined(message("“{name}”", name=name) for name in wanted if name not in done)
    values = {"done": len(written), "total": len(wanted), "names": missing}
    if not missing:
        return plural(len(wanted), message("Export cancelled: wrote {done} of 1 transcript.",
                                           **values),
                      message("Export cancelled: wrote {done} of {total} transcripts.",
                              **values))
    return plural(len(wanted), message("Export cancelled: wrote {done} of 1 transcript; "
                                       "not written: {names}.", **values),
                  message("Export cancelled: wrote {done} of {total} transcripts; "
                          "not written: {names}.", **values))


def project_report(project: Project, journal: bool = True) -> Report:
    """The theme report's content, gathered through the facade.

    Illustrative extracts are the codings the researcher marked illustrative among
    each theme's own codes; a theme with none marked shows a few from different
    participants, and the report says which way they were chosen.
    """
    from datetime import date

    illustrative = project.illustrative_codings()

    from annotator.formats.docx.report import (
        JournalEntry,
        Report,
        ReportCode,
        ReportExtract,
        ReportTheme,
    )

    usage = project.code_usage()
    paths = project.code_paths()
    case_names = {case.id: case.name for case in project.cases()}
    people: dict[int, str] = {}
    starts: dict[int, list[int]] = {}
    themes = project.themes()
    built: dict[int, ReportTheme] = {}

    def person(source_id: int) -> str:
        if source_id not in people:
            people[source_id] = ", ".join(
                case_names[c] for c in project.cases_of_source(source_id) if c in case_names)
            starts[source_id] = [p.start for p in project.paragraphs(source_id)]
        return people[source_id]

    for theme in themes:
        entry = ReportTheme(theme.name, theme.status, theme.definition)
        for code_id in project.theme_codes(theme.id):
            count, sources = usage.get(code_id, (0, 0))
            entry.codes.append(ReportCode(paths.get(code_id, ""), count, sources))
        extracts, entry.extracts_chosen = choose_extracts(
            project.excerpts(project.theme_codes(theme.id)), illustrative,
            lambda e: person(e.source_id) or e.source_id)
        for excerpt in extracts:
            source_id = excerpt.source_id
            person(source_id)
            entry.extracts.append(ReportExtract(
                excerpt.text, excerpt.source_name, people[source_id],
                max(bisect_right(starts[source_id], excerpt.start), 1), excerpt.speaker or "",
                paths.get(excerpt.code_id, "")))
        built[theme.id] = entry
    top = []
    for theme in themes:  # board order, sub-themes inside their parent
        parent = built.get(theme.parent_id) if theme.parent_id is not None else None
        (parent.subthemes if parent is not None else top).append(built[theme.id])
    entries = [JournalEntry(m.title, m.created[:10], m.body) for m in project.memos("journal")
               ] if journal else []
    return Report(project.name, date.today().isoformat(), top, entries)


def excerpt_rows(project: Project, coders: Collection[str] | None = None,
                 ) -> tuple[list[ExcerptRow], list[str]]:
    """One row per coding (only `coders`' when given), in transcript order, and the
    participant attribute names."""
    from bisect import bisect_right

    from annotator.formats.tables.excerpts import ExcerptRow

    paths = project.code_paths()
    theme_names = {theme.id: theme.name for theme in project.themes()}
    themes_of: dict[int, list[str]] = {}
    for theme_id, code_id in project.theme_memberships():
        themes_of.setdefault(code_id, []).append(theme_names[theme_id])
    cases = {case.id: case for case in project.cases()}
    attribute_names = [a.name for a in project.attributes()]
    wanted = None if coders is None else project.tables.check_coders(coders)
    rows: list[ExcerptRow] = []
    for summary in project.sources():
        source = project.source(summary.id)
        paragraphs = project.paragraphs(source.id)
        starts = [p.start for p in paragraphs]
        people = [cases[c] for c in project.cases_of_source(source.id) if c in cases]
        participant = "; ".join(case.name for case in people)
        attributes = {name: "; ".join(v for v in (c.values.get(name, "") for c in people) if v)
                      for name in attribute_names}
        for coding in project.codings(source_id=source.id):
            if wanted is not None and coding.coder not in wanted:
                continue
            index = bisect_right(starts, coding.start) - 1
            speaker = paragraphs[index].speaker if 0 <= index < len(paragraphs) else None
            rows.append(ExcerptRow(
                source.name, participant, speaker or "", paths[coding.code_id],
                "; ".join(themes_of.get(coding.code_id, [])), source.text[coding.start:coding.end],
                coding.memo, coding.coder, coding.created_at, coding.start, coding.end,
                attributes))
    return rows, attribute_names


def comment_line(comment: WordComment) -> str:
    """How a partner's comment reads inside a memo: who, when, what."""
    when = comment.date[:10] if comment.date else "undated"
    return f"[{comment.author or 'Unknown'}, {when}] {comment.text.strip()}"


def import_comments(project: Project, path: Path) -> CommentsReport:
    """Attach the new comments of a returned annotated transcript as memos, in one undo step."""
    from annotator.formats.docx.comments_import import (
        CommentsImportError,
        match_source,
        place_comments,
        read_returned,
    )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise OperationError(message("“{file}” cannot be read ({reason}).", file=path.name,
                                     reason=error.strerror)) from error
    document = read_returned(data, path.name)  # UnreadableFile: cli.main reports it
    sources = [project.source(s.id) for s in project.sources()]
    try:
        source, how = match_source(document, path.name, sources)
    except CommentsImportError as error:
        raise OperationError(sentence(error)) from error
    original = None
    if source.kind == "docx":  # its own old comments are not the partner's
        original = read_returned(project.original_bytes(source.id),
                                 source.file_name or f"{source.name}.docx")
    report = place_comments(document, path.name, source, project.paragraphs(source.id),
                            project.codings(source_id=source.id), how, original)
    with project.batch("Import comments"):
        for placement in report.placed:
            line = comment_line(placement.comment)
            for coding_id in placement.coding_ids:
                memo = project.coding(coding_id).memo
                if line not in memo:  # importing the same file twice adds nothing
                    project.set_coding_memo(coding_id, f"{memo}\n\n{line}" if memo else line)
            if not placement.coding_ids:
                _note_on_source(project, source.id, placement.comment,
                                f"on “{placement.anchored}”")
        # Never dropped: a comment on words the transcript does not have (the partner's
        # own) is kept on the transcript, quoting them.
        for placement in report.unplaced:
            _note_on_source(project, source.id, placement.comment,
                            f"on “{placement.anchored}” (not in the transcript)"
                            if placement.anchored else "(on no text)")
    return report


def _note_on_source(project: Project, source_id: int, comment: WordComment, where: str) -> None:
    note = (f"[{comment.author or 'Unknown'}, {comment.date[:10] or 'undated'}] {where}: "
            f"{comment.text.strip()}")
    existing = project.memo_for("source", source_id)
    body = existing.body if existing else ""
    if note not in body:  # importing the same file twice adds nothing
        project.set_memo("source", source_id, f"{body}\n\n{note}" if body else note,
                         title=existing.title if existing else "")


def codebook_entries(project: Project) -> list[CodebookEntry]:
    """The code tree in order, each code with its counts and first excerpt as example."""
    from annotator.formats.tables.codebook import CodebookEntry

    usage = project.code_usage()
    codes = project.codes()
    depth = code_tree.depths(codes)
    paths = code_tree.paths(codes)
    entries = []
    names = {s.id: s.name for s in project.sources()}
    for code in codes:
        examples = project.excerpts([code.id])[:1]
        text = " ".join(examples[0].text.split()) if examples else ""
        if len(text) > 300:
            text = text[:299] + "…"
        codings, sources = usage.get(code.id, (0, 0))
        entries.append(CodebookEntry(
            paths[code.id], code.name, depth[code.id], code.color,
            code.description, codings, sources, text,
            names[examples[0].source_id] if examples else ""))
    return entries
