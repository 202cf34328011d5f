"""ChatMessageRef rows for Slack messages (channel id, message ts): the shared recorder, bound to Slack."""

from __future__ import annotations

from functools import partial

from storage.chat_refs import candidate_of
from storage.chat_refs import record as _record

CHANNEL = "slack"
record = partial(_record, CHANNEL)

__all__ = ["CHANNEL", "candidate_of", "record"]
