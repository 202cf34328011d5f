"""Serving the Bolt app from our one aiohttp server (`fairmatch serve`), or over Socket Mode in development.

slack-bolt's aiohttp adapter converts requests and responses; this is what Bolt's own
`AsyncSlackAppServer` does, mounted on our application instead of a separate server.
"""

from __future__ import annotations

import logging

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

from bot.slack.app import SlackConfigError, build_app, configured, oauth_mode
from storage.settings import Settings, get_settings

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
BOLT_APP = web.AppKey("slack_bolt_app", AsyncApp)


def _events(bolt: AsyncApp):
    async def handle(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    return handle


def _oauth(bolt: AsyncApp):
    flow = bolt.oauth_flow
    assert flow is not None

    async def install(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await flow.handle_installation(await to_bolt_request(request)))

    async def redirect(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await flow.handle_callback(await to_bolt_request(request)))

    return install, redirect


def _socket_mode(bolt: AsyncApp, app_token: str):
    async def lifecycle(_app: web.Application):
        handler = AsyncSocketModeHandler(bolt, app_token)
        await handler.connect_async()
        log.info("slack socket mode connected")
        yield
        await handler.close_async()

    return lifecycle


def mount(app: web.Application, settings: Settings | None = None) -> None:
    """Add `/slack/events` (and the OAuth install routes) to our server; without Slack settings, nothing."""
    settings = settings or get_settings()
    if not configured(settings):
        log.info("slack: not configured (SLACK_SIGNING_SECRET and a token or OAuth client), not mounted")
        return
    bolt = build_app(settings)
    app[BOLT_APP] = bolt
    app.router.add_post(EVENTS_PATH, _events(bolt))
    if oauth_mode(settings):
        install, redirect = _oauth(bolt)
        app.router.add_get(bolt.oauth_flow.install_path, install)
        app.router.add_get(bolt.oauth_flow.redirect_uri_path, redirect)
    if settings.slack_socket_mode:
        if not settings.slack_app_token:
            raise SlackConfigError("FAIRMATCH_SLACK_SOCKET_MODE needs SLACK_APP_TOKEN (xapp-…)")
        app.cleanup_ctx.append(_socket_mode(bolt, settings.slack_app_token))
