"""GDPR Art. 14: people whose CV we got from someone else must be told within a month.

From day 23 after we received such a CV, the tenant's recruiters are reminded daily until someone
records that the candidate was informed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, select

from scheduler.notify import notify_recruiters
from storage import audit
from storage.db import session_scope
from storage.models import Candidate, utcnow

INFORM_WITHIN_DAYS = 30
REMIND_FROM_DAYS = 23

TEXT = {
    "nl": (
        "Kandidaat {cid} is niet zelf bij ons gekomen (bron: een gedeelde map, een ATS of sourcing) en moet "
        "uiterlijk {date} worden geïnformeerd (AVG art. 14). Leg het vast met "
        "`fairmatch candidates informed --candidate {cid}`."
    ),
    "en": (
        "Candidate {cid} did not send us their data themselves (a shared drive, an ATS or sourcing) and must "
        "be informed by {date} (GDPR Art. 14). Record it with "
        "`fairmatch candidates informed --candidate {cid}`."
    ),
}


def remind(now: datetime | None = None, *, lang: str = "en") -> list[str]:
    """Remind recruiters about candidates not yet informed; returns their ids."""
    now = now or utcnow()
    reminded: list[str] = []
    with session_scope() as session:
        due = session.exec(
            select(Candidate).where(
                Candidate.to_be_informed,
                Candidate.informed_at.is_(None),
                Candidate.created_at <= now - timedelta(days=REMIND_FROM_DAYS),
            )
        ).all()
        for candidate in due:
            deadline = (candidate.created_at + timedelta(days=INFORM_WITHIN_DAYS)).date().isoformat()
            delivered = notify_recruiters(
                session, candidate.tenant_id, TEXT[lang].format(cid=candidate.id, date=deadline)
            )
            audit.record(
                session,
                "candidate.inform_reminder",
                tenant_id=candidate.tenant_id,
                candidate_id=candidate.id,
                details={"delivered": delivered, "deadline": deadline},
            )
            reminded.append(candidate.id)
    return reminded


def mark_informed(session: Session, candidate: Candidate, *, actor: str, how: str) -> None:
    candidate.informed_at = utcnow()
    session.add(candidate)
    audit.record(
        session,
        "candidate.informed",
        actor=actor,
        tenant_id=candidate.tenant_id,
        candidate_id=candidate.id,
        details={"how": how},
    )
