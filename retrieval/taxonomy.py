"""The compact ESCO taxonomy (skills and occupations, Dutch and English) and its label vectors.

Built by `retrieval/build_taxonomy.py` into `retrieval/data/`; loaded once per process on first use.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from storage.settings import get_settings

DATA = Path(__file__).resolve().parent / "data"
NGRAM_FORMAT = 1  # bump when CharNgramIndex's weighting or tokenisation changes: invalidates cached indexes
log = logging.getLogger(__name__)
SKILL_TYPES = ("technical", "transversal", "language", "certification", "knowledge")


@dataclass(frozen=True)
class Skill:
    uri: str
    label_en: str
    label_nl: str
    alt_en: tuple[str, ...]
    alt_nl: tuple[str, ...]
    description_en: str
    description_nl: str
    type: str  # one of SKILL_TYPES

    def label(self, lang: str | None) -> str:
        """The label in `lang` where ESCO has a Dutch one, else English."""
        return self.label_nl if lang == "nl" and self.label_nl else self.label_en

    def description(self, lang: str | None) -> str:
        return self.description_nl if lang == "nl" and self.description_nl else self.description_en


@dataclass(frozen=True)
class Occupation:
    uri: str
    label_en: str
    label_nl: str
    labels_en: tuple[str, ...]
    labels_nl: tuple[str, ...]

    def label(self, lang: str | None) -> str:
        return self.label_nl if lang == "nl" else self.label_en


@dataclass(frozen=True)
class LabelVectors:
    """Embeddings of label variants; `rows[i]` is the skill/occupation index of vector i (sorted)."""

    rows: np.ndarray
    vectors: np.ndarray  # float32, L2-normalised

    @cached_property
    def _groups(self) -> tuple[np.ndarray, np.ndarray]:
        starts = np.flatnonzero(np.r_[True, self.rows[1:] != self.rows[:-1]])
        return starts, self.rows[starts]

    def best_per_row(self, scores: np.ndarray, n_rows: int) -> np.ndarray:
        """Max over each entity's variants (last axis), -1 for entities without a variant."""
        starts, owners = self._groups
        out = np.full((*scores.shape[:-1], n_rows), -1.0, dtype=np.float32)
        out[..., owners] = np.maximum.reduceat(scores, starts, axis=-1)
        return out


def normalise(text: str) -> str:
    """Lower case without accents: 'Coördinator' and 'coordinator' compare equal."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class CharNgramIndex:
    """Character n-gram TF-IDF with cosine scores, as an inverted index in numpy.

    Catches spelling variants, compounds and inflections ('softwareontwikkelaar', 'verpleegkundigen')
    that a word or embedding match misses.
    """

    SIZES = (2, 3, 4)

    def __init__(self, texts: list[str], sizes: tuple[int, ...] = SIZES) -> None:
        self.sizes = sizes
        vocab: dict[str, int] = {}
        docs, grams, counts = [], [], []
        for doc, text in enumerate(texts):
            bag = self._grams(text)
            for gram, count in bag.items():
                docs.append(doc)
                grams.append(vocab.setdefault(gram, len(vocab)))
                counts.append(count)
        self.vocab = vocab
        self.n_docs = len(texts)
        doc_arr = np.asarray(docs, dtype=np.int32)
        gram_arr = np.asarray(grams, dtype=np.int32)
        tf = 1.0 + np.log(np.asarray(counts, dtype=np.float32))
        df = np.bincount(gram_arr, minlength=len(vocab)).astype(np.float32)
        self.idf = np.log((1.0 + self.n_docs) / (1.0 + df)) + 1.0
        weight = tf * self.idf[gram_arr]
        norms = np.sqrt(np.bincount(doc_arr, weights=weight**2, minlength=self.n_docs))
        weight = weight / np.where(norms == 0, 1.0, norms)[doc_arr]
        order = np.argsort(gram_arr, kind="stable")
        self.post_docs = doc_arr[order]
        self.post_weights = weight[order].astype(np.float32)
        self.indptr = np.concatenate([[0], np.cumsum(np.bincount(gram_arr, minlength=len(vocab)))])

    def save(self, path: Path, key: str) -> None:
        """Write the index atomically (parallel ingest workers may race to write the same cache)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
        np.savez(
            tmp,
            key=np.array(key),
            n_docs=np.int64(self.n_docs),
            sizes=np.asarray(self.sizes, dtype=np.int32),
            vocab=np.array(list(self.vocab)),
            idf=self.idf,
            post_docs=self.post_docs,
            post_weights=self.post_weights,
            indptr=self.indptr,
        )
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path, key: str) -> CharNgramIndex | None:
        """A saved index if it was built under `key`, else None (missing, stale or unreadable)."""
        try:
            with np.load(path) as stored:
                if str(stored["key"]) != key:
                    return None
                index = cls.__new__(cls)
                index.n_docs = int(stored["n_docs"])
                index.sizes = tuple(int(n) for n in stored["sizes"])
                index.vocab = {gram: i for i, gram in enumerate(stored["vocab"].tolist())}
                index.idf = stored["idf"]
                index.post_docs = stored["post_docs"]
                index.post_weights = stored["post_weights"]
                index.indptr = stored["indptr"]
        except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
            return None
        return index

    def _grams(self, text: str) -> dict[str, int]:
        bag: dict[str, int] = {}
        for word in re.findall(r"\w+", normalise(text)):
            padded = f" {word} "
            for n in self.sizes:
                for i in range(max(1, len(padded) - n + 1)):
                    gram = padded[i : i + n]
                    bag[gram] = bag.get(gram, 0) + 1
        return bag

    def scores(self, text: str) -> np.ndarray:
        """Cosine similarity of `text` to every indexed text."""
        ids, weights = [], []
        for gram, count in self._grams(text).items():
            gid = self.vocab.get(gram)
            if gid is not None:
                ids.append(gid)
                weights.append((1.0 + np.log(count)) * self.idf[gid])
        out = np.zeros(self.n_docs, dtype=np.float32)
        if not ids:
            return out
        q = np.asarray(weights, dtype=np.float32)
        q /= np.linalg.norm(q)
        starts, ends = self.indptr[ids], self.indptr[np.asarray(ids) + 1]
        docs = np.concatenate([self.post_docs[s:e] for s, e in zip(starts, ends, strict=True)])
        vals = np.concatenate([self.post_weights[s:e] * w for s, e, w in zip(starts, ends, q, strict=True)])
        return np.bincount(docs, weights=vals, minlength=self.n_docs).astype(np.float32)


@dataclass
class Taxonomy:
    skills: list[Skill]
    occupations: list[Occupation]
    vectors: dict[str, LabelVectors] = field(repr=False)

    @cached_property
    def skill_by_uri(self) -> dict[str, int]:
        return {s.uri: i for i, s in enumerate(self.skills)}

    @cached_property
    def occupation_by_uri(self) -> dict[str, int]:
        return {o.uri: i for i, o in enumerate(self.occupations)}

    @cached_property
    def occupation_labels(self) -> tuple[np.ndarray, list[str]]:
        """Every Dutch and English occupation label (rows -> occupation index), for lexical linking."""
        rows, texts = [], []
        for i, occupation in enumerate(self.occupations):
            for text in dict.fromkeys(occupation.labels_nl + occupation.labels_en):
                rows.append(i)
                texts.append(text)
        return np.asarray(rows, dtype=np.int32), texts

    @cached_property
    def occupation_label_languages(self) -> dict[str, np.ndarray]:
        """Masks over `occupation_labels`: Dutch and English labels (a label spelt alike is both)."""
        rows, texts = self.occupation_labels
        owners = [self.occupations[row] for row in rows]
        return {
            "nl": np.asarray([text in o.labels_nl for o, text in zip(owners, texts, strict=True)]),
            "en": np.asarray([text in o.labels_en for o, text in zip(owners, texts, strict=True)]),
        }

    @cached_property
    def occupation_ngrams(self) -> CharNgramIndex:
        """Building takes seconds in every process, so it is cached in the data dir, keyed by the labels."""
        texts = self.occupation_labels[1]
        return cached_ngram_index(texts, get_settings().data_dir / "cache" / "occupation_ngrams.npz")


def ngram_cache_key(texts: list[str]) -> str:
    """Digest of the indexed texts and the index format: a rebuilt taxonomy invalidates the cache."""
    digest = hashlib.sha256(f"{NGRAM_FORMAT}\0{CharNgramIndex.SIZES}\0".encode())
    for text in texts:
        digest.update(text.encode() + b"\0")
    return digest.hexdigest()


def cached_ngram_index(texts: list[str], path: Path) -> CharNgramIndex:
    """The index of `texts` from `path` when it was built from the same texts, else built and saved there."""
    key = ngram_cache_key(texts)
    index = CharNgramIndex.load(path, key)
    if index is None:
        index = CharNgramIndex(texts)
        try:
            index.save(path, key)
        except OSError as exc:  # a read-only data dir costs speed, not correctness
            log.warning("n-gram index cache not written: %s", type(exc).__name__)
    return index


def dequantize(packed: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Inverse of build_taxonomy.quantize: two 4-bit codes per byte, one scale per row."""
    codes = np.empty((packed.shape[0], packed.shape[1] * 2), dtype=np.float32)
    codes[:, 0::2] = packed >> 4
    codes[:, 1::2] = packed & 0x0F
    return (codes - 8.0) * scale[:, None]


def _load_vectors(path: Path) -> dict[str, LabelVectors]:
    out = {}
    with np.load(path) as stored:
        for key in stored.files:
            if key.endswith(".rows"):
                name = key[: -len(".rows")]
                vectors = dequantize(stored[f"{name}.vectors"], stored[f"{name}.scale"])
                vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
                out[name] = LabelVectors(rows=stored[key], vectors=vectors)
    return out


@lru_cache(maxsize=1)
def get_taxonomy() -> Taxonomy:
    """The process-wide taxonomy; raises a clear error when the data files were not built."""
    missing = [p.name for p in (DATA / "skills.json.gz", DATA / "occupations.json.gz") if not p.exists()]
    if missing:
        raise FileNotFoundError(
            f"taxonomy files missing in {DATA}: {', '.join(missing)}; "
            "run `python -m retrieval.build_taxonomy`"
        )
    with gzip.open(DATA / "skills.json.gz", "rt", encoding="utf-8") as fh:
        skills = [
            Skill(
                uri=s["uri"],
                label_en=s["label_en"],
                label_nl=s["label_nl"],
                alt_en=tuple(s["alt_en"]),
                alt_nl=tuple(s["alt_nl"]),
                description_en=s["description_en"],
                description_nl=s["description_nl"],
                type=s["type"],
            )
            for s in json.load(fh)
        ]
    with gzip.open(DATA / "occupations.json.gz", "rt", encoding="utf-8") as fh:
        occupations = [
            Occupation(
                uri=o["uri"],
                label_en=o["label_en"],
                label_nl=o["label_nl"],
                labels_en=tuple(o["labels_en"]),
                labels_nl=tuple(o["labels_nl"]),
            )
            for o in json.load(fh)
        ]
    return Taxonomy(skills, occupations, _load_vectors(DATA / "label_vectors.npz"))
