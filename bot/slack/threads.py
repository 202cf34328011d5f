"""The core's `ThreadContext` per Slack conversation: which vacancy a thread is about, what "#2" means.

Kept in memory, bounded: it only carries conversational shorthand, never a decision, so losing it (a
restart, another replica) costs a user a fuller sentence, not correctness.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from bot.core import ThreadContext

Key = tuple[str, str, str]  # team id, channel id, thread ts (or a conversation-wide marker)


def is_direct(channel: str) -> bool:
    """A one-to-one conversation with the bot (Slack DM ids start with D): the core may show names there."""
    return channel.startswith("D")


class Threads:
    def __init__(self, size: int = 5000) -> None:
        self._size = size
        self._items: OrderedDict[Key, ThreadContext] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Key) -> ThreadContext:
        with self._lock:
            ctx = self._items.get(key)
            if ctx is None:
                ctx = ThreadContext(direct=is_direct(key[1]))
            self._remember(key, ctx)
            return ctx

    def alias(self, key: Key, ctx: ThreadContext) -> None:
        """The same conversation under a second key, e.g. the thread a slash-command answer starts."""
        with self._lock:
            self._remember(key, ctx)

    def _remember(self, key: Key, ctx: ThreadContext) -> None:
        self._items[key] = ctx
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)
