"""Retention with time travel on SQLite and PostgreSQL: what is due, what is kept, what a sweep leaves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from scheduler import audit_retention, consent, policies
from scheduler.locks import single_runner
from scheduler.sweep import preview, sweep
from storage import audit, crypto
from storage.db import session_scope
from storage.directory import add_tenant, add_user
from storage.models import (
    Application,
    AuditEvent,
    Candidate,
    CandidateSource,
    Consent,
    Decision,
    DecisionKind,
    ErasureJob,
    MatchSuggestion,
    Role,
    Suppression,
    Vacancy,
    VacancyStatus,
)

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _tenant(session):
    tenant = add_tenant(session, "Acme BV")
    manager = add_user(session, tenant, "hiring_manager", name="Hanna")
    return tenant, manager


def _candidate(session, tenant, ref, *, source=CandidateSource.applicant, created=T0, **extra):
    cand = Candidate(
        tenant_id=tenant.id,
        source_ref=ref,
        source=source,
        created_at=created,
        redacted_text=f"<PERSON_1> {ref}",
        identity_enc=crypto.encrypt(json.dumps({"name": ref})),
        identity_hash=crypto.identity_hash(ref),
        **extra,
    )
    session.add(cand)
    session.flush()
    return cand


def _closed_vacancy(session, tenant, closed_at):
    vacancy = Vacancy(
        tenant_id=tenant.id,
        title="Nurse",
        text="...",
        status=VacancyStatus.closed,
        procedure_closed_at=closed_at,
    )
    session.add(vacancy)
    session.flush()
    return vacancy


def _ids(items):
    return {d.candidate_id for d in items}


def test_applicant_terms_time_travel(db_url):
    with session_scope() as session:
        tenant, _ = _tenant(session)
        vacancy = _closed_vacancy(session, tenant, T0)
        open_vacancy = Vacancy(tenant_id=tenant.id, title="Open", text="...")
        session.add(open_vacancy)
        session.flush()
        closed = _candidate(session, tenant, "closed")
        still_open = _candidate(session, tenant, "open")
        unsolicited = _candidate(session, tenant, "unsolicited", created=T0 + timedelta(days=10))
        with_consent = _candidate(session, tenant, "consent")
        session.add_all(
            [
                Application(tenant_id=tenant.id, candidate_id=closed.id, vacancy_id=vacancy.id),
                Application(tenant_id=tenant.id, candidate_id=still_open.id, vacancy_id=open_vacancy.id),
                Application(tenant_id=tenant.id, candidate_id=with_consent.id, vacancy_id=vacancy.id),
            ]
        )
        consent.grant(session, with_consent, "talent_pool", "email", actor="test", at=T0)
    assert _ids(preview(T0 + timedelta(days=27))) == set()
    assert _ids(preview(T0 + timedelta(days=29))) == {closed.id}
    assert _ids(preview(T0 + timedelta(days=39))) == {closed.id, unsolicited.id}
    assert _ids(preview(T0 + timedelta(days=366))) == {closed.id, unsolicited.id, with_consent.id}
    reasons = {d.candidate_id: d.reason for d in preview(T0 + timedelta(days=400))}
    assert "28 days after the procedure closed" in reasons[closed.id]
    assert "consent" in reasons[with_consent.id]


def test_sourced_terms_and_custom_policy(db_url):
    with session_scope() as session:
        tenant, _ = _tenant(session)
        sourced = _candidate(session, tenant, "s1", source=CandidateSource.sourced, first_contact_at=T0)
        sourced_consent = _candidate(
            session, tenant, "s2", source=CandidateSource.sourced, first_contact_at=T0
        )
        consent.grant(session, sourced_consent, "talent_pool", "form", actor="test", at=T0)
    assert _ids(preview(T0 + timedelta(days=364))) == set()
    assert _ids(preview(T0 + timedelta(days=366))) == {sourced.id}
    assert _ids(preview(T0 + timedelta(days=5 * 365 + 1))) == {sourced.id, sourced_consent.id}
    with session_scope() as session:
        policies.set_term(session, tenant.id, "sourced", 90, 180, actor="admin")
    assert _ids(preview(T0 + timedelta(days=91))) == {sourced.id}


def test_legal_hold_and_restriction_block_deletion(db_url):
    with session_scope() as session:
        tenant, _ = _tenant(session)
        held = _candidate(session, tenant, "held", legal_hold=True)
        restricted = _candidate(session, tenant, "restricted", restricted=True)
        plain = _candidate(session, tenant, "plain")
    later = T0 + timedelta(days=60)
    blocked = {d.candidate_id: d.blocked_by for d in preview(later)}
    assert blocked == {held.id: "legal_hold", restricted.id: "restricted", plain.id: None}
    result = sweep(later)
    assert result.deleted["applicant"] == 1 and result.blocked == {"legal_hold": 1, "restricted": 1}
    with session_scope() as session:
        assert {c.id for c in session.exec(select(Candidate))} == {held.id, restricted.id}


def test_sweep_removes_derived_rows_and_is_idempotent(db_url):
    with session_scope() as session:
        tenant, manager = _tenant(session)
        vacancy = _closed_vacancy(session, tenant, T0)
        cand = _candidate(session, tenant, "gone")
        keep = _candidate(session, tenant, "kept", created=T0 + timedelta(days=50))
        suggestion = MatchSuggestion(
            tenant_id=tenant.id,
            vacancy_id=vacancy.id,
            candidate_id=cand.id,
            score=0.7,
            explanation={"matched": [{"requirement": "BIG-registratie"}]},
        )
        session.add_all(
            [suggestion, Application(tenant_id=tenant.id, candidate_id=cand.id, vacancy_id=vacancy.id)]
        )
        session.flush()
        session.add(
            Decision(
                tenant_id=tenant.id,
                suggestion_id=suggestion.id,
                actor_id=manager.id,
                actor_role=Role.hiring_manager,
                kind=DecisionKind.approve,
                reason="sterke ervaring op de afdeling",
                evidence_viewed=True,
                channel="console",
            )
        )
        consent.refuse(session, cand, "contact", "phone", actor="test")
    result = sweep(T0 + timedelta(days=30))
    assert result.ran and dict(result.deleted) == {"applicant": 1}
    with session_scope() as session:
        assert session.get(Candidate, cand.id) is None and session.get(Candidate, keep.id) is not None
        for model in (MatchSuggestion, Decision, Application, Consent):
            assert session.exec(select(model)).all() == []
        assert session.get(ErasureJob, cand.id).state == "done"
        suppressed = session.exec(select(Suppression)).one()
        assert suppressed.identity_hash == crypto.identity_hash("gone")
        assert audit.verify(session).ok
    again = sweep(T0 + timedelta(days=30))
    assert dict(again.deleted) == {} and again.resumed == 0


def test_only_one_sweep_runs_at_a_time(db_url, data_dir):
    with session_scope() as session:
        tenant, _ = _tenant(session)
        _candidate(session, tenant, "due")
    env = {**os.environ, "FAIRMATCH_DATA_DIR": str(data_dir), "DATABASE_URL": db_url}
    exe = Path(sys.executable).with_name("fairmatch")
    with single_runner("retention-sweep") as mine:
        assert mine
        assert sweep(T0 + timedelta(days=60)).ran is False
        other = subprocess.run(
            [exe, "retention", "sweep", "--now", "2026-03-01", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert other.returncode == 0, other.stderr
        assert json.loads(other.stdout)["ran"] is False
    other = subprocess.run(
        [exe, "retention", "sweep", "--now", "2026-03-01", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert json.loads(other.stdout)["deleted"] == {"applicant": 1}


def test_audit_retention_pseudonymises_and_the_chain_holds(db_url):
    with session_scope() as session:
        short, _ = _tenant(session)
        long = add_tenant(session, "Keeps Longer BV")
        policies.set_term(session, long.id, "audit", 1000, None, actor="admin")
        mine = audit.record(session, "suggestion.shown", actor="u_x", tenant_id=short.id, candidate_id="c_1")
        theirs = audit.record(session, "suggestion.shown", actor="u_y", tenant_id=long.id, candidate_id="c_2")
    assert audit_retention.pseudonymise_old_events(datetime.now(UTC) + timedelta(days=300)) == 0
    assert audit_retention.pseudonymise_old_events(datetime.now(UTC) + timedelta(days=400)) >= 1
    with session_scope() as session:
        row = session.get(AuditEvent, mine.id)
        assert row.pseudonymised and row.actor == "pseudonymised" and row.candidate_id is None
        assert session.get(AuditEvent, theirs.id).actor == "u_y"
        assert audit.verify(session).ok


def test_consent_renewal_reminder_is_prepared(db_url, caplog):
    with session_scope() as session:
        tenant, _ = _tenant(session)
        cand = _candidate(session, tenant, "pool")
        given = consent.grant(session, cand, "talent_pool", "email", actor="test", at=T0)
    assert given.expires_at == T0 + timedelta(days=365)
    assert consent.remind(T0 + timedelta(days=300)) == []
    reminders = consent.remind(T0 + timedelta(days=340), lang="nl")
    assert [(r.candidate_id, r.delivered) for r in reminders] == [(cand.id, False)]
    with session_scope() as session:
        events = session.exec(
            select(AuditEvent).where(AuditEvent.action == "consent.renewal_requested")
        ).all()
        assert [e.candidate_id for e in events] == [cand.id]
    # no answer: the consent lapses and the data goes at expiry
    assert cand.id in _ids(preview(T0 + timedelta(days=366)))


def test_withdrawn_consent_shortens_the_term(db_url):
    with session_scope() as session:
        tenant, _ = _tenant(session)
        cand = _candidate(session, tenant, "pool")
        consent.grant(session, cand, "talent_pool", "email", actor="test", at=T0)
    assert _ids(preview(T0 + timedelta(days=40))) == set()
    with session_scope() as session:
        consent.withdraw(session, session.get(Candidate, cand.id), "talent_pool", "email", actor="test")
        with pytest.raises(consent.ConsentError):
            consent.withdraw(session, session.get(Candidate, cand.id), "talent_pool", "email", actor="test")
    assert _ids(preview(T0 + timedelta(days=40))) == {cand.id}
