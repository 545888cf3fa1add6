"""Agreement benchmark: two coders, 20 transcripts of 100,000 characters, 20,000 codings
each over 40 codes, every measure over all codes (target < 1 s for the character
measures, issue 17), and the disagreements the comparison view walks.

Median and minimum of --runs runs each.

    uv run python bench/agreement_bench.py [--codings 20000] [--sources 20] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotator.model.agreement import character_agreement, krippendorff_alpha  # noqa: E402
from annotator.model.disagreements import disagreements  # noqa: E402
from annotator.model.entities import Coding  # noqa: E402
from annotator.model.segment_agreement import code_presence, segment_agreement  # noqa: E402


def generate(n: int, sources: int, length: int, codes: int) -> list[Coding]:
    rng = random.Random(17)
    found = []
    for coder in ("A", "B"):
        for i in range(n):
            source = rng.randrange(sources) + 1
            start = rng.randrange(length - 400)
            found.append(Coding(len(found) + 1, f"{coder}{i}", source, rng.randrange(codes) + 1,
                                start, start + rng.randrange(20, 400), coder=coder))
    return found


def timed(label: str, runs: int, work: Callable[[], object]) -> None:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        work()
        times.append(time.perf_counter() - begin)
    print(f"{label:<40} median {statistics.median(times):6.3f} s   min {min(times):6.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--codings", type=int, default=20_000, help="per coder")
    parser.add_argument("--sources", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    codings = generate(args.codings, args.sources, 100_000, 40)
    lengths = dict.fromkeys(range(1, args.sources + 1), 100_000)
    print(f"2 coders x {args.codings} codings, {args.sources} transcripts, 40 codes")
    timed("characters: percent and kappa", args.runs,
          lambda: character_agreement(codings, lengths, "A", "B"))
    timed("Krippendorff's alpha", args.runs,
          lambda: krippendorff_alpha(codings, lengths, ["A", "B"]))
    timed("segments (90%) and code presence", args.runs,
          lambda: (segment_agreement(codings, lengths, "A", "B", 0.9),
                   code_presence(codings, lengths, "A", "B")))
    timed("disagreements", args.runs, lambda: disagreements(codings, "A", "B"))

    def everything() -> None:
        character_agreement(codings, lengths, "A", "B")
        krippendorff_alpha(codings, lengths, ["A", "B"])
        segment_agreement(codings, lengths, "A", "B", 0.9)
        code_presence(codings, lengths, "A", "B")
    timed("all measures (target < 1 s)", args.runs, everything)


if __name__ == "__main__":
    main()
