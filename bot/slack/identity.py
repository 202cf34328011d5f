"""Who is asking: a verified Slack team and user mapped to our tenant and user.

The Principal is built only from ids Bolt has verified (signed request); unknown workspaces and users get
a polite, fixed explanation of how an admin maps them, and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import select

from bot.core.models import Channel, Principal
from storage.db import session_scope
from storage.directory import tenant_for_link
from storage.models import Tenant, User


@dataclass(frozen=True)
class Unknown:
    """Why no Principal could be built; `text` is a fixed, safe message for the user."""

    text: str


def unknown_workspace(team_id: str | None) -> Unknown:
    return Unknown(
        f"This Slack workspace ({team_id or 'unknown'}) is not connected to fairmatch yet. "
        f"Ask an admin to run `fairmatch tenants link TENANT --slack-team {team_id or 'T…'}`."
    )


def unknown_user(slack_user_id: str) -> Unknown:
    return Unknown(
        "You are not a fairmatch user yet. Ask an admin to run "
        f"`fairmatch users add --tenant TENANT --role ROLE --slack-user {slack_user_id}`."
    )


def tenant_for(team_id: str | None, enterprise_id: str | None) -> Tenant | None:
    """The workspace's own link wins; an Enterprise Grid link covers all its workspaces."""
    with session_scope() as session:
        tenant = tenant_for_link(session, "slack_team", team_id) if team_id else None
        if tenant is None and enterprise_id:
            tenant = tenant_for_link(session, "slack_enterprise", enterprise_id)
        return tenant


def resolve(team_id: str | None, enterprise_id: str | None, slack_user_id: str | None) -> Principal | Unknown:
    tenant = tenant_for(team_id, enterprise_id)
    if tenant is None:
        return unknown_workspace(team_id)
    if not slack_user_id:
        return unknown_user("U…")
    with session_scope() as session:
        user = session.exec(
            select(User).where(User.tenant_id == tenant.id, User.slack_user_id == slack_user_id)
        ).first()
    if user is None:
        return unknown_user(slack_user_id)
    return Principal(
        tenant_id=tenant.id, user_id=user.id, role=user.role, channel=Channel.slack, name=user.name
    )


def slack_ids(tenant_id: str, user_ids: Iterable[str]) -> list[str]:
    """Our user ids to Slack ids, in the given order; users without a Slack id are left out."""
    wanted = list(dict.fromkeys(user_ids))
    if not wanted:
        return []
    with session_scope() as session:
        rows = session.exec(
            select(User.id, User.slack_user_id).where(User.tenant_id == tenant_id, User.id.in_(wanted))
        ).all()
    by_id = {uid: sid for uid, sid in rows if sid}
    return [by_id[uid] for uid in wanted if uid in by_id]
