"""Misspelt keywords ("homosexaul", "diabtes", "epilespie"): a word one typing error from a strong keyword.

Chat and recruiter notes are typed fast; a lexicon rule misses every typo. A symmetric-delete index (the
SymSpell idea) finds them in one pass without comparing each word with each keyword: the keyword and each of
its one-letter deletions point to its type, and a word matches when it or one of its one-letter deletions is
in the index. That covers one inserted, dropped, swapped or wrong letter. Only long keywords (8+ letters)
that no everyday word is one letter away from are indexed, the first letter must agree, the distance is
then checked exactly, and the correctly spelt keyword itself is left to the lexicon rules (with their
context cues).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from guardrails.special.cues import THIRD_PARTY, TRADE
from guardrails.special.rules import Lazy, clause, lowered, rx

KEYWORDS: dict[str, tuple[str, ...]] = {
    "HEALTH": (
        "diabetes", "diabetic", "depressie", "depressief", "depressieve", "depression", "epilepsie",
        "epilepsy", "dyslexie", "dyslexia", "migraine", "autistisch", "schizofrenie", "schizophrenia",
        "alzheimer", "parkinson", "fibromyalgie", "fibromyalgia", "chemotherapie", "chemotherapy",
        "antidepressiva", "antidepressants", "suikerziekte", "hartinfarct", "burn-out", "dyslexic",
        "dyslectisch",
    ),
    "RELIGION": ("islamitisch", "katholiek", "boeddhist", "buddhist", "protestant", "synagoge", "synagogue"),
    "SEXUAL_ORIENTATION": (
        "homoseksueel", "homosexual", "biseksueel", "bisexual", "lesbienne", "heteroseksueel", "heterosexual",
    ),
    "GENDER_IDENTITY": ("transgender", "transseksueel", "transsexual", "nonbinair", "nonbinary"),
    "PREGNANCY": ("zwangerschap", "zwangerschapsverlof", "bevallingsverlof", "pregnancy", "pregnant"),
    "CRIMINAL_RECORD": ("strafblad", "veroordeeld", "gevangenis", "gedetineerd", "imprisoned", "convicted"),
    "TRADE_UNION": ("vakbondslid", "vakbondsleden"),
    "MARITAL_STATUS": ("getrouwd", "divorced", "weduwnaar"),
    "NATIONALITY": ("nationaliteit", "nationality"),
    "ETHNIC_ORIGIN": ("ethnicity", "etniciteit"),
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]{7,}")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(word: str, keyword: str) -> bool:
    """Exactly one inserted, dropped or wrong letter, or two neighbours swapped (the index over-approximates:
    "depressing" and "depression" share a deletion but are two edits apart)."""
    if word == keyword or abs(len(word) - len(keyword)) > 1:
        return False
    i = 0
    while i < min(len(word), len(keyword)) and word[i] == keyword[i]:
        i += 1
    if len(word) == len(keyword):
        swapped = word[i : i + 2] == keyword[i : i + 2][::-1] and word[i + 2 :] == keyword[i + 2 :]
        return swapped or word[i + 1 :] == keyword[i + 1 :]
    longer, shorter = (word, keyword) if len(word) > len(keyword) else (keyword, word)
    return longer[i + 1 :] == shorter[i:]


@cache
def _index() -> dict[str, tuple[str, str]]:
    """Keyword and one-deletion variants -> (type, keyword)."""
    index: dict[str, tuple[str, str]] = {}
    for kind, keywords in KEYWORDS.items():
        for keyword in keywords:
            key = keyword.replace("-", "")
            for variant in {key, *_deletions(key)}:
                index.setdefault(variant, (kind, key))
    return index


_NOT_ABOUT_A_PERSON: Lazy = rx(THIRD_PARTY + "|" + TRADE)


@lru_cache(maxsize=4)
def _misspelt(text: str) -> tuple[tuple[str, int, int], ...]:
    """(type, start, end) of every misspelt keyword in `text`: one pass shared by the per-type rules."""
    low = lowered(text)
    if low is None:  # lower-casing changed the length: offsets would not match (rare scripts only)
        return ()
    index = _index()
    found = []
    for m in _WORD.finditer(low):
        word = m.group()
        hits = {index.get(word), *map(index.get, _deletions(word))} - {None}
        hit = next((h for h in hits if h and h[1][0] == word[0] and _one_edit(word, h[1])), None)
        if hit is None:
            continue
        if not _NOT_ABOUT_A_PERSON.search(clause(text, m.start(), m.end(), 60, before_only=True)):
            found.append((hit[0], m.start(), m.end()))
    return tuple(found)


@dataclass(frozen=True)
class TypoRule:
    """Findings of one type for words one edit away from its keywords (the interface of rules.Rule)."""

    entity: str
    score: float = 0.7
    also: tuple[str, ...] = ()
    need: None = None  # a misspelling has no fixed letters to look for

    def spans(self, text: str, low: str | None = None) -> Iterator[tuple[int, int]]:
        for kind, start, end in _misspelt(text):
            if kind == self.entity:
                yield start, end


RULES: dict[str, list[TypoRule]] = {"nl": [TypoRule(kind) for kind in KEYWORDS], "en": []}
