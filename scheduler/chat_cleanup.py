"""Delete the bot's own chat messages through the adapter of the channel they were posted in."""

from __future__ import annotations

from storage.models import ChatMessageRef


class UnknownChannel(ValueError):
    pass


def delete_message(ref: ChatMessageRef) -> None:
    """Raises when the platform could not delete it; the erasure job then stays pending."""
    if ref.channel == "slack":
        from bot.slack.messages import delete_message as delete_slack

        delete_slack(ref)
    elif ref.channel == "teams":
        from bot.teams.messages import delete_message as delete_teams

        delete_teams(ref)
    else:
        raise UnknownChannel(f"no adapter for channel {ref.channel!r}")
