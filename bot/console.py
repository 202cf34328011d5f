"""The console channel: the same core as Slack and Teams, driven from a terminal or a JSONL script.

The principal is a user named on the command line (or in a script turn) and looked up in the tenant; the role
comes from storage. Like every adapter, this one holds no business rules: it maps input to `handle`/`act`
and renders the `Reply`.

Script turns, one JSON object per line:
    {"user": "recruiter", "text": "match v_python"}
    {"user": "manager", "action": {"kind": "approve", "suggestion_id": "s_…" | "suggestion": "#1",
                                   "reason": "…", "evidence_viewed": true}}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from bot.core import ThreadContext, act, handle
from bot.core.models import Action, ActionKind, Channel, Principal, Reply
from storage.db import session_scope
from storage.directory import DirectoryError, find_tenant, find_user


class TurnError(ValueError):
    """A script turn that cannot be run; the message is safe to show."""


class ConsoleChat:
    """One console conversation in a tenant: a shared thread, so "#1" means the last cards shown."""

    def __init__(self, tenant_ref: str) -> None:
        with session_scope() as session:
            tenant = find_tenant(session, tenant_ref)  # DirectoryError on a bad reference
            self.tenant_id = tenant.id
        self.thread = ThreadContext(direct=True)

    def principal(self, user_ref: str) -> Principal:
        with session_scope() as session:
            tenant = find_tenant(session, self.tenant_id)
            user = find_user(session, tenant, user_ref)
            return Principal(tenant.id, user.id, user.role, Channel.console, name=user.name)

    def say(self, user_ref: str, text: str) -> Reply:
        return handle(self.principal(user_ref), text, thread=self.thread)

    def press(self, user_ref: str, spec: dict[str, Any]) -> Reply:
        return act(self.principal(user_ref), self._action(spec), thread=self.thread)

    def _action(self, spec: dict[str, Any]) -> Action:
        if not isinstance(spec, dict):
            raise TurnError("'action' must be an object")
        try:
            kind = ActionKind(str(spec.get("kind", "")))
        except ValueError:
            raise TurnError(
                f"unknown action kind {spec.get('kind')!r}; use one of: "
                + ", ".join(k.value for k in ActionKind)
            ) from None
        ref = spec.get("suggestion_id") or spec.get("suggestion")
        suggestion_id = self._suggestion(ref)
        evidence = spec.get("evidence_viewed", False)
        if not isinstance(evidence, bool):
            raise TurnError("'evidence_viewed' must be true or false")
        reason = spec.get("reason", "")
        if not isinstance(reason, str):
            raise TurnError("'reason' must be a string")
        stage = spec.get("stage")
        if kind == ActionKind.change_stage and not isinstance(stage, str):
            raise TurnError("a change_stage action needs a 'stage'")
        return Action(kind, suggestion_id, reason, evidence, stage=stage)

    def _suggestion(self, ref: Any) -> str:
        """A suggestion id, or #n / n: the n-th card last shown in this conversation."""
        if isinstance(ref, int) or (isinstance(ref, str) and ref.strip().lstrip("#").isdigit()):
            n = int(str(ref).strip().lstrip("#"))
            if not 0 < n <= len(self.thread.last_suggestions):
                raise TurnError(
                    f"no card #{n} was shown (last reply showed {len(self.thread.last_suggestions)})"
                )
            return self.thread.last_suggestions[n - 1]
        if isinstance(ref, str) and ref.strip():
            return ref.strip()
        raise TurnError("the action needs a 'suggestion_id' (or 'suggestion': '#n')")


@dataclass
class TurnResult:
    turn: int
    reply: Reply | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        if self.reply is None:
            return {
                "turn": self.turn,
                "reply": "",
                "refused": False,
                "state_changes": [],
                "error": self.error,
            }
        r = self.reply
        return {
            "turn": self.turn,
            "reply": render_text(r),
            "refused": r.refused,
            "state_changes": [c.as_json() for c in r.state_changes],
            "lang": r.lang,
            "cards": [
                {
                    "suggestion_id": c.suggestion_id,
                    "candidate_id": c.candidate_id,
                    "title": c.title,
                    "score": c.score,
                    "status": c.status,
                    "notes": c.notes,
                }
                for c in r.cards
            ],
            "questions": len(r.questions),
        }


def run_script(chat: ConsoleChat, lines: Iterable[str]) -> Iterator[TurnResult]:
    """Run every turn; a bad turn yields an error result and the script goes on (nothing is lost)."""
    turn = 0
    for raw in lines:
        if not raw.strip():
            continue
        turn += 1
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield TurnResult(turn, error=f"line is not JSON: {exc.msg}")
            continue
        if not isinstance(item, dict) or not isinstance(item.get("user"), str):
            yield TurnResult(turn, error="a turn needs a 'user' (string) and a 'text' or an 'action'")
            continue
        has_text, has_action = isinstance(item.get("text"), str), "action" in item
        if has_text == has_action:
            yield TurnResult(turn, error="a turn needs exactly one of 'text' (string) or 'action' (object)")
            continue
        try:
            reply = (
                chat.say(item["user"], item["text"]) if has_text else chat.press(item["user"], item["action"])
            )
        except (DirectoryError, TurnError) as exc:
            yield TurnResult(turn, error=str(exc))
            continue
        yield TurnResult(turn, reply=reply)


def _command_hints(card) -> list[str]:
    hints = []
    kinds = {b.action for b in card.buttons}
    if ActionKind.request_review in kinds:
        hints.append(f"review {card.suggestion_id}")
    if ActionKind.approve in kinds:
        hints.append(f"approve {card.suggestion_id} because <reason>")
        hints.append(f"decline {card.suggestion_id} because <reason>")
    return hints


def render_text(reply: Reply) -> str:
    """The reply as terminal text: cards with score, evidence quotes, what is missing, the next commands."""
    out = [reply.text]
    for n, card in enumerate(reply.cards, start=1):
        out.append("")
        out.append(f"#{n} {card.title} – score {card.score:.2f} – {card.status} – {card.suggestion_id}")
        if card.summary:
            out.append(f"   {card.summary}")
        for ev in card.matched:
            quote = f' "{ev.text}"' if ev.text else ""
            out.append(f"   + {ev.requirement}:{quote}")
        for item in card.missing:
            out.append(f"   - {item}")
        for note in card.notes:
            out.append(f"   ! {note}")
        for hint in _command_hints(card):
            out.append(f"   > {hint}")
    if reply.questions:
        out.append("")
        for n, q in enumerate(reply.questions, start=1):
            out.append(f"{n}. [{q.requirement}] {q.question}")
            if q.good_answer:
                out.append(f"   ✓ {q.good_answer}")
    return "\n".join(out)
