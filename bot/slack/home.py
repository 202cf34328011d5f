"""App Home: a user's vacancies and pending reviews; for admins also connectors, retention, the AI stop
switch and role mapping. Read-only, small queries, candidates shown by pseudonymous id only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from bot.core.models import ActionKind, Principal
from bot.slack.blocks import Block, button, context, escape, score_label, section
from bot.slack.identity import Unknown
from storage.db import session_scope
from storage.models import (
    ConnectorConfig,
    MatchSuggestion,
    RetentionPolicy,
    Role,
    SuggestionStatus,
    Tenant,
    User,
    Vacancy,
    VacancyStatus,
)

LIST_LIMIT = 15
SCAN_LIMIT = 500  # open vacancies read to find a manager's own; hiring_manager_ids is a JSON list


@dataclass
class HomeData:
    role: Role
    vacancies: list[tuple[str, str, str]] = field(default_factory=list)  # id, title, status
    reviews: list[tuple[str, str, str, float]] = field(default_factory=list)  # sid, vacancy, candidate, score
    ai_paused: bool = False
    paused_vacancies: int = 0
    connectors: list[ConnectorConfig] = field(default_factory=list)
    retention: list[RetentionPolicy] = field(default_factory=list)
    users: list[User] = field(default_factory=list)


def _vacancies(session: Session, principal: Principal) -> list[Vacancy]:
    rows = session.exec(
        select(Vacancy)
        .where(Vacancy.tenant_id == principal.tenant_id, Vacancy.status != VacancyStatus.closed)
        .order_by(col(Vacancy.updated_at).desc())
        .limit(SCAN_LIMIT)
    ).all()
    if principal.role == Role.hiring_manager:
        rows = [v for v in rows if principal.user_id in (v.hiring_manager_ids or [])]
    return list(rows)


def load(principal: Principal) -> HomeData:
    with session_scope() as session:
        vacancies = _vacancies(session, principal)
        titles = {v.id: v.title for v in vacancies}
        reviews = select(MatchSuggestion).where(
            MatchSuggestion.tenant_id == principal.tenant_id,
            MatchSuggestion.status == SuggestionStatus.review_requested,
        )
        if principal.role == Role.hiring_manager:
            reviews = reviews.where(col(MatchSuggestion.vacancy_id).in_(list(titles)))
        elif principal.role == Role.recruiter:
            reviews = reviews.where(MatchSuggestion.requested_by == principal.user_id)
        pending = session.exec(reviews.order_by(col(MatchSuggestion.updated_at)).limit(LIST_LIMIT)).all()
        missing_titles = {s.vacancy_id for s in pending} - set(titles)
        if missing_titles:
            for vid, title in session.exec(
                select(Vacancy.id, Vacancy.title).where(col(Vacancy.id).in_(list(missing_titles)))
            ).all():
                titles[vid] = title
        data = HomeData(
            role=principal.role,
            vacancies=[(v.id, v.title, v.status.value) for v in vacancies[:LIST_LIMIT]],
            reviews=[
                (s.id, titles.get(s.vacancy_id, s.vacancy_id), s.candidate_id, s.score) for s in pending
            ],
        )
        if principal.role == Role.admin:
            tenant = session.get(Tenant, principal.tenant_id)
            data.ai_paused = bool(tenant and tenant.ai_paused)
            data.paused_vacancies = len(
                session.exec(
                    select(Vacancy.id).where(
                        Vacancy.tenant_id == principal.tenant_id,
                        Vacancy.ai_paused == True,  # noqa: E712 (SQL expression)
                        Vacancy.status != VacancyStatus.closed,
                    )
                ).all()
            )
            data.connectors = list(
                session.exec(
                    select(ConnectorConfig)
                    .where(ConnectorConfig.tenant_id == principal.tenant_id)
                    .order_by(ConnectorConfig.name)
                    .limit(LIST_LIMIT)
                ).all()
            )
            data.retention = list(
                session.exec(
                    select(RetentionPolicy)
                    .where(RetentionPolicy.tenant_id == principal.tenant_id)
                    .order_by(RetentionPolicy.category)
                ).all()
            )
            data.users = list(
                session.exec(
                    select(User).where(User.tenant_id == principal.tenant_id).order_by(User.name).limit(50)
                ).all()
            )
    return data


def _header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": text[:150]}}


def _user_blocks(data: HomeData) -> list[Block]:
    mine = "My vacancies" if data.role == Role.hiring_manager else "Open vacancies"
    blocks: list[Block] = [_header(mine)]
    if data.vacancies:
        lines = [
            f"• *{escape(title)}*  `{vid}`  _{status.replace('_', ' ')}_"
            for vid, title, status in data.vacancies
        ]
        blocks.append(section("\n".join(lines)))
    else:
        blocks.append(context("No open vacancies."))
    waiting = {Role.recruiter: "Reviews I requested", Role.hiring_manager: "Waiting for my review"}
    blocks.append(_header(waiting.get(data.role, "Pending reviews")))
    if not data.reviews:
        blocks.append(context("No pending reviews."))
    for sid, title, candidate_id, score in data.reviews:
        blocks.append(
            {
                **section(f"*{escape(title)}*  ·  candidate `{candidate_id}`  ·  fit {score_label(score)}"),
                "accessory": button("Show evidence", ActionKind.open_evidence, sid),
            }
        )
    return blocks


def _admin_blocks(data: HomeData) -> list[Block]:
    switch = "*paused* for the whole tenant" if data.ai_paused else "running"
    blocks: list[Block] = [
        {"type": "divider"},
        _header("Administration"),
        section(
            f"*AI suggestions (stop switch):* {switch}; "
            f"{data.paused_vacancies} open vacancies paused on their own."
        ),
    ]
    if data.connectors:
        lines = []
        for k in data.connectors:
            state = "enabled" if k.enabled else "disabled"
            synced = k.last_sync_at.strftime("%Y-%m-%d %H:%M UTC") if k.last_sync_at else "never synced"
            problem = "  ·  :warning: last sync failed" if k.last_error else ""
            lines.append(f"• *{escape(k.name)}* ({escape(k.kind)}) {state}, {synced}{problem}")
        blocks.append(section("*Connectors*\n" + "\n".join(lines)))
    else:
        blocks.append(section("*Connectors*\nNone configured."))
    if data.retention:
        lines = []
        for p in data.retention:
            extra = f", {p.days_with_consent} days with consent" if p.days_with_consent else ""
            lines.append(f"• {escape(p.category)}: {p.days} days{extra}")
        blocks.append(section("*Retention policy*\n" + "\n".join(lines)))
    else:
        blocks.append(section("*Retention policy*\nNot set: the defaults apply."))
    lines = []
    for u in data.users:
        slack = f"<@{u.slack_user_id}>" if u.slack_user_id else "no Slack user"
        lines.append(f"• {escape(u.name)}: {u.role.value.replace('_', ' ')} ({slack})")
    blocks.append(section("*Role mapping*\n" + ("\n".join(lines) or "No users.")))
    blocks.append(
        context("Map a Slack user with `fairmatch users add --tenant T --role ROLE --slack-user U…`.")
    )
    return blocks


def view(who: Principal | Unknown) -> Block:
    """The Home tab for this person: the setup hint when unmapped, else their lists (and admin status)."""
    if isinstance(who, Unknown):
        blocks: list[Block] = [_header("fairmatch"), section(escape(who.text))]
    else:
        data = load(who)
        blocks = _user_blocks(data)
        if data.role == Role.admin:
            blocks.extend(_admin_blocks(data))
    return {"type": "home", "blocks": blocks[:100]}
