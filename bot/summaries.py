"""Candidate summaries: facts with verbatim evidence, never a verdict.

    summary = summarise_candidate(session, tenant_id, candidate_id, vacancy_id=None, lang="nl")

Every fact carries a quote that occurs verbatim in the stored (redacted) CV, so a reader can check it. The
summary never says whether to hire, invite or reject: a person decides. Offline, facts come from the
extracted profile and the requirement evidence; with a model configured, the model proposes facts and the
guardrails keep only those whose quote is verbatim and whose statement is neither a verdict nor about a
special or protected characteristic. If the model fails or leaves nothing usable, the offline summary is
used and says so.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import Any

from pydantic import BaseModel, Field
from sqlmodel import Session, select

from bot.llm import FALLBACK_NOTICE, LLMUnavailable, check_text, generate, llm_configured
from bot.llm.prompts import LANGUAGE_NAMES, SUMMARY
from bot.questions.evidence import find_evidence, quotable
from bot.questions.model import KitError
from guardrails import verdict
from guardrails.protected_questions import RIGHT_TO_WORK, clinical_question, topics
from storage import audit
from storage.models import Candidate, Vacancy

log = logging.getLogger(__name__)

OFFLINE_VERSION = "summary-offline.v1"
MAX_FACTS = 8

_TEXTS = {
    "en": {
        "title": "Role in the CV: {value}",
        "years": "About {value} years of work experience according to the CV",
        "education": "Education: {value}",
        "requirement": "Evidence for the requirement \u201c{value}\u201d",
        "skill": "Skill named in the CV: {value}",
        "language": "Language: {value}",
        "header": "Summary of candidate {candidate} (facts from the CV, with quotes):",
        "missing": "No evidence found in the CV for: {value}",
        "footer": "These are facts from the CV, not an assessment; a person decides.",
        "what": "these facts",
    },
    "nl": {
        "title": "Functie in het cv: {value}",
        "years": "Ongeveer {value} jaar werkervaring volgens het cv",
        "education": "Opleiding: {value}",
        "requirement": "Bewijs voor de eis \u201c{value}\u201d",
        "skill": "Vaardigheid genoemd in het cv: {value}",
        "language": "Taal: {value}",
        "header": "Samenvatting van kandidaat {candidate} (feiten uit het cv, met citaten):",
        "missing": "Geen bewijs gevonden in het cv voor: {value}",
        "footer": "Dit zijn feiten uit het cv, geen beoordeling; een mens beslist.",
        "what": "deze feiten",
    },
}
_LANGUAGE_NAMES = {
    "en": {"nl": "Dutch", "en": "English", "de": "German", "fr": "French", "es": "Spanish"},
    "nl": {"nl": "Nederlands", "en": "Engels", "de": "Duits", "fr": "Frans", "es": "Spaans"},
}


@dataclass(frozen=True)
class Fact:
    statement: str
    evidence: str  # verbatim quote from the stored CV text
    requirement: str | None = None


@dataclass
class Summary:
    candidate_id: str
    vacancy_id: str | None
    lang: str
    source: str  # offline | llm
    notice: str = ""
    facts: list[Fact] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # must-have requirements without evidence

    @property
    def text(self) -> str:
        texts = _TEXTS[self.lang]
        lines = [texts["header"].format(candidate=self.candidate_id)]
        lines += [f"- {f.statement}: \u201c{f.evidence}\u201d" for f in self.facts]
        if self.missing:
            lines.append(texts["missing"].format(value="; ".join(self.missing)))
        if self.notice:
            lines.append(self.notice)
        lines.append(texts["footer"])
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "text": self.text}


def _fact(statement: str, quote: str | None, cv: str, requirement: str | None = None) -> Fact | None:
    if not quote or quote not in cv or not quotable(quote) or topics(statement):
        return None
    return Fact(statement, quote, requirement)


def _offline_facts(
    candidate: Candidate, requirements: list[str], evidence: dict[str, str], lang: str
) -> list[Fact]:
    texts, cv, profile = _TEXTS[lang], candidate.redacted_text, candidate.profile or {}
    facts: list[Fact | None] = []
    for title in (profile.get("titles") or [])[:2]:
        facts.append(_fact(texts["title"].format(value=title.get("text", "")), title.get("text"), cv))
    years = profile.get("years_experience") or {}
    if years.get("value"):
        facts.append(_fact(texts["years"].format(value=years["value"]), years.get("text"), cv))
    education = profile.get("education") or {}
    if education.get("level"):
        facts.append(_fact(texts["education"].format(value=education["level"]), education.get("text"), cv))
    if requirements:
        facts += [
            _fact(texts["requirement"].format(value=r), evidence[r], cv, r)
            for r in requirements
            if r in evidence
        ]
    else:
        facts += [
            _fact(texts["skill"].format(value=s.get("label", "")), s.get("text"), cv)
            for s in (profile.get("skills") or [])[:5]
        ]
    for spoken in profile.get("languages") or []:
        name = _LANGUAGE_NAMES[lang].get(spoken.get("code", ""), spoken.get("code", ""))
        value = f"{name} ({spoken['level']})" if spoken.get("level") else name
        facts.append(_fact(texts["language"].format(value=value), spoken.get("text"), cv))
    seen: set[str] = set()
    out: list[Fact] = []
    for fact in facts:
        if fact and fact.statement not in seen:
            seen.add(fact.statement)
            out.append(fact)
    return out[: MAX_FACTS + len(evidence)]


class DraftFact(BaseModel):
    statement: str = Field(description="one factual sentence, no judgement")
    evidence: str = Field(description="an exact quote from the CV that shows the fact")


class SummaryDraft(BaseModel):
    facts: list[DraftFact]


def _summary_guard(cv: str, lang: str):
    def guard(draft: SummaryDraft) -> tuple[SummaryDraft, list[str]]:
        reasons: list[str] = []
        kept: list[DraftFact] = []
        for fact in draft.facts:
            quote = fact.evidence.strip().strip('"\u201c\u201d')
            problems = [f"protected:{t}" for t in topics(fact.statement)]
            found = check_text(fact.statement, lang).reasons
            if clinical_question(fact.statement):  # "gives medication to patients" is work, not health data
                found = [r for r in found if r != "special:HEALTH"]
            problems += found
            if not quote or quote not in cv or not quotable(quote):
                problems.append("unverifiable_quote")
            if problems:
                reasons.extend(problems)
                continue
            kept.append(DraftFact(statement=fact.statement, evidence=quote))
        return SummaryDraft(facts=kept[:MAX_FACTS]), reasons

    return guard


def summarise_candidate(
    session: Session,
    tenant_id: str,
    candidate_id: str,
    vacancy_id: str | None = None,
    lang: str = "en",
    *,
    actor: str = "system",
) -> Summary:
    """Facts about a candidate with verbatim evidence, in `lang`; KitError for unknown or restricted input."""
    if lang not in _TEXTS:
        raise KitError(f"unsupported language {lang!r}: use nl or en")
    candidate = session.exec(
        select(Candidate).where(Candidate.id == candidate_id, Candidate.tenant_id == tenant_id)
    ).first()
    if candidate is None:
        raise KitError(f"candidate {candidate_id!r} not found in this tenant")
    if candidate.restricted:
        raise KitError(f"candidate {candidate_id!r} is restricted (GDPR Art. 18): no processing")
    vacancy = None
    requirements: list[str] = []
    must: list[str] = []
    if vacancy_id is not None:
        vacancy = session.exec(
            select(Vacancy).where(Vacancy.id == vacancy_id, Vacancy.tenant_id == tenant_id)
        ).first()
        if vacancy is None:
            raise KitError(f"vacancy {vacancy_id!r} not found in this tenant")
        must = [r for r in (vacancy.requirements or {}).get("must", []) if r.strip()]
        requirements = must + [r for r in (vacancy.requirements or {}).get("nice", []) if r.strip()]
    evidence = find_evidence(session, vacancy, candidate, requirements) if vacancy and requirements else {}
    summary = Summary(
        candidate.id, vacancy_id, lang, "offline", missing=[r for r in must if r not in evidence]
    )
    model_version, prompt_version = "offline", OFFLINE_VERSION
    if llm_configured():
        try:
            gen = generate(
                SUMMARY,
                SummaryDraft,
                data={"cv": candidate.redacted_text, "requirements": "\n".join(requirements)},
                params={
                    "language": LANGUAGE_NAMES[lang],
                    "right_to_work": RIGHT_TO_WORK[lang],
                    "count": str(MAX_FACTS),
                },
                session=session,
                tenant_id=tenant_id,
                guard=_summary_guard(candidate.redacted_text, lang),
                lang=lang,
                actor=actor,
                candidate_id=candidate.id,
                vacancy_id=vacancy_id,
            )
            if not gen.value.facts:
                raise LLMUnavailable("empty", "the model gave no fact that could be verified")
            summary.facts = [Fact(f.statement, f.evidence) for f in gen.value.facts]
            summary.source = "llm"
            model_version, prompt_version = gen.model_id, SUMMARY.version
        except LLMUnavailable as exc:
            log.warning("candidate summary falls back to offline: %s", exc.reason)
            summary.notice = FALLBACK_NOTICE[lang].format(what=_TEXTS[lang]["what"])
    if summary.source == "offline":
        summary.facts = _offline_facts(candidate, requirements, evidence, lang)
    summary.facts = [f for f in summary.facts if verdict.check(f.statement, lang).ok]
    audit.record(
        session,
        "candidate.summary",
        actor=actor,
        tenant_id=tenant_id,
        candidate_id=candidate.id,
        vacancy_id=vacancy_id,
        model_version=model_version,
        prompt_version=prompt_version,
        details={"lang": lang, "source": summary.source, "facts": len(summary.facts)},
    )
    return summary
