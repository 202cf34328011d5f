"""The Agents SDK application: Teams activities in, `bot.core` calls, Adaptive Cards out. No business rules.

Personal chat, group chats and channels (where Teams only delivers messages that @mention the bot) all
go to `core.handle`; card buttons (`Action.Execute`) arrive as `adaptiveCard/action` invokes and go to
`core.act`. Whatever the core answers is rendered; who may do what is the core's decision.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from http import HTTPStatus
from typing import Any

from microsoft_agents.activity import (
    Activity,
    ActivityTypes,
    AdaptiveCardInvokeResponse,
    Attachment,
    InvokeResponse,
)
from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.aiohttp import CloudAdapter
from microsoft_agents.hosting.core import AgentApplication, MemoryStorage, TurnContext, TurnState
from microsoft_agents.hosting.core.app.adaptive_card import factory as invoke_factory

from bot import core
from bot.core import ThreadContext
from bot.core.models import Action, ActionKind, Principal, Reply
from bot.teams import cards, identity, refs, uploads
from bot.teams.config import SERVICE_CONNECTION, TeamsConfig
from bot.teams.graph_roles import GraphGroups
from bot.teams.identity import Unknown
from storage import chat_refs

log = logging.getLogger(__name__)

FAILED = {
    "en": "Something went wrong on our side; nothing was changed. Please try again.",
    "nl": "Er ging iets mis aan onze kant; er is niets veranderd. Probeer het opnieuw.",
}
PRIVATE_SENT = {
    "en": "I sent you the answer in our personal chat.",
    "nl": "Ik heb je het antwoord in onze persoonlijke chat gestuurd.",
}
PRIVATE_NO_CHAT = {
    "en": "This answer is only for you. Open a personal chat with me and ask there.",
    "nl": "Dit antwoord is alleen voor jou. Open een persoonlijke chat met mij en vraag het daar.",
}
PERSONAL = "personal"
ACTION_VERBS = re.compile(rf"^{re.escape(cards.VERB_PREFIX)}")


def say(table: dict[str, str], lang: str | None) -> str:
    return table.get(lang or "en", table["en"])


def connection_manager(config: TeamsConfig) -> MsalConnectionManager:
    return MsalConnectionManager(connections_configurations={SERVICE_CONNECTION: config.auth_configuration()})


def is_personal(activity: Activity) -> bool:
    return (activity.conversation.conversation_type if activity.conversation else None) in (PERSONAL, None)


def mentions_bot(activity: Activity) -> bool:
    bot_id = activity.recipient.id if activity.recipient else None
    return any(m.mentioned and m.mentioned.id == bot_id for m in TurnContext.get_mentions(activity))


@asynccontextmanager
async def _logged(event: str) -> AsyncIterator[None]:
    """Outbound trouble after a state change: logged with the error class, never raised to the user."""
    try:
        yield
    except Exception as exc:
        log.warning(event, extra={"error": type(exc).__name__})


class Threads:
    """The core's context per conversation (a chat, or one channel thread: ";messageid=…"), in memory.

    It holds what "#2" or "that candidate" refers to; losing it (a restart, another replica) only means
    the user names the suggestion again. Bounded, least recently used first out.
    """

    def __init__(self, size: int = 5000) -> None:
        self._size = size
        self._threads: OrderedDict[str, ThreadContext] = OrderedDict()

    def of(self, activity: Activity) -> ThreadContext:
        key = activity.conversation.id if activity.conversation else ""
        thread = self._threads.pop(key, None) or ThreadContext(direct=is_personal(activity))
        self._threads[key] = thread
        while len(self._threads) > self._size:
            self._threads.popitem(last=False)
        return thread


async def converse(principal: Principal, text: str, thread: ThreadContext) -> Reply:
    return await asyncio.to_thread(lambda: core.handle(principal, text, thread=thread))


async def act(principal: Principal, action: Action, thread: ThreadContext) -> Reply:
    return await asyncio.to_thread(lambda: core.act(principal, action, thread=thread))


def mentions_of(principal: Principal, reply: Reply) -> list[cards.Mention]:
    found = identity.mentions_for(principal.tenant_id, list(reply.mention_user_ids))
    return [cards.Mention(entra_id=oid, name=name) for _uid, oid, name in found]


def message(reply_text: str, card: cards.Card | None = None) -> Activity:
    activity = Activity(type=ActivityTypes.message, text=reply_text, text_format="plain")
    if card is not None:
        activity.attachments = [Attachment(content_type=cards.CONTENT_TYPE, content=card)]
        activity.text = ""  # the card carries the text; `summary` is the notification
        activity.summary = reply_text[:200]
    return activity


def card_response(card: cards.Card) -> AdaptiveCardInvokeResponse:
    return AdaptiveCardInvokeResponse(status_code=HTTPStatus.OK, type=cards.CONTENT_TYPE, value=card)


class TeamsAgent:
    """One Agents SDK app and adapter per process; `graph` derives roles from Entra groups when configured."""

    def __init__(self, config: TeamsConfig, graph: GraphGroups | None = None) -> None:
        self.config = config
        self.graph = graph
        self.threads = Threads()
        manager = connection_manager(config)
        self.adapter = CloudAdapter(connection_manager=manager)
        self.adapter.on_turn_error = self.on_adapter_error
        self.app: AgentApplication[TurnState] = AgentApplication[TurnState](
            storage=MemoryStorage(), connection_manager=manager, start_typing_timer=False
        )
        self.app.activity(ActivityTypes.message)(self.on_message)
        self.app.adaptive_card.action_execute(ACTION_VERBS)(self.on_action)
        self.app.activity(ActivityTypes.conversation_update)(self.on_conversation_update)
        self.app.activity(ActivityTypes.installation_update)(self.on_installation_update)
        # Every other activity (typing, reactions, unknown invokes) is acknowledged and ignored; a route
        # that matches them all also keeps the SDK from logging their text as "no route found".
        self.app.add_route(lambda _context: True, self.on_other)
        self.app.error(self.on_error)

    # --- sending ----------------------------------------------------------------------------------------

    async def post(
        self, context: TurnContext, principal: Principal, reply: Reply, *, names: Sequence[str] = ()
    ) -> str | None:
        """Send a reply into this conversation (or, when private outside a personal chat, to the user's
        personal chat) and record every candidate it names."""
        activity = context.activity
        if reply.private and not is_personal(activity):
            return await self._post_privately(context, principal, reply, names)
        mentions = await asyncio.to_thread(mentions_of, principal, reply)
        rich = bool(reply.cards or reply.questions or mentions)
        outgoing = message(reply.text, cards.reply_card(reply, mentions) if rich else None)
        sent = await context.send_activity(outgoing)
        message_id = sent.id if sent else ""
        candidates = [*reply.candidate_ids, *names]
        await asyncio.to_thread(
            refs.record_message,
            principal.tenant_id,
            candidates,
            activity.conversation.id,
            message_id or "",
            activity.service_url or "",
        )
        return message_id

    async def _post_privately(
        self, context: TurnContext, principal: Principal, reply: Reply, names: Sequence[str]
    ) -> None:
        from bot.teams import proactive

        sent = await proactive.send_reply(
            principal, reply, names=names, adapter=self.adapter, config=self.config
        )
        notice = PRIVATE_SENT if sent else PRIVATE_NO_CHAT
        await context.send_activity(message(say(notice, principal.lang)))

    async def tell(self, context: TurnContext, text: str) -> None:
        await context.send_activity(message(text))

    # --- messages ---------------------------------------------------------------------------------------

    async def on_message(self, context: TurnContext, _state: TurnState) -> None:
        activity = context.activity
        if not is_personal(activity) and not mentions_bot(activity):
            return  # group chats and channels: only what is addressed to the bot
        if not await asyncio.to_thread(refs.first_delivery, activity):
            return
        principal = await identity.resolve(activity, self.graph)
        if isinstance(principal, Unknown):
            await self.tell(context, principal.text)
            return
        if is_personal(activity):
            await asyncio.to_thread(refs.save_personal, principal.tenant_id, principal.user_id, activity)
        files = uploads.shared_files(activity)
        if files:
            for shared in files:
                await uploads.handle_file(context, principal, shared, identity.entra_tenant(activity))
            if not (activity.text or "").strip():
                return
        text = (activity.text or "").strip() or "help"
        reply = await converse(principal, text, self.threads.of(activity))
        await self.post(context, principal, reply)

    # --- card actions (Universal Actions) ---------------------------------------------------------------

    async def on_action(
        self, context: TurnContext, _state: TurnState, data: dict[str, Any]
    ) -> AdaptiveCardInvokeResponse:
        activity = context.activity
        verb = (activity.value or {}).get("action", {}).get("verb")
        suggestion_id = str((data or {}).get("suggestion_id") or "")
        if not suggestion_id:
            return invoke_factory.bad_request("missing suggestion_id")
        principal = await identity.resolve(activity, self.graph)
        if isinstance(principal, Unknown):
            return invoke_factory.message(principal.text)
        thread = self.threads.of(activity)
        kind = cards.parse_verb(verb)
        if verb == cards.REFRESH_VERB or kind == ActionKind.open_evidence:
            return card_response(await self.user_view(principal, suggestion_id, thread))
        if kind == ActionKind.request_review:
            return await self.request_review(context, principal, suggestion_id, thread)
        if kind in (ActionKind.approve, ActionKind.decline):
            return await self.decide(context, principal, kind, suggestion_id, data, thread)
        return invoke_factory.bad_request("unknown action")

    async def user_view(
        self, principal: Principal, suggestion_id: str, thread: ThreadContext, notice: str | None = None
    ) -> cards.Card:
        """The approval card as this user may see it now: the form only if the core offers them a decision."""
        view = await act(principal, Action(ActionKind.open_evidence, suggestion_id), thread)
        if view.refused or not view.cards:
            return cards.notice_card(notice or view.text)
        return cards.approval_card(
            view,
            suggestion_id,
            notice=notice,
            with_form=cards.offers_decision(view),
            refresh_user_ids=await self._refresh_ids(principal, view),
        )

    async def _refresh_ids(self, principal: Principal, reply: Reply) -> list[str]:
        users = [principal.user_id, *reply.mention_user_ids]
        known = await asyncio.to_thread(refs.teams_user_ids, users)
        return [known[u] for u in dict.fromkeys(users) if u in known]

    async def request_review(
        self, context: TurnContext, principal: Principal, suggestion_id: str, thread: ThreadContext
    ) -> AdaptiveCardInvokeResponse:
        reply = await act(principal, Action(ActionKind.request_review, suggestion_id), thread)
        if reply.refused or reply.private:
            return invoke_factory.message(reply.text)
        if not reply.cards:
            evidence = await act(principal, Action(ActionKind.open_evidence, suggestion_id), thread)
            if not evidence.refused:
                reply.cards = evidence.cards
        mentions = await asyncio.to_thread(mentions_of, principal, reply)
        card = cards.approval_card(
            reply,
            suggestion_id,
            mentions=mentions,
            refresh_user_ids=await self._refresh_ids(principal, reply),
        )
        names = await asyncio.to_thread(chat_refs.candidate_of, principal.tenant_id, suggestion_id)
        activity = context.activity
        # The review is requested (stored) by now: a failed post must not tell the user otherwise.
        async with _logged("teams: posting the approval card failed"):
            sent = await context.send_activity(message(reply.text, card))
            await asyncio.to_thread(
                refs.record_message,
                principal.tenant_id,
                [*reply.candidate_ids, *names],
                activity.conversation.id,
                sent.id if sent else "",
                activity.service_url or "",
            )
        if is_personal(activity):
            await self._notify_reviewers(principal, reply, card, names)
        return invoke_factory.message(reply.text)

    async def _notify_reviewers(
        self, principal: Principal, reply: Reply, card: cards.Card, names: list[str]
    ) -> None:
        """Reviewers are not in the requester's personal chat: the card goes to theirs."""
        from bot.teams import proactive

        for user_id in dict.fromkeys(reply.mention_user_ids):
            if user_id == principal.user_id:
                continue
            async with _logged("teams: a review request could not be delivered"):
                delivered = await proactive.send_card(
                    user_id, reply.text, card, candidate_ids=names, adapter=self.adapter, config=self.config
                )
                if not delivered:
                    log.info("teams: reviewer has no personal chat with the bot", extra={"user_id": user_id})

    async def decide(
        self,
        context: TurnContext,
        principal: Principal,
        kind: ActionKind,
        suggestion_id: str,
        data: dict[str, Any],
        thread: ThreadContext,
    ) -> AdaptiveCardInvokeResponse:
        reason, viewed = cards.decision_values(data)
        reply = await act(
            principal, Action(kind, suggestion_id, reason=reason, evidence_viewed=viewed), thread
        )
        if reply.refused:
            return card_response(await self.user_view(principal, suggestion_id, thread, notice=reply.text))
        decided = cards.decided_card(reply, principal.name)
        activity = context.activity
        if activity.reply_to_id:
            # The invoke answer updates the card for the person who decided; everyone else sees it here.
            # The decision is stored by now: a card that cannot be updated is logged, not an error.
            update = message(reply.text, decided)
            update.id = activity.reply_to_id
            async with _logged("teams: updating the decided card failed"):
                await context.update_activity(update)
            names = await asyncio.to_thread(chat_refs.candidate_of, principal.tenant_id, suggestion_id)
            await asyncio.to_thread(
                refs.record_message,
                principal.tenant_id,
                [*reply.candidate_ids, *names],
                activity.conversation.id,
                activity.reply_to_id,
                activity.service_url or "",
            )
        return card_response(decided)

    # --- installs ---------------------------------------------------------------------------------------

    async def on_conversation_update(self, context: TurnContext, _state: TurnState) -> None:
        """The bot was added to a personal chat: remember where to reach the user, and say hello."""
        activity = context.activity
        bot_id = activity.recipient.id if activity.recipient else None
        added = any(m.id == bot_id for m in activity.members_added or [])
        if added and is_personal(activity) and await asyncio.to_thread(refs.first_delivery, activity):
            principal = await self._remember(context)
            if principal is not None:
                reply = await converse(principal, "help", self.threads.of(activity))
                await self.post(context, principal, reply)

    async def on_installation_update(self, context: TurnContext, _state: TurnState) -> None:
        """Sent together with the conversation update on install; only the reference is kept (no second
        hello)."""
        activity = context.activity
        if (activity.action or "").startswith("add") and is_personal(activity):
            await self._remember(context, quiet=True)

    async def _remember(self, context: TurnContext, *, quiet: bool = False) -> Principal | None:
        activity = context.activity
        principal = await identity.resolve(activity, self.graph)
        if isinstance(principal, Unknown):
            if not quiet:
                await self.tell(context, principal.text)
            return None
        await asyncio.to_thread(refs.save_personal, principal.tenant_id, principal.user_id, activity)
        return principal

    async def on_other(self, context: TurnContext, _state: TurnState) -> None:
        if context.activity.type == ActivityTypes.invoke:
            await context.send_activity(
                Activity(type=ActivityTypes.invoke_response, value=InvokeResponse(status=int(HTTPStatus.OK)))
            )

    # --- failures ---------------------------------------------------------------------------------------

    async def on_error(self, context: TurnContext, error: Exception) -> None:
        """Log the activity type and error class only (never message text); tell the user nothing changed."""
        activity = context.activity
        log.error("teams turn failed", extra={"type": activity.type, "error": type(error).__name__})
        text = say(FAILED, identity.language(activity))
        try:
            if activity.type == ActivityTypes.invoke:
                body = invoke_factory.message(text).model_dump(mode="json", by_alias=True, exclude_none=True)
                await context.send_activity(
                    Activity(type=ActivityTypes.invoke_response, value=InvokeResponse(status=200, body=body))
                )
            elif activity.type == ActivityTypes.message:
                await self.tell(context, text)
        except Exception as exc:  # the connector itself may be what failed
            log.warning("teams: could not report a failure", extra={"error": type(exc).__name__})

    async def on_adapter_error(self, context: TurnContext, error: Exception) -> None:
        await self.on_error(context, error)
