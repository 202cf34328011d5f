"""CVs sent to the bot in a personal chat: the Teams source for ingestion.

Teams hands a bot a file as a `file.download.info` attachment whose `downloadUrl` is a short-lived,
pre-authorised link (the bot needs `supportsFiles` in the manifest); no token is sent with it. The bytes go
to the shared ingest pipeline and are never stored by this module; the chat gets fixed texts only.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

import aiohttp
from microsoft_agents.activity import Activity, ActivityTypes
from microsoft_agents.hosting.core import TurnContext

from bot.core.models import Principal
from bot.teams import refs
from connectors import chat_uploads

log = logging.getLogger(__name__)

DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info"
CV_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md", ".json"})
MAX_BYTES = 20 * 1024 * 1024
CONNECTOR_KIND = "teams-upload"
TEXTS = {
    "en": {
        "created": "Added as candidate {id}.",
        "updated": "Updated candidate {id}.",
        "skipped": "Already known as candidate {id}; nothing changed.",
        "failed": (
            "I could not read this file (corrupt, encrypted or an unsupported format). Nothing was stored."
        ),
        "too_big": "This file is larger than 20 MB; I did not read it.",
        "off": "CV uploads from Teams are switched off for this organisation.",
        "not_cv": "I only read CVs as PDF, Word (.docx) or text files.",
    },
    "nl": {
        "created": "Toegevoegd als kandidaat {id}.",
        "updated": "Kandidaat {id} bijgewerkt.",
        "skipped": "Al bekend als kandidaat {id}; er is niets veranderd.",
        "failed": (
            "Ik kon dit bestand niet lezen (beschadigd, versleuteld of een ander formaat). "
            "Er is niets opgeslagen."
        ),
        "too_big": "Dit bestand is groter dan 20 MB; ik heb het niet gelezen.",
        "off": "Cv's uploaden via Teams staat uit voor deze organisatie.",
        "not_cv": "Ik lees alleen cv's als PDF, Word (.docx) of tekstbestand.",
    },
}


class DownloadError(RuntimeError):
    """The file could not be fetched."""


@dataclass(frozen=True)
class SharedFile:
    unique_id: str
    name: str
    url: str

    @property
    def is_cv(self) -> bool:
        return PurePosixPath(self.name.lower()).suffix in CV_SUFFIXES


def shared_files(activity: Activity) -> list[SharedFile]:
    out = []
    for attachment in activity.attachments or []:
        if attachment.content_type != DOWNLOAD_INFO or not isinstance(attachment.content, dict):
            continue
        content: dict[str, Any] = attachment.content
        url = content.get("downloadUrl") or ""
        if url:
            out.append(SharedFile(str(content.get("uniqueId") or url), attachment.name or "", url))
    return out


async def download(url: str) -> bytes:
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as http, http.get(url, allow_redirects=False) as resp:
        if resp.status != 200:
            raise DownloadError(f"download failed with HTTP {resp.status}")
        data = await resp.content.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise DownloadError("too_big")
    return data


def connector_options(tenant_id: str) -> dict[str, Any] | None:
    return chat_uploads.options(tenant_id, CONNECTOR_KIND)


def ingest(
    tenant_id: str, entra_tenant: str, shared: SharedFile, data: bytes, options: dict[str, Any]
) -> Any:
    return chat_uploads.ingest(
        tenant_id, f"teams:{entra_tenant}:{shared.unique_id}", shared.name, data, options
    )


async def handle_file(
    context: TurnContext, principal: Principal, shared: SharedFile, entra_tenant: str
) -> None:
    texts = TEXTS.get(principal.lang or "en", TEXTS["en"])

    async def say(text: str) -> str:
        sent = await context.send_activity(
            Activity(type=ActivityTypes.message, text=text, text_format="plain")
        )
        return sent.id if sent else ""

    if not shared.is_cv:
        await say(texts["not_cv"])
        return
    options = await asyncio.to_thread(connector_options, principal.tenant_id)
    if options is None:
        await say(texts["off"])
        return
    try:
        data = await download(shared.url)
        result = await asyncio.to_thread(ingest, principal.tenant_id, entra_tenant, shared, data, options)
    except DownloadError as exc:
        await say(texts["too_big"] if str(exc) == "too_big" else texts["failed"])
        return
    except Exception as exc:
        log.warning("teams file ingest failed", extra={"error": type(exc).__name__})
        await say(texts["failed"])
        return
    if not result.candidate_id:
        await say(texts["failed"])
        return
    key = "skipped" if result.unchanged else str(result.status)
    message_id = await say(texts.get(key, texts["updated"]).format(id=result.candidate_id))
    activity = context.activity
    await asyncio.to_thread(
        refs.record_message,
        principal.tenant_id,
        [result.candidate_id],
        activity.conversation.id,
        message_id,
        activity.service_url or "",
    )
    log.info("teams file ingested", extra={"candidate_id": result.candidate_id})
