"""Tenants, their Slack/Teams links, and users: the identities every request is resolved against."""

from __future__ import annotations

from sqlmodel import Session, or_, select

from storage import audit
from storage.models import Role, Tenant, TenantLink, User

LINK_KINDS = ("slack_team", "slack_enterprise", "teams_tenant")


class DirectoryError(ValueError):
    """Bad input for a directory operation; the message is safe to show."""


def find_tenant(session: Session, ref: str) -> Tenant:
    """Resolve a tenant by id or by exact name."""
    tenant = session.get(Tenant, ref) or session.exec(select(Tenant).where(Tenant.name == ref)).first()
    if tenant is None:
        raise DirectoryError(f"no tenant {ref!r}; see `fairmatch tenants list`")
    return tenant


def add_tenant(session: Session, name: str, *, tenant_id: str | None = None, actor: str = "system") -> Tenant:
    name = name.strip()
    if not name:
        raise DirectoryError("a tenant needs a name")
    if session.exec(select(Tenant).where(Tenant.name == name)).first():
        raise DirectoryError(f"a tenant named {name!r} already exists")
    tenant = Tenant(name=name) if tenant_id is None else Tenant(id=tenant_id, name=name)
    session.add(tenant)
    session.flush()
    audit.record(session, "tenant.created", actor=actor, tenant_id=tenant.id)
    return tenant


def link_tenant(
    session: Session, tenant: Tenant, kind: str, external_id: str, *, actor: str = "system"
) -> None:
    if kind not in LINK_KINDS:
        raise DirectoryError(f"unknown link kind {kind!r}")
    existing = session.exec(
        select(TenantLink).where(TenantLink.kind == kind, TenantLink.external_id == external_id)
    ).first()
    if existing and existing.tenant_id != tenant.id:
        raise DirectoryError(f"{kind} {external_id} is already linked to another tenant")
    if existing is None:
        session.add(TenantLink(tenant_id=tenant.id, kind=kind, external_id=external_id))
        session.flush()
        audit.record(
            session,
            "tenant.linked",
            actor=actor,
            tenant_id=tenant.id,
            details={"kind": kind, "external_id": external_id},
        )


def tenant_links(session: Session, tenant_id: str) -> list[TenantLink]:
    return list(session.exec(select(TenantLink).where(TenantLink.tenant_id == tenant_id)))


def tenant_for_link(session: Session, kind: str, external_id: str) -> Tenant | None:
    link = session.exec(
        select(TenantLink).where(TenantLink.kind == kind, TenantLink.external_id == external_id)
    ).first()
    return session.get(Tenant, link.tenant_id) if link else None


def add_user(
    session: Session,
    tenant: Tenant,
    role: str,
    *,
    name: str | None = None,
    slack_user_id: str | None = None,
    teams_user_id: str | None = None,
    user_id: str | None = None,
    trained_overseer: bool = False,
    actor: str = "system",
) -> User:
    try:
        role_value = Role(role)
    except ValueError:
        raise DirectoryError(
            f"unknown role {role!r}; use one of: {', '.join(r.value for r in Role)}"
        ) from None
    clash = []
    if slack_user_id:
        clash.append(User.slack_user_id == slack_user_id)
    if teams_user_id:
        clash.append(User.teams_user_id == teams_user_id)
    if clash and session.exec(select(User).where(User.tenant_id == tenant.id, or_(*clash))).first():
        raise DirectoryError("that Slack or Teams user is already mapped in this tenant")
    user = User(
        tenant_id=tenant.id,
        role=role_value,
        name=name or slack_user_id or teams_user_id or role_value.value,
        slack_user_id=slack_user_id,
        teams_user_id=teams_user_id,
        trained_overseer=trained_overseer,
    )
    if user_id:
        user.id = user_id
    session.add(user)
    session.flush()
    audit.record(
        session,
        "user.added",
        actor=actor,
        tenant_id=tenant.id,
        details={"user_id": user.id, "role": role_value.value},
    )
    return user


def find_user(session: Session, tenant: Tenant, ref: str) -> User:
    """A user by id, Slack id, Teams object id or exact name, within one tenant."""
    user = session.get(User, ref)
    if user is None or user.tenant_id != tenant.id:
        user = session.exec(
            select(User).where(
                User.tenant_id == tenant.id,
                or_(User.slack_user_id == ref, User.teams_user_id == ref, User.name == ref),
            )
        ).first()
    if user is None:
        raise DirectoryError(f"no user {ref!r} in tenant {tenant.name}; see `fairmatch users list`")
    return user


def list_users(session: Session, tenant: Tenant) -> list[User]:
    return list(session.exec(select(User).where(User.tenant_id == tenant.id).order_by(User.created_at)))
