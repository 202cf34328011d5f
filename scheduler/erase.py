"""Erasure that reaches every copy: chat messages, vectors, cached files, derived rows, the candidate.

Each candidate gets an `ErasureJob` before anything is deleted. The job is the durable intent: a run
killed half-way is finished by the next run, whatever step it died in, so no vector outlives its row
and no row outlives its vector. Steps are idempotent. Chat messages that cannot be deleted yet (the
platform is down) keep the job pending, and the next sweep tries again.
"""

from __future__ import annotations

import logging
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, insert, update
from sqlmodel import Session, select

from retrieval.index import delete_candidates as delete_vectors
from scheduler.chat_cleanup import delete_message
from storage import audit
from storage.db import among, get_engine, session_scope
from storage.models import (
    Application,
    Candidate,
    ChatMessageRef,
    Consent,
    Decision,
    ErasureJob,
    MatchSuggestion,
    Suppression,
    utcnow,
)
from storage.settings import get_settings

log = logging.getLogger(__name__)


@dataclass
class Receipt:
    candidate_id: str
    tenant_id: str
    reason: str
    state: str
    erased_at: datetime | None
    removed: dict[str, int] = field(default_factory=dict)
    suppressed: bool = False
    pending: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "candidate_id": self.candidate_id,
            "tenant_id": self.tenant_id,
            "reason": self.reason,
            "state": self.state,
            "erased_at": self.erased_at.isoformat() if self.erased_at else None,
            "removed": self.removed,
            "do_not_contact": self.suppressed,
            "pending": self.pending,
        }


@dataclass(frozen=True)
class Job:
    """What an `ErasureJob` row says, as plain data: cheap to build by the hundred thousand."""

    candidate_id: str
    tenant_id: str
    reason: str
    suppress: bool = False
    identity_hash: str | None = None


def schedule(session: Session, jobs: list[Job]) -> list[Job]:
    """Record the intent to erase, before anything is deleted; jobs already recorded are kept as they are."""
    ids = [job.candidate_id for job in jobs]
    known = {
        row.candidate_id: row
        for row in session.exec(select(ErasureJob).where(among(ErasureJob.candidate_id, ids)))
    }
    new = [job for job in jobs if job.candidate_id not in known]
    if new:
        now = utcnow()
        session.exec(
            insert(ErasureJob),
            params=[{**vars(job), "state": "pending", "attempts": 0, "created_at": now} for job in new],
        )
    return [_job(known[job.candidate_id]) if job.candidate_id in known else job for job in jobs]


def _job(row: ErasureJob) -> Job:
    return Job(row.candidate_id, row.tenant_id, row.reason, row.suppress, row.identity_hash)


def pending_jobs(session: Session, limit: int = 500) -> list[Job]:
    rows = session.exec(
        select(ErasureJob).where(ErasureJob.state == "pending").order_by(ErasureJob.candidate_id).limit(limit)
    )
    return [_job(row) for row in rows]


def _delete_chat_messages(ids: list[str]) -> dict[str, list[str]]:
    """Delete the bot's own messages naming these candidates; returns what is still pending per candidate."""
    pending: dict[str, list[str]] = defaultdict(list)
    with session_scope() as session:
        refs = session.exec(
            select(ChatMessageRef).where(
                among(ChatMessageRef.candidate_id, ids), ChatMessageRef.deleted_at.is_(None)
            )
        ).all()
    done: set[tuple[str, str, str]] = set()
    for ref in refs:
        key = (ref.channel, ref.conversation_id, ref.message_id)
        if key not in done:
            try:
                delete_message(ref)
                done.add(key)
            except Exception as exc:  # the platform is down or refuses: retry on the next sweep
                log.warning(
                    "could not delete %s message %s: %s", ref.channel, ref.message_id, type(exc).__name__
                )
                pending[ref.candidate_id].append(f"{ref.channel}:{ref.message_id}")
                continue
        with session_scope() as session:
            session.exec(
                update(ChatMessageRef)
                .where(
                    ChatMessageRef.channel == ref.channel,
                    ChatMessageRef.conversation_id == ref.conversation_id,
                    ChatMessageRef.message_id == ref.message_id,
                )
                .values(deleted_at=utcnow())
            )
    return pending


def _delete_files(tenant_id: str, ids: list[str]) -> int:
    folder = get_settings().files_dir / tenant_id
    if not folder.exists():
        return 0
    wanted = set(ids)
    removed = 0
    for path in folder.iterdir():
        if path.name.split(".", 1)[0] in wanted:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
            removed += 1
    return removed


def _delete_rows(session: Session, ids: list[str]) -> dict[str, int]:
    suggestion_ids = select(MatchSuggestion.id).where(among(MatchSuggestion.candidate_id, ids))
    application_ids = select(Application.id).where(among(Application.candidate_id, ids))
    counts = {
        "decisions": session.exec(
            delete(Decision).where(
                Decision.suggestion_id.in_(suggestion_ids) | Decision.application_id.in_(application_ids)
            )
        ).rowcount,
        "suggestions": session.exec(
            delete(MatchSuggestion).where(among(MatchSuggestion.candidate_id, ids))
        ).rowcount,
        "applications": session.exec(
            delete(Application).where(among(Application.candidate_id, ids))
        ).rowcount,
        "consents": session.exec(delete(Consent).where(among(Consent.candidate_id, ids))).rowcount,
        "chat_refs": session.exec(
            delete(ChatMessageRef).where(
                among(ChatMessageRef.candidate_id, ids), ChatMessageRef.deleted_at.is_not(None)
            )
        ).rowcount,
        "candidates": session.exec(delete(Candidate).where(among(Candidate.id, ids))).rowcount,
    }
    return counts


def _flush_deleted_pages() -> None:
    """SQLite keeps copies of changed pages in its write-ahead log until a checkpoint; erasure must not."""
    engine = get_engine()
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def run(jobs: list[Job], *, actor: str = "system") -> list[Receipt]:
    """Carry out a batch of jobs of one or more tenants; safe to repeat after a crash."""
    receipts: list[Receipt] = []
    by_tenant: dict[str, list[Job]] = defaultdict(list)
    for job in jobs:
        by_tenant[job.tenant_id].append(job)
    for tenant_id, tenant_jobs in by_tenant.items():
        ids = [job.candidate_id for job in tenant_jobs]
        pending = _delete_chat_messages(ids)
        vectors = delete_vectors(tenant_id, ids)
        files = _delete_files(tenant_id, ids)
        now = utcnow()
        with session_scope() as session:
            counts = _delete_rows(session, ids)
            for job in tenant_jobs:
                if (
                    job.suppress
                    and job.identity_hash
                    and not session.exec(
                        select(Suppression).where(
                            Suppression.tenant_id == tenant_id, Suppression.identity_hash == job.identity_hash
                        )
                    ).first()
                ):
                    session.add(
                        Suppression(
                            tenant_id=tenant_id, identity_hash=job.identity_hash, reason="do not contact"
                        )
                    )
            session.exec(
                update(ErasureJob)
                .where(among(ErasureJob.candidate_id, ids))
                .values(attempts=ErasureJob.attempts + 1, state="done", done_at=now, last_error=None)
            )
            if pending:
                session.exec(
                    update(ErasureJob)
                    .where(among(ErasureJob.candidate_id, list(pending)))
                    .values(state="pending", done_at=None, last_error="chat messages not yet deleted")
                )
            audit.record(
                session,
                "candidates.erased",
                actor=actor,
                tenant_id=tenant_id,
                candidate_id=ids[0] if len(ids) == 1 else None,
                details={
                    "candidate_ids": ids,
                    "reasons": sorted({j.reason for j in tenant_jobs}),
                    "vectors": vectors,
                    "files": files,
                    **counts,
                },
            )
        for job in tenant_jobs:
            receipts.append(
                Receipt(
                    job.candidate_id,
                    tenant_id,
                    job.reason,
                    "pending" if job.candidate_id in pending else "done",
                    None if job.candidate_id in pending else now,
                    removed={"vectors": vectors, "files": files, **counts} if len(ids) == 1 else {},
                    suppressed=job.suppress,
                    pending=pending.get(job.candidate_id, []),
                )
            )
    _flush_deleted_pages()
    return receipts


def erase(candidate: Candidate, reason: str, *, suppress: bool = False, actor: str = "system") -> Receipt:
    """Erase one candidate now (a data-subject request), through the same job as the sweep."""
    job = Job(
        candidate.id, candidate.tenant_id, reason, suppress, candidate.identity_hash if suppress else None
    )
    with session_scope() as session:
        (job,) = schedule(session, [job])
    return run([job], actor=actor)[0]
