"""CVs shared with the bot (in a DM, or a channel it was invited to): the Slack source for ingestion.

The file is fetched with the bot token, only from the Slack host the API setting names (a token never goes
to any other host), handed to the shared ingest pipeline as bytes, and never stored by this module. The
thread gets fixed progress texts only; the file name is not repeated, the thread sits under the file.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient

from bot.core.models import Principal
from bot.slack import refs
from connectors import chat_uploads

if TYPE_CHECKING:
    from retrieval.ingest import IngestResult

log = logging.getLogger(__name__)

CV_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md", ".json"})
MAX_BYTES = 20 * 1024 * 1024
CONNECTOR_KIND = "slack-upload"
TEXTS = {
    "start": "Reading this CV…",
    "created": "Added as candidate `{id}`.",
    "updated": "Updated candidate `{id}`.",
    "unchanged": "Already known as candidate `{id}`; nothing changed.",
    "skipped": "I did not add this CV (unreadable, restricted, or the person asked not to be contacted). "
    "Nothing new was stored.",
    "failed": "Something went wrong while reading this CV. Nothing was stored; please try again later.",
    "too_big": "This file is larger than 20 MB; I did not read it.",
    "off": "CV uploads from Slack are switched off for this workspace.",
}


class DownloadError(RuntimeError):
    """The file could not be fetched from Slack."""


@dataclass(frozen=True)
class SharedFile:
    file_id: str
    name: str
    size: int
    url: str
    channel: str
    thread_ts: str | None

    @property
    def is_cv(self) -> bool:
        return PurePosixPath(self.name.lower()).suffix in CV_SUFFIXES

    @classmethod
    def from_info(cls, info: dict[str, Any], channel: str) -> SharedFile:
        shares = info.get("shares") or {}
        share: dict[str, Any] = {}
        for scope in ("private", "public"):
            entries = (shares.get(scope) or {}).get(channel) or []
            if entries:
                share = entries[0]
                break
        return cls(
            file_id=info["id"],
            name=info.get("name") or "",
            size=int(info.get("size") or 0),
            url=info.get("url_private_download") or info.get("url_private") or "",
            channel=channel,
            thread_ts=share.get("thread_ts") or share.get("ts"),
        )


def trusted_host(url: str, api_url: str) -> bool:
    """Only the API's own domain (files.slack.com for slack.com), over the API's scheme, gets the token."""
    target, api = urlsplit(url), urlsplit(api_url)
    host, api_host = target.hostname or "", api.hostname or ""
    return (
        bool(api_host) and target.scheme == api.scheme and (host == api_host or host.endswith("." + api_host))
    )


async def download(url: str, token: str, api_url: str) -> bytes:
    if not trusted_host(url, api_url):
        raise DownloadError("file url outside the Slack domain")
    timeout = aiohttp.ClientTimeout(total=60)
    async with (
        aiohttp.ClientSession(timeout=timeout) as http,
        http.get(url, headers={"Authorization": f"Bearer {token}"}, allow_redirects=False) as resp,
    ):
        if resp.status != 200:
            raise DownloadError(f"download failed with HTTP {resp.status}")
        data = await resp.content.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise DownloadError("file too large")
    return data


def connector_options(tenant_id: str) -> dict[str, Any] | None:
    return chat_uploads.options(tenant_id, CONNECTOR_KIND)


def ingest(
    tenant_id: str, team_id: str, shared: SharedFile, data: bytes, options: dict[str, Any]
) -> IngestResult:
    return chat_uploads.ingest(tenant_id, f"slack:{team_id}:{shared.file_id}", shared.name, data, options)


async def handle_file(
    client: AsyncWebClient, principal: Principal, team_id: str, file_id: str, channel: str, api_url: str
) -> None:
    """files.info, progress in the file's thread, download, ingest, a short result."""
    info = (await client.files_info(file=file_id))["file"]
    shared = SharedFile.from_info(info, channel)
    if not shared.is_cv:
        return
    options = await asyncio.to_thread(connector_options, principal.tenant_id)
    if options is None:
        await client.chat_postMessage(channel=channel, thread_ts=shared.thread_ts, text=TEXTS["off"])
        return
    if shared.size > MAX_BYTES:
        await client.chat_postMessage(channel=channel, thread_ts=shared.thread_ts, text=TEXTS["too_big"])
        return
    progress = await client.chat_postMessage(channel=channel, thread_ts=shared.thread_ts, text=TEXTS["start"])
    try:
        data = await download(shared.url, client.token or "", api_url)
        result = await asyncio.to_thread(ingest, principal.tenant_id, team_id, shared, data, options)
    except Exception as exc:
        log.warning("slack file ingest failed", extra={"file_id": file_id, "error": type(exc).__name__})
        await client.chat_update(channel=progress["channel"], ts=progress["ts"], text=TEXTS["failed"])
        return
    candidate_id = result.candidate_id
    text = TEXTS.get(str(result.status), TEXTS["updated"]).format(id=candidate_id)
    await client.chat_update(channel=progress["channel"], ts=progress["ts"], text=text)
    await asyncio.to_thread(
        refs.record, principal.tenant_id, [candidate_id], progress["channel"], progress["ts"]
    )
    log.info("slack file ingested", extra={"file_id": file_id, "candidate_id": candidate_id})
