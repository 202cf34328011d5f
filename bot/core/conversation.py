"""The conversation core shared by Slack, Teams and the console: `handle` for text, `act` for button presses.

    reply = handle(principal, "wie past bij de Python vacature?", thread=ctx)
    reply = act(principal, Action(ActionKind.approve, "s_12ab", reason="...", evidence_viewed=True))

A message is first checked against the refusals (automated decisions, protected characteristics, emotion
inference...), then parsed by the deterministic rules into an intent; the role (from storage) and the AI
stop switch are checked before any service runs. State changes happen only in `act`, through the typed
functions in `decisions.py`; text reaches `act` only as a console user's complete typed decision
(`approve s_1 because ...`). Every reply leaves through `output.finalize`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process, utils
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, func, select

from bot.core import cards as card_lib
from bot.core import decisions, intents, output, refusals, stop_switch
from bot.core.decisions import DecisionError, Outcome
from bot.core.intents import PARSER_VERSION, Intent, IntentKind
from bot.core.models import Action, ActionKind, CandidateCard, Channel, Principal, Reply, StateChange
from bot.core.texts import decision_error, t
from storage import audit
from storage.db import session_scope
from storage.models import (
    AuditEvent,
    Candidate,
    ConnectorConfig,
    DecisionKind,
    MatchSuggestion,
    Role,
    Tenant,
    User,
    Vacancy,
    VacancyStatus,
    utcnow,
)

log = logging.getLogger(__name__)

DEFAULT_TOP_K = 10
MAX_TOP_K = 25
FUZZY_CUTOFF = 70
RETRIES = 6  # SQLite reports a concurrent writer as "database is locked": retry the whole transaction


@dataclass
class ThreadContext:
    """What the adapter remembers of a conversation (a Slack thread, a Teams chat, a console session)."""

    vacancy_id: str | None = None
    suggestion_id: str | None = None
    direct: bool = False  # a one-to-one conversation with the bot: names may show if the tenant allows
    lang: str | None = None
    last_suggestions: list[str] = field(default_factory=list)  # the cards last shown, for "#n"
    evidence_seen: set[tuple[str, str]] = field(default_factory=set)  # (user id, suggestion id)


@dataclass
class _Ctx:
    session: Session
    principal: Principal
    user: User
    tenant: Tenant
    lang: str
    thread: ThreadContext


# ---------------------------------------------------------------------------------------------- entry points


def handle(principal: Principal, text: str, *, thread: ThreadContext | None = None) -> Reply:
    """Answer a text message from a verified principal."""
    thread = thread if thread is not None else ThreadContext(direct=principal.channel == Channel.console)
    lang = _lang(principal, text)
    thread.lang = lang
    if principal.channel == Channel.console:
        typed = intents.typed_decision(text)
        if typed is not None:
            return _typed_decision(principal, typed, thread, lang)
    with session_scope() as session:
        step = _understand(session, principal, text, thread, lang)
        if isinstance(step, Reply):
            return _finish(session, principal, step, thread)
    return act(principal, step, thread=thread)


def act(principal: Principal, action: Action, *, thread: ThreadContext | None = None) -> Reply:
    """Carry out a button press or a submitted decision form from a verified principal."""
    thread = thread if thread is not None else ThreadContext(direct=principal.channel == Channel.console)
    lang = _norm_lang(principal.lang) or thread.lang or "en"
    kind = ActionKind(action.kind)
    if kind == ActionKind.open_evidence:
        with session_scope() as session:
            return _finish(
                session, principal, _evidence(session, principal, action.suggestion_id, thread, lang), thread
            )
    if kind == ActionKind.request_review:
        return _transaction(
            principal,
            action,
            thread,
            lang,
            lambda s: decisions.request_review(s, principal, action.suggestion_id),
        )
    if kind in (ActionKind.approve, ActionKind.decline):
        decision_kind = DecisionKind.approve if kind == ActionKind.approve else DecisionKind.decline
        return _transaction(
            principal,
            action,
            thread,
            lang,
            lambda s: decisions.decide(
                s, principal, action.suggestion_id, decision_kind, action.reason, action.evidence_viewed
            ),
        )
    if kind == ActionKind.change_stage:
        return _transaction(
            principal,
            action,
            thread,
            lang,
            lambda s: decisions.change_stage(
                s, principal, action.suggestion_id, action.stage or "", action.reason, action.evidence_viewed
            ),
        )
    raise ValueError(f"unknown action {action.kind!r}")


# ------------------------------------------------------------------------------------------------ plumbing


def _norm_lang(lang: str | None) -> str | None:
    if not lang:
        return None
    return "nl" if lang.lower().startswith("nl") else "en"


def _lang(principal: Principal, text: str) -> str:
    return _norm_lang(principal.lang) or intents.detect_lang(text)


def _finish(session: Session, principal: Principal, reply: Reply, thread: ThreadContext) -> Reply:
    if reply.cards:  # "#n" always means the n-th card of the last reply that showed cards
        thread.last_suggestions = [card.suggestion_id for card in reply.cards]
    tenant = session.get(Tenant, principal.tenant_id)
    names = bool(tenant and tenant.show_names_in_chat)
    safe, reasons = output.finalize(reply, direct=thread.direct, names=names)
    if reasons and tenant is not None:
        audit.record(
            session,
            "output.guarded",
            actor=principal.user_id,
            tenant_id=tenant.id,
            prompt_version=PARSER_VERSION,
            details={"reasons": reasons, "channel": principal.channel.value},
        )
    return safe


def _refuse(
    session: Session,
    principal: Principal,
    code: str,
    lang: str,
    text: str,
    *,
    suggestion_id: str | None = None,
) -> Reply:
    details = {"reason": code, "channel": principal.channel.value}
    if suggestion_id:
        details["suggestion_id"] = suggestion_id
    tenant = session.get(Tenant, principal.tenant_id)
    audit.record(
        session,
        "request.refused",
        actor=principal.user_id,
        tenant_id=tenant.id if tenant else None,
        model_version="rules",
        prompt_version=PARSER_VERSION,
        details=details,
    )
    return Reply(text=text, lang=lang, refused=True, in_thread=True)


def _is_locked(exc: OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message or "deadlock" in message


def _transaction(
    principal: Principal,
    action: Action,
    thread: ThreadContext,
    lang: str,
    change: Callable[[Session], Outcome],
) -> Reply:
    """Run one state change in its own transaction; refusals are audited in a separate, committed one."""
    for attempt in range(RETRIES):
        try:
            with session_scope() as session:
                outcome = change(session)
                reply = _outcome_reply(session, principal, action, outcome, thread, lang)
                return _finish(session, principal, reply, thread)
        except DecisionError as exc:
            with session_scope() as session:
                text = t("bad_action", lang, why=decision_error(exc.code, lang, **exc.values))
                reply = _refuse(session, principal, exc.code, lang, text, suggestion_id=action.suggestion_id)
                reply.update_suggestion_id = action.suggestion_id if exc.code == "already_decided" else None
                return _finish(session, principal, reply, thread)
        except IntegrityError:
            log.info("decision race lost on %s; re-reading", action.suggestion_id)
        except OperationalError as exc:
            if not _is_locked(exc) or attempt == RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise RuntimeError("the decision could not be stored")


def _outcome_reply(
    session: Session, principal: Principal, action: Action, outcome: Outcome, thread: ThreadContext, lang: str
) -> Reply:
    suggestion = outcome.suggestion
    tenant = session.get(Tenant, principal.tenant_id)
    vacancy = session.get(Vacancy, suggestion.vacancy_id)
    candidate = session.get(Candidate, suggestion.candidate_id)
    title = card_lib.candidate_title(
        tenant, candidate, _rank(thread, suggestion.id), lang, direct=thread.direct
    )
    card = _card(session, outcome.actor, tenant, vacancy, suggestion, candidate, lang, thread)
    change: StateChange = outcome.change
    if action.kind == ActionKind.request_review:
        names = [u.name for u in (session.get(User, uid) for uid in outcome.notify_user_ids) if u]
        text = t(
            "review_requested",
            lang,
            title=title,
            vacancy=vacancy.title,
            managers=", ".join(names) if names else t("no_managers", lang),
        )
    elif action.kind == ActionKind.change_stage:
        text = t(
            "stage_recorded",
            lang,
            actor=outcome.actor.name,
            role=outcome.actor.role.value,
            title=title,
            from_=change.from_,
            to=change.to,
            reason=outcome.decision.reason,
        )
    else:
        verb = t("verb_approved" if change.to == "approved" else "verb_declined", lang)
        text = t(
            "decision_recorded",
            lang,
            verb=verb,
            actor=outcome.actor.name,
            role=outcome.actor.role.value,
            title=title,
            reason=outcome.decision.reason,
        )
    thread.suggestion_id = suggestion.id
    return Reply(
        text=text,
        lang=lang,
        cards=[card],
        state_changes=[change],
        mention_user_ids=outcome.notify_user_ids,
        in_thread=True,
        update_suggestion_id=suggestion.id,
    )


def _rank(thread: ThreadContext, suggestion_id: str) -> int | None:
    return (
        thread.last_suggestions.index(suggestion_id) + 1 if suggestion_id in thread.last_suggestions else None
    )


def _card(
    session: Session,
    viewer: User,
    tenant: Tenant,
    vacancy: Vacancy,
    suggestion: MatchSuggestion,
    candidate: Candidate,
    lang: str,
    thread: ThreadContext,
) -> CandidateCard:
    title = card_lib.candidate_title(
        tenant, candidate, _rank(thread, suggestion.id), lang, direct=thread.direct
    )
    return card_lib.build_card(
        suggestion,
        candidate,
        title,
        lang,
        can_request=viewer.role in (Role.recruiter, Role.admin),
        can_decide=decisions.may_decide(viewer, vacancy) and suggestion.requested_by != viewer.id,
    )


# ------------------------------------------------------------------------------------------ understanding


def _understand(
    session: Session, principal: Principal, text: str, thread: ThreadContext, lang: str
) -> Reply | Action:
    tenant = session.get(Tenant, principal.tenant_id)
    user = session.get(User, principal.user_id)
    if tenant is None or user is None or user.tenant_id != tenant.id:
        return Reply(text=t("unknown_user", lang) + "\n" + t("help", lang), lang=lang)
    intent = intents.parse(text)
    # A data-subject request ("avg wis c_12") is an admin's legal duty, not a selection decision, and its
    # handler can do nothing else: the decision vocabulary ("wis", "erase") must not refuse it.
    if intent.kind is not IntentKind.dsar:
        screening = refusals.screen(text)
        if (code := screening.refusal) is not None:
            return _refuse(session, principal, code.value, lang, refusals.message(code, lang))
        if screening.rules_answer == "last_refusal":
            return _last_refusal(session, principal, lang)
        if screening.rules_answer:
            return Reply(text=t(screening.rules_answer, lang), lang=lang)
    ctx = _Ctx(session, principal, user, tenant, lang, thread)
    if _unsure(ctx, intent) and len(text.split()) >= 3:
        from bot.core.understand import understand

        understood = understand(session, tenant.id, user.id, text, lang)
        if isinstance(understood, refusals.Refusal):
            return _refuse(session, principal, understood.value, lang, refusals.message(understood, lang))
        intent = understood or intent
    handler = _HANDLERS.get(intent.kind)
    if handler is None:
        return Reply(text=t("help", lang), lang=lang)
    return handler(ctx, intent)


def _last_refusal(session: Session, principal: Principal, lang: str) -> Reply:
    """A question about a refusal gets the reason of this user's latest one, or how decisions are taken."""
    reason = session.exec(
        select(AuditEvent.details)
        .where(
            AuditEvent.tenant_id == principal.tenant_id,
            AuditEvent.actor == principal.user_id,
            AuditEvent.action == "request.refused",
        )
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    code = (reason or {}).get("reason")
    if code not in refusals.Refusal.__members__:
        return Reply(text=t("who_decides", lang), lang=lang)
    message = refusals.message(refusals.Refusal(code), lang)
    return Reply(text=t("last_refusal", lang, reason=message), lang=lang)


def _unsure(ctx: _Ctx, intent: Intent) -> bool:
    """The rules found nothing, or only generic words and a vacancy reference that fits no vacancy."""
    if intent.kind == IntentKind.help:
        return True
    ref = intent.vacancy_ref
    if intent.kind not in (IntentKind.match, IntentKind.questions, IntentKind.vacancy_show) or not ref:
        return False
    if intents.VACANCY_ID.fullmatch(ref):
        return False
    rows = ctx.session.exec(select(Vacancy).where(Vacancy.tenant_id == ctx.tenant.id)).all()
    return not _fuzzy(rows, ref)


def _fuzzy(rows: list[Vacancy], ref: str) -> list[tuple[str, float, str]]:
    """Vacancies whose title (or id words) resemble `ref`, best first."""
    titles = {v.id: f"{v.title} {v.id.removeprefix('v_').replace('_', ' ')}" for v in rows}
    return process.extract(
        ref, titles, scorer=fuzz.WRatio, processor=utils.default_process, limit=2, score_cutoff=FUZZY_CUTOFF
    )


def _typed_decision(principal: Principal, intent: Intent, thread: ThreadContext, lang: str) -> Reply:
    """`approve s_1 because ...` from a console user named on the command line: a decision, once reviewed."""
    with session_scope() as session:
        sid = _suggestion_id(session, principal.tenant_id, intent.suggestion_ref, thread)
        if sid is None:
            reply = _refuse(
                session, principal, "not_found", lang, t("no_suggestion", lang, ref=intent.suggestion_ref)
            )
            return _finish(session, principal, reply, thread)
        if (principal.user_id, sid) not in thread.evidence_seen and _may_decide_now(
            session, principal, sid, intent
        ):
            reply = _evidence(session, principal, sid, thread, lang)
            reply.text = t("evidence_then_repeat", lang) + "\n" + reply.text
            return _finish(session, principal, reply, thread)
    seen = (principal.user_id, sid) in thread.evidence_seen
    if intent.kind == IntentKind.stage:
        action = Action(ActionKind.change_stage, sid, intent.reason, seen, stage=intent.stage)
    else:
        kind = ActionKind.approve if intent.kind == IntentKind.approve else ActionKind.decline
        action = Action(kind, sid, intent.reason, seen)
    return act(principal, action, thread=thread)


def _may_decide_now(session: Session, principal: Principal, sid: str, intent: Intent) -> bool:
    """Whether showing the evidence first helps: only for someone who could take this decision right now."""
    user = session.get(User, principal.user_id)
    suggestion = session.get(MatchSuggestion, sid)
    vacancy = session.get(Vacancy, suggestion.vacancy_id) if suggestion else None
    if user is None or vacancy is None or user.tenant_id != principal.tenant_id:
        return False
    if not decisions.may_decide(user, vacancy):
        return False
    if intent.kind == IntentKind.stage:
        return True
    return suggestion.status.value == "review_requested" and suggestion.requested_by != user.id


def _suggestion_id(session: Session, tenant_id: str, ref: str | None, thread: ThreadContext) -> str | None:
    if not ref:
        return thread.suggestion_id
    if ref.startswith("#"):
        n = int(ref[1:])
        return thread.last_suggestions[n - 1] if 0 < n <= len(thread.last_suggestions) else None
    suggestion = session.get(MatchSuggestion, ref)
    return suggestion.id if suggestion and suggestion.tenant_id == tenant_id else None


def _candidate(ctx: _Ctx, ref: str | None) -> Candidate | None:
    if not ref:
        return None
    if ref.startswith(("#", "s_")):
        sid = _suggestion_id(ctx.session, ctx.tenant.id, ref, ctx.thread)
        suggestion = ctx.session.get(MatchSuggestion, sid) if sid else None
        ref = suggestion.candidate_id if suggestion else None
    candidate = ctx.session.get(Candidate, ref) if ref else None
    return candidate if candidate and candidate.tenant_id == ctx.tenant.id else None


def _vacancy(ctx: _Ctx, ref: str | None) -> Vacancy | Reply:
    """A vacancy by id, by fuzzy title, from the thread, or the only open one; else ask which."""
    rows = list(ctx.session.exec(select(Vacancy).where(Vacancy.tenant_id == ctx.tenant.id)))
    if not rows:
        return Reply(t("no_vacancies", ctx.lang), ctx.lang)
    by_id = {v.id.lower(): v for v in rows}
    if ref and ref.lower() in by_id:
        return by_id[ref.lower()]
    if ref and intents.VACANCY_ID.fullmatch(ref):
        return Reply(t("no_vacancy", ctx.lang, ref=ref), ctx.lang)
    if ref:
        found = _fuzzy(rows, ref)
        if found and (len(found) == 1 or found[0][1] - found[1][1] >= 5):
            return next(v for v in rows if v.id == found[0][2])
        if not found:
            if ctx.thread.vacancy_id and ctx.thread.vacancy_id.lower() in by_id:
                return by_id[ctx.thread.vacancy_id.lower()]
            return Reply(t("no_vacancy", ctx.lang, ref=ref), ctx.lang)
        rows = [v for v in rows if v.id in {f[2] for f in found}]
    elif ctx.thread.vacancy_id and ctx.thread.vacancy_id.lower() in by_id:
        return by_id[ctx.thread.vacancy_id.lower()]
    open_rows = [v for v in rows if v.status == VacancyStatus.open]
    if len(open_rows) == 1 and not ref:
        return open_rows[0]
    options = ", ".join(f"`{v.id}` {v.title}" for v in (open_rows or rows)[:10])
    return Reply(t("which_vacancy", ctx.lang, options=options), ctx.lang)


def _paused(ctx: _Ctx, vacancy: Vacancy | None, what: str) -> Reply | None:
    scope = stop_switch.paused_scope(ctx.tenant, vacancy)
    if scope is None:
        return None
    where = (
        t("scope_tenant", ctx.lang)
        if scope == "tenant"
        else t("scope_vacancy", ctx.lang, title=vacancy.title)
    )
    audit.record(
        ctx.session,
        "suggestions.withheld",
        actor=ctx.user.id,
        tenant_id=ctx.tenant.id,
        vacancy_id=vacancy.id if vacancy else None,
        prompt_version=PARSER_VERSION,
        details={"reason": "ai_paused", "scope": scope, "what": what, "channel": ctx.principal.channel.value},
    )
    return Reply(t("ai_paused", ctx.lang, scope=where), ctx.lang)


# ------------------------------------------------------------------------------------------------ intents


def _help(ctx: _Ctx, _intent: Intent) -> Reply:
    return Reply(t("help", ctx.lang), ctx.lang)


def _match(ctx: _Ctx, intent: Intent) -> Reply:
    vacancy = _vacancy(ctx, intent.vacancy_ref)
    if isinstance(vacancy, Reply):
        return vacancy
    paused = _paused(ctx, vacancy, "matches")
    if paused:
        return paused
    from retrieval import matching

    try:
        results = matching.match(
            ctx.session, ctx.tenant.id, vacancy.id, top_k=min(intent.top_k or DEFAULT_TOP_K, MAX_TOP_K)
        )
    except matching.MatchError as exc:
        return Reply(t("matching_unavailable", ctx.lang, why=str(exc)), ctx.lang)
    model_version = matching.MODEL_VERSION
    shown: list[CandidateCard] = []
    ids: list[str] = []
    for result in results:
        candidate = ctx.session.get(Candidate, result.candidate_id)
        if candidate is None or candidate.restricted or candidate.tenant_id != ctx.tenant.id:
            continue
        suggestion = _upsert_suggestion(ctx.session, vacancy, candidate, result, model_version)
        ids.append(suggestion.id)
    ctx.thread.vacancy_id = vacancy.id
    ctx.thread.last_suggestions = ids
    for rank, sid in enumerate(ids, start=1):
        suggestion = ctx.session.get(MatchSuggestion, sid)
        candidate = ctx.session.get(Candidate, suggestion.candidate_id)
        shown.append(
            _card(ctx.session, ctx.user, ctx.tenant, vacancy, suggestion, candidate, ctx.lang, ctx.thread)
        )
        if ctx.principal.channel == Channel.console:
            ctx.thread.evidence_seen.add((ctx.user.id, sid))
        audit.record(
            ctx.session,
            "suggestion.shown",
            actor=ctx.user.id,
            tenant_id=ctx.tenant.id,
            candidate_id=candidate.id,
            vacancy_id=vacancy.id,
            model_version=suggestion.model_version,
            prompt_version=suggestion.prompt_version,
            details={
                "suggestion_id": sid,
                "shown_to": ctx.user.id,
                "rank": rank,
                "status": suggestion.status.value,
                "channel": ctx.principal.channel.value,
            },
        )
    if not shown:
        return Reply(t("no_matches", ctx.lang, title=vacancy.title), ctx.lang)
    header = "matches_header" if ctx.user.role != Role.hiring_manager else "matches_header_manager"
    return Reply(t(header, ctx.lang, n=len(shown), title=vacancy.title, id=vacancy.id), ctx.lang, cards=shown)


def _upsert_suggestion(
    session: Session, vacancy: Vacancy, candidate: Candidate, result, model_version: str
) -> MatchSuggestion:
    """One row per (vacancy, candidate); a suggestion under review or decided keeps its evidence as it was."""
    explanation = result.to_json()
    existing = session.exec(
        select(MatchSuggestion).where(
            MatchSuggestion.vacancy_id == vacancy.id, MatchSuggestion.candidate_id == candidate.id
        )
    ).first()
    if existing is not None:
        if existing.status.value == "suggested":
            existing.score = float(result.score)
            existing.explanation = explanation
            existing.model_version = model_version
            existing.prompt_version = PARSER_VERSION
            existing.updated_at = utcnow()
            session.add(existing)
            session.flush()
        return existing
    suggestion = MatchSuggestion(
        tenant_id=vacancy.tenant_id,
        vacancy_id=vacancy.id,
        candidate_id=candidate.id,
        score=float(result.score),
        explanation=explanation,
        model_version=model_version,
        prompt_version=PARSER_VERSION,
    )
    try:
        with session.begin_nested():
            session.add(suggestion)
    except IntegrityError:  # shown to someone else at the same moment: theirs is the row
        return session.exec(
            select(MatchSuggestion).where(
                MatchSuggestion.vacancy_id == vacancy.id, MatchSuggestion.candidate_id == candidate.id
            )
        ).one()
    return suggestion


def _evidence(
    session: Session, principal: Principal, suggestion_id: str, thread: ThreadContext, lang: str
) -> Reply:
    """Open the evidence of one suggestion (read-only); recorded, because a decision needs it."""
    tenant = session.get(Tenant, principal.tenant_id)
    user = session.get(User, principal.user_id)
    suggestion = session.get(MatchSuggestion, suggestion_id)
    if tenant is None or user is None or user.tenant_id != tenant.id:
        return Reply(t("unknown_user", lang) + "\n" + t("help", lang), lang)
    if suggestion is None or suggestion.tenant_id != tenant.id:
        return Reply(t("no_suggestion", lang, ref=suggestion_id), lang)
    vacancy = session.get(Vacancy, suggestion.vacancy_id)
    candidate = session.get(Candidate, suggestion.candidate_id)
    if candidate.restricted:
        return Reply(t("restricted", lang), lang)
    card = _card(session, user, tenant, vacancy, suggestion, candidate, lang, thread)
    thread.evidence_seen.add((user.id, suggestion.id))
    thread.suggestion_id = suggestion.id
    thread.vacancy_id = vacancy.id
    audit.record(
        session,
        "evidence.viewed",
        actor=user.id,
        tenant_id=tenant.id,
        candidate_id=candidate.id,
        vacancy_id=vacancy.id,
        model_version=suggestion.model_version,
        prompt_version=suggestion.prompt_version,
        details={"suggestion_id": suggestion.id, "channel": principal.channel.value},
    )
    return Reply(
        t("evidence_header", lang, title=card.title, sid=suggestion.id), lang, cards=[card], private=True
    )


def _evidence_intent(ctx: _Ctx, intent: Intent) -> Reply:
    sid = _suggestion_id(ctx.session, ctx.tenant.id, intent.suggestion_ref, ctx.thread)
    if sid is None:
        return Reply(t("no_suggestion", ctx.lang, ref=intent.suggestion_ref or "?"), ctx.lang)
    return _evidence(ctx.session, ctx.principal, sid, ctx.thread, ctx.lang)


def _request_review(ctx: _Ctx, intent: Intent) -> Reply | Action:
    sid = _suggestion_id(ctx.session, ctx.tenant.id, intent.suggestion_ref, ctx.thread)
    if sid is None and intent.candidate_ref:
        candidate = _candidate(ctx, intent.candidate_ref)
        vacancy_id = ctx.thread.vacancy_id
        row = (
            ctx.session.exec(
                select(MatchSuggestion).where(
                    MatchSuggestion.candidate_id == candidate.id, MatchSuggestion.vacancy_id == vacancy_id
                )
            ).first()
            if candidate and vacancy_id
            else None
        )
        sid = row.id if row else None
    if sid is None:
        return Reply(
            t("no_suggestion", ctx.lang, ref=intent.suggestion_ref or intent.candidate_ref or "?"), ctx.lang
        )
    return Action(ActionKind.request_review, sid)


def _decision_text(ctx: _Ctx, intent: Intent) -> Reply:
    """Approve/decline typed without the full command (or outside the console): say how decisions are made."""
    key = "decision_syntax" if ctx.principal.channel == Channel.console else "decision_via_button"
    return _refuse(ctx.session, ctx.principal, "decision_by_text", ctx.lang, t(key, ctx.lang))


def _questions(ctx: _Ctx, intent: Intent) -> Reply:
    candidate = _candidate(ctx, intent.candidate_ref)
    if intent.candidate_ref and candidate is None:
        return Reply(t("no_candidate", ctx.lang, ref=intent.candidate_ref), ctx.lang)
    ref = intent.vacancy_ref
    if candidate is not None and not (ref and intents.VACANCY_ID.fullmatch(ref)) and ctx.thread.vacancy_id:
        ref = ctx.thread.vacancy_id
    vacancy = _vacancy(ctx, ref)
    if isinstance(vacancy, Reply):
        return vacancy
    paused = _paused(ctx, vacancy, "questions")
    if paused:
        return paused
    if candidate is not None and candidate.restricted:
        return Reply(t("restricted", ctx.lang), ctx.lang)
    from bot.questions import KitError, interview_kit

    try:
        kit = interview_kit(
            ctx.session,
            ctx.tenant.id,
            vacancy.id,
            candidate.id if candidate else None,
            lang=ctx.lang,
            actor=ctx.user.id,
        )
    except KitError as exc:
        return Reply(t("questions_unavailable", ctx.lang, why=str(exc)), ctx.lang)
    ctx.thread.vacancy_id = vacancy.id
    who = ""
    if candidate is not None:
        rank = None
        for i, sid in enumerate(ctx.thread.last_suggestions, start=1):
            row = ctx.session.get(MatchSuggestion, sid)
            if row and row.candidate_id == candidate.id:
                rank = i
        who = " – " + card_lib.candidate_title(
            ctx.tenant, candidate, rank, ctx.lang, direct=ctx.thread.direct
        )
    text = t("questions_header", ctx.lang, title=vacancy.title, who=who)
    if kit.notice:
        text += "\n" + kit.notice
    return Reply(text, ctx.lang, questions=kit.core_questions())


def _summary(ctx: _Ctx, intent: Intent) -> Reply:
    candidate = _candidate(ctx, intent.candidate_ref or intent.suggestion_ref)
    if candidate is None:
        return Reply(
            t("no_candidate", ctx.lang, ref=intent.candidate_ref or intent.suggestion_ref or "?"), ctx.lang
        )
    if candidate.restricted:
        return Reply(t("restricted", ctx.lang), ctx.lang)
    query = select(MatchSuggestion).where(MatchSuggestion.candidate_id == candidate.id)
    vacancy_id = (
        intent.vacancy_ref
        if intent.vacancy_ref and intents.VACANCY_ID.fullmatch(intent.vacancy_ref)
        else ctx.thread.vacancy_id
    )
    if vacancy_id:
        query = query.where(MatchSuggestion.vacancy_id == vacancy_id)
    suggestion = ctx.session.exec(query.order_by(MatchSuggestion.updated_at.desc())).first()
    vacancy = ctx.session.get(Vacancy, suggestion.vacancy_id) if suggestion else None
    paused = _paused(ctx, vacancy, "summary")
    if paused:
        return paused
    rank = _rank(ctx.thread, suggestion.id) if suggestion else None
    title = card_lib.candidate_title(ctx.tenant, candidate, rank, ctx.lang, direct=ctx.thread.direct)
    if suggestion is None:
        return Reply(t("summary_none", ctx.lang, title=title), ctx.lang)
    card = _card(ctx.session, ctx.user, ctx.tenant, vacancy, suggestion, candidate, ctx.lang, ctx.thread)
    matched = {ev.requirement for ev in card.matched if ev.requirement}
    missing = t("summary_missing", ctx.lang, items="; ".join(card.missing)) if card.missing else ""
    lines = [
        t("summary_header", ctx.lang, title=title),
        t(
            "summary_evidence",
            ctx.lang,
            vacancy=vacancy.title,
            matched=len(matched),
            total=len(matched) + len(card.missing),
            missing=missing,
        ),
    ]
    if card.summary:
        lines.append(card.summary)
    if ctx.principal.channel == Channel.console:
        ctx.thread.evidence_seen.add((ctx.user.id, suggestion.id))
    audit.record(
        ctx.session,
        "suggestion.shown",
        actor=ctx.user.id,
        tenant_id=ctx.tenant.id,
        candidate_id=candidate.id,
        vacancy_id=vacancy.id,
        model_version=suggestion.model_version,
        prompt_version=suggestion.prompt_version,
        details={
            "suggestion_id": suggestion.id,
            "shown_to": ctx.user.id,
            "as": "summary",
            "channel": ctx.principal.channel.value,
        },
    )
    return Reply("\n".join(lines), ctx.lang, cards=[card])


def _vacancy_list(ctx: _Ctx, _intent: Intent) -> Reply:
    rows = list(
        ctx.session.exec(
            select(Vacancy).where(Vacancy.tenant_id == ctx.tenant.id).order_by(Vacancy.created_at)
        )
    )
    if not rows:
        return Reply(t("no_vacancies", ctx.lang), ctx.lang)
    paused = t("paused_flag", ctx.lang)
    lines = [f"• `{v.id}` {v.title} – {v.status.value}{paused if v.ai_paused else ''}" for v in rows]
    return Reply(t("vacancy_list", ctx.lang, rows="\n".join(lines)), ctx.lang)


def _vacancy_show(ctx: _Ctx, intent: Intent) -> Reply:
    vacancy = _vacancy(ctx, intent.vacancy_ref)
    if isinstance(vacancy, Reply):
        return vacancy
    ctx.thread.vacancy_id = vacancy.id
    counts = dict(
        ctx.session.exec(
            select(MatchSuggestion.status, func.count())
            .where(MatchSuggestion.vacancy_id == vacancy.id)
            .group_by(MatchSuggestion.status)
        ).all()
    )
    count_text = (
        ", ".join(f"{k.value if hasattr(k, 'value') else k} {n}" for k, n in sorted(counts.items())) or "0"
    )
    requirements = vacancy.requirements or {}
    paused = t("paused_flag", ctx.lang) if vacancy.ai_paused or ctx.tenant.ai_paused else ""
    return Reply(
        t(
            "vacancy_show",
            ctx.lang,
            title=vacancy.title,
            id=vacancy.id,
            status=vacancy.status.value,
            paused=paused,
            must="; ".join(requirements.get("must") or []) or "–",
            nice="; ".join(requirements.get("nice") or []) or "–",
            counts=count_text,
        ),
        ctx.lang,
    )


def _ai_switch(ctx: _Ctx, intent: Intent) -> Reply:
    paused = intent.kind == IntentKind.ai_pause
    vacancy = None
    if intent.vacancy_ref:
        found = _vacancy(ctx, intent.vacancy_ref)
        if isinstance(found, Reply):
            return found
        vacancy = found
    try:
        change = stop_switch.switch_by_principal(ctx.session, ctx.principal, paused, vacancy=vacancy)
    except DecisionError as exc:
        return _refuse(ctx.session, ctx.principal, exc.code, ctx.lang, decision_error(exc.code, ctx.lang))
    scope = t("scope_vacancy", ctx.lang, title=vacancy.title) if vacancy else t("scope_tenant", ctx.lang)
    state = t("state_paused" if paused else "state_resumed", ctx.lang)
    return Reply(
        t("ai_switched", ctx.lang, state=state, scope=scope),
        ctx.lang,
        state_changes=[change] if change else [],
    )


def _admin_status(ctx: _Ctx, _intent: Intent) -> Reply:
    """What Slack's App Home shows admins, for every channel: Teams, the console, a Slack DM."""
    from scheduler.policies import terms

    if ctx.principal.role is not Role.admin:
        return _refuse(ctx.session, ctx.principal, "admin_only", ctx.lang, t("dsar_admin_only", ctx.lang))
    nl = ctx.lang == "nl"

    def days(term) -> str:
        text = f"{term.days} {'dagen' if nl else 'days'}"
        if term.days_with_consent:
            text += f" ({term.days_with_consent} {'met toestemming' if nl else 'with consent'})"
        return text

    policy = terms(ctx.session, ctx.tenant.id)
    roles = ctx.session.exec(
        select(User.role, func.count()).where(User.tenant_id == ctx.tenant.id).group_by(User.role)
    ).all()
    lines = []
    for config in ctx.session.exec(select(ConnectorConfig).where(ConnectorConfig.tenant_id == ctx.tenant.id)):
        counts = config.last_counts or {}
        if config.last_error:
            state = f"{'fout' if nl else 'error'}: {config.last_error}"
        elif config.last_sync_at:
            state = (
                f"{config.last_sync_at:%Y-%m-%d %H:%M} +{counts.get('created', 0)} "
                f"~{counts.get('updated', 0)} -{counts.get('deleted', 0)} !{counts.get('failed', 0)}"
            )
        else:
            state = "nog niet gesynchroniseerd" if nl else "never synced"
        lines.append(f"• {config.name} ({config.kind}{'' if config.enabled else ', off'}): {state}")
    ai = ("gepauzeerd" if nl else "paused") if ctx.tenant.ai_paused else ("aan" if nl else "on")
    return Reply(
        t(
            "admin_status",
            ctx.lang,
            ai=ai,
            applicant=days(policy["applicant"]),
            sourced=days(policy["sourced"]),
            audit=days(policy["audit"]),
            roles=", ".join(f"{role.value} {n}" for role, n in sorted(roles)) or "–",
            connectors="\n".join(lines) or "–",
        ),
        ctx.lang,
    )


def _dsar(ctx: _Ctx, intent: Intent) -> Reply:
    """Admins handle data-subject requests here as on the CLI; the same functions, the same audit trail."""
    from scheduler import dsar

    if ctx.principal.role is not Role.admin:
        return _refuse(ctx.session, ctx.principal, "dsar_not_admin", ctx.lang, t("dsar_admin_only", ctx.lang))
    if not intent.candidate_ref or not intent.dsar_action:
        return Reply(t("dsar_usage", ctx.lang), ctx.lang)
    try:
        candidate = dsar.find_candidate(ctx.session, ctx.tenant.id, candidate_id=intent.candidate_ref)
    except dsar.DsarError as exc:
        return Reply(str(exc), ctx.lang)
    cid, actor = candidate.id, ctx.principal.user_id
    if intent.dsar_action == "export":
        bundle = dsar.export(ctx.session, candidate, actor=actor)
        counts = {
            key: len(bundle[name])
            for key, name in (
                ("suggestions", "match_suggestions"),
                ("decisions", "decisions"),
                ("consents", "consents"),
                ("messages", "chat_messages"),
                ("events", "activity"),
            )
        }
        return Reply(t("dsar_exported", ctx.lang, cid=cid, tenant=ctx.tenant.id, **counts), ctx.lang)
    if intent.dsar_action in ("restrict", "unrestrict"):
        restricted = intent.dsar_action == "restrict"
        dsar.set_restricted(ctx.session, candidate, restricted, actor=actor)
        state = (
            ("beperkt" if restricted else "niet meer beperkt")
            if ctx.lang == "nl"
            else ("restricted" if restricted else "no longer restricted")
        )
        change = StateChange("candidate", cid, str(not restricted).lower(), str(restricted).lower())
        return Reply(t("dsar_restricted", ctx.lang, cid=cid, state=state), ctx.lang, state_changes=[change])
    if not intent.confirmed:
        return Reply(t("dsar_confirm", ctx.lang, cid=cid), ctx.lang)
    ctx.session.commit()  # the erasure runs in its own transactions
    try:
        receipt = dsar.erase(candidate, actor=actor, do_not_contact=intent.do_not_contact)
    except dsar.DsarError as exc:
        return Reply(str(exc), ctx.lang)
    return Reply(
        t("dsar_erased", ctx.lang, cid=cid, state=receipt.state, pending=len(receipt.pending)),
        ctx.lang,
        state_changes=[StateChange("candidate", cid, "held", "erased")],
    )


_HANDLERS: dict[IntentKind, Callable[[_Ctx, Intent], Reply | Action]] = {
    IntentKind.help: _help,
    IntentKind.match: _match,
    IntentKind.questions: _questions,
    IntentKind.summary: _summary,
    IntentKind.request_review: _request_review,
    IntentKind.approve: _decision_text,
    IntentKind.decline: _decision_text,
    IntentKind.stage: _decision_text,
    IntentKind.evidence: _evidence_intent,
    IntentKind.vacancy_list: _vacancy_list,
    IntentKind.vacancy_show: _vacancy_show,
    IntentKind.ai_pause: _ai_switch,
    IntentKind.ai_resume: _ai_switch,
    IntentKind.dsar: _dsar,
    IntentKind.admin_status: _admin_status,
}
