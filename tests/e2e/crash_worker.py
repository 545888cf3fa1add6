"""A researcher who never stops: random operations through the facade, exports into
`exports/` beside the project, backups and restores. Each one is announced on stdout
as `TRY <op>` before it starts and reported as `<op>` once it has committed, so a kill
between the two leaves exactly one operation whose fate the crash test must read from
the project: all of it applied, or none. A backup is reported with its file's name,
so that the test knows what a restore of it brings back."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

from annotator.exports.targets import export_file
from annotator.exports.word import excerpt_rows, export_transcripts, project_report
from annotator.formats.docx.report import write_report
from annotator.formats.tables.excerpts import write_table
from annotator.operations.errors import OperationError
from annotator.platform import backups as project_backups
from annotator.project import Project

WORDS = ["we", "trust", "the", "clinic", "students", "came", "every", "week", "社区", "参与",
         "😀", "because", "time", "matters"]


def report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def transcript(rng: random.Random) -> str:
    lines = []
    for turn in range(40):
        speaker = "Interviewer" if turn % 2 == 0 else "P1"
        lines.append(f"{speaker}: " + " ".join(rng.choice(WORDS) for _ in range(14)))
    return "\n".join(lines) + "\n"


def main(project_path: Path, seed: int, first: int) -> None:
    rng = random.Random(seed)
    folder = project_path.parent / "incoming"
    folder.mkdir(exist_ok=True)
    project = Project.open(project_path) if project_path.exists() else Project.create(project_path)
    if not project.sources():
        path = folder / "base.txt"
        path.write_text(transcript(rng), encoding="utf-8")
        project.import_file(path)
    if not project.themes():
        project.add_theme("Theme")
    report("READY")
    exports = project_path.parent / "exports"
    exports.mkdir(exist_ok=True)
    taken: list[Path] = []  # this run's backups, which it may restore
    for i in range(first, first + 100_000):
        sources = project.sources()
        codes = project.codes()
        kind = rng.choice(["import", "code", "coding", "coding", "coding", "merge", "move",
                           "memo", "export", "backup", "restore"])
        if kind == "export":
            what = rng.choice(["qdpx", "xlsx", "report", "docx"])
            attempt(f"EXPORT {what}", export, project, what, exports)
        elif kind == "backup":
            report("TRY BACKUP")
            backup = project.take_backup(keep=4)
            taken.append(backup)
            report(f"BACKUP {backup.name}")
        elif kind == "restore":
            chosen = [b for b in project_backups.backups(project_path)
                      if b.path in taken[-3:]]
            if chosen:
                backup = rng.choice(chosen)
                report(f"TRY RESTORE {backup.path.name}")
                project.close()
                project_backups.restore(project_path, backup)
                project = Project.open(project_path)
                report(f"RESTORE {backup.path.name}")
        elif kind == "import":
            path = folder / f"s{i}.txt"
            path.write_text(transcript(rng), encoding="utf-8")
            attempt(f"IMPORT s{i}", project.import_file, path)
        elif kind == "code" or not codes:
            parent = rng.choice([None, *[c.id for c in codes]])
            attempt(f"CODE c{i}", project.add_code, f"c{i}", parent)
        elif kind == "coding":
            source = rng.choice(sources)
            code = rng.choice(codes)
            start = i % (source.length - 30)
            attempt(f"CODING m{i}", project.add_coding, source.id, code.id, start,
                    start + 5 + i % 20, memo=f"m{i}")
        elif kind == "merge" and len(codes) > 2:
            a, b = rng.sample(codes, 2)
            attempt(f"MERGE {a.name} {b.name}", project.merge_codes, a.id, b.id)
        elif kind == "move":
            theme = project.themes()[0]
            attempt(f"MOVE {i}", project.update_theme, theme.id, x=float(i),
                    y=float(i % 97))
        elif kind == "memo":
            attempt(f"MEMO {i}", project.set_memo, "project", None, f"memo {i}")


def export(project: Project, what: str, folder: Path) -> None:
    """One export written as the app writes it: whole, then renamed into place."""
    if what == "qdpx":
        with export_file(project, folder / "project.qdpx") as partial:
            project.export_qdpx(partial)
    elif what == "xlsx":
        rows, attributes = excerpt_rows(project)
        with export_file(project, folder / "excerpts.xlsx") as partial:
            write_table(rows, partial, attributes)
    elif what == "report":
        with export_file(project, folder / "report.docx") as partial:
            write_report(project_report(project), partial)
    else:  # one transcript: the worker imports many, and each export is the same code
        export_transcripts(project, folder / "annotated", [project.sources()[0].name])


def attempt(line: str, operation: Callable[..., object], *args: object,
            **kwargs: object) -> None:
    report(f"TRY {line}")
    try:
        operation(*args, **kwargs)
    except OperationError:
        report("REFUSED")  # a merge into its own sub-code is a normal user moment
        return
    report(line)

if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
