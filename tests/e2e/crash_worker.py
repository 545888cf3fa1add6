"""A researcher who never stops: random operations through the facade. Each one is
announced on stdout as `TRY <op>` before it starts and reported as `<op>` once it
has committed, so a kill between the two leaves exactly one operation whose fate the
crash test must read from the project: all of it applied, or none."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

from annotator.operations.errors import OperationError
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
    for i in range(first, first + 100_000):
        sources = project.sources()
        codes = project.codes()
        kind = rng.choice(["import", "code", "coding", "coding", "coding", "merge", "move",
                           "memo"])
        if kind == "import":
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
