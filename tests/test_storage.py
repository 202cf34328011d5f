"""The storage model and the audit chain, on SQLite and on PostgreSQL."""

from __future__ import annotations

import math
import os
from datetime import UTC, datetime

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from storage import audit, crypto
from storage.db import session_scope
from storage.directory import DirectoryError, add_tenant, add_user, find_tenant, find_user, link_tenant
from storage.models import (
    AuditEvent,
    Candidate,
    Decision,
    DecisionKind,
    MatchSuggestion,
    Role,
    SuggestionStatus,
    Vacancy,
)
from storage.settings import reset_settings


def _world(session):
    tenant = add_tenant(session, "Acme BV")
    manager = add_user(session, tenant, "hiring_manager", name="Hanna", slack_user_id="U1")
    vacancy = Vacancy(
        tenant_id=tenant.id,
        title="Python developer",
        text="We zoeken...",
        requirements={"must": ["Python"], "nice": ["Django"]},
        hiring_manager_ids=[manager.id],
    )
    candidate = Candidate(
        tenant_id=tenant.id,
        source_ref="folder:cv1.pdf",
        redacted_text="<PERSON_1> codes Python",
        identity_enc=crypto.encrypt('{"name": "Jan"}'),
        identity_hash=crypto.identity_hash("Jan"),
    )
    session.add_all([vacancy, candidate])
    session.flush()
    suggestion = MatchSuggestion(
        tenant_id=tenant.id,
        vacancy_id=vacancy.id,
        candidate_id=candidate.id,
        score=0.8,
        explanation={"matched": [{"requirement": "Python"}]},
    )
    session.add(suggestion)
    session.flush()
    return tenant, manager, vacancy, candidate, suggestion


def test_domain_round_trip(db_url):
    with session_scope() as session:
        tenant, manager, vacancy, candidate, suggestion = _world(session)
        link_tenant(session, tenant, "slack_team", "T123")
    with session_scope() as session:
        assert find_tenant(session, "Acme BV").id == tenant.id
        assert find_user(session, tenant, "U1").role is Role.hiring_manager
        stored = session.get(Vacancy, vacancy.id)
        assert stored.requirements == {"must": ["Python"], "nice": ["Django"]}
        assert stored.hiring_manager_ids == [manager.id]
        assert session.get(MatchSuggestion, suggestion.id).status is SuggestionStatus.suggested
        assert session.get(Candidate, candidate.id).created_at.tzinfo is not None


def test_json_fields_round_trip_what_the_standard_library_writes(sqlite_db):
    """Profiles are read with orjson; a value it refuses (NaN, as `json.dumps` writes it) still reads."""
    with session_scope() as session:
        _, _, _, candidate, _ = _world(session)
        candidate.profile = {"years_experience": {"value": float("nan")}, "skills": [{"label": "Python"}]}
        session.add(candidate)
    with session_scope() as session:
        profile = session.get(Candidate, candidate.id).profile
    assert math.isnan(profile["years_experience"]["value"])
    assert profile["skills"] == [{"label": "Python"}]


def test_one_decision_per_suggestion(db_url):
    with session_scope() as session:
        tenant, manager, _, _, suggestion = _world(session)
    with session_scope() as session:
        session.add(
            Decision(
                tenant_id=tenant.id,
                suggestion_id=suggestion.id,
                actor_id=manager.id,
                actor_role=Role.hiring_manager,
                kind=DecisionKind.approve,
                reason="strong Python evidence",
                evidence_viewed=True,
                channel="console",
            )
        )
    with pytest.raises(IntegrityError), session_scope() as session:
        session.add(
            Decision(
                tenant_id=tenant.id,
                suggestion_id=suggestion.id,
                actor_id=manager.id,
                actor_role=Role.hiring_manager,
                kind=DecisionKind.decline,
                reason="second click racing",
                evidence_viewed=True,
                channel="console",
            )
        )


def test_directory_rejects_bad_input(db_url):
    with session_scope() as session:
        tenant = add_tenant(session, "Acme BV")
        with pytest.raises(DirectoryError, match="already exists"):
            add_tenant(session, "Acme BV")
        with pytest.raises(DirectoryError, match="unknown role"):
            add_user(session, tenant, "boss")
        with pytest.raises(DirectoryError, match="no tenant"):
            find_tenant(session, "nope")


def test_identity_is_encrypted_and_hash_is_salted(db_url, monkeypatch):
    token = crypto.encrypt('{"name": "Jan de Vries"}')
    assert "Jan" not in token
    assert crypto.decrypt(token) == '{"name": "Jan de Vries"}'
    digest = crypto.identity_hash("Jan de Vries")
    assert digest == crypto.identity_hash("  jan DE vries ")
    monkeypatch.setenv("FAIRMATCH_IDENTITY_SALT", "another-customer")
    reset_settings()
    assert crypto.identity_hash("Jan de Vries") != digest


def test_secret_key_rotation(db_url, monkeypatch):
    old = crypto.encrypt("xoxb-secret")
    new_key = Fernet.generate_key().decode()
    monkeypatch.setenv("FAIRMATCH_SECRET_KEY", f"{new_key},{os.environ['FAIRMATCH_SECRET_KEY']}")
    reset_settings()
    rotated = crypto.rotate(old)
    monkeypatch.setenv("FAIRMATCH_SECRET_KEY", new_key)
    reset_settings()
    assert crypto.decrypt(rotated) == "xoxb-secret"
    with pytest.raises(crypto.SecretError):
        crypto.decrypt(old)


def test_audit_chain_verifies_and_detects_tampering(db_url):
    with session_scope() as session:
        _world(session)
        for i in range(5):
            audit.record(session, "suggestion.shown", actor="u_1", details={"i": i})
    with session_scope() as session:
        result = audit.verify(session)
        assert result.ok and result.checked >= 7
        victim = session.exec(select(AuditEvent).where(AuditEvent.action == "suggestion.shown")).first()
    with session_scope() as session:
        session.exec(
            text("UPDATE auditevent SET actor = 'someone_else' WHERE id = :id").bindparams(id=victim.id)
        )
    with session_scope() as session:
        result = audit.verify(session)
    assert not result.ok
    assert result.first_bad_id == victim.id


def test_audit_chain_detects_a_removed_row(db_url):
    with session_scope() as session:
        for i in range(4):
            audit.record(session, "x", details={"i": i})
    with session_scope() as session:
        session.exec(text("DELETE FROM auditevent WHERE id = 2"))
    with session_scope() as session:
        result = audit.verify(session)
    assert not result.ok and result.first_bad_id == 3


def test_pseudonymised_audit_rows_still_verify(db_url):
    with session_scope() as session:
        first = audit.record(session, "candidate.ingested", candidate_id="c_1", details={"source": "folder"})
        audit.record(session, "x")
    with session_scope() as session:
        row = session.get(AuditEvent, first.id)
        row.candidate_id, row.details, row.pseudonymised = None, {}, True
        session.add(row)
    with session_scope() as session:
        assert audit.verify(session).ok


def test_datetimes_are_utc_aware(db_url):
    with session_scope() as session:
        event = audit.record(session, "x")
    with session_scope() as session:
        at = session.get(AuditEvent, event.id).at
    assert at.tzinfo is not None and abs((datetime.now(UTC) - at).total_seconds()) < 60
