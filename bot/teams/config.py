"""The Teams app's identity, read the Microsoft 365 Agents SDK way.

The app id, secret and tenant use the SDK's own environment names (as in its samples), parsed by the SDK's
`load_configuration_from_env`:

    CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID       the bot's Entra app (client) id
    CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET   its client secret
    CONNECTIONS__SERVICE_CONNECTION__SETTINGS__TENANTID       the tenant the app is registered in
    CONNECTIONS__SERVICE_CONNECTION__SETTINGS__AUTHORITY      optional: another login authority

Ours are `FAIRMATCH_TEAMS_ALLOW_ANONYMOUS` (development only), `FAIRMATCH_GRAPH_URL`, and
`FAIRMATCH_TEAMS_OPENID_METADATA` (the OpenID metadata whose keys sign incoming requests; by default the
SDK's own Bot Framework and Entra key sets).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from microsoft_agents.activity import load_configuration_from_env
from microsoft_agents.hosting.core import AgentAuthConfiguration

from storage.settings import Settings, get_settings

SERVICE_CONNECTION = "SERVICE_CONNECTION"
GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


class TeamsConfigError(RuntimeError):
    """The Teams settings cannot work together; the message says which one to fix."""


@dataclass(frozen=True)
class TeamsConfig:
    sdk: dict[str, Any] = field(repr=False)  # the SDK's own configuration tree (holds the secret)
    allow_anonymous: bool
    graph_url: str
    openid_metadata: str | None

    @property
    def connection(self) -> dict[str, Any]:
        return dict(self.sdk.get("CONNECTIONS", {}).get(SERVICE_CONNECTION, {}).get("SETTINGS", {}))

    @property
    def app_id(self) -> str:
        return str(self.connection.get("CLIENTID") or "")

    @property
    def app_secret(self) -> str:
        return str(self.connection.get("CLIENTSECRET") or "")

    @property
    def app_tenant(self) -> str:
        return str(self.connection.get("TENANTID") or "")

    @property
    def configured(self) -> bool:
        """Mounted only with an app id, or when anonymous development access was asked for explicitly."""
        return bool(self.app_id) or self.allow_anonymous

    def auth_configuration(self) -> AgentAuthConfiguration:
        """What the SDK's JWT check and token provider read; anonymous only when explicitly enabled.

        The token's issuer is checked too (Bot Service, our own Entra tenant, Microsoft's first-party
        tenants), unless VALIDATE_ISSUER says otherwise; the SDK leaves that off by default.
        """
        settings = {k: v for k, v in self.connection.items() if k != "ANONYMOUS_ALLOWED"}
        return AgentAuthConfiguration(
            anonymous_allowed=self.allow_anonymous,
            connection_name=SERVICE_CONNECTION,
            validate_issuer=None if "VALIDATE_ISSUER" in settings else True,
            **settings,
        )


def load(env: Mapping[str, str] | None = None, settings: Settings | None = None) -> TeamsConfig:
    env = os.environ if env is None else env
    settings = settings or get_settings()
    config = TeamsConfig(
        sdk=load_configuration_from_env(env),
        allow_anonymous=settings.teams_allow_anonymous,
        graph_url=settings.graph_url.rstrip("/"),
        openid_metadata=settings.teams_openid_metadata or None,
    )
    if config.app_id and not config.app_secret and not config.connection.get("AUTHTYPE"):
        raise TeamsConfigError(
            "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID is set without CLIENTSECRET (or AUTHTYPE)"
        )
    return config
