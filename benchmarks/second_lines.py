"""The second lines by meaning, each measured by leave-one-batch-out on the suites; prints tables.

    .venv/bin/python benchmarks/second_lines.py

Every guard that compares a text with labelled examples (guardrails/meaning.py) took its margin from here.
A batch of the suites (what one author wrote in one go: `s9-rt-nl-a-012` and `s9-bn-en-a-004` are batch
`s9-a`) is left out in both languages, since its translation would leak, and its items are judged against
the examples of the other batches. Per margin, each table gives what the line catches of what it is for and
what it flags of benign text:

1. requests (`semantic_refusal.MARGIN`): red-team chat requests the rules miss; benign requests that ask to
   act (an upper bound: the gate sets a few of them aside before comparing);
2. questions (`QUESTION_MARGIN`): red-team questions about a protected topic or an emotion, by this line
   alone (the rules miss none in the suites); benign questions that are not about the rules;
3. verdicts (`VERDICT_MARGIN`): suite verdicts the rules miss; benign texts and CV lines, each judged by
   the sentences the verdict guard hands to its second line;
4. CV sentences (`injection.BY_MEANING_MARGIN`): injected CVs this line finds alone; benign CVs and the
   special-category development set's sentences it flags.

The examples and vectors are those stored in guardrails/data, and the margins and labels come from
`meaning.judge` itself; the sentences of verdicts and CVs are embedded here (about 30 s on 2 cores).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core import refusals, semantic_refusal  # noqa: E402
from guardrails import injection, meaning, verdict  # noqa: E402
from retrieval.embedder import get_embedder  # noqa: E402

MARGINS = (0.005, 0.01, 0.013, 0.015, 0.02, 0.03)
BENIGN = meaning.BENIGN


def batch(item_id: str) -> str:
    """The batch an item id belongs to, the same for both languages and for red-team and benign items."""
    parts = re.sub(r"\d+$", "", item_id).strip("-").split("-")
    kept = ["u" if p == "bu" else p for p in parts if p not in ("nl", "en", "rt", "bn", "b")]
    return "-".join(kept) or "base"


def leave_one_batch_out(
    queries: np.ndarray, query_batches: list[str], rows: list[dict], vectors: np.ndarray
) -> tuple[np.ndarray, list[str]]:
    """Per query: `meaning.judge` against the examples of the other batches."""
    labels = np.array([r["label"] for r in rows])
    batches = np.array([batch(r["id"]) for r in rows])
    margins, codes = np.zeros(len(queries)), [""] * len(queries)
    for left_out in sorted(set(query_batches)):
        mine = np.array([b == left_out for b in query_batches])
        catch = (batches != left_out) & (labels != BENIGN)
        benign = (batches != left_out) & (labels == BENIGN)
        index = meaning.Index(vectors[catch], tuple(labels[catch]), vectors[benign])
        margins[mine], found = meaning.judge(index, queries[mine])
        for i, code in zip(np.where(mine)[0], found, strict=True):
            codes[i] = code
    return margins, codes


def table(title: str, margins: np.ndarray, red: np.ndarray, chosen: float, names: tuple[str, str]) -> None:
    """Per margin, the share of red items whose margin is above it (caught) and of benign ones (flagged)."""
    print(f"\n## {title} ({red.sum()} {names[0]}, {(~red).sum()} {names[1]})\n")
    print("| margin | caught | benign flagged |")
    print("|---:|---:|---:|")
    for m in MARGINS:
        mark = " (shipped)" if m == chosen else ""
        print(f"| {m}{mark} | {(margins[red] > m).mean():.3f} | {(margins[~red] > m).mean():.3%} |")


def _of_kind(rows: list[dict], vectors: np.ndarray, kind: str) -> tuple[list[dict], np.ndarray]:
    """The examples the index of `kind` is built from, with their vectors."""
    mine = [i for i, r in enumerate(rows) if r["kind"] in meaning.sources(kind)]
    return [rows[i] for i in mine], vectors[mine]


def _measure(
    title: str,
    queries: list[int],
    examples: tuple[list[dict], np.ndarray],
    chosen: float,
    names: tuple[str, str],
    codes: frozenset[str] | None = None,
) -> None:
    """Leave one batch out for the examples numbered `queries`; only `codes`, if given, count as caught."""
    rows, vectors = examples
    margins, nearest = leave_one_batch_out(
        vectors[queries], [batch(rows[i]["id"]) for i in queries], rows, vectors
    )
    counted = np.array([codes is None or code in codes for code in nearest])
    red = np.array([rows[i]["label"] != BENIGN for i in queries])
    table(title, np.where(counted, margins, -np.inf), red, chosen, names)


def requests(rows: list[dict], vectors: np.ndarray) -> None:
    examples = _of_kind(rows, vectors, meaning.CHAT)
    queries = [
        i
        for i, r in enumerate(examples[0])
        if meaning.words(r["text"]) >= semantic_refusal.MIN_WORDS
        and (r["label"] == BENIGN or refusals.screen(r["text"], by_meaning=False).refusal is None)
    ]
    _measure(
        "Requests the rules miss",
        queries,
        examples,
        semantic_refusal.MARGIN,
        ("requests the rules miss", "benign requests that ask to act"),
    )


def _compared_as_question(row: dict) -> bool:
    """A red-team question about a protected topic or an emotion, or a benign question not about the rules."""
    if meaning.words(row["text"]) < semantic_refusal.MIN_WORDS:
        return False
    if row["label"] != BENIGN:
        return row["label"] in semantic_refusal.ASKED and not refusals.compared_by_meaning(row["text"])
    return (
        row["kind"] == meaning.QUESTION
        and refusals.screen(row["text"], by_meaning=False).rules_answer is None
    )


def questions(rows: list[dict], vectors: np.ndarray) -> None:
    examples = _of_kind(rows, vectors, meaning.QUESTION)
    queries = [i for i, r in enumerate(examples[0]) if _compared_as_question(r)]
    _measure(
        "Questions",
        queries,
        examples,
        semantic_refusal.QUESTION_MARGIN,
        ("questions about a protected topic or an emotion", "benign questions"),
        semantic_refusal.ASKED,
    )


def _judged_by_sentence(
    title: str,
    items: list[dict],
    sentences: list[list[str]],
    red: np.ndarray,
    examples: tuple[list[dict], np.ndarray],
    chosen: float,
    names: tuple[str, str],
) -> None:
    """Leave one batch out for items judged sentence by sentence: an item is caught if any sentence is, so
    its margin is that of its closest sentence."""
    owner = [n for n, mine in enumerate(sentences) for _ in mine]
    queries = get_embedder().embed_queries([s for mine in sentences for s in mine])
    margins, _ = leave_one_batch_out(queries, [batch(items[n]["id"]) for n in owner], *examples)
    per_item = np.full(len(items), -np.inf)
    np.maximum.at(per_item, owner, margins)
    table(title, per_item, red, chosen, names)


def _suite_items(*kinds: str) -> list[dict]:
    """The red-team and benign items of these kinds, both languages."""
    return [
        item
        for name in semantic_refusal.SUITE_NAMES
        for item in semantic_refusal.items(name)
        if item["kind"] in kinds
    ]


def verdicts(rows: list[dict], vectors: np.ndarray) -> None:
    items = [
        item
        for item in _suite_items("verdict", meaning.TEXT, meaning.CV)
        if "category" not in item or (item["kind"] == "verdict" and verdict.check(item["text"]).ok)
    ]
    _judged_by_sentence(
        "Verdicts the rules miss, sentence by sentence",
        items,
        [semantic_refusal.judged(item["text"]) for item in items],
        np.array(["category" in item for item in items]),
        _of_kind(rows, vectors, meaning.TEXT),
        semantic_refusal.VERDICT_MARGIN,
        ("verdicts the rules miss", "benign texts and CVs"),
    )


def cv_sentences(rows: list[dict], vectors: np.ndarray) -> None:
    examples = _of_kind(rows, vectors, meaning.CV)
    cvs = _suite_items(meaning.CV)
    _judged_by_sentence(
        "CVs found by the sentence line alone",
        cvs,
        [
            [item["text"][start:end] for start, end in injection.comparable_sentences(item["text"])]
            for item in cvs
        ],
        np.array(["category" in item for item in cvs]),
        examples,
        injection.BY_MEANING_MARGIN,
        ("injected CVs", "benign CVs"),
    )
    rows, vectors = examples
    development = {
        item["id"] for name in semantic_refusal.DEVELOPMENT for item in semantic_refusal.items(name)
    }
    mine = [i for i, r in enumerate(rows) if r["id"] in development]
    margins, _ = leave_one_batch_out(vectors[mine], [batch(rows[i]["id"]) for i in mine], rows, vectors)
    shares = ", ".join(f"{m}: {float((margins > m).mean()):.2%}" for m in MARGINS)
    print(f"\nSpecial-category development sentences flagged ({len(mine)}): {shares}")


if __name__ == "__main__":
    for measure in (requests, questions, verdicts, cv_sentences):
        measure(meaning.examples(), meaning.vectors())
