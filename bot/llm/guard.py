"""Guardrails on both sides of every model call.

IN: a prompt gets only redacted, pseudonymised text (`Destination.llm_prompt`), with text addressed to an
AI cut out first. Any guardrail failure stops the call (fail closed); the caller falls back to offline.
OUT: every free-text string the model returns is scanned for special-category and protected content and
run through the verdict guard. The domain callers (kits, summaries) then drop or replace what was flagged;
the generic guard redacts and rewrites so that nothing flagged is ever shown as the model wrote it.
"""

from __future__ import annotations

import enum
import re
import types
import typing
from collections import Counter
from dataclasses import dataclass, field

from pydantic import BaseModel

import guardrails
from bot.core import semantic_refusal
from guardrails import injection, verdict
from guardrails.policy import DEFAULT_POLICY, Destination

# Our own placeholders for special and protected data: a model that echoes one is talking about it.
_SENSITIVE_PLACEHOLDER = re.compile(
    r"<(?:HEALTH|RELIGION|ETHNIC_ORIGIN|POLITICAL_OPINION|TRADE_UNION|SEXUAL_ORIENTATION|GENDER_IDENTITY|"
    r"BIOMETRIC|GENETIC|CRIMINAL_RECORD|AGE|PREGNANCY|MARITAL_STATUS|NATIONALITY|DATE_OF_BIRTH)(?:_\d+)?>"
)


@dataclass(frozen=True)
class Prepared:
    """Prompt data as the model may see it, and what was removed (entity types and counts only)."""

    data: dict[str, str]
    redacted: dict[str, int]
    injection_cut: int


def guard_in(data: dict[str, str]) -> Prepared:
    """Redact every value for the LLM prompt; raises GuardrailError rather than pass unanalysed text."""
    rule = DEFAULT_POLICY.rule(Destination.llm_prompt)
    safe: dict[str, str] = {}
    counts: Counter[str] = Counter()
    cut = 0
    for key, text in data.items():
        hits = injection.detect(text)
        if hits:
            cut += len(hits)
            text = injection.strip(text)
        red = guardrails.redact_with_result(text, Destination.llm_prompt)
        counts.update(f.type for f in red.result.findings if f.type not in rule.allow)
        safe[key] = red.text
    return Prepared(safe, dict(sorted(counts.items())), cut)


@dataclass
class TextCheck:
    """`text` is safe to show; `reasons` are stable codes (safe to log) for what had to change."""

    text: str
    reasons: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return bool(self.reasons)


def check_text(text: str, lang: str | None = None) -> TextCheck:
    """Scan one model-written text: special/protected content is redacted, verdicts rewritten."""
    if not text.strip():
        return TextCheck(text)
    reasons: list[str] = []
    if _SENSITIVE_PLACEHOLDER.search(text):
        reasons.append("sensitive_placeholder")
    result = guardrails.scan(text, lang)
    sensitive = [f for f in result.findings if f.category in ("special", "protected")]
    if sensitive:
        reasons.extend(sorted({f"{f.category}:{f.type}" for f in sensitive}))
        text = guardrails.apply(text, result, Destination.channel_post)
    judged = verdict.check(text, lang, judge=semantic_refusal.decides)
    if not judged.ok:
        reasons.extend(judged.reasons)
        text = judged.text
    return TextCheck(text, reasons)


def _is_free_text(annotation: object) -> bool:
    """str fields are free text; Literal and Enum values are bounded by the schema and pass."""
    if annotation is str:
        return True
    origin = typing.get_origin(annotation)
    if origin is typing.Literal or (isinstance(annotation, type) and issubclass(annotation, enum.Enum)):
        return False
    if origin in (typing.Union, types.UnionType, list, tuple, set, frozenset):
        return any(_is_free_text(arg) for arg in typing.get_args(annotation))
    return False


def guard_fields(value: BaseModel, lang: str | None = None) -> tuple[BaseModel, list[str]]:
    """The generic OUT guard: every free-text field of a structured answer, nested models included."""
    reasons: list[str] = []

    def visit(obj: object, annotation: object) -> object:
        if isinstance(obj, BaseModel):
            updates = {}
            for name, info in type(obj).model_fields.items():
                updates[name] = visit(getattr(obj, name), info.annotation)
            return obj.model_copy(update=updates)
        if isinstance(obj, list):
            args = typing.get_args(annotation)
            return [visit(item, args[0] if args else str) for item in obj]
        if isinstance(obj, str) and _is_free_text(annotation):
            checked = check_text(obj, lang)
            reasons.extend(checked.reasons)
            return checked.text
        return obj

    return typing.cast(BaseModel, visit(value, type(value))), reasons
