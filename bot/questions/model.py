"""The interview kit: questions grouped by requirement, each with what a good answer shows and cites."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from bot.core.models import Question

Kind = Literal["competency", "gap", "verify"]
Source = Literal["offline", "llm"]


class KitError(ValueError):
    """The kit cannot be made for this input (unknown vacancy or candidate, restricted candidate)."""


@dataclass(frozen=True)
class KitQuestion:
    requirement: str
    question: str
    good_answer: str  # what a good answer shows
    cites: str  # the requirement, or the verbatim CV evidence the question targets
    kind: Kind
    source: Source


@dataclass
class KitGroup:
    requirement: str
    priority: Literal["must", "nice"]
    questions: list[KitQuestion] = field(default_factory=list)


@dataclass
class Kit:
    title: str
    lang: str
    vacancy_id: str
    candidate_id: str | None
    source: Source
    notice: str = ""
    groups: list[KitGroup] = field(default_factory=list)

    @property
    def questions(self) -> list[KitQuestion]:
        return [q for group in self.groups for q in group.questions]

    def core_questions(self) -> list[Question]:
        """The kit as the conversation core's reply questions."""
        return [Question(q.requirement, q.question, q.good_answer, q.cites) for q in self.questions]

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "vacancy_id": self.vacancy_id,
            "candidate_id": self.candidate_id,
            "lang": self.lang,
            "source": self.source,
            "notice": self.notice,
            "groups": [asdict(g) for g in self.groups],
            "questions": [asdict(q) for q in self.questions],
        }
