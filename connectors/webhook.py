"""`POST /connectors/ats/{connector_id}`: an ATS pushes candidates and vacancies, signed with HMAC."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from connectors.base import ConnectorError
from connectors.sync import WebhookRefused, handle_webhook

log = logging.getLogger(__name__)
MAX_BODY = 20 * 1024 * 1024


async def ats_webhook(request: web.Request) -> web.Response:
    body = await request.read()
    if len(body) > MAX_BODY:
        return web.json_response({"error": "payload too large"}, status=413)
    try:
        result = await asyncio.to_thread(
            handle_webhook,
            request.match_info["connector_id"],
            request.headers.get("X-Fairmatch-Timestamp"),
            request.headers.get("X-Fairmatch-Signature"),
            body,
        )
    except WebhookRefused:
        return web.json_response({"error": "invalid signature"}, status=401)
    except ConnectorError as exc:
        return web.json_response({"error": str(exc)}, status=400)
    return web.json_response(result.to_json())


def mount(app: web.Application) -> None:
    app.router.add_post("/connectors/ats/{connector_id}", ats_webhook)
