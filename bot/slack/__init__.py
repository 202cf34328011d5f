"""The Slack adapter: a thin Bolt app around the shared conversation core (`bot.core`).

`mount(app)` adds `/slack/events` (and `/slack/install`, `/slack/oauth_redirect` in OAuth mode) to the
`fairmatch serve` aiohttp app; `build_app()` returns the Bolt app itself.
"""

from bot.slack.app import SlackConfigError, build_app
from bot.slack.http import BOLT_APP, EVENTS_PATH, mount

__all__ = ["BOLT_APP", "EVENTS_PATH", "SlackConfigError", "build_app", "mount"]
