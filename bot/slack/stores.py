"""Bolt's installation, OAuth-state and seen-event stores over our database, shared by every replica.

Installations hold bot tokens, so the whole record is stored encrypted (storage.crypto). The database calls
are synchronous and short; they run in a worker thread so the event loop keeps acknowledging Slack.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from sqlalchemy.exc import IntegrityError
from sqlmodel import delete, select

from storage import crypto
from storage.db import session_scope
from storage.models import OAuthState, SeenEvent, SlackInstallation

log = logging.getLogger(__name__)


def _serialisable(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v.timestamp() if isinstance(v, datetime) else v for k, v in data.items()}


def _key(enterprise_id: str | None, team_id: str | None, org_wide: bool | None) -> tuple[str, str]:
    """An org-wide (Enterprise Grid) install is one row for all its workspaces: team id ""."""
    return (enterprise_id or "", "" if org_wide else (team_id or ""))


def find_installation(
    enterprise_id: str | None, team_id: str | None, org_wide: bool | None = False
) -> Installation | None:
    """A stored installation, decrypted (also for synchronous callers such as the retention job)."""
    key = _key(enterprise_id, team_id, org_wide)
    with session_scope() as session:
        row = session.exec(
            select(SlackInstallation).where(
                SlackInstallation.enterprise_id == key[0], SlackInstallation.team_id == key[1]
            )
        ).first()
    return Installation(**json.loads(crypto.decrypt(row.data_enc))) if row is not None else None


class DbInstallationStore(AsyncInstallationStore):
    """One bot installation per workspace (or org); the app asks for no user tokens."""

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_save(self, installation: Installation) -> None:
        await asyncio.to_thread(self._save, installation)

    def _save(self, installation: Installation) -> None:
        enterprise_id, team_id = _key(
            installation.enterprise_id, installation.team_id, installation.is_enterprise_install
        )
        data_enc = crypto.encrypt(json.dumps(_serialisable(installation.to_dict_for_copying())))
        with session_scope() as session:
            row = session.exec(
                select(SlackInstallation).where(
                    SlackInstallation.enterprise_id == enterprise_id, SlackInstallation.team_id == team_id
                )
            ).first()
            if row is None:
                row = SlackInstallation(enterprise_id=enterprise_id, team_id=team_id, data_enc=data_enc)
            else:
                row.data_enc, row.installed_at = data_enc, datetime.now(UTC)
            session.add(row)
        log.info("slack installation saved", extra={"enterprise_id": enterprise_id, "team_id": team_id})

    @staticmethod
    def _find(
        enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None
    ) -> Installation | None:
        return find_installation(enterprise_id, team_id, is_enterprise_install)

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        installation = await asyncio.to_thread(self._find, enterprise_id, team_id, is_enterprise_install)
        if installation is not None and user_id and installation.user_id != user_id:
            return None  # we keep no per-user installations
        return installation

    async def async_find_bot(
        self, *, enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None = False
    ) -> Bot | None:
        installation = await asyncio.to_thread(self._find, enterprise_id, team_id, is_enterprise_install)
        return installation.to_bot() if installation is not None and installation.bot_token else None

    def _delete(self, enterprise_id: str | None, team_id: str | None) -> None:
        with session_scope() as session:
            session.exec(
                delete(SlackInstallation).where(
                    SlackInstallation.enterprise_id == (enterprise_id or ""),
                    SlackInstallation.team_id == (team_id or ""),
                )
            )

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await asyncio.to_thread(self._delete, enterprise_id, team_id)

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        if not user_id:  # a user's token revocation leaves the bot installation alone
            await asyncio.to_thread(self._delete, enterprise_id, team_id)


class DbOAuthStateStore(AsyncOAuthStateStore):
    """One-time `state` values with an expiry, so any replica can finish an install another one began."""

    def __init__(self, expiration_seconds: int = 600) -> None:
        self.expiration_seconds = expiration_seconds

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        state = secrets.token_urlsafe(24)
        expires = datetime.now(UTC) + timedelta(seconds=self.expiration_seconds)
        await asyncio.to_thread(self._add, OAuthState(state=state, expires_at=expires))
        return state

    @staticmethod
    def _add(row: OAuthState) -> None:
        with session_scope() as session:
            session.exec(delete(OAuthState).where(OAuthState.expires_at < datetime.now(UTC)))  # abandoned
            session.add(row)

    async def async_consume(self, state: str) -> bool:
        return await asyncio.to_thread(self._consume, state)

    @staticmethod
    def _consume(state: str) -> bool:
        """Valid once: the row goes either way; the expiry is compared by the database, like it was stored."""
        with session_scope() as session:
            valid = session.exec(
                select(OAuthState.state).where(
                    OAuthState.state == state, OAuthState.expires_at > datetime.now(UTC)
                )
            ).first()
            session.exec(delete(OAuthState).where(OAuthState.state == state))
        return valid is not None


SEEN_KEEP = timedelta(hours=1)  # Slack retries within about five minutes


def first_sighting(key: str) -> bool:
    """True the first time `key` is seen by any replica; the primary key makes the race safe."""
    now = datetime.now(UTC)
    try:
        with session_scope() as session:
            session.exec(
                delete(SeenEvent).where(
                    SeenEvent.key.startswith("slack:"), SeenEvent.seen_at < now - SEEN_KEEP
                )
            )
            session.add(SeenEvent(key=key, seen_at=now))
    except IntegrityError:
        return False
    return True
