"""The bot's own chat messages that name a candidate, one row per candidate, so retention can delete them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import select

from storage.db import session_scope
from storage.models import ChatMessageRef, MatchSuggestion


def record(
    channel: str,
    tenant_id: str,
    candidate_ids: Iterable[str],
    conversation_id: str,
    message_id: str,
    service_url: str | None = None,
) -> None:
    """Re-recording an updated message adds nothing."""
    wanted = set(candidate_ids)
    if not wanted or not message_id:
        return
    with session_scope() as session:
        existing = set(
            session.exec(
                select(ChatMessageRef.candidate_id).where(
                    ChatMessageRef.tenant_id == tenant_id,
                    ChatMessageRef.channel == channel,
                    ChatMessageRef.conversation_id == conversation_id,
                    ChatMessageRef.message_id == message_id,
                )
            ).all()
        )
        for candidate_id in sorted(wanted - existing):
            session.add(
                ChatMessageRef(
                    tenant_id=tenant_id,
                    candidate_id=candidate_id,
                    channel=channel,
                    conversation_id=conversation_id,
                    message_id=message_id,
                    service_url=service_url,
                )
            )


def candidate_of(tenant_id: str, suggestion_id: str | None) -> list[str]:
    """The candidate a suggestion is about, for messages that name it without a card."""
    if not suggestion_id:
        return []
    with session_scope() as session:
        suggestion = session.get(MatchSuggestion, suggestion_id)
    if suggestion is None or suggestion.tenant_id != tenant_id:
        return []
    return [suggestion.candidate_id]
