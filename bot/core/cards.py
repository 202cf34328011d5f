"""Candidate cards: what a person sees of a suggestion, built from the stored explanation.

The title is the one place a candidate's name can appear, so the rule lives in one function: a
pseudonym ("Kandidaat 3 (c_ab12…)") unless the tenant allows names and the conversation is an
authorised direct message.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from bot.core.models import ActionKind, Button, CandidateCard, Evidence
from guardrails import injection
from storage.crypto import SecretError, decrypt
from storage.models import Candidate, MatchSuggestion, Tenant

log = logging.getLogger(__name__)

LABELS = {
    "en": {
        "candidate": "Candidate",
        "request_review": "Request review",
        "approve": "Approve",
        "decline": "Decline",
        "evidence": "Show evidence",
    },
    "nl": {
        "candidate": "Kandidaat",
        "request_review": "Review aanvragen",
        "approve": "Goedkeuren",
        "decline": "Afwijzen",
        "evidence": "Bewijs bekijken",
    },
}


def label(key: str, lang: str) -> str:
    return LABELS.get(lang, LABELS["en"])[key]


def candidate_title(
    tenant: Tenant, candidate: Candidate, rank: int | None, lang: str, *, direct: bool
) -> str:
    """The one function that decides whether a name is shown."""
    if direct and tenant.show_names_in_chat and candidate.identity_enc:
        try:
            name = str(json.loads(decrypt(candidate.identity_enc)).get("name") or "").strip()
        except (SecretError, ValueError):
            log.warning(
                "identity of candidate %s could not be decrypted; showing the pseudonym", candidate.id
            )
            name = ""
        if name:
            return name
    short = candidate.id[:6] + "…" if len(candidate.id) > 6 else candidate.id
    number = f" {rank}" if rank is not None else ""
    return f"{label('candidate', lang)}{number} ({short})"


def _evidence(item: dict[str, Any]) -> list[Evidence]:
    requirement = str(item.get("requirement") or "")
    raw = item.get("evidence")
    quotes = raw if isinstance(raw, list) else [raw] if raw else []
    out = []
    for quote in quotes:
        if isinstance(quote, dict):
            out.append(
                Evidence(
                    requirement,
                    str(quote.get("text") or ""),
                    int(quote.get("start") or 0),
                    int(quote.get("end") or 0),
                )
            )
        elif isinstance(quote, str):
            out.append(Evidence(requirement, quote, 0, 0))
    return out or [Evidence(requirement, "", 0, 0)]


def _requirement(item: Any) -> str:
    return str(item.get("requirement") or item.get("text") or "") if isinstance(item, dict) else str(item)


def build_card(
    suggestion: MatchSuggestion,
    candidate: Candidate,
    title: str,
    lang: str,
    *,
    can_request: bool,
    can_decide: bool,
) -> CandidateCard:
    """A card from the stored explanation (the match result as JSON); buttons follow the viewer's rights."""
    explanation = suggestion.explanation or {}
    matched = [
        ev for item in explanation.get("matched") or [] if isinstance(item, dict) for ev in _evidence(item)
    ]
    missing = [_requirement(item) for item in explanation.get("missing") or []]
    notes = []
    if candidate.ai_notice or any(injection.contains_instructions(ev.text) for ev in matched):
        notes.append(injection.notice(lang))
    buttons = [Button(label("evidence", lang), ActionKind.open_evidence, suggestion.id)]
    status = suggestion.status.value
    if can_request and status == "suggested":
        buttons.append(
            Button(label("request_review", lang), ActionKind.request_review, suggestion.id, "primary")
        )
    if can_decide and status == "review_requested":
        buttons.append(Button(label("approve", lang), ActionKind.approve, suggestion.id, "primary"))
        buttons.append(Button(label("decline", lang), ActionKind.decline, suggestion.id, "danger"))
    return CandidateCard(
        suggestion_id=suggestion.id,
        candidate_id=candidate.id,
        title=title,
        score=round(float(suggestion.score), 3),
        summary=str(explanation.get("summary") or ""),
        matched=matched,
        missing=missing,
        notes=notes,
        status=status,
        buttons=buttons,
    )
