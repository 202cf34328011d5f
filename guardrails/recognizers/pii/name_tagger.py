"""PERSON probabilities for Dutch text from a conditional random field (python-crfsuite).

The logistic model in person_nl scores each capitalised token on its own; a name is a sequence, and a CRF
weighs the labels of the neighbours as well as their words. Its inputs per token: the word (form, affixes,
shape), the lexicons (first names, surnames, places, the language's common words), the two words on either
side, the logistic model's features and probability, and how the same form scored elsewhere in the text
(a surname written in full once is a name on its next bare mention). It is fitted on CoNLL-2002 ned.train,
tokenised and split into sentences as the recognizer sees text, with all four entity types, so that a
place or an organisation is a label of its own rather than only "not a name" (guardrails/data/build_names.py).
On ned.testa it raised exact-span recall from 0.785 to 0.849 and precision from 0.756 to 0.772
(benchmarks/README.md). English text keeps the logistic model: this one learned Dutch.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import pycrfsuite

from guardrails.recognizers.pii.person_nl import TITLES, TUSSENVOEGSELS

MODEL_FILE = Path(__file__).resolve().parents[2] / "data" / "names_nl.crfsuite"
# A token is part of a name at P(B-PER) + P(I-PER) >= THRESHOLD: of the thresholds at or above the engine's
# MIN_SCORE, the best cross-validated F2 on ned.train (P 0.846, R 0.898; build_names prints them; 0.3 gave
# 0.829 / 0.908, but the engine drops findings below 0.4).
THRESHOLD = 0.4
NAME_LABELS = ("B-PER", "I-PER")
WINDOW = (-2, -1, 1, 2)
MAX_SAME_FORM = 5

WordFeatures = dict[str, bool | str]
# python-crfsuite's item format: a value is a weight, a string (feature "key:value") or a nested dict
Features = dict[str, "float | str | bool | dict"]
_PAD: WordFeatures = {"pad": True}
Scored = dict[int, tuple[Sequence[float], float]]  # token index -> (logistic features, its probability)


class TokenLike(Protocol):
    text: str
    sent_start: bool


class Lexicons(Protocol):
    first: frozenset[str]
    last: frozenset[str]


def shape(word: str) -> str:
    """The word's outline, with runs of one class cut to two: Jan-Willem -> Xxx-Xxx, KLM -> XX, A4 -> Xd."""
    out = re.sub(r"[A-ZÀ-ÖØ-Þ]", "X", word)
    out = re.sub(r"[a-zß-öø-ÿ]", "x", out)
    out = re.sub(r"\d", "d", out)
    return re.sub(r"(.)\1{2,}", r"\1\1", out)


def _word(
    word: str, lexicons: Lexicons, places: frozenset[str], is_word: Callable[[str], bool]
) -> tuple[WordFeatures, WordFeatures]:
    """What a token says about itself and also, as a neighbour, about the tokens around it; and what it says
    only about itself."""
    lower = word.lower()
    shared: WordFeatures = {
        "w": lower,
        "shape": shape(word),
        "title": word[:1].isupper(),
        "first": word in lexicons.first,
        "last": word in lexicons.last,
        "place": word in places,
        "vocab": is_word(lower),
        "tv": lower in TUSSENVOEGSELS,
        "titlew": lower.rstrip(".") in TITLES,
    }
    own: WordFeatures = {"suf3": lower[-3:], "suf2": lower[-2:], "pre3": lower[:3], "upper": word.isupper()}
    return shared, own


def sentences(tokens: Sequence[TokenLike]) -> list[tuple[int, int]]:
    """Token spans [start, end) of the sentences: a CRF reads one sentence at a time."""
    starts = [i for i, t in enumerate(tokens) if i == 0 or t.sent_start]
    return list(zip(starts, [*starts[1:], len(tokens)], strict=True))


def sentence_features(
    tokens: Sequence[TokenLike],
    scored: Scored,
    feature_names: Sequence[str],
    lexicons: Lexicons,
    places: frozenset[str],
    is_word: Callable[[str], bool],
) -> Iterator[tuple[int, int, list[Features]]]:
    """Per sentence with a candidate token: its span and one feature dict per token (the same function at
    build time and at run time). Sentences without one hold no name and are not tagged. Neighbours share
    their word's dict (python-crfsuite prefixes nested keys), so a token costs a few references."""
    same_form: dict[str, list[float]] = {}
    for i, (_, p) in scored.items():
        same_form.setdefault(tokens[i].text, []).append(p)
    known: dict[str, tuple[WordFeatures, WordFeatures]] = {}
    for a, b in sentences(tokens):
        if not any(i in scored for i in range(a, b)):
            continue
        words = []
        for i in range(a, b):
            text = tokens[i].text
            if text not in known:
                known[text] = _word(text, lexicons, places, is_word)
            words.append(known[text])
        items: list[Features] = []
        for i in range(a, b):
            shared, own = words[i - a]
            item: Features = {"bias": 1.0, "sent_start": i == a, "0": shared, **own}
            for d in WINDOW:
                item[str(d)] = words[i + d - a][0] if a <= i + d < b else _PAD
            if i in scored:
                item.update(_scored(i, scored, feature_names, same_form[tokens[i].text], a, b))
            items.append(item)
        yield a, b, items


def _scored(
    i: int, scored: Scored, feature_names: Sequence[str], same_form: list[float], a: int, b: int
) -> Features:
    """The logistic model's view of token i, its neighbours' and the same word's elsewhere in the text."""
    values, p = scored[i]
    f: Features = {
        "lrp": p,
        "lrbin": str(int(p * 10)),
        "lr": dict(zip(feature_names[1:], values[1:], strict=True)),
    }
    for d in (-1, 1):
        if i + d in scored and a <= i + d < b:
            f[f"{d}:lrp"] = scored[i + d][1]
    if len(same_form) > 1:
        f["doc_max"] = max(same_form)
        f["doc_mean"] = sum(same_form) / len(same_form)
        f["doc_n"] = float(min(len(same_form), MAX_SAME_FORM))
    return f


class NameTagger:
    """The fitted CRF. One tagger holds one sequence at a time, so tagging is serialised (the features are
    built before the lock is taken)."""

    def __init__(self, path: Path = MODEL_FILE, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._lock = threading.Lock()

    def probabilities(
        self, sentences: Iterable[tuple[int, int, list[Features]]], scored: Scored
    ) -> tuple[dict[int, float], set[int]]:
        """P(part of a name) for each scored token, from `sentence_features`; and the tokens more likely
        to begin a name than to continue one, where two names side by side part ("Shimon Peres Barak")."""
        probs: dict[int, float] = {}
        begins: set[int] = set()
        sequences = [(a, b, pycrfsuite.ItemSequence(items)) for a, b, items in sentences]  # outside the lock
        with self._lock:
            for a, b, items in sequences:
                self._tagger.set(items)
                for i in range(a, b):
                    if i in scored:
                        begin, inside = (self._tagger.marginal(label, i - a) for label in NAME_LABELS)
                        probs[i] = begin + inside
                        if begin > inside:
                            begins.add(i)
        return probs, begins


@cache
def default_tagger() -> NameTagger:
    return NameTagger()
