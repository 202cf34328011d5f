"""Reach the tenant's recruiters in the chat they use, for reminders the scheduler raises."""

from __future__ import annotations

import logging

from sqlmodel import Session, select

from storage.models import Role, User

log = logging.getLogger(__name__)


def notify_recruiters(session: Session, tenant_id: str, text: str) -> int:
    """Send `text` (ids only, no personal data) to every recruiter; returns how many were reached."""
    recruiters = session.exec(
        select(User).where(User.tenant_id == tenant_id, User.role == Role.recruiter)
    ).all()
    reached = 0
    for user in recruiters:
        try:
            if user.slack_user_id:
                from bot.slack.messages import send_dm

                reached += send_dm(tenant_id, user.slack_user_id, text)
            elif user.teams_user_id:
                from bot.teams.proactive import send

                reached += send(user.id, text)
        except Exception as exc:  # a channel is down: the caller tries again on its next run
            log.warning("could not notify user %s: %s", user.id, type(exc).__name__)
    return reached
