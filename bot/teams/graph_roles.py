"""Roles from Entra ID group membership: Microsoft Graph `memberOf`, app-only, cached with a TTL.

An admin maps Entra group ids to fairmatch roles per tenant (`fairmatch teams roles set`); when a tenant
has such a map, a Teams user's role is the highest role among the mapped groups they are a member of,
and a member of none has no role (fail closed). Graph is called with the bot's own app registration and
the customer's tenant id (client credentials via azure-identity), so it needs admin consent for
`GroupMember.Read.All` in that tenant. Graph's 429/503 `Retry-After` is honoured by msgraph-core's retry
middleware. The Graph base URL is a setting (`FAIRMATCH_GRAPH_URL`) for national clouds and tests.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from azure.core.credentials_async import AsyncTokenCredential
from msgraph import GraphRequestAdapter, GraphServiceClient
from msgraph_core.authentication import AzureIdentityAuthenticationProvider
from sqlmodel import select

from storage import audit
from storage.db import session_scope
from storage.models import ConnectorConfig, Role

log = logging.getLogger(__name__)

CONFIG_KIND = "teams-roles"  # ConnectorConfig row holding {"groups": {group_id: role}}
DEFAULT_TTL_S = 600.0
RANK = {Role.recruiter: 1, Role.hiring_manager: 2, Role.admin: 3}

CredentialFactory = Callable[[str], AsyncTokenCredential]


class GraphRoleError(RuntimeError):
    """Graph could not tell us the user's groups; no role is given."""


# --- the per-tenant group map --------------------------------------------------------------------------


def group_map(tenant_id: str) -> dict[str, Role]:
    """Entra group id (lower case) -> role; empty when the tenant does not derive roles from Entra."""
    with session_scope() as session:
        config = session.exec(
            select(ConnectorConfig).where(
                ConnectorConfig.tenant_id == tenant_id, ConnectorConfig.kind == CONFIG_KIND
            )
        ).first()
    if config is None or not config.enabled:
        return {}
    return {gid.lower(): Role(role) for gid, role in (config.options or {}).get("groups", {}).items()}


def set_group_role(
    tenant_id: str, group_id: str, role: Role | None, *, actor: str = "system"
) -> dict[str, str]:
    """Map one group to a role (None removes it); returns the whole map."""
    with session_scope() as session:
        config = session.exec(
            select(ConnectorConfig).where(
                ConnectorConfig.tenant_id == tenant_id, ConnectorConfig.kind == CONFIG_KIND
            )
        ).first()
        if config is None:
            config = ConnectorConfig(tenant_id=tenant_id, name=CONFIG_KIND, kind=CONFIG_KIND, options={})
        groups = dict((config.options or {}).get("groups", {}))
        if role is None:
            groups.pop(group_id.lower(), None)
        else:
            groups[group_id.lower()] = role.value
        config.options = {**(config.options or {}), "groups": groups}
        session.add(config)
        session.flush()
        audit.record(
            session,
            "teams.role_group_set",
            actor=actor,
            tenant_id=tenant_id,
            details={"group_id": group_id.lower(), "role": role.value if role else None},
        )
        return groups


def role_for(groups: Iterable[str], mapping: dict[str, Role]) -> Role | None:
    roles = [mapping[g.lower()] for g in groups if g.lower() in mapping]
    return max(roles, key=RANK.__getitem__) if roles else None


# --- Graph ---------------------------------------------------------------------------------------------


@dataclass
class _Entry:
    groups: frozenset[str]
    expires: float


class GraphGroups:
    """The Entra groups a user is a direct member of, per (Entra tenant, object id), cached for `ttl_s`."""

    def __init__(self, graph_url: str, credential_for: CredentialFactory, ttl_s: float = DEFAULT_TTL_S):
        self.graph_url = graph_url.rstrip("/")
        self._credential_for = credential_for
        self._ttl_s = ttl_s
        self._cache: dict[tuple[str, str], _Entry] = {}
        self._clients: dict[str, tuple[GraphServiceClient, AsyncTokenCredential]] = {}
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}

    def _client(self, entra_tenant: str) -> GraphServiceClient:
        if entra_tenant not in self._clients:
            parts = urlsplit(self.graph_url)
            credential = self._credential_for(entra_tenant)
            auth = AzureIdentityAuthenticationProvider(
                credential,
                scopes=[f"{parts.scheme}://{parts.hostname}/.default"],
                allowed_hosts=[parts.hostname or ""],
            )
            adapter = GraphRequestAdapter(auth)
            adapter.base_url = self.graph_url
            self._clients[entra_tenant] = (GraphServiceClient(request_adapter=adapter), credential)
        return self._clients[entra_tenant][0]

    async def groups(self, entra_tenant: str, object_id: str) -> frozenset[str]:
        key = (entra_tenant.lower(), object_id.lower())
        entry = self._cache.get(key)
        if entry and entry.expires > time.monotonic():
            return entry.groups
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            entry = self._cache.get(key)
            if entry and entry.expires > time.monotonic():
                return entry.groups
            groups = await self._fetch(entra_tenant, object_id)
            self._cache[key] = _Entry(groups, time.monotonic() + self._ttl_s)
            return groups

    async def _fetch(self, entra_tenant: str, object_id: str) -> frozenset[str]:
        builder = self._client(entra_tenant).users.by_user_id(object_id).member_of
        found: set[str] = set()
        try:
            page: Any = await builder.get()
            while page is not None:
                found.update(
                    obj.id.lower()
                    for obj in page.value or []
                    if obj.id and (obj.odata_type or "").endswith(".group")
                )
                next_link = page.odata_next_link
                page = await builder.with_url(next_link).get() if next_link else None
        except Exception as exc:
            log.warning("graph memberOf failed", extra={"error": type(exc).__name__})
            raise GraphRoleError("group membership lookup failed") from exc
        log.info("graph memberOf", extra={"groups": len(found)})
        return frozenset(found)

    async def close(self) -> None:
        for _client, credential in self._clients.values():
            await credential.close()
        self._clients.clear()
