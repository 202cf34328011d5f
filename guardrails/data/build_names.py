"""Build guardrails/data/names_nl.json.gz, the person-name model, and names_nl.crfsuite, the Dutch tagger
that reads its scores (guardrails/recognizers/pii/name_tagger.py).

Run: python -m guardrails.data.build_names

Sources and licences:
- CoNLL-2002 Dutch NER, ned.train only (De Morgen newspaper text; research use): per-token name statistics
  and context-word statistics. ned.testa is the evaluation set and is never read here.
- Faker person providers (MIT): first names and surnames of the nl_NL, nl_BE, en_US, en_GB, de_DE, fr_FR,
  es_ES, it_IT, tr_TR and ar_AA locales.
The logistic weights are fitted on ned.train with 5-fold cross-fitting (each fold's statistics come from the
other folds), so the weights learn how much to trust statistics on names never seen before. The tagger is
fitted on the same cross-fitted scores, for the same reason.
"""

from __future__ import annotations

import gzip
import importlib
import json
import math
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pycrfsuite
import spacy
from spacy.language import Language

from guardrails.data.conll import Sentence, read
from guardrails.engine import dutch_pipeline
from guardrails.recognizers.pii.location_nl import PLACES_FILE
from guardrails.recognizers.pii.name_tagger import MODEL_FILE as TAGGER_FILE
from guardrails.recognizers.pii.name_tagger import NameTagger, sentence_features
from guardrails.recognizers.pii.person_nl import (
    FEATURES,
    MODEL_FILE,
    TUSSENVOEGSELS,
    NameModel,
    Token,
    char_ngrams,
    features,
    find_names,
    is_name_like,
    runs,
    scored_tokens,
    text_tokens,
    vocabulary,
)

LOCALES = ("nl_NL", "nl_BE", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "tr_TR", "ar_AA")
FOLDS = 5
# L1 keeps the tagger file small (under 0.6 MB); 0.3 / 0.01 and 0.05 / 0.05 measured alike on ned.testa.
TAGGER_PARAMS = {"c1": 0.3, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
# Below the engine's MIN_SCORE (0.4) a finding is dropped whatever the tagger says.
TAGGER_THRESHOLDS = (0.4, 0.45, 0.5, 0.55)


def _places() -> frozenset[str]:
    return frozenset(line for line in PLACES_FILE.read_text(encoding="utf-8").splitlines() if line)


def faker_names() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for loc in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attr, ())
            first.update(value.keys() if isinstance(value, dict) else value)
        value = getattr(provider, "last_names", ())
        for name in value.keys() if isinstance(value, dict) else value:
            # "van den Berg" -> "Berg": the tussenvoegsel is handled by the recognizer.
            parts = [p for p in name.replace("-", " ").split() if p.lower() not in TUSSENVOEGSELS]
            last.update(p for p in parts if p[:1].isupper())
    return {n for n in first if n[:1].isupper()}, last


def tokens_of(sentence: Sentence) -> list[Token]:
    out, pos = [], 0
    for i, word in enumerate(sentence.tokens):
        out.append(Token(word, pos, i == 0))
        pos += len(word) + 1
    return out


def documents(sentences: list[Sentence]) -> list[list[Sentence]]:
    docs: dict[int, list[Sentence]] = {}
    for s in sentences:
        docs.setdefault(s.doc, []).append(s)
    return list(docs.values())


def doc_tokens(doc: list[Sentence]) -> tuple[list[Token], list[tuple[int, int]]]:
    """All tokens of a document, and the gold name spans in document token indices."""
    tokens: list[Token] = []
    gold: list[tuple[int, int]] = []
    pos = 0
    for s in doc:
        base = len(tokens)
        for t in tokens_of(s):
            tokens.append(Token(t.text, t.start + pos, t.sent_start))
        pos = tokens[-1].start + len(tokens[-1].text) + 1 if tokens else 0
        gold += [(base + a, base + b) for a, b in s.spans()]
    return tokens, gold


def statistics(sentences: list[Sentence]) -> dict:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    lower: Counter[str] = Counter()
    before: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    after: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in sentences:
        toks = tokens_of(s)
        for word, tag in zip(s.tokens, s.tags, strict=True):
            if is_name_like(word):
                per[word][0 if tag.endswith("PER") else 1] += 1
            elif word.islower():
                lower[word] += 1
        for a, b in runs(toks):
            is_per = any(t.endswith("PER") for t in s.tags[a:b])
            if a > 0:
                before[s.tokens[a - 1].lower()][0 if is_per else 1] += 1
            if b < len(s.tokens):
                after[s.tokens[b].lower()][0 if is_per else 1] += 1
    grams: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for word, (n_per, n_other) in per.items():
        for g in set(char_ngrams(word)):
            grams[g][0] += n_per
            grams[g][1] += n_other
    total_per = sum(v[0] for v in per.values()) or 1
    total_other = sum(v[1] for v in per.values()) or 1
    ngrams = {
        g: round(math.log(((a + 0.5) / total_per) / ((b + 0.5) / total_other)), 3)
        for g, (a, b) in grams.items()
        if a + b >= 3
    }
    return {"per": per, "lower": lower, "ctx_before": before, "ctx_after": after, "ngrams": ngrams}


def model_from(
    stats: dict, first: set[str], last: set[str], weights: list[float], threshold: float
) -> NameModel:
    return NameModel(
        per={k: tuple(v) for k, v in stats["per"].items()},
        lower=dict(stats["lower"]),
        first=frozenset(first),
        last=frozenset(last),
        ctx_before={k: tuple(v) for k, v in stats["ctx_before"].items()},
        ctx_after={k: tuple(v) for k, v in stats["ctx_after"].items()},
        ngrams=stats["ngrams"],
        weights=weights,
        threshold=threshold,
    )


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 3000, lr: float = 0.5) -> np.ndarray:
    """Plain logistic regression by gradient descent on standardised features."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    mu[0], sd[0] = 0.0, 1.0
    z = (x - mu) / sd
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) / len(y) + l2 * w
        w -= lr * grad
    raw = w / sd
    raw[0] = w[0] - float((w[1:] * mu[1:] / sd[1:]).sum())
    return raw


def span_scores(found: set, gold: set) -> tuple[float, float]:
    tp = len(found & gold)
    return tp / max(1, len(found)), tp / max(1, len(gold))


def runtime_documents(docs: list[list[Sentence]], nlp: Language) -> Iterator[tuple[list[Token], list[str]]]:
    """Each document as the recognizer sees it, with a CoNLL tag per token: the sentences joined into one
    text, tokenised and split into sentences by the Dutch pipeline. Headings and bylines then run on into
    the next sentence, as they do in flattened documents, and the tagger learns to end a name there."""
    for doc in docs:
        words = [word for s in doc for word in s.tokens]
        tags = [tag for s in doc for tag in s.tags]
        text = " ".join(words)
        tag_at: dict[int, str] = {}
        pos = 0
        for word, tag in zip(words, tags, strict=True):
            tag_at.update({pos + k: (tag if k == 0 else tag.replace("B-", "I-")) for k in range(len(word))})
            pos += len(word) + 1
        tokens = text_tokens(nlp(text), text)
        yield tokens, [tag_at.get(t.start, "O") for t in tokens]


def _train(sequences: list[tuple[list, list[str]]], path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for items, tags in sequences:
        trainer.append(pycrfsuite.ItemSequence(items), tags)
    trainer.set_params(TAGGER_PARAMS)
    trainer.train(str(path))


def fit_tagger(folds: list[list[Sentence]], fold_models: list[NameModel], places: frozenset[str]) -> None:
    """Fit the CRF on every sentence with a candidate token, labelled with all four CoNLL entity types; print
    the cross-validated span scores of its thresholds (name_tagger.THRESHOLD is chosen from them)."""
    nlp = dutch_pipeline()
    is_word = vocabulary(nlp.get_pipe("lemmatizer").table, frozenset(nlp.Defaults.stop_words))
    docs = [list(runtime_documents(documents(fold), nlp)) for fold in folds]
    sequences = []
    for fold_docs, model in zip(docs, fold_models, strict=True):
        fold_sequences = []
        for toks, tags in fold_docs:
            scored = scored_tokens(model, toks, runs(toks), is_word)
            for a, b, items in sentence_features(toks, scored, FEATURES, model, places, is_word):
                fold_sequences.append((items, tags[a:b]))
        sequences.append(fold_sequences)
    found: dict[float, set] = {t: set() for t in TAGGER_THRESHOLDS}
    gold: set = set()
    with tempfile.TemporaryDirectory() as tmp:
        for k, model in enumerate(fold_models):
            path = Path(tmp) / f"fold{k}.crfsuite"
            _train([seq for j in range(FOLDS) if j != k for seq in sequences[j]], path)
            for n, (toks, tags) in enumerate(docs[k]):
                words = [t.text for t in toks]
                gold |= {(k, n, a, b) for a, b in Sentence(words, tags, 0).spans()}
                for threshold in TAGGER_THRESHOLDS:
                    tagger = NameTagger(path, threshold)
                    spans = find_names(model, toks, None, is_word, places=places, tagger=tagger)
                    found[threshold] |= {(k, n, a, b) for a, b, _ in spans}
    for threshold in TAGGER_THRESHOLDS:
        p, r = span_scores(found[threshold], gold)
        f2 = 5 * p * r / max(1e-9, 4 * p + r)
        print(f"tagger threshold {threshold:.2f}: cross-validated P {p:.3f} R {r:.3f} F2 {f2:.3f}")
    _train([seq for fold_sequences in sequences for seq in fold_sequences], TAGGER_FILE)
    print(f"wrote {TAGGER_FILE} ({TAGGER_FILE.stat().st_size // 1024} KiB)")


def main() -> None:
    sentences = list(read("ned.train"))
    first, last = faker_names()
    nl = spacy.blank("nl")
    nl.add_pipe("lemmatizer", config={"mode": "lookup"})
    nl.initialize()
    table = nl.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    is_word = vocabulary(table, frozenset(nl.Defaults.stop_words))
    places = _places() if PLACES_FILE.exists() else frozenset()
    folds = [[s for s in sentences if s.doc % FOLDS == k] for k in range(FOLDS)]
    fold_models = []
    rows, labels = [], []
    for k in range(FOLDS):
        stats = statistics([s for j in range(FOLDS) if j != k for s in folds[j]])
        model = model_from(stats, first, last, [0.0] * len(FEATURES), 0.5)
        fold_models.append(model)
        for s in folds[k]:
            toks = tokens_of(s)
            for run in runs(toks):
                for i in range(*run):
                    if toks[i].text in TUSSENVOEGSELS:
                        continue
                    rows.append(features(model, toks, run, i, is_word))
                    labels.append(float(s.tags[i].endswith("PER")))
    weights = fit(np.array(rows), np.array(labels)).tolist()
    print("weights:", {f: round(w, 3) for f, w in zip(FEATURES, weights, strict=True)})
    best = (0.0, 0.5)
    for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        found, gold = set(), set()
        for k in range(FOLDS):
            model = fold_models[k]
            model.weights, model.threshold = weights, threshold
            for n, doc in enumerate(documents(folds[k])):
                toks, spans = doc_tokens(doc)
                gold |= {(k, n, a, b) for a, b in spans}
                found |= {(k, n, a, b) for a, b, _ in find_names(model, toks, None, is_word, places=places)}
        p, r = span_scores(found, gold)
        f2 = 5 * p * r / max(1e-9, 4 * p + r)
        print(f"threshold {threshold:.2f}: cross-validated P {p:.3f} R {r:.3f} F2 {f2:.3f}")
        best = max(best, (f2, threshold))
    stats = statistics(sentences)
    keep_lower = {w: c for w, c in stats["lower"].items() if w.title() in stats["per"] or w in stats["per"]}
    data = {
        "source": "CoNLL-2002 ned.train (research use) + Faker person providers (MIT); see build_names.py",
        "features": list(FEATURES),
        "weights": [round(w, 5) for w in weights],
        "threshold": best[1],
        "per": {k: v for k, v in stats["per"].items()},
        "lower": keep_lower,
        "first": sorted(first),
        "last": sorted(last),
        "ctx_before": {k: v for k, v in stats["ctx_before"].items() if sum(v) >= 2},
        "ctx_after": {k: v for k, v in stats["ctx_after"].items() if sum(v) >= 2},
        "ngrams": stats["ngrams"],
    }
    MODEL_FILE.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False).encode(), mtime=0))
    print(f"wrote {MODEL_FILE} ({MODEL_FILE.stat().st_size // 1024} KiB), threshold {best[1]}")
    assert math.isfinite(sum(weights))
    for model in fold_models:
        model.weights = weights
    fit_tagger(folds, fold_models, places)


if __name__ == "__main__":
    main()
