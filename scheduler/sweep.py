"""The retention sweep: find what is due, erase it through resumable jobs, one runner at a time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, or_, select

from scheduler import erase
from scheduler.locks import single_runner
from scheduler.retention import Due, due_candidates
from storage.db import among, session_scope
from storage.models import Candidate, Consent, utcnow

Progress = Callable[[int], None]


@dataclass
class SweepResult:
    at: datetime
    deleted: Counter = field(default_factory=Counter)  # per category
    blocked: Counter = field(default_factory=Counter)  # legal_hold / restricted
    resumed: int = 0
    pending: int = 0  # chat messages not deleted yet: retried next time
    ran: bool = True  # False when another runner held the lock

    def to_json(self) -> dict:
        return {
            "at": self.at.isoformat(),
            "ran": self.ran,
            "deleted": dict(self.deleted),
            "blocked": dict(self.blocked),
            "resumed": self.resumed,
            "pending": self.pending,
        }


def _said_no(session: Session, ids: list[str]) -> set[str]:
    """Candidates who refused or withdrew contact: only a 'do not contact' hash of them survives."""
    rows = session.exec(
        select(Consent.candidate_id).where(
            among(Consent.candidate_id, ids),
            Consent.purpose == "contact",
            or_(Consent.granted.is_(False), Consent.withdrawn_at.is_not(None)),
        )
    ).all()
    return set(rows)


def _schedule(batch: list[Due]) -> list[erase.Job]:
    ids = [d.candidate_id for d in batch]
    with session_scope() as session:
        suppress = _said_no(session, ids)
        rows = session.exec(
            select(Candidate.id, Candidate.identity_hash).where(among(Candidate.id, list(suppress)))
        )
        hashes = dict(rows.all())
        jobs = [
            erase.Job(
                d.candidate_id,
                d.tenant_id,
                f"retention:{d.category}",
                d.candidate_id in suppress,
                hashes.get(d.candidate_id),
            )
            for d in batch
        ]
        return erase.schedule(session, jobs)


def sweep(
    now: datetime | None = None,
    *,
    tenant_id: str | None = None,
    batch: int = 500,
    on_progress: Progress | None = None,
) -> SweepResult:
    result = SweepResult(at=now or utcnow())
    with single_runner("retention-sweep") as mine:
        if not mine:
            result.ran = False
            return result
        with session_scope() as session:
            leftovers = erase.pending_jobs(session, limit=100_000)
        for start in range(0, len(leftovers), batch):
            receipts = erase.run(leftovers[start : start + batch])
            result.resumed += sum(r.state == "done" for r in receipts)
            result.pending += sum(r.state == "pending" for r in receipts)
        with session_scope() as session:
            for due_batch in due_candidates(session, result.at, tenant_id=tenant_id, batch=batch):
                for due in due_batch:
                    if due.blocked_by:
                        result.blocked[due.blocked_by] += 1
                eligible = [d for d in due_batch if not d.blocked_by]
                if not eligible:
                    continue
                receipts = erase.run(_schedule(eligible))
                category = {d.candidate_id: d.category for d in eligible}
                for receipt in receipts:
                    result.deleted[category[receipt.candidate_id]] += 1
                    result.pending += receipt.state == "pending"
                if on_progress:
                    on_progress(len(eligible))
    return result


def preview(at: datetime | None = None, *, tenant_id: str | None = None) -> list[Due]:
    """What a sweep at `at` would delete (and what it would keep, blocked), without deleting anything."""
    at = at or utcnow()
    with session_scope() as session:
        return [due for batch in due_candidates(session, at, tenant_id=tenant_id) for due in batch]
