"""Build the compact ESCO taxonomy the product loads at run time (`retrieval/data/`).

Run once after the sources change: `python -m retrieval.build_taxonomy` (about 10 minutes on 2 cores,
most of it embedding labels). The sources live in `../shared/data/matching/esco/` and are not shipped;
the outputs are small enough to commit. Sources and licences: `retrieval/data/README.md`.

Why precompute: the runtime must start in about a second, and embedding 40k labels takes minutes.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / ".." / "shared" / "data" / "matching"
OUT = Path(__file__).resolve().parent / "data"

ESCO_SKILL_LABELS = SOURCE / "skill-extraction" / "skills_en_label.txt"
# Words that join two halves of one label; an alternative label never starts right after one.
_JOINERS = frozenset(
    [
        "of",
        "and",
        "or",
        "to",
        "in",
        "for",
        "the",
        "a",
        "an",
        "with",
        "on",
        "at",
        "by",
        "from",
        "as",
        "into",
        "&",
        "per",
        "via",
        "under",
        "over",
    ]
)
# Job titles are compared with job titles, a symmetric task: e5 wants the 'query' role on both sides.
EMBED_ROLE = {"occupation_label": "query"}
_CERTIFICATION = re.compile(r"\b(certif\w*|licen[cs]e\w*|diploma|accreditation)\b", re.I)


def _split_nl(value: str) -> list[str]:
    """Dutch collections separate alternative labels by newlines or ' | '."""
    return [part.strip() for part in re.split(r"\n|\s\|\s", value or "") if part.strip()]


def _description_start(text: str, after: int) -> int:
    """ESCO descriptions are sentences: the first capitalised word followed by a lower-case word starts it."""
    for match in re.finditer(r"(?<=\s)[A-Z][a-z]+,? [a-z(]", text[after:]):
        return after + match.start()
    return len(text)


def _label_starts(labels: Iterable[str]) -> frozenset[str]:
    """Words that mostly open an ESCO label ('manage', 'supervise'): boundaries in run-together alt labels."""
    first, inner = Counter(), Counter()
    for label in labels:
        words = label.lower().split()
        if words:
            first[words[0]] += 1
            inner.update(words[1:])
    return frozenset(w for w, n in first.items() if n >= 3 and n >= 3 * inner[w] and w not in _JOINERS)


def _opens_label(word: str, starts: frozenset[str], label_head: str) -> bool:
    word = word.lower()
    if word in starts or (label_head and word == label_head):
        return True
    stem = word[:-3] if word.endswith("ing") and len(word) > 5 else ""
    return bool(stem) and (stem in starts or stem + "e" in starts or stem[:-1] in starts)


def _split_alt_labels(chunk: str, starts: frozenset[str], label: str) -> list[str]:
    """The English source runs alternative labels together with spaces; split at label-opening words."""
    words = chunk.split()
    first = label.split()[0]
    head = first.lower() if first[:1].isupper() else ""  # a product name repeats: "Python 3K Python"
    labels: list[list[str]] = []
    for i, word in enumerate(words):
        if not labels or (_opens_label(word, starts, head) and words[i - 1].lower() not in _JOINERS):
            labels.append([word])
        else:
            labels[-1].append(word)
    return [" ".join(label) for label in labels]


def _read_dutch_skills() -> dict[str, dict]:
    """Dutch labels, descriptions and types for the skills in ESCO's Dutch collections."""
    out: dict[str, dict] = {}
    for name in ("language", "transversal", "digital", "green", "digComp", "research"):
        with open(SOURCE / "esco" / "nl" / f"{name}SkillsCollection_nl.csv", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                entry = out.setdefault(row["conceptUri"], {"collections": []})
                entry["label_nl"] = row["preferredLabel"].strip()
                entry["alt_nl"] = _split_nl(row["altLabels"])
                entry["description_nl"] = " ".join(row["description"].split())
                entry["skill_type"] = row.get("skillType", "")
                entry["collections"].append(name)
    return out


def _skill_type(label: str, description: str, dutch: dict) -> str:
    collections = dutch.get("collections", [])
    if "language" in collections:
        return "language"
    if "transversal" in collections:
        return "transversal"
    if _CERTIFICATION.search(label):
        return "certification"
    if dutch.get("skill_type") == "knowledge":
        return "knowledge"
    if dutch.get("skill_type") == "skill/competence":
        return "technical"
    # ESCO describes knowledge as a noun phrase ("The techniques...") and skills as an imperative.
    first = description.split(" ", 1)[0].lower() if description else ""
    return (
        "knowledge" if first in {"the", "a", "an", "field", "study", "methods", "techniques"} else "technical"
    )


def read_skills() -> list[dict]:
    preferred = sorted(
        {line.strip() for line in ESCO_SKILL_LABELS.read_text(encoding="utf-8").splitlines() if line.strip()},
        key=len,
        reverse=True,
    )
    starts = _label_starts(preferred)
    dutch = _read_dutch_skills()
    skills = []
    with open(SOURCE / "esco" / "en" / "skills.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            text = " ".join(row["description"].split())
            label = next((p for p in preferred if text == p or text.startswith(p + " ")), None)
            desc_at = _description_start(text, len(label) if label else 0)
            names = text[len(label) if label else 0 : desc_at].strip()
            alts = _split_alt_labels(names, starts, label or names) if names else []
            if (
                label is None
            ):  # labels renamed after ESCO 1.1.0: the first run-together label is the preferred
                if not alts:
                    continue
                label, alts = alts[0], alts[1:]
            nl = dutch.get(row["id"], {})
            description = text[desc_at:].strip()
            skills.append(
                {
                    "uri": row["id"],
                    "label_en": label,
                    "label_nl": nl.get("label_nl", ""),
                    "alt_en": [a for a in dict.fromkeys(alts) if a.lower() != label.lower()],
                    "alt_nl": nl.get("alt_nl", []),
                    "description_en": description,
                    "description_nl": nl.get("description_nl", ""),
                    "type": _skill_type(label, description, nl),
                    "names_en": names,
                }
            )
    skills.sort(key=lambda s: s["uri"])
    return skills


def read_occupations() -> list[dict]:
    labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"en": [], "nl": []})
    with open(SOURCE / "esco" / "occupation_labels_nl_en.tsv", encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader)
        for uri, lang, index, label in sorted(reader, key=lambda r: (r[0], r[1], r[2])):
            if "/occupation/" in uri and label.strip() and index is not None:
                labels[uri][lang].append(label.strip())
    return [
        {
            "uri": uri,
            "label_en": by_lang["en"][0] if by_lang["en"] else by_lang["nl"][0],
            "label_nl": by_lang["nl"][0] if by_lang["nl"] else by_lang["en"][0],
            "labels_en": list(dict.fromkeys(by_lang["en"])),
            "labels_nl": list(dict.fromkeys(by_lang["nl"])),
        }
        for uri, by_lang in sorted(labels.items())
    ]


def quantize(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """4 bits per dimension, one scale per row, two dimensions per byte: an eighth of float32.

    Keeps the committed file small; cosine rankings barely move (measured on MELO, see benchmarks).
    """
    scale = np.abs(vectors).max(axis=1, keepdims=True) / 7.0
    scale[scale == 0] = 1.0
    codes = (np.clip(np.round(vectors / scale), -7, 7) + 8).astype(np.uint8)
    return (codes[:, 0::2] << 4) | codes[:, 1::2], scale.astype(np.float32).ravel()


def embed_cached(texts: list[str], mode: str, progress: str) -> np.ndarray:
    """Embeddings ('query' or 'passage' role), cached by text under var/ so a rebuild takes seconds."""
    from retrieval.embedder import get_embedder

    embedder = get_embedder()
    encode = embedder.embed_queries if mode == "query" else embedder.embed_passages
    cache_file = ROOT / "var" / "build_cache" / f"{embedder.name}-{mode}.npz"
    cache: dict[str, np.ndarray] = {}
    if cache_file.exists():
        with np.load(cache_file) as stored:
            cache = dict(zip(stored["texts"].tolist(), stored["vectors"], strict=True))
    todo = [t for t in dict.fromkeys(texts) if t not in cache]
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(todo), 256):
        batch = todo[i : i + 256]
        cache.update(zip(batch, encode(batch).astype(np.float16), strict=True))
        print(f"\r{progress}: {i + len(batch)}/{len(todo)}", end="", file=sys.stderr, flush=True)
        if (i // 256) % 20 == 19 or i + 256 >= len(todo):  # an interrupted build keeps its work
            np.savez(cache_file, texts=np.array(list(cache)), vectors=np.stack(list(cache.values())))
    if todo:
        print(file=sys.stderr)
    if not texts:
        return np.zeros((0, embedder.dim), np.float32)
    return np.stack([cache[t] for t in texts]).astype(np.float32)


def skill_variants(skills: list[dict]) -> dict[str, tuple[list[int], list[str]]]:
    """Texts embedded per skill; at run time a skill scores the max over the variants in use."""
    dutch = [(i, s["label_nl"]) for i, s in enumerate(skills) if s["label_nl"]]
    return {
        "skill_label": (list(range(len(skills))), [s["label_en"] for s in skills]),
        "skill_nl": ([i for i, _ in dutch], [t for _, t in dutch]),
    }


def _first_sentence(text: str) -> str:
    match = re.search(r"(?<=[a-z)])\.\s", text)
    return text[: match.start() + 1] if match else text


def read_occupation_descriptions() -> dict[str, list[str]]:
    """First sentence of each occupation's English and Dutch description ('Butchers order, inspect ...').

    It says what the job does, which links a title none of the labels resemble (MELO: +0.01 Dutch,
    +0.02 English MRR). The English source runs labels and description together; see _description_start.
    """
    out: dict[str, list[str]] = defaultdict(list)
    with open(SOURCE / "esco" / "en" / "occupations.csv", encoding="utf-8") as fh:
        for uri, text in csv.reader(fh):
            if "/occupation/" in uri:
                out[uri].append(_first_sentence(text[_description_start(text, 0) :]))
    with open(SOURCE / "esco" / "nl" / "occupations_nl.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["description"].strip():
                out[row["conceptUri"]].append(_first_sentence(row["description"].strip()))
    return out


def occupation_variants(occupations: list[dict]) -> dict[str, tuple[list[int], list[str]]]:
    """Every Dutch and English label ('query' role: titles meet titles) and the descriptions (passage)."""
    rows, texts, description_rows, descriptions = [], [], [], []
    by_uri = read_occupation_descriptions()
    for i, occupation in enumerate(occupations):
        for text in dict.fromkeys(occupation["labels_nl"] + occupation["labels_en"]):
            rows.append(i)
            texts.append(text)
        for text in dict.fromkeys(t for t in by_uri.get(occupation["uri"], []) if t):
            description_rows.append(i)
            descriptions.append(text)
    return {
        "occupation_label": (rows, texts),
        "occupation_description": (description_rows, descriptions),
    }


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    skills = read_skills()
    occupations = read_occupations()
    for name, data in (("skills", skills), ("occupations", occupations)):
        with gzip.open(OUT / f"{name}.json.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
            json.dump([{k: v for k, v in d.items() if k != "names_en"} for d in data], fh, ensure_ascii=False)
    if "--json-only" in sys.argv:
        return
    arrays: dict[str, np.ndarray] = {}
    variants = {**skill_variants(skills), **occupation_variants(occupations)}
    for name, (rows, texts) in variants.items():
        vectors, scale = quantize(embed_cached(texts, EMBED_ROLE.get(name, "passage"), name))
        arrays[f"{name}.rows"] = np.asarray(rows, dtype=np.int32)
        arrays[f"{name}.vectors"] = vectors
        arrays[f"{name}.scale"] = scale
    np.savez_compressed(OUT / "label_vectors.npz", **arrays)
    print(f"{len(skills)} skills, {len(occupations)} occupations -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
