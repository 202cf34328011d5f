"""Retention's hands in Teams: delete or redact a message the bot posted (a `ChatMessageRef` row).

The bot can only change its own messages; Teams allows that with the conversation id, the activity id and
the service URL stored when the message was sent. A message that is already gone counts as deleted.
"""

from __future__ import annotations

import asyncio
import logging

import aiohttp
from microsoft_agents.activity import (
    Activity,
    ActivityTypes,
    ChannelAccount,
    ConversationAccount,
    ConversationReference,
)
from microsoft_agents.hosting.core import TurnContext

from bot.teams import config, proactive
from storage.models import ChatMessageRef

log = logging.getLogger(__name__)

GONE = (404, 410)


class NotTeamsMessage(ValueError):
    """The row is not a Teams message with a service URL."""


def _reference(ref: ChatMessageRef, app_id: str) -> ConversationReference:
    if ref.channel != "teams" or not ref.service_url:
        raise NotTeamsMessage(f"chat message ref {ref.id} is not a Teams message with a service URL")
    return ConversationReference(
        channel_id="msteams",
        service_url=ref.service_url,
        conversation=ConversationAccount(id=ref.conversation_id),
        agent=ChannelAccount(id=f"28:{app_id}" if app_id else "bot"),
    )


async def delete_async(ref: ChatMessageRef, *, adapter=None, teams_config=None) -> bool:
    """Delete the bot's message; True when it is gone (now or before)."""
    teams_config = teams_config or config.load()

    async def remove(context: TurnContext) -> None:
        await context.delete_activity(ref.message_id)

    try:
        await proactive.run_in(
            _reference(ref, teams_config.app_id), remove, adapter=adapter, teams_config=teams_config
        )
    except aiohttp.ClientResponseError as exc:
        if exc.status not in GONE:
            raise
    log.info("teams message deleted", extra={"ref_id": ref.id})
    return True


async def update_async(ref: ChatMessageRef, text: str, *, adapter=None, teams_config=None) -> bool:
    """Replace the bot's message with `text` (e.g. a redaction notice); False when it no longer exists."""
    teams_config = teams_config or config.load()

    async def replace(context: TurnContext) -> None:
        await context.update_activity(
            Activity(
                type=ActivityTypes.message, id=ref.message_id, text=text, text_format="plain", attachments=[]
            )
        )

    try:
        await proactive.run_in(
            _reference(ref, teams_config.app_id), replace, adapter=adapter, teams_config=teams_config
        )
    except aiohttp.ClientResponseError as exc:
        if exc.status in GONE:
            return False
        raise
    log.info("teams message updated", extra={"ref_id": ref.id})
    return True


def delete_message(ref: ChatMessageRef) -> None:
    """For the scheduler: returns once the message is gone; raises when Teams could not delete it."""
    asyncio.run(delete_async(ref))


def update_message(ref: ChatMessageRef, text: str) -> bool:
    """For the scheduler: replace the message's content; False when it no longer exists."""
    return asyncio.run(update_async(ref, text))
