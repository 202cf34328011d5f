"""Requirement analysis and verbatim evidence: which requirement a CV meets, and the quote that shows it.

A requirement is read once per match call into what can be checked: an ESCO skill (language independent,
so a Dutch requirement finds an English CV), distinctive terms ("Django", "pytest"), a minimum of years,
an education level, or spoken languages with a CEFR level. Evidence is always a span of the candidate's
stored redacted text; `verify` checks text[start:end] before anything is returned.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from retrieval.index import PLACEHOLDER, tokens
from retrieval.profile import _LANG_OF, _LANG_WORD, CEFR, EDUCATION_RANK, _level_of

SKILL_MIN_SCORE = 0.6
MAX_EVIDENCE_CHARS = 180
_WORD = re.compile(r"[^\W_][\w+#.]*[\w+#]|[^\W_]")
_SENTENCE_END = re.compile(r"[.!?;](?=\s)")
_YEARS = re.compile(r"(\d{1,2})\s*\+?\s*(?:jaar|jaren|years?|yrs)\b", re.I)
_EDU_WORDS = {
    "phd": r"\bph\.?d\b|\bpromotie\b|\bdoctorate\b",
    "master": r"\bmaster'?s?\b|\bmsc\b|\bwo\b|\buniversit",
    "bachelor": r"\bbachelor'?s?\b|\bbsc\b|\bhbo\b|\bhbo-\w*",
    "mbo": r"\bmbo\b|\bmbo-\w*|\bniveau [234]\b",
}
_EDU_REQ_RANK = {"phd": 4, "master": 3, "bachelor": 2, "mbo": 1}
_LANG_CONTEXT = re.compile(
    r"beheersing|vloeiend|fluent|taal|language|spreek|speak|schrift|written|spoken|moedertaal|native|"
    r"\b[ABC][12]\b|niveau|level|proficien",
    re.I,
)
# Words that say how much or how well, not what: never evidence on their own.
GENERIC = frozenset(
    [
        "ervaring",
        "ervaren",
        "kennis",
        "goede",
        "goed",
        "sterke",
        "sterk",
        "uitstekende",
        "uitstekend",
        "minimaal",
        "minimum",
        "least",
        "jaar",
        "jaren",
        "years",
        "year",
        "experience",
        "experienced",
        "knowledge",
        "strong",
        "excellent",
        "good",
        "solid",
        "proven",
        "skills",
        "vaardigheden",
        "vaardigheid",
        "werk",
        "werken",
        "work",
        "working",
        "denkniveau",
        "niveau",
        "level",
        "professionele",
        "professional",
        "beheersing",
        "fluent",
        "vloeiend",
        "affiniteit",
        "affinity",
        "bereid",
        "bereidheid",
        "willing",
        "ability",
        "able",
        "vermogen",
        "heb",
        "hebt",
        "have",
        "has",
        "één",
        "een",
        "one",
        "two",
        "twee",
        "drie",
        "three",
        "vier",
        "four",
        "vijf",
        "five",
        "field",
        "veld",
        "similar",
        "vergelijkbaar",
        "soortgelijk",
        "related",
        "relevant",
        "relevante",
        "afgeronde",
        "completed",
        "degree",
        "diploma",
        "opleiding",
        "equivalent",
        "gelijkwaardig",
        "bijvoorbeeld",
        "example",
        "e.g.",
        "eg",
        "etc",
        "plus",
        "pre",
        "pré",
        "voorkeur",
        "preferably",
        "ideally",
        "bonus",
        "voordeel",
        "advantage",
        "graag",
        "minimal",
        "hands-on",
        "hands",
        "on",
        "eigen",
        "own",
        "daarnaast",
        "furthermore",
        "verder",
        "other",
        "andere",
        "iets",
        "something",
    ]
)


@dataclass(frozen=True)
class Requirement:
    text: str
    kind: str  # must | nice
    check: str  # skill | experience | education | language
    skills: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    strong_terms: tuple[str, ...] = ()  # product and tool names: one of them is enough
    min_years: int | None = None
    min_education: int | None = None
    languages: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Assessment:
    requirement: Requirement
    evidence: Evidence | None
    details: dict[str, Any] = field(default_factory=dict)


def _strong(requirement: str) -> set[str]:
    """Tool-like tokens: capitalised mid-sentence, acronyms, with digits or symbols, or in parentheses."""
    strong: set[str] = set()
    for inner in re.findall(r"\(([^)]*)\)", requirement):
        strong.update(tokens(inner))
    for i, word in enumerate(re.findall(r"[\w+#./-]+", requirement)):
        word = word.strip("./-")
        if word and (
            (i > 0 and any(c.isupper() for c in word))
            or (word.isupper() and len(word) > 1)
            or re.search(r"[\d+#]", word)
        ):
            strong.update(tokens(word))
    return {t for t in strong if t not in GENERIC and not t.isdigit() and not re.fullmatch(r"[abc][12]", t)}


@lru_cache(maxsize=2048)
def analyse(text: str, kind: str) -> Requirement:
    """What can be checked in one requirement (cached: vacancies are matched again and again)."""
    from retrieval.skills import extract_skills

    lang_codes: list[tuple[str, str | None]] = []
    for m in _LANG_WORD.finditer(text):
        code = _LANG_OF[m.group(1).lower()]
        if code not in [c for c, _ in lang_codes]:
            lang_codes.append((code, None))
    if lang_codes and _LANG_CONTEXT.search(text):
        level = _level_of(text)
        return Requirement(text, kind, "language", languages=tuple((c, level) for c, _ in lang_codes))
    terms = tuple(
        t for t in dict.fromkeys(tokens(text)) if t not in GENERIC and len(t) > 1 and not t.isdigit()
    )
    strong = tuple(t for t in terms if t in _strong(text))
    skills = tuple(
        h.uri
        for h in extract_skills(text, top_k=3)
        if h.score >= SKILL_MIN_SCORE and not PLACEHOLDER.search(h.text)
    )
    ranks = [_EDU_REQ_RANK[level] for level, pattern in _EDU_WORDS.items() if re.search(pattern, text, re.I)]
    if ranks:
        return Requirement(text, kind, "education", skills, terms, strong, min_education=min(ranks))
    years = _YEARS.search(text)
    if years:
        return Requirement(text, kind, "experience", skills, terms, strong, min_years=int(years.group(1)))
    return Requirement(text, kind, "skill", skills, terms, strong)


def _clip(text: str, start: int, end: int) -> Evidence:
    """The sentence (or list item) around a hit, cut at placeholders and to MAX_EVIDENCE_CHARS at word
    boundaries, never cutting the hit itself."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    stop = _SENTENCE_END.search(text, end, hi)
    if stop:
        hi = stop.start() + 1
    for m in PLACEHOLDER.finditer(text, lo, hi):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    if hi - lo > MAX_EVIDENCE_CHARS:
        room = max(MAX_EVIDENCE_CHARS - (end - start), 0)
        new_lo = max(lo, start - room // 2)
        new_hi = min(hi, end + room - (start - new_lo))
        if new_lo > lo:
            new_lo = min(text.find(" ", new_lo, start) + 1 or start, start)
        if new_hi < hi:
            cut = text.rfind(" ", end, new_hi)
            new_hi = cut if cut > end else end
        lo, hi = new_lo, new_hi
    while lo < start and text[lo] in " \t-•*–|,;:(":
        lo += 1
    while hi > end and text[hi - 1] in " \t,;:|(":
        hi -= 1
    return Evidence(text[lo:hi], lo, hi)


def term_positions(text: str) -> dict[str, tuple[int, int]]:
    """First span of every token of a CV, keyed like `index.tokens`; placeholders are blanked first."""
    blank = PLACEHOLDER.sub(lambda m: " " * len(m.group()), text).lower()
    out: dict[str, tuple[int, int]] = {}
    for m in _WORD.finditer(blank):
        word = m.group()
        key = (
            word if word.isascii() else unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        )
        out.setdefault(key, m.span())
    return out


def _skill_evidence(
    req: Requirement, text: str, profile: dict[str, Any], positions: dict[str, tuple[int, int]]
) -> Evidence | None:
    for skill in profile.get("skills", []):
        if skill["uri"] in req.skills and skill.get("start") is not None:
            return _clip(text, skill["start"], skill["end"])
    hits = {t: positions[t] for t in req.terms if t in positions}
    strong = [t for t in req.strong_terms if t in hits]
    if strong or (req.terms and len(hits) * 2 >= len(req.terms) and hits):
        first = min((hits[t] for t in (strong or list(hits))), key=lambda span: span[0])
        return _clip(text, *first)
    return None


def _span_evidence(text: str, fact: dict[str, Any] | None) -> Evidence | None:
    if not fact or fact.get("start") is None:
        return None
    return _clip(text, fact["start"], fact["end"])


def assess(
    req: Requirement, text: str, profile: dict[str, Any], positions: dict[str, tuple[int, int]] | None = None
) -> Assessment:
    """Whether one candidate meets one requirement, with the quote that shows it. `positions` is
    `term_positions(text)`, computed once per candidate."""
    positions = term_positions(text) if positions is None else positions
    if req.check == "language":
        spoken = {lang["code"]: lang for lang in profile.get("languages", [])}
        for code, level in req.languages:
            have = spoken.get(code)
            if have is None:
                return Assessment(req, None)
            if level and have.get("level") and CEFR.index(have["level"]) < CEFR.index(level):
                return Assessment(req, None)
        first = spoken[req.languages[0][0]]
        return Assessment(req, _span_evidence(text, first))
    if req.check == "education":
        education = profile.get("education")
        if education and education.get("rank", 0) >= (req.min_education or 0):
            return Assessment(req, _span_evidence(text, education))
        return Assessment(req, None)
    if req.check == "experience":
        years = (profile.get("years_experience") or {}).get("value")
        if years is None or years < (req.min_years or 0):
            return Assessment(req, None, {"years": years})
        if req.skills or req.strong_terms:
            return Assessment(req, _skill_evidence(req, text, profile, positions), {"years": years})
        return Assessment(req, _span_evidence(text, profile.get("years_experience")), {"years": years})
    return Assessment(req, _skill_evidence(req, text, profile, positions))


def verify(text: str, evidence: Evidence | None) -> Evidence | None:
    """Evidence survives only if it is verbatim at its offsets and carries no redaction placeholder."""
    if evidence is None or not evidence.text.strip():
        return None
    if (
        not (0 <= evidence.start < evidence.end <= len(text))
        or text[evidence.start : evidence.end] != evidence.text
    ):
        return None
    if PLACEHOLDER.search(evidence.text):
        return None
    return evidence


def describe_languages(profile: dict[str, Any]) -> str:
    from retrieval.profile import LANGUAGE_NAMES

    parts = []
    for lang in profile.get("languages", []):
        name = LANGUAGE_NAMES.get(lang["code"], lang["code"])
        parts.append(f"{name} {lang['level']}" if lang.get("level") else name)
    return ", ".join(parts)


def education_rank(level: str | None) -> int:
    return EDUCATION_RANK.get(level or "", 0)
