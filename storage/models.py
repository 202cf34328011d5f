"""The domain tables. Text columns hold redacted text only; identities are encrypted or hashed."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id(prefix: str) -> str:
    """Short random ids that carry no personal data (candidate ids are pseudonyms)."""
    return f"{prefix}_{secrets.token_hex(6)}"


def _json(default: Any = None) -> Any:
    factory = (lambda: dict(default)) if isinstance(default, dict) else (lambda: list(default or []))
    return Field(default_factory=factory, sa_column=Column(JSON, nullable=False))


class Role(StrEnum):
    recruiter = "recruiter"
    hiring_manager = "hiring_manager"
    admin = "admin"


class VacancyStatus(StrEnum):
    open = "open"
    on_hold = "on_hold"
    closed = "closed"


class SuggestionStatus(StrEnum):
    suggested = "suggested"
    review_requested = "review_requested"
    approved = "approved"
    declined = "declined"


class DecisionKind(StrEnum):
    approve = "approve"
    decline = "decline"
    stage_change = "stage_change"


class Stage(StrEnum):
    applied = "applied"
    screening = "screening"
    interview = "interview"
    offer = "offer"
    hired = "hired"
    rejected = "rejected"
    talent_pool = "talent_pool"
    withdrawn = "withdrawn"


class CandidateSource(StrEnum):
    applicant = "applicant"
    sourced = "sourced"


class Tenant(SQLModel, table=True):
    id: str = Field(default_factory=lambda: new_id("t"), primary_key=True)
    name: str = Field(index=True, unique=True)
    ai_paused: bool = False
    show_names_in_chat: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class TenantLink(SQLModel, table=True):
    """Maps a Slack team or enterprise, or a Teams (Entra) tenant, to our tenant."""

    __table_args__ = (UniqueConstraint("kind", "external_id"),)
    id: int | None = Field(default=None, primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    kind: str  # slack_team | slack_enterprise | teams_tenant
    external_id: str


class User(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("tenant_id", "slack_user_id"),
        UniqueConstraint("tenant_id", "teams_user_id"),
    )
    id: str = Field(default_factory=lambda: new_id("u"), primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    name: str
    role: Role
    trained_overseer: bool = False
    slack_user_id: str | None = None
    teams_user_id: str | None = None  # Entra aadObjectId
    created_at: datetime = Field(default_factory=utcnow)


class Vacancy(SQLModel, table=True):
    id: str = Field(default_factory=lambda: new_id("v"), primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    title: str
    text: str = Field(sa_column=Column(Text, nullable=False))
    requirements: dict = _json({"must": [], "nice": []})
    location: str | None = None
    languages: list = _json([])
    hiring_manager_ids: list = _json([])
    status: VacancyStatus = VacancyStatus.open
    ai_paused: bool = False
    procedure_closed_at: datetime | None = None
    source_ref: str | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Candidate(SQLModel, table=True):
    """A pseudonymous candidate. `redacted_text` is the guardrail-redacted CV; the identity is encrypted."""

    __table_args__ = (UniqueConstraint("tenant_id", "source_ref"),)
    id: str = Field(default_factory=lambda: new_id("c"), primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    source: CandidateSource = CandidateSource.applicant
    source_ref: str  # connector name + document id, or a file path: the idempotence key
    content_hash: str = ""
    identity_enc: str | None = None  # encrypted JSON {name, email, phone}
    identity_hash: str | None = Field(default=None, index=True)  # salted, for suppression checks
    language: str | None = None
    redacted_text: str = Field(default="", sa_column=Column(Text, nullable=False))
    profile: dict = _json({})
    ai_notice: bool = False  # the document contains text addressed to an AI
    restricted: bool = False  # GDPR Art. 18: kept, excluded from all processing
    legal_hold: bool = False
    to_be_informed: bool = False  # GDPR Art. 14
    informed_at: datetime | None = None
    first_contact_at: datetime | None = None
    source_deleted_at: datetime | None = None  # the connector's source removed it: retention takes over
    connector_id: str | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Application(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("candidate_id", "vacancy_id"),)
    id: str = Field(default_factory=lambda: new_id("a"), primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    candidate_id: str = Field(foreign_key="candidate.id", index=True)
    vacancy_id: str = Field(foreign_key="vacancy.id", index=True)
    stage: Stage = Stage.applied
    procedure_closed_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class MatchSuggestion(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("vacancy_id", "candidate_id"),)
    id: str = Field(default_factory=lambda: new_id("s"), primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    vacancy_id: str = Field(foreign_key="vacancy.id", index=True)
    candidate_id: str = Field(foreign_key="candidate.id", index=True)
    score: float
    explanation: dict = _json({})
    status: SuggestionStatus = SuggestionStatus.suggested
    requested_by: str | None = None
    model_version: str = ""
    prompt_version: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Decision(SQLModel, table=True):
    """A human decision. The unique suggestion id makes a second, racing decision impossible."""

    id: str = Field(default_factory=lambda: new_id("d"), primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    suggestion_id: str | None = Field(default=None, foreign_key="matchsuggestion.id", unique=True)
    application_id: str | None = Field(default=None, foreign_key="application.id", index=True)
    actor_id: str = Field(foreign_key="user.id")
    actor_role: Role
    kind: DecisionKind
    to_stage: Stage | None = None
    reason: str
    evidence_viewed: bool
    channel: str  # slack | teams | console
    created_at: datetime = Field(default_factory=utcnow)


class Consent(SQLModel, table=True):
    id: str = Field(default_factory=lambda: new_id("cs"), primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    candidate_id: str = Field(foreign_key="candidate.id", index=True)
    purpose: str  # e.g. talent_pool
    granted: bool
    granted_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime | None = None
    withdrawn_at: datetime | None = None
    reminded_at: datetime | None = None  # the recruiter was asked to renew it
    source: str  # how it was given: email, form, chat ...


class Suppression(SQLModel, table=True):
    """'Do not contact': only a salted hash of the identity survives."""

    __table_args__ = (UniqueConstraint("tenant_id", "identity_hash"),)
    id: int | None = Field(default=None, primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    identity_hash: str
    reason: str
    created_at: datetime = Field(default_factory=utcnow)


class RetentionPolicy(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("tenant_id", "category"),)
    id: int | None = Field(default=None, primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    category: str  # applicant | sourced | audit
    days: int
    days_with_consent: int | None = None


class ConnectorConfig(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)
    id: str = Field(default_factory=lambda: new_id("k"), primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    name: str
    kind: str  # folder | graph-drive | ats-webhook | ats-pull | slack-upload | teams-upload
    options: dict = _json({})
    secret_enc: str | None = None
    cursor: str | None = Field(default=None, sa_column=Column(Text))
    enabled: bool = True
    last_sync_at: datetime | None = None
    last_counts: dict = _json({})
    last_error: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class ChatMessageRef(SQLModel, table=True):
    """A bot message that names a candidate, so retention can delete or redact it."""

    __table_args__ = (Index("ix_chatmessageref_candidate", "candidate_id"),)
    id: int | None = Field(default=None, primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    candidate_id: str
    channel: str  # slack | teams
    conversation_id: str
    message_id: str  # Slack ts or Teams activity id
    service_url: str | None = None
    deleted_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class ConversationRef(SQLModel, table=True):
    """Where the bot can reach a user proactively (Teams conversation reference, Slack DM channel)."""

    __table_args__ = (UniqueConstraint("channel", "user_id"),)
    id: int | None = Field(default=None, primary_key=True)
    tenant_id: str = Field(foreign_key="tenant.id", index=True)
    user_id: str = Field(foreign_key="user.id")
    channel: str
    reference: dict = _json({})
    updated_at: datetime = Field(default_factory=utcnow)


class AuditEvent(SQLModel, table=True):
    """Append-only and hash-chained: `hash` covers the previous hash and this row's content digest."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    tenant_id: str | None = Field(default=None, index=True)
    actor: str  # a user id, or "system"
    action: str
    candidate_id: str | None = Field(default=None, index=True)
    vacancy_id: str | None = None
    model_version: str | None = None
    prompt_version: str | None = None
    details: dict = _json({})
    pseudonymised: bool = False
    content_digest: str
    prev_hash: str
    hash: str = Field(index=True)


class SlackInstallation(SQLModel, table=True):
    """A Slack workspace installation from the OAuth flow; Bolt's installation data is stored encrypted."""

    __table_args__ = (UniqueConstraint("enterprise_id", "team_id"),)
    id: int | None = Field(default=None, primary_key=True)
    enterprise_id: str = ""  # "" when not an Enterprise Grid install, so the unique key holds
    team_id: str = ""
    data_enc: str = Field(sa_column=Column(Text, nullable=False))
    installed_at: datetime = Field(default_factory=utcnow)


class OAuthState(SQLModel, table=True):
    """One-time OAuth `state` values, shared by every replica."""

    state: str = Field(primary_key=True)
    expires_at: datetime


class SeenEvent(SQLModel, table=True):
    """Platform events already handled (Slack retries, Teams redeliveries), shared by every replica."""

    key: str = Field(primary_key=True)
    seen_at: datetime = Field(default_factory=utcnow, index=True)


class ErasureJob(SQLModel, table=True):
    """One resumable erasure per candidate: survives a crash, so no copy is left behind."""

    candidate_id: str = Field(primary_key=True)  # kept after the candidate row is gone
    tenant_id: str = Field(index=True)
    reason: str  # retention category or a data-subject request
    suppress: bool = False  # leave a 'do not contact' record
    identity_hash: str | None = None
    state: str = "pending"  # pending | done
    attempts: int = 0
    last_error: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    done_at: datetime | None = None
