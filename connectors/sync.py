"""Turn a connector's changes into ingests, vacancy updates and retention-governed deletions.

Incremental and idempotent: the cursor is saved after every page, so a restarted sync resumes there,
and ingest is keyed on (connector, document), so a repeated change never duplicates a candidate.
A document that fails to parse is counted and reported by name; the sync goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlmodel import select

from connectors.ats import changes_of, verify
from connectors.base import Change, Connector, ConnectorError
from connectors.registry import build
from retrieval.ingest import SourceDocument, ingest_document
from retrieval.vacancies import VacancyError, create_vacancy
from storage import audit, crypto
from storage.db import session_scope
from storage.models import (
    Application,
    Candidate,
    ConnectorConfig,
    Vacancy,
    VacancyStatus,
    utcnow,
)

log = logging.getLogger(__name__)
Progress = Callable[[int], None]


@dataclass
class SyncResult:
    name: str
    created: int = 0
    updated: int = 0
    deleted: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)  # per document: its name and what went wrong
    error: str | None = None  # the source as a whole failed (credentials, unreachable)

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "created": self.created,
            "updated": self.updated,
            "deleted": self.deleted,
            "failed": self.failed,
            "errors": self.errors,
            "error": self.error,
        }


def _source_ref(config: ConnectorConfig, ref: str) -> str:
    return f"{config.id}:{ref}"


def _apply_candidate(
    config: ConnectorConfig, connector: Connector, change: Change, result: SyncResult
) -> None:
    sourced = connector.sourced or bool(change.meta.get("sourced"))
    with session_scope() as session:
        if change.kind == "delete":
            candidate = session.exec(
                select(Candidate).where(
                    Candidate.tenant_id == config.tenant_id,
                    Candidate.source_ref == _source_ref(config, change.ref),
                )
            ).first()
            if candidate is not None and candidate.source_deleted_at is None:
                candidate.source_deleted_at = utcnow()
                session.add(candidate)
                result.deleted += 1
            return
        data = change.inline if change.inline is not None else connector.fetch(change)
        outcome = ingest_document(
            session,
            config.tenant_id,
            SourceDocument(
                _source_ref(config, change.ref),
                change.name or "document.txt",
                data,
                "sourced" if sourced else "applicant",
                to_be_informed=sourced,
            ),
        )
        if outcome.status == "skipped":
            result.failed += 1
            result.errors.append(f"{change.name or change.ref}: {outcome.error}")
            return
        if outcome.unchanged:
            return
        result.created += outcome.status == "created"
        result.updated += outcome.status == "updated"
        candidate = session.get(Candidate, outcome.candidate_id)
        candidate.connector_id, candidate.source_deleted_at = config.id, None
        if sourced and candidate.first_contact_at is None:
            candidate.first_contact_at = utcnow()
        session.add(candidate)
        for external in change.meta.get("vacancy_ids") or []:
            vacancy = session.exec(
                select(Vacancy).where(
                    Vacancy.tenant_id == config.tenant_id,
                    Vacancy.source_ref == _source_ref(config, f"vacancy:{external}"),
                )
            ).first()
            if (
                vacancy
                and not session.exec(
                    select(Application).where(
                        Application.candidate_id == candidate.id, Application.vacancy_id == vacancy.id
                    )
                ).first()
            ):
                session.add(
                    Application(tenant_id=config.tenant_id, candidate_id=candidate.id, vacancy_id=vacancy.id)
                )


def _apply_vacancy(config: ConnectorConfig, change: Change, result: SyncResult) -> None:
    with session_scope() as session:
        ref = _source_ref(config, change.ref)
        if change.kind == "delete":
            vacancy = session.exec(
                select(Vacancy).where(Vacancy.tenant_id == config.tenant_id, Vacancy.source_ref == ref)
            ).first()
            if vacancy is not None and vacancy.status is not VacancyStatus.closed:
                vacancy.status, vacancy.procedure_closed_at = VacancyStatus.closed, utcnow()
                session.add(vacancy)
                result.deleted += 1
            return
        item = change.meta
        existed = session.exec(
            select(Vacancy.id).where(Vacancy.tenant_id == config.tenant_id, Vacancy.source_ref == ref)
        ).first()
        vacancy = create_vacancy(
            session,
            config.tenant_id,
            item["text"],
            title=item["title"],
            location=item.get("location"),
            languages=item.get("languages"),
            source_ref=ref,
            actor=f"connector:{config.id}",
        )
        if item.get("status") == "closed" and vacancy.status is not VacancyStatus.closed:
            vacancy.status, vacancy.procedure_closed_at = VacancyStatus.closed, utcnow()
            session.add(vacancy)
        if existed:
            result.updated += 1
        else:
            result.created += 1


def apply(
    config: ConnectorConfig,
    connector: Connector,
    changes: Iterable[Change],
    result: SyncResult,
    on_progress: Progress | None = None,
) -> None:
    # vacancies first, so candidates in the same page can be linked to them
    for change in sorted(changes, key=lambda c: c.what != "vacancy"):
        try:
            if change.what == "vacancy":
                _apply_vacancy(config, change, result)
            else:
                _apply_candidate(config, connector, change, result)
        except (ConnectorError, VacancyError) as exc:
            result.failed += 1
            result.errors.append(f"{change.name or change.ref}: {exc}")
        if on_progress:
            on_progress(1)


def _finish(config_id: str, result: SyncResult) -> None:
    with session_scope() as session:
        config = session.get(ConnectorConfig, config_id)
        config.last_sync_at = utcnow()
        config.last_counts = result.to_json()
        config.last_error = result.error
        session.add(config)
        audit.record(
            session,
            "connector.synced",
            tenant_id=config.tenant_id,
            details={
                "connector_id": config.id,
                "created": result.created,
                "updated": result.updated,
                "deleted": result.deleted,
                "failed": result.failed,
                "error": bool(result.error),
            },
        )


def sync(config_id: str, *, on_progress: Progress | None = None) -> SyncResult:
    """Pull every page of changes since the saved cursor and apply them; a failing source sets `error`."""
    with session_scope() as session:
        config = session.get(ConnectorConfig, config_id)
    result = SyncResult(config.name)
    connector = build(config)
    try:
        for page in connector.pages(config.cursor):
            apply(config, connector, page.changes, result, on_progress)
            with session_scope() as session:
                stored = session.get(ConnectorConfig, config_id)
                stored.cursor = page.cursor
                session.add(stored)
    except ConnectorError as exc:
        result.error = str(exc)
    _finish(config_id, result)
    log.info(
        "connector %s synced: created=%d updated=%d deleted=%d failed=%d error=%s",
        config_id,
        result.created,
        result.updated,
        result.deleted,
        result.failed,
        bool(result.error),
    )
    return result


class WebhookRefused(Exception):
    """Bad signature, stale timestamp or unknown connector: answer 401 and change nothing."""


def handle_webhook(config_id: str, timestamp: str | None, signature: str | None, body: bytes) -> SyncResult:
    import json

    with session_scope() as session:
        config = session.get(ConnectorConfig, config_id)
    if config is None or config.kind != "ats-webhook" or not config.secret_enc or not config.enabled:
        raise WebhookRefused("unknown connector")
    if not verify(crypto.decrypt(config.secret_enc), timestamp, signature, body):
        raise WebhookRefused("bad signature")
    try:
        feed = json.loads(body)
    except ValueError:
        raise ConnectorError("the body is not JSON") from None
    result = SyncResult(config.name)
    connector = build(config)
    apply(config, connector, changes_of(feed), result)
    _finish(config_id, result)
    return result


def sync_all(tenant_id: str | None = None, *, on_progress: Progress | None = None) -> list[SyncResult]:
    """Every enabled connector (a scheduler job); one failing source does not stop the others."""
    with session_scope() as session:
        query = select(ConnectorConfig.id).where(ConnectorConfig.enabled)
        if tenant_id:
            query = query.where(ConnectorConfig.tenant_id == tenant_id)
        ids = session.exec(query).all()
    return [sync(config_id, on_progress=on_progress) for config_id in ids]
