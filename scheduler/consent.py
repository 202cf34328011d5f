"""Consent: recorded with date and source, renewed before it lapses; no answer means deletion at expiry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, select

from scheduler.notify import notify_recruiters
from scheduler.policies import term
from storage import audit
from storage.db import session_scope
from storage.models import Candidate, CandidateSource, Consent, utcnow

REMIND_DAYS_BEFORE = 30


class ConsentError(ValueError):
    """Bad input for a consent change; the message is safe to show."""


def grant(
    session: Session,
    candidate: Candidate,
    purpose: str,
    source: str,
    *,
    actor: str,
    at: datetime | None = None,
) -> Consent:
    """Record consent; it expires after the tenant's 'with consent' term for this kind of candidate."""
    if not source.strip():
        raise ConsentError("say where the consent came from (--source), e.g. email or form")
    at = at or utcnow()
    category = "sourced" if candidate.source is CandidateSource.sourced else "applicant"
    days = term(session, candidate.tenant_id, category).days_with_consent
    consent = Consent(
        tenant_id=candidate.tenant_id,
        candidate_id=candidate.id,
        purpose=purpose,
        granted=True,
        granted_at=at,
        expires_at=at + timedelta(days=days) if days else None,
        source=source,
    )
    session.add(consent)
    session.flush()
    audit.record(
        session,
        "consent.granted",
        actor=actor,
        tenant_id=candidate.tenant_id,
        candidate_id=candidate.id,
        details={"purpose": purpose, "source": source, "expires_at": str(consent.expires_at)},
    )
    return consent


def refuse(session: Session, candidate: Candidate, purpose: str, source: str, *, actor: str) -> Consent:
    """The candidate said no. For purpose 'contact', deletion then keeps only a 'do not contact' hash."""
    consent = Consent(
        tenant_id=candidate.tenant_id,
        candidate_id=candidate.id,
        purpose=purpose,
        granted=False,
        source=source,
    )
    session.add(consent)
    session.flush()
    audit.record(
        session,
        "consent.refused",
        actor=actor,
        tenant_id=candidate.tenant_id,
        candidate_id=candidate.id,
        details={"purpose": purpose, "source": source},
    )
    return consent


def withdraw(session: Session, candidate: Candidate, purpose: str, source: str, *, actor: str) -> int:
    rows = session.exec(
        select(Consent).where(
            Consent.candidate_id == candidate.id,
            Consent.purpose == purpose,
            Consent.granted,
            Consent.withdrawn_at.is_(None),
        )
    ).all()
    if not rows:
        raise ConsentError(f"no active consent for {purpose!r} to withdraw")
    now = utcnow()
    for consent in rows:
        consent.withdrawn_at = now
        session.add(consent)
    audit.record(
        session,
        "consent.withdrawn",
        actor=actor,
        tenant_id=candidate.tenant_id,
        candidate_id=candidate.id,
        details={"purpose": purpose, "source": source},
    )
    return len(rows)


@dataclass
class Reminder:
    tenant_id: str
    candidate_id: str
    purpose: str
    expires_at: datetime
    delivered: bool

    def to_json(self) -> dict:
        return {
            "tenant_id": self.tenant_id,
            "candidate_id": self.candidate_id,
            "purpose": self.purpose,
            "expires_at": self.expires_at.isoformat(),
            "delivered": self.delivered,
        }


RENEWAL_TEXT = {
    "nl": (
        "De toestemming van kandidaat {cid} om gegevens te bewaren ({purpose}) verloopt op {date}. "
        "Zonder verlenging worden de gegevens dan verwijderd.\n"
        'Concept voor de kandidaat: "Wij bewaren uw cv met uw toestemming tot {date}, zodat we u kunnen '
        "benaderen voor passende vacatures. Wilt u dat wij het nog een jaar bewaren? Laat het ons weten; "
        'zonder reactie verwijderen wij uw gegevens op die datum."\n'
        "Geeft de kandidaat akkoord: `fairmatch consent grant --candidate {cid} --purpose {purpose} "
        "--source email`."
    ),
    "en": (
        "Candidate {cid}'s consent to keep their data ({purpose}) expires on {date}. Without renewal "
        "the data is deleted then.\n"
        'Draft for the candidate: "With your consent we keep your CV until {date}, so we can approach you '
        "about suitable vacancies. Would you like us to keep it for another year? Let us know; without a "
        'reply we delete your data on that date."\n'
        "If the candidate agrees: `fairmatch consent grant --candidate {cid} --purpose {purpose} "
        "--source email`."
    ),
}


def remind(now: datetime | None = None, *, lang: str = "en") -> list[Reminder]:
    """Ask the tenant's recruiters to renew consents that lapse within 30 days; once delivered, not again."""
    now = now or utcnow()
    reminders: list[Reminder] = []
    with session_scope() as session:
        due = session.exec(
            select(Consent).where(
                Consent.granted,
                Consent.withdrawn_at.is_(None),
                Consent.reminded_at.is_(None),
                Consent.expires_at.is_not(None),
                Consent.expires_at <= now + timedelta(days=REMIND_DAYS_BEFORE),
                Consent.expires_at > now,
            )
        ).all()
        for consent in due:
            candidate = session.get(Candidate, consent.candidate_id)
            if candidate is None or candidate.restricted:
                continue
            text = RENEWAL_TEXT[lang].format(
                cid=candidate.id, purpose=consent.purpose, date=consent.expires_at.date().isoformat()
            )
            delivered = notify_recruiters(session, consent.tenant_id, text)
            if delivered:
                consent.reminded_at = now
                session.add(consent)
            audit.record(
                session,
                "consent.renewal_requested",
                tenant_id=consent.tenant_id,
                candidate_id=candidate.id,
                details={"purpose": consent.purpose, "delivered": delivered},
            )
            reminders.append(
                Reminder(consent.tenant_id, candidate.id, consent.purpose, consent.expires_at, delivered > 0)
            )
    return reminders
