"""Retention's hands in Slack: delete or redact a message the bot posted (a `ChatMessageRef` row).

The bot can only change its own messages, with a token of the workspace they are in: the single
workspace token, or in OAuth mode the stored installation of each workspace linked to the tenant. A
message that is already gone counts as deleted.
"""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.slack.app import oauth_mode
from bot.slack.stores import find_installation
from storage.db import session_scope
from storage.directory import tenant_links
from storage.models import ChatMessageRef
from storage.settings import get_settings

log = logging.getLogger(__name__)

GONE = ("message_not_found",)
OTHER_WORKSPACE = ("channel_not_found", "not_in_channel", "invalid_auth", "account_inactive", "token_revoked")


class NotSlackMessage(ValueError):
    """The row is not a Slack message, or no token can reach it."""


def _tokens(tenant_id: str) -> list[str]:
    settings = get_settings()
    if not oauth_mode(settings):
        return [settings.slack_bot_token] if settings.slack_bot_token else []
    with session_scope() as session:
        links = tenant_links(session, tenant_id)
    tokens = []
    for link in links:
        if link.kind == "slack_team":
            installation = find_installation(None, link.external_id) or find_installation(
                None, link.external_id, True
            )
        elif link.kind == "slack_enterprise":
            installation = find_installation(link.external_id, None, True)
        else:
            continue
        if installation is not None and installation.bot_token:
            tokens.append(installation.bot_token)
    return tokens


def _client(token: str) -> WebClient:
    client = WebClient(token=token, base_url=get_settings().slack_api_url)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return client


def _each_workspace(ref: ChatMessageRef, call: str, **args: object) -> bool:
    """Run `call` with each token that may own the message; True once done, False if the message is gone."""
    if ref.channel != "slack":
        raise NotSlackMessage(f"chat message ref {ref.id} is not a Slack message")
    tokens = _tokens(ref.tenant_id)
    if not tokens:
        raise NotSlackMessage(f"no Slack token for tenant {ref.tenant_id}")
    last: SlackApiError | None = None
    for token in tokens:
        try:
            _client(token).api_call(call, json={"channel": ref.conversation_id, "ts": ref.message_id, **args})
            return True
        except SlackApiError as exc:
            error = exc.response.get("error")
            if error in GONE:
                return False
            if error not in OTHER_WORKSPACE:
                raise
            last = exc
    assert last is not None
    raise last


def delete_message(ref: ChatMessageRef) -> None:
    """For the scheduler: returns once the message is gone; raises when Slack could not delete it."""
    _each_workspace(ref, "chat.delete")
    log.info("slack message deleted", extra={"ref_id": ref.id})


def update_message(ref: ChatMessageRef, text: str) -> bool:
    """For the scheduler: replace the message's content (blocks and all); False when it no longer exists."""
    done = _each_workspace(ref, "chat.update", text=text, blocks=[])
    log.info("slack message updated", extra={"ref_id": ref.id, "done": done})
    return done


def send_dm(tenant_id: str, slack_user_id: str, text: str) -> bool:
    """For the scheduler's reminders: a message in the user's DM with the app (`chat:write` suffices)."""
    for token in _tokens(tenant_id):
        try:
            _client(token).chat_postMessage(channel=slack_user_id, text=text)
            return True
        except SlackApiError as exc:
            if exc.response.get("error") not in (*OTHER_WORKSPACE, "user_not_found"):
                raise
    return False
