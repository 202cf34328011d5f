"""The Microsoft Teams adapter: a thin Microsoft 365 Agents SDK app around the conversation core.

`mount(app)` adds `/api/messages` to the `fairmatch serve` aiohttp app. The scheduler uses
`bot.teams.proactive.send(user_id, text_or_card)` and, for retention, `bot.teams.messages.delete_message(ref)`
/ `update_message(ref, text)`.
"""

from bot.teams.http import MESSAGES_PATH, TEAMS_AGENT, mount

__all__ = ["MESSAGES_PATH", "TEAMS_AGENT", "mount"]
