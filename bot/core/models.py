"""The plain data that flows between channel adapters and the core.

Adapters turn a verified platform event into a `Principal` plus a text or an `Action`, call the core,
and render the `Reply`. Nothing here knows about Slack, Teams or a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from storage.models import Role


class Channel(StrEnum):
    slack = "slack"
    teams = "teams"
    console = "console"


@dataclass(frozen=True)
class Principal:
    """Who is asking. Built only by an adapter from a verified event (signature, token, or CLI user)."""

    tenant_id: str
    user_id: str
    role: Role
    channel: Channel
    name: str = ""
    lang: str | None = None  # the user's language when the channel knows it (Teams locale)


class ActionKind(StrEnum):
    request_review = "request_review"
    approve = "approve"
    decline = "decline"
    open_evidence = "open_evidence"
    change_stage = "change_stage"  # invite, reject, hire, talent pool: `Action.stage` says which


@dataclass(frozen=True)
class Action:
    """A button press or a submitted decision form, from a verified human event."""

    kind: ActionKind
    suggestion_id: str
    reason: str = ""
    evidence_viewed: bool = False
    stage: str | None = None  # the target stage of a change_stage action


@dataclass(frozen=True)
class Evidence:
    requirement: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Button:
    label: str
    action: ActionKind
    suggestion_id: str
    style: str | None = None  # primary | danger


@dataclass
class CandidateCard:
    suggestion_id: str
    candidate_id: str
    title: str  # a pseudonym, or the name where the tenant allows names in chat
    score: float
    summary: str
    matched: list[Evidence] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "this document contains text addressed to an AI"
    status: str = "suggested"
    buttons: list[Button] = field(default_factory=list)


@dataclass(frozen=True)
class Question:
    requirement: str
    question: str
    good_answer: str
    cites: str = ""  # the requirement or verbatim CV evidence it targets


@dataclass(frozen=True)
class StateChange:
    entity: str
    id: str
    from_: str | None
    to: str

    def as_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "id": self.id, "from": self.from_, "to": self.to}


@dataclass
class Reply:
    """What the core answers. Adapters render it; every text has passed the output guardrails."""

    text: str
    lang: str = "en"
    cards: list[CandidateCard] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    refused: bool = False
    state_changes: list[StateChange] = field(default_factory=list)
    mention_user_ids: list[str] = field(default_factory=list)  # e.g. hiring managers asked to review
    in_thread: bool = False  # post in the thread of the message it answers
    private: bool = False  # only the asking user may see it (Slack ephemeral)
    update_suggestion_id: str | None = None  # the review message for this suggestion should be updated

    @property
    def candidate_ids(self) -> list[str]:
        """Candidates this reply names, for ChatMessageRef records."""
        return [card.candidate_id for card in self.cards]
