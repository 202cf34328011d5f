"""Nearest labelled examples in the embedder's multilingual space: the second line behind rules.

Rules catch the phrasings their parts combine into; people, models and CV writers find others ("Anyone
scoring sub-50 is a no, action that please"). Each guard that uses this module keeps labelled examples of
its own kind of text: chat requests (`chat`), sentences of model output (`text`), sentences of CVs (`cv`).
A text is caught when its K nearest examples to catch are, on average, closer by a margin than its K
nearest examples to let through; each guard chooses its margin by leave-one-batch-out on the suites
(benchmarks/second_lines.py). Questions (`question`) are compared with the chat requests to catch and with
every benign request, question or not.

The examples come from tests/data (the red-team and benign suites, and for CVs the special-category
development set as ordinary CV and note sentences) and are stored with their vectors next to this module by
`python -m bot.core.semantic_refusal` (rerun after editing the suites). With another embedder the vectors
are recomputed once per process.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from retrieval.embedder import get_embedder

EXAMPLES = Path(__file__).parent / "data" / "meaning_examples.jsonl"
VECTORS = Path(__file__).parent / "data" / "meaning_examples.npz"
BENIGN = "benign"
CHAT, TEXT, CV, QUESTION = "chat", "text", "cv", "question"  # the kinds of text, each with its own examples
_SOURCES = {QUESTION: (CHAT, QUESTION)}  # a kind whose index also draws on another kind's examples
K = 5
_WORD = re.compile(r"#\d+|[^\W\d_]+")


@dataclass(frozen=True)
class Index:
    """The vectors of the examples to catch, with their labels, and of the examples to let through."""

    catch: np.ndarray
    codes: tuple[str, ...]
    benign: np.ndarray


def words(text: str) -> int:
    """Words with letters, and ids such as "#4": bars, dashes and scores in a table row are not words."""
    return len(_WORD.findall(text))


def examples() -> list[dict]:
    return [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _digest(texts: list[str]) -> str:
    return hashlib.sha256("\n".join(texts).encode()).hexdigest()


@cache
def vectors() -> np.ndarray:
    """The examples' vectors, row for row: the stored ones if this embedder made them from these texts."""
    texts = [row["text"] for row in examples()]
    embedder = get_embedder()
    if VECTORS.exists():
        stored = np.load(VECTORS)
        if str(stored["embedder"]) == embedder.name and str(stored["digest"]) == _digest(texts):
            return stored["vectors"].astype(np.float32)
    return embedder.embed_queries(texts)


def sources(kind: str) -> tuple[str, ...]:
    """The kinds of example a kind's index is built from."""
    return _SOURCES.get(kind, (kind,))


@cache
def _index(kind: str) -> Index:
    rows, embedded = examples(), vectors()
    mine = [i for i, row in enumerate(rows) if row["kind"] in sources(kind)]
    catch = [i for i in mine if rows[i]["label"] != BENIGN]
    benign = [i for i in mine if rows[i]["label"] == BENIGN]
    return Index(embedded[catch], tuple(rows[i]["label"] for i in catch), embedded[benign])


def _margin(index: Index, queries: np.ndarray) -> np.ndarray:
    catch = np.sort(queries @ index.catch.T, axis=1)[:, -K:].mean(axis=1)
    benign = np.sort(queries @ index.benign.T, axis=1)[:, -K:].mean(axis=1)
    return catch - benign


def judge(index: Index, queries: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Per query: its margin (see `margins`) and the most common label among its K nearest examples to
    catch. Public so that benchmarks/second_lines.py measures this very computation on held-out batches."""
    nearest = np.argpartition(-(queries @ index.catch.T), K, axis=1)[:, :K]
    codes = [Counter(index.codes[i] for i in top).most_common(1)[0][0] for top in nearest]
    return _margin(index, queries), codes


def margins(kind: str, texts: list[str]) -> np.ndarray:
    """Per text: mean similarity of its K nearest examples to catch minus that of its K nearest benign."""
    if not texts:
        return np.zeros(0, np.float32)
    # not cached: texts are not kept in memory
    return _margin(_index(kind), get_embedder().embed_queries(texts))


def nearest_code(kind: str, text: str, margin: float) -> str | None:
    """The most common label among the K nearest examples to catch, if `text` is closer to them by more than
    `margin`; else None."""
    found, codes = judge(_index(kind), get_embedder().embed_query(text)[None])
    return codes[0] if found[0] > margin else None


def store(rows: list[dict]) -> None:
    """Write the examples and their vectors (a development step, not run time)."""
    EXAMPLES.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    texts = [row["text"] for row in rows]
    embedder = get_embedder()
    np.savez_compressed(
        VECTORS,
        vectors=embedder.embed_queries(texts).astype(np.float16),
        embedder=np.array(embedder.name),
        digest=np.array(_digest(texts)),
    )
