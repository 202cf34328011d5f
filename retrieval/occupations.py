"""Job titles linked to ESCO occupations, Dutch and English, across languages.

A fusion of two label matchers, each scored per label and aggregated per occupation (max over its
preferred and alternative labels in both languages): the multilingual embedder (meaning, translation)
and character n-gram TF-IDF (spelling variants, Dutch compounds, inflections). Measured on MELO in
`benchmarks/matching.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from retrieval.embedder import get_embedder
from retrieval.taxonomy import CharNgramIndex, get_taxonomy

CHAR_WEIGHT = 0.1  # weight of the character n-gram cosine beside the dense cosine
MEAN_WEIGHT = 0.4  # an occupation whose labels agree as a group beats one stray near-synonym


@dataclass(frozen=True)
class OccupationHit:
    uri: str
    label: str
    score: float


def fused_label_scores(
    query: str, query_vector: np.ndarray, label_vectors: np.ndarray, ngrams: CharNgramIndex
) -> np.ndarray:
    """Per-label score: dense cosine plus weighted character n-gram cosine."""
    return label_vectors @ query_vector + CHAR_WEIGHT * ngrams.scores(query)


def per_concept(label_scores: np.ndarray, rows: np.ndarray, n_concepts: int) -> np.ndarray:
    """Occupation score from its labels' scores: best label plus a share of the labels' mean."""
    best = np.full(n_concepts, -np.inf, dtype=np.float64)
    np.maximum.at(best, rows, label_scores)
    total = np.bincount(rows, weights=label_scores, minlength=n_concepts)
    count = np.bincount(rows, minlength=n_concepts)
    mean = np.divide(total, count, out=np.zeros(n_concepts), where=count > 0)
    return (best + MEAN_WEIGHT * mean).astype(np.float32)


def link_occupations(text: str, lang: str | None = None, top_k: int = 10) -> list[OccupationHit]:
    """ESCO occupations for a job title (or a short role description), best first."""
    from retrieval.skills import detect_language

    if not text.strip() or top_k <= 0:
        return []
    taxonomy = get_taxonomy()
    lang = lang or detect_language(text)
    rows, _ = taxonomy.occupation_labels
    vectors = taxonomy.vectors["occupation_label"]
    if not np.array_equal(vectors.rows, rows):
        raise RuntimeError(
            "occupation label vectors are out of date; run `python -m retrieval.build_taxonomy`"
        )
    query_vector = get_embedder().embed_query(text)
    labels = fused_label_scores(text, query_vector, vectors.vectors, taxonomy.occupation_ngrams)
    scores = per_concept(labels, rows, len(taxonomy.occupations))
    order = np.lexsort((np.arange(len(scores)), -scores))[:top_k]
    return [
        OccupationHit(
            taxonomy.occupations[i].uri, taxonomy.occupations[i].label(lang), round(float(scores[i]), 4)
        )
        for i in order
    ]
