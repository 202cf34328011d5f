"""The one conversation core for every channel: text in, `Reply` out; decisions only as typed actions.

    from bot.core import handle, act, ThreadContext

Imported lazily so that adapters importing `bot.core.models` do not load the whole core.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ThreadContext", "act", "handle"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from bot.core import conversation

        return getattr(conversation, name)
    raise AttributeError(name)
