"""An ATS feed: pushed to our webhook with an HMAC signature, or pulled from a JSON endpoint.

Both carry the same document (UTF-8 JSON):

    {
      "candidates": [<candidate>, ...],     # the JSON candidate export of retrieval.parsing, with "id"
      "vacancies": [{"id", "title", "text", "location"?, "languages"?, "status"?: "open"|"closed"}],
      "deleted": {"candidates": ["id", ...], "vacancies": ["id", ...]},
      "cursor": "opaque, echoed back as ?since= on the next pull",
      "next": "URL of the next page, or null"
    }

Candidates with "source": "sourced" (found by a recruiter, not applied) are flagged to be informed
under GDPR Art. 14. The webhook signs `<timestamp>.<body>` with HMAC-SHA256 under the connector's
secret: headers `X-Fairmatch-Timestamp` (Unix seconds, at most 5 minutes old) and
`X-Fairmatch-Signature: sha256=<hex>`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx

from connectors.base import Change, ConnectorError, Health, Page

SIGNATURE_WINDOW_S = 300


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(
    secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float | None = None
) -> bool:
    if not timestamp or not signature or not timestamp.isdigit():
        return False
    if abs((now or time.time()) - int(timestamp)) > SIGNATURE_WINDOW_S:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


def changes_of(feed: dict[str, Any]) -> list[Change]:
    """A feed document as changes; a malformed one raises ConnectorError naming what is wrong."""
    if not isinstance(feed, dict):
        raise ConnectorError("the feed must be a JSON object")
    changes: list[Change] = []
    for item in feed.get("vacancies") or []:
        if not isinstance(item, dict) or not item.get("id") or not item.get("title") or not item.get("text"):
            raise ConnectorError("every vacancy needs an id, a title and a text")
        changes.append(Change(f"vacancy:{item['id']}", "upsert", what="vacancy", meta=item))
    for item in feed.get("candidates") or []:
        if not isinstance(item, dict) or not item.get("id"):
            raise ConnectorError("every candidate needs an id")
        changes.append(
            Change(
                f"candidate:{item['id']}",
                "upsert",
                f"{item['id']}.json",
                inline=json.dumps(item, ensure_ascii=False).encode(),
                meta={
                    "sourced": item.get("source") == "sourced",
                    "vacancy_ids": item.get("vacancy_ids") or [],
                },
            )
        )
    deleted = feed.get("deleted") or {}
    changes += [Change(f"candidate:{ref}", "delete") for ref in deleted.get("candidates") or []]
    changes += [Change(f"vacancy:{ref}", "delete", what="vacancy") for ref in deleted.get("vacancies") or []]
    return changes


class AtsPullConnector:
    kind = "ats-pull"
    sourced = False

    def __init__(self, url: str, secret: str | None, *, timeout_s: float = 30.0) -> None:
        self.url = url
        self.secret = secret
        self.timeout_s = timeout_s

    def _get(self, url: str, params: dict[str, str] | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self.secret}"} if self.secret else {}
        try:
            response = httpx.get(url, params=params, headers=headers, timeout=self.timeout_s)
        except httpx.HTTPError as exc:
            raise ConnectorError(f"the ATS endpoint is unreachable: {type(exc).__name__}") from None
        if response.status_code in (401, 403):
            raise ConnectorError(f"the ATS endpoint refused our credentials (HTTP {response.status_code})")
        if response.status_code >= 400:
            raise ConnectorError(f"the ATS endpoint answered HTTP {response.status_code}")
        try:
            return response.json()
        except ValueError:
            raise ConnectorError("the ATS endpoint did not answer JSON") from None

    def pages(self, cursor: str | None) -> Iterator[Page]:
        feed = self._get(self.url, {"since": cursor} if cursor else None)
        while True:
            nxt = feed.get("next")
            yield Page(changes_of(feed), feed.get("cursor") or cursor)
            if not nxt:
                return
            feed = self._get(nxt)

    def fetch(self, change: Change) -> bytes:
        if change.inline is None:
            raise ConnectorError("ATS changes carry their content inline")
        return change.inline

    def health(self) -> Health:
        try:
            feed = self._get(self.url, {"limit": "1"})
        except ConnectorError as exc:
            return Health(False, str(exc))
        return Health(True, f"reachable; {len(feed.get('candidates') or [])} candidate(s) in the first page")


class AtsWebhookConnector:
    """Push only: the ATS calls `/connectors/ats/{connector_id}`; a pull finds nothing to do."""

    kind = "ats-webhook"
    sourced = False

    def __init__(self, secret: str | None) -> None:
        self.secret = secret

    def pages(self, cursor: str | None) -> Iterator[Page]:
        return iter(())

    def fetch(self, change: Change) -> bytes:
        if change.inline is None:
            raise ConnectorError("webhook changes carry their content inline")
        return change.inline

    def health(self) -> Health:
        if not self.secret:
            return Health(False, "no signing secret configured: every webhook call would be refused")
        return Health(True, "waiting for signed webhook calls at /connectors/ats/<connector id>")
