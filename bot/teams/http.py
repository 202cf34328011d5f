"""Serving the Teams app from our one aiohttp server (`fairmatch serve`) at `/api/messages`.

The SDK's `CloudAdapter` turns the request into a turn of the `AgentApplication`; the SDK's JWT check runs
first, on this route only (Slack and `/healthz` have their own rules).
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import AsyncIterator

from aiohttp import web
from azure.identity.aio import ClientSecretCredential

from bot.teams import auth, proactive
from bot.teams.agent import TeamsAgent
from bot.teams.config import TeamsConfig, load
from bot.teams.graph_roles import CredentialFactory, GraphGroups
from storage.settings import Settings

log = logging.getLogger(__name__)

MESSAGES_PATH = "/api/messages"
TEAMS_AGENT = web.AppKey("teams_agent", TeamsAgent)


def app_credentials(config: TeamsConfig) -> CredentialFactory | None:
    """App-only Graph access in the user's own Entra tenant, with the bot's app registration."""
    if not (config.app_id and config.app_secret):
        return None

    def credential_for(entra_tenant: str) -> ClientSecretCredential:
        return ClientSecretCredential(entra_tenant, config.app_id, config.app_secret)

    return credential_for


def _messages(agent: TeamsAgent):
    @auth.require_jwt
    async def handle(request: web.Request) -> web.StreamResponse:
        if not await auth.service_url_matches(request):
            return web.json_response({"error": "serviceUrl does not match the token"}, status=401)
        return await agent.adapter.process(request, agent.app)

    return handle


def mount(
    app: web.Application, settings: Settings | None = None, *, credential_for: CredentialFactory | None = None
) -> None:
    """Add `/api/messages`; without a Teams app id (and no explicit anonymous mode), nothing."""
    config = load(settings=settings)
    if not config.configured:
        log.info("teams: not configured (CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID), not mounted")
        return
    if config.allow_anonymous:
        log.warning(
            "teams: FAIRMATCH_TEAMS_ALLOW_ANONYMOUS is on: requests without a token are accepted. "
            "Use this for local development only."
        )
    auth.use_openid_metadata(config.openid_metadata)
    credentials = credential_for or app_credentials(config)
    graph = GraphGroups(config.graph_url, credentials) if credentials else None
    agent = TeamsAgent(config, graph)
    app[TEAMS_AGENT] = agent
    with warnings.catch_warnings():  # the SDK's middleware reads a plain string key
        warnings.simplefilter("ignore")
        app[auth.AUTH_CONFIG_KEY] = config.auth_configuration()
    app.router.add_post(MESSAGES_PATH, _messages(agent))
    proactive.use_adapter(agent.adapter)

    async def lifecycle(_app: web.Application) -> AsyncIterator[None]:
        yield
        proactive.use_adapter(None)
        if graph is not None:
            await graph.close()

    app.cleanup_ctx.append(lifecycle)
