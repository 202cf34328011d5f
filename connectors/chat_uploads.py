"""Chat uploads: a CV shared with the bot in Slack or Teams enters through the same pipeline as any source.

Admins control it per tenant with a `slack-upload` or `teams-upload` connector: disabled switches uploads
off; options `{"source": "applicant", "to_be_informed": false}` change the defaults. A CV dropped in chat
came from somebody other than the candidate unless the connector says otherwise, so by default the
candidate is sourced and must be informed (GDPR Art. 14).
"""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from storage.db import session_scope
from storage.models import ConnectorConfig


def options(tenant_id: str, kind: str) -> dict[str, Any] | None:
    """The tenant's upload connector options; None when an admin switched uploads off."""
    with session_scope() as session:
        config = session.exec(
            select(ConnectorConfig).where(
                ConnectorConfig.tenant_id == tenant_id, ConnectorConfig.kind == kind
            )
        ).first()
    if config is None:
        return {}
    return dict(config.options or {}) if config.enabled else None


def ingest(tenant_id: str, source_ref: str, filename: str, data: bytes, opts: dict[str, Any]):
    """Imported late so chat endpoints keep serving while the heavy ingest stack loads or fails."""
    from retrieval.ingest import SourceDocument, ingest_document

    document = SourceDocument(
        source_ref=source_ref,
        filename=filename,
        data=data,
        source=opts.get("source", "sourced"),
        to_be_informed=bool(opts.get("to_be_informed", True)),
    )
    with session_scope() as session:
        return ingest_document(session, tenant_id, document)
