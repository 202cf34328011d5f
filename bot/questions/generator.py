"""Interview kits per vacancy and per candidate: offline by default, a language model when configured.

    kit = interview_kit(session, tenant_id, vacancy_id, candidate_id=None, lang="nl")

Per vacancy: 6 to 10 competency questions grouped by requirement. Per candidate: a question on every
missing must-have and questions that verify claimed skills, each citing the verbatim CV evidence. With a
model configured the model writes the questions, and the guardrails check every one: a protected question,
a verdict, special-category text or a made-up CV quote is removed and replaced by an offline question for
the same requirement. If the model fails the kit comes from the offline generator and says so.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process
from sqlmodel import Session, select

from bot.llm import FALLBACK_NOTICE, LLMUnavailable, check_text, generate, llm_configured
from bot.llm.prompts import KIT, LANGUAGE_NAMES
from bot.questions.banks import TEXTS
from bot.questions.evidence import find_evidence, quotable
from bot.questions.model import Kind, Kit, KitError, KitGroup, KitQuestion
from bot.questions.offline import (
    MAX_QUESTIONS,
    MIN_QUESTIONS,
    OFFLINE_VERSION,
    Picker,
    bullet_lines,
    question_for,
    vacancy_plan,
)
from bot.questions.requirements import Requirement, analyse
from guardrails import language as language_detection
from guardrails.protected_questions import RIGHT_TO_WORK, check_question, clinical_question, topics
from retrieval.vacancies import parse_requirements
from storage import audit
from storage.models import Candidate, Vacancy

log = logging.getLogger(__name__)

MIN_QUOTE = 12  # a "quote" of one word ("Python") checks nothing
LLM_NOTICE = {
    "en": "{n} generated question(s) were removed by the guardrails and replaced by offline questions.",
    "nl": "{n} gegenereerde vraag/vragen zijn door de guardrails verwijderd en vervangen door offline "
    "vragen.",
}


class DraftQuestion(BaseModel):
    requirement: str = Field(description="the requirement this question targets, copied from the list")
    question: str
    good_answer: str = Field(description="what a good answer shows")
    cites: str = Field(description="the requirement, or the exact CV quote the question checks")
    kind: Literal["competency", "gap", "verify"]


class KitDraft(BaseModel):
    questions: list[DraftQuestion]


def _requirement_texts(vacancy: Vacancy) -> list[tuple[str, Literal["must", "nice"]]]:
    """Stored requirements; for a vacancy never parsed, what the vacancy parser reads from its text."""
    stored = vacancy.requirements or {}
    if not any(stored.get(key) for key in ("must", "nice")):
        stored = parse_requirements(vacancy.text)
    out: list[tuple[str, Literal["must", "nice"]]] = [
        (t, "must") for t in stored.get("must", []) if t.strip()
    ]
    return out + [(t, "nice") for t in stored.get("nice", []) if t.strip()]


def _duties(vacancy: Vacancy, requirement_texts: set[str]) -> list[str]:
    return [line for line in bullet_lines(vacancy.text) if line not in requirement_texts]


@dataclass
class _Context:
    session: Session
    tenant_id: str
    vacancy: Vacancy
    candidate: Candidate | None
    lang: str
    requirements: list[Requirement]
    duties: list[str]
    evidence: dict[str, str] = field(default_factory=dict)  # requirement text -> verbatim CV quote
    picker: Picker = field(default_factory=lambda: Picker("", Counter()))

    @property
    def missing_must(self) -> list[Requirement]:
        return [r for r in self.requirements if r.priority == "must" and r.text not in self.evidence]


def _load(session: Session, tenant_id: str, vacancy_id: str, candidate_id: str | None, lang: str) -> _Context:
    if lang not in ("nl", "en"):
        raise KitError(f"unsupported language {lang!r}: use nl or en")
    vacancy = session.exec(
        select(Vacancy).where(Vacancy.id == vacancy_id, Vacancy.tenant_id == tenant_id)
    ).first()
    if vacancy is None:
        raise KitError(f"vacancy {vacancy_id!r} not found in this tenant")
    candidate = None
    if candidate_id is not None:
        candidate = session.exec(
            select(Candidate).where(Candidate.id == candidate_id, Candidate.tenant_id == tenant_id)
        ).first()
        if candidate is None:
            raise KitError(f"candidate {candidate_id!r} not found in this tenant")
        if candidate.restricted:
            raise KitError(f"candidate {candidate_id!r} is restricted (GDPR Art. 18): no processing")
    texts = _requirement_texts(vacancy)
    if not texts:
        raise KitError(f"vacancy {vacancy_id!r} has no requirements yet: add must-haves first")
    source_lang = language_detection.detect(vacancy.text, default="en")
    requirements = [analyse(text, priority, source_lang, lang) for text, priority in texts]
    ctx = _Context(session, tenant_id, vacancy, candidate, lang, requirements, [])
    ctx.duties = _duties(vacancy, {t for t, _ in texts}) if source_lang == lang else []
    ctx.picker = Picker(f"{vacancy.id}|{candidate_id or ''}|{lang}", Counter())
    if candidate is not None:
        ctx.evidence = find_evidence(session, vacancy, candidate, [r.text for r in requirements])
    return ctx


def _offline_plan(ctx: _Context) -> list[tuple[Requirement, Kind, int]]:
    if ctx.candidate is None:
        return [(r, "competency", nth) for r, nth in vacancy_plan(ctx.requirements)]
    plan: list[tuple[Requirement, Kind, int]] = [(r, "gap", 0) for r in ctx.missing_must]
    matched = [r for r in ctx.requirements if r.text in ctx.evidence]
    cap = max(MAX_QUESTIONS, len(plan))
    plan += [(r, "verify", 0) for r in matched][: max(0, cap - len(plan))]
    fillers = [(r, "gap", 0) for r in ctx.requirements if r.priority == "nice" and r.text not in ctx.evidence]
    fillers += [(r, "competency", 0) for r in matched if r.priority == "must"]
    fillers += [(r, "verify", 1) for r in matched]
    for item in fillers:
        if len(plan) >= MIN_QUESTIONS:
            break
        plan.append(item)
    return plan


def _offline_question(ctx: _Context, req: Requirement, kind: Kind, nth: int = 0) -> KitQuestion:
    quote = ctx.evidence.get(req.text, "") if kind == "verify" else ""
    return question_for(req, kind, ctx.lang, ctx.picker, duties=ctx.duties, quote=quote, nth=nth)


def _group(ctx: _Context, questions: list[KitQuestion]) -> list[KitGroup]:
    priority = {r.text: r.priority for r in ctx.requirements}
    groups: dict[str, KitGroup] = {}
    for q in questions:
        groups.setdefault(
            q.requirement, KitGroup(q.requirement, priority.get(q.requirement, "must"))
        ).questions.append(q)
    order = {r.text: i for i, r in enumerate(ctx.requirements)}
    return sorted(groups.values(), key=lambda g: (g.priority != "must", order.get(g.requirement, 99)))


def _title(ctx: _Context) -> str:
    texts = TEXTS[ctx.lang]
    if ctx.candidate is None:
        return texts["title"].format(title=ctx.vacancy.title)
    return texts["title_candidate"].format(title=ctx.vacancy.title, candidate=ctx.candidate.id)


def _offline_kit(ctx: _Context, notice: str = "") -> Kit:
    questions = [_offline_question(ctx, r, kind, nth) for r, kind, nth in _offline_plan(ctx)]
    return Kit(
        _title(ctx),
        ctx.lang,
        ctx.vacancy.id,
        ctx.candidate.id if ctx.candidate else None,
        "offline",
        notice,
        _group(ctx, questions),
    )


# --- LLM mode -----------------------------------------------------------------------------------------


def _kit_guard(ctx: _Context, dropped: list[str]):
    """The OUT guard for a generated kit: what fails any check is dropped; its requirement is noted."""
    cv_text = ctx.candidate.redacted_text if ctx.candidate else ""
    known = [r.text for r in ctx.requirements]

    def guard(draft: KitDraft) -> tuple[KitDraft, list[str]]:
        reasons: list[str] = []
        kept: list[DraftQuestion] = []
        for q in draft.questions:
            found = process.extractOne(q.requirement, known, scorer=fuzz.token_set_ratio, score_cutoff=80)
            if found is None:
                reasons.append("unknown_requirement")
                continue
            requirement = found[0]
            problems = [f"protected:{t}" for t in topics(q.question) + topics(q.good_answer)]
            for text in (q.question, q.good_answer):
                found_reasons = check_text(text, ctx.lang).reasons
                if clinical_question(
                    text
                ):  # a nursing question about a patient's medication is a job question
                    found_reasons = [r for r in found_reasons if r != "special:HEALTH"]
                problems += found_reasons
            kind = q.kind if ctx.candidate else "competency"
            cites = q.cites.strip().strip('"“”')
            if kind == "verify" and (len(cites) < MIN_QUOTE or cites not in cv_text or not quotable(cites)):
                problems.append("unverifiable_quote")
            if problems:
                reasons.extend(problems)
                dropped.append(requirement)
                continue
            kept.append(
                q.model_copy(
                    update={
                        "requirement": requirement,
                        "kind": kind,
                        "cites": cites if kind == "verify" else requirement,
                    }
                )
            )
        return KitDraft(questions=kept), reasons

    return guard


def _llm_kit(ctx: _Context, actor: str) -> tuple[Kit, str]:
    """A kit written by the model and checked by the guardrails; raises LLMUnavailable."""
    lines = [f"{r.priority}: {r.text}" for r in ctx.requirements]
    evidence = [f"{req} => {quote}" for req, quote in ctx.evidence.items()]
    missing = [r.text for r in ctx.missing_must] if ctx.candidate else []
    dropped: list[str] = []
    gen = generate(
        KIT,
        KitDraft,
        data={
            "title": ctx.vacancy.title,
            "vacancy": ctx.vacancy.text,
            "requirements": "\n".join(lines),
            "evidence": "\n".join(evidence),
            "missing": "\n".join(missing),
        },
        params={
            "language": LANGUAGE_NAMES[ctx.lang],
            "right_to_work": RIGHT_TO_WORK[ctx.lang],
            "count": f"{MIN_QUESTIONS} to {MAX_QUESTIONS}",
        },
        session=ctx.session,
        tenant_id=ctx.tenant_id,
        guard=_kit_guard(ctx, dropped),
        lang=ctx.lang,
        actor=actor,
        candidate_id=ctx.candidate.id if ctx.candidate else None,
        vacancy_id=ctx.vacancy.id,
    )
    by_text = {r.text: r for r in ctx.requirements}
    questions = [
        KitQuestion(q.requirement, q.question, q.good_answer, q.cites, q.kind, "llm")
        for q in gen.value.questions
    ][:MAX_QUESTIONS]
    # Replace what the guardrails removed, and cover what the model left out, from the offline banks.
    for requirement in dropped:
        if len(questions) < MAX_QUESTIONS and not any(q.requirement == requirement for q in questions):
            req = by_text[requirement]
            kind: Kind = (
                "competency" if ctx.candidate is None else "verify" if requirement in ctx.evidence else "gap"
            )
            questions.append(_offline_question(ctx, req, kind))
    for req in ctx.missing_must if ctx.candidate else []:
        if not any(q.requirement == req.text and q.kind == "gap" for q in questions):
            questions.append(_offline_question(ctx, req, "gap"))
    present = {(q.requirement, q.kind) for q in questions}
    for req, kind, nth in _offline_plan(ctx):
        if len(questions) >= MIN_QUESTIONS:
            break
        if nth or (req.text, kind) not in present:
            questions.append(_offline_question(ctx, req, kind, nth))
            present.add((req.text, kind))
    notice = LLM_NOTICE[ctx.lang].format(n=len(dropped)) if dropped else ""
    kit = Kit(
        _title(ctx),
        ctx.lang,
        ctx.vacancy.id,
        ctx.candidate.id if ctx.candidate else None,
        "llm",
        notice,
        _group(ctx, questions),
    )
    return kit, gen.model_id


def interview_kit(
    session: Session,
    tenant_id: str,
    vacancy_id: str,
    candidate_id: str | None = None,
    lang: str = "en",
    *,
    actor: str = "system",
) -> Kit:
    """An interview kit for a vacancy, or for one candidate on it, in `lang` (nl|en).

    Raises KitError for an unknown vacancy or candidate, a restricted candidate or a vacancy without
    requirements.
    """
    ctx = _load(session, tenant_id, vacancy_id, candidate_id, lang)
    kit: Kit | None = None
    model_version, prompt_version = "offline", OFFLINE_VERSION
    if llm_configured():
        try:
            kit, model_version = _llm_kit(ctx, actor)
            prompt_version = KIT.version
        except LLMUnavailable as exc:
            log.warning("interview kit falls back to offline: %s", exc.reason)
            kit = _offline_kit(ctx, FALLBACK_NOTICE[lang].format(what=_THESE_QUESTIONS[lang]))
    kit = kit or _offline_kit(ctx)
    kit = _final_check(kit)
    audit.record(
        session,
        "questions.kit",
        actor=actor,
        tenant_id=tenant_id,
        candidate_id=candidate_id,
        vacancy_id=vacancy_id,
        model_version=model_version,
        prompt_version=prompt_version,
        details={
            "kind": "candidate" if candidate_id else "vacancy",
            "lang": lang,
            "source": kit.source,
            "questions": len(kit.questions),
        },
    )
    return kit


_THESE_QUESTIONS = {"en": "these questions", "nl": "deze vragen"}


def _final_check(kit: Kit) -> Kit:
    """Last line of defence on every kit, offline ones included: no protected question leaves."""
    for group in kit.groups:
        group.questions = [
            q
            if not topics(q.question)
            else KitQuestion(
                q.requirement,
                check_question(q.question, kit.lang).text,
                q.good_answer,
                q.cites,
                q.kind,
                q.source,
            )
            for q in group.questions
        ]
    return kit
