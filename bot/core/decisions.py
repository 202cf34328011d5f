"""Typed, human, single-use decisions: the only code that changes a suggestion's status or a stage.

Every function takes a `Principal` (built by an adapter from a verified event) and explicit arguments;
none takes free text to interpret. A suggestion moves suggested -> review_requested -> approved|declined,
an application's stage moves only through a `Decision` row. A reason may not rest on special-category or
protected data, and identifiers in it are redacted before it is stored. Races are settled by the database: a
conditional UPDATE (`WHERE status = 'review_requested'`) whose row count we check, plus the unique
`Decision.suggestion_id`. The roles come from storage, not from the event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, select

import guardrails
from bot.core.models import Principal, StateChange
from guardrails.policy import Destination
from storage import audit
from storage.models import (
    Application,
    Decision,
    DecisionKind,
    MatchSuggestion,
    Role,
    Stage,
    SuggestionStatus,
    User,
    Vacancy,
    utcnow,
)

MIN_REASON_CHARS = 10


class DecisionError(Exception):
    """A decision or review request that may not happen; `code` is logged, `values` fill the message."""

    def __init__(self, code: str, **values: Any) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


@dataclass
class Outcome:
    suggestion: MatchSuggestion
    change: StateChange
    actor: User
    decision: Decision | None = None
    notify_user_ids: list[str] = field(default_factory=list)


def acting_user(session: Session, principal: Principal) -> User:
    """The stored user behind a principal; the stored role is the one that counts."""
    user = session.get(User, principal.user_id)
    if user is None or user.tenant_id != principal.tenant_id:
        raise DecisionError("unknown_user")
    return user


def may_decide(user: User, vacancy: Vacancy) -> bool:
    """Only the vacancy's hiring managers, or admins, decide."""
    return user.role == Role.admin or (
        user.role == Role.hiring_manager and user.id in (vacancy.hiring_manager_ids or [])
    )


def _suggestion(session: Session, principal: Principal, suggestion_id: str) -> MatchSuggestion:
    suggestion = session.get(MatchSuggestion, suggestion_id)
    if suggestion is None or suggestion.tenant_id != principal.tenant_id:
        raise DecisionError("not_found")
    return suggestion


def _decided_by(session: Session, suggestion_id: str) -> DecisionError:
    decision = session.exec(select(Decision).where(Decision.suggestion_id == suggestion_id)).first()
    actor = session.get(User, decision.actor_id) if decision else None
    return DecisionError(
        "already_decided",
        actor=actor.name if actor else "someone",
        kind=decision.kind.value if decision else "decided",
        actor_id=actor.id if actor else None,
    )


def _check_human_review(reason: str, evidence_viewed: bool) -> str:
    """The reason as it may be stored: long enough, about the job, redacted; else DecisionError."""
    if len((reason or "").strip()) < MIN_REASON_CHARS:
        raise DecisionError("reason_too_short")
    if evidence_viewed is not True:
        raise DecisionError("evidence_not_viewed")
    try:
        # Read only by authorised staff and auditors: identifiers (BSN, IBAN...) go, job words stay readable.
        red = guardrails.redact_with_result(reason.strip(), Destination.dm_authorised)
    except guardrails.GuardrailError:
        raise DecisionError("reason_unchecked") from None
    if any(f.category in ("special", "protected") for f in red.result.findings):
        raise DecisionError("reason_protected")
    return red.text


def request_review(session: Session, principal: Principal, suggestion_id: str) -> Outcome:
    """A recruiter (or admin) asks the vacancy's hiring managers to review a suggestion."""
    user = acting_user(session, principal)
    suggestion = _suggestion(session, principal, suggestion_id)
    if user.role not in (Role.recruiter, Role.admin):
        raise DecisionError("not_recruiter")
    if suggestion.status in (SuggestionStatus.approved, SuggestionStatus.declined):
        raise _decided_by(session, suggestion.id)
    if suggestion.status != SuggestionStatus.suggested:
        raise DecisionError("already_requested", status=suggestion.status.value)
    result = session.connection().execute(
        update(MatchSuggestion)
        .where(MatchSuggestion.id == suggestion.id, MatchSuggestion.status == SuggestionStatus.suggested)
        .values(status=SuggestionStatus.review_requested, requested_by=user.id, updated_at=utcnow())
    )
    if result.rowcount != 1:
        raise DecisionError("already_requested", status="review_requested")
    session.refresh(suggestion)
    vacancy = session.get(Vacancy, suggestion.vacancy_id)
    managers = list(vacancy.hiring_manager_ids or []) if vacancy else []
    audit.record(
        session,
        "review.requested",
        actor=user.id,
        tenant_id=suggestion.tenant_id,
        candidate_id=suggestion.candidate_id,
        vacancy_id=suggestion.vacancy_id,
        model_version=suggestion.model_version,
        prompt_version=suggestion.prompt_version,
        details={
            "suggestion_id": suggestion.id,
            "actor_role": user.role.value,
            "channel": principal.channel.value,
            "notify": managers,
        },
    )
    change = StateChange(
        "match_suggestion", suggestion.id, SuggestionStatus.suggested.value, suggestion.status.value
    )
    return Outcome(suggestion, change, user, notify_user_ids=managers)


def decide(
    session: Session,
    principal: Principal,
    suggestion_id: str,
    kind: DecisionKind | str,
    reason: str,
    evidence_viewed: bool,
) -> Outcome:
    """Approve or decline a reviewed suggestion: one Decision, by an authorised human, with a reason."""
    kind = DecisionKind(kind)
    if kind not in (DecisionKind.approve, DecisionKind.decline):
        raise ValueError("decide() takes approve or decline; stage changes go through change_stage()")
    user = acting_user(session, principal)
    suggestion = _suggestion(session, principal, suggestion_id)
    if suggestion.status in (SuggestionStatus.approved, SuggestionStatus.declined):
        raise _decided_by(session, suggestion.id)
    vacancy = session.get(Vacancy, suggestion.vacancy_id)
    if vacancy is None or not may_decide(user, vacancy):
        raise DecisionError("not_authorised")
    stored_reason = _check_human_review(reason, evidence_viewed)
    if suggestion.status != SuggestionStatus.review_requested:
        raise DecisionError("not_requested")
    if suggestion.requested_by == user.id:
        raise DecisionError("own_request")
    to = SuggestionStatus.approved if kind == DecisionKind.approve else SuggestionStatus.declined
    result = session.connection().execute(
        update(MatchSuggestion)
        .where(
            MatchSuggestion.id == suggestion.id, MatchSuggestion.status == SuggestionStatus.review_requested
        )
        .values(status=to, updated_at=utcnow())
    )
    if result.rowcount != 1:
        raise _decided_by(session, suggestion.id)
    decision = Decision(
        tenant_id=suggestion.tenant_id,
        suggestion_id=suggestion.id,
        actor_id=user.id,
        actor_role=user.role,
        kind=kind,
        reason=stored_reason,
        evidence_viewed=True,
        channel=principal.channel.value,
    )
    session.add(decision)
    session.flush()
    session.refresh(suggestion)
    audit.record(
        session,
        f"decision.{kind.value}",
        actor=user.id,
        tenant_id=suggestion.tenant_id,
        candidate_id=suggestion.candidate_id,
        vacancy_id=suggestion.vacancy_id,
        model_version=suggestion.model_version,
        prompt_version=suggestion.prompt_version,
        details={
            "suggestion_id": suggestion.id,
            "decision_id": decision.id,
            "actor_role": user.role.value,
            "channel": principal.channel.value,
            "evidence_viewed": True,
            "reason_chars": len(decision.reason),
        },
    )
    change = StateChange("match_suggestion", suggestion.id, SuggestionStatus.review_requested.value, to.value)
    requester = [suggestion.requested_by] if suggestion.requested_by else []
    return Outcome(suggestion, change, user, decision, notify_user_ids=requester)


def change_stage(
    session: Session,
    principal: Principal,
    suggestion_id: str,
    to_stage: Stage | str,
    reason: str,
    evidence_viewed: bool,
) -> Outcome:
    """Move the candidate's application for the suggestion's vacancy (invite, reject, hire, talent pool).

    The same rule as approvals: an authorised human, a reason, the evidence opened, one Decision row.
    """
    try:
        stage = Stage(to_stage)
    except ValueError:
        raise DecisionError("bad_stage", stages=", ".join(s.value for s in Stage)) from None
    user = acting_user(session, principal)
    suggestion = _suggestion(session, principal, suggestion_id)
    vacancy = session.get(Vacancy, suggestion.vacancy_id)
    if vacancy is None or not may_decide(user, vacancy):
        raise DecisionError("not_authorised")
    stored_reason = _check_human_review(reason, evidence_viewed)
    application = session.exec(
        select(Application).where(
            Application.candidate_id == suggestion.candidate_id,
            Application.vacancy_id == suggestion.vacancy_id,
        )
    ).first()
    if application is None:
        application = Application(
            tenant_id=suggestion.tenant_id,
            candidate_id=suggestion.candidate_id,
            vacancy_id=suggestion.vacancy_id,
        )
        session.add(application)
        session.flush()
    current = application.stage
    if current == stage:
        raise DecisionError("same_stage")
    result = session.connection().execute(
        update(Application)
        .where(Application.id == application.id, Application.stage == current)
        .values(stage=stage, updated_at=utcnow())
    )
    if result.rowcount != 1:
        raise DecisionError("stage_conflict")
    decision = Decision(
        tenant_id=suggestion.tenant_id,
        application_id=application.id,
        actor_id=user.id,
        actor_role=user.role,
        kind=DecisionKind.stage_change,
        to_stage=stage,
        reason=stored_reason,
        evidence_viewed=True,
        channel=principal.channel.value,
    )
    session.add(decision)
    session.flush()
    session.refresh(application)
    audit.record(
        session,
        "application.stage_changed",
        actor=user.id,
        tenant_id=suggestion.tenant_id,
        candidate_id=suggestion.candidate_id,
        vacancy_id=suggestion.vacancy_id,
        model_version=suggestion.model_version,
        prompt_version=suggestion.prompt_version,
        details={
            "application_id": application.id,
            "decision_id": decision.id,
            "from": current.value,
            "to": stage.value,
            "actor_role": user.role.value,
            "channel": principal.channel.value,
            "reason_chars": len(decision.reason),
        },
    )
    change = StateChange("application", application.id, current.value, stage.value)
    return Outcome(suggestion, change, user, decision)
