"""The retention sweep deletes the bot's own Slack messages naming a candidate, seen on the loopback fake,
and keeps the erasure pending, never half-done, while Slack refuses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from scheduler.sweep import sweep
from storage.db import session_scope
from storage.directory import add_tenant, link_tenant
from storage.models import Candidate, ChatMessageRef, ErasureJob
from storage.settings import reset_settings
from tests.fakes.slack_api import TEAM_ID, FakeSlack

OLD = datetime(2026, 1, 1, tzinfo=UTC)
LATER = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.fixture
def slack(monkeypatch):
    fake = FakeSlack().start()
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "secret")
    monkeypatch.setenv("FAIRMATCH_SLACK_API_URL", fake.api_url)
    reset_settings()
    yield fake
    fake.stop()


def _candidate_with_messages(ts: list[str]) -> str:
    with session_scope() as session:
        tenant = add_tenant(session, "Acme BV")
        link_tenant(session, tenant, "slack_team", TEAM_ID)
        candidate = Candidate(tenant_id=tenant.id, source_ref="folder:x", created_at=OLD, redacted_text="cv")
        session.add(candidate)
        session.flush()
        for message_ts in ts:
            session.add(
                ChatMessageRef(
                    tenant_id=tenant.id,
                    candidate_id=candidate.id,
                    channel="slack",
                    conversation_id="C0MATCH",
                    message_id=message_ts,
                )
            )
        return candidate.id


def test_sweep_deletes_the_bots_slack_messages(sqlite_db, slack):
    candidate_id = _candidate_with_messages(["1700000000.000001", "1700000000.000002"])
    result = sweep(LATER)
    assert dict(result.deleted) == {"applicant": 1} and result.pending == 0
    deleted = {(c.args["channel"], c.args["ts"]) for c in slack.of("chat.delete")}
    assert deleted == {("C0MATCH", "1700000000.000001"), ("C0MATCH", "1700000000.000002")}
    with session_scope() as session:
        assert session.get(Candidate, candidate_id) is None
        assert session.exec(select(ChatMessageRef)).all() == []
        assert session.get(ErasureJob, candidate_id).state == "done"


def test_a_refused_deletion_keeps_the_job_pending_until_slack_accepts(sqlite_db, slack):
    candidate_id = _candidate_with_messages(["1700000000.000009"])
    slack.errors[("chat.delete", "")] = "internal_error"
    first = sweep(LATER)
    assert first.pending == 1
    with session_scope() as session:
        assert session.get(ErasureJob, candidate_id).state == "pending"
        assert session.get(Candidate, candidate_id) is None  # the data itself is gone at once
        assert len(session.exec(select(ChatMessageRef)).all()) == 1  # the message still needs deleting
    del slack.errors[("chat.delete", "")]
    second = sweep(LATER)
    assert second.resumed == 1 and second.pending == 0
    with session_scope() as session:
        assert session.get(ErasureJob, candidate_id).state == "done"
        assert session.exec(select(ChatMessageRef)).all() == []


def test_consent_renewal_reminder_reaches_the_recruiter_in_slack(sqlite_db, slack):
    from scheduler import consent
    from storage.directory import add_user
    from storage.models import Consent

    with session_scope() as session:
        tenant = add_tenant(session, "Acme BV")
        link_tenant(session, tenant, "slack_team", TEAM_ID)
        add_user(session, tenant, "recruiter", name="Rita", slack_user_id="U0RITA")
        candidate = Candidate(tenant_id=tenant.id, source_ref="folder:x", created_at=OLD, redacted_text="cv")
        session.add(candidate)
        session.flush()
        consent.grant(session, candidate, "talent_pool", "email", actor="test", at=OLD)
    reminders = consent.remind(datetime(2026, 12, 15, tzinfo=UTC), lang="nl")
    assert [r.delivered for r in reminders] == [True]
    (call,) = slack.of("chat.postMessage")
    assert call.args["channel"] == "U0RITA" and candidate.id in call.args["text"]
    with session_scope() as session:
        assert session.exec(select(Consent)).one().reminded_at is not None
    assert consent.remind(datetime(2026, 12, 16, tzinfo=UTC)) == []  # delivered once, not again
