"""Typed human decisions: who may decide, what a decision must carry, and exactly one decision per race."""

from __future__ import annotations

import threading

import pytest
from sqlmodel import select

from bot.core import act
from bot.core.decisions import DecisionError, change_stage, decide, request_review
from bot.core.models import Action, ActionKind, Channel
from storage.db import session_scope
from storage.models import Application, AuditEvent, Decision, MatchSuggestion, Stage
from tests.core_rows import build, principal

REASON = "Strong Python evidence in two roles"


@pytest.fixture
def world(db_url):
    with session_scope() as session:
        return build(session)


def _status(sid: str) -> str:
    with session_scope() as session:
        return session.get(MatchSuggestion, sid).status.value


def _requested(world, sid: str) -> None:
    with session_scope() as session:
        request_review(session, principal(world, "rec"), sid)


def _refusal(world, user: str, sid: str, **kw) -> str:
    args = {"kind": "approve", "reason": REASON, "evidence_viewed": True} | kw
    with pytest.raises(DecisionError) as err, session_scope() as session:
        decide(session, principal(world, user), sid, args["kind"], args["reason"], args["evidence_viewed"])
    return err.value.code


def test_the_lifecycle_is_suggested_review_requested_approved(world):
    sid = world.suggestion_ids[0]
    _requested(world, sid)
    assert _status(sid) == "review_requested"
    with session_scope() as session:
        outcome = decide(session, principal(world, "mgr"), sid, "approve", f"  {REASON}  ", True)
        assert outcome.change.as_json() == {
            "entity": "match_suggestion",
            "id": sid,
            "from": "review_requested",
            "to": "approved",
        }
    with session_scope() as session:
        row = session.exec(select(Decision).where(Decision.suggestion_id == sid)).one()
        assert (row.actor_id, row.actor_role.value, row.reason, row.evidence_viewed, row.channel) == (
            "mgr",
            "hiring_manager",
            REASON,
            True,
            "console",
        )
        actions = [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.id))]
        assert actions[-2:] == ["review.requested", "decision.approve"]
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "decision.approve")).one()
        assert (event.model_version, event.prompt_version) == ("test-model", "test-prompt")
        assert REASON not in str(event.details)  # ids and counts only, never the text


def test_a_decision_needs_a_requested_review_an_authorised_human_a_reason_and_the_evidence(world):
    sid = world.suggestion_ids[0]
    assert _refusal(world, "mgr", sid) == "not_requested"
    _requested(world, sid)
    assert _refusal(world, "rec", sid) == "not_authorised"  # a recruiter never decides
    assert _refusal(world, "rec2", sid) == "not_authorised"
    assert _refusal(world, "mgr2", sid) == "not_authorised"  # a hiring manager of another vacancy
    assert _refusal(world, "mgr", sid, reason="   too short ") == "reason_too_short"
    assert _refusal(world, "mgr", sid, evidence_viewed=False) == "evidence_not_viewed"
    assert _refusal(world, "mgr", sid, reason="She is pregnant and will be away soon") == "reason_protected"
    assert _refusal(world, "mgr", sid, reason="Hij is moslim, dat past niet bij ons") == "reason_protected"
    assert _status(sid) == "review_requested"
    with session_scope() as session:
        decide(session, principal(world, "adm"), sid, "decline", REASON, True)  # admins may decide
    assert _status(sid) == "declined"


def test_nobody_decides_on_a_review_they_requested_themselves(world):
    sid = world.suggestion_ids[0]
    with session_scope() as session:
        request_review(session, principal(world, "adm"), sid)
    assert _refusal(world, "adm", sid) == "own_request"
    with session_scope() as session:
        decide(session, principal(world, "mgr"), sid, "approve", REASON, True)


def test_only_recruiters_and_admins_request_reviews_and_only_once(world):
    sid = world.suggestion_ids[0]
    with pytest.raises(DecisionError) as err, session_scope() as session:
        request_review(session, principal(world, "mgr"), sid)
    assert err.value.code == "not_recruiter"
    _requested(world, sid)
    with pytest.raises(DecisionError) as err, session_scope() as session:
        request_review(session, principal(world, "rec2"), sid)
    assert err.value.code == "already_requested"


def test_a_principal_from_another_tenant_or_unknown_user_changes_nothing(world):
    sid = world.suggestion_ids[0]
    _requested(world, sid)
    from dataclasses import replace

    stranger = replace(principal(world, "mgr"), tenant_id="other")
    with pytest.raises(DecisionError) as err, session_scope() as session:
        decide(session, stranger, sid, "approve", REASON, True)
    assert err.value.code == "unknown_user"
    ghost = replace(principal(world, "mgr"), user_id="nobody")
    with pytest.raises(DecisionError), session_scope() as session:
        decide(session, ghost, sid, "approve", REASON, True)
    assert _status(sid) == "review_requested"


def test_stage_changes_follow_the_same_rule(world):
    sid = world.suggestion_ids[1]
    with pytest.raises(DecisionError) as err, session_scope() as session:
        change_stage(session, principal(world, "rec"), sid, "interview", REASON, True)
    assert err.value.code == "not_authorised"
    with pytest.raises(DecisionError) as err, session_scope() as session:
        change_stage(session, principal(world, "mgr"), sid, "interview", "short", True)
    assert err.value.code == "reason_too_short"
    with pytest.raises(DecisionError) as err, session_scope() as session:
        change_stage(session, principal(world, "mgr"), sid, "promoted", REASON, True)
    assert err.value.code == "bad_stage"
    with session_scope() as session:
        outcome = change_stage(session, principal(world, "mgr"), sid, "interview", REASON, True)
        assert (outcome.change.from_, outcome.change.to) == ("applied", "interview")
    with session_scope() as session:
        app = session.exec(
            select(Application).where(Application.candidate_id == world.candidate_ids[1])
        ).one()
        assert app.stage == Stage.interview
        decision = session.exec(select(Decision).where(Decision.application_id == app.id)).one()
        assert (decision.kind.value, decision.to_stage, decision.actor_id) == (
            "stage_change",
            Stage.interview,
            "mgr",
        )


def test_racing_decisions_produce_exactly_one_decision(world):
    """Two hiring-manager clicks at the same moment, each in its own session and thread."""
    sid = world.suggestion_ids[0]
    _requested(world, sid)
    barrier = threading.Barrier(2)
    replies = {}

    def click(user: str, kind: ActionKind) -> None:
        barrier.wait()
        replies[user] = act(principal(world, user), Action(kind, sid, REASON, True))

    threads = [
        threading.Thread(target=click, args=("mgr", ActionKind.approve)),
        threading.Thread(target=click, args=("adm", ActionKind.decline)),
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    winners = [u for u, r in replies.items() if r.state_changes]
    losers = [u for u, r in replies.items() if r.refused]
    assert len(winners) == 1 and len(losers) == 1, {u: r.text for u, r in replies.items()}
    with session_scope() as session:
        decisions = session.exec(select(Decision).where(Decision.suggestion_id == sid)).all()
        assert len(decisions) == 1 and decisions[0].actor_id == winners[0]
        winner_name = {"mgr": "Henk", "adm": "Anna"}[winners[0]]
    assert f"already decided by {winner_name}" in replies[losers[0]].text
    assert _status(sid) in ("approved", "declined")


def test_a_second_click_after_the_decision_is_told_who_decided(world):
    sid = world.suggestion_ids[0]
    _requested(world, sid)
    first = act(principal(world, "mgr"), Action(ActionKind.approve, sid, REASON, True))
    second = act(principal(world, "adm", Channel.slack), Action(ActionKind.decline, sid, REASON, True))
    assert first.state_changes and not first.refused
    assert second.refused and not second.state_changes
    assert "already decided by Henk" in second.text
    with session_scope() as session:
        refused = session.exec(select(AuditEvent).where(AuditEvent.action == "request.refused")).all()
        assert refused[-1].details["reason"] == "already_decided"
