"""Member checking benchmark: a partner's edited copy of a 258,000-word transcript (no Qt).

Generates one transcript of 258,000 words (../shared/bench/gen_transcripts.py, seed 42),
codes 1,000 excerpts, exports it annotated, then edits the copy as a partner would (with
lxml: a paragraph added at the top, 60 words changed, 30 sentences deleted, 2 paragraphs
added further down) and adds 40 comments of their own, half on coded excerpts with a
word changed inside. Measures:

- the alignment of their text with ours (alignment.Alignment), target < 2 s;
- the whole import of their comments (reading the file, aligning, placing, memos);

and checks that every comment was placed on the words it was made on; then, for the
record, times the alignment of harsher copies (no target).

    uv run python bench/member_check_bench.py [--words 258000]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
GEN = REPO.parent / "shared/bench/gen_transcripts.py"
SEED = 42
CODINGS = 1_000
COMMENTS = 40
ALIGN_TARGET = 2.0

from annotator.exports.word import export_transcript, import_comments  # noqa: E402
from annotator.formats.docx.alignment import Alignment  # noqa: E402
from annotator.formats.docx.ranges import read_comments  # noqa: E402
from annotator.project import Project  # noqa: E402
from tests.exports.partner import Returned, text_of  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=258_000)
    args = parser.parse_args()
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        subprocess.run([sys.executable, str(GEN), str(folder / "docx"), "--files", "1",
                        "--words", str(args.words), "--seed", str(SEED)], check=True,
                       stdout=subprocess.DEVNULL)
        project = Project.create(folder / "bench.annotator")
        source_id = project.import_file(next((folder / "docx").glob("*.docx")))
        text = project.source(source_id).text
        paragraphs = [p for p in project.paragraphs(source_id) if p.end - p.start > 200]
        code = project.add_code("Bench")
        chosen = rng.sample(paragraphs, CODINGS)
        with project.batch("codings"):
            for p in chosen:
                project.add_coding(source_id, code, p.start + 10, p.start + 80)
        print(f"{len(text.split()):,} words, {len(project.paragraphs(source_id)):,} paragraphs,"
              f" {CODINGS:,} codings")
        started = time.perf_counter()
        data, _ = export_transcript(project, source_id)
        print(f"annotated export {time.perf_counter() - started:6.2f} s")

        partner = Returned(data)
        expected: dict[str, str] = {}
        commented = rng.sample(chosen, COMMENTS)
        for number, p in enumerate(commented):
            words = text[p.start + 10:p.start + 80] if number % 2 == 0 else \
                text[p.start + 100:p.start + 160]
            expected[f"comment {number}"] = words
            partner.comment(words, f"comment {number}", within=text[p.start:p.start + 200])
            if number % 2 == 0:  # a word changed inside the commented excerpt
                inside = words.split(" ")[2]
                partner.replace(f" {inside} ", f" {inside.upper()}x ",
                                occurrence=text[p.start:p.start + 200])
        body = [p for p in partner.document.iter("{*}p")]
        untouched = [p for p in body if not any(
            w[:40] in text_of(p) for w in expected.values())]
        for p in rng.sample(untouched, 60):  # changed words elsewhere
            ts = [t for t in p.iter("{*}t") if t.text and " " in t.text]
            if ts:
                words = ts[0].text.split(" ")
                words[rng.randrange(len(words))] = "CHANGED"
                ts[0].text = " ".join(words)
        for p in rng.sample(untouched, 30):  # a sentence deleted
            ts = [t for t in p.iter("{*}t") if t.text and ". " in t.text]
            if ts:
                ts[0].text = ts[0].text.split(". ", 1)[1]
        partner.insert_paragraph_before(text_of(body[0])[:30], "Read and checked by Amina.")
        returned = partner.to_bytes()
        theirs = read_comments(returned, "bench.docx").text

        started = time.perf_counter()
        alignment = Alignment(theirs, text)
        elapsed = time.perf_counter() - started
        verdict = "ok" if elapsed < ALIGN_TARGET else "OVER"
        print(f"alignment of the two texts {elapsed:6.2f} s   "
              f"(target < {ALIGN_TARGET:g} s: {verdict}); {len(alignment._a):,} blocks")

        path = folder / "returned.docx"
        path.write_bytes(returned)
        started = time.perf_counter()
        report = import_comments(project, path)
        print(f"import of the comments     {time.perf_counter() - started:6.2f} s")
        right = sum(text[p.start:p.end] == expected[p.comment.text] for p in report.placed
                    if p.start is not None)
        print(f"  check: {right}/{COMMENTS} comments on their words, "
              f"{len(report.unplaced)} not placed")
        stress(text, rng)
        project.close()


def stress(text: str, rng: random.Random) -> None:
    """Harsher copies than a partner makes, for the record (no target)."""
    lines = text.split("\n")

    def edit(line: str) -> str:
        words = line.split(" ")
        words[rng.randrange(len(words))] = "CHANGED"
        return " ".join(words)

    copies = {
        "a word changed in every paragraph": "\n".join(edit(line) for line in lines),
        "every other paragraph joined to the next, a word changed in each": "\n".join(
            edit(line) + (" " if n % 2 == 0 else "\n") for n, line in enumerate(lines)),
    }
    for label, theirs in copies.items():
        started = time.perf_counter()
        Alignment(theirs, text)
        print(f"  stress: {label}: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
