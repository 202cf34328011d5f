"""Job titles linked to ESCO occupations, Dutch and English, across languages.

A fusion of two label matchers, each scored per label: the multilingual embedder (meaning, translation)
and character n-gram TF-IDF (spelling variants, Dutch compounds, inflections). An occupation is scored
per label language (its best label plus a share of the mean over its labels in that language), and its
best language counts, so the Dutch labels neither dilute nor pad an English title's match and vice
versa. Dutch titles thereby meet English-labelled occupations through the same ESCO URI's Dutch labels.
The title is also compared with the first sentence of the occupation's description (best of Dutch and
English, e5 passage role), which says what the job does.
Measured on MELO in `benchmarks/matching.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from retrieval.embedder import get_embedder
from retrieval.taxonomy import CharNgramIndex, get_taxonomy

CHAR_WEIGHT = 0.1  # weight of the character n-gram cosine beside the dense cosine
MEAN_WEIGHT = 0.4  # an occupation whose labels agree as a group beats one stray near-synonym
DESCRIPTION_WEIGHT = 0.75  # what the job does: reaches titles that no label resembles
# "Teachers, Except Special Education", "Koks, behalve ...": the clause names what the job is not.
EXCLUSION = re.compile(
    r"[\s,;(]*\b(?:except|excluding|other than|behalve|uitgezonderd|met uitzondering van|m\.u\.v\.)(?!\w).*$",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class OccupationHit:
    uri: str
    label: str
    score: float


def clean_title(text: str) -> str:
    """The title without an exclusion clause, which would otherwise pull the excluded job to the top."""
    return EXCLUSION.sub("", text).strip() or text.strip()


def fused_label_scores(
    query: str, query_vector: np.ndarray, label_vectors: np.ndarray, ngrams: CharNgramIndex
) -> np.ndarray:
    """Per-label score: dense cosine plus weighted character n-gram cosine."""
    return label_vectors @ query_vector + CHAR_WEIGHT * ngrams.scores(query)


def per_concept(
    label_scores: np.ndarray, rows: np.ndarray, n_concepts: int, groups: Iterable[np.ndarray]
) -> np.ndarray:
    """Occupation score: per group of labels (a language), best label plus a share of the mean; best group.

    Occupations without a label in any group score -inf.
    """
    out = np.full(n_concepts, -np.inf)
    for mask in groups:
        scores, owners = label_scores[mask], rows[mask]
        best = np.full(n_concepts, -np.inf)
        np.maximum.at(best, owners, scores)
        count = np.bincount(owners, minlength=n_concepts)
        mean = np.bincount(owners, weights=scores, minlength=n_concepts) / np.maximum(count, 1)
        out = np.maximum(out, np.where(count > 0, best + MEAN_WEIGHT * mean, -np.inf))
    return out.astype(np.float32)


def occupation_scores(title: str, query_vector: np.ndarray) -> np.ndarray:
    """Score of every taxonomy occupation for a cleaned title and its embedding (query role)."""
    taxonomy = get_taxonomy()
    rows, _ = taxonomy.occupation_labels
    vectors = taxonomy.vectors["occupation_label"]
    if not np.array_equal(vectors.rows, rows):
        raise RuntimeError(
            "occupation label vectors are out of date; run `python -m retrieval.build_taxonomy`"
        )
    labels = fused_label_scores(title, query_vector, vectors.vectors, taxonomy.occupation_ngrams)
    groups = taxonomy.occupation_label_languages.values()
    scores = per_concept(labels, rows, len(taxonomy.occupations), groups)
    descriptions = taxonomy.vectors["occupation_description"]
    described = descriptions.best_per_row(descriptions.vectors @ query_vector, len(taxonomy.occupations))
    # The few occupations ESCO gives no description neither gain nor lose by it.
    described[described < -0.5] = np.median(described)
    return scores + DESCRIPTION_WEIGHT * described


def link_occupations(text: str, lang: str | None = None, top_k: int = 10) -> list[OccupationHit]:
    """ESCO occupations for a job title (or a short role description), best first."""
    return link_many([text], lang=lang, top_k=top_k)[0]


def link_many(texts: Sequence[str], lang: str | None = None, top_k: int = 10) -> list[list[OccupationHit]]:
    """`link_occupations` for each text, with one embedder call for all (a CV names several job titles).

    Each text's hits are the same as linking it alone: the embedder's vectors do not depend on the batch.
    `lang=None` detects the label language per text.
    """
    from retrieval.skills import detect_language

    out: list[list[OccupationHit]] = [[] for _ in texts]
    todo = [i for i, text in enumerate(texts) if text.strip()] if top_k > 0 else []
    if not todo:
        return out
    taxonomy = get_taxonomy()
    titles = [clean_title(texts[i]) for i in todo]
    vectors = get_embedder().embed_queries(titles)
    for i, title, vector in zip(todo, titles, vectors, strict=True):
        scores = occupation_scores(title, vector)
        order = np.lexsort((np.arange(len(scores)), -scores))[:top_k]
        label_lang = lang or detect_language(texts[i])
        out[i] = [
            OccupationHit(
                taxonomy.occupations[j].uri,
                taxonomy.occupations[j].label(label_lang),
                round(float(scores[j]), 4),
            )
            for j in order
        ]
    return out
