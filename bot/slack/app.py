"""The Bolt app: single-workspace token mode or the multi-workspace OAuth flow, same listeners.

Token mode needs SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET; OAuth mode needs SLACK_CLIENT_ID +
SLACK_CLIENT_SECRET (+ the signing secret) and keeps installations, encrypted, in our database.
The Web API base URL comes from FAIRMATCH_SLACK_API_URL (tests, GovSlack-style deployments).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from urllib.parse import urljoin

import yaml
from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import listeners
from bot.slack.stores import DbInstallationStore, DbOAuthStateStore, first_sighting
from storage.settings import Settings, get_settings

log = logging.getLogger(__name__)

MANIFEST = Path(__file__).with_name("manifest.yml")
INSTALL_PATH, REDIRECT_PATH = "/slack/install", "/slack/oauth_redirect"


class SlackConfigError(RuntimeError):
    """Slack settings are missing or contradictory; the message names the variables."""


def bot_scopes() -> list[str]:
    """The scopes the install asks for are the manifest's, so the two cannot drift apart."""
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return list(manifest["oauth_config"]["scopes"]["bot"])


def oauth_mode(settings: Settings) -> bool:
    return bool(settings.slack_client_id and settings.slack_client_secret)


def configured(settings: Settings) -> bool:
    return bool(settings.slack_signing_secret and (settings.slack_bot_token or oauth_mode(settings)))


def web_client(settings: Settings, token: str | None = None) -> AsyncWebClient:
    """Every Web API call goes to the configured base URL, and a 429 waits for its Retry-After."""
    client = AsyncWebClient(token=token, base_url=settings.slack_api_url)
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=3))
    return client


def _oauth_settings(settings: Settings) -> AsyncOAuthSettings:
    return AsyncOAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret,
        scopes=bot_scopes(),
        user_scopes=[],
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        authorization_url=urljoin(settings.slack_api_url, "/oauth/v2/authorize"),
        installation_store=DbInstallationStore(),
        state_store=DbOAuthStateStore(expiration_seconds=600),
    )


async def skip_retries(body: dict, next_) -> BoltResponse | None:
    """Slack retries an event it thinks we missed; handle each event id once across all replicas."""
    event_id = body.get("event_id") if body.get("type") == "event_callback" else None
    if event_id and not await asyncio.to_thread(first_sighting, f"slack:event:{event_id}"):
        log.info("slack retry skipped", extra={"event_id": event_id})
        return BoltResponse(status=200, body="")
    return await next_()


async def _uninstalled(body: dict) -> None:
    """Token mode has no stored installation to forget; the admin removes SLACK_BOT_TOKEN."""
    log.warning("slack app uninstalled or token revoked", extra={"team_id": body.get("team_id")})


def build_app(settings: Settings | None = None) -> AsyncApp:
    settings = settings or get_settings()
    if not settings.slack_signing_secret:
        raise SlackConfigError("SLACK_SIGNING_SECRET is not set")
    if oauth_mode(settings):
        app = AsyncApp(
            signing_secret=settings.slack_signing_secret,
            client=web_client(settings),
            oauth_settings=_oauth_settings(settings),
        )
        app.enable_token_revocation_listeners()
    elif settings.slack_bot_token:
        app = AsyncApp(
            signing_secret=settings.slack_signing_secret,
            client=web_client(settings, settings.slack_bot_token),
        )
        app.event("app_uninstalled")(_uninstalled)
        app.event("tokens_revoked")(_uninstalled)
    else:
        raise SlackConfigError(
            "set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET"
        )
    app.use(skip_retries)
    listeners.register(app)
    return app
