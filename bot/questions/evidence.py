"""Which requirement a CV backs, and the verbatim line that backs it.

The match explanation stored with a suggestion is the source of truth (the recruiter saw that evidence);
without one, the matcher explains this one candidate exactly as `fairmatch match` would. A
quote is always a whole line of the stored (redacted) CV text, so a question can cite it verbatim, and a
line that carries a placeholder for special data or touches a protected topic is never quoted.
"""

from __future__ import annotations

import re

from sqlmodel import Session, select

from bot.questions.model import KitError
from guardrails.protected_questions import topics
from storage.models import Candidate, MatchSuggestion, Vacancy

MAX_QUOTE = 220
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*[A-Z](?:_\d+)?>")
_PERSON = re.compile(r"<PERSON(?:_\d+)?>")


def quote_at(text: str, start: int, end: int) -> str:
    """The line around [start, end), trimmed to a readable length; always a substring of `text`."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip(" \t-*•·")
    if len(line) <= MAX_QUOTE:
        return line
    span = text[start:end]
    sentence = re.split(r"(?<=[.;!?])\s+", line)
    return next((s for s in sentence if span in s and len(s) <= MAX_QUOTE), span[:MAX_QUOTE])


def quotable(quote: str) -> bool:
    """No placeholders for sensitive data (pseudonyms are fine) and nothing on a protected topic."""
    others = [p for p in _PLACEHOLDER.findall(quote) if not _PERSON.fullmatch(p)]
    return bool(quote.strip()) and not others and not topics(quote)


def _from_suggestion(session: Session, vacancy: Vacancy, candidate: Candidate) -> dict[str, str] | None:
    suggestion = session.exec(
        select(MatchSuggestion).where(
            MatchSuggestion.vacancy_id == vacancy.id, MatchSuggestion.candidate_id == candidate.id
        )
    ).first()
    matched = (suggestion.explanation or {}).get("matched") if suggestion else None
    if not isinstance(matched, list):
        return None
    text = candidate.redacted_text
    out: dict[str, str] = {}
    for item in matched:
        evidence = item.get("evidence") or {}
        span = evidence.get("text", "")
        start = evidence.get("start", text.find(span) if span else -1)
        if not span or start < 0 or text[start : start + len(span)] != span:
            continue  # evidence must be verbatim in the stored text, or it is not evidence
        quote = quote_at(text, start, start + len(span))
        if quotable(quote):
            out.setdefault(item.get("requirement", ""), quote)
    return out


def _from_matcher(vacancy: Vacancy, candidate: Candidate) -> dict[str, str]:
    """The explanation `fairmatch match` would give for this candidate, computed for this one candidate."""
    from retrieval.explain import analyse
    from retrieval.matching import score_candidate

    stored = vacancy.requirements or {}
    requirements = [analyse(t, "must") for t in stored.get("must", [])]
    requirements += [analyse(t, "nice") for t in stored.get("nice", [])]
    result = score_candidate(vacancy, requirements, candidate, semantic=0.0)
    text = candidate.redacted_text
    out: dict[str, str] = {}
    for item in result.matched:
        quote = quote_at(text, item.evidence.start, item.evidence.end)
        if quotable(quote):
            out.setdefault(item.requirement, quote)
    return out


def find_evidence(
    session: Session, vacancy: Vacancy, candidate: Candidate, requirements: list[str]
) -> dict[str, str]:
    """requirement -> verbatim CV quote, for the requirements the CV backs."""
    stored = _from_suggestion(session, vacancy, candidate)
    if stored is not None:
        return {req: quote for req, quote in stored.items() if req in requirements}
    try:
        found = _from_matcher(vacancy, candidate)
    except FileNotFoundError as exc:  # the ESCO taxonomy is not built on this machine
        raise KitError(
            f"no match explanation for this candidate, and the skills taxonomy is missing: {exc}"
        ) from None
    return {req: quote for req, quote in found.items() if req in requirements}
