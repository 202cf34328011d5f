"""Retention terms per tenant and data category, with the Dutch defaults recruitment firms promise."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from storage import audit
from storage.models import RetentionPolicy


@dataclass(frozen=True)
class Term:
    days: int
    days_with_consent: int | None = None


CATEGORIES = ("applicant", "sourced", "audit")

# Dutch practice (AP guidance): applicants 4 weeks after the procedure, or 1 year with consent;
# sourced candidates 1 year after contact, or 5 years with consent; audit events 1 year.
DEFAULTS: dict[str, Term] = {
    "applicant": Term(days=28, days_with_consent=365),
    "sourced": Term(days=365, days_with_consent=5 * 365),
    "audit": Term(days=365),
}


class PolicyError(ValueError):
    """Bad input for a policy change; the message is safe to show."""


def term(session: Session, tenant_id: str, category: str) -> Term:
    row = session.exec(
        select(RetentionPolicy).where(
            RetentionPolicy.tenant_id == tenant_id, RetentionPolicy.category == category
        )
    ).first()
    return Term(row.days, row.days_with_consent) if row else DEFAULTS[category]


def terms(session: Session, tenant_id: str) -> dict[str, Term]:
    return {category: term(session, tenant_id, category) for category in CATEGORIES}


def set_term(
    session: Session, tenant_id: str, category: str, days: int, days_with_consent: int | None, *, actor: str
) -> Term:
    if category not in CATEGORIES:
        raise PolicyError(f"unknown category {category!r}; use one of: {', '.join(CATEGORIES)}")
    if days < 1 or (days_with_consent is not None and days_with_consent < days):
        raise PolicyError("days must be at least 1, and the term with consent at least as long")
    row = session.exec(
        select(RetentionPolicy).where(
            RetentionPolicy.tenant_id == tenant_id, RetentionPolicy.category == category
        )
    ).first() or RetentionPolicy(tenant_id=tenant_id, category=category, days=days)
    row.days, row.days_with_consent = days, days_with_consent
    session.add(row)
    session.flush()
    audit.record(
        session,
        "retention.policy_set",
        actor=actor,
        tenant_id=tenant_id,
        details={"category": category, "days": days, "days_with_consent": days_with_consent},
    )
    return Term(days, days_with_consent)
