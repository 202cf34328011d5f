"""What the bot remembers about Teams conversations, in our database so every replica shares it.

`ChatMessageRef`: every bot message that names a candidate (one row per candidate), so retention can
delete or redact it. `ConversationRef`: each user's personal chat with the bot, for proactive messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from functools import partial
from typing import Any

from microsoft_agents.activity import Activity, ConversationReference
from sqlalchemy.exc import IntegrityError
from sqlmodel import delete, select

from storage.chat_refs import record as _record
from storage.db import session_scope
from storage.models import ConversationRef, SeenEvent, utcnow

CHANNEL = "teams"
SEEN_KEEP = timedelta(days=1)


record_message = partial(_record, CHANNEL)


def reference_json(activity: Activity) -> dict[str, Any]:
    return activity.get_conversation_reference().model_dump(mode="json", by_alias=True, exclude_none=True)


def save_personal(tenant_id: str, user_id: str, activity: Activity) -> None:
    """Remember the user's personal chat with the bot (the place for reminders and review requests)."""
    reference = reference_json(activity)
    with session_scope() as session:
        row = session.exec(
            select(ConversationRef).where(
                ConversationRef.channel == CHANNEL, ConversationRef.user_id == user_id
            )
        ).first()
        if row is None:
            row = ConversationRef(tenant_id=tenant_id, user_id=user_id, channel=CHANNEL)
        elif row.reference == reference:
            return
        row.reference = reference
        row.updated_at = utcnow()
        session.add(row)


def personal(user_id: str) -> tuple[str, ConversationReference] | None:
    """The user's tenant and personal-chat reference, if they ever chatted with the bot."""
    with session_scope() as session:
        row = session.exec(
            select(ConversationRef).where(
                ConversationRef.channel == CHANNEL, ConversationRef.user_id == user_id
            )
        ).first()
    return (row.tenant_id, ConversationReference.model_validate(row.reference)) if row else None


def teams_user_ids(user_ids: Iterable[str]) -> dict[str, str]:
    """Our user id -> the Teams user id ("29:…") known from their personal chat, for card refresh lists."""
    wanted = list(dict.fromkeys(user_ids))
    if not wanted:
        return {}
    with session_scope() as session:
        rows = session.exec(
            select(ConversationRef.user_id, ConversationRef.reference).where(
                ConversationRef.channel == CHANNEL, ConversationRef.user_id.in_(wanted)
            )
        ).all()
    return {uid: ref.get("user", {}).get("id") for uid, ref in rows if ref.get("user", {}).get("id")}


def first_delivery(activity: Activity) -> bool:
    """False for a redelivered activity (Teams retries when we are slow), so it is handled once."""
    if not activity.id:
        return True
    key = f"teams:{activity.conversation.id if activity.conversation else ''}:{activity.id}"
    now = utcnow()
    try:
        with session_scope() as session:
            session.exec(
                delete(SeenEvent).where(
                    SeenEvent.key.startswith("teams:"), SeenEvent.seen_at < now - SEEN_KEEP
                )
            )
            session.add(SeenEvent(key=key, seen_at=now))
    except IntegrityError:
        return False
    return True
