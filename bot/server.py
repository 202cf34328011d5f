"""The one HTTP app: `/healthz`, and the Slack and Teams endpoints that their adapters mount."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from importlib.metadata import version

from aiohttp import web
from sqlalchemy import text

from bot import slack, teams
from connectors import webhook as connectors_webhook
from storage.db import get_engine

log = logging.getLogger(__name__)

# Adapters register a function that adds their routes (and start-up hooks) to the app.
Mount = Callable[[web.Application], None]
MOUNTS: list[Mount] = [connectors_webhook.mount, slack.mount, teams.mount]


def _database_ok() -> bool:
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        log.exception("health check: database unreachable")
        return False


async def healthz(_request: web.Request) -> web.Response:
    db_ok = await asyncio.to_thread(_database_ok)
    body = {
        "status": "ok" if db_ok else "degraded",
        "database": "ok" if db_ok else "unreachable",
        "version": version("fairmatch"),
    }
    return web.json_response(body, status=200 if db_ok else 503)


async def _scheduler_context(app: web.Application):
    """Run the scheduler's jobs beside the web server; each job takes a lock, so replicas don't collide."""
    from scheduler.jobs import background

    scheduler = background()
    scheduler.start()
    yield
    scheduler.shutdown(wait=False)


def create_app(*, with_scheduler: bool = False) -> web.Application:
    app = web.Application()
    app.router.add_get("/healthz", healthz)
    for mount in MOUNTS:
        mount(app)
    if with_scheduler:
        app.cleanup_ctx.append(_scheduler_context)
    return app
