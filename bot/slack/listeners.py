"""Bolt listeners: Slack events in, `bot.core` calls, Block Kit out. No business rules live here.

Each listener acknowledges first (Slack wants an answer within 3 s) and then does the work; Bolt's
default (`process_before_response=False`) sends the ack response the moment `ack()` is called.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import core
from bot.core import ThreadContext
from bot.core.models import Action, ActionKind, Principal, Reply
from bot.slack import blocks, home, identity, refs, uploads
from bot.slack.identity import Unknown
from bot.slack.threads import Threads, is_direct
from storage.settings import get_settings

log = logging.getLogger(__name__)

COMMAND = "/fairmatch"
NOT_IN_CHANNEL = ("not_in_channel", "channel_not_found")
FAILED = "Something went wrong on our side; nothing was changed. Please try again."
INVITE = "I can't post in this conversation. Invite me with `/invite @fairmatch`, or DM me."
BOT_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(\|[^>]*)?>")


async def who(context: AsyncBoltContext, user_id: str | None) -> Principal | Unknown:
    return await asyncio.to_thread(identity.resolve, context.team_id, context.enterprise_id, user_id)


async def converse(principal: Principal, text: str, thread: ThreadContext) -> Reply:
    return await asyncio.to_thread(functools.partial(core.handle, principal, text, thread=thread))


async def act(principal: Principal, action: Action, thread: ThreadContext) -> Reply:
    return await asyncio.to_thread(functools.partial(core.act, principal, action, thread=thread))


async def post(
    client: AsyncWebClient,
    principal: Principal,
    reply: Reply,
    channel: str,
    *,
    user: str,
    thread_ts: str | None = None,
    names: list[str] | None = None,
    for_reviewers: bool = True,
) -> str | None:
    """Post a reply (ephemeral when private) and record every candidate it names; returns the ts."""
    mention_ids = await asyncio.to_thread(identity.slack_ids, principal.tenant_id, reply.mention_user_ids)
    body = blocks.reply_blocks(reply, mention_ids=mention_ids, for_reviewers=for_reviewers)
    text = blocks.fallback_text(reply, mention_ids)
    if reply.private or reply.refused:
        # Ephemeral messages are not kept in the conversation, so there is nothing to record for retention.
        await client.chat_postEphemeral(
            channel=channel, user=user, text=text, blocks=body, thread_ts=thread_ts
        )
        return None
    resp = await client.chat_postMessage(
        channel=channel, text=text, blocks=body, thread_ts=thread_ts, unfurl_links=False, unfurl_media=False
    )
    candidates = [*reply.candidate_ids, *(names or [])]
    await asyncio.to_thread(refs.record, principal.tenant_id, candidates, resp["channel"], resp["ts"])
    return resp["ts"]


async def tell(
    client: AsyncWebClient, channel: str, user: str, text: str, thread_ts: str | None = None
) -> None:
    """A fixed, private notice to one user."""
    await client.chat_postEphemeral(channel=channel, user=user, text=text, thread_ts=thread_ts)


def _where(body: dict[str, Any]) -> tuple[str, str, str]:
    """Channel, message ts and thread ts of the message holding the clicked button ("" if ephemeral)."""
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id") or ""
    message = body.get("message") or {}
    if (body.get("container") or {}).get("is_ephemeral") or not message:
        return channel, "", ""
    return channel, message.get("ts", ""), message.get("thread_ts") or message.get("ts", "")


class Listeners:
    """Bolt listeners; one instance per Bolt app, holding that app's conversation contexts."""

    def __init__(self) -> None:
        self.threads = Threads()

    # --- slash command --------------------------------------------------------------------------------

    async def on_command(
        self, ack, command: dict[str, Any], client: AsyncWebClient, respond, context
    ) -> None:
        await ack()
        user, channel = command.get("user_id") or "", command.get("channel_id") or ""
        principal = await who(context, user)
        if isinstance(principal, Unknown):
            await respond(text=principal.text, response_type="ephemeral")
            return
        thread = self.threads.get((context.team_id or "", channel, f"user:{user}"))
        reply = await converse(principal, (command.get("text") or "").strip() or "help", thread)
        if reply.private or reply.refused:
            await respond(
                text=blocks.fallback_text(reply), blocks=blocks.reply_blocks(reply), response_type="ephemeral"
            )
            return
        try:
            ts = await post(client, principal, reply, channel, user=user)
        except SlackApiError as exc:
            if exc.response.get("error") not in NOT_IN_CHANNEL:
                raise
            await respond(text=INVITE, response_type="ephemeral")
            return
        if ts:  # buttons and replies under this answer continue the same conversation
            self.threads.alias((context.team_id or "", channel, ts), thread)

    # --- mentions and DMs -----------------------------------------------------------------------------

    async def _answer(self, event: dict[str, Any], text: str, client: AsyncWebClient, context) -> None:
        channel, user = event["channel"], event["user"]
        in_thread = event.get("thread_ts")
        principal = await who(context, user)
        if isinstance(principal, Unknown):
            await tell(client, channel, user, principal.text, in_thread)
            return
        direct = event.get("channel_type") == "im"
        root = in_thread or ("" if direct else event["ts"])
        thread = self.threads.get((context.team_id or "", channel, root))
        reply = await converse(principal, text, thread)
        thread_ts = in_thread or (event["ts"] if not direct and (reply.in_thread or reply.cards) else None)
        ts = await post(client, principal, reply, channel, user=user, thread_ts=thread_ts)
        if ts and not thread_ts:
            self.threads.alias((context.team_id or "", channel, ts), thread)

    async def on_mention(self, event: dict[str, Any], client: AsyncWebClient, context) -> None:
        text = BOT_MENTION.sub(
            lambda m: "" if m.group(1) == context.bot_user_id else m.group(0), event["text"]
        )
        await self._answer(event, text.strip() or "help", client, context)

    async def on_message(self, event: dict[str, Any], client: AsyncWebClient, context) -> None:
        """Direct messages only; edits, bot posts and file shares (see `on_file_shared`) are not questions."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        if not event.get("user") or event["user"] == context.bot_user_id:
            return
        await self._answer(event, (event.get("text") or "").strip() or "help", client, context)

    # --- files ----------------------------------------------------------------------------------------

    async def on_file_shared(self, event: dict[str, Any], client: AsyncWebClient, context) -> None:
        user, channel = event.get("user_id"), event.get("channel_id")
        if not user or not channel or user == context.bot_user_id:
            return
        principal = await who(context, user)
        if isinstance(principal, Unknown):
            if is_direct(channel):  # in channels, files of people we don't know are none of our business
                await tell(client, channel, user, principal.text)
            return
        api_url = get_settings().slack_api_url
        await uploads.handle_file(
            client, principal, context.team_id or "", event["file_id"], channel, api_url
        )

    # --- App Home -------------------------------------------------------------------------------------

    async def on_home_opened(self, event: dict[str, Any], client: AsyncWebClient, context) -> None:
        if event.get("tab") != "home":
            return
        principal = await who(context, event["user"])
        view = await asyncio.to_thread(home.view, principal)
        await client.views_publish(user_id=event["user"], view=view)

    # --- buttons and the decision modal ---------------------------------------------------------------

    def _thread(self, context, channel: str, thread_ts: str) -> ThreadContext:
        return self.threads.get((context.team_id or "", channel, thread_ts or ""))

    async def on_request_review(
        self, ack, body: dict[str, Any], action: dict[str, Any], client, context
    ) -> None:
        await ack()
        _, suggestion_id = blocks.parse_action_id(action["action_id"])
        user = body["user"]["id"]
        channel, _, thread_ts = _where(body)
        principal = await who(context, user)
        if isinstance(principal, Unknown):
            await tell(client, channel, user, principal.text, thread_ts or None)
            return
        # A review request is addressed to others, so it is worded for them even from a DM: the core then
        # applies its channel rules (pseudonyms, no contact details) instead of the DM ones.
        thread = dataclasses.replace(self._thread(context, channel, thread_ts), direct=False)
        reply = await act(principal, Action(ActionKind.request_review, suggestion_id), thread)
        names = await asyncio.to_thread(refs.candidate_of, principal.tenant_id, suggestion_id)
        private_thread = is_direct(channel) and blocks.review_requested(reply)
        if private_thread:
            # Managers cannot see the requester's DM with the bot: the review goes to each one's own DM.
            for manager in await asyncio.to_thread(
                identity.slack_ids, principal.tenant_id, reply.mention_user_ids
            ):
                await post(client, principal, reply, manager, user=user, names=names)
        await post(
            client,
            principal,
            reply,
            channel,
            user=user,
            thread_ts=thread_ts or None,
            names=names,
            for_reviewers=not private_thread,
        )

    async def on_decide_click(
        self, ack, body: dict[str, Any], action: dict[str, Any], client, context
    ) -> None:
        """Open the decision modal with the evidence in it; the core's refusal, if any, comes instead."""
        await ack()
        kind, suggestion_id = blocks.parse_action_id(action["action_id"])
        user = body["user"]["id"]
        channel, message_ts, thread_ts = _where(body)
        principal = await who(context, user)
        if isinstance(principal, Unknown):
            await tell(client, channel, user, principal.text, thread_ts or None)
            return
        thread = self._thread(context, channel, thread_ts)
        evidence = await act(principal, Action(ActionKind.open_evidence, suggestion_id), thread)
        if evidence.refused:
            await tell(client, channel, user, blocks.fallback_text(evidence), thread_ts or None)
            return
        ctx = blocks.DecisionContext(kind.value, suggestion_id, channel, message_ts, thread_ts)
        await client.views_open(trigger_id=body["trigger_id"], view=blocks.decision_modal(ctx, evidence))

    async def on_decision(self, ack, body: dict[str, Any], view: dict[str, Any], client, context) -> None:
        await ack()
        ctx = blocks.DecisionContext.load(view["private_metadata"])
        reason, viewed = blocks.decision_values(view)
        user = body["user"]["id"]
        principal = await who(context, user)
        thread_ts = ctx.thread_ts or None
        if isinstance(principal, Unknown):
            await tell(client, ctx.channel, user, principal.text, thread_ts)
            return
        action = Action(ActionKind(ctx.kind), ctx.suggestion_id, reason=reason, evidence_viewed=viewed)
        reply = await act(principal, action, self._thread(context, ctx.channel, ctx.thread_ts))
        names = await asyncio.to_thread(refs.candidate_of, principal.tenant_id, ctx.suggestion_id)
        if reply.refused or reply.private or not ctx.message_ts:
            await post(client, principal, reply, ctx.channel, user=user, thread_ts=thread_ts, names=names)
            return
        await client.chat_update(
            channel=ctx.channel,
            ts=ctx.message_ts,
            text=blocks.fallback_text(reply),
            blocks=blocks.decided_blocks(reply, user),
        )
        await asyncio.to_thread(
            refs.record, principal.tenant_id, [*reply.candidate_ids, *names], ctx.channel, ctx.message_ts
        )

    async def on_open_evidence(
        self, ack, body: dict[str, Any], action: dict[str, Any], client, context
    ) -> None:
        await ack()
        _, suggestion_id = blocks.parse_action_id(action["action_id"])
        channel, _, thread_ts = _where(body)
        principal = await who(context, body["user"]["id"])
        if isinstance(principal, Unknown):
            reply = Reply(text=principal.text, refused=True)
        else:
            thread = self._thread(context, channel, thread_ts)
            reply = await act(principal, Action(ActionKind.open_evidence, suggestion_id), thread)
        await client.views_open(trigger_id=body["trigger_id"], view=blocks.evidence_modal(reply))


def _pattern(kind: ActionKind) -> re.Pattern[str]:
    return re.compile(rf"^{blocks.ACTION_PREFIX}:{kind.value}:")


async def on_error(error: Exception, body: dict[str, Any], client: AsyncWebClient, context) -> None:
    """Log the event type and error class only (never payload text), and tell the user nothing changed."""
    log.error(
        "slack listener failed",
        extra={"type": body.get("type"), "error": type(error).__name__, "team_id": context.team_id},
    )
    user = context.user_id
    channel = context.channel_id
    if user and channel:
        try:
            await tell(client, channel, user, FAILED)
        except SlackApiError:
            log.warning("slack: could not report a failure", extra={"team_id": context.team_id})


def register(app: AsyncApp) -> None:
    listeners = Listeners()
    app.command(COMMAND)(listeners.on_command)
    app.event("app_mention")(listeners.on_mention)
    app.event("message")(listeners.on_message)
    app.event("file_shared")(listeners.on_file_shared)
    app.event("app_home_opened")(listeners.on_home_opened)
    app.action(_pattern(ActionKind.request_review))(listeners.on_request_review)
    app.action(_pattern(ActionKind.approve))(listeners.on_decide_click)
    app.action(_pattern(ActionKind.decline))(listeners.on_decide_click)
    app.action(_pattern(ActionKind.open_evidence))(listeners.on_open_evidence)
    app.view(blocks.DECISION_CALLBACK)(listeners.on_decision)
    app.error(on_error)
