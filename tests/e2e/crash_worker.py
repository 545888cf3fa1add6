"""A researcher who never stops: random operations through the facade, each reported
on stdout only after it has committed. The crash test kills this process at random."""

from __future__ import annotations

import random
import sys
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
        try:
            if kind == "import":
                path = folder / f"s{i}.txt"
                path.write_text(transcript(rng), encoding="utf-8")
                project.import_file(path)
                report(f"IMPORT s{i}")
            elif kind == "code" or not codes:
                parent = rng.choice([None, *[c.id for c in codes]])
                project.add_code(f"c{i}", parent)
                report(f"CODE c{i}")
            elif kind == "coding":
                source = rng.choice(sources)
                start = i % (source.length - 30)
                project.add_coding(source.id, rng.choice(codes).id, start,
                                   start + 5 + i % 20, memo=f"m{i}")
                report(f"CODING m{i}")
            elif kind == "merge" and len(codes) > 2:
                a, b = rng.sample(codes, 2)
                project.merge_codes(a.id, b.id)
                report(f"MERGE {a.name} {b.name}")
            elif kind == "move":
                theme = project.themes()[0]
                project.update_theme(theme.id, x=float(i), y=float(i % 97))
                report(f"MOVE {i}")
            elif kind == "memo":
                project.set_memo("project", None, f"memo {i}")
                report(f"MEMO {i}")
        except OperationError:
            pass  # a refused merge (into its own sub-code) is a normal user moment


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
