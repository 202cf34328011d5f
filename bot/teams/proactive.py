"""Messages the bot starts itself (consent renewal reminders, retention notices, review requests).

They go to the user's personal chat with the bot, through the conversation reference stored when the user
last wrote there or installed the app. A user who never did cannot be reached in Teams: `send` says so
by returning False. `send` is synchronous for the scheduler's worker threads; inside the server use
`send_async`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from microsoft_agents.activity import ConversationReference
from microsoft_agents.hosting.aiohttp import CloudAdapter
from microsoft_agents.hosting.core import ClaimsIdentity, TurnContext

from bot.core.models import Principal, Reply
from bot.teams import cards, config, refs

log = logging.getLogger(__name__)

T = TypeVar("T")
Content = str | Reply | dict[str, Any]  # plain text, a core reply, or an Adaptive Card

_adapter: CloudAdapter | None = None


def default_adapter(teams_config: config.TeamsConfig | None = None) -> CloudAdapter:
    """The adapter of this process; built from the settings when the scheduler runs without the server."""
    global _adapter
    if _adapter is None:
        from bot.teams.agent import connection_manager

        _adapter = CloudAdapter(connection_manager=connection_manager(teams_config or config.load()))
    return _adapter


def use_adapter(adapter: CloudAdapter | None) -> None:
    """The server registers its adapter here, so proactive sends share its connector clients and tokens."""
    global _adapter
    _adapter = adapter


async def continue_in(
    reference: ConversationReference, callback, *, adapter: CloudAdapter | None = None, teams_config=None
) -> None:
    """Run `callback(context)` in an existing conversation, authenticated as the bot (or anonymously in
    development, when no app id is configured)."""
    teams_config = teams_config or config.load()
    adapter = adapter or default_adapter(teams_config)
    activity = reference.get_continuation_activity()
    if teams_config.app_id:
        await adapter.continue_conversation(teams_config.app_id, activity, callback)
    else:
        await adapter.continue_conversation_with_claims(ClaimsIdentity({}), activity, callback)


async def run_in(
    reference: ConversationReference,
    step: Callable[[TurnContext], Awaitable[T]],
    *,
    adapter: CloudAdapter | None = None,
    teams_config: config.TeamsConfig | None = None,
) -> T:
    """`step(context)` in the conversation; its result, or its exception raised here for the caller
    (inside the turn the adapter would only log it)."""
    outcome: dict[str, Any] = {}

    async def callback(context: TurnContext) -> None:
        try:
            outcome["value"] = await step(context)
        except Exception as exc:
            outcome["error"] = exc

    await continue_in(reference, callback, adapter=adapter, teams_config=teams_config)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _activity(content: Content):
    from bot.teams.agent import message

    if isinstance(content, Reply):
        rich = bool(content.cards or content.questions)
        return message(content.text, cards.reply_card(content) if rich else None)
    if isinstance(content, dict):
        return message(str(content.get("fallback") or ""), content.get("card", content))
    return message(content)


async def send_async(
    user_id: str,
    content: Content,
    *,
    candidate_ids: Sequence[str] = (),
    adapter: CloudAdapter | None = None,
    teams_config: config.TeamsConfig | None = None,
) -> str | None:
    """Post to the user's personal chat; returns the Teams activity id, or None when unreachable.

    Every candidate the message names is recorded (ChatMessageRef) so retention can remove it later.
    """
    found = await asyncio.to_thread(refs.personal, user_id)
    if found is None:
        return None
    tenant_id, reference = found
    outgoing = _activity(content)

    async def post(context: TurnContext) -> str:
        sent = await context.send_activity(outgoing)
        return sent.id if sent else ""

    message_id = await run_in(reference, post, adapter=adapter, teams_config=teams_config)
    names = [*candidate_ids, *(content.candidate_ids if isinstance(content, Reply) else [])]
    await asyncio.to_thread(
        refs.record_message,
        tenant_id,
        names,
        reference.conversation.id,
        message_id,
        reference.service_url or "",
    )
    log.info("teams proactive message sent", extra={"user_id": user_id})
    return message_id


def send(user_id: str, text_or_card: Content, *, candidate_ids: Sequence[str] = ()) -> bool:
    """For synchronous callers (the scheduler's jobs): True when the message was delivered, False when the
    user cannot be reached in Teams; a failing connector raises, so the job can try again later."""
    return asyncio.run(send_async(user_id, text_or_card, candidate_ids=candidate_ids)) is not None


async def send_reply(
    principal: Principal, reply: Reply, *, names: Sequence[str] = (), adapter=None, config=None
) -> str | None:
    return await send_async(
        principal.user_id, reply, candidate_ids=names, adapter=adapter, teams_config=config
    )


async def send_card(
    user_id: str,
    fallback: str,
    card: cards.Card,
    *,
    candidate_ids: Sequence[str] = (),
    adapter=None,
    config=None,
) -> str | None:
    return await send_async(
        user_id,
        {"fallback": fallback, "card": card},
        candidate_ids=candidate_ids,
        adapter=adapter,
        teams_config=config,
    )
