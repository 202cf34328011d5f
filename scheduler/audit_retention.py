"""Audit events older than the tenant's term lose their personal links; the hash chain still verifies."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import select

from scheduler.policies import term
from storage.db import session_scope
from storage.models import AuditEvent, Tenant, utcnow


def pseudonymise_old_events(now: datetime | None = None) -> int:
    """Blank actor, ids and details of expired events; their stored digest keeps the chain intact."""
    now = now or utcnow()
    changed = 0
    with session_scope() as session:
        tenants = session.exec(select(Tenant.id)).all()
        for tenant_id in tenants:
            cutoff = now - timedelta(days=term(session, tenant_id, "audit").days)
            changed += session.exec(
                update(AuditEvent)
                .where(
                    AuditEvent.tenant_id == tenant_id,
                    AuditEvent.at < cutoff,
                    AuditEvent.pseudonymised.is_(False),
                )
                .values(
                    actor="pseudonymised", candidate_id=None, vacancy_id=None, details={}, pseudonymised=True
                )
            ).rowcount
    return changed
