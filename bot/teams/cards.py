"""Adaptive Cards for the core's `Reply`: match results, interview kits, approval cards (Universal Actions).

Pure functions from plain data to card JSON, testable without Teams. Every text comes from the core
(already through the output guardrails) or is a fixed UI label. Core text goes into `TextRun`s, which
Adaptive Cards never read as markdown, so a CV quote cannot become a link, a heading or a mention.
Buttons are `Action.Execute` (Universal Actions): Teams sends them to the bot as `adaptiveCard/action`
invokes, and the approval card refreshes itself per user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.core.models import ActionKind, Button, CandidateCard, Question, Reply

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"  # Teams supports 1.5 on desktop, web and mobile
CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
VERB_PREFIX = "fm."
REFRESH_VERB = "fm.refresh"
REASON_INPUT, VIEWED_INPUT = "reason", "evidence_viewed"
MIN_REASON = 10
MAX_CARDS = 10  # candidates per message; Teams rejects messages over ~28 KB

Card = dict[str, Any]
Element = dict[str, Any]

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "fit": "fit",
        "matched": "Matched requirements",
        "missing": "Missing requirements",
        "show_evidence": "Show evidence",
        "good_answer": "Good answer:",
        "approve": "Approve",
        "decline": "Decline",
        "reason": "Reason",
        "reason_hint": "Why, in terms of the requirements (at least 10 characters)",
        "reason_error": "Give a reason of at least 10 characters.",
        "viewed": "I reviewed the evidence",
        "decided_by": "Decided by",
        "more": "More results than fit in one message; ask for a narrower list.",
    },
    "nl": {
        "fit": "match",
        "matched": "Vervulde eisen",
        "missing": "Ontbrekende eisen",
        "show_evidence": "Bewijs tonen",
        "good_answer": "Goed antwoord:",
        "approve": "Goedkeuren",
        "decline": "Niet doorzetten",
        "reason": "Reden",
        "reason_hint": "Waarom, in termen van de eisen (minstens 10 tekens)",
        "reason_error": "Geef een reden van minstens 10 tekens.",
        "viewed": "Ik heb het bewijs bekeken",
        "decided_by": "Besloten door",
        "more": "Meer resultaten dan in één bericht passen; vraag om een kortere lijst.",
    },
}

_AT_TAG = re.compile(r"</?at>", re.IGNORECASE)


def label(key: str, lang: str | None) -> str:
    return LABELS.get(lang or "en", LABELS["en"])[key]


def literal(text: str) -> str:
    """No `<at>` tag in core text: only our own mention entities name people."""
    return _AT_TAG.sub("", text)


def score_label(score: float) -> str:
    return f"{score:.0%}" if 0.0 <= score <= 1.0 else f"{score:.0f}"


def verb(kind: ActionKind) -> str:
    return f"{VERB_PREFIX}{kind.value}"


def parse_verb(value: str | None) -> ActionKind | None:
    if not value or not value.startswith(VERB_PREFIX):
        return None
    try:
        return ActionKind(value[len(VERB_PREFIX) :])
    except ValueError:
        return None


# --- building blocks ------------------------------------------------------------------------------------


def text(value: str, **props: Any) -> Element:
    """A TextBlock (markdown): for our fixed labels and mention tags only."""
    return {"type": "TextBlock", "text": value, "wrap": True, **props}


def run(value: str, **props: Any) -> Element:
    return {"type": "TextRun", "text": literal(value), **props}


def plain(*runs: Element | str, **props: Any) -> Element:
    """Core text, shown exactly as written (no markdown)."""
    inlines = [run(r) if isinstance(r, str) else r for r in runs]
    return {"type": "RichTextBlock", "inlines": inlines, **props}


def execute(title: str | None, kind_verb: str, suggestion_id: str, style: str | None = None) -> Element:
    action: Element = {"type": "Action.Execute", "verb": kind_verb, "data": {"suggestion_id": suggestion_id}}
    if title:
        action["title"] = title
    if style in ("positive", "destructive"):
        action["style"] = style
    return action


_STYLES = {"primary": "positive", "danger": "destructive"}


@dataclass(frozen=True)
class Mention:
    """A user named in a card: Teams resolves the Entra object id to the person."""

    entra_id: str
    name: str

    @property
    def tag(self) -> str:
        return f"<at>{literal(self.name).replace('<', '').replace('>', '')}</at>"

    def entity(self) -> dict[str, Any]:
        return {"type": "mention", "text": self.tag, "mentioned": {"id": self.entra_id, "name": self.name}}


def card(
    body: list[Element], *, actions: list[Element] | None = None, mentions: Sequence[Mention] = ()
) -> Card:
    result: Card = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body}
    if actions:
        result["actions"] = actions
    result["msteams"] = {"width": "Full"}
    if mentions:
        result["msteams"]["entities"] = [m.entity() for m in mentions]
    return result


# --- candidates and questions ---------------------------------------------------------------------------


def _bullets(items: Iterable[str]) -> list[Element]:
    return [plain(f"• {item}", spacing="None") for item in items]


def candidate_elements(
    c: CandidateCard, lang: str | None, *, evidence_open: bool = False, with_buttons: bool = True
) -> list[Element]:
    """One candidate: fit summary, matched requirements with their evidence (folded), missing, buttons."""
    head = [
        run(c.title, weight="Bolder", size="Medium"),
        run(f" · {label('fit', lang)} {score_label(c.score)}"),
    ]
    if c.status and c.status != "suggested":
        head.append(run(f" · {c.status.replace('_', ' ')}", italic=True))
    items: list[Element] = [plain(*head)]
    if c.summary:
        items.append(plain(c.summary))
    if c.matched:
        items.append(text(f"**{label('matched', lang)}**"))
        items.extend(_bullets(dict.fromkeys(ev.requirement for ev in c.matched)))
        evidence_id = f"ev_{c.suggestion_id}"
        quotes: list[Element] = []
        for ev in c.matched:
            quotes.append(plain(run(ev.requirement, weight="Bolder"), spacing="Small"))
            if ev.text:
                quotes.append(plain(run(ev.text, isSubtle=True), spacing="None"))
        items.append({"type": "Container", "id": evidence_id, "isVisible": evidence_open, "items": quotes})
        if not evidence_open:
            items.append(
                {
                    "type": "ActionSet",
                    "actions": [
                        {
                            "type": "Action.ToggleVisibility",
                            "title": label("show_evidence", lang),
                            "targetElements": [evidence_id],
                        }
                    ],
                }
            )
    if c.missing:
        items.append(text(f"**{label('missing', lang)}**"))
        items.extend(_bullets(c.missing))
    for note in c.notes:
        items.append(plain(run(note, color="Attention")))
    buttons = [b for b in c.buttons if b.action in (ActionKind.request_review,)] if with_buttons else []
    if buttons:
        items.append({"type": "ActionSet", "actions": [_button(b) for b in buttons]})
    return [{"type": "Container", "separator": True, "spacing": "Medium", "items": items}]


def _button(b: Button) -> Element:
    return execute(b.label, verb(b.action), b.suggestion_id, _STYLES.get(b.style or ""))


def question_elements(questions: Sequence[Question], lang: str | None) -> list[Element]:
    out: list[Element] = []
    for q in questions:
        items = [plain(run(q.requirement, weight="Bolder")), plain(q.question)]
        if q.good_answer:
            items.append(
                plain(run(f"{label('good_answer', lang)} ", italic=True), run(q.good_answer, isSubtle=True))
            )
        if q.cites:
            items.append(plain(run(q.cites, isSubtle=True, italic=True), spacing="None"))
        out.append({"type": "Container", "separator": True, "items": items})
    return out


def _head(reply_text: str, mentions: Sequence[Mention]) -> list[Element]:
    out = [text(" ".join(m.tag for m in mentions))] if mentions else []
    if reply_text:
        out.append(plain(reply_text))
    return out


def reply_card(reply: Reply, mentions: Sequence[Mention] = ()) -> Card:
    """A message: the core's text, its candidates (at most MAX_CARDS), its interview questions."""
    body = _head(reply.text, mentions)
    for c in reply.cards[:MAX_CARDS]:
        body.extend(candidate_elements(c, reply.lang))
    if len(reply.cards) > MAX_CARDS:
        body.append(text(label("more", reply.lang), isSubtle=True))
    if reply.questions:
        body.extend(question_elements(reply.questions, reply.lang))
    return card(body, mentions=mentions)


# --- approvals ------------------------------------------------------------------------------------------


def decision_form(suggestion_id: str, lang: str | None) -> tuple[list[Element], list[Element]]:
    """A reason (checked in the client, at least 10 characters) and "I reviewed the evidence"; the core
    refuses a decision without either, whatever a client sends."""
    inputs = [
        {
            "type": "Input.Text",
            "id": REASON_INPUT,
            "label": label("reason", lang),
            "placeholder": label("reason_hint", lang),
            "isMultiline": True,
            "isRequired": True,
            "maxLength": 2000,
            "regex": rf"^[\s\S]{{{MIN_REASON},}}$",
            "errorMessage": label("reason_error", lang),
        },
        {
            "type": "Input.Toggle",
            "id": VIEWED_INPUT,
            "title": label("viewed", lang),
            "valueOn": "true",
            "valueOff": "false",
            "value": "false",
        },
    ]
    actions = [
        execute(label("approve", lang), verb(ActionKind.approve), suggestion_id, "positive"),
        execute(label("decline", lang), verb(ActionKind.decline), suggestion_id, "destructive"),
    ]
    for action in actions:
        action["associatedInputs"] = "auto"
    return inputs, actions


def offers_decision(reply: Reply) -> bool:
    return any(b.action in (ActionKind.approve, ActionKind.decline) for c in reply.cards for b in c.buttons)


def approval_card(
    reply: Reply,
    suggestion_id: str,
    *,
    mentions: Sequence[Mention] = (),
    refresh_user_ids: Sequence[str] = (),
    notice: str | None = None,
    with_form: bool = True,
) -> Card:
    """A review request: the candidate with its evidence open, and the decision form.

    `refresh` makes Teams ask us (`fm.refresh`) for each viewer's own version of the card, so a decided
    suggestion shows as decided everywhere and only the people the core lets decide see the form.
    """
    body = _head(reply.text, mentions)
    if notice:
        body.insert(0, plain(run(notice, color="Attention", weight="Bolder")))
    for c in reply.cards[:1]:
        body.extend(candidate_elements(c, reply.lang, evidence_open=True, with_buttons=False))
    actions: list[Element] = []
    if with_form:
        inputs, actions = decision_form(suggestion_id, reply.lang)
        body.extend(inputs)
    result = card(body, actions=actions, mentions=mentions)
    refresh: dict[str, Any] = {"action": execute(None, REFRESH_VERB, suggestion_id)}
    if refresh_user_ids:
        refresh["userIds"] = list(refresh_user_ids)
    result["refresh"] = refresh
    return result


def decided_card(reply: Reply, decider: str) -> Card:
    """The approval card after the decision: the core's text and who decided; no form left."""
    body = [
        plain(reply.text),
        plain(run(f"{label('decided_by', reply.lang)} {decider}", isSubtle=True)),
    ]
    return card(body)


def notice_card(message: str) -> Card:
    return card([plain(message)])


def decision_values(data: dict[str, Any] | None) -> tuple[str, bool]:
    """The reason and the evidence confirmation Teams merged into the action data."""
    data = data or {}
    reason = str(data.get(REASON_INPUT) or "").strip()
    viewed = str(data.get(VIEWED_INPUT) or "").strip().lower() == "true"
    return reason, viewed
