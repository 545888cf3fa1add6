"""Quality of "Similar passages" on coded projects: hold one excerpt out, find it again.

For each code with two or more excerpts, each excerpt in turn is held out and the
others are the query. Passages covered by the query's excerpts are left out of the
ranking (the list marks them as coded already); the held-out excerpt is found if a
passage it overlaps ranks in the top 10 (or 20). Reported beside the same figure for
plain keyword search (BM25 on the query's words) and for random ranking (exact
expectation). Also times one query on the shared workload (target < 200 ms) and on
a million words (target < 1 s).

    uv run python bench/similar_bench.py PROJECT.annotator [...] [--variants] [--timing]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from annotator.model import similar as sim
from annotator.model.similar_index import PassageIndex, SourceTerms, Vocabulary
from annotator.store.store import Store

Method = Callable[[PassageIndex, list[list[int]], list[int], np.ndarray], np.ndarray]


def keyword(index: PassageIndex, query: list[list[int]], label: list[int],
        skip: np.ndarray) -> np.ndarray:
    return index.score(index.keyword_query(query))


def keyword_bag(index: PassageIndex, query: list[list[int]], label: list[int],
        skip: np.ndarray) -> np.ndarray:
    weights: dict[int, float] = {}
    for terms in query:
        for t in terms:
            weights[t] = weights.get(t, 0.0) + 1.0
    return index.score(weights)


def expanded(index: PassageIndex, query: list[list[int]], label: list[int],
        skip: np.ndarray) -> np.ndarray:
    return index.score(index.expanded_query(query))


def chosen(index: PassageIndex, query: list[list[int]], label: list[int],
           skip: np.ndarray) -> np.ndarray:
    return index.score(index.expanded_query(query, label))


def keyword_named(index: PassageIndex, query: list[list[int]], label: list[int],
                  skip: np.ndarray) -> np.ndarray:
    return index.score(index.keyword_query([*query, label]))


def per_excerpt(index: PassageIndex, query: list[list[int]], label: list[int],
        skip: np.ndarray) -> np.ndarray:
    """Each excerpt a keyword query of its own, scores scaled to 1 and summed."""
    total = np.zeros(len(index))
    for terms in query:
        s = index.score(index.keyword_query([terms]))
        if s.max() > 0:
            total += s / s.max()
    return total


METHODS: dict[str, Method] = {
    "keyword BM25 (excerpts' words)": keyword,
    "keyword BM25 (excerpts' and code name's words)": keyword_named,
    "chosen: weighted expansion + code name": chosen,
}
VARIANTS: dict[str, Method] = {
    "keyword BM25, words counted": keyword_bag,
    "keyword BM25 per excerpt, fused": per_excerpt,
    "weighted expansion, without the code name": expanded,
}


def load(path: Path) -> tuple[PassageIndex, Vocabulary, list[list[tuple[int, int, int, str]]]]:
    """The project's passage index, and per code its excerpts (source, start, end, text)."""
    store = Store.open(path)
    try:
        vocabulary = Vocabulary()
        sources = []
        texts = {}
        for summary in store.sources.summaries():
            source = store.sources.get(summary.id)
            assert source is not None
            texts[source.id] = source.text
            rows = sim.index_source(source.id, source.text, store.sources.paragraphs(source.id))
            sources.append(SourceTerms.make(source.id, rows, vocabulary))
        index = PassageIndex(sources, len(vocabulary))
        codes = []
        for code in store.codes.all():
            excerpts = [(c.source_id, c.start, c.end, texts[c.source_id][c.start:c.end])
                        for c in store.codings.list(None, [code.id])]
            if len(excerpts) >= 2:
                codes.append((f"{code.name} {code.description}".replace("_", " "), excerpts))
    finally:
        store.close()
    return index, vocabulary, codes


def random_recall(candidates: int, targets: int, k: int) -> float:
    """Chance that one of `targets` lands in the top k of `candidates` shuffled."""
    miss = 1.0
    for i in range(min(k, candidates)):
        miss *= max(candidates - targets - i, 0) / (candidates - i)
    return 1 - miss


def evaluate(path: Path, methods: dict[str, Method]) -> tuple[int, dict[str, tuple[float, float]]]:
    index, vocabulary, codes = load(path)
    spans = np.array([(p.source_id, p.start, p.end) for p in index.passages])
    found: dict[str, list[tuple[bool, bool]]] = {name: [] for name in methods}
    chance: list[tuple[float, float]] = []
    for label_text, excerpts in codes:
        label = vocabulary.known(sim.terms(label_text))
        for held in range(len(excerpts)):
            others = [e for i, e in enumerate(excerpts) if i != held]
            skip = np.zeros(len(index), dtype=bool)
            for source_id, start, end, _ in others:
                skip |= (spans[:, 0] == source_id) & (spans[:, 1] < end) & (start < spans[:, 2])
            s, a, b, _ = excerpts[held]
            target = (spans[:, 0] == s) & (spans[:, 1] < b) & (a < spans[:, 2]) & ~skip
            if not target.any():
                continue  # the held-out excerpt lies in passages the query covers
            query = [vocabulary.known(sim.terms(text)) for *_, text in others]
            for name, method in methods.items():
                ranked = index.rank(method(index, query, label, skip), hide=skip)
                top = set(ranked[:20])
                hits = [i for i in np.flatnonzero(target).tolist() if i in top]
                rank = min((ranked.index(i) for i in hits), default=99)
                found[name].append((rank < 10, rank < 20))
            candidates, targets = int((~skip).sum()), int(target.sum())
            chance.append((random_recall(candidates, targets, 10),
                           random_recall(candidates, targets, 20)))
    table = {"random ranking": (statistics.fmean(c[0] for c in chance),
                                statistics.fmean(c[1] for c in chance))} if chance else {}
    for name, rows in found.items():
        if rows:
            table[name] = (statistics.fmean(r[0] for r in rows),
                           statistics.fmean(r[1] for r in rows))
    return len(chance), table


def timing() -> None:
    """One code query on the shared workload and on a million words, through the Project."""
    import subprocess

    from annotator.project import Project

    for files, words in ((20, 10_000), (100, 10_000)):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "docs"
            subprocess.run([sys.executable, "/work/shared/bench/gen_transcripts.py", str(out),
                            "--files", str(files), "--words", str(words)], check=True,
                           capture_output=True)
            path = Path(tmp) / "w.annotator"
            with Project.create(path) as project:
                project.import_files(sorted(out.glob("*.docx")))
                source = project.sources()[0].id
                code = project.add_code("Trust")
                text = project.source(source).text
                for k in range(5):
                    project.add_coding(source, code, 200 * k, 200 * k + 150)
                t = time.perf_counter()
                project.build_similar_index()
                built = time.perf_counter() - t
                t = time.perf_counter()
                project.similar_passages(project.similar_request(code_id=code))
                first = time.perf_counter() - t
                times = []
                for _ in range(5):
                    t = time.perf_counter()
                    project.similar_passages(project.similar_request(code_id=code))
                    times.append(time.perf_counter() - t)
                del text
            print(f"{files} transcripts x {words} words: index built in {built:.2f} s, "
                  f"first query {first * 1000:.0f} ms (loads the index), "
                  f"then {statistics.median(times) * 1000:.0f} ms a query")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="*", type=Path)
    parser.add_argument("--variants", action="store_true", help="also the methods not chosen")
    parser.add_argument("--timing", action="store_true")
    args = parser.parse_args()
    methods = {**METHODS, **VARIANTS} if args.variants else METHODS
    for path in args.projects:
        cases, table = evaluate(path, methods)
        print(f"\n{path.name}: {cases} held-out excerpts")
        print(f"| {'method':42} | recall@10 | recall@20 |")
        print(f"|{'-' * 44}|----------:|----------:|")
        for name, (r10, r20) in table.items():
            print(f"| {name:42} | {r10:9.2f} | {r20:9.2f} |")
    if args.timing:
        timing()



if __name__ == "__main__":
    main()
