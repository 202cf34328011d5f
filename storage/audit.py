"""The append-only, hash-chained audit log.

Each row stores a digest of its content and a hash over (previous hash, id, time, digest). Verifying
recomputes both, so editing or deleting any row breaks the chain at that row. Retention never
deletes events: it pseudonymises an old row's content and keeps the stored digest, so the chain
still verifies.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from storage.models import AuditEvent, utcnow

GENESIS = "0" * 64


def _content_digest(event: AuditEvent) -> str:
    content = {
        "tenant_id": event.tenant_id,
        "actor": event.actor,
        "action": event.action,
        "candidate_id": event.candidate_id,
        "vacancy_id": event.vacancy_id,
        "model_version": event.model_version,
        "prompt_version": event.prompt_version,
        "details": event.details,
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()


def _chain_hash(prev_hash: str, event_id: int, at: datetime, digest: str) -> str:
    return hashlib.sha256(f"{prev_hash}|{event_id}|{at.isoformat()}|{digest}".encode()).hexdigest()


def _lock_chain(session: Session) -> None:
    """Serialise appends so two writers never fork the chain."""
    if session.get_bind().dialect.name == "postgresql":
        session.exec(text("SELECT pg_advisory_xact_lock(727274)"))


def record(
    session: Session,
    action: str,
    *,
    actor: str = "system",
    tenant_id: str | None = None,
    candidate_id: str | None = None,
    vacancy_id: str | None = None,
    model_version: str | None = None,
    prompt_version: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction. Details hold ids and types, never document text."""
    _lock_chain(session)
    last = session.exec(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    event = AuditEvent(
        at=utcnow(),
        tenant_id=tenant_id,
        actor=actor,
        action=action,
        candidate_id=candidate_id,
        vacancy_id=vacancy_id,
        model_version=model_version,
        prompt_version=prompt_version,
        details=details or {},
        content_digest="",
        prev_hash=last.hash if last else GENESIS,
        hash="",
    )
    event.id = (last.id if last else 0) + 1
    event.content_digest = _content_digest(event)
    event.hash = _chain_hash(event.prev_hash, event.id, event.at, event.content_digest)
    session.add(event)
    session.flush()
    return event


@dataclass
class VerifyResult:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str | None = None


def verify(session: Session, batch: int = 5000) -> VerifyResult:
    """Recompute the chain from the start, streaming in batches."""
    prev_hash, prev_id, checked = GENESIS, 0, 0
    last_id = 0
    while True:
        rows = session.exec(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            return VerifyResult(True, checked)
        for ev in rows:
            if ev.id != prev_id + 1:
                return VerifyResult(False, checked, ev.id, f"events {prev_id + 1}..{ev.id - 1} are missing")
            if ev.prev_hash != prev_hash:
                return VerifyResult(False, checked, ev.id, "previous-hash link is broken")
            if not ev.pseudonymised and _content_digest(ev) != ev.content_digest:
                return VerifyResult(False, checked, ev.id, "content was altered")
            if _chain_hash(ev.prev_hash, ev.id, ev.at, ev.content_digest) != ev.hash:
                return VerifyResult(False, checked, ev.id, "hash does not match")
            prev_hash, prev_id, checked = ev.hash, ev.id, checked + 1
            last_id = ev.id
