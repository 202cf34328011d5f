"""Who may call `/api/messages`: the SDK's JWT validation, on unless anonymous access is asked for.

The SDK validates the token (signature, audience = our app id, issuer/tenant binding) against the key set
it picks from the token's issuer. `FAIRMATCH_TEAMS_OPENID_METADATA` replaces that choice with one OpenID
metadata document (its `jwks_uri`), for private clouds and for tests with keys of their own. On top of
the SDK, an activity whose `serviceUrl` is not the host in the token's `serviceurl` claim is refused.
"""

from __future__ import annotations

import json
import logging
import threading
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from jwt import PyJWKClient
from microsoft_agents.hosting.aiohttp import jwt_authorization_decorator
from microsoft_agents.hosting.core.authorization.jwt import JwtTokenValidator
from microsoft_agents.hosting.core.authorization.jwt.jwt_token_validator import (
    _JwkClientCacheEntry,
    _JwkClientManager,
)

log = logging.getLogger(__name__)

_SDK_KEYS = JwtTokenValidator._jwk_client_manager  # the SDK's issuer-based choice of key set
METADATA_TIMEOUT_S = 10

# The SDK's JWT middleware reads this key of the aiohttp app (an `AgentAuthConfiguration`).
AUTH_CONFIG_KEY = "agent_configuration"

require_jwt = jwt_authorization_decorator


class _MetadataKeys(PyJWKClient):
    """Keys from the `jwks_uri` of an OpenID metadata document, looked up when keys are (re)fetched."""

    def __init__(self, metadata_url: str) -> None:
        super().__init__(metadata_url, timeout=METADATA_TIMEOUT_S)
        self.metadata_url = metadata_url

    def fetch_data(self) -> Any:
        with urllib.request.urlopen(self.metadata_url, timeout=METADATA_TIMEOUT_S) as resp:
            self.uri = json.load(resp)["jwks_uri"]
        return super().fetch_data()


class _PinnedKeys(_JwkClientManager):
    def __init__(self, metadata_url: str) -> None:
        super().__init__()
        self._entry = _JwkClientCacheEntry(_MetadataKeys(metadata_url), threading.Lock())

    def _get_jwk_client(self, jwks_uri: str) -> _JwkClientCacheEntry:
        return self._entry


async def service_url_matches(request: web.Request) -> bool:
    """Replies go to the activity's `serviceUrl` with the bot's own token, so it must be the host the Bot
    Service signed into the token (`serviceurl` claim); the SDK only logs a mismatch."""
    claims = request.get("claims_identity")
    claimed = claims.get_claim_value("serviceurl") if claims is not None else None
    if not claimed:
        return True  # anonymous development access, or a token without the claim
    try:
        body = await request.json()
    except ValueError:
        return True  # the SDK answers malformed bodies itself
    actual = body.get("serviceUrl") if isinstance(body, dict) else None
    return (
        bool(actual)
        and (urlsplit(actual).hostname or "").lower() == (urlsplit(claimed).hostname or "").lower()
    )


def use_openid_metadata(metadata_url: str | None) -> None:
    """Validate incoming tokens against this metadata's keys; None restores the SDK's own choice."""
    if metadata_url:
        JwtTokenValidator._jwk_client_manager = _PinnedKeys(metadata_url)
        log.info("teams: incoming tokens validated against configured OpenID metadata")
    else:
        JwtTokenValidator._jwk_client_manager = _SDK_KEYS
