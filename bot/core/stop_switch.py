"""The AI stop switch (AI Act Art. 14(4)(e)): an admin pauses AI suggestions per tenant or per vacancy.

Paused means the core shows no new suggestions for that scope and says why; everything a person does
by hand (reviewing earlier suggestions, deciding) keeps working.
"""

from __future__ import annotations

from sqlmodel import Session

from bot.core.decisions import DecisionError, acting_user
from bot.core.models import Principal, StateChange
from storage import audit
from storage.models import Role, Tenant, Vacancy


def paused_scope(tenant: Tenant, vacancy: Vacancy | None) -> str | None:
    """'tenant' or 'vacancy' when AI suggestions are paused there, else None."""
    if tenant.ai_paused:
        return "tenant"
    if vacancy is not None and vacancy.ai_paused:
        return "vacancy"
    return None


def set_paused(
    session: Session,
    tenant: Tenant,
    paused: bool,
    *,
    vacancy: Vacancy | None = None,
    actor: str,
    channel: str,
) -> StateChange | None:
    """Flip the switch for the tenant or one vacancy; None when it was already in that state."""
    target = vacancy if vacancy is not None else tenant
    if target.ai_paused == paused:
        return None
    target.ai_paused = paused
    session.add(target)
    session.flush()
    audit.record(
        session,
        "ai.paused" if paused else "ai.resumed",
        actor=actor,
        tenant_id=tenant.id,
        vacancy_id=vacancy.id if vacancy is not None else None,
        details={"scope": "vacancy" if vacancy is not None else "tenant", "channel": channel},
    )
    entity = "vacancy" if vacancy is not None else "tenant"
    return StateChange(
        entity, target.id, "paused" if not paused else "active", "paused" if paused else "active"
    )


def switch_by_principal(
    session: Session, principal: Principal, paused: bool, *, vacancy: Vacancy | None = None
) -> StateChange | None:
    """The chat path: only a stored admin of the tenant may flip it."""
    user = acting_user(session, principal)
    if user.role != Role.admin:
        raise DecisionError("not_admin")
    tenant = session.get(Tenant, principal.tenant_id)
    return set_paused(
        session, tenant, paused, vacancy=vacancy, actor=user.id, channel=principal.channel.value
    )
