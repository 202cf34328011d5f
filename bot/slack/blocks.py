"""Block Kit for the core's `Reply`: messages, the evidence and decision modals.

Pure functions from plain data to Slack JSON, so rendering is testable without Slack. Every text shown
comes from the core (already through the output guardrails) or is a fixed UI label; core text is
escaped so nothing in it (a CV quote, a placeholder like `<PERSON_1>`) can become a Slack mention or link.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from bot.core.cards import label as core_label
from bot.core.models import ActionKind, Button, CandidateCard, Question, Reply

MAX_BLOCKS = 50  # Slack's limit per message
MAX_MODAL_BLOCKS = 100
SECTION_CHARS = 3000
BUTTON_CHARS = 75
ACTION_PREFIX = "fm"
DECISION_CALLBACK = "fm_decision"
REASON_BLOCK, REASON_INPUT = "reason", "reason_input"
VIEWED_BLOCK, VIEWED_INPUT = "viewed", "viewed_input"

Block = dict[str, Any]

# Fixed UI labels, the only text this adapter adds; Dutch and English like the core. "evidence" (the
# button), "approve" and "decline" come from the core's card labels.
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "evidence_title": "Evidence",
        "close": "Close",
        "matched": "Matched requirements",
        "missing": "Missing requirements",
        "good_answer": "Good answer:",
        "fit": "fit",
        "approve_title": "Approve match",
        "decline_title": "Decline match",
        "cancel": "Cancel",
        "reason": "Reason",
        "reason_hint": "Why, in terms of the requirements (at least 10 characters)",
        "review": "Review",
        "viewed": "I reviewed the evidence",
        "decided_by": "Decided by",
        "more": "More results than fit in one message; ask for a narrower list.",
        "no_evidence": "No evidence to show.",
    },
    "nl": {
        "evidence_title": "Bewijs",
        "close": "Sluiten",
        "matched": "Vervulde eisen",
        "missing": "Ontbrekende eisen",
        "good_answer": "Goed antwoord:",
        "fit": "match",
        "approve_title": "Match goedkeuren",
        "decline_title": "Match niet doorzetten",
        "cancel": "Annuleren",
        "reason": "Reden",
        "reason_hint": "Waarom, in termen van de eisen (minstens 10 tekens)",
        "review": "Beoordeling",
        "viewed": "Ik heb het bewijs bekeken",
        "decided_by": "Besloten door",
        "more": "Meer resultaten dan in één bericht passen; vraag om een kortere lijst.",
        "no_evidence": "Geen bewijs om te tonen.",
    },
}


def label(key: str, lang: str | None) -> str:
    """Our labels, and the core's button labels (so a button reads the same on every channel)."""
    table = LABELS.get(lang or "en", LABELS["en"])
    return table[key] if key in table else core_label(key, lang or "en")


def escape(text: str) -> str:
    """Slack mrkdwn control characters; see api.slack.com/reference/surfaces/formatting#escaping."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def action_id(kind: ActionKind, suggestion_id: str) -> str:
    """Unique per message (Slack rejects duplicate action ids), parsed back by `parse_action_id`."""
    return f"{ACTION_PREFIX}:{kind.value}:{suggestion_id}"


def parse_action_id(value: str) -> tuple[ActionKind, str]:
    prefix, kind, suggestion_id = value.split(":", 2)
    if prefix != ACTION_PREFIX:
        raise ValueError(f"not a fairmatch action: {value!r}")
    return ActionKind(kind), suggestion_id


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, SECTION_CHARS)}}


def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text, SECTION_CHARS)}]}


def plain(text: str, limit: int = SECTION_CHARS) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text, limit), "emoji": True}


def button(label: str, kind: ActionKind, suggestion_id: str, style: str | None = None) -> Block:
    element: Block = {
        "type": "button",
        "text": plain(label, BUTTON_CHARS),
        "action_id": action_id(kind, suggestion_id),
        "value": suggestion_id,
    }
    if style in ("primary", "danger"):
        element["style"] = style
    return element


def mentions(slack_user_ids: Iterable[str]) -> str:
    return " ".join(f"<@{uid}>" for uid in slack_user_ids)


def score_label(score: float) -> str:
    return f"{score:.0%}" if 0.0 <= score <= 1.0 else f"{score:.0f}"


def _bullets(items: Iterable[str]) -> str:
    return "\n".join(f"• {escape(item)}" for item in items)


def _quote(text: str) -> str:
    return "\n".join("> " + escape(line) for line in text.splitlines() or [""])


def card_buttons(card: CandidateCard, lang: str | None = None, *, under_review: bool = False) -> list[Button]:
    """The core's buttons, plus "Show evidence" when there is evidence and the core offered no way in.

    On a review request the card is addressed to the reviewers: Approve/Decline, no second request.
    """
    buttons = [b for b in card.buttons if not (under_review and b.action == ActionKind.request_review)]
    if card.matched and not any(b.action == ActionKind.open_evidence for b in buttons):
        buttons.insert(0, Button(label("evidence", lang), ActionKind.open_evidence, card.suggestion_id))
    if under_review and not any(b.action == ActionKind.approve for b in buttons):
        buttons.append(Button(label("approve", lang), ActionKind.approve, card.suggestion_id, "primary"))
        buttons.append(Button(label("decline", lang), ActionKind.decline, card.suggestion_id, "danger"))
    return buttons


def review_requested(reply: Reply) -> set[str]:
    """Suggestions this reply just sent for review (whichever way it was asked: button or text)."""
    if reply.refused:
        return set()
    return {
        c.id for c in reply.state_changes if c.entity == "match_suggestion" and c.to == "review_requested"
    }


def card_blocks(
    card: CandidateCard,
    lang: str | None = None,
    *,
    with_evidence: bool = False,
    with_buttons: bool = True,
    under_review: bool = False,
) -> list[Block]:
    """One candidate: fit summary, matched requirements (quotes only when expanded), missing, buttons."""
    head = f"*{escape(card.title)}*  ·  {label('fit', lang)} {score_label(card.score)}"
    if card.status and card.status != "suggested":
        head += f"  ·  _{escape(card.status.replace('_', ' '))}_"
    blocks: list[Block] = [{"type": "divider"}, section(f"{head}\n{escape(card.summary)}".rstrip())]
    if card.matched:
        if with_evidence:
            for ev in card.matched:
                blocks.append(section(f"*{escape(ev.requirement)}*\n{_quote(ev.text)}"))
        else:
            matched = _bullets(ev.requirement for ev in card.matched)
            blocks.append(section(f"*{label('matched', lang)}*\n{matched}"))
    if card.missing:
        blocks.append(section(f"*{label('missing', lang)}*\n{_bullets(card.missing)}"))
    if card.notes:
        blocks.append(context("\n".join(escape(n) for n in card.notes)))
    buttons = card_buttons(card, lang, under_review=under_review) if with_buttons else []
    if buttons:
        elements = [button(b.label, b.action, b.suggestion_id, b.style) for b in buttons[:25]]
        blocks.append({"type": "actions", "elements": elements})
    return blocks


def question_blocks(questions: Sequence[Question], lang: str | None = None) -> list[Block]:
    blocks: list[Block] = [{"type": "divider"}]
    for q in questions:
        text = f"*{escape(q.requirement)}*\n{escape(q.question)}"
        if q.good_answer:
            text += f"\n_{label('good_answer', lang)}_ {escape(q.good_answer)}"
        blocks.append(section(text))
        if q.cites:
            blocks.append(context(_quote(q.cites)))
    return blocks


def _fit(blocks: list[Block], limit: int, lang: str | None) -> list[Block]:
    """Stay inside Slack's block limit without cutting a card's buttons off from its summary."""
    if len(blocks) <= limit:
        return blocks
    kept = blocks[: limit - 1]
    while kept and kept[-1]["type"] != "divider":  # drop the partial card
        kept.pop()
    if kept:
        kept.pop()
    return [*kept, context(label("more", lang))]


def reply_blocks(
    reply: Reply, *, mention_ids: Sequence[str] = (), with_buttons: bool = True, for_reviewers: bool = True
) -> list[Block]:
    """The whole reply; `for_reviewers=False` is the requester's own copy of a review request (no
    Approve/Decline: the four-eyes rule would refuse them anyway)."""
    head = " ".join(part for part in (mentions(mention_ids), escape(reply.text)) if part)
    blocks: list[Block] = [section(head)] if head else []
    requested = review_requested(reply) if for_reviewers else set()
    for card in reply.cards:
        under_review = card.suggestion_id in requested
        blocks.extend(card_blocks(card, reply.lang, with_buttons=with_buttons, under_review=under_review))
    for suggestion_id in sorted(requested - {card.suggestion_id for card in reply.cards}):
        blocks.append(review_actions(suggestion_id, reply.lang))
    if reply.questions:
        blocks.extend(question_blocks(reply.questions, reply.lang))
    return _fit(blocks, MAX_BLOCKS, reply.lang)


def fallback_text(reply: Reply, mention_ids: Sequence[str] = ()) -> str:
    """The notification text; Slack shows it where blocks cannot be shown."""
    return clip(" ".join(part for part in (mentions(mention_ids), escape(reply.text)) if part), 3000)


def review_actions(suggestion_id: str, lang: str | None = None) -> Block:
    """Approve / Decline under a review request; the core decides who may use them."""
    return {
        "type": "actions",
        "elements": [
            button(label("approve", lang), ActionKind.approve, suggestion_id, "primary"),
            button(label("decline", lang), ActionKind.decline, suggestion_id, "danger"),
        ],
    }


def evidence_modal(reply: Reply) -> Block:
    """The expanded evidence, or the core's refusal when it would not show it."""
    blocks: list[Block] = [section(escape(reply.text))] if reply.text else []
    for card in reply.cards:
        blocks.extend(card_blocks(card, reply.lang, with_evidence=True, with_buttons=False))
    return {
        "type": "modal",
        "title": plain(label("evidence_title", reply.lang), 24),
        "close": plain(label("close", reply.lang), 24),
        "blocks": _fit(blocks, MAX_MODAL_BLOCKS, reply.lang) or [section(label("no_evidence", reply.lang))],
    }


@dataclass(frozen=True)
class DecisionContext:
    """Carried through the modal in `private_metadata` (set by us, returned by Slack, not user-editable)."""

    kind: str  # approve | decline
    suggestion_id: str
    channel: str
    message_ts: str  # the review message to update; "" when it was ephemeral
    thread_ts: str

    def dump(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def load(cls, raw: str) -> DecisionContext:
        return cls(**json.loads(raw))


def decision_modal(ctx: DecisionContext, evidence: Reply) -> Block:
    """Reason and an "I reviewed the evidence" box, both required; the evidence sits right above them."""
    lang = evidence.lang
    approve = ctx.kind == ActionKind.approve.value
    blocks: list[Block] = []
    for card in evidence.cards:
        blocks.extend(card_blocks(card, lang, with_evidence=True, with_buttons=False))
    blocks = _fit(blocks, MAX_MODAL_BLOCKS - 3, lang)
    blocks.append({"type": "divider"})
    blocks.append(
        {
            "type": "input",
            "block_id": REASON_BLOCK,
            "label": plain(label("reason", lang)),
            "element": {
                "type": "plain_text_input",
                "action_id": REASON_INPUT,
                "multiline": True,
                "min_length": 10,
                "max_length": 2000,
                "placeholder": plain(label("reason_hint", lang), 150),
            },
        }
    )
    blocks.append(
        {
            "type": "input",
            "block_id": VIEWED_BLOCK,
            "label": plain(label("review", lang)),
            "element": {
                "type": "checkboxes",
                "action_id": VIEWED_INPUT,
                "options": [{"text": plain(label("viewed", lang)), "value": "viewed"}],
            },
        }
    )
    return {
        "type": "modal",
        "callback_id": DECISION_CALLBACK,
        "private_metadata": ctx.dump(),
        "title": plain(label("approve_title" if approve else "decline_title", lang), 24),
        "submit": plain(label("approve" if approve else "decline", lang), 24),
        "close": plain(label("cancel", lang), 24),
        "blocks": blocks,
    }


def decision_values(view: dict[str, Any]) -> tuple[str, bool]:
    """The submitted reason and whether the evidence box was ticked."""
    values = view.get("state", {}).get("values", {})
    reason = (values.get(REASON_BLOCK, {}).get(REASON_INPUT, {}).get("value") or "").strip()
    selected = values.get(VIEWED_BLOCK, {}).get(VIEWED_INPUT, {}).get("selected_options") or []
    return reason, any(opt.get("value") == "viewed" for opt in selected)


def decided_blocks(reply: Reply, decider_slack_id: str) -> list[Block]:
    """The review message after a decision: the core's text, who decided, no buttons left."""
    return [section(escape(reply.text)), context(f"{label('decided_by', reply.lang)} <@{decider_slack_id}>")]
