"""Who is asking: a verified Teams activity's Entra tenant and user mapped to our tenant, user and role.

The Entra tenant id links to our tenant (`fairmatch tenants link T --teams-tenant <tid>`), the sender's
`aadObjectId` to our user (`fairmatch users add --teams-user <aadObjectId>`). When the tenant maps Entra
groups to roles, the role comes from the user's current group membership (Graph), else from our user row.
Unknown tenants and users get a fixed explanation and nothing else.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from microsoft_agents.activity import Activity
from sqlmodel import select

from bot.core.models import Channel, Principal
from bot.teams.graph_roles import GraphGroups, GraphRoleError, group_map, role_for
from storage import audit
from storage.db import session_scope
from storage.directory import tenant_for_link
from storage.models import Role, User

log = logging.getLogger(__name__)

TEXTS = {
    "tenant": {
        "en": "This Microsoft 365 organisation ({tid}) is not connected to fairmatch yet. "
        "Ask an admin to run `fairmatch tenants link TENANT --teams-tenant {tid}`.",
        "nl": "Deze Microsoft 365-organisatie ({tid}) is nog niet gekoppeld aan fairmatch. Vraag een admin "
        "`fairmatch tenants link TENANT --teams-tenant {tid}` uit te voeren.",
    },
    "user": {
        "en": "You are not a fairmatch user yet. Ask an admin to run "
        "`fairmatch users add --tenant TENANT --role ROLE --teams-user {oid}`.",
        "nl": "Je bent nog geen fairmatch-gebruiker. Vraag een admin "
        "`fairmatch users add --tenant TENANT --role ROLE --teams-user {oid}` uit te voeren.",
    },
    "no_group": {
        "en": "You are in none of the Entra ID groups that give access to fairmatch. Ask an admin.",
        "nl": "Je zit in geen van de Entra ID-groepen die toegang geven tot fairmatch. Vraag een admin.",
    },
    "graph": {
        "en": "I could not check your group membership just now; nothing was changed. Please try again.",
        "nl": "Ik kon je groepslidmaatschap nu niet controleren; er is niets veranderd. Probeer het opnieuw.",
    },
}


@dataclass(frozen=True)
class Unknown:
    """Why no Principal could be built; `text` is a fixed, safe message for the user."""

    text: str


def language(activity: Activity) -> str | None:
    """Teams sends the client's locale ("nl-NL"); Dutch and English are ours, the rest is left to the core."""
    locale = (activity.locale or "").lower()
    return locale[:2] if locale[:2] in ("nl", "en") else None


def _say(key: str, lang: str | None, **values: str) -> Unknown:
    return Unknown(TEXTS[key][lang or "en"].format(**values))


def entra_tenant(activity: Activity) -> str:
    tid = activity.conversation.tenant_id if activity.conversation else None
    if not tid and isinstance(activity.channel_data, dict):
        tid = (activity.channel_data.get("tenant") or {}).get("id")
    return str(tid or "")


def _lookup(tid: str, oid: str) -> tuple[str, User] | str:
    with session_scope() as session:
        tenant = tenant_for_link(session, "teams_tenant", tid) if tid else None
        if tenant is None:
            return "tenant"
        user = session.exec(
            select(User).where(User.tenant_id == tenant.id, User.teams_user_id == oid)
        ).first()
        return (tenant.id, user) if user else "user"


def _sync_role(user: User, role: Role) -> None:
    """Keep our user row in step with Entra, so every view of the user (and the audit) agrees."""
    with session_scope() as session:
        row = session.get(User, user.id)
        if row is None or row.role == role:
            return
        audit.record(
            session,
            "user.role_synced",
            tenant_id=row.tenant_id,
            details={"user_id": row.id, "from": row.role.value, "to": role.value, "source": "entra"},
        )
        row.role = role
        session.add(row)


async def resolve(activity: Activity, groups: GraphGroups | None) -> Principal | Unknown:
    lang = language(activity)
    tid = entra_tenant(activity)
    oid = (activity.from_property.aad_object_id if activity.from_property else None) or ""
    found = await asyncio.to_thread(_lookup, tid, oid) if oid else "user"
    if found == "tenant":
        return _say("tenant", lang, tid=tid or "?")
    if isinstance(found, str):
        return _say("user", lang, oid=oid or "<aadObjectId>")
    tenant_id, user = found
    role = user.role
    mapping = await asyncio.to_thread(group_map, tenant_id)
    if mapping:
        if groups is None:
            return _say("graph", lang)
        try:
            member_of = await groups.groups(tid, oid)
        except GraphRoleError:
            return _say("graph", lang)
        derived = role_for(member_of, mapping)
        if derived is None:
            return _say("no_group", lang)
        if derived != role:
            await asyncio.to_thread(_sync_role, user, derived)
        role = derived
    return Principal(
        tenant_id=tenant_id, user_id=user.id, role=role, channel=Channel.teams, name=user.name, lang=lang
    )


def mentions_for(tenant_id: str, user_ids: list[str]) -> list[tuple[str, str, str]]:
    """(our user id, Entra object id, name) of users to mention, in the given order; without a Teams id,
    a user is left out."""
    wanted = list(dict.fromkeys(user_ids))
    if not wanted:
        return []
    with session_scope() as session:
        rows = session.exec(
            select(User.id, User.teams_user_id, User.name).where(
                User.tenant_id == tenant_id, User.id.in_(wanted)
            )
        ).all()
    by_id = {uid: (uid, oid, name) for uid, oid, name in rows if oid}
    return [by_id[uid] for uid in wanted if uid in by_id]
