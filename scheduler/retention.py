"""Which candidates are due for deletion, and why. Computed in batches so 100k rows stay flat in memory.

A candidate's clock starts at the end of their procedure (applicants) or at first contact (sourced):
- applicants: the latest close of their applications or vacancies; while one is still open, nothing is due;
  with no application at all (an unsolicited CV), the day we received it; a document that its
  connector's source deleted starts the clock at that deletion;
- an active consent extends the term (1 year for applicants, 5 years for sourced candidates by default),
  never beyond the consent's own expiry: no answer to a renewal request means deletion at expiry;
- legal hold and restriction (GDPR Art. 18) block deletion; they are listed, not deleted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from scheduler.policies import Term, terms
from storage.db import among
from storage.models import Application, Candidate, CandidateSource, Consent, Vacancy


@dataclass(frozen=True)
class Due:
    candidate_id: str
    tenant_id: str
    category: str  # applicant | sourced
    due_at: datetime
    reason: str
    blocked_by: str | None = None  # legal_hold | restricted

    def to_json(self) -> dict:
        return {
            "candidate_id": self.candidate_id,
            "tenant_id": self.tenant_id,
            "category": self.category,
            "due_at": self.due_at.isoformat(),
            "reason": self.reason,
            "blocked_by": self.blocked_by,
        }


@dataclass
class _Facts:
    """What the clock depends on, gathered per batch in two queries."""

    has_applications: bool = False
    procedure_open: bool = False
    procedure_end: datetime | None = None
    consent: bool = False
    consent_expires: datetime | None = None


def _facts(session: Session, ids: list[str]) -> dict[str, _Facts]:
    facts: dict[str, _Facts] = defaultdict(_Facts)
    rows = session.exec(
        select(Application.candidate_id, Application.procedure_closed_at, Vacancy.procedure_closed_at)
        .join(Vacancy, Vacancy.id == Application.vacancy_id)
        .where(among(Application.candidate_id, ids))
    ).all()
    for candidate_id, app_closed, vacancy_closed in rows:
        fact = facts[candidate_id]
        fact.has_applications = True
        closed = app_closed or vacancy_closed
        if closed is None:
            fact.procedure_open = True
        else:
            fact.procedure_end = max(closed, fact.procedure_end or closed)
    consents = session.exec(
        select(Consent.candidate_id, func.max(Consent.expires_at))
        .where(among(Consent.candidate_id, ids), Consent.granted, Consent.withdrawn_at.is_(None))
        .group_by(Consent.candidate_id)
    ).all()
    for candidate_id, expires in consents:
        facts[candidate_id].consent, facts[candidate_id].consent_expires = True, expires
    return facts


def _due_for(candidate: Candidate, fact: _Facts, terms: dict[str, Term]) -> Due | None:
    if candidate.source is CandidateSource.sourced:
        category, anchor, what = (
            "sourced",
            candidate.first_contact_at or candidate.created_at,
            "first contact",
        )
    elif candidate.source_deleted_at and (fact.procedure_open or not fact.has_applications):
        category, anchor, what = "applicant", candidate.source_deleted_at, "the source deleted the document"
    elif fact.procedure_open:
        return None
    elif fact.has_applications:
        category, anchor, what = "applicant", fact.procedure_end, "the procedure closed"
    else:
        category, anchor, what = "applicant", candidate.created_at, "the CV was received"
    policy = terms[category]
    if fact.consent and policy.days_with_consent:
        due_at = anchor + timedelta(days=policy.days_with_consent)
        if fact.consent_expires is not None:
            due_at = min(due_at, fact.consent_expires)
        reason = (
            f"{category}: consent term ended ({policy.days_with_consent} days after {what}, or its expiry)"
        )
    else:
        due_at = anchor + timedelta(days=policy.days)
        reason = f"{category}: {policy.days} days after {what}"
    blocked = "legal_hold" if candidate.legal_hold else "restricted" if candidate.restricted else None
    return Due(candidate.id, candidate.tenant_id, category, due_at, reason, blocked)


def due_candidates(
    session: Session, at: datetime, *, tenant_id: str | None = None, batch: int = 1000
) -> Iterator[list[Due]]:
    """Batches of candidates whose term has ended at `at`, oldest ids first."""
    terms_cache: dict[str, dict[str, Term]] = {}
    last_id = ""
    while True:
        query = select(Candidate).where(Candidate.id > last_id).order_by(Candidate.id).limit(batch)
        if tenant_id:
            query = query.where(Candidate.tenant_id == tenant_id)
        candidates = session.exec(query).all()
        if not candidates:
            return
        last_id = candidates[-1].id
        facts = _facts(session, [c.id for c in candidates])
        out: list[Due] = []
        for candidate in candidates:
            if candidate.tenant_id not in terms_cache:
                terms_cache[candidate.tenant_id] = terms(session, candidate.tenant_id)
            due = _due_for(candidate, facts[candidate.id], terms_cache[candidate.tenant_id])
            if due and due.due_at <= at:
                out.append(due)
        session.expunge_all()
        if out:
            yield out
