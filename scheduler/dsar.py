"""Data-subject requests (GDPR Art. 15-21; AI Act Art. 86): export, erase, restrict, rectify.

A request is made by an authorised human (CLI or an admin in chat) and every one is audited.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlmodel import Session, or_, select

from scheduler import erase as erasure
from scheduler.policies import terms
from storage import audit, crypto
from storage.models import (
    Application,
    AuditEvent,
    Candidate,
    ChatMessageRef,
    Consent,
    Decision,
    MatchSuggestion,
    User,
    Vacancy,
    utcnow,
)


class DsarError(ValueError):
    """The request cannot be served as asked; the message is safe to show."""


def identity(candidate: Candidate) -> dict:
    return json.loads(crypto.decrypt(candidate.identity_enc)) if candidate.identity_enc else {}


def find_candidate(
    session: Session, tenant_id: str, *, candidate_id: str | None = None, email: str | None = None
) -> Candidate:
    if bool(candidate_id) == bool(email):
        raise DsarError("give exactly one of --candidate or --email")
    if candidate_id:
        candidate = session.get(Candidate, candidate_id)
        if candidate is None or candidate.tenant_id != tenant_id:
            raise DsarError(f"no candidate {candidate_id} in this tenant")
        return candidate
    wanted = crypto.normalise_identity(email)
    by_hash = session.exec(
        select(Candidate).where(
            Candidate.tenant_id == tenant_id, Candidate.identity_hash == crypto.identity_hash(email)
        )
    ).first()
    if by_hash:
        return by_hash
    for candidate in session.exec(
        select(Candidate).where(Candidate.tenant_id == tenant_id, Candidate.identity_enc.is_not(None))
    ):
        if crypto.normalise_identity(identity(candidate).get("email") or "") == wanted:
            return candidate
    raise DsarError("no candidate with that e-mail address in this tenant")


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def export(session: Session, candidate: Candidate, *, actor: str) -> dict:
    """Everything we hold on one person, machine-readable, with the explanations of every suggestion."""
    users = {u.id: u for u in session.exec(select(User).where(User.tenant_id == candidate.tenant_id))}

    def who(user_id: str | None) -> dict | None:
        user = users.get(user_id or "")
        return {"id": user.id, "name": user.name, "role": user.role.value} if user else None

    suggestions = session.exec(
        select(MatchSuggestion).where(MatchSuggestion.candidate_id == candidate.id)
    ).all()
    applications = session.exec(select(Application).where(Application.candidate_id == candidate.id)).all()
    decisions = session.exec(
        select(Decision).where(
            or_(
                Decision.suggestion_id.in_([s.id for s in suggestions]),
                Decision.application_id.in_([a.id for a in applications]),
            )
        )
    ).all()
    vacancy_titles = dict(
        session.exec(select(Vacancy.id, Vacancy.title).where(Vacancy.tenant_id == candidate.tenant_id)).all()
    )
    bundle = {
        "format": "fairmatch.dsar.v1",
        "exported_at": _iso(utcnow()),
        "candidate": {
            "id": candidate.id,
            "source": candidate.source.value,
            "source_ref": candidate.source_ref,
            "identity": identity(candidate),
            "language": candidate.language,
            "text_as_stored": candidate.redacted_text,
            "profile": candidate.profile,
            "restricted": candidate.restricted,
            "legal_hold": candidate.legal_hold,
            "to_be_informed": candidate.to_be_informed,
            "informed_at": _iso(candidate.informed_at),
            "first_contact_at": _iso(candidate.first_contact_at),
            "created_at": _iso(candidate.created_at),
            "updated_at": _iso(candidate.updated_at),
        },
        "applications": [
            {
                "id": a.id,
                "vacancy_id": a.vacancy_id,
                "vacancy": vacancy_titles.get(a.vacancy_id),
                "stage": a.stage.value,
                "procedure_closed_at": _iso(a.procedure_closed_at),
            }
            for a in applications
        ],
        "match_suggestions": [
            {
                "id": s.id,
                "vacancy_id": s.vacancy_id,
                "vacancy": vacancy_titles.get(s.vacancy_id),
                "score": s.score,
                "status": s.status.value,
                "explanation": s.explanation,
                "requested_by": who(s.requested_by),
                "model_version": s.model_version,
                "prompt_version": s.prompt_version,
                "created_at": _iso(s.created_at),
            }
            for s in suggestions
        ],
        "decisions": [
            {
                "id": d.id,
                "suggestion_id": d.suggestion_id,
                "application_id": d.application_id,
                "kind": d.kind.value,
                "to_stage": d.to_stage.value if d.to_stage else None,
                "reason": d.reason,
                "evidence_viewed": d.evidence_viewed,
                "decided_by": who(d.actor_id),
                "actor_role": d.actor_role.value,
                "channel": d.channel,
                "at": _iso(d.created_at),
            }
            for d in decisions
        ],
        "consents": [
            {
                "purpose": c.purpose,
                "granted": c.granted,
                "granted_at": _iso(c.granted_at),
                "expires_at": _iso(c.expires_at),
                "withdrawn_at": _iso(c.withdrawn_at),
                "source": c.source,
            }
            for c in session.exec(select(Consent).where(Consent.candidate_id == candidate.id))
        ],
        "chat_messages": [
            {
                "channel": m.channel,
                "conversation_id": m.conversation_id,
                "message_id": m.message_id,
                "deleted_at": _iso(m.deleted_at),
            }
            for m in session.exec(select(ChatMessageRef).where(ChatMessageRef.candidate_id == candidate.id))
        ],
        "activity": [
            {
                "at": _iso(e.at),
                "action": e.action,
                "actor": e.actor,
                "vacancy_id": e.vacancy_id,
                "model_version": e.model_version,
                "prompt_version": e.prompt_version,
            }
            for e in session.exec(
                select(AuditEvent).where(AuditEvent.candidate_id == candidate.id).order_by(AuditEvent.id)
            )
        ],
        "retention": {
            name: {"days": t.days, "days_with_consent": t.days_with_consent}
            for name, t in terms(session, candidate.tenant_id).items()
        },
        "automated_decisions": "none: a human takes every selection decision; suggestions only support it",
    }
    audit.record(
        session, "dsar.exported", actor=actor, tenant_id=candidate.tenant_id, candidate_id=candidate.id
    )
    return bundle


def erase(candidate: Candidate, *, actor: str, do_not_contact: bool) -> erasure.Receipt:
    if candidate.legal_hold:
        raise DsarError("this candidate is under legal hold; lift the hold before erasing")
    return erasure.erase(candidate, "dsar:erase", suppress=do_not_contact, actor=actor)


def set_restricted(session: Session, candidate: Candidate, restricted: bool, *, actor: str) -> None:
    """Art. 18: keep the data, exclude it from all processing (matching, questions, summaries)."""
    candidate.restricted = restricted
    candidate.updated_at = utcnow()
    session.add(candidate)
    audit.record(
        session,
        "dsar.restricted" if restricted else "dsar.unrestricted",
        actor=actor,
        tenant_id=candidate.tenant_id,
        candidate_id=candidate.id,
    )


def rectify(session: Session, candidate: Candidate, changes: dict[str, str], *, actor: str) -> dict:
    """Art. 16: correct identity fields (name, email, phone); the salted hash follows the e-mail or name."""
    allowed = {"name", "email", "phone"}
    unknown = set(changes) - allowed
    if unknown or not changes:
        raise DsarError(
            f"rectify takes {', '.join(sorted(allowed))}; got {', '.join(sorted(unknown)) or 'nothing'}"
        )
    ident = {**identity(candidate), **changes}
    candidate.identity_enc = crypto.encrypt(json.dumps(ident, ensure_ascii=False))
    key = ident.get("email") or ident.get("name")
    candidate.identity_hash = crypto.identity_hash(key) if key else None
    candidate.updated_at = utcnow()
    session.add(candidate)
    audit.record(
        session,
        "dsar.rectified",
        actor=actor,
        tenant_id=candidate.tenant_id,
        candidate_id=candidate.id,
        details={"fields": sorted(changes)},
    )
    return ident
